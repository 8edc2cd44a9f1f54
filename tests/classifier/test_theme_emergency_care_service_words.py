"""Round 76, helper 3: words of the emergency department's service that tell no theme of their own.

- Trauma as the service or the kind of patient ("major trauma", "trauma call", "the trauma
  booklet", "property procedure for trauma pts") is no tissue traumatised by a procedure
  (treatment_procedure); a catheter causing urethral trauma, or an operation on the trauma list
  cancelled, still is; so is a binder, splint or tourniquet put on in the wrong place or
  wrongly ("at the level of the iliac crests not the greater trochanters", "applied too low").
- An ambulance crew's handover told as the end of the wait outside ED ("arrived 17:52, handed
  over 22:02", "not handed over until 17:30", "no medical review until handover") is when the
  patient got in, not a handover that failed (communication_documentation); a crew handover
  that left out a drug still is.
- A window's drop told in an estates check that found no patient there ("approx 5m drop, no pt
  in there at the time") is no fall; a patient who went out of a window still fell.
- A patient admitted or moved from ED "after an overdose" took it herself (self_harm, not
  medication), whatever the wards named between; an overdose given in error still is.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

PROCEDURE = "treatment_procedure"
RECORDS = "communication_documentation"
FALLS = "falls"
MEDICATION = "medication"

TRAUMA_AS_SERVICE = [
    "Major trauma, 19M stabbed in the groin. TXA not given pre hospital or in resus, the box on "
    "the trauma booklet left blank. Given 4 units, went to theatre.",
    "Complaint from the wife - his clothes were cut off in resus after the RTC and binned with "
    "his phone and keys still in the pocket. Property procedure for trauma patients not followed.",
    "Trauma call put out late, pts watch and phone lost somewhere in resus, family upset.",
    "Paediatric trauma: 7yo off a trampoline, pre-alert not passed to the trauma team lead, "
    "parents very upset at the wait for pain relief.",
]

PROCEDURE_STILL = [
    "Difficult catheterisation on the ward, catheter caused urethral trauma and frank haematuria.",
    "Pt on the trauma list for 3 days, NBM each day, op cancelled twice due to no theatre space.",
    "Chest drain inserted, trauma to the lung parenchyma on CT, drain repositioned.",
    # a treatment of trauma put on in the wrong place or wrongly
    "Binder found over the abdomen rather than the greater trochanters on the trauma CT, "
    "repositioned in resus.",
    "Tourniquet applied too low by the first responder, still bleeding on arrival, reapplied "
    "above the wound in resus.",
    "Traction splint put on incorrectly for a NOF, pt in severe pain, removed in ED.",
]

TREATMENT_RIGHT = [
    "Pelvic binder applied correctly by the crew, trauma CT showed an open book fracture.",
    "Pt lost the splint on the way home from minors, came back for a new one.",
]

HANDOVER_AS_WAIT_END = [
    "Pt held on the ambulance outside ED for 4hrs (arrived 17:52, handed over 22:02). NEWS2 went "
    "up to 6, crew told the NIC several times.",
    "Ambulance arrived 14:05, pt not handed over until 17:30 due to no cubicle space, NEWS2 "
    "increased to 6.",
    "Pt in the back of the ambulance for 5 hrs, no medical review until handover, RR 28 and "
    "sats 89%.",
    "Crew queued outside for 3 hrs waiting to hand over, pt deteriorated, sats 85%.",
]

HANDOVER_STILL = [
    "Crew handed over at 10:20 but did not mention the pt was on warfarin.",
    "No handover given by the crew, nurse did not know pt had had morphine.",
    "Insulin not given until after handover as the day nurse had not handed over that it was due.",
]

WINDOW_DROP_NO_PATIENT = [
    "Environmental safety check of the AMU quiet room (second floor). Window restrictor found "
    "snapped, window opens fully. Room closed straight away, no pt in there at the time and it "
    "had not been used since lunchtime. Estates called and fixed same day. The window overlooks "
    "the car park, approx 7m drop. All other AMU windows checked that afternoon, restrictors "
    "intact.",
]

WINDOW_FALL_STILL = [
    "Pt climbed out of the side room window, dropped about 3m onto the flat roof, # heel.",
    "Pt went out of the window and jumped from the first floor, found in the courtyard.",
]

OVERDOSE_OWN_ACT = [
    "15yo admitted to the paeds ward from ED after an overdose, medically fit on day 2, waited "
    "4 days for a CAMHS bed.",
    "Pt admitted to AMU via ED after a deliberate overdose of sertraline, waited 2 days for psych.",
]

OVERDOSE_IN_ERROR = [
    "Pt admitted to ward 7 with chest pain. Given 10mg instead of 1mg, an overdose of warfarin.",
    "Readmitted 3 days after discharge with an overdose of digoxin - TTO label said twice daily "
    "instead of once.",
]


@pytest.mark.parametrize("text", TRAUMA_AS_SERVICE)
def test_trauma_as_service_is_no_procedure(text: str) -> None:
    assert PROCEDURE not in theme_ids(text)


@pytest.mark.parametrize("text", PROCEDURE_STILL)
def test_procedure_trauma_still_counts(text: str) -> None:
    assert PROCEDURE in theme_ids(text)


@pytest.mark.parametrize("text", TREATMENT_RIGHT)
def test_treatment_put_on_right_is_no_procedure(text: str) -> None:
    assert PROCEDURE not in theme_ids(text)


@pytest.mark.parametrize("text", HANDOVER_AS_WAIT_END)
def test_crew_handover_as_wait_end_is_no_record_failure(text: str) -> None:
    assert RECORDS not in theme_ids(text)


@pytest.mark.parametrize("text", HANDOVER_STILL)
def test_failed_handover_still_counts(text: str) -> None:
    assert RECORDS in theme_ids(text)


@pytest.mark.parametrize("text", WINDOW_DROP_NO_PATIENT)
def test_window_drop_with_no_patient_is_no_fall(text: str) -> None:
    assert FALLS not in theme_ids(text)


@pytest.mark.parametrize("text", WINDOW_FALL_STILL)
def test_patient_out_of_a_window_still_fell(text: str) -> None:
    assert FALLS in theme_ids(text)


@pytest.mark.parametrize("text", OVERDOSE_OWN_ACT)
def test_overdose_before_admission_is_no_medication(text: str) -> None:
    assert MEDICATION not in theme_ids(text)


@pytest.mark.parametrize("text", OVERDOSE_IN_ERROR)
def test_overdose_given_in_error_still_is_medication(text: str) -> None:
    assert MEDICATION in theme_ids(text)
