"""Round 46 (helper 2): retained items and implants read in long reports.

An item found on the floor or in the bin in another case of a list is that case's, not the
finding's; an injection's own needles are not items left in; an implant stopped "before it was
impacted/cemented" was caught before it went in.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

FOUND_OUTSIDE_IN_ANOTHER_CASE = [
    (
        "Theatre learning notes.\n1. Laparotomy: one large swab short at the closing count, the "
        "registrar felt round and the swab was found behind the spleen before the sheath was "
        "closed. Removed, count correct.\n2. Hand surgery: a needle missing at the end of the "
        "case was found on the floor under the table.",
        (None, "3"),
    ),
    (
        "SI panel. Pt 61M had an open inguinal hernia repair in March. CT in August showed a "
        "retained needle in the groin; the count had been signed as correct. Retrieved in "
        "September. The unit has had 3 other count discrepancies this year (a swab found in the "
        "linen skip, two needles found in the bin).",
        ("3", None),
    ),
]

FOUND_OUTSIDE_IN_THE_SAME_CASE = [
    (
        "Count at the end of a TKR one small swab short. Found in the clinical waste bin. "
        "Count then correct, pt to recovery.",
        (None, None),
    ),
    (
        "1. Lap chole: needle missing at the closing count. Searched and the needle was found "
        "on the floor under the table. Count correct. 2. Theatre 4 air handling fault.",
        (None, None),
    ),
]

INJECTION_NEEDLES_NOT_ITEMS_LEFT = [
    (
        "Caudal epidural under screening. The needle was placed and steroid injected. "
        "On the follow-up MRI 4 months later a disc bulge at L4/5.",
        (None, None),
    ),
    (
        "Knee injection: needle sited then local anaesthetic injected, needle out intact. "
        "Review CT showed nothing untoward.",
        (None, None),
    ),
]

INJECTION_NEEDLE_LATER_FOUND_LEFT = [
    (
        "Facet injection, spinal needle inserted and local injected. A CT 2 weeks later showed "
        "a needle tip retained in the paraspinal muscle, it had snapped off.",
        ("3", None),
    ),
]

IMPLANT_STOPPED_BEFORE_IT_WENT_IN = [
    (
        "Runner fetched a size 52 acetabular shell from a different system and it was opened. "
        "Before the shell was impacted the consultant noticed the packaging and stopped.",
        (None, "2"),
    ),
    (
        "A femoral stem from the wrong system was opened. Before it was cemented the scrub "
        "nurse spotted it and the correct stem was fetched.",
        (None, "2"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    FOUND_OUTSIDE_IN_ANOTHER_CASE
    + FOUND_OUTSIDE_IN_THE_SAME_CASE
    + INJECTION_NEEDLES_NOT_ITEMS_LEFT
    + INJECTION_NEEDLE_LATER_FOUND_LEFT
    + IMPLANT_STOPPED_BEFORE_IT_WENT_IN,
)
def test_items_and_implants_in_long_reports(text: str, expected: tuple) -> None:
    assert never_event_codes(text) == expected
