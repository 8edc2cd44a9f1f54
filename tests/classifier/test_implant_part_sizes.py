"""Implant specification reasoning: a bare number before an implant part is that part's size."""

from __future__ import annotations

import pytest

from classifier.engine.implant_specs import mismatches
from classifier.engine.text import read


def _mismatched(text: str) -> list[tuple[str, str]]:
    doc = read(text)
    return [
        (m.planned.value, m.placed.value)
        for m in mismatches(doc.tokens, doc.sentence_of, doc.clause_breaks)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("shoulder - 36 glenosphere opened when 40 asked.", [("40", "36")]),
        ("Hemiarthroplasty - 49 head opened, measured 45.", [("45", "49")]),
        ("AVR - 21 valve opened and rinsing started, sizer 23.", [("23", "21")]),
        ("pedicle screw 7.5 diameter loaded on the driver when 5.5 requested.", [("5.5", "7.5")]),
    ],
)
def test_part_sizes_compared(text: str, expected: list[tuple[str, str]]) -> None:
    assert _mismatched(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2 screws opened when 3 planned.",  # a count, not a size
        "36 head opened, 36 head planned.",
    ],
)
def test_counts_and_equal_sizes_are_no_mismatch(text: str) -> None:
    assert _mismatched(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a drug's volume and its strength: the percentage has a unit of its own
        "performed a R adductor canal block (20ml 0.5% levobupivacaine) on a pt listed for L TKR.",
        "Block done with 30 ml 0.25% bupivacaine, as planned 2 mg midazolam given.",
        "Breast implant 350cc planned, 350 cc implanted, 1% lidocaine infiltrated.",
    ],
)
def test_number_with_its_own_drug_unit_takes_no_implant_unit(text: str) -> None:
    assert _mismatched(text) == []


def test_bare_number_still_takes_the_sentence_unit() -> None:
    assert _mismatched("29mm valve opened when 27 was planned.") == [("27", "29")]
