"""How a wrong site's film, report, history and pre-op clinic are told: a film's side marker
("the R marker had been misread") is the image's label and a drain the check film shows "in a
good position" is a device placed as meant, so a drain put in on the side of a misread film is
never event 1, no retained item; the side told as wrong on another's report ("DGH confirmed the
side was wrong on their report", "the radiologist had reported the wrong side") is the incorrect
report the framework excludes; the part told as never treated before ("R eye has never been
injected before") is its history, not a dose held back, so a wrong eye injected and then
noticed stays never event 1; a side error found at a pre-op clinic weeks ahead, told as the
report's heading, is an error on paper only."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

DRAIN_ON_THE_SIDE_OF_A_MISREAD_FILM = [
    "ED. CXR read as R pneumothorax by the SHO and R chest drain inserted. Check film showed the "
    "drain in a good position in the R chest but the pneumothorax was on the L - the R marker "
    "had been misread. L drain inserted, R drain removed. DoC done.",
]

ITEM_SHOWN_LEFT_IN_ON_A_FILM = [
    "Post op CXR showed a swab marker in the R upper quadrant, count had been correct. Back to "
    "theatre, swab removed.",
    "Trauma call. R chest drain sited for haemothorax. Repeat CXR showed the drain tip sitting "
    "correctly; 2 days later CT showed a retained swab in the chest wall from the drain "
    "insertion pack. removed",
    "CT showed the tip of the guidewire sitting in the IVC, 3 days after the CVC was placed. IR "
    "retrieved it.",
]

SIDE_TOLD_AS_WRONG_ON_ANOTHERS_REPORT = [
    "Referred from the DGH for drainage of a R pleural effusion, their US report said right. Our "
    "reg aspirated on the R, dry tap. Images reviewed: effusion is on the L. DGH have confirmed "
    "the side was wrong on their report. L drain done.",
    "Pt listed for L knee arthroscopy based on the MRI report. Scope done on L, no pathology. "
    "The radiologist had reported the wrong side - R knee is the abnormal one. Addendum issued. "
    "R knee scoped later.",
]

SIDE_WRONG_ON_THE_TEAMS_OWN_LIST = [
    "Pt for L carpal tunnel release, R done in error by the reg, consent and marking both L. The "
    "side was wrong on the theatre list. DoC.",
]

PART_NEVER_TREATED_BEFORE_INJECTED = [
    "pt booked for R eye anti-VEGF. L eye prepped + injected, pt then asked why I had done that "
    "one. Checked consent, R eye documented, L eye had not been injected before. apologised, R "
    "eye done after a new time out.",
    "Injected the wrong knee with steroid (R instead of L), noticed when writing up. Pt says R "
    "knee has never been injected before. Informed GP.",
]

WRONG_EYE_CAUGHT_BEFORE_THE_INJECTION = [
    "Pt for R eye injection. L eye prepped, noticed at the final check before injecting, L eye "
    "has never been treated before. L prep removed and R done.",
]

SIDE_ERROR_FOUND_AT_A_PRE_OP_CLINIC_HEADING = [
    "Urology pre-op clinic 4 weeks before surgery. Pt for L nephrectomy but the list showed R. "
    "Noticed by the nurse, booking corrected.",
    "Pre-assessment clinic, 3 weeks before surgery. Pt listed for R inguinal hernia repair but "
    "consent and clinic letter say L. Booking amended by the admin team.",
    "Pre-assessment 2/52 before surgery. Pt listed for R carpal tunnel release - consent and "
    "clinic letter L. The booking was wrong, noticed by the nurse. List corrected by secretary.",
]

WRONG_SIDE_SET_UP_ON_THE_DAY_AFTER_A_CLINIC = [
    "Pre op assessment 2 weeks before. Consented for L carpal tunnel release. On the day the "
    "list said R and pt was marked R on the ward. Picked up at sign in, mark removed and "
    "re-sited L, list corrected.",
    "Pre-op clinic 2/52 ago, all fine. On day of surgery L hip prepped and draped but consent "
    "says R. Noticed at time out, re-prepped R side.",
]


@pytest.mark.parametrize("text", DRAIN_ON_THE_SIDE_OF_A_MISREAD_FILM)
def test_drain_on_the_side_of_a_misread_film_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", ITEM_SHOWN_LEFT_IN_ON_A_FILM)
def test_item_shown_left_in_on_a_film_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", SIDE_TOLD_AS_WRONG_ON_ANOTHERS_REPORT)
def test_side_told_as_wrong_on_anothers_report_is_excluded(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", SIDE_WRONG_ON_THE_TEAMS_OWN_LIST)
def test_side_wrong_on_the_teams_own_list_stays_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", PART_NEVER_TREATED_BEFORE_INJECTED)
def test_part_never_treated_before_injected_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", WRONG_EYE_CAUGHT_BEFORE_THE_INJECTION)
def test_wrong_eye_caught_before_the_injection_stays_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", SIDE_ERROR_FOUND_AT_A_PRE_OP_CLINIC_HEADING)
def test_side_error_found_at_a_pre_op_clinic_heading_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", WRONG_SIDE_SET_UP_ON_THE_DAY_AFTER_A_CLINIC)
def test_wrong_side_set_up_on_the_day_after_a_clinic_stays_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")
