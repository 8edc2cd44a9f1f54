"""Round 45 (helper 1): readings of wrong site and retained object reports.

- the wrong side's wound closed and the planned side then "done as planned" is a wrong-site
  operation, not a site done as planned; a bilateral booking is the plan;
- a search that came up empty ("not found in the tray") is no item found outside the patient;
- the "never" of "never event declared" negates no removal;
- the retained object never event named by its title, as what a case falls outside, is no item;
- a marker needle on a saved level-check image is the operation's localisation;
- a never event talked about in the present ("talk about") is talk, not an event.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "listed for R shoulder arthroscopy. portals made in the L shoulder before anyone "
        "noticed the mark. L portals sutured, R shoulder done as planned.",
        "consented for left inguinal hernia repair, incision made on the right groin. right "
        "wound closed, left side performed as planned.",
        "pt booked for R carpal tunnel release, L wrist incised first. L wound stitched and R "
        "wrist then done as consented.",
    ],
)
def test_wrong_side_closed_then_planned_side_done_is_wrong_site(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    "text",
    [
        "bilateral knee arthroscopy listed. R side closed, L side done as planned.",
        "pt booked for both knees to be scoped. R side closed, L side done as planned.",
        "pt listed for R knee arthroscopy. R knee done as planned, R wound closed with "
        "steristrips.",
    ],
)
def test_both_sides_planned_or_one_side_done_is_no_wrong_site(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "swab not found in the tray at the final count, xray after closure showed a swab in "
        "the abdomen",
        "needle count incorrect, needle not found on the table or in the sharps, post op xray "
        "showed needle in the wound",
        "guidewire not found on the trolley after CVC insertion, CXR next day showed the "
        "guidewire in the SVC",
    ],
)
def test_item_not_found_outside_then_imaged_inside_is_retained(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize(
    "text",
    [
        "needle missing at count, later found in the sharps tray, xray not needed",
        "Never event declared: catheter withdrawn too early and reinserted",
        "pt asked if the retained placenta was a never event, explained retained products are "
        "excluded from the retained foreign object never event",
        "retained products of conception not counted as a retained foreign object never "
        "event; ERPC done",
    ],
)
def test_titles_and_searches_are_no_retained_item(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "vaginal pack never removed after perineal repair, found by community midwife day 5",
        "swab left in vagina after repair found day 4. declared as retained foreign object "
        "never event",
    ],
)
def test_retained_item_still_read_beside_the_title(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


def test_marker_needle_on_saved_level_check_image_is_not_retained() -> None:
    text = (
        "level check with lateral fluoroscopy done by the SpR, image saved showing a marker "
        "needle, discectomy then done at the exposed level"
    )
    assert rule_never_event_codes(text)[0] != "3"


@pytest.mark.parametrize(
    "text",
    [
        "pt for spinal, the anaesthetist talk about the never event for wrong side block "
        "before starting. all correct",
        "the team discuss about wrong site surgery at huddle, no incident",
    ],
)
def test_never_event_talked_about_is_no_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, None)
