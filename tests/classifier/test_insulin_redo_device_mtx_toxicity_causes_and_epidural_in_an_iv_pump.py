"""Batch 109's medicine readings (dev-181613, dev-181646, dev-181657, dev-181668, dev-181713).

- Insulin drawn into a non-insulin syringe, stopped, then given with the right device ("Gave 20
  units with an insulin syringe"): the dose after the halt is the redo, near miss 6 (README:
  insulin drawn up in a non-insulin syringe and stopped before it was given).
- Methotrexate toxicity put down to an interacting drug ("received trimethoprim ... Interaction
  not flagged") or to monitoring not done ("no FBC/LFT since last July", "shared care
  monitoring not happening"): no overdose told, so no never event 7.
- Insulin withdrawn from a pen with a U-100 syringe and given, the report saying in a verbless
  sentence that the dose was right ("Correct dose."): null (dev-171689).
- An epidural syringe or bag put on a vein's line by its extension ("ran the extension to the
  3-way tap on his cannula") and stopped before it ran: near miss 5; run in, never event 5.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

INSULIN_IN_A_LUER_REDONE_WITH_AN_INSULIN_SYRINGE = [
    # dev-181613
    "Nursing home visit by DN. Home RN had drawn up the resident's Humulin I from a vial into a "
    "1ml luer syringe (box of insulin syringes finished, reorder not arrived) and had it ready "
    "on the tray for 08:00. I noticed it was not an insulin syringe and the volume was 0.2ml. "
    "Stopped. Gave 20 units with an insulin syringe from DN stock. Spoke to home manager re "
    "ordering.",
    "Care home. Nurse drew up Lantus 14 units into a 2ml syringe as they had run out of insulin "
    "syringes. I saw it on the trolley before she went in and stopped her. 14 units given with an "
    "insulin syringe from our bag.",
    "Student nurse drew up NovoRapid 6 units in a 1 ml luer syringe. Mentor intervened. 6 units "
    "then given using a U-100 insulin syringe.",
    "DN found the carer had drawn the Humulin I into a 1ml oral syringe ready for teatime. "
    "Stopped. Gave 16 units via an insulin syringe.",
]

INSULIN_IN_A_LUER_GIVEN = [
    "Nurse drew up Actrapid in a 1ml luer syringe to the 1ml mark thinking it was 10 units and "
    "gave it. BM 1.9 an hour later, IV glucose given.",
    "Carer gave the Humulin I 20 units from a 1ml luer syringe as the insulin syringes had run "
    "out, pt got 100 units. Found drowsy, BM 1.6. DN stopped the use of luer syringes and now "
    "gives with an insulin syringe.",
]

PEN_DRAWN_FROM_AND_STOPPED = [
    "Care home nursing unit 22:15. Pen needles for the NovoMix pen had run out. Carer (senior) "
    "had drawn 14 units out of the pen with an insulin syringe and was about to give it when "
    "the nurse stopped her, said we never take insulin out of a pen. Dose given with pen and "
    "needle borrowed from the other unit.",
]

MTX_TOXICITY_FROM_AN_INTERACTION = [
    # dev-181646
    "Pt on methotrexate for RA recieved trimethoprim, prescribed by OOH GP for UTI. Admitted 10 "
    "days later pancytopenic with mouth ulcers. Interaction not flagged. Folinic acid, MTX held.",
    "RA pt on MTX 15mg weekly was given co-trimoxazole by the GP for a chest infection. "
    "Admitted a week later with neutropenic sepsis. Interaction not picked up by the pharmacy "
    "system.",
    "Psoriasis pt on methotrexate 10mg weekly. Trimethoprim started for UTI by urgent care. "
    "Readmitted with pancytopenia and mucositis. MTX stopped, folinic acid given.",
    "Pt on weekly methotrexate for Crohn's was co-prescribed septrin prophylaxis. Admitted with "
    "mouth ulcers and pancytopenia. Drug interaction missed at clinic.",
]

MTX_TOXICITY_FROM_MONITORING_NOT_DONE = [
    # dev-181668
    "Rheumatology nurse helpline. Pt on methotrexate 20mg weekly rang re mouth ulcers. Checked "
    "records - no FBC/LFT since last July, GP shared care monitoring not happening and hospital "
    "did not pick this up at clinic in Feb. Urgent bloods: WCC 2.4, ALT 140. MTX held.",
    "Pt on methotrexate 15mg weekly for psoriasis admitted with pancytopenia. No bloods since "
    "January, practice recall had not been set up.",
    "Pt on MTX 20mg weekly for RA presented with mouth ulcers and neutropenia. Shared care "
    "monitoring was not being done by the practice.",
    "Pt on methotrexate for RA admitted with pancytopenia. Last FBC was 9 months ago.",
]

MTX_OVERDOSE_WITH_TOXICITY = [
    "RA pt on methotrexate 10mg weekly, dispensed as daily and took it every day for 6 days. "
    "Admitted with pancytopenia and mouth ulcers. Also on trimethoprim for a UTI.",
    "Pt on MTX 15mg weekly for psoriasis, label said daily and he took it every day for a week. "
    "No bloods since March. Admitted with pancytopenia.",
    "Pt on methotrexate for RA admitted with pancytopenia and mucositis.",
]

PEN_DRAWN_FROM_AND_GIVEN_DOSE_TOLD_RIGHT = [
    # dev-181657
    "Medical ward. No 4mm pen needles available on the ward at 17:00 teatime round. Nurse "
    "withdrew pt's Humulin I 18 units from his 100 units/ml KwikPen cartridge with a U-100 "
    "insulin syringe and gave it. Correct dose. Raised with ward manager as not policy. Needles "
    "delivered next morning.",
    "No pen needles on ward. RN drew 10 units of NovoRapid out of the pt's FlexPen with a U-100 "
    "insulin syringe and gave it. Right dose. Pharmacy informed.",
    "Lantus 20 units withdrawn from the SoloStar pen cartridge using an insulin syringe and "
    "given as the needles had run out. The correct dose. Incident raised re policy.",
]

PEN_DRAWN_FROM_AND_GIVEN_OVERDOSE = [
    "Pt's own Humalog 200 units/ml KwikPen; pen needles ran out overnight so the nurse withdrew "
    "12 units using a U-100 insulin syringe from the pen cartridge and gave it. Pt actually "
    "received 24 units. CBG 2.4 at 02:00.",
]

EPIDURAL_ON_A_VEINS_LINE_STOPPED = [
    # dev-181713
    "Ortho ward 01:30. Pt day 1 post TKR with lumbar epidural. Night RN changing the epidural "
    "syringe (bupivacaine 0.125% 50ml) loaded it into the spare Alaris syringe driver and ran "
    "the extension to the 3-way tap on his cannula. She had pressed confirm but not start when "
    "the APS nurse on her late round saw the yellow-labelled syringe in the wrong pump. Syringe "
    "removed, epidural line reconnected through the dedicated epidural pump. Nothing infused.",
    "Surgical ward. Bupivacaine epidural syringe loaded into the general syringe driver and the "
    "extension taken to the IV bung on his cannula. Spotted by the second checker before the "
    "pump was started. Nothing infused.",
    "Labour ward. Midwife hung the epidural bag (levobupivacaine and fentanyl) and ran the line "
    "to the cannula. Anaesthetist saw it before the pump was started. Not given.",
]

EPIDURAL_RUN_INTO_A_VEIN = [
    "Night RN ran the extension of the bupivacaine epidural syringe to the 3-way tap on his "
    "cannula and started the pump. 10ml went in IV before the APS nurse noticed. Pt had "
    "perioral tingling, anaesthetist reviewed.",
]

EPIDURAL_ON_ITS_OWN_LINE = [
    "Ortho ward. Night RN changed the epidural syringe (bupivacaine 0.125%) and ran the "
    "extension to the epidural filter through the dedicated epidural pump. Pump alarmed "
    "occlusion at 03:00, line unkinked, APS informed.",
]


@pytest.mark.parametrize("text", INSULIN_IN_A_LUER_REDONE_WITH_AN_INSULIN_SYRINGE)
def test_insulin_in_a_non_insulin_syringe_stopped_and_redone_with_an_insulin_syringe_is_near_miss_6(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "6")


@pytest.mark.parametrize("text", INSULIN_IN_A_LUER_GIVEN)
def test_insulin_given_from_a_non_insulin_syringe_stays_never_event_6(text: str) -> None:
    assert never_event_codes(text) == ("6", None)


@pytest.mark.parametrize("text", PEN_DRAWN_FROM_AND_STOPPED)
def test_insulin_drawn_from_a_pen_and_stopped_stays_near_miss_6(text: str) -> None:
    assert never_event_codes(text) == (None, "6")


@pytest.mark.parametrize("text", MTX_TOXICITY_FROM_AN_INTERACTION)
def test_methotrexate_toxicity_from_an_interacting_drug_is_no_overdose(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", MTX_TOXICITY_FROM_MONITORING_NOT_DONE)
def test_methotrexate_toxicity_with_monitoring_not_done_is_no_overdose(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", MTX_OVERDOSE_WITH_TOXICITY)
def test_methotrexate_overdose_or_toxicity_unexplained_stays_never_event_7(text: str) -> None:
    assert never_event_codes(text) == ("7", None)


@pytest.mark.parametrize("text", PEN_DRAWN_FROM_AND_GIVEN_DOSE_TOLD_RIGHT)
def test_insulin_drawn_from_a_pen_and_given_with_the_dose_told_right_alone_is_null(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", PEN_DRAWN_FROM_AND_GIVEN_OVERDOSE)
def test_insulin_drawn_from_a_stronger_pen_and_given_stays_never_event_6(text: str) -> None:
    assert never_event_codes(text) == ("6", None)


@pytest.mark.parametrize("text", EPIDURAL_ON_A_VEINS_LINE_STOPPED)
def test_epidural_run_to_a_veins_line_and_stopped_is_near_miss_5(text: str) -> None:
    assert never_event_codes(text) == (None, "5")


@pytest.mark.parametrize("text", EPIDURAL_RUN_INTO_A_VEIN)
def test_epidural_run_to_a_veins_line_and_infused_is_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize("text", EPIDURAL_ON_ITS_OWN_LINE)
def test_epidural_run_to_its_own_filter_is_no_wrong_route(text: str) -> None:
    assert never_event_codes(text) == (None, None)
