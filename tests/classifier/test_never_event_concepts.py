"""Never-event concepts generalised from new narratives: retained items found later, implant
specifications beyond size, and the ways a caught error is reported."""

from __future__ import annotations

import pytest

from classifier.engine.closure_order import timing
from classifier.engine.implant_specs import mismatches
from classifier.engine.text import read
from tests.classifier.outcomes import never_event_codes


def test_a_denied_closure_is_not_a_closure() -> None:
    doc = read("count one short. wound not closed, swab found in the pelvis and removed")
    found = timing(doc.tokens, doc.sentence_of)
    assert not found.after


@pytest.mark.parametrize(
    "text",
    [
        "PCI: a bare metal stent was deployed. Plan was a drug eluting stent.",
        "Pt needed an MRI conditional system. New generator was a non MRI-conditional model.",
        "mechanical valve implanted. Pt consented and planned for a tissue AVR.",
    ],
)
def test_word_specifications_pair_plan_and_placement(text: str) -> None:
    doc = read(text)
    assert mismatches(doc.tokens, doc.sentence_of, doc.clause_breaks)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Washout of TKR at 4 weeks: a radiopaque swab found deep in the lateral gutter.",
            ("3", None),
        ),
        (
            "Next day CXR: radiologist reported a guidewire within the SVC. Snared in IR.",
            ("3", None),
        ),
        (
            "XR shows a small metallic fragment in the palm, consistent with a broken blade tip.",
            ("3", None),
        ),
        (
            "lap chole: count short 1. relooked before ports removed, swab found under the liver.",
            (None, "3"),
        ),
        (
            "Woman admitted with toxic shock, a tampon that she had inserted herself was found.",
            (None, None),
        ),
        (
            "Vaginal pack inserted after repair, documented with instruction to remove in 24hrs."
            " Removed day 1 intact.",
            (None, None),
        ),
        (
            "THR: 28mm head opened when the liner is a 32mm. Picked up at the implant check"
            " before impaction.",
            (None, "2"),
        ),
    ],
)
def test_retained_and_implant_concepts(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
