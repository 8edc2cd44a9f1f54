"""Helper M5: batch 108's medicine errors and review r29/r30's medicine strict xfails.

- Strong potassium found in a supply at goods-in or on a delivery check, quarantined before any
  dose was made from it: a stock finding with no patient (null; the guide's "Estates or stock
  findings with no patient involved"; batch 108's dev-180603, r29's a11). A flush made from it,
  a dose given or a patient's potassium then high keeps the near miss or never event 4; a ward's
  patients told often hyperkalaemic is the setting, not a potassium after a dose (r29's d1).
- Strong potassium told added as prescribed, then a high potassium: potassium was intended, no
  mis-selection (null; r29's d6, read 4 by the learned model).
- Insulin withdrawn from a U-100 pen with a U-100 syringe and given, the report telling the dose
  right in so many words ("Dose correct, BMs stable"): null, as dev-171689 (batch 108's
  dev-180612). An overdose, or a withdrawal caught before giving, keeps its reading.
- Weekly methotrexate given on its day ("weekly ... Thursdays. Given Thurs morning") and offered
  again the next morning from a chart written daily, the patient declining: near miss 7 (batch
  108's dev-180640); the next week's dose after the home dose is none (r30's hd8); a smaller dose
  given instead of a larger one is an underdose (r30's in2).
- An oral medicine given by mouth in the wrong strength, no other route told anywhere: the rules
  refuse a learned never event 5 (batch 108's dev-180674; r30's vl5). An oral liquid into a
  line, a butterfly or a PICC keeps never event 5.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import learned_finding_ruled_out, never_event_codes

# --- strong potassium found in a supply at receipt --------------------------------------------

POTASSIUM_FOUND_AT_RECEIPT = [
    # batch 108's dev-180603
    "Pharmacy goods-in. An outer carton from the wholesaler labelled sodium chloride 0.9% 10ml "
    "ampoules x 20 was found on the goods-in check to contain potassium chloride 15% 10ml "
    "ampoules. Quarantined, supplier and MHRA defect reporting done. Never left pharmacy.",
    "Goods-in check: box labelled water for injections 10ml contained potassium chloride 15% "
    "ampoules. Quarantined and returned to the wholesaler, not issued to any ward.",
    "Delivery from the wholesaler checked at goods-in - sodium chloride flush ampoules box found "
    "to contain KCl 15% ampoules. Quarantined, MHRA informed.",
    "Pharmacy stores: on unpacking the delivery, a case of sodium chloride 0.9% ampoules "
    "contained strong potassium chloride ampoules. Removed and quarantined before putting away.",
    # review r29's a11
    "KCl 15% ampoules found at goods-in mixed with the sodium chloride flushes for the surgical "
    "ward. Quarantined before putting away, none issued to the ward.",
    # review r29's d1: a ward's patients told often hyperkalaemic
    "KCl 15% ampoules found stored with the sodium chloride 0.9% flushes in the treatment room "
    "of the renal ward, where pts are often hyperkalaemic (K+ above 6). Removed by pharmacy, no "
    "pt involved.",
]

POTASSIUM_FROM_A_SUPPLY_MADE_READY_OR_GIVEN = [
    (
        "Ward top-up of sodium chloride 0.9% 10ml flush ampoules was noticed on delivery to "
        "contain KCl 15% ampoules. One had already been used as a flush on the pt in bay 3 "
        "before it was noticed. K+ 6.5, cardiac monitoring, calcium gluconate.",
        ("4", None),
    ),
    (
        "Goods-in check missed that the sodium chloride box contained KCl 15% ampoules. The box "
        "was put away on the ward. A nurse drew up one of them as a flush for the pt in bay 2; "
        "the second nurse saw the label before it was given and stopped her.",
        (None, "4"),
    ),
    (
        "Nurse picked up a KCl 15% ampoule instead of sodium chloride 0.9% for the flush, "
        "spotted by the second checker before drawing up.",
        (None, "4"),
    ),
    (
        "Nurse gave KCl 15% 10ml as a flush instead of saline. K+ 6.4 on repeat, cardiac "
        "monitoring, calcium gluconate.",
        ("4", None),
    ),
]


@pytest.mark.parametrize("text", POTASSIUM_FOUND_AT_RECEIPT)
def test_strong_potassium_found_in_a_supply_before_any_dose_is_a_stock_finding(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(("text", "expected"), POTASSIUM_FROM_A_SUPPLY_MADE_READY_OR_GIVEN)
def test_strong_potassium_made_ready_or_given_keeps_its_reading(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# --- strong potassium added as prescribed ------------------------------------------------------


def test_strong_potassium_added_as_prescribed_then_a_high_potassium_is_no_mis_selection() -> None:
    # review r29's d6 (the learned model read 4)
    text = (
        "Potassium chloride 15% ampoules were added to the 1L sodium chloride bag as prescribed "
        "for hypokalaemia. Next day K+ 5.9, hyperkalaemic, infusion stopped by the doctor."
    )
    assert never_event_codes(text) == (None, None)


def test_strong_potassium_added_instead_of_sodium_chloride_keeps_never_event_4() -> None:
    text = (
        "Potassium chloride 15% ampoule added to the bag instead of sodium chloride as "
        "prescribed; K+ 6.8 next day."
    )
    assert never_event_codes(text) == ("4", None)


# --- insulin from a pen, the dose told right ---------------------------------------------------

PEN_DOSE_TOLD_RIGHT = [
    # batch 108's dev-180612
    "Pt's own Levemir FlexPen (100 units/ml), no pen needles on the ward overnight. Nurse drew "
    "12 units into a U-100 insulin syringe from the pen cartridge and gave it. Dose correct, BMs "
    "stable afterwards. Reported because pen to syringe withdrawal is against policy; pen "
    "needles restocked.",
    "No pen needles for the Lantus SoloStar at 22:00. RN withdrew 18 units from the pen with a "
    "U-100 insulin syringe and administered it. Dose right, BM 7.2 in the morning. Datix as "
    "against policy.",
    "Humalog KwikPen (100 units/ml) jammed. Nurse drew up 6 units from the cartridge with an "
    "insulin syringe and gave it. Units given correct, no hypo. Reported for learning.",
    "Night staff took 10 units of Abasaglar out of the pen cartridge with a U100 syringe as no "
    "pen needles. Dose given correct, CBGs 6-8 overnight. Policy reminder sent.",
]

PEN_WITHDRAWAL_OVERDOSE_OR_CAUGHT = [
    (
        "Nurse drew 20 units from the Humulin R U-500 KwikPen with a U-100 insulin syringe and "
        "gave it, pt received 100 units. BM 1.9, glucose IV.",
        ("6", None),
    ),
    (
        "Nurse about to draw insulin from the patient's NovoRapid pen with a syringe as no pen "
        "needles; second nurse stopped her before any was given and pen needles were borrowed.",
        (None, "6"),
    ),
    (
        "Insulin withdrawn from the Lantus pen into a 1ml luer syringe, 0.4ml given instead of "
        "0.04ml. BM 2.1, hypo treated.",
        ("6", None),
    ),
]


@pytest.mark.parametrize("text", PEN_DOSE_TOLD_RIGHT)
def test_insulin_from_a_pen_given_with_the_dose_told_right_is_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(("text", "expected"), PEN_WITHDRAWAL_OVERDOSE_OR_CAUGHT)
def test_insulin_from_a_pen_as_an_overdose_or_caught_keeps_its_reading(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# --- weekly methotrexate given on its day, offered again ---------------------------------------

WEEKLY_DOSE_ON_ITS_DAY_OFFERED_AGAIN = [
    # batch 108's dev-180640
    "Cardiology ward. Pt on weekly methotrexate 12.5mg Thursdays for RA. Given Thurs morning. "
    "Friday morning drug round the nurse offered the methotrexate again as the chart was written "
    "'OD'. Pt declined it, said he'd had his 'rheumatism tablets' yesterday and they are once a "
    "week, the little yellow ones. Nurse checked, dr contacted, chart rewritten as weekly "
    "Thursday. No extra dose given.",
    "Pt takes methotrexate 15mg weekly on Mondays for psoriasis. Given Monday am. On Tuesday the "
    "nurse went to give methotrexate again as the kardex said daily. Pt refused, said she had it "
    "yesterday. Chart corrected, no extra dose given.",
    "Methotrexate 10mg once a week on Sundays (RA). Given Sunday 09:00. Monday morning the "
    "methotrexate was offered again as the chart was written OD; pt declined as she takes it "
    "weekly. Prescriber amended to weekly, no extra dose given.",
]


@pytest.mark.parametrize("text", WEEKLY_DOSE_ON_ITS_DAY_OFFERED_AGAIN)
def test_weekly_dose_on_its_day_then_offered_again_and_declined_is_near_miss_7(text: str) -> None:
    assert never_event_codes(text) == (None, "7")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pt on methotrexate 15mg weekly on Mondays for RA. Given Monday and again on Tuesday "
            "as the chart said daily. Pt nauseous, bloods sent.",
            ("7", None),
        ),
        (
            "Methotrexate 10mg weekly Fridays for psoriasis, charted OD. Given Fri, Sat and Sun "
            "before the pharmacist noticed.",
            ("7", None),
        ),
        (
            "Pt had taken her weekly methotrexate at home on Sunday. Given again on the ward on "
            "Monday as the chart said daily. Doctor informed.",
            ("7", None),
        ),
    ],
)
def test_a_second_dose_after_the_weekly_one_keeps_never_event_7(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


def test_the_next_week_s_dose_after_the_home_dose_is_no_extra_dose() -> None:
    # review r30's hd8
    text = (
        "Pt had taken her weekly methotrexate at home on Sunday. Given again on the ward the "
        "following Sunday as per chart, correct."
    )
    assert never_event_codes(text) == (None, None)


def test_a_smaller_methotrexate_dose_given_instead_of_a_larger_is_an_underdose() -> None:
    # review r30's in2
    text = (
        "Methotrexate 2.5mg given instead of 25mg for ectopic pregnancy - underdose, dose "
        "repeated correctly."
    )
    assert never_event_codes(text) == (None, None)


def test_a_larger_methotrexate_dose_given_instead_of_a_smaller_keeps_never_event_7() -> None:
    text = "Methotrexate 25mg given instead of 2.5mg for RA, pt pancytopenic."
    assert never_event_codes(text) == ("7", None)


# --- an oral medicine by mouth, no other route told --------------------------------------------

ORAL_BY_MOUTH_ONLY = [
    # batch 108's dev-180674 (the learned model read 5 at 1.100.0)
    "Community hospital - oxycodone oral solution concentrate 10mg/ml given instead of 5mg/5ml. "
    "Pt received 25mg instead of 2.5mg orally. Very drowsy, RR 8, naloxone given, transferred "
    "to acute.",
    "Morphine sulphate oral solution 20mg/ml picked instead of 10mg/5ml; 5ml swallowed by the "
    "pt = 100mg. Resp rate 6, naloxone, transferred.",
    "Care home: pt given 10ml of the wrong strength oral morphine (concentrate) by mouth, meant "
    "2.5mg. Very sleepy, 999.",
    # review r30's vl5
    "Pt on methotrexate 2.5mg/ml oral solution 10mg weekly. Nurse used a 10ml oral syringe "
    "rather than a 5ml one; correct volume 4ml drawn up and given.",
]

ORAL_BY_ANOTHER_ROUTE = [
    "Oramorph 5ml given via the cannula instead of orally, pt drowsy, naloxone given.",
    "Oxycodone oral solution concentrate drawn up in a luer syringe and injected into his PICC "
    "in error. Pt drowsy.",
    "Nurse pushed the oral morphine solution into the subcut butterfly by mistake instead of "
    "giving it orally.",
    "Oral paracetamol suspension given IV via the cannula in error, 10ml given.",
]


@pytest.mark.parametrize("text", ORAL_BY_MOUTH_ONLY)
def test_an_oral_medicine_by_mouth_with_no_other_route_told_refuses_a_learned_5(
    text: str,
) -> None:
    assert learned_finding_ruled_out(text, "5") is not None
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", ORAL_BY_ANOTHER_ROUTE)
def test_an_oral_medicine_into_a_line_keeps_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)
