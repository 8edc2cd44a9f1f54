"""Whether the framework's medicines error reached the patient as the error (never events 5, 6):
insulin drawn from a pen with a syringe and given, the report telling the units made ready equal
to themselves ("the 8 units dialled were 8 units"), is no overdose (null); a vinca alkaloid
supplied beside an intrathecal drug and told given correctly by its own route ("both given
correctly (vincristine IV, ...)") is a supply breach (null). Beside them the look-alikes that
must stay: a different number of units told, the units prescribed (not made ready) told equal, a
withdrawal stopped before the dose, a vinca that went intrathecally or was caught at the
procedure, another wrong route told beside a "given correctly".
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

PEN_UNITS_TOLD_EQUAL = [
    "No pen needles on ward 9 so SN drew the pt's Novorapid out of the FlexPen (100 units/ml)"
    " with a U-100 insulin syringe and gave it - the 6 units dialled were 6 units. BMs stable.",
    "Levemir withdrawn from pts own pen with an insulin syringe as no needles, given at 21:30."
    " The 10 units in the syringe were exactly 10 units as the pen is 100 units per ml. Datix"
    " for policy breach.",
    "Pen jammed at teatime. Nurse took Humulin M3 out of the KwikPen cartridge using a U100"
    " syringe; the 24 units drawn up were 24 units, BM 9.2 next morning.",
    "withdrew the pt's apidra from the pen w an insulin syringe and administerd. the 4 units she"
    " drew up were 4 units, pen n syringe both u100. reported as practice issue only",
    "Community: no pen needles delivered. DN drew 30 units of Abasaglar from the cartridge with"
    " an insulin syringe and gave it; the 30 units measured was 30 units (both 100 units/ml)."
    " CBG 7.8 at the next visit.",
    "Insulin pen needles unavailable overnight. Night RN drew up 18 units of Tresiba from the pen"
    " into an insulin syringe and gave it; 18 units drawn was 18 units, no hypo.",
    "pt's humalog pen, no needles. RN withdrew the dose from the cartridge with an insulin syringe"
    " & gave. the 12 units given were 12 units as dialled. BMs 6-8 overnight",
]

VINCA_GIVEN_BY_ITS_OWN_ROUTE = [
    "Pharmacy sent the vincristine bag and the IT methotrexate for another pt in one tote to the"
    " day unit - should come separately. Both given correctly (vincristine IV, IT MTX via LP to"
    " the right pt).",
    "vinblastine minibag delivered in the same box as the intrathecal cytarabine. Both drugs were"
    " administered correctly: vinblastine IV, cytarabine by LP. Policy breach reported to"
    " pharmacy.",
    "IV vincristine and IT MTX (different pts) came up from aseptics in one bag, against policy."
    " The IV vincristine was given as prescribed on the ward and the MTX went by LP to its own"
    " pt. no harm.",
    "Aseptic unit packed vinorelbine with the intrathecal methotrexate for bed 3 in the same"
    " transport box. All given correctly, vinorelbine intravenously via PICC. Learning shared.",
    "Haem day unit. Vincristine arrived in the same delivery as an IT cytarabine dose, not"
    " segregated. Each was given correctly - vincristine IV, cytarabine intrathecal in the LP"
    " clinic later. Reported for learning.",
    "vincristine sent with the IT methotrexate in one cool box (2 different pts). vincristine went"
    " IV on the ward as planned, the IT given in theatre to the correct pt. Datix re packaging.",
    "VINCRISTINE AND IT CYTARABINE DELIVERED TOGETHER IN ONE BOX. BOTH GIVEN CORRECTLY -"
    " VINCRISTINE IV VIA CANNULA, CYTARABINE INTRATHECAL. PHARMACY INFORMED.",
]

# the look-alikes: they must stay as they are
PEN_OVERDOSE_TOLD = [
    "No pen needles so nurse drew Humalog 200 units/ml out of the KwikPen with a U100 syringe and"
    " gave it; the 10 units drawn were 20 units. BM 2.1, treated.",
    "Toujeo (300 units/ml) withdrawn from the pen with an insulin syringe and given, the 12 units"
    " in the syringe were in fact 36 units. hypo 1.9, glucagon given.",
    "The 8 units prescribed were 8 units on the chart but the nurse drew the insulin up in a 1ml"
    " luer syringe to the 0.8 mark (80 units) and gave it. BM 1.2.",
    "Nurse withdrew 16 units Lantus from the pt's SoloStar with an insulin syringe and gave it. BM"
    " 2.4 at 02:00, treated with hypostop.",
    "'10U' novomix written on the drug chart, read as 100 units and given. BM 1.7, IV dextrose.",
    "Pen needles ran out; nurse drew the insulin from the pen cartridge with a 1ml syringe and"
    " gave it. The 8 units dialled were really 0.8ml, 80 units. BM 1.4.",
    "Nurse drew insulin out of the pen with a U100 syringe and gave it; 20 units drawn. BM 2.0 at"
    " midnight, unresponsive, 999.",
]

PEN_WITHDRAWAL_STOPPED = [
    "withdrew 8 units of novorapid from the pen with a U-100 syringe, the 8 units drawn were 8"
    " units, but the NIC stopped her before it was given. discarded.",
    "Pen withdrawal: 6 units of Fiasp drawn from the cartridge into an insulin syringe; the 2nd"
    " nurse checking stopped it before it was given, pen needle got from ward 4.",
]

VINCA_WENT_INTRATHECALLY = [
    "Vincristine and IT methotrexate sent in the same box; the vincristine was drawn up and given"
    " intrathecally in error at the LP. Pt to ICU.",
    "vinblastine and the IT cytarabine went to the LP room together and vinblastine was injected"
    " intrathecally before the check. pt deteriorated.",
    "Vincristine prescribed IV was given IT by mistake; the IT methotrexate was then given"
    " correctly by LP.",
    "Oramorph 10mg drawn into a luer syringe and given via the cannula in error; the other meds"
    " were given correctly (IV paracetamol, oral laxido). No harm.",
]

VINCA_CAUGHT_AT_THE_PROCEDURE = [
    "IV vincristine delivered in the same bag as the IT cytarabine and taken into the LP room"
    " with it. SpR read the label at the intrathecal checklist and stopped, vincristine not"
    " given IT, removed from the room. Both later given correctly, vincristine IV.",
    "vincristine IV and IT methotrexate sent in one box; the box was opened in the LP room and the"
    " vincristine handed to the doctor, noticed at the read-back, not given.",
]

NO_ERROR_AT_ALL = [
    "Vincristine given IV as prescribed. Later the IT methotrexate was given correctly by LP. No"
    " issues, documented for audit.",
    "Wrong insulin given: Novorapid 10 units instead of Lantus 10 units, the 10 units given were"
    " 10 units of the wrong insulin. BM 3.2, obs stable.",
    "Vincristine given IV as prescribed but at double the dose (4mg instead of 2mg); both chemo"
    " drugs otherwise given correctly, IT MTX by LP.",
]


@pytest.mark.parametrize(
    "text", PEN_UNITS_TOLD_EQUAL + VINCA_GIVEN_BY_ITS_OWN_ROUTE + NO_ERROR_AT_ALL
)
def test_no_framework_error_reached_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", PEN_OVERDOSE_TOLD)
def test_an_insulin_overdose_from_a_device_or_a_u_is_never_event_6(text: str) -> None:
    assert never_event_codes(text) == ("6", None)


@pytest.mark.parametrize("text", PEN_WITHDRAWAL_STOPPED)
def test_a_pen_withdrawal_stopped_before_the_dose_is_near_miss_6(text: str) -> None:
    assert never_event_codes(text) == (None, "6")


@pytest.mark.parametrize("text", VINCA_WENT_INTRATHECALLY)
def test_a_vinca_intrathecally_or_an_oral_drug_in_a_line_is_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize("text", VINCA_CAUGHT_AT_THE_PROCEDURE)
def test_a_vinca_caught_at_the_intrathecal_check_is_near_miss_5(text: str) -> None:
    assert never_event_codes(text) == (None, "5")
