"""Wrong site set up but caught before anything invasive, eye abbreviations, implant specs."""

from __future__ import annotations

import pytest

from classifier.engine.implant_specs import mismatches, spec_values
from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "YAG capsulotomy done on RE. Request from the surgeon was LE posterior capsule "
            "opacification.",
            ("1", None),
        ),
        (
            "Time out: arrow found on L knee, consent and list R TKR. Mark removed, correct side "
            "re-marked, no harm.",
            (None, "1"),
        ),
    ],
)
def test_wrong_side_is_a_never_event_and_set_up_only_a_near_miss(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


def test_glued_units_and_bare_numbers_take_the_sentence_unit() -> None:
    tokens = ["29mm", "valve", "handed", "to", "surgeon", "when", "27", "was", "called"]
    values = spec_values(tokens, [0] * len(tokens))
    assert [(v.kind, v.value) for v in values] == [("mm", "29"), ("mm", "27")]
    assert mismatches(tokens, [0] * len(tokens))


def test_pacing_mode_is_a_chamber_value() -> None:
    tokens = ["single", "chamber", "device", "opened", "pt", "listed", "for", "ddd"]
    assert mismatches(tokens, [0] * len(tokens))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit hung "on" a group is the recipient's group
        (
            "grp B unit started on grp A Mr Okafor, 60ml in. reaction noted, stopped.",
            ("12", None),
        ),
        # the group of "another pt" in brackets is the crossmatched unit's group
        (
            "Wristband did not match the compatibility label. Unit was for another pt in recovery "
            "(grp B) and our pt is grp O. Stopped before spiking.",
            (None, "12"),
        ),
        # found "at audit" after all 4 units went in is not a risk-only audit finding
        (
            "Lab issued 4 units of group O FFP for a group B patient. All 4 transfused. "
            "Identified at audit next day.",
            ("12", None),
        ),
    ],
)
def test_abo_groups_written_in_other_ways(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pt with RA admitted 2 weeks, weekly methotrexate not prescribed on admission so 2 doses "
        "missed.",
        "Folic acid 5mg given daily on ward instead of once weekly. MTX itself given correctly on "
        "Monday.",
    ],
)
def test_missed_methotrexate_or_daily_folic_acid_is_not_an_overdose(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_methotrexate_in_every_blister_caught_is_a_near_miss() -> None:
    text = (
        "senior carer checking the new MDS cycle noticed methotrexate in all the morning blisters "
        "for a resident with RA. Not given, pharmacy re-dispensed same day."
    )
    assert never_event_codes(text) == (None, "7")
