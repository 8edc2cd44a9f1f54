"""Whose the unit was and whether it went in (never event 12 and its near misses), read by
engine.blood_groups and engine.medicine_reach: a person told as the one a unit was for or
belonged to ("the unit removed was for Mr X (group A)", "belonged to a pt in recovery (grp B")
has the unit's group when the report gives another person a different group; a group "for" a
group ("group A for a group O pt") is the unit's, for that patient; the patient's own
compatibility label or wristband states the patient's group; a unit hung on a stand and told
"not connected", "not spiked" or stopped before connecting is caught (near miss 12), a giving
denied of another person ("bay 2 pt had not been transfused") or as what ought to have been
("should never have given it") is no catch, and transplants are left to their rules. Wrong
units that are compatible, both patients of one group, and wrong blood in tube with no unit
given stay null.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    (
        None,
        "12",
        "At the bedside check the SN saw the unit was group B for a group O pt. Not "
        "spiked, sent back to the lab.",
    ),
    (
        None,
        "12",
        "2nd checker found unit grp A pos for an O neg pt at the bedside. Unit not "
        "connected, returned.",
    ),
    (
        None,
        "12",
        "Unit was for Mrs Ellis (group A pos) but brought to Mrs Ellison who is group O "
        "pos. Bedside check by 2 RNs found the mismatch before spiking. Returned to lab.",
    ),
    (
        None,
        "12",
        "Red cells collected for bay 4 but the unit taken from the fridge was for Mr "
        "Patel (grp B). Our pt grp O. Picked up at the bedside check, not spiked.",
    ),
    (
        None,
        "12",
        "FY1 and staff nurse checking blood at bedside: the unit belonged to a pt on ward "
        "7 (group AB pos), our pt group A pos. Not hung, returned.",
    ),
    (
        None,
        "12",
        "Porter brought unit for Mr J Smith DOB 1950 (grp A) to Mr J Smith DOB 1962 (grp "
        "O). Student nurse spotted DOB different at the bedside check. Not spiked.",
    ),
    (
        None,
        "12",
        "Night shift. HCA collected the wrong unit - it was for Mrs Adeyemi (group B "
        "pos); our patient Mrs Adeyemo is group A pos. Caught at bedside ID check, unit "
        "not spiked.",
    ),
    (
        None,
        "12",
        "at bedside check the unit label said group A but the pts wristband and "
        "compatibility label said O pos. unit for another pt. not spiked, returned.",
    ),
    (
        None,
        "12",
        "Theatre: ODP brought a unit for the pt in recovery (group B pos) into theatre 2 "
        "where our pt is group A pos. Anaesthetist checked against the wristband before "
        "connecting, wrong pt. Not given.",
    ),
    (
        None,
        "12",
        "Pt in chair 5 is O pos. Unit brought to her was for chair 6 (A pos). Caught at "
        "the 2 person check before spiking, returned to lab.",
    ),
    (
        None,
        "12",
        "Wrong unit at bedside: AB pos unit for a group B pt, discovered during the "
        "pre-transfusion check. Line not connected.",
    ),
    (
        None,
        "12",
        "Unit hung on the stand for bed 9, who is group O, but it was bed 10's unit "
        "(group A). Registrar noticed before the line was connected. Not given.",
    ),
    (
        "12",
        None,
        "Haem ward: platelet pool? no - red cells. Unit was for Mr Khan on ward 4, group "
        "B. Given to our pt Mr Khan, group O, who had 30 ml before the 2nd nurse stopped "
        "it.",
    ),
    (
        None,
        None,
        "Unit for bed 4 was brought to bed 5 - both pts group O pos. Spotted at bedside "
        "check, not spiked, returned.",
    ),
    (
        None,
        None,
        "At the bedside check the nurse found the unit was for another pt (different "
        "DOB). Not spiked, returned to lab, correct unit given.",
    ),
    (
        None,
        None,
        "Bedside check: unit was group O neg for an A pos pt - the lab had issued O neg "
        "as no group specific available. Checked and given as planned.",
    ),
    (
        None,
        None,
        "Unit was for Mr Jones (group O) but brought to Mr Jonas who is group A. Caught "
        "at the bedside check, not spiked.",
    ),
    (
        None,
        None,
        "Unit labelled for bed 3 (group O neg) brought to bed 4 (group AB pos). 2nd "
        "checker noticed wrong pt before spiking.",
    ),
    (
        None,
        None,
        "WBIT: G&S sample grouped A pos, historic group O pos. Sample rejected and "
        "repeated. No units issued.",
    ),
    (
        None,
        None,
        "Lab: sample for bed 8 grouped B, previous group O. Wrong blood in tube, "
        "recollected. No transfusion.",
    ),
    (
        None,
        None,
        "Group AB plasma given to a group O pt in error (ordered for another pt). AB "
        "plasma is universal, no reaction.",
    ),
    (
        None,
        None,
        "Pt group A, unit group A, but the unit was for the pt in the next bed. Not "
        "spiked, returned to lab.",
    ),
    (
        None,
        None,
        "Wrong unit given: unit for Mrs Ali (group O neg) transfused to Mrs Alli (group B "
        "pos). Compatible by chance, no reaction. Datix.",
    ),
    (
        "12",
        None,
        "Unit for bed 6 (group A pos) was given to bed 7 (group O pos) - 2 nurses checked "
        "at the desk. Pt developed rigors after 50 ml, transfusion stopped.",
    ),
    (
        "12",
        None,
        "Group O pt was transfused a unit of group B red cells meant for the pt in the "
        "next bay. Haemolytic reaction, ITU.",
    ),
    (
        "12",
        None,
        "Pt is group O pos. Wrong unit (A pos) put up and running for 20 mins before the "
        "HCA doing obs noticed the name on the bag. Stopped, approx 80 ml in.",
    ),
    (
        "12",
        None,
        "Unit belonged to Mr Singh (grp AB). Transfused to Mr Sing (grp A) in full. Found "
        "at the next unit's check, DAT pos.",
    ),
    (
        "12",
        None,
        "ED resus: unit for UM2 (group B) hung and running on UM3 (group O) for 5 min, "
        "then the reg checked the label and stopped it.",
    ),
    (
        None,
        "12",
        "Day unit: the first bag brought to the chair was for Mr Obi (grp B - Mr Okafor "
        "is grp O). Found when the wristband was read against the tag, not spiked.",
    ),
    (
        None,
        "12",
        "The unit removed from the fridge was for Mrs Lowe, group A pos, not for Mrs Law "
        "(group O pos). Bedside check picked it up before it was put up.",
    ),
    (
        None,
        "12",
        "bedside chk: bag is B pos, pt's wristband + compat label O pos. not spiked, back "
        "to lab. duplicate record on LIMS.",
    ),
    (
        None,
        "12",
        "Renal transplant: donor group A kidney, recipient actually group O. Found at the "
        "theatre check before incision, kidney not transplanted.",
    ),
    (
        None,
        "12",
        "Unit brought to theatre belonged to a pt in recovery (grp A, our pt grp O). "
        "Checked by ODP before connection, not given.",
    ),
    (
        "12",
        None,
        "LIMS error: group O pt issued group A red cells, 1 unit transfused. Fever and rigors.",
    ),
    (
        "12",
        None,
        "Pt is group O. The lab issued and we transfused a group B unit meant for someone "
        "else; the pt became hypotensive after 100 ml.",
    ),
    (
        "12",
        None,
        "Lab BMS overrode the analyser and issued AB pos red cells to a group O pt. 1 "
        "unit went up on the ward, rigors, stopped.",
    ),
    (
        None,
        None,
        "Unit for Mr Lee (group O pos) was brought to Mr Li (group A pos). Picked up at "
        "the bedside check, not spiked.",
    ),
    (
        None,
        None,
        "WBIT: sample grouped O, historic A. Had it been a first sample she could have "
        "been issued group O units. No units issued.",
    ),
    (
        None,
        None,
        "Both pts group B pos; the unit for bed 3 was hung on bed 4's stand, not "
        "connected, spotted by the HCA.",
    ),
    (
        None,
        None,
        "Unit was for Mr Obi (grp O - Mr Okafor is grp B). Found at the bedside check, not spiked.",
    ),
    (
        None,
        None,
        "Group and save for bay 2 grouped A, historic record O. WBIT, sample rejected, no "
        "transfusion given.",
    ),
    (
        None,
        "12",
        "Unit for bed 8 (group A pos) hung on bed 9's drip stand, bed 9 is group O pos. "
        "Giving set primed but not connected when the HCA noticed the name.",
    ),
    (
        None,
        "12",
        "Wrong pt's platelets? no, red cells - grp B unit hung up for our grp A lady. "
        "Line primed, never connected. Picked up by the reg.",
    ),
    (
        "12",
        None,
        "Group B unit hung and connected for a group O pt. Transfusion stopped after 15 "
        "mins when the 2nd nurse saw the label. Pt febrile.",
    ),
    (
        "12",
        None,
        "Pt grp A. Unit AB pos transfused in error over 2 hrs. Found at the audit of the "
        "traceability labels next day.",
    ),
    (
        None,
        None,
        "Unit for bed 8 hung on bed 9's stand, not connected - both group A pos. HCA noticed.",
    ),
    (
        None,
        None,
        "At the bedside check the unit was group O neg for a group A pos pt - emergency O "
        "neg, compatible. Given as planned.",
    ),
    (
        None,
        None,
        "Bag said AB for an AB pt, but the name was for the next bed. Not spiked, returned to lab.",
    ),
    (
        None,
        None,
        "The unit removed from the fridge was for Mr Hall (group O pos); Mr Hill is group "
        "B pos. Noticed at the bedside check, not spiked.",
    ),
    (
        "12",
        None,
        "The unit removed from the fridge was for Mr Hall (group B pos); Mr Hill is group "
        "O pos. 2 nurses checked at the desk, full unit transfused, then rigors and dark "
        "urine.",
    ),
    (
        None,
        "12",
        "Group AB FFP? no - AB red cells, for a group A lady. Spotted by the midwife at "
        "the bedside check before spiking.",
    ),
    (
        None,
        None,
        "Platelets group A for a group O child given - platelets do not need to be group "
        "identical. No reaction.",
    ),
]


@pytest.mark.parametrize(("never_event", "near_miss", "text"), CASES)
def test_whose_unit_and_whether_it_went_in(
    never_event: str | None, near_miss: str | None, text: str
) -> None:
    assert never_event_codes(text) == (never_event, near_miss)
