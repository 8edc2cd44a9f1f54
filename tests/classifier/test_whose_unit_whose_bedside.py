"""Whose unit, whose bedside: a unit meant for one patient (a bed, bay, room, chair, cot,
theatre, twin or unknown-patient number) reaching another's, with each person's group told
wherever the report tells it, often sentences away from the words saying whose the unit was
(`engine.unit_persons`, read by `blood_groups._owner_by_person`). A group told of the unit's
owner is the unit's, one told of the person it reached the recipient's; an ABO-identical or
compatible unit, a unit told only as got "for" someone, and no groups at all stay as they were.
"""

from __future__ import annotations

import pytest

from classifier.engine import unit_persons
from classifier.engine.text import read
from tests.classifier.outcomes import never_event_codes

NEAR_MISSES = [
    "Twins on SCBU - twin 1 group O neg, twin 2 group A pos. Twin 2's unit brought to twin 1's "
    "cot, noticed at the 2 person check before anything was connected.",
    "MSW brought 2 units from the fridge for room 5; second was for room 7 (group A RhD pos) "
    "and room 5 woman is group O RhD neg - midwife saw the name on the tag at the bedside, "
    "unit not spiked",
    "Day unit chair 2 is group O. The bag labelled for chair 5 was brought to chair 2. chair 5 "
    "is group B. Noticed at the bedside check before spiking.",
    "Bed 2 pt is AB pos; bed 4 pt is O pos. Bed 2's unit was brought to bed 4 by mistake - "
    "stopped at bedside check.",
    "resus: 2 unknown pts, units for 'Unknown Male 8' were taken to 'Unknown Male 7'. picked "
    "up at the ID band check before spiking. UM7 group O, units group B.",
]

UNCHANGED = [
    # ABO identical or compatible: no near miss
    (
        "Cot 4 baby group O pos. Cot 3 baby group O pos. Cot 3's paedipak was taken to cot 4, "
        "picked up at the check. not given.",
        (None, None),
    ),
    (
        "Unit for bed 3 (group O) was taken to bed 4 (group A) - caught at bedside check, not "
        "spiked.",
        (None, None),
    ),
    # no groups told: nothing says the unit was incompatible
    ("Bedside check: unit tag had another pt's name. Not spiked. returned to lab.", (None, None)),
    ("Unit for bed 5 brought to bed 6 - different groups. Not spiked.", (None, None)),
    # a wrong blood in tube with no transfusion
    (
        "Wrong blood in tube: sample from bed 2 labelled as bed 3's. bed 3 group O, sample "
        "grouped A. Picked up in the lab, no transfusion.",
        (None, None),
    ),
    # units told as got "for" the patient herself: her group stays hers, and the other
    # woman's AB unit at her bedside is still a near miss
    (
        "LW - 2 units RBC for woman in room 5 (PPH, group O neg). Midwife collected unit from the "
        "fridge. At the bedside check the label showed another woman's name (room 2, group AB "
        "pos). Not spiked.",
        (None, "12"),
    ),
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_another_persons_incompatible_unit_stopped_is_near_miss_12(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_look_alikes_stay_as_they_were(text: str, expected: tuple) -> None:
    assert never_event_codes(text) == expected


def test_unit_given_to_the_other_bed_is_never_event_12() -> None:
    text = (
        "ICU. Bed 6 pt received unit of RBC labelled for bed 8. Bed 6 pt grp O neg, unit grp B "
        "neg. Picked up by night nurse about 1 hr into transfusion. Pt more hypotensive."
    )
    assert never_event_codes(text) == ("12", None)


def test_persons_are_read_by_what_the_unit_did() -> None:
    doc = read("Unit for chair 3 was put up on chair 7. Bed 2's unit was hung on bed 4.")
    people = unit_persons.persons(doc.tokens, doc.sentence_of)
    assert people.owners == {("chair", "3"), ("bed", "2")}
    assert people.reached == {("chair", "7"), ("bed", "4")}


def test_a_unit_got_for_someone_with_nobody_else_reached_has_no_owner() -> None:
    doc = read("2 units crossmatched for bed 4 (group A).")
    assert unit_persons.persons(doc.tokens, doc.sentence_of).owners == set()


def test_references_chain_to_the_narrower_place_and_read_unknown_numbers() -> None:
    tokens = read("UM41 and Unknown Male 41 and T3").tokens
    assert unit_persons.ref_at(tokens, 0) == (("unknown", "41"), 2)
    assert unit_persons.ref_at(tokens, 3)[0] == ("unknown", "41")
    assert unit_persons.ref_at(tokens, len(tokens) - 2)[0] == ("theatre", "3")
