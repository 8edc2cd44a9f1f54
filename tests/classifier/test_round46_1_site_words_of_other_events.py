"""Round 46 (helper 1): wrong-site words that are not this report's operation.

- the reporter's category by the framework's title ("ticked wrong site surgery / wrong
  procedure") names no procedure done;
- never events of an earlier period or earlier in the year, counted in a board report, and a
  wrong-site operation of the patient's past at another hospital, told time first, are history;
- "left" as the verb of a blank field, and a side only marked or prepped "had", are no side
  operated on.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Datix coded as wrong site surgery / wrong procedure by the reporter; on review the "
        "procedure done was the one on the consent form.",
        "Reporter selected wrong site surgery in error - the physio applied the ice pack to the "
        "R knee rather than the L. No procedure done.",
        "the theatre nurse ticked never event - wrong site surgery / wrong procedure because "
        "the consent form was unsigned. The operation done was the one listed.",
    ],
)
def test_reporter_category_title_is_no_procedure(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "No never events in month 8 (month 7: 2, wrong site block and retained swab). Falls "
        "increased on ward 4.",
        "The previous two never events (wrong site block, retained guidewire) have closed "
        "action plans. This month a pt fell on ward 4.",
        "Pt told pre-op nurse that many years ago at another hospital she had the wrong eye "
        "injected. Today's L cataract done uneventfully.",
        "pt said that 20 years ago at a different hospital he had an operation on the wrong "
        "hand. very anxious, marking explained, R carpal tunnel release done as planned.",
    ],
)
def test_earlier_never_events_are_history(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt with R sided flank pain had a CT abdomen. The request form had the allergy field "
        "left blank and the contrast was given.",
        "R shoulder pain, x-ray requested; the consent section was left unsigned by the F1.",
    ],
)
def test_left_blank_is_no_side(text: str) -> None:
    assert never_event_codes(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Ward had marked the left leg although the consent was for the right; noticed at sign "
        "in before anaesthetic, mark removed and right leg marked. Procedure done on the right.",
    ],
)
def test_side_only_marked_is_caught(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(
    "text",
    [
        "Pt had L carpal tunnel release planned, consent L. Surgeon released the right carpal "
        "tunnel in error. Previous never events this year (retained swab) were discussed.",
        "Consent for right knee arthroscopy; registrar had marked the right knee but the scope "
        "was inserted into the left knee. Wrong site never event declared.",
        "Ward had prepped the L hip. Surgeon operated on the right hip instead of the planned "
        "left. never event.",
    ],
)
def test_wrong_side_operation_still_found(text: str) -> None:
    assert never_event_codes(text) == ("1", None)
