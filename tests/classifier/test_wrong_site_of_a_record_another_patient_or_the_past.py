"""Whose act a wrong side or site was: a wrong site told as the patient's history before the
report's own event (a time long gone or another place in its sentence, the report coming to
"today" after it, nothing found between) is not this report's never event 1; a side told as
where a paper was filed ("scanned into the L eye episode", "filed under the R eye") or as
another patient's while nothing was done on anyone ("images ... of another patient listed for R
knee replacement") is no side of this patient's procedure. Each with the look-alikes that must
not change: a wrong site of long ago found now, a side after "our pt" beside another patient's,
an act on the other patient, sides of this patient's own operation set against each other."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# ------------------------------------------------------------------ the patient's history


@pytest.mark.parametrize(
    "text",
    [
        "Pt had a L TKR here in 2018 that was done on the wrong knee (should have been R) and she "
        "is understandably nervous. Today her op was cancelled on the day due to no beds.",
        "Previous wrong site surgery on this patient in 2020 (R inguinal hernia repaired instead "
        "of L). Attended today for outpatient review, anxious about the planned L repair, "
        "reassured by consultant.",
        "Pt had wrong site surgery at another trust years ago (wrong finger) and is very anxious. "
        "Today the list was delayed 2 hrs as the surgeon was in ED.",
    ],
)
def test_a_wrong_site_of_the_patients_past_before_todays_event_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pt had a R knee arthroscopy in 2019; MRI this month shows the torn meniscus is in "
            "the L knee and the R knee was normal - wrong side surgery identified, DoC started.",
            ("1", None),
        ),
        (
            "Yrs ago the pt had an L inguinal hernia repair. Today listed for a R inguinal hernia "
            "repair, the L groin was incised by the reg in error. Stopped and closed, R side then "
            "repaired.",
            ("1", None),
        ),
        (
            "Wrong side block: anaesthetist injected the R femoral nerve block, pt listed for L "
            "TKR. Stop before you block not done. Datix, DoC.",
            ("1", None),
        ),
        (
            "Reg started incision on the R groin for a L hernia repair, stopped after skin "
            "incision when the scrub nurse queried. Wound closed, L side repaired.",
            ("1", None),
        ),
    ],
)
def test_a_wrong_site_found_now_or_done_today_stays(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# ------------------------------------------------------------------ a record's or another's side


@pytest.mark.parametrize(
    "text",
    [
        "Clinic letter for the R eye glaucoma review was scanned into the L eye cataract episode "
        "in error, so the IOP results were not seen for 6 weeks. Letter moved to the right "
        "episode.",
        "At time out the images on the PACS screen were of another patient listed for R knee "
        "replacement. Our pt was having L TKR, mark on L knee, consent L. Correct images pulled "
        "up and the list continued.",
        "Ophthalmology referral for urgent (suspected wet AMD) L eye lost - letter scanned into "
        "the record under the R eye cataract episode, so it was never triaged.",
        "Referral for R carpal tunnel decompression lost - filed under the L hand episode and "
        "never booked. Pt waited 9 months, now weak grip.",
    ],
)
def test_a_side_of_a_filed_paper_or_another_patients_images_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two pts on the list with the same surname. The previous patient on the list was for "
            "R TKR; our pt was listed for L TKR but the R knee was prepped and incised. Noticed "
            "by the consultant after skin incision.",
            ("1", None),
        ),
        (
            "Scan images for another pt were on the screen; the surgeon marked the R knee from "
            "them though our pt was listed for L knee. Caught at the time out, mark changed "
            "before start.",
            (None, "1"),
        ),
        (
            "At time out the consent said L hip but the marking was on R hip. Op stopped before "
            "knife to skin, pt re-marked and consented correctly.",
            (None, "1"),
        ),
        (
            "Pt listed for L inguinal hernia repair, the R side was marked in the anaesthetic "
            "room and this was caught at time out. Re-marked.",
            (None, "1"),
        ),
        (
            "Cataract surgery performed on the R eye, pt was listed and consented for the L eye. "
            "Identified after the op when checking the notes.",
            ("1", None),
        ),
    ],
)
def test_this_patients_own_sides_against_each_other_stay(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ward clerk printed wristband with the wrong pts details (other pt in bay with same "
        "surname) for pt going for lap chole. Noticed by the nurse on the ward before he left for "
        "theatre, band reprinted.",
        "HCA pulled the wrong set of notes for Mr Jones (two Mr D Jones in clinic today) and the "
        "dr noticed the DOB didnt match before calling him in. correct notes obtained.",
        "Nurse dressed the wrong leg - ulcer dressing applied to R leg instead of L. Noticed at "
        "next visit.",
        "Biometry for the R eye was saved to the previous patients record by the optometrist; "
        "noticed at the next scan, both records corrected, no lens had been ordered.",
    ],
)
def test_papers_bands_and_care_of_the_wrong_one_stay_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)
