"""How far a medicines error got, and whether it was an error of the framework at all (never
events 4, 5, 6): insulin drawn from a pen and given, the report telling the dose itself correct,
is no overdose (null); strong potassium asked for and refused by the nurse was never selected
(null); a drug with both forms given IV where the oral dose was prescribed is no framework wrong
route (null); a vinca alkaloid delivered with the intrathecal drug and parted from it, only the
intrathecal drug taken to the procedure, is a supply breach (null); a vinca taken to the
intrathecal procedure and taken away from it at the check is near miss 5. Each beside the
never event or near miss it must stay.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NO_OVERDOSE_FROM_THE_PEN = [
    "No pen needles on ward 7 at teatime. RN drew 10 units of Novorapid out of the pt's FlexPen"
    " with a U100 insulin syringe and gave it. Pen is 100 units/ml so the dose was correct, BMs"
    " fine. Reported as poor practice.",
    "pt's own humulin I kwikpen, needles ran out. withdrew 20 units from the cartridge using an"
    " insulin syringe + gave it. 100 units/ml pen so dose was right. no hypo.",
    "Lantus 18 units drawn from the pt's SoloStar with an insulin syringe as no pen needles;"
    " given 22:00. The pen is U100 and so is the syringe - the dose given was correct. Datix for"
    " policy breach.",
    "Care home: carer took 12 units of Levemir out of the pen with an insulin syringe and gave it"
    " at 08:00. DN checked: pen is 100 units/ml, the dose was correct, BM 8.1 at lunch.",
]

STOPPED_STRONG_POTASSIUM_REQUESTS = [
    "K+ 3.0 on ward 12, no premixed KCl bags left. Reg asked me to make one up with KCl 15%"
    " ampoules and saline. I refused as per policy and escalated; bags sent from pharmacy 3 hrs"
    " later.",
    "Pt hypokalaemic, premixed potassium infusion out of stock overnight. SHO told the staff nurse"
    " to add strong KCl to a litre of 0.9% saline; she declined in line with trust policy. Bag"
    " obtained from ICU, started late.",
]

BOTH_FORMS_GIVEN_IV = [
    "Bed 4 had metoclopramide 10mg IV, prescribed 10mg PO. Given via the existing cannula. No"
    " harm, pt told.",
    "pt got paracetamol 1g IV, prescribed 1g PO. given through the venflon. no harm.",
]

VINCA_PARTED_BEFORE_THE_PROCEDURE = [
    "Day unit: pharmacy delivered the IV vincristine and the IT methotrexate in one bag. The"
    " nurse took only the methotrexate to the LP room and spotted the vincristine in the bag"
    " afterwards. Vincristine given IV later on the ward as planned. Policy breach reported.",
    "Oncology: IV vinblastine and intrathecal cytarabine sent up in the same tray. Staff nurse"
    " collected only the cytarabine for the lumbar puncture. Vinblastine given IV later as"
    " prescribed.",
]

VINCA_TAKEN_AWAY_AT_THE_CHECK = [
    "LP room, paeds. Vincristine syringe was brought to the procedure trolley along with the IT"
    " methotrexate. At the intrathecal checklist the label was read aloud - vincristine. Removed"
    " from the room. IT methotrexate then given.",
    "Vinca syringe taken into the intrathecal room with the cytarabine. Picked up at the IT check"
    " by the second nurse. Taken out of the room. IT cytarabine given.",
]

# the look-alikes: the error made and gone in, or caught, must stay as they are
OVERDOSE_FROM_THE_PEN = [
    "Toujeo pen (300 units/ml) - no needles, so nurse drew 20 units out of it with a U100 insulin"
    " syringe and gave it. pt actually got 60 units, BM 2.0 at 03:00.",
    "Humalog 200 units/ml KwikPen: RN withdrew 12 units from the cartridge with an insulin"
    " syringe and gave it, = 24 units. hypo 2.4.",
    "Novorapid drawn out of the pen cartridge with a 1ml luer syringe to the 0.6 mark (60 units)"
    " and given. BM 1.8 an hour later, IV glucose.",
]

PEN_WITHDRAWAL_CAUGHT = [
    "Nurse had drawn up insulin from the pt's pen cartridge into a syringe as the pen needles ran"
    " out. NIC stopped her before it was given. Dose given by pen later.",
    "Student drew the Lantus out of the SoloStar with a 1ml syringe, mentor stopped her before"
    " she gave it. Discarded.",
    "Nurse withdrew 8 units from the pt's NovoRapid pen cartridge with an insulin syringe; NIC saw"
    " it on the tray and stopped her before she gave it.",
]

POTASSIUM_SELECTED = [
    "KCl 15% ampoule picked up instead of the sodium chloride flush and given via the cannula."
    " pt complained of burning, K+ 6.2.",
    "No premixed bags on the ward so the nurse added 2 strong KCl ampoules to a 1L saline bag"
    " and ran it. Policy breach.",
    "Nurse drew up KCl 15% thinking it was the water for injection to dilute the ceftriaxone;"
    " second nurse saw the ampoule before it was given. Not given.",
]

ORAL_PRODUCT_INTO_A_LINE = [
    "Oramorph 5mg drawn up in a luer syringe and given via the pt's cannula in error. Pt"
    " monitored, no harm.",
    "Enteral feed connected to the PICC line by mistake and ran for 20 mins.",
    "Oral paracetamol suspension, prescribed PO, was drawn into a 10ml luer syringe and given IV"
    " via the cannula.",
]

VINCA_GIVEN_INTRATHECALLY = [
    "Vincristine was given intrathecally in error during the LP instead of the methotrexate. Pt"
    " transferred to neuro ICU.",
    "IV vincristine and the IT methotrexate brought into the LP room together; the vincristine was"
    " given intrathecally by mistake.",
]

VINCA_CAUGHT_AT_THE_PROCEDURE = [
    "Vincristine syringe handed to the consultant at the LP trolley instead of the IT"
    " methotrexate. Read back at the intrathecal checklist, stopped before it was given.",
]

CORRECT_DOSE_BY_THE_PEN = [
    "Insulin pen needles out of stock; dose given with the pen using a needle borrowed from"
    " ward 3. No syringe used. Correct dose, 30 mins late.",
]

OTHER_ROUTE_ERRORS = [
    "Gentamicin given IM instead of IV in error. No harm.",
    "IV co-amoxiclav prescribed, switched to oral on day 3 as planned. Tablets given.",
]


@pytest.mark.parametrize(
    "text",
    NO_OVERDOSE_FROM_THE_PEN
    + STOPPED_STRONG_POTASSIUM_REQUESTS
    + BOTH_FORMS_GIVEN_IV
    + VINCA_PARTED_BEFORE_THE_PROCEDURE
    + CORRECT_DOSE_BY_THE_PEN
    + OTHER_ROUTE_ERRORS,
)
def test_no_framework_error_reached_or_made_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", VINCA_TAKEN_AWAY_AT_THE_CHECK + VINCA_CAUGHT_AT_THE_PROCEDURE)
def test_a_vinca_taken_away_at_the_intrathecal_check_is_near_miss_5(text: str) -> None:
    assert never_event_codes(text) == (None, "5")


@pytest.mark.parametrize("text", OVERDOSE_FROM_THE_PEN)
def test_an_overdose_drawn_from_a_pen_and_given_is_never_event_6(text: str) -> None:
    assert never_event_codes(text) == ("6", None)


@pytest.mark.parametrize("text", PEN_WITHDRAWAL_CAUGHT)
def test_a_pen_withdrawal_stopped_before_the_dose_is_near_miss_6(text: str) -> None:
    assert never_event_codes(text) == (None, "6")


@pytest.mark.parametrize("text", POTASSIUM_SELECTED[:2])
def test_strong_potassium_selected_and_given_is_never_event_4(text: str) -> None:
    assert never_event_codes(text) == ("4", None)


@pytest.mark.parametrize("text", POTASSIUM_SELECTED[2:])
def test_strong_potassium_selected_and_caught_is_near_miss_4(text: str) -> None:
    assert never_event_codes(text) == (None, "4")


@pytest.mark.parametrize("text", ORAL_PRODUCT_INTO_A_LINE + VINCA_GIVEN_INTRATHECALLY)
def test_an_oral_product_in_a_line_or_a_vinca_given_intrathecally_is_never_event_5(
    text: str,
) -> None:
    assert never_event_codes(text) == ("5", None)
