"""Themes in round 44's ward summaries: an item another bed space's patient had, listed in a
summary of items as reported on its own record ("1 fall (bed 2, separate Datix)"), is no
evidence of a theme for the summary's own incident; the report's own patient's problem
"recorded separately", or a single report's "pt in bed 5 fell, wound reported separately",
still is."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Daily ward summary, Datix for Mr T's missed insulin, other items noted for "
            "context. A patient in bed 14 slipped in the shower, separate Datix. Mr T's 08:00 "
            "novorapid was not given as the nurse thought he was nil by mouth.",
            "falls",
        ),
        (
            "Weekly summary, this record concerns Mrs J absconding from the ward, others "
            "listed. One grade 3 sacral pressure sore (bay C), reported separately. Mrs J left "
            "via the fire door at 14:10 and was returned by police at 18:00.",
            "pressure_ulcer",
        ),
        (
            "Ward 3 weekly safety report - the Datix is for Mr P's wrong dose of gentamicin. "
            "Other: an unwitnessed fall in bed 8, no injury, datixed separately.",
            "falls",
        ),
    ],
)
def test_another_bed_spaces_item_reported_elsewhere_is_no_evidence(text: str, absent: str) -> None:
    assert absent not in theme_ids(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # a single report: the bed named is the report's own patient's
        (
            "Mrs K in bed 5 fell at 03:00 trying to reach the commode, head wound reported "
            "separately by the night doctor.",
            "falls",
        ),
        (
            "Pt in bed 9 fell at night and was found on the floor, datixed separately from the "
            "medication error below. Later the same pt was given 2 doses of enoxaparin.",
            "falls",
        ),
        # a summary: the report's own patient's problem, no other bed space named
        (
            "Weekly summary for the ward. Pt fell in the bathroom at 06:00, found on floor by "
            "HCA, her pressure ulcer was recorded separately.",
            "falls",
        ),
        (
            "Weekly safety summary. Patient in bed 6 had a category 3 pressure ulcer found, "
            "which is the subject of this report.",
            "pressure_ulcer",
        ),
    ],
)
def test_own_patients_problem_reported_elsewhere_stays_evidence(text: str, present: str) -> None:
    assert present in theme_ids(text)
