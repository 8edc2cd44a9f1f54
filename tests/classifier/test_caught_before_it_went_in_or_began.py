"""Errors caught before anything reached the patient, told in other reporters' words, with the
contrasts that keep the never event.

- A gastric tube found in the airway while the flush or the medicines were only drawn up, made
  ready verb first ("staff had already drawn up a 50ml water flush and the 10:00 meds ... but
  the nurse in charge stopped this"; dev-167978): nothing went down it, near miss 13 (engine:
  tube_and_air_use.made_ready_not_given); drawn up and then given is never event 13.
- Another patient's images opened to plan a procedure and closed before anything was planned
  from them, the procedure later done on the correct patient (dev-164684): another patient's
  record, like a paper filed with the right one; the later procedure is the first one on the
  patient meant, no redo (engine: site_act._add_another_patients_paper,
  _add_right_person_first_time).
- A wrong side or procedure written on the list or consent and caught at the day-of checks
  (team brief, sign in, the anaesthetic room), the papers put right and the operation then done
  as meant (dev-178347, dev-178400; the guide's session 37 decision): near miss 1 (engine:
  paperwork_catch, never_events._paper_error_caught); the wrong side cut is never event 1, the
  same error put right ahead of the day is nothing.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# ------------------------------------------------------------------------ never event 13

FLUSH_DRAWN_UP_TUBE_IN_THE_AIRWAY = [
    # dev-167978
    "Reported as a never event by the ward. NG passed and secured at 09:40, no aspirate. CXR: tip "
    "in right main bronchus. Staff had already drawn up a 50ml water flush and the 10:00 meds in "
    "purple syringes but the nurse in charge stopped this until the x-ray was seen. Tube removed. "
    "Nothing went through the tube.",
    "NGT inserted, unable to obtain aspirate. Xray showed the tip in the left bronchus. The HCA "
    "had drawn up 30ml sterile water ready to flush but I stopped her. Tube removed.",
    "Fine bore NG placed at 14:00, pH 7. CXR tip in R lower lobe bronchus. Student nurse had "
    "prepared the 2pm meds in enteral syringes but was told to wait for the film. NG pulled out.",
    "NG tube passed on the ward. Nurse drew up 20ml of water for a flush while waiting for the "
    "CXR, which showed the NG in the right bronchus. Tube removed and re-passed.",
]

FLUSH_DRAWN_UP_AND_GIVEN = [
    "NG passed, no aspirate. Staff drew up a 50ml water flush and flushed the tube. CXR then "
    "showed the tip in the right main bronchus. Tube removed.",
    "Nurse drew up 30ml water and gave it via the NG. CXR: NG tip in the left bronchus. Pt "
    "coughing, tube removed.",
]


@pytest.mark.parametrize("text", FLUSH_DRAWN_UP_TUBE_IN_THE_AIRWAY)
def test_a_flush_only_drawn_up_for_a_tube_in_the_airway_is_near_miss_13(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize("text", FLUSH_DRAWN_UP_AND_GIVEN)
def test_a_flush_drawn_up_and_given_down_a_tube_in_the_airway_is_never_event_13(
    text: str,
) -> None:
    assert never_event_codes(text) == ("13", None)


# ------------------------------------------------------------------------ never event 1

ANOTHER_PATIENTS_IMAGES_OPENED = [
    # dev-164684
    "Before the IR list the radiologist opened a CT from the PACS worklist to plan a liver biopsy "
    "- it was the CT of a different pt with the same surname (PACS search was by surname only). "
    "Spotted the DOB on the image header within a minute, closed it and opened the correct study. "
    "No plan had been made from the wrong images. Biopsy later done on the correct pt and lesion.",
    "Radiologist planning a renal biopsy opened an MRI which turned out to be the MRI of another "
    "patient with a similar name. Noticed the DOB straight away and closed it. Biopsy later done "
    "on the correct patient.",
    "When planning the drain insertion the reg pulled up the CT images of a different pt with the "
    "same name. Recognised before any plan was made. Drain later inserted on the correct pt.",
]

WRONG_PATIENT_ACTED_ON = [
    "Radiologist opened the CT of a different pt with the same surname and planned the biopsy "
    "from it. Liver biopsy performed on the wrong pt. Biopsy later done on the correct pt.",
]


@pytest.mark.parametrize("text", ANOTHER_PATIENTS_IMAGES_OPENED)
def test_another_patient_s_images_opened_and_closed_before_a_procedure_is_nothing(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", WRONG_PATIENT_ACTED_ON)
def test_a_procedure_done_on_the_wrong_patient_stays_never_event_1(text: str) -> None:
    assert never_event_codes(text)[0] == "1"
