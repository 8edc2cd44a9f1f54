"""Round 46 (helper 6): a document about one incident lists the meeting's other business under
an "Other items:" heading ("Other points from the huddle:", "Any other business:" over a
bulleted list). Those lines tell other patients' incidents and other business: no evidence of
a theme. The report's own patient's "other concerns", an empty "Other items: none.", or the
reporter's "other points I want to add" still are."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Ward 6 huddle. Mrs K in bed 2 was given her enoxaparin twice, once at 18:00 by "
            "day staff and again at 22:00. no harm, anti-Xa checked.\nOther business: a fall in "
            "bay C overnight, no harm.\nActions: check chart before giving.",
            "falls",
        ),
        (
            "Theatre governance minutes\nCase: retained swab found on xray day 2 after "
            "laparotomy, returned to theatre.\nAny other business:\n- pressure damage audit "
            "88%\n- a patient fell in recovery, no injury\nActions: count policy refresh.",
            "falls",
        ),
        (
            "Theatre governance minutes\nCase: retained swab found on xray day 2 after "
            "laparotomy, returned to theatre.\nOther items at the meeting:\n- a grade 2 "
            "pressure ulcer on a heel after a long case\nActions: count policy refresh.",
            "pressure_ulcer",
        ),
        (
            "Other points from the huddle: bed 4 had a fall, no harm.\nMain item: pt given "
            "gentamicin 480mg instead of 240mg, levels high, dose held.",
            "falls",
        ),
    ],
)
def test_other_items_listed_are_no_evidence(text: str, theme: str) -> None:
    assert theme not in theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "pt found on floor beside bed at 03:00, unwitnessed fall. Other concerns: he also "
            "has a new category 2 pressure ulcer on his sacrum which was not reported.",
            "pressure_ulcer",
        ),
        (
            "pt slipped in the shower and fell, hit head. Falls: this is her third fall this "
            "admission, falls risk assessment not updated.",
            "falls",
        ),
        (
            "Other items: none.\npt fell from chair in day room, skin tear to arm, neuro obs "
            "started.",
            "falls",
        ),
        (
            "Staff statement. I found Mr B on the floor of bay 4 at 02:10, he had fallen.\n"
            "Other points I want to add: there were only 2 staff for 24 patients on the ward "
            "that night.",
            "staffing_infrastructure_estates",
        ),
    ],
)
def test_own_patients_events_still_count(text: str, theme: str) -> None:
    assert theme in theme_ids(text)
