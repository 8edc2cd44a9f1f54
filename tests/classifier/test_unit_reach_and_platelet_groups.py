"""Whose going-in a word of giving tells, which groups a named person and platelets carry
(never event 12, near miss 12), read by engine.unit_reach and engine.blood_groups: a paper
"given" to a porter, a protocol "running" and other, compatible units running are no reach of
the wrong unit stopped at the bedside check (near miss 12); "<name> is group X" is the
patient's group where the name was told of the patient or their slip, the unit's where told by
the unit's tag; platelets of a group O donor not tested high-titre negative to a non-O patient
are ABO incompatible; "none given" after a bedside check is no stock finding; a scanner's
"patient/component mismatch" of a unit whose group is set against the patient's is no implant.
What stays: both patients of one group, high-titre negative O platelets given by policy, group
A platelets for a group O patient (not judged), compatible wrong units, wrong blood in tube
with no unit issued (null), and incompatible units that went in (never event 12).
"""

from __future__ import annotations

import pytest

from classifier.engine.blood_groups import compatible
from tests.classifier.outcomes import never_event_codes

CASES = [
    (
        None,
        "12",
        "HCA brought a unit up for the wrong pt. unit grp B pos, our pt is grp A pos. "
        "picked up at bedside check by 2 RNs, not spiked, sent back to lab.",
    ),
    (
        None,
        "12",
        "Bedside check: bag labelled for Mrs Patel in bed 9 (group AB neg), Mrs Pate in "
        "bed 7 is O neg. Not connected, returned to the lab.",
    ),
    (
        None,
        "12",
        "Unit for pt in side room 2 collected by porter for side room 3. Side room 3 pt "
        "is grp O, the unit was A. Spotted at the pre-transfusion check, never spiked.",
    ),
    (
        None,
        "12",
        "ED resus - 2 MHP pts. FFP for the pt in resus 1 (group O) brought to resus 2 "
        "where pt is group A. SN noticed name on tag didnt match wristband before "
        "connecting. Not given.",
    ),
    (
        None,
        "12",
        "theatre 4: runner brought the cool box for theatre 5. anaesthetist checking the "
        "first unit vs wristband found it was for the theatre 5 pt (group B). our pt "
        "group A. unit not spiked.",
    ),
    (
        None,
        "12",
        "Staff nurse collected blood from the satellite fridge for bed 12 but picked up "
        "bed 21's unit. Bed 21 pt is grp AB. Bed 12 pt grp O pos. Caught at the bedside "
        "ID check before spiking, unit returned.",
    ),
    (
        None,
        "12",
        'Pt said "thats not my blood group, im A" when the nurse brought the bag to her '
        "bed - unit was group B for a different pt. Bag not spiked and sent back to the "
        "lab.",
    ),
    (
        None,
        "12",
        "two pts named Williams on AMU. red cells for D Williams (group B) brought to the"
        " bedside of A Williams who is O pos. FY1 and RN checked the compatibility tag "
        "against the wristband before spiking and the hospital number differed. not "
        "given.",
    ),
    (
        None,
        None,
        "Resus 3 MHP: platelets for the pt in resus 4 brought to our pt. plts group A, pt"
        " group O. caught at bedside check, not connected.",
    ),
    (
        None,
        "12",
        "Bedside scanner alarmed 'wrong patient' when RN scanned the unit - unit was AB "
        "pos for pt in bed 5, our pt B pos. Not started.",
    ),
    (
        None,
        "12",
        "maternity theatre - MOH. unit handed to the anaes was for the woman in theatre 2"
        " (A pos), our woman B neg. checked against wristband and refused, not spiked.",
    ),
    (
        None,
        "12",
        "Unit taken from the fridge for the wrong pt (grp B) and brought to Mr Jones who "
        "is grp A. RN spotted the name difference at the bedside before spiking. No "
        "transfusion took place.",
    ),
    (
        None,
        "12",
        "Two units arrived for our pt; the 2nd one's tag was for the pt in bay 6 (grp AB)"
        " - our pt grp B. spotted before spiking, returned.",
    ),
    (
        None,
        "12",
        "MHP running for pt in cubicle 2 (group B neg). Porter brought a unit for the pt "
        "in cubicle 5 - unit A neg. Bedside check by ODP and SHO, hosp no didnt match, "
        "unit not spiked, returned.",
    ),
    (
        None,
        "12",
        "night shift: HCA was given bed 9's collection slip instead of bed 19's. Unit AB "
        "pos collected, bed 19 pt is grp B pos. RN checked wristband at bedside, name "
        "wrong, unit never connected, back to lab in 10 mins.",
    ),
    (
        None,
        "12",
        "Emergency O neg units were running via the rapid infuser. The first group "
        "specific unit from the lab was grp B pos but labelled for the other trauma pt; "
        "our pt grouped A pos. anaesthetist refused it at the bedside check, not spiked.",
    ),
    (
        None,
        "12",
        "Platelets (group O, not HT tested) for another child brought to cot 3; cot 3 "
        "baby is group B. Spotted on bedside check, not connected, returned.",
    ),
    (
        None,
        "12",
        "Theatre 6: FFP group O issued for pt in theatre 7 brought in for our pt (grp "
        "AB). Caught by the anaesthetist at the bedside check, none given.",
    ),
    (
        "12",
        None,
        "Group O platelets labelled high titre positive given to pt in chair 2 who is "
        "group B. 1 pool transfused. Pt developed rigors and dark urine.",
    ),
    (
        "12",
        None,
        "pt grp A. platelets grp O (HT not tested) given, full pool. Hb fell, DAT pos anti-A.",
    ),
    (
        None,
        "12",
        "Resus: massive transfusion protocol running. Unit for trauma 2 (AB pos) taken to"
        " trauma 1 who is O neg. FY2 read the tag against the wristband - different name."
        " Not spiked, back to the lab.",
    ),
    (
        None,
        "12",
        "Unit tag said Evans, Rhys and the pt was Evans, Rhian. 2 RNs noticed at the "
        "bedside, not spiked, returned. Rhian is group O, unit was B.",
    ),
    (
        None,
        "12",
        "collection slip: Mary Dunn. unit: Marie Dunn. HCA noticed on the way to the ward"
        " and took it back to the lab. Lab confirmed the unit was group A and Mary Dunn "
        "is group O.",
    ),
    (
        None,
        "12",
        "Bedside PDA flagged 'wrong patient/component'. Unit grp B, pt grp A. HCA had "
        "picked up the unit from the fridge for the wrong bed.",
    ),
    (
        None,
        None,
        "Unit hung at the bedside for bed 4 was for bed 6 - both pts group A pos. Spotted"
        " by 2nd nurse during bedside check before spiking. Not given.",
    ),
    (
        None,
        None,
        "WBIT: G&S sample grouped A pos, historical record O pos. Sample rejected and "
        "repeated. No blood issued.",
    ),
    (
        None,
        None,
        "Lab: second sample grouped differently from the first (first B pos, second O "
        "pos). WBIT suspected, sample rejected, no units issued, pt not transfused.",
    ),
    (
        None,
        None,
        "Wrong unit (group O neg) collected for pt who is A pos. Not noticed until after "
        "100ml given. O neg is compatible with A, no harm.",
    ),
    (
        "12",
        None,
        "Pt group O pos received a unit of A pos red cells meant for the pt in the next "
        "bed. Full unit given. Pt developed fever and haemoglobinuria.",
    ),
    (
        "12",
        None,
        "Unit for bed 3 (group B) hung and started on bed 5 (group A). 50ml given before "
        "the pt complained of loin pain. Stopped.",
    ),
    (
        None,
        None,
        "Unit brought to the bedside for the wrong pt. Caught at the bedside check, not "
        "spiked. Groups not known / not stated.",
    ),
    (
        None,
        None,
        "Bedside check: unit for another pt caught before spiking. Both pts group O pos. "
        "Returned to lab.",
    ),
    (
        None,
        None,
        "Emergency O neg red cells given to a group B pt in resus before group known. "
        "Appropriate, no reaction.",
    ),
    (
        None,
        None,
        "Pt grp AB pos received grp A red cells as AB not in stock - compatible, per lab policy.",
    ),
    (
        None,
        None,
        "FFP for another pt (group AB) given to our pt (group O) - AB plasma compatible. "
        "Datix for wrong pt component.",
    ),
    (
        None,
        None,
        "Platelets group O high titre negative given to group A child as no group A in "
        "stock. Per policy. No reaction.",
    ),
    (
        "12",
        None,
        "Wrong unit for bed 8 (group A pos) spiked and connected to bed 9 (group O pos) "
        "before the error was noticed; 20ml run in. Stopped.",
    ),
    (
        None,
        None,
        "Trust audit of blood fridge found a unit labelled group A in a box labelled "
        "group O. No patient involved.",
    ),
    (
        None,
        None,
        "Group O HTN platelets given to a group A pt, no group A available. As per "
        "policy, no reaction.",
    ),
    (
        None,
        None,
        "MHP running for pt in resus 1, grp O pos. 4 units O pos issued and transfused. No issues.",
    ),
    (
        None,
        None,
        "Porter given the wrong pt's collection slip and brought a unit for bed 7 (grp O)"
        " to bed 8 (grp A). Caught at bedside, not spiked.",
    ),
    (
        None,
        None,
        "Platelets group A given to pt group AB. No issues.",
    ),
    (
        None,
        None,
        "Audit of blood fridge: none given from the emergency stock this month; 2 O neg "
        "units found expired.",
    ),
    (
        None,
        None,
        "WBIT: sample labelled for bed 4 grouped A pos, historic group O pos; sample "
        "rejected, none issued, no transfusion.",
    ),
    (
        None,
        None,
        "Unit tag said Evans, Rhys and the pt was Evans, Rhian. 2 RNs noticed at the "
        "bedside, not spiked, returned. Rhian is group O, unit was O too.",
    ),
    (
        None,
        None,
        "collection slip: Mary Dunn. unit: Marie Dunn. HCA noticed on the way to the ward"
        " and took it back to the lab. Lab confirmed the unit was group O and Mary Dunn "
        "is group A.",
    ),
    (
        None,
        "2",
        "TKR: the tibial component opened was a size 5, plan was size 4 - component "
        "mismatch noticed by scrub nurse before it was implanted. Correct size opened.",
    ),
    (
        None,
        "12",
        "Mum spotted the name on the platelet - sorry, red cell - bag was her daughter's first "
        "name but another surname. Bag grp B pos, daughter grp O pos. On the drip stand, "
        "bedside check not yet done. Not given.",
    ),
]


@pytest.mark.parametrize(("never_event", "near_miss", "text"), CASES)
def test_whose_going_in_and_which_groups(
    never_event: str | None, near_miss: str | None, text: str
) -> None:
    assert never_event_codes(text) == (never_event, near_miss)


def test_group_o_platelets_judged_by_their_titre() -> None:
    assert compatible("a", "o", "platelets") is False
    assert compatible("a", "o", "platelets", high_titre_negative=True) is None
    assert compatible("o", "o", "platelets") is None
    # group A platelets for a group O patient: compatible by the plasma they carry
    assert compatible("o", "a", "platelets") is True
