"""The wrong patient read from the narrative's structure (engine.patient_identity): identity
confusion (two persons told apart by title, twin, bed or bay number; a same or similar name;
identifiers not matching at a check; the person told as not the one listed or as the wrong
one), a person brought, called or set up at the procedure, and the procedure told done on them
(never event 1) or stopped, the person sent back (near miss 1). Another patient's paper alone,
with nobody brought, is no wrong patient."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

WRONG_PERSON_STOPPED = [
    "ODP checked ID band at sign in - name Jones, list says Jonas. wrong pt in anaes room, sent "
    "back before cannula",
    "Reg went to insert chest drain on the man in bed 12 but the referral was for the man in "
    "bed 21 - noticed when checking the name band, sterile field already set up. not started.",
    "FY1 about to do ascitic tap on Mrs K Singh bay 2 - request was for Mrs K Sing bay 5. HCA "
    "noticed the DOB on the armband. Stopped before LA.",
    "twin A was put on the table for circumcision, it was twin B who was consented. noticed at "
    "WHO checklist, no anaesthetic given",
    "Porters slip said Mr Ahmed, theatre 2. brought Mr Ahmad from ward 12. anaesthetist asked "
    "pt his name and NHS no - not the listed pt. returned to ward, no harm",
    "Pt in endoscopy room for OGD was actually booked for a colonoscopy in the afternoon - "
    "identified at the safety pause before any throat spray or sedation.",
    "Two Mrs Wilsons on day surgery. The one in the anaesthetic room had been consented for "
    "carpal tunnel but was booked for a lump excision, the other Mrs Wilson was the CTR. found "
    "at time out before LA, both done correctly later",
    "Baby brought to the clinic room for frenulotomy was the wrong baby - same surname, both in "
    "the waiting area. Checked name band before cutting, stopped.",
    "Nurse called Mr Patel from the waiting room for his cystoscopy and the wrong Mr Patel came "
    "through. Urologist checked DOB at the safety pause, mismatch, no gel or scope used.",
]

WRONG_PERSON_OPERATED = [
    "two pts with the same surname on the list. The pt in the anaesthetic room was "
    "anaesthetised and the arthroscopy started before the team realised he was not the listed "
    "pt. Procedure abandoned.",
    "Wrong pt had a bone marrow biopsy - Mrs Ann Hart instead of Mrs Anne Hart. ID not checked "
    "vs wristband. found when lab rang.",
]

OTHER_PATIENTS_PAPER_OR_NO_PROCEDURE = [
    "Blood results of a different pt with the same name filed in the notes for pre op. Noticed "
    "by anaesthetist, repeat bloods sent.",
    "Outpatient appointment for Mr J Brown booked under Mr J Browne's record. pt arrived at "
    "clinic, realised, rebooked.",
    "Wristband printed with wrong DOB for pt on admission. Noticed by nurse, reprinted. Identity "
    "confirmed.",
    "Two pts with the same name on the ward, alert placed on the board. No incident.",
    "Sample for G&S labelled with another pt's details (same surname) - wrong blood in tube, "
    "repeat sample taken.",
    "Pt correctly identified at sign in using wristband and DOB. Lap chole performed uneventfully.",
    "Pharmacy dispensed TTOs labelled with another pt's name. Nurse noticed before discharge.",
    "Pre-op assessment for Mrs Jones was documented in the other Mrs Jones's notes - picked up "
    "at pre-assessment clinic a week before surgery, corrected.",
]


@pytest.mark.parametrize("text", WRONG_PERSON_STOPPED)
def test_wrong_person_stopped_before_the_procedure_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", WRONG_PERSON_OPERATED)
def test_procedure_done_on_the_wrong_person_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", OTHER_PATIENTS_PAPER_OR_NO_PROCEDURE)
def test_another_patients_paper_or_no_procedure_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)
