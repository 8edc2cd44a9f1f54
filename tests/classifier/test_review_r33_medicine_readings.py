"""Review R33: probes just outside helper m5's medicine readings (merged as 989ea983).

m5 read strong potassium found at goods-in as a stock finding, refused a learned never event 5
when an oral product is named and no other route is told, took a terse "dose correct" as the
insulin dose told right, and read a weekly methotrexate dose given on its named day as the
usual dose. Each probe below sits just outside one of those changes.

- Guards: probes main reads right (most of them read so at the base 3de2a82f too).
- Mended regressions (main wrong, base right): an oral medicine given via a central venous
  device named only by its own name (Vascath, CVL, Groshong) keeps the learned never event 5;
  an insulin overdose told in numbers ("40 units given instead of 4 units") or gainsaid after a
  terse "dose correct" ("thought the dose correct but", "dose correct on the kardex but ... ten
  times the dose"), or a "dose correct" told of another drug, keeps never event 6.
- Strict xfails: two regressions left unmended (say why), and probes both main and the base
  read wrong.
"""

from __future__ import annotations

import pytest

from classifier.engine import classify_text


def codes(text: str) -> tuple[str | None, str | None]:
    result = classify_text(text)
    never_event = result.never_event.code if result.never_event else None
    near_miss = result.near_miss.code if result.near_miss else None
    return never_event, near_miss


# --- guards: main reads these right ------------------------------------------------------------

GUARDS = [
    # k1
    (
        "KCl 15% ampoules found in the ward stock cupboard mixed in with the sodium chloride "
        "0.9% flushes. One had been picked from there and used to flush the pt's cannula before "
        "it was noticed. Pt c/o chest pain, K+ 6.8.",
        ("4", None),
    ),
    # k2
    (
        "Stock check on the ward found potassium chloride 15% ampoules in the sodium chloride "
        "drawer. On investigation a nurse had used one of them to reconstitute the IV "
        "co-amoxiclav given to the pt in bed 4 overnight.",
        ("4", None),
    ),
    # k3
    (
        "Pharmacy top-up delivery checked on arrival - box of WFI found to contain KCl 15% "
        "amps. Quarantined and returned, no ward stock affected, no pt involved.",
        (None, None),
    ),
    # k4
    (
        "Ward delivery checked by the ward clerk - sodium chloride flush box contained strong "
        "KCl ampoules. Before this was noticed a HCA had drawn one up as a flush for bed 12 but "
        "the registered nurse saw the label and stopped it before it was given.",
        (None, "4"),
    ),
    # k5
    (
        "Renal ward, pts are frequently hyperkalaemic. Staff nurse selected KCl 15% instead of "
        "sodium chloride 0.9% to flush the PICC and the flush was given; pt developed VT, crash "
        "call.",
        ("4", None),
    ),
    # k6
    (
        "Pharmacy audit of ward stock found KCl 15% ampoules stored beside the 10ml sodium "
        "chloride flushes in the treatment room. Removed. Audit of records showed one had been "
        "given as a flush to the pt in side room 2 yesterday - her K+ this morning 6.4.",
        ("4", None),
    ),
    # k7
    (
        "KCl 20mmol added as prescribed to the 1L saline bag. Later the same nurse picked up a "
        "KCl 15% ampoule thinking it was sodium chloride 0.9% and used it to flush the cannula. "
        "K+ 6.9, arrest call.",
        ("4", None),
    ),
    # k9
    (
        "Potassium chloride infusion made up as prescribed; pump rate set wrong and 40mmol ran "
        "over 1 hour instead of 8 hours. K+ 6.2, ECG monitoring.",
        (None, None),
    ),
    # k10
    (
        "KCl 15% ampoule added as prescribed to the maintenance fluids. A second KCl ampoule "
        "was mistaken for water for injections and used as the diluent for IV ceftriaxone, "
        "which was given. Pt became bradycardic, K+ 7.1.",
        ("4", None),
    ),
    # k11
    (
        "Goods-in: sodium chloride 0.9% 10ml amps delivery found to contain potassium chloride "
        "15% amps. Quarantined. Ward 7 had received part of the same batch yesterday; on "
        "checking, two had been used as flushes for pts on ward 7.",
        ("4", None),
    ),
    # r3
    (
        "Lactulose 15ml drawn up in an oral syringe for the PEG, then flushed into the PICC by "
        "mistake instead of the PEG. Line flushed, medics aware.",
        ("5", None),
    ),
    # r4
    (
        "Paracetamol oral suspension 500mg given into the Hickman line by the student nurse "
        "under supervision. Reg informed.",
        ("5", None),
    ),
    # r7
    (
        "Oral vancomycin solution given via the CVAD instead of orally. Medics informed, "
        "monitored.",
        ("5", None),
    ),
    # r10
    (
        "Oral morphine sulphate given via the NG tube instead of orally as pt was NBM. No harm.",
        (None, None),
    ),
    # r11
    (
        "Oxycodone oral solution concentrate 10mg/ml selected instead of 5mg/5ml; 20mg given "
        "orally instead of 2mg. Pt drowsy, naloxone given.",
        (None, None),
    ),
    # r12
    (
        "Enteral feed connected by mistake to the pt's umbilical venous catheter on NNU. "
        "Stopped after 5 mins, baby stable.",
        ("5", None),
    ),
    # i3
    (
        "Insulin withdrawn from the Lantus pen with a syringe and given at 22:00. Dose correct, "
        "BMs stable overnight.",
        (None, None),
    ),
    # i4
    (
        "Insulin prescribed as 10U, read as 100 units and 100 units given. BM 1.4, glucagon. "
        "Metformin dose given correct.",
        ("6", None),
    ),
    # i5
    (
        "Actrapid drawn up in a 2ml syringe (no insulin syringes on the ward) and given. Dose "
        "correct - 8 units - BM fine afterwards.",
        (None, None),
    ),
    # i6
    (
        "Insulin withdrawn from a pen with a syringe; caught at the second check before it was "
        "given. Dose correct.",
        (None, "6"),
    ),
    # i7
    (
        "Insulin drawn from the pen cartridge using a 1ml syringe and given. Dose not correct - "
        "30 units given rather than 3 units. BM 1.6.",
        ("6", None),
    ),
    # m1
    (
        "Pt on weekly methotrexate 15mg Thursdays for RA. Given Thursday on admission, then "
        "given again daily Fri, Sat and Sun as the chart was written daily. Bloods showed "
        "neutropenia.",
        ("7", None),
    ),
    # m2
    (
        "Pt took her weekly methotrexate 10mg at home on Monday as usual. Ward gave another "
        "10mg on Wednesday as the day was not on the chart. RA.",
        ("7", None),
    ),
    # m4
    (
        "Folic acid underdosed - 5mg given instead of 15mg. Methotrexate 15mg given daily for 3 "
        "days instead of weekly for RA. Pt neutropenic.",
        ("7", None),
    ),
    # m5
    (
        "Methotrexate 2.5mg given instead of 25mg for ectopic pregnancy - underdose, dose "
        "repeated correctly.",
        (None, None),
    ),
    # m6
    ("Methotrexate 25mg given instead of 2.5mg for RA. Pt admitted with mucositis.", ("7", None)),
    # m8
    (
        "Weekly methotrexate 12.5mg Thursdays. Given Thurs morning. Offered again Fri morning "
        "as chart written daily and the pt took it.",
        ("7", None),
    ),
    # m10
    (
        "Weekly methotrexate 15mg on Mondays. Given Monday. Given again the following week "
        "every day for 5 days as transcribed daily on the TTO. RA.",
        ("7", None),
    ),
    # m11
    (
        "Methotrexate 7.5mg given instead of 10mg on Monday for psoriasis, then 7.5mg given "
        "daily Tuesday to Friday. LFTs deranged.",
        ("7", None),
    ),
    # m16
    (
        "Pt had taken her weekly methotrexate at home on Sunday. Given again on the ward the "
        "following day as the chart said daily.",
        ("7", None),
    ),
    # k13
    (
        "Goods-in check found KCl 15% in a box of sodium chloride flushes. Quarantined. On "
        "checking the ward that received the previous delivery, a pt had been given one as a "
        "flush and was hyperkalaemic, K+ 6.7.",
        ("4", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_medicine_probe_outside_m5_keeps_its_reading(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert codes(text) == expected


# --- regressions mended --------------------------------------------------------------------------

MENDED = [
    # r5
    (
        "Oral nimodipine liquid drawn up from the capsule and given via the Vascath in error. "
        "Pt hypotensive.",
        ("5", None),
    ),
    # r8
    (
        "Omeprazole dispersible tablet dispersed in water and given via the CVL rather than the "
        "NG tube. Pt fine.",
        ("5", None),
    ),
    # r9
    (
        "Oral methadone mixture 30ml given through her Groshong instead of by mouth. Pt "
        "unresponsive, naloxone.",
        ("5", None),
    ),
    # i1
    (
        "Insulin withdrawn from a Novorapid FlexPen with an insulin syringe because no pen "
        "needles; 40 units given instead of 4 units. BM 1.6, IV glucose. Heparin dose correct.",
        ("6", None),
    ),
    # i2
    (
        "Humalog withdrawn from the KwikPen with a 1ml syringe and given. The nurse thought the "
        "dose correct but 1ml (100 units) had been given instead of 10 units. BM 1.9.",
        ("6", None),
    ),
    # i9
    (
        "Lantus withdrawn from the SoloStar pen with a syringe and given. Dose correct on the "
        "kardex but the pt received ten times the dose - BM 1.5, glucagon.",
        ("6", None),
    ),
    # i10
    (
        "Insulin withdrawn from pen with an insulin syringe as no pen needles. Gentamicin dose "
        "correct. 20 units given instead of 2 units, BM 2.0.",
        ("6", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MENDED)
def test_oral_into_a_named_central_device_or_insulin_overdose_told_beside_dose_correct(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a terse "dose correct" with no overdose told after it stays the dose told right
        (
            "Insulin withdrawn from the Humalog pen with a syringe and given as no pen needles. "
            "Dose correct but the pen should not have been used this way.",
            (None, None),
        ),
        # a heparin dose given instead of a smaller one is heparin's, not insulin's
        (
            "Insulin withdrawn from the Lantus pen with a syringe and given. Dose correct, 18 "
            "units, BMs stable. Heparin 5000 units given instead of 2500 units later - separate "
            "datix.",
            (None, None),
        ),
        # a belief in the dose borne out
        (
            "Novorapid withdrawn from the FlexPen with an insulin syringe and given; the nurse "
            "thought the dose correct, and it was - 6 units, BMs fine.",
            (None, None),
        ),
        # a Vascath told in situ beside an oral medicine given by its own gut route
        (
            "Oral morphine solution given via the PEG. Vascath in situ for dialysis, not used. "
            "No harm.",
            (None, None),
        ),
    ],
)
def test_the_mends_leave_the_dose_told_right_and_the_gut_route_alone(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert codes(text) == expected


# --- regressions left (main wrong, base right) -------------------------------------------------

REGRESSIONS_LEFT = [
    pytest.param(
        "Oral sodium bicarbonate capsule contents given via the PAC in error. Pt ok.",
        ("5", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'via the PAC' (a pulmonary artery catheter) names no way into the body the "
                "route list knows; PAC is also the pre-assessment clinic, so not added (main "
                "refuses the learned 5 the base kept)"
            ),
        ),
        id="r13",
    ),
    pytest.param(
        "Novomix withdrawn from the pen with a syringe and given; dose volume correct but 10 "
        "units given as 10 'marks' on a 1ml syringe = 100 units. Hypo 1.2.",
        ("6", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "a terse 'dose volume correct but ... = 100 units' gainsaid only by an equation "
                "of marks to units; the terse 'dose correct' of dev-180612 still rules the "
                "device overdose out (the base read 6)"
            ),
        ),
        id="i8",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REGRESSIONS_LEFT)
def test_regression_from_m5_left_unmended(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert codes(text) == expected


# --- both main and the base read wrong ---------------------------------------------------------

BOTH_WRONG = [
    pytest.param(
        "Potassium chloride 40mmol was added as prescribed but into the wrong bag - it went "
        "into the glucose 5% bag instead of the sodium chloride 0.9% prescribed. Noticed at "
        "handover, bag changed, K+ normal.",
        (None, None),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "strong potassium added as prescribed but to the wrong bag (glucose for sodium "
                "chloride): potassium intended, the bag's product mis-selected; both read "
                "NE4.misselected_product"
            ),
        ),
        id="k8",
    ),
    pytest.param(
        "Oramorph 5mg drawn up in a luer syringe and pushed into the cannula by the agency "
        "nurse. Realised when the pt asked why it was not given by mouth. Doctor informed, obs "
        "stable.",
        ("5", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "Oramorph pushed into the cannula from a luer syringe with no word IV, realised "
                "after ('not given by mouth' reads as a catch): both read near miss 5"
            ),
        ),
        id="r1",
    ),
    pytest.param(
        "Oral morphine solution 10mg given SC in error instead of orally. Pt drowsy, naloxone "
        "not needed.",
        ("5", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "oral morphine given SC instead of orally: both read null (no parenteral route "
                "rule for SC)"
            ),
        ),
        id="r2",
    ),
    pytest.param(
        "Oramorph 10mg given i.v. in error by the bank nurse. Pt became drowsy, RR 8, naloxone "
        "given.",
        ("5", None),
        marks=pytest.mark.xfail(
            strict=True, reason="Oramorph given 'i.v.' (dotted abbreviation): both read null"
        ),
        id="r6",
    ),
    pytest.param(
        "Weekly methotrexate 12.5mg Thursdays. Given Thurs morning. Offered again Fri morning "
        "as chart written daily; pt declined as she knew it was weekly.",
        (None, "7"),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "weekly dose given on its day, 'offered again Fri' and declined, told tersely "
                "with no 'no extra dose given': both read never event 7"
            ),
        ),
        id="m7",
    ),
    pytest.param(
        "Methotrexate 10mg weekly on Sundays for Crohn's. Given Sunday on the ward and given "
        "again the following day by night staff.",
        ("7", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "weekly dose given on its day and 'given again the following day' by night "
                "staff: both read null"
            ),
        ),
        id="m9",
    ),
    pytest.param(
        "Weekly methotrexate 10mg Weds for RA. Given Weds 08:00 and also given Weds 20:00 by "
        "the night nurse, it having been charted twice daily.",
        ("7", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "weekly dose given on its day and 'also given' the same evening, charted twice "
                "daily: both read null"
            ),
        ),
        id="m13",
    ),
    pytest.param(
        "Methotrexate 15mg weekly (Tuesdays) for RA. Given Tues on the ward. The pt had also "
        "taken her home supply that morning.",
        ("7", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "weekly dose given on the ward on its day after the home supply was taken that "
                "morning: both read null"
            ),
        ),
        id="m14",
    ),
    pytest.param(
        "Weekly methotrexate 12.5mg Thursdays for RA. Given Thurs. Also given Friday morning by "
        "the bank nurse as charted daily.",
        ("7", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "weekly dose given on its day, 'also given Friday' by the bank nurse: both read "
                "null"
            ),
        ),
        id="m15",
    ),
    pytest.param(
        "Oral haloperidol liquid 5mg given IM in error instead of orally. Pt settled, no harm.",
        ("5", None),
        marks=pytest.mark.xfail(
            strict=True, reason="oral haloperidol liquid given IM instead of orally: both read null"
        ),
        id="r15",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOTH_WRONG)
def test_medicine_probe_both_main_and_base_read_wrong(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert codes(text) == expected
