"""Batch 106's blood-group errors and a bed against the wall.

- Rails told as not in use ("bed rails were down (not in use, assessed as not appropriate)")
  are no rail the patient was caught in: head and shoulders wedged between the bed and the wall
  is no bed-rail entrapment (dev-178968).
- The reporter ticking the ABO-incompatible box on a suspicion, and a reaction told as febrile
  non-haemolytic, are no ABO-incompatible transfusion (dev-178404).
- The patient named by title or redacted name with the group straight after ("for Mr [NAME]
  (group O RhD neg)") is the patient's group: another patient's group A unit caught at the
  bedside is a near miss (dev-178410).
- A high-titre negative test told as what the SOP requires is no test of the unit given: group
  O platelets not HT negative given to a group B patient are ABO-incompatible (dev-178417).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NEVER_EVENT_11 = ("11", None)
NEVER_EVENT_12 = ("12", None)
NEAR_MISS_12 = (None, "12")
NOTHING = (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # dev-178968
        (
            "Pt found at 05:20 slipped down between the side of the bed and the wall with head "
            "and shoulders wedged, bed rails were down (not in use, assessed as not appropriate). "
            "Helped back to bed using hoist, no injury. Bed moved away from wall."
        ),
        (
            "Found pt wedged between the bed and the wall with his head and neck stuck, bed rails "
            "were not in use as per assessment. Freed, no injury."
        ),
        (
            "Resident slid off the mattress and was found with head and shoulders wedged against "
            "the wall, cot sides were lowered and not used. Repositioned, no harm."
        ),
        (
            "Pt's head wedged between the bedside locker and the bed at 03:00, bed rails were "
            "down as per risk assessment. No injury, bed moved."
        ),
        (
            "Pt slipped down the side of the bed, chest wedged against the wall, side rails are "
            "not in use (pt climbs). Hoisted back to bed, no injury."
        ),
    ],
)
def test_body_wedged_beside_a_bed_whose_rails_are_not_in_use_is_no_rail_entrapment(
    text: str,
) -> None:
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    "text",
    [
        (
            "Pt found with her neck trapped between the bed rail and the mattress, face dusky. "
            "Rail lowered and pt freed."
        ),
        (
            "Pt's head and neck wedged between the bed rail and the side of the mattress, "
            "cyanosed. Rail lowered, O2 given."
        ),
        (
            "Found with his chest trapped between the split side rails, sats 84%. Rails lowered, "
            "freed by 2 staff."
        ),
        (
            "Bed rails were up as per assessment. Pt found with neck trapped between the rail "
            "and the mattress, purple in face."
        ),
    ],
)
def test_neck_or_chest_trapped_in_a_rail_in_use_stays_never_event_11(text: str) -> None:
    assert never_event_codes(text) == NEVER_EVENT_11


@pytest.mark.parametrize(
    "text",
    [
        # dev-178404
        (
            "Pt developed rigors and temp 38.9 45 mins into 2nd unit of red cells. Transfusion "
            "stopped, medical review, paracetamol. I have ticked ABO incompatible never event as "
            "I thought it could be wrong blood. Transfusion lab: repeat group and crossmatch on "
            "post-transfusion sample compatible, DAT negative, unit and pt both group A pos - "
            "febrile non haemolytic transfusion reaction. Bag and giving set returned."
        ),
        (
            "Temp 39 and rigors during a unit of red cells, transfusion stopped. Lab investigation "
            "DAT negative, no evidence of haemolysis - febrile non-haemolytic transfusion "
            "reaction."
        ),
        (
            "Pt spiked a temp during platelets, stopped. Ticked ABO incompatible as a precaution "
            "until the lab checked; unit and pt both group O, FNHTR."
        ),
        (
            "Rigors 30 mins into red cells. Lab: DAT neg, repeat group matches unit, concluded "
            "non haemolytic febrile reaction. I selected ABO incompatible transfusion on the form "
            "in case."
        ),
    ],
)
def test_suspected_abo_incompatibility_disproved_as_febrile_reaction_is_null(text: str) -> None:
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    "text",
    [
        (
            "Pt group O pos given 1 unit of group A pos red cells in error, the unit was for "
            "another pt. Rigors, haemoglobinuria, DAT positive."
        ),
        (
            "Acute haemolytic transfusion reaction: group B red cells transfused to a group O "
            "patient, unit was collected for the wrong patient."
        ),
    ],
)
def test_abo_incompatible_red_cells_transfused_stay_never_event_12(text: str) -> None:
    assert never_event_codes(text) == NEVER_EVENT_12


@pytest.mark.parametrize(
    "text",
    [
        # dev-178410
        (
            "Ward 22. Unit of red cells taken to the bedside for Mr Okoro (group O RhD neg). On "
            "the bedside check with 2nd nurse the compatibility label showed a different name and "
            "DOB and group A RhD pos - unit belonged to a pt on ward 21, collected from the "
            "fridge by the HCA using the wrong pt's collection slip. Unit not spiked. Returned to "
            "lab, correct unit collected."
        ),
        (
            "Red cells brought to the bedside for Mrs Patel (group O pos). Bedside check found "
            "the unit was group A pos and for another patient. Not spiked, returned to lab."
        ),
        (
            "Unit of blood taken to the bay for Mr Jones (group B neg). At the bedside check the "
            "unit was group A pos, labelled for a different pt. Not spiked, sent back."
        ),
        (
            "Blood taken to bed 4 for Miss Green (group O RhD pos). Second checker noticed the "
            "unit was group B RhD pos with another pt's details; not commenced, returned."
        ),
    ],
)
def test_another_patients_incompatible_unit_caught_at_the_bedside_is_near_miss_12(
    text: str,
) -> None:
    assert never_event_codes(text) == NEAR_MISS_12


@pytest.mark.parametrize(
    "text",
    [
        (
            "Red cells brought to the bedside for Mrs Patel (group A pos). Bedside check found "
            "the unit was group O neg and for another patient. Not spiked, returned to lab."
        ),
        (
            "Unit taken to the bedside for Mr Jones (group AB pos). The unit was group A pos, "
            "labelled for a different pt. Not spiked, sent back to the lab."
        ),
    ],
)
def test_another_patients_compatible_unit_caught_at_the_bedside_stays_null(text: str) -> None:
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    "text",
    [
        # dev-178417
        (
            "Haem day unit. Pt group B RhD pos had 1 adult dose of group O platelets on Tuesday. "
            "Group O plts were issued due to low stock of B, but the unit was not HT negative and "
            "the lab SOP requires high-titre negative units when group O platelets are given to "
            "non-O patients (BMS overrode the LIMS warning). Pt had rigors during the "
            "transfusion, next day Hb fallen by 18 g/L and DAT positive, anti-B eluted. Reported "
            "as an ABO incompatible transfusion."
        ),
        (
            "Pt group A pos given group O platelets which were not high titre negative. Our "
            "policy requires HT neg units for non-O pts. Haemolysis next day, anti-A eluted."
        ),
        (
            "Group O platelets transfused to a group AB patient; the pool was not tested HT neg, "
            "which should have been HT neg per the SOP. DAT positive the following day."
        ),
    ],
)
def test_untested_group_o_platelets_given_to_non_o_patient_despite_sop_is_never_event_12(
    text: str,
) -> None:
    assert never_event_codes(text) == NEVER_EVENT_12


@pytest.mark.parametrize(
    "text",
    [
        (
            "Pt group B pos given group O platelets, high titre negative, as B stock was low. "
            "Mild rigors, no haemolysis."
        ),
        (
            "Group O HT neg platelets issued to a group A pt due to short supply, per policy. "
            "Transfused without incident."
        ),
    ],
)
def test_high_titre_negative_group_o_platelets_for_non_o_patient_stay_null(text: str) -> None:
    assert never_event_codes(text) == NOTHING
