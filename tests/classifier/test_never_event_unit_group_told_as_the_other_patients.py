"""A unit meant for another patient is often told only by that patient's group ("it was for the
pt in theatre 2, group A, our pt group O"; "brought down from the lab for the woman in bed 4 (B
pos) and put up on our woman"): set against the report's own patient, that group is the
unit's, and judged by the ABO rules against the patient's group. Compatible groups, a unit
stopped before it went up, platelets, plasma (judged the other way round), a unit whose own
group is told (an O neg emergency unit) are not never event 12, and a unit "nearly hung" is a
near miss."""

from __future__ import annotations

import pytest

from classifier.engine.blood_groups import pairings
from classifier.engine.text import read
from tests.classifier.outcomes import never_event_codes

RUN_IN = [
    "Resus: the HCA had picked the wrong bag up from the fridge - it was for the man in "
    "cubicle 6, group B pos, our man group A pos. Connected and running, about 80mls in "
    "before the nurse checked the tag.",
    "Trauma call. Porter brought a unit down from the blood bank for the lady in resus 2 (AB "
    "neg) and it was put up on our lady who is group B neg. Rigors and hypotension, stopped.",
    "Wrong unit taken out of the satellite fridge, it was for the pt in bed 11 (group A); our "
    "pt is group O. Transfused over 2 hours before it was picked up on the tag return.",
    "Main theatres, AAA repair: a unit was brought round from the fridge for the pt in "
    "theatre 6 (B pos) and put up on our pt, group O pos. Haematuria and ooze, ICU.",
]

CAUGHT = [
    "ED: porter brought a unit up from the lab for the pt in resus 3 (group A), our pt group "
    "O. The second checker spotted the name at the bedside check before it was spiked, unit "
    "returned.",
    "The unit was for the lady in bed 9 (group B) and was nearly hung on our lady, who is "
    "group A - caught at the bedside check by the second nurse.",
]

NOT_TWELVE = [
    # compatible: the other patient group O
    "Theatre: runner took a unit from the fridge, it was for the pt in theatre 4, group O, our "
    "pt group A pos. Hung and 60ml in before noticed, no reaction.",
    # plasma, compatible the other way round
    "FFP was brought down for the man in bay 2 (group A), our man group O. One unit of FFP "
    "given before the error was seen.",
    # the unit's own group told: an O neg emergency unit
    "O neg emergency unit was for the woman in theatre 1 (group A), our woman group B. Put up "
    "and 100ml given.",
]


def _kinds(text: str) -> list[tuple[str, str, str, bool]]:
    doc = read(text)
    return [
        (p.recipient.group, p.component.group, p.component.role, p.compatible)
        for p in pairings(doc.tokens, doc.sentence_of, doc.clause_breaks)
    ]


@pytest.mark.parametrize("text", RUN_IN)
def test_other_patients_group_run_into_an_incompatible_patient_is_12(text: str) -> None:
    assert never_event_codes(text) == ("12", None)


@pytest.mark.parametrize("text", CAUGHT)
def test_other_patients_group_caught_before_it_went_up_is_near_miss_12(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize("text", NOT_TWELVE)
def test_compatible_plasma_or_stated_unit_group_is_not_12(text: str) -> None:
    assert never_event_codes(text)[0] != "12"


def test_other_patients_group_is_the_kind_of_component_meant_for_them() -> None:
    # plasma judged the other way round: group A plasma to a group O patient is compatible
    assert _kinds("The FFP was for the pt in bed 3 (group A), our pt group O. Given.") == [
        ("o", "a", "plasma", True)
    ]
    # platelets are not judged at all
    platelets = "The platelets were for the child in cot 5 (group B); our child is group A."
    assert _kinds(platelets) == []
