"""A recipient's receiving of a blood unit told in other words (never event 12, near miss 12).

The recipient may be told as having "got" or "had" the unit, or as having "recieved" or
"recived" it (misspelt), rather than as "given" or "transfused" it: the group told after the
verb is still the unit's, and the patient getting it is still its going in. A unit fetched
("the HCA got the unit from the fridge"), one about to be got, one nearly got, or a
compatible group is no never event.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes

NEVER_EVENT_12 = ("12", None)
NEAR_MISS_12 = (None, "12")
NOTHING = (None, None)

CASES = [
    # the recipient got, had or (misspelt) received the wrong group: never event 12
    ("Pt got 1 unit grp A RBC despite being group O, error found at handover.", NEVER_EVENT_12),
    ("man recieved grp B red cells whilst being grp A, found on the ward round", NEVER_EVENT_12),
    (
        "Despite being group O neg, the lady got a group AB unit of red cells on the ward "
        "overnight.",
        NEVER_EVENT_12,
    ),
    ("pt recived group A rbc while being group O, WBIT identified next day.", NEVER_EVENT_12),
    (
        "Whilst being grp B, patient got group A packed cells in theatre, collected for the "
        "wrong pt.",
        NEVER_EVENT_12,
    ),
    (
        "Elderly man had 2 units of grp B RBC despite being grp O; wrong pt's blood collected.",
        NEVER_EVENT_12,
    ),
    ("pt recieved a grp AB unit of platelets whilst being grp O, found later.", NEVER_EVENT_12),
    # look-alikes: a unit fetched, about to be got, nearly got, or compatible
    (
        "Pt about to get group A red cells while being group O; bedside check stopped it, not "
        "spiked.",
        NEAR_MISS_12,
    ),
    ("Pt got group O red cells while being group A, O is universal donor.", NOTHING),
    (
        "HCA got the group A unit from the fridge for the pt, who is group O; noticed at the "
        "bedside check before spiking.",
        NEAR_MISS_12,
    ),
    ("pt recieved group A red cells while being group A, uneventful.", NOTHING),
    ("Pt got upset during the bedside check; unit group O pos, pt group O pos.", NOTHING),
    ("Lab recieved the G&S sample, grouped O pos; group O units issued.", NOTHING),
    (
        "Night reg got a positive troponin back for the pt in bay 2, group O on her G&S; no "
        "blood needed.",
        NOTHING,
    ),
    (
        "Pt nearly got group B red cells despite being group A - 2nd checker noticed before "
        "spiking.",
        NEAR_MISS_12,
    ),
    (
        "Porter got 2 units of group A red cells for the pt despite her being group O; stopped "
        "at the bedside.",
        NEAR_MISS_12,
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_receiving_told_in_other_words(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_receiving_told_in_other_words_by_the_rules(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert rule_never_event_codes(text) == expected
