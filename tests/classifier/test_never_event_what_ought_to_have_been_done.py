"""What ought to have been done, told beside the event, is no catch.

"A swab which should have been removed before closure was found on CT" names the care the
patient did not get: the "before closure" belongs to what should have happened, so the swab
was not found before the end of the operation. The same holds for a check that "should have"
picked up a wrong side before the incision. A catch told in its own clause stays a near miss.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Throat pack which should have been removed before extubation was found in the "
            "pharynx the next morning when the pt complained of choking.",
            "3",
        ),
        (
            "A swab which should have been removed before closure was found on CT on day 4; "
            "relook laparotomy.",
            "3",
        ),
        (
            "The guidewire should have been removed before the line was sutured; it was seen "
            "coiled in the SVC on the CXR.",
            "3",
        ),
        (
            "The pack was meant to be removed before extubation but was left in and found by "
            "the ward nurse at 18:00.",
            "3",
        ),
        (
            "The wrong side should have been noticed at the time out before the incision; the "
            "L knee was scoped instead of the R.",
            "1",
        ),
    ],
)
def test_what_ought_to_have_been_done_before_the_end_is_no_catch(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The wrong side was marked, which should have been picked up at sign in; it was "
            "noticed at the time out before the incision and the marking was corrected.",
            "1",
        ),
        (
            "The count should be done before closure; it was short by one swab, which was found "
            "in the abdomen before closing and removed.",
            "3",
        ),
    ],
)
def test_a_catch_told_in_its_own_clause_stays_a_near_miss(text: str, code: str) -> None:
    assert never_event_codes(text) == (None, code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "not inserted until ...": a delay told, the act done in the end
        (
            "Wrong lens implanted in the right eye (21D not 24D). The correct lens was not "
            "inserted until the exchange a week later.",
            "2",
        ),
        # a syringe thrown away after the dose, with nothing made again
        (
            "Nurse gave the oral Oramorph via the PICC line, then threw the syringe away before "
            "anyone saw it. Pt monitored.",
            "5",
        ),
    ],
)
def test_a_delay_or_a_syringe_thrown_away_after_the_dose_is_no_catch(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)
