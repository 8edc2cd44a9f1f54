"""ABO groups told apart (round 25): the patient's own blood named by a possessive ("my blood
is O"), a record line's label owning its group ("Recipient: 60F, blood group O" / "Donor:
blood group B"), a pool of the component named before it ("cryo pools" are plasma), the bed a
unit was taken "to" naming the recipient, the mismatch stated again nearer to what followed it
(the regroup after the unit went in), units told as had "overnight", and a recipient group
misrecorded anywhere in the report ("recorded as A on the worksheet") against a later plasma
exchange read as an intentional ABOi programme. Look-alikes: a compatible pair, units only
crossmatched, a planned ABOi transplant, a unit stopped at the bedside."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the patient's own blood, said by the patient, against the unit's group: caught
        (
            "Bag brought to the bedside for Mr Khan. Before we connected it he said 'my blood "
            "is B, why does it say A?'. The label was for a different patient and the unit was "
            "group A pos. Bag was not spiked and went back to the lab.",
            (None, "12"),
        ),
        # record lines: the label owns the group on its line; the kidney went in
        (
            "Living donor renal transplant.\nRecipient: 60F, blood group O.\nDonor: blood group "
            "B, per the donor workup.\nThe kidney was implanted and perfused well. The wrong group "
            "was found on the post-op lab review.",
            ("12", None),
        ),
        # cryo pools are plasma: group O cryo brought to a group A patient, stopped in time
        (
            "Two cryo pools (group O) issued for bed 3 (group O) were taken to bed 6 (group A) "
            "in error; the ID check at the bedside found the wrong name and nothing was hung.",
            (None, "12"),
        ),
        # the mismatch stated again where the unit went in
        (
            "The patient's new sample grouped as O pos, but the lab system held an old merged "
            "record showing group A. The BMS accepted the old group.\nGroup A red cells were "
            "issued electronically on the strength of it. A week later he had a second sample "
            "which grouped him as O again.\nBy then one unit of the group A red cells had "
            "been transfused, and he had mild haemolysis.",
            ("12", None),
        ),
        # the recipient's group misrecorded on a worksheet: the plasma exchange after it is
        # the treatment, not a planned ABOi programme
        (
            "Deceased donor liver transplant.\nRecipient: 52M, blood group O.\nDonor: blood "
            "group B.\nThe recipient had been recorded as B on the unit's listing sheet, copied "
            "from another patient's old notes.\nThe liver was implanted overnight. The lab "
            "grouped him as O the next morning and plasma exchange was started urgently.",
            ("12", None),
        ),
    ],
)
def test_abo_groups_told_apart(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the patient's own blood and the unit of the same group: compatible
        "Pt asked what group the bag was; I told her B pos and she said 'my blood is B too'. "
        "Unit checked at the bedside against her wristband and transfused without problem.",
        # record lines with compatible groups
        "Living donor renal transplant.\nRecipient: 44M, blood group AB.\nDonor: blood group "
        "A.\nThe kidney was implanted and is working well.",
        # a planned ABOi transplant on a protocol, told in record lines
        "Planned ABO incompatible living donor transplant on the ABOi protocol.\nRecipient: "
        "blood group O.\nDonor: blood group A.\nDesensitisation with plasma exchange before "
        "the kidney was implanted, titres monitored.",
        # group AB cryo pools are compatible with anyone
        "Two cryo pools (group AB) issued for bed 3 were taken to bed 6 (group A) and given; "
        "the name on the pools was the other patient's.",
    ],
)
def test_abo_groups_told_apart_look_alikes(text: str) -> None:
    assert rule_never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # units only crossmatched for the night are not units had
        "Mr Bell is group O. Lab had 2 units crossmatched overnight; the first unit hung was "
        "group A but the bedside check picked it up and it was not spiked.",
        # units had on an earlier day, the wrong one stopped before it went up
        "Mrs Cole had 2 units yesterday without problem. Today the third bag brought up was "
        "group A, she is group O; the second checker stopped it before it was spiked.",
        # units had overnight, then the wrong one stopped at the bedside ("had N units
        # overnight" is not read as the wrong unit going in)
        "Pt had 2 units overnight without problem. This morning a group A unit was taken to "
        "the bedside for the group O pt and stopped at the bedside check, not spiked. Correct "
        "unit given.",
        # the right unit transfused once the wrong one was stopped is the redo
        "Unit of A pos red cells taken to the bedside of the O neg pt in bed 6, stopped at the "
        "bedside check before spiking. The correct O neg unit was then collected and "
        "transfused without problem.",
        "Wrong unit (group A) hung for the group O pt in bed 3, noticed by the 2nd nurse "
        "before the roller clamp was opened. Later the right unit was transfused over 3 hours.",
    ],
)
def test_units_only_held_or_earlier_stay_near_misses(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize(
    "text",
    [
        # the group after the bed told of the unit put into the patient, not of the bed
        "ID check missed, bag for bed 2 taken to bed 7, grp B into grp O pt, rigors after 20 min.",
        # a group recorded right on a record, next to a wrong unit of another group
        "Pt group O given a group B unit meant for the man in bay 2. Pt's group recorded as O "
        "on the transfusion chart. Stopped after 50 ml, haemolysis screen sent.",
    ],
)
def test_bed_and_record_words_keep_true_never_events(text: str) -> None:
    assert never_event_codes(text) == ("12", None)


def test_right_group_recorded_does_not_undo_compatible_by_chance() -> None:
    text = (
        "Pt group AB given a group A unit meant for another pt. Compatible by chance, no "
        "reaction. Pt's group recorded as AB on the wristband label."
    )
    assert never_event_codes(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        # "own" and "right" units named beside the wrong one that went in
        "Group A unit transfused to the group O pt in bed 2 in error, 200 ml in before the "
        "rigors started; it was not her own unit, it was bed 3's.",
        "The wrong unit was transfused: bed 5 got the unit meant for bed 6 (A pos into an O pos "
        "pt); the right unit was still in the fridge. 150ml given, pt developed a fever.",
    ],
)
def test_the_right_unit_named_beside_the_wrong_one_given_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text) == ("12", None)


@pytest.mark.parametrize(
    "text",
    [
        "He was given a unit of platelets that was ABO incompatible. Platelets were selected from "
        "stock by the lab out of group because of short supply and given after discussion with "
        "the haematologist in accordance with our policy. He had no reaction.",
        "Group A FFP was not available so group O plasma issued out of group as per the "
        "transfusion policy; it was a planned, safe decision. No reaction.",
    ],
)
def test_components_issued_out_of_group_by_policy_are_no_never_event_12(text: str) -> None:
    assert never_event_codes(text) == (None, None)
