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
- A cardiac rhythm device (pacemaker, ICD) put in on the side other than the one the plan and
  consent set for a clinical reason (dev-164702): a wrong site, never event 1, not a wrong
  implant (engine: site_act._drop_rhythm_device_sides, wrong_site_done's "implanted" act); on
  its planned side it is nothing, a wrong device itself stays never event 2.
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


PAPER_ERROR_CAUGHT_AT_THE_CHECKS = [
    # dev-178347
    "Pt brought to the anaesthetic room for 'excision lipoma upper back' as per the theatre list. "
    "On questioning at sign in pt said he was having a cyst removed from his scalp. Clinic letter: "
    "'sebaceous cyst R parietal scalp, for excision under LA/GA'. List had been booked against the "
    "wrong procedure code from a drop down and the consent had been signed in clinic for the scalp "
    "cyst. Anaesthetic had not been started. Surgeon informed, list amended, scalp cyst excised.",
    # dev-178400
    "Team brief, vascular day list. Pt listed and consented for EVLA to LEFT great saphenous vein. "
    "Vascular scientist at the brief said the duplex report shows the reflux is in the RIGHT GSV "
    "with a competent L GSV. Clinic letter also says right. Consent form and list had the wrong "
    "side written in clinic (GP referral also says right). Pt seen before sign in, confirmed "
    "symptoms are in the right leg, new consent done, list amended. Procedure went ahead on the R. "
    "No harm.",
    "At sign in the pt said she was having the lump on her forearm removed, not her back. The "
    "list had been booked with the wrong procedure. List amended, forearm lump excised.",
    "At the team brief the registrar noticed the consent form and list had the wrong side for the "
    "hernia repair, clinic letter says right. Pt confirmed right. Consent redone and list amended. "
    "Right inguinal hernia repaired.",
]

WRONG_SIDE_DONE_AFTER_A_PAPER_ERROR = [
    "List and consent had the wrong side (left) written in clinic, clinic letter says right. Not "
    "noticed at sign in or time out. Left inguinal hernia repaired; the right hernia found at "
    "the post op review.",
]

PAPER_ERROR_PUT_RIGHT_AHEAD_OF_THE_DAY = [
    "Consent form for 'RIGHT ovarian cystectomy' signed in clinic. Noticed at pre-op assessment 3 "
    "weeks later to be wrong, clinic letter and scan say left. Consent redone, not yet on a list.",
]


@pytest.mark.parametrize("text", PAPER_ERROR_CAUGHT_AT_THE_CHECKS)
def test_a_paper_error_caught_at_the_checks_then_done_as_meant_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", WRONG_SIDE_DONE_AFTER_A_PAPER_ERROR)
def test_the_wrong_side_operated_after_a_paper_error_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", PAPER_ERROR_PUT_RIGHT_AHEAD_OF_THE_DAY)
def test_a_paper_error_put_right_ahead_of_the_day_is_nothing(text: str) -> None:
    assert never_event_codes(text) == (None, None)


# ------------------------------------------------- never event 1: a device on the other side

DEVICE_PUT_IN_ON_THE_OTHER_SIDE = [
    # dev-164702
    "Dual chamber PPM implanted LEFT pectoral (usual side). Plan documented in clinic and on "
    "consent was RIGHT sided implant because pt (CKD 4) has a left brachiocephalic AV fistula "
    "planned by the renal team. The cath lab list did not state the side and the side was not "
    "read out at the time out. Identified at the end of the case when the renal nurse visited. "
    "Risk of central venous stenosis affecting future fistula. Discussed with pt, for "
    "renal/cardiology joint plan.",
    "ICD implanted R pectoral. Clinic letter and consent both documented a LEFT sided implant "
    "because the pt has a right arm AV fistula. Side not checked at the time out. Found on the "
    "post procedure review.",
    "PPM inserted in the left chest in the cath lab. The plan and consent were for a right sided "
    "implant due to a previous left mastectomy with lymph node clearance. Not picked up until "
    "the ward round.",
    "Dual chamber pacemaker implanted via the left cephalic. The consent said R sided implant as "
    "pt has a L sided dialysis fistula. The side was not stated on the list. Pt informed.",
]

DEVICE_AS_PLANNED_OR_CAUGHT = [
    (
        "Dual chamber PPM implanted RIGHT pectoral as planned and consented (L AV fistula). No "
        "complications.",
        (None, None),
    ),
    (
        "At the time out the physiologist queried the side: the list said left but the consent "
        "was for a right sided implant because of a L fistula. List corrected and PPM implanted "
        "on the right.",
        (None, "1"),
    ),
    (
        "Single chamber PPM implanted instead of the planned dual chamber device. Noted at the "
        "pacing check.",
        ("2", None),
    ),
    (
        "Femoral component implanted was a RIGHT, pt having a left TKR. Noticed at the end of the "
        "case.",
        ("2", None),
    ),
]


@pytest.mark.parametrize("text", DEVICE_PUT_IN_ON_THE_OTHER_SIDE)
def test_a_pacemaker_put_in_on_the_side_other_than_planned_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(("text", "codes"), DEVICE_AS_PLANNED_OR_CAUGHT)
def test_a_device_on_its_planned_side_caught_or_itself_wrong_keeps_its_reading(
    text: str, codes: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == codes
