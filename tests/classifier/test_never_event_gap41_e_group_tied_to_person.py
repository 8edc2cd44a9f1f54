"""ABO groups told of people, not of units: the group of the person a unit was meant for is
the unit's group, the group of the person it was hung on is the recipient's ("unit for cot 2
(group B) given to cot 3 (group O)"); a group handed "into" another group is the unit's
("group A into a group B pt"); "A" before a plural component is a group ("2 units A red
cells"). The rules (not the learned model) find these incompatible transfusions; compatible
units, catches, risks and warnings give no never event."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Surgical ward, 2 pts due blood. Unit for bed 11 (B pos) put up on bed 12 (A pos), "
        "wristband not checked. 70ml in, rigors and dark urine, stopped.",
        "SCBU: red cells allocated to the baby in cot 2 (group B) given to the baby in cot 3 "
        "(group O). Bilirubin rising, DAT pos.",
        "Resus: units issued for trauma A (AB pos) were hung on trauma B (B neg). Haemoglobinuria "
        "after the first unit.",
        "The units collected from the theatre fridge were for the man in theatre 4 (group B). "
        "Our man is group A. Most of a unit went in before the ODP read the label.",
        "Renal ward: 120ml of group B given to a group A pt before the mismatch was seen. "
        "Loin pain and fever, haem reg informed.",
        "Lab rang: G&S was from the wrong pt. She grouped as B but is actually O and was given "
        "2 units B red cells yesterday. Now jaundiced, DAT pos.",
    ],
)
def test_group_of_the_person_a_unit_was_for_or_hung_on_is_read_by_the_rules(text: str) -> None:
    assert rule_never_event_codes(text) == ("12", None)


@pytest.mark.parametrize(
    "text",
    [
        # a wrong unit that happened to be compatible
        "Unit for bed 11 (O neg) put up on bed 12 (B pos) in error. 50ml in, no reaction, "
        "O neg is compatible. Reported as wrong component transfused.",
        # emergency O neg by protocol
        "MHP: emergency O neg red cells given to trauma B (AB pos) before the group was back.",
        # caught at the bedside check before spiking
        "Unit for bed 11 (B pos) was about to be put up on bed 12 (A pos) when the second nurse "
        "read the wristband. Not spiked, back to the lab.",
        # wrong blood in tube found before any transfusion
        "WBIT: G&S for cot 2 (grouped B) was taken from the baby in cot 3. Lab found it on the "
        "historic group check, no blood issued, resampled.",
        # a planned ABO-incompatible transplant
        "Planned ABO incompatible living donor kidney transplant: donor group B, recipient group "
        "O, antibody removal done as per protocol. Graft working well.",
        # a warning, not an event
        "Risk: 50ml of group A given to a group O pt would cause a haemolytic reaction - new "
        "poster on the blood fridge.",
    ],
)
def test_compatible_caught_or_hypothetical_groups_give_no_never_event(text: str) -> None:
    assert rule_never_event_codes(text)[0] is None
