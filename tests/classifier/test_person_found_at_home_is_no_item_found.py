"""A person found in a state at home ("found deceased at home by carers", "found collapsed on
the kitchen floor at home") is where the patient was found, not an item found or passed at
home: beside a catheter the district nurses care for it is no retained object. A swab passed at
home after a repair stays never event 3."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

PERSON_FOUND_AT_HOME = [
    "Mrs K (91) found deceased at home on 14/05 by her carers. Our DN team visited twice a "
    "week for catheter care. Reporting for the coroner's information request.",
    "Pt found collapsed on the bathroom floor at home by his wife; DNs visit for catheter "
    "care. Admitted with AKI.",
]

ITEM_PASSED_AT_HOME = [
    "Woman 9 days post-natal passed a swab at home and brought it in to the GP. Perineal "
    "repair notes say swab count correct.",
]


@pytest.mark.parametrize("text", PERSON_FOUND_AT_HOME)
def test_person_found_at_home_is_no_retained_object(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", ITEM_PASSED_AT_HOME)
def test_swab_passed_at_home_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)
