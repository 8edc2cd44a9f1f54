"""Words that name a check or a message, not the theme their words look like (round 77): an
inbox, worklist, mailbox or fax "not monitored" is correspondence nobody read, not a patient
left unmonitored (monitoring_deterioration); an aspirate the nurse "could not get" from a
tube is the tube's position check, not a patient who did not get his medicines (medication);
"a positive blood culture" is a test of the patient's blood, not a unit of blood group A
positive (blood_transfusion_tissues); and the x-ray that checks a tube passed again told as
not done ("re-passed it, no further xray done") is the tube's own check left out, not a
diagnosis missed (assessment_diagnosis). The look-alikes keep their theme: a patient not
monitored, a patient who did not get his meds, A positive blood given to an O patient, a
fracture x-ray not done."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

MAILBOX_NOT_MONITORED = [
    "Referral rejected by the hospital and sent back to the GP worklist, which was not "
    "monitored as the locum had left. Pt waited 6 weeks for an appointment.",
    "Fax machine in the ward office not monitored overnight, the urgent referral was not seen "
    "until the morning.",
    "the CRHT referral sat in an unmonitored shared inbox over the bank holiday and the follow "
    "up call did not happen",
    "Discharge notification emailed to the team mailbox, which nobody was checking while the "
    "admin was on leave. No 7 day follow up.",
]

PATIENT_NOT_MONITORED = [
    "Pt on ward 6 was not monitored overnight, no obs from 22:00 to 06:00, found hypotensive "
    "and clammy at 06:00.",
    "Pt not monitored after the sedation, sats dropped to 82% and needed naloxone.",
]

NO_ASPIRATE = [
    "Could not get any aspirate after 3 attempts so held feed and meds per policy and asked "
    "for a CXR.",
    "NGT re-passed at 22:00, couldn't obtain an aspirate so nothing given and xray requested.",
]

MEDS_NOT_GIVEN = [
    "unable to obtain an aspirate, so the 08:00 meds were not given and pt did not get his "
    "levetiracetam for 6 hrs while waiting for the xray",
    "Pt did not get his evening meds as the NGT had come out and nobody re-passed it until "
    "morning.",
]

BLOOD_CULTURE = [
    "Lab rang a positive blood culture to the ward at 02:00, message not passed on to the "
    "doctors, no abx for 10 hrs.",
    "Micro phoned two positive blood cultures for bed 4 but the pt had gone home, GP not told "
    "until next day.",
]

TUBE_CHECK_FILM_NOT_DONE = [
    "NGT re-passed by the night FY1 after pt pulled it out, no further xray done, feed "
    "restarted. CXR next day tip in R main bronchus.",
    "tube resited by the F2 on nights and no repeat x-ray was done before the feed was "
    "restarted, tube later found in the L lung",
]


@pytest.mark.parametrize("text", MAILBOX_NOT_MONITORED)
def test_mailbox_not_monitored_is_no_deterioration(text: str) -> None:
    assert "monitoring_deterioration" not in theme_ids(text)


@pytest.mark.parametrize("text", PATIENT_NOT_MONITORED)
def test_patient_not_monitored_stays_deterioration(text: str) -> None:
    assert "monitoring_deterioration" in theme_ids(text)


@pytest.mark.parametrize("text", NO_ASPIRATE)
def test_aspirate_not_obtained_is_no_medication(text: str) -> None:
    assert "medication" not in theme_ids(text)


@pytest.mark.parametrize("text", MEDS_NOT_GIVEN)
def test_meds_not_given_stay_medication(text: str) -> None:
    assert "medication" in theme_ids(text)


@pytest.mark.parametrize("text", BLOOD_CULTURE)
def test_positive_blood_culture_is_no_transfusion(text: str) -> None:
    themes = theme_ids(text)
    assert "blood_transfusion_tissues" not in themes
    assert "infection" in themes


def test_group_a_positive_blood_stays_transfusion() -> None:
    text = (
        "A positive blood unit given to an O negative pt, rigors after 20ml, transfusion stopped."
    )
    assert "blood_transfusion_tissues" in theme_ids(text)


@pytest.mark.parametrize("text", TUBE_CHECK_FILM_NOT_DONE)
def test_check_film_not_done_after_tube_repassed_is_no_missed_diagnosis(text: str) -> None:
    themes = theme_ids(text)
    assert "assessment_diagnosis" not in themes
    assert "medical_device" in themes


def test_fracture_film_not_done_stays_assessment() -> None:
    text = (
        "pt fell on the ward at 03:00, no xray done of the hip until the next afternoon, # NOF "
        "missed"
    )
    assert "assessment_diagnosis" in theme_ids(text)
