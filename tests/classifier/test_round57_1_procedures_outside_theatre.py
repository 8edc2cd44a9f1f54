"""Round 57, helper 1: procedures outside the main theatres (never events 2, 3 and 8).

- A recent operation on the other side told in brackets ("(the L eye operated 6 weeks ago)") is
  an aside, the first of two operations: with the lens made for that side put in this one it
  is a wrong implant (never event 2), not a wrong site. Told outside brackets ("R knee scope
  done last month - should have been the L") it is still this report's wrong site.
- An implant told tersely as "not the one planned" is the implant, not the site operated on
  (never event 2). A finger released "not the one intended" is still a wrong site.
- Stock put back in the wrong compartment of a cupboard is where it was kept, not a body part:
  the high strength midazolam given for the sedation is never event 8. A scope passed into the
  wrong compartment of a knee is still a wrong site.
- The area the high strength is "normally only kept in" (ITU, the palliative ward), named against
  the sedation room it turned up in, does not make the sedation one of that area: never event
  8. High strength midazolam used on the palliative ward itself is still excluded.
- "No-one has selected the wrong strength" beside two look-alike boxes: a risk, no
  mis-selection (both null). A nurse who picked the wrong one and gave it is still never
  event 8.
- A high strength ampoule in the sedation box or kit, the drug unnamed, is the sedation's
  midazolam: never event 8, or near miss 8 when caught before it was given. An opioid named in
  the tray is that drug, no midazolam.
- A stent or implant told as "wasted" (the waste first: "wasted stent, correct one used") was
  never put in: near miss 2. A wrong stent deployed is still never event 2.
- The patient "returned to lab" for the box change is a return to the cath lab, not a unit
  returned unused: the wrong generator implanted is never event 2. A unit stopped at the
  bedside and returned to the lab, or the wrong patient taken back to the ward before anything
  was done, is still a near miss.
- A wire found still in the line with the drapes still on was found before the procedure ended:
  near miss 3. Found on a film after the drapes were off it is still never event 3.
- A barbed broach seen on a dental x-ray in the canal at the next visit is an item left in
  (never event 3). "Broached the subject" is no instrument.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_never_event_codes

LENS_OF_EYE_DONE_BEFORE = [
    "Listed for R phaco. IOL taken was the one worked out for the L eye (the L eye operated 6 "
    "weeks ago). biometry side not read at the lens check, pt now myopic in the R, lens "
    "exchange booked",
]

SIDE_DONE_LAST_MONTH_IN_ERROR = [
    "R knee arthroscopy done last month - should have been the L knee, found at clinic review",
]

IMPLANT_NOT_THE_ONE_PLANNED = [
    "Audit of implant stickers for the Tuesday TKR list: L knee pt had a RIGHT tibial tray put "
    "in. Surgeon reviewed the films, tray not the one planned, pt told and revision offered",
]

FINGER_NOT_THE_ONE_INTENDED = [
    "trigger finger release - the finger released was not the one intended, consent was for the "
    "ring finger",
]

STOCK_IN_WRONG_COMPARTMENT = [
    "ERCP list: a 10mg/2ml midazolam amp had been put back in the wrong compartment of the drug "
    "cupboard, drawn up and 3ml given for the sedation thinking it was 3mg. sats 80%, flumazenil",
]

SCOPE_IN_WRONG_COMPARTMENT = [
    "knee arthroscopy: shaver introduced into the wrong compartment, medial instead of lateral, "
    "noticed at the end",
]

STRENGTH_USUALLY_KEPT_ELSEWHERE = [
    "bronchoscopy under conscious sedation - midazolam 5mg/ml given instead of 1mg/ml, a "
    "strength normally only kept in ITU. pt sats 84% needed flumazenil",
]

PALLIATIVE_WARD_USE = [
    "palliative ward: pt on syringe driver, midazolam 10mg/2ml usually used on the ward, "
    "breakthrough dose given as prescribed, no issue",
]

NOBODY_PICKED_THE_WRONG_ONE = [
    "endoscopy room 3 - midazolam 5mg/ml and 1mg/ml boxes stored side by side, no-one has "
    "selected the wrong strength yet but they look alike. asked pharmacy to separate them",
]

NURSE_PICKED_THE_WRONG_ONE = [
    "endoscopy room 3 - midazolam 5mg/ml and 1mg/ml boxes stored side by side, nurse picked the "
    "wrong one and gave 3ml for the OGD, pt drowsy and needed flumazenil",
]

SEDATION_BOX_AMPOULE_GIVEN = [
    "colonoscopy list: the sedation box contained a 10mg/2ml amp, drawn up and given as 2mg, pt "
    "became apnoeic, bag and mask",
]

SEDATION_BOX_AMPOULE_CAUGHT = [
    "colonoscopy list: the sedation box contained a 10mg/2ml amp, the nurse checking noticed it "
    "before it was given, discarded",
]

OPIOID_IN_SEDATION_TRAY = [
    "colonoscopy list: sedation tray had fentanyl and morphine 10mg/ml amps, 5mg/ml ampoule of "
    "morphine drawn up",
]

STENT_WASTED = [
    "cath lab. 2.5x38 stent opened, plan was 2.25x12 for the LAD. operator read the size before "
    "it went near the lesion. wasted stent, correct one used. wrong box taken from the shelf, "
    "the boxes look alike",
]

STENT_DEPLOYED = [
    "PCI to LAD: 4.0x38 stent pulled instead of the 3.0x18 planned, deployed in the LAD before "
    "anyone noticed. post dilatation, pt stable, consultant informed",
]

PATIENT_RETURNED_TO_LAB = [
    "CRT-D implant in lab 1, planned CRT-D per consent, all 3 leads placed but the box connected "
    "and implanted was a dual chamber ICD - the LV lead was capped. seen at the pacing check "
    "next day. pt returned to lab and the generator was swapped",
]

UNIT_RETURNED_TO_LAB = [
    "group A red cells collected for bed 6 whose pt is group O, noticed at the bedside check "
    "before spiking, returned to lab",
]

PATIENT_TAKEN_BACK_TO_WARD = [
    "wrong patient called through to the bronch suite, wristband check showed a different "
    "hospital number, pt taken back to the ward before anything was done, right pt brought down",
]

WIRE_FOUND_DRAPES_ON = [
    "PICC inserted on the ward, at the end of the procedure guidewire missing from the pack. "
    "drapes still in place, screened and the wire seen still within the line, pulled out. no harm",
]

WIRE_FOUND_AFTER_DRAPES_OFF = [
    "PICC inserted on the ward, drapes removed and pt back to bay. CXR an hour later showed the "
    "guidewire still within the line, removed by the team",
]

BROACH_ON_XRAY = [
    "RCT UR1 - at the review appt a periapical xray showed a barbed broach left in the canal "
    "from the previous visit, removed",
]

SUBJECT_BROACHED = [
    "dentist broached the subject of extraction with the pt, RCT started on UR1, no problems",
]


@pytest.mark.parametrize("text", LENS_OF_EYE_DONE_BEFORE)
def test_other_eye_done_before_in_brackets_is_wrong_implant(text: str) -> None:
    assert rule_never_event_codes(text) == ("2", None)


@pytest.mark.parametrize("text", SIDE_DONE_LAST_MONTH_IN_ERROR)
def test_side_done_last_month_in_error_stays_wrong_site(text: str) -> None:
    assert rule_never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", IMPLANT_NOT_THE_ONE_PLANNED)
def test_implant_not_the_one_planned_is_wrong_implant(text: str) -> None:
    assert rule_never_event_codes(text) == ("2", None)


@pytest.mark.parametrize("text", FINGER_NOT_THE_ONE_INTENDED)
def test_finger_not_the_one_intended_stays_wrong_site(text: str) -> None:
    assert rule_never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", STOCK_IN_WRONG_COMPARTMENT)
def test_stock_in_wrong_compartment_is_no_wrong_site(text: str) -> None:
    assert rule_never_event_codes(text) == ("8", None)


@pytest.mark.parametrize("text", SCOPE_IN_WRONG_COMPARTMENT)
def test_scope_in_wrong_compartment_stays_wrong_site(text: str) -> None:
    assert rule_never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", STRENGTH_USUALLY_KEPT_ELSEWHERE)
def test_strength_usually_kept_elsewhere_is_never_event_8(text: str) -> None:
    assert rule_never_event_codes(text) == ("8", None)


@pytest.mark.parametrize("text", PALLIATIVE_WARD_USE)
def test_palliative_ward_use_stays_excluded(text: str) -> None:
    assert rule_never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", NOBODY_PICKED_THE_WRONG_ONE)
def test_nobody_picked_the_wrong_one_is_risk_only(text: str) -> None:
    assert rule_never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", NURSE_PICKED_THE_WRONG_ONE)
def test_nurse_picked_the_wrong_one_stays_never_event_8(text: str) -> None:
    assert rule_never_event_codes(text) == ("8", None)


@pytest.mark.parametrize("text", SEDATION_BOX_AMPOULE_GIVEN)
def test_sedation_box_ampoule_given_is_never_event_8(text: str) -> None:
    assert rule_never_event_codes(text) == ("8", None)


@pytest.mark.parametrize("text", SEDATION_BOX_AMPOULE_CAUGHT)
def test_sedation_box_ampoule_caught_is_near_miss_8(text: str) -> None:
    assert rule_never_event_codes(text) == (None, "8")


@pytest.mark.parametrize("text", OPIOID_IN_SEDATION_TRAY)
def test_opioid_in_sedation_tray_is_no_midazolam(text: str) -> None:
    assert rule_never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", STENT_WASTED)
def test_wasted_stent_is_near_miss_2(text: str) -> None:
    assert rule_never_event_codes(text) == (None, "2")


@pytest.mark.parametrize("text", STENT_DEPLOYED)
def test_deployed_stent_stays_never_event_2(text: str) -> None:
    assert rule_never_event_codes(text) == ("2", None)


@pytest.mark.parametrize("text", PATIENT_RETURNED_TO_LAB)
def test_patient_returned_to_lab_is_reached(text: str) -> None:
    assert rule_never_event_codes(text) == ("2", None)


@pytest.mark.parametrize("text", UNIT_RETURNED_TO_LAB)
def test_unit_returned_to_lab_stays_near_miss(text: str) -> None:
    assert rule_never_event_codes(text) == (None, "12")


@pytest.mark.parametrize("text", PATIENT_TAKEN_BACK_TO_WARD)
def test_patient_taken_back_to_ward_stays_near_miss(text: str) -> None:
    assert rule_never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", WIRE_FOUND_DRAPES_ON)
def test_wire_found_with_drapes_on_is_near_miss_3(text: str) -> None:
    assert rule_never_event_codes(text) == (None, "3")


@pytest.mark.parametrize("text", WIRE_FOUND_AFTER_DRAPES_OFF)
def test_wire_found_after_drapes_off_stays_never_event_3(text: str) -> None:
    assert rule_never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", BROACH_ON_XRAY)
def test_broach_on_xray_is_retained_object(text: str) -> None:
    assert rule_never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", SUBJECT_BROACHED)
def test_subject_broached_is_no_instrument(text: str) -> None:
    assert rule_never_event_codes(text) == (None, None)
