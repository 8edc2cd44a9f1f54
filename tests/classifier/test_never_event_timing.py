"""Word-order reasoning of never events: when a missing item was found (before or after
closure), prevented cues that are not preventions, per-rule `unless`, implant spec clauses."""

from __future__ import annotations

import pytest

from classifier.engine.closure_order import timing
from classifier.engine.implant_specs import mismatches
from classifier.engine.text import read
from tests.classifier.outcomes import never_event_codes


def _timing(text: str) -> tuple[int, int]:
    doc = read(text)
    found = timing(doc.tokens, doc.sentence_of)
    return len(found.before), len(found.after)


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        ("swab found in the pelvis and removed before closing", 1, 0),
        ("a swab was removed from the vagina before the repair was completed", 1, 0),
        ("wound was closed. swab found on CT 2 weeks later", 0, 1),
        ("pt closed anyway, swab subsequently removed at relaparotomy", 0, 1),
        # the closure told next, after the find ("then closed"): found before the closure
        ("swab found in the wound and removed, wound then closed", 1, 0),
        # a closure told looking back is no order ("tear sutured on delivery suite")
        ("swab found in the vagina and removed. tear sutured on delivery suite", 0, 0),
    ],
)
def test_closure_order(text: str, before: int, after: int) -> None:
    got_before, got_after = _timing(text)
    assert (got_before > 0, got_after > 0) == (before > 0, after > 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Count short at closure; surgeon re-explored and found the swab in the pelvis "
            "before closing, removed, count then correct.",
            (None, "3"),
        ),
        (
            "count short at closure - pt closed anyway as xray unavailable, swab subsequently "
            "removed at relaparotomy",
            ("3", None),
        ),
        (
            "Foreign body identified at the check xray post op - a suture needle seen in the "
            "abdomen although the count had been declared correct at closure.",
            ("3", None),
        ),
        (
            "nearly 10mg of midazolam given before the nurse noticed the ampoule was 5mg/ml - "
            "pt in endoscopy for ERCP sedation, very drowsy and reversed",
            ("8", None),
        ),
        (
            "Endoscopy: midazolam 5mg/ml drawn up for sedation, nearly given but the second "
            "nurse noticed, discarded",
            (None, "8"),
        ),
        (
            "Drill bit fragment broke in the tibia, surgeon decided not to retrieve it as risk "
            "outweighed benefit, documented in op note",
            (None, None),
        ),
        (
            "IR conscious sedation for nephrostomy - midazolam 50mg/10ml taken from ITU stock "
            "and used, pt oversedated",
            ("8", None),
        ),
        ("ITU pt on midazolam 5mg/ml infusion for sedation, rate error", (None, None)),
    ],
)
def test_reached_or_prevented(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


def test_implant_side_unless_ignores_its_own_evidence() -> None:
    text = "Right knee replacement. A tibial tray labelled for the left knee was implanted."
    assert never_event_codes(text)[0] == "2"


def test_spec_value_takes_the_cue_of_its_own_clause() -> None:
    doc = read("consent and clinic letter state 350cc implants, 400cc implants were inserted")
    found = mismatches(doc.tokens, doc.sentence_of, doc.clause_breaks)
    assert [(m.planned.value, m.placed.value) for m in found] == [("350", "400")]
