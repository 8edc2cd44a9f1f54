"""A never event of the past told by its year and then its drug, tube or device ("a previous
never event in 2022 (methotrexate given daily) was discussed"), or one of the region or the
nation shared as learning ("Learning from the regional wrong site surgery never event",
"we discussed the national retained guidewire never event"), is past_never_event: its words
are no event of this report, whose own event (a weekly dose late, a checklist not done) is
no never event. A report's own overdose or wrong site, likened to a past one or declared to
the region, stays."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

PAST_OR_ELSEWHERE = [
    "Team learning session: a previous never event in 2021 (methotrexate taken daily for a "
    "week) was presented. Today pt's weekly MTX was given a day late as not on the round.",
    "the never event on this ward in 2022 (mtx given daily) was used as a case study. Today "
    "pt's weekly methotrexate 15mg omitted as not on the drug round list.",
    "Learning from the regional wrong site surgery never event shared at the huddle. Our "
    "incident: WHO sign out not done twice this week on the ortho list.",
    "we discussed the national retained guidewire never event at the ED governance meeting. "
    "today a central line pack was opened and the guidewire found kinked, new pack used",
]

OWN_EVENT = [
    "pt with RA prescribed methotrexate 10mg daily instead of weekly, took it daily for 5 "
    "days, admitted with neutropenia. This is similar to our never event in 2022.",
    "despite the never event in 2022 (mtx given daily), pt on ward 3 with psoriasis was given "
    "methotrexate 10mg daily for 3 days, bloods show neutropenia",
]


@pytest.mark.parametrize("text", PAST_OR_ELSEWHERE)
def test_past_or_regional_never_event_is_no_never_event_here(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", OWN_EVENT)
def test_own_overdose_stays_never_event_7(text: str) -> None:
    assert never_event_codes(text) == ("7", None)


def test_own_wrong_site_declared_to_the_region_stays() -> None:
    text = "wrong site block given, R instead of L. declared to the regional team as a never event"
    assert never_event_codes(text) == ("1", None)
