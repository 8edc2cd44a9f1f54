"""Look-alikes of today's wrong-site readings (never event 1 / near miss 1), found at review.

Each reading met a wording it was not written for:

- the first invasive step begun (engine.act_begun): a general anaesthetic is given at no site,
  and a thing told as the purpose of another verb ("consent taken for L breast biopsy") is no
  sample taken;
- the other aspect of a site (engine.site_aspect): an aspect naming the way in ("via a
  posterior approach although planned anterior") is no site;
- a raised wrong site answered (engine.concerns): "appropriate" describing a thing ("drain in
  appropriate position") is no verdict of the review;
- the catch told impersonally (engine.wrong_site_done.first_catch): a noting at the checks of
  something else ("it was noted that the pt was allergic to latex") caught nothing;
- two patients' names alike and another list (engine.patient_identity): a list "for next week"
  is a day, not another room's list; "the correct pt confirmed" at the check is no right one
  fetched; "nothing done about" something else tells no procedure held back.

What the readings were written for still reads (the second list).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

MISREAD_BEFORE = [
    (
        "Pt anaesthetised, general anaesthetic given and R leg prepped and draped when the scrub "
        "nurse noticed the consent was for the L knee. Stopped, re-prepped L.",
        (None, "1"),
    ),
    (
        "Consent taken for L breast biopsy, R breast marked. Noticed at time out, stopped, "
        "remarked L.",
        (None, "1"),
    ),
    (
        "Consent taken for L breast biopsy. At time out noticed R breast had been marked, stopped "
        "and re-marked L before anything done.",
        (None, "1"),
    ),
    (
        "Pt was on the list for next week but brought forward to today due to a cancellation. Pt "
        "brought to theatre, LA given, R carpal tunnel release done. Uneventful.",
        (None, None),
    ),
    (
        "Hip replacement done via posterior approach although planned anterior approach; "
        "consultant decision on the day due to body habitus.",
        (None, None),
    ),
    (
        "Incident reported as a never event: wrong side chest drain, inserted L instead of R. CXR "
        "reviewed, drain in appropriate position.",
        ("1", None),
    ),
    (
        "At sign in it was noted that the pt was allergic to latex. R femoral block given, then "
        "the surgeon noticed the consent was for the L hip.",
        ("1", None),
    ),
    (
        "Mrs Ann Evans in bed 4 and Mrs Anne Evens in bed 6 both on the ward. LP tray set up at "
        "bed 6, correct pt confirmed with wristband, LP done.",
        (None, None),
    ),
    (
        "Two pts with the same surname on the ward. LP tray set up at bed 6, correct pt "
        "confirmed with wristband, LP done.",
        (None, None),
    ),
    (
        "Nothing done about the missing wristband on the ward. Wrong patient brought to the "
        "procedure room and LP performed on him.",
        ("1", None),
    ),
]

STILL_READ = [
    (
        "Pt under general anaesthetic, LA infiltrated into the R knee before the scrub nurse "
        "noticed the consent was for the L knee.",
        ("1", None),
    ),
    (
        "Consent for L breast biopsy; core biopsy taken from the R breast before the "
        "radiographer noticed the request said L.",
        ("1", None),
    ),
    (
        "PNA done on the medial border of the R hallux, consent was for the lateral border. "
        "Noticed after phenolisation.",
        ("1", None),
    ),
    (
        "Scrub nurse reported it as a possible wrong site. Reviewed by the clinical lead, the "
        "excision was clinically appropriate.",
        (None, None),
    ),
    (
        "She was on the other session's list; the nurse called her in, scope passed and biopsies "
        "taken before ID checked.",
        ("1", None),
    ),
    (
        "Pt was on the 2pm list in the next theatre for a cystoscopy; called into our theatre by "
        "mistake, scope passed before the WHO check.",
        ("1", None),
    ),
    (
        "Pt was on the list in the next room for a TP biopsy. Pt brought into our room, checked "
        "ID, realised wrong room, sent back. Nothing done.",
        (None, "1"),
    ),
    (
        "Microsuction done on R ear, referral was for L ear wax. No harm.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MISREAD_BEFORE)
def test_look_alike_read_as_the_guide_reads_it(text: str, expected: tuple) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), STILL_READ)
def test_what_the_readings_were_written_for_still_reads(text: str, expected: tuple) -> None:
    assert never_event_codes(text) == expected
