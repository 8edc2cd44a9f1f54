"""How a patient's past retained item, a swab passed at home, a tube put in again, a wrong
patient stopped before the needle and a never event named as the framework's case are told: a
past item told by the patient with its year, the years gone by or the other hospital first
("says that in 2019 while in hospital in Leeds he was told a fragment of guidewire had been left
in") is history, unless a finding follows; something passed and then told as what it turned out
to be ("passed something in the toilet ... it was a vaginal swab") is the item found; "wasn't
told a swab was used" is no disproof of one; "removed, retubed" is the redo the feed follows;
"no LA or needle" is the catch before the procedure began; "feeding down a misplaced tube would
be a never event" is the framework's case, not this report's tube. Each with its look-alike."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# ------------------------------------------------------------------ 3 the patient's past item


@pytest.mark.parametrize(
    "text",
    [
        "New admission to HMP. He reports that back in 2019 while in hospital in Leeds he was "
        "informed a fragment of guidewire had been left in his chest. No symptoms. GP to "
        "follow up.",
        "Health screen at reception. Prisoner states 6 years ago at a hospital abroad a swab was "
        "left inside him after an appendicectomy. No records available, GP review booked.",
        "Clinic letter: pt mentioned that at a previous hospital a piece of wire was retained "
        "after a line insertion, she was told it was safe to leave. No action needed today.",
        "Pt disclosed at pre-op that several years ago a swab was left in after her hysterectomy "
        "and she needed another operation. Records requested from the other trust.",
    ],
)
def test_past_item_told_by_the_patient_time_first_is_history(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt says that in 2020 a swab was left inside her after her section and it was found on "
        "CT today in the pelvis. Referred to gynae.",
        "Pt attended ED saying that in 2023 a swab had been left in after her op here, and today "
        "she passed it at home. Reviewed by gynae reg.",
    ],
)
def test_past_item_with_a_finding_told_after_it_is_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


# ------------------------------------------------------------------ 3 something passed at home


@pytest.mark.parametrize(
    "text",
    [
        "Day 4 postnatal, woman rang triage saying she had passed something in the toilet, "
        "brought it in - it was a blood stained vaginal swab. Swab count documented correct.",
        "Community MW visit. Woman expelled an object at home which turned out to be a rolled "
        "gauze swab. Had perineal repair on delivery suite. Datix and governance informed.",
        "Woman passed something in the bath on day 3 which she kept, it is a tampon swab with a "
        "tape. She says she was never told a swab was used at her repair.",
    ],
)
def test_something_passed_told_as_a_swab_is_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize(
    "text",
    [
        "Woman said she passed something in the shower - it was a large clot. No swab used at "
        "delivery. Reassured.",
        "Postnatal check day 6, woman said she passed a lump in the shower which was a clot. "
        "Swab count correct at delivery. Obs normal.",
    ],
)
def test_something_passed_told_as_a_clot_is_no_retained_item(text: str) -> None:
    assert never_event_codes(text) == (None, None)


# ------------------------------------------------------------------ 13 the tube put in again


@pytest.mark.parametrize(
    "text",
    [
        "NGT placed for feed, CXR reported tip in L main bronchus. Nothing given. Tube removed "
        "and re-tubed by the nutrition team, repeat xray tip below diaphragm, feed started 18:00.",
        "NG tube inserted on ward 9, pH 7 so CXR: tube in the R lower lobe bronchus. No feed or "
        "flush given. Removed, retubed, 2nd film in stomach, feeding commenced.",
    ],
)
def test_tube_in_the_airway_retubed_before_the_feed_is_near_miss_13(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


def test_feed_started_before_the_film_was_read_stays_never_event_13() -> None:
    text = (
        "NGT passed, CXR showed tube in R bronchus. Feed was started at 14:00 before the film "
        "was reviewed. Removed, retubed."
    )
    assert never_event_codes(text) == ("13", None)


# ------------------------------------------------------------------ 13 the never event named


@pytest.mark.parametrize(
    "text",
    [
        "Investigation: NGT placed, pH 5, x-ray confirmed in the stomach, feed started next "
        "morning. Staff correctly waited; giving feed down a misplaced tube would be a never "
        "event.",
        "Learning: flushing water down an NG tube in the lung would be a never event, so the "
        "team waited for the CXR. Tube was in the stomach, feed started.",
    ],
)
def test_never_event_named_as_what_would_have_been_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Feed given via NGT which was in the R bronchus on CXR, this would be a never event.",
        "NG feed ran for 3 hrs via tube in R main bronchus, would be classed as a never event "
        "and reported.",
    ],
)
def test_tube_used_in_the_airway_named_a_never_event_stays_never_event_13(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


# ------------------------------------------------------------------ 1 wrong patient stopped


@pytest.mark.parametrize(
    "text",
    [
        "CT guided lung biopsy. Porter brought John Smith from ward 4 instead of John Smyth from "
        "ward 14. Pt on the table and skin prepped before time out - DOB didnt match. Stopped, no "
        "LA or needle. Pt returned and apologised to.",
        "IR list: wrong pt brought down, same surname. At time out the wristband did not match "
        "the request. Procedure stopped, no local or needle used.",
    ],
)
def test_wrong_patient_stopped_before_local_or_needle_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


def test_wrong_patient_found_after_the_needle_stays_never_event_1() -> None:
    text = (
        "Liver biopsy: porter brought the wrong patient, ID did not match at the check. Biopsy "
        "needle already passed before the mismatch was noticed."
    )
    assert never_event_codes(text) == ("1", None)
