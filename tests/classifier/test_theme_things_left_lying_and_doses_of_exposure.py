"""Round 76, helper 5: things left lying, a bell out of reach, exposure doses, births long past.

- A thing, not a person, found or lying on the floor or the ground ("handover sheet found on
  the ground in the car park", "a used needle lying on the floor") is something lost or
  dropped, no fall; a patient found on the floor still fell, also when a sheet or tablets are
  named just before.
- The kick bucket of a theatre, where used swabs go, is no kick
  (behaviour_abuse_safeguarding); a patient kicking a member of staff still is.
- A call bell left out of the patient's reach is how the patient was left, no fault of the
  building nor a shift short of staff (staffing_infrastructure_estates); a bell broken, a bell
  not answered for want of staff and a toilet pull cord tied up out of reach still are.
- The dose of an exposure reported under IR(ME)R or told as minimal is no medicine's dose
  (medication); a drug given in the wrong dose still is.
- A caesarean or a birth told as the patient's own past, at another hospital or in an earlier
  year, is background to a later event, no maternity care (maternity_perinatal); a caesarean
  of the current stay ("day 1 after a caesarean") still is.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

FALLS = "falls"
BEHAVIOUR = "behaviour_abuse_safeguarding"
STAFFING = "staffing_infrastructure_estates"
MEDICATION = "medication"
MATERNITY = "maternity_perinatal"

THING_FOUND_ON_THE_FLOOR = [
    "Printed bed list with pt names and diagnoses found on the ground outside the main entrance "
    "by a porter. IG lead informed.",
    "A prescription for oramorph found on the ground in the hospital car park, returned to "
    "pharmacy.",
    "Used needle left on the floor of the clinic room after the morning list, found by the "
    "domestic. No injury.",
    "Two tablets found on the floor under bed 4 at the morning drug round, pt unsure if they "
    "were hers.",
    "Staff smartcard was found on the floor of the lift by a visitor, handed to security.",
    "Clinic letters found on the ground in the street by a member of the public and handed in "
    "to reception.",
]

PERSON_FOUND_ON_THE_FLOOR = [
    "The night handover sheet said she was found on the floor at 03:00 but no datix was done.",
    "Pt dropped her tablets, bent to pick them up and fell, found on the floor by the HCA.",
    "Pt found on the floor by the bed at 02:00, no head injury, handed over to the day team.",
    "Resident found on the ground in the garden by a carer, hip pain, 999 called.",
]

KICK_BUCKET = [
    "Closing count 1 swab short. Wound checked, swab then found in the kick bucket under other "
    "used swabs. Count correct.",
    "Swabs counted out of the kickabout bucket by the circulator, one missing, found on the "
    "trolley.",
]

KICKED_SOMEONE = [
    "Pt kicked the HCA in the stomach during personal care, security called.",
    "Pt kicked over the kick bucket in recovery and then kicked the ODP.",
]

BELL_OUT_OF_REACH = [
    "Found on the floor beside the bed at 04:00. Call bell was behind the locker out of reach.",
    "Fell trying to reach the commode, call bell not in reach.",
    "Call bell had been hung on the back of the chair out of reach, pt found on the floor.",
    "Pt slid out of chair, call bell left out of reach by the bed.",
]

BELL_A_FAULT_OR_UNANSWERED = [
    "Pt fell in the bathroom, the call bell in the bathroom was not working.",
    "Pt fell, call bell broken since Monday, estates informed.",
    "Call bell not answered for 25 mins as only 1 RN on for 20 pts, pt got up and fell.",
    "Pt fell in the toilet, buzzer pull cord tied up out of reach.",
]

DOSE_OF_AN_EXPOSURE = [
    "Wrong pt x-rayed, ID checked by name only. IR(ME)R notification done, both pts informed, "
    "dose minimal.",
    "Wrong knee x-rayed as request was for the left. Radiation dose minimal, pt informed.",
    "CT done on the wrong pt. IRMER report made, effective dose 2 mSv, DoC done.",
]

DOSE_OF_A_MEDICINE = [
    "Morphine 10mg given instead of 1mg, pt drowsy, naloxone given.",
    "Gentamicin dose given 12 hours late as level not checked.",
]

BIRTH_LONG_PAST = [
    "Pt very anxious at pre-assessment as she had a retained swab after a c-section at another "
    "trust in 2014. Her hernia repair was then cancelled on the day for lack of beds.",
    "Lap chole cancelled for the second time. Pt distressed, says since her caesarean in 2011 "
    "she has found hospitals hard.",
    "Pt for hysterectomy tearful, previous LSCS 3 years ago with a wound infection, op cancelled "
    "as no bed.",
]

BIRTH_OF_THIS_STAY = [
    "Postnatal ward: day 1 after a caesarean section, burn from a hot water bottle at 02:00.",
    "Woman in room 8 with Hb 64 two days after a caesarean, 2 units prescribed, wrong unit given.",
    "Woman transferred in from another hospital after a c-section, PPH 1.5L on arrival.",
]


@pytest.mark.parametrize("text", THING_FOUND_ON_THE_FLOOR)
def test_thing_found_on_the_floor_is_no_fall(text: str) -> None:
    assert FALLS not in theme_ids(text)


@pytest.mark.parametrize("text", PERSON_FOUND_ON_THE_FLOOR)
def test_person_found_on_the_floor_still_fell(text: str) -> None:
    assert FALLS in theme_ids(text)


@pytest.mark.parametrize("text", KICK_BUCKET)
def test_kick_bucket_is_no_kick(text: str) -> None:
    assert BEHAVIOUR not in theme_ids(text)


@pytest.mark.parametrize("text", KICKED_SOMEONE)
def test_kicking_someone_still_counts(text: str) -> None:
    assert BEHAVIOUR in theme_ids(text)


@pytest.mark.parametrize("text", BELL_OUT_OF_REACH)
def test_bell_out_of_reach_is_no_estates_or_staffing(text: str) -> None:
    themes = theme_ids(text)
    assert STAFFING not in themes
    assert FALLS in themes


@pytest.mark.parametrize("text", BELL_A_FAULT_OR_UNANSWERED)
def test_bell_fault_or_unanswered_still_counts(text: str) -> None:
    assert STAFFING in theme_ids(text)


@pytest.mark.parametrize("text", DOSE_OF_AN_EXPOSURE)
def test_dose_of_an_exposure_is_no_medicine(text: str) -> None:
    assert MEDICATION not in theme_ids(text)


@pytest.mark.parametrize("text", DOSE_OF_A_MEDICINE)
def test_dose_of_a_medicine_still_counts(text: str) -> None:
    assert MEDICATION in theme_ids(text)


@pytest.mark.parametrize("text", BIRTH_LONG_PAST)
def test_birth_long_past_is_no_maternity_care(text: str) -> None:
    assert MATERNITY not in theme_ids(text)


@pytest.mark.parametrize("text", BIRTH_OF_THIS_STAY)
def test_birth_of_this_stay_still_counts(text: str) -> None:
    assert MATERNITY in theme_ids(text)
