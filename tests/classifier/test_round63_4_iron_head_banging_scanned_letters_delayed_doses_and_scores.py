"""Round 63, helper 4: an iron infusion, head banging, a letter scanned into an inbox, a
dose not given until later, and a number read from a clinical score.

- An iron infusion (ferric carboxymaltose, iron sucrose) is a medicine given for anaemia,
  not a blood product: no blood_transfusion_tissues. Red cells transfused stay
  blood_transfusion_tissues.
- "Head banged" told in the past tense or as one word ("headbanging") is self-injurious
  behaviour: self_harm. A head banged against a sink in a slip stays no self_harm.
- A letter or referral scanned into an inbox, a folder or a workflow ("scanned to the wrong
  team inbox") is a paper document filed, not the wrong patient imaged: no
  radiotherapy_screening. The wrong patient x-rayed stays radiotherapy_screening.
- A named drug "not given until" a later time, or a patient who "didn't get any until"
  later, is a delayed dose: medication. A patient not seen until later, with no medicine
  named, stays no medication.
- A number read from a clinical score ("NEWS 1 throughout, consultant for the ward
  informed") is a reading, no head count of staff: no staffing_infrastructure_estates. "Only
  1 consultant for the whole department" stays staffing_infrastructure_estates.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

IRON_INFUSION = [
    "day unit: IV iron infusion (ferric carboxymaltose 1g) given for Hb 84, pt flushed and "
    "lightheaded 20 mins in, infusion stopped and restarted slower",
    "GP letter said Hb 91 and ferritin 6, iron infusion booked at the ambulatory unit but the "
    "referral was never processed so she waited 7 weeks",
]

RED_CELLS_TRANSFUSED = [
    "2 units of red cells transfused for Hb 62 on the day unit, second unit ran over 90 mins",
]

HEAD_BANGED = [
    "resident with autism head banged on the door frame repeatedly overnight, large bruise "
    "to forehead, GP review requested",
    "young person in seclusion was headbanging against the viewing panel for 10 minutes "
    "before staff could enter",
]

HEAD_KNOCKED_IN_A_SLIP = [
    "pt slipped on the wet floor in the bathroom and banged her head against the sink, "
    "small lump, neuro obs normal",
]

LETTER_SCANNED_TO_AN_INBOX = [
    "urgent referral letter for a 15yo with an eating disorder was scanned to the wrong "
    "team inbox and not opened for 6 weeks",
    "the discharge letter was scanned into the wrong clinician's workflow so the new "
    "medication was never added",
]

WRONG_PATIENT_X_RAYED = [
    "two pts with the same surname in the waiting room, the wrong patient was x-rayed "
    "(L ankle), found when the DOB was checked afterwards",
]

DOSE_NOT_GIVEN_UNTIL_LATER = [
    "resident's levetiracetam not given until 1130 as the only trained carer was out on an "
    "appointment",
    "he asked for his oramorph at 2am and didn't get any until after 5am, he was in agony by then",
]

NOT_SEEN_UNTIL_LATER = [
    "pt arrived at 0900 with a swollen knee and wasn't seen until 1500, triage nurse "
    "busy with an ambulance handover",
]

SCORE_READING = [
    "virtual ward pt, NEWS 1 throughout, consultant for the ward informed of the culture "
    "result and agreed a plan with the pt",
    "post-op day 2, pain score 1 today, registrar for the team reviewed the wound and "
    "agreed discharge",
]

HEAD_COUNT_OF_STAFF = [
    "only 1 consultant for the whole department overnight, two trauma calls at once",
]


@pytest.mark.parametrize("text", IRON_INFUSION)
def test_iron_infusion_is_no_blood_product(text: str) -> None:
    assert "blood_transfusion_tissues" not in theme_ids(text)


@pytest.mark.parametrize("text", RED_CELLS_TRANSFUSED)
def test_red_cells_transfused_stay_blood(text: str) -> None:
    assert "blood_transfusion_tissues" in theme_ids(text)


@pytest.mark.parametrize("text", HEAD_BANGED)
def test_head_banged_is_self_harm(text: str) -> None:
    assert "self_harm" in theme_ids(text)


@pytest.mark.parametrize("text", HEAD_KNOCKED_IN_A_SLIP)
def test_head_knocked_in_a_slip_is_no_self_harm(text: str) -> None:
    assert "self_harm" not in theme_ids(text)


@pytest.mark.parametrize("text", LETTER_SCANNED_TO_AN_INBOX)
def test_letter_scanned_to_an_inbox_is_no_imaging(text: str) -> None:
    assert "radiotherapy_screening" not in theme_ids(text)


@pytest.mark.parametrize("text", WRONG_PATIENT_X_RAYED)
def test_wrong_patient_x_rayed_stays_imaging(text: str) -> None:
    assert "radiotherapy_screening" in theme_ids(text)


@pytest.mark.parametrize("text", DOSE_NOT_GIVEN_UNTIL_LATER)
def test_dose_not_given_until_later_is_medication(text: str) -> None:
    assert "medication" in theme_ids(text)


@pytest.mark.parametrize("text", NOT_SEEN_UNTIL_LATER)
def test_not_seen_until_later_is_no_medication(text: str) -> None:
    assert "medication" not in theme_ids(text)


@pytest.mark.parametrize("text", SCORE_READING)
def test_score_reading_is_no_staff_count(text: str) -> None:
    assert "staffing_infrastructure_estates" not in theme_ids(text)


@pytest.mark.parametrize("text", HEAD_COUNT_OF_STAFF)
def test_head_count_of_staff_stays_staffing(text: str) -> None:
    assert "staffing_infrastructure_estates" in theme_ids(text)
