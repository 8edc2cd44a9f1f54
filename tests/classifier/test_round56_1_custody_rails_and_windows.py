"""Round 56, helper 1: mental health, learning disability and custody settings.

- "At home" told as the patient's history, the reason for the admission ("on hourly obs since
  admitted after an overdose at home"): the inpatient hanging from a rail that held is never
  event 9. A hanging from a rail in the patient's own home is still excluded.
- A death beside a rail that held, the estates inspection told after it: a patient event, never
  event 9. An inspection finding with no patient involved is still a risk only.
- The patient moved "before anything got trapped" in a bed-rail gap: near miss 11. The neck
  caught and freed is still never event 11.
- A restraint where the person "went to the floor" in the hold is no fall; slipping and
  falling during a restraint still is.
- A fitting kept from "falling down" or "falling off" is no fall; a resident who keeps falling
  still is.
- The body slipping through a bed-rail gap, told in the sentence of the entrapment (never event
  11), is its means, not a fall; a fall told in a sentence of its own still is.
- A curtain rail that came down and hit the patient: no person struck her (no
  behaviour_abuse_safeguarding), and a rail named is a fitting, not self-harm for the learned
  model. A patient hitting staff, and a ligature on a rail, still are.
- A bed "had been pushed" to the other side of the room: no one was pushed. A patient pushing a
  nurse still is.
- Staff grabbing a person at an open window and pulling her in: a rescue, not an assault. A
  patient grabbing a nurse by the hair still is.
- The safeguarding team told "as per policy": a routine notification. A safeguarding referral
  made as per policy is still a concern.
- Running off from the staff escorting the person (an outing, a walk): absconding. Running off
  a copy for the staff is not.
- Saying she would jump in front of a train: stated suicidal intent (self_harm). Walking in
  front of the nurses' station is not.
- Custody words (prisoner, cell, wing, officers) are the setting, not behaviour, for the
  learned model; a prisoner punching a nurse is still behaviour.
- A window and its restrictor named beside a fall are no behaviour for the learned model;
  absconding through a window still is.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import model_theme_ids, never_event_codes, theme_ids

BEHAVIOUR = "behaviour_abuse_safeguarding"

HANGING_WITH_HOME_AS_HISTORY = [
    "acute mh ward, on hourly obs since she was admitted last week following an overdose at "
    "home. found 02:30 in her en-suite with a dressing gown belt tied round the shower curtain "
    "rail and her neck, the rail did not come down. belt cut, conscious, red mark to neck.",
]

HANGING_AT_OWN_HOME = [
    "CMHT pt found by her partner at her own home with a belt tied to the shower curtain rail "
    "and round her neck, rail held. ambulance called, conscious in ED.",
]

DEATH_THEN_INSPECTION = [
    "Pt found deceased in the ward shower room at 16:40 with a ligature round the shower rail. "
    "Estates inspection after: the rail's breakaway joint had been glued solid by a contractor.",
    "SI. Detained pt found dead in the ensuite, ligature fixed to the curtain rail, life "
    "extinct. Estates inspection later found the magnetic release had been screwed in place "
    "during the refurb.",
]

INSPECTION_NO_PATIENT = [
    "estates inspection of the ward bathrooms found the shower rail breakaway joint in bath 2 "
    "glued solid by a contractor. no patient involved, rail replaced.",
]

MOVED_BEFORE_ANYTHING_TRAPPED = [
    "pt on a bariatric bed with the standard side rails fitted, big gap by the headboard. night "
    "HCA saw her sliding down with her head going towards the gap and moved her up the bed "
    "before anything got trapped. rails removed.",
]

NECK_CAUGHT_AND_FREED = [
    "pt on a bariatric bed with the standard side rails fitted, big gap by the headboard. night "
    "HCA found her neck caught between the rail and the headboard, freed her, bruising to the "
    "neck.",
]

WENT_TO_THE_FLOOR_IN_RESTRAINT = [
    "in the PICU seclusion room during restraint his left elbow struck the door frame as he "
    "went to the floor. xray no fracture. PMVA debrief held.",
]

FELL_DURING_RESTRAINT = [
    "during restraint he slipped on the wet floor and fell, hitting his head on the door frame. "
    "CT head clear.",
]

FITTING_KEPT_FROM_FALLING = [
    "found the breakaway pole in room 5 taped to its brackets, pt said he did it so it stops "
    "falling down every time he leans on it. pole replaced.",
    "the towel holder in the bathroom had been glued by a resident so it stops falling off. "
    "maintenance to replace.",
]

RESIDENT_KEEPS_FALLING = [
    "resident keeps falling out of her chair in the lounge, found on the floor twice this week, "
    "sensor mat ordered.",
]

SLIPPED_THROUGH_RAIL_GAP = [
    "carer found Mr D with his neck trapped between the top of the bed rail and the mattress, "
    "she thinks he wriggled and slipped through. freed at once, red mark on his neck.",
]

ENTRAPMENT_AND_A_FALL_APART = [
    "carer found Mr D with his neck wedged between the top of the bed rail and the mattress, "
    "freed at once, red mark on his neck. Earlier in the shift he had slipped on the wet "
    "bathroom floor.",
]

CURTAIN_RAIL_HIT_PATIENT = [
    "curtain rail round bed 3 came down as the nurse pulled the curtain, the rail hit the pt's "
    "shoulder. bruise. estates fixing, rail was reported loose last week.",
]

PATIENT_HIT_STAFF = [
    "pt hit the HCA in the face when asked to get back into bed, staff member shaken.",
]

LIGATURE_ON_RAIL = [
    "pt found in bathroom with a cord tied round the shower curtain rail and her neck, cut down "
    "by staff, conscious.",
]

BED_HAD_BEEN_PUSHED = [
    "the bed had been pushed to the other side of the room for cleaning and the oxygen tubing "
    "came off the wall outlet, sats 86% at next obs, reconnected.",
]

PATIENT_PUSHED_NURSE = [
    "pt pushed the nurse against the wall when told his leave was cancelled.",
]

PULLED_IN_FROM_WINDOW = [
    "lady leaning right out of the open landing window shouting, HCA grabbed her round the "
    "waist and pulled her in. no harm. window locked.",
]

GRABBED_NURSE = [
    "pt grabbed the nurse by the hair and pulled her to the ground on the corridor.",
]

SAFEGUARDING_TOLD_AS_PER_POLICY = [
    "young person found with a superficial scratch to the wrist from a broken ruler. cleaned, "
    "steristrip. Safeguarding team notified as per trust policy.",
]

SAFEGUARDING_REFERRAL_AS_PER_POLICY = [
    "young person came back from home leave with fingertip bruising to both upper arms. "
    "safeguarding referral made as per trust policy.",
]

RAN_OFF_FROM_STAFF = [
    "on the walk to the shops J bolted away from his 2 support workers and could not be seen "
    "for 15 minutes, found by staff near the river. unhurt.",
]

RAN_OFF_A_COPY = [
    "printer jammed so the nurse ran off a fresh copy of the care plan for the bank staff. no "
    "patient impact.",
]

WOULD_JUMP_IN_FRONT_OF_TRAIN = [
    "on escorted leave pt said she would jump in front of a train when they got near the level "
    "crossing, staff walked her back to the ward.",
]

WALK_IN_FRONT_OF_STATION = [
    "pt said she would walk in front of the nurses station to show the doctor her rash, waited "
    "in the day room instead.",
]

PRISONER_SEIZURE = [
    "prisoner in his cell on the healthcare wing had a seizure, officers called healthcare, "
    "nurse attended, recovery position, escorted to ED for CT.",
]

PRISONER_PUNCHED_NURSE = [
    "prisoner punched the nurse at the medication hatch when told his dose was not due. "
    "officers restrained him.",
]

FELL_FROM_UNRESTRICTED_WINDOW = [
    "Nursing home: Mrs A (dementia) got out of the window in her room on the first floor and "
    "fell to the patio. The restrictor on that window was broken. Fractured hip, admitted.",
]

ABSCONDED_THROUGH_WINDOW = [
    "pt absconded through the 1st floor window after forcing it, returned by police 3 hrs later.",
]


@pytest.mark.parametrize("text", HANGING_WITH_HOME_AS_HISTORY)
def test_home_told_as_admission_history_keeps_never_event_9(text: str) -> None:
    assert never_event_codes(text, service_type="4") == ("9", None)


@pytest.mark.parametrize("text", HANGING_AT_OWN_HOME)
def test_hanging_at_own_home_stays_excluded(text: str) -> None:
    assert never_event_codes(text, service_type="4") == (None, None)


@pytest.mark.parametrize("text", DEATH_THEN_INSPECTION)
def test_death_beside_rail_then_inspection_is_never_event_9(text: str) -> None:
    assert never_event_codes(text, service_type="4") == ("9", None)


@pytest.mark.parametrize("text", INSPECTION_NO_PATIENT)
def test_inspection_with_no_patient_is_neither(text: str) -> None:
    assert never_event_codes(text, service_type="4") == (None, None)


@pytest.mark.parametrize("text", MOVED_BEFORE_ANYTHING_TRAPPED)
def test_moved_before_anything_trapped_is_near_miss_11(text: str) -> None:
    assert never_event_codes(text) == (None, "11")


@pytest.mark.parametrize("text", NECK_CAUGHT_AND_FREED)
def test_neck_caught_and_freed_is_never_event_11(text: str) -> None:
    assert never_event_codes(text) == ("11", None)


@pytest.mark.parametrize("text", WENT_TO_THE_FLOOR_IN_RESTRAINT)
def test_went_to_the_floor_in_restraint_is_no_fall(text: str) -> None:
    themes = theme_ids(text)
    assert "falls" not in themes
    assert BEHAVIOUR in themes


@pytest.mark.parametrize("text", FELL_DURING_RESTRAINT)
def test_slipped_and_fell_during_restraint_is_a_fall(text: str) -> None:
    assert "falls" in theme_ids(text)


@pytest.mark.parametrize("text", FITTING_KEPT_FROM_FALLING)
def test_fitting_kept_from_falling_down_is_no_fall(text: str) -> None:
    assert "falls" not in theme_ids(text)


@pytest.mark.parametrize("text", RESIDENT_KEEPS_FALLING)
def test_resident_who_keeps_falling_is_a_fall(text: str) -> None:
    assert "falls" in theme_ids(text)


@pytest.mark.parametrize("text", SLIPPED_THROUGH_RAIL_GAP)
def test_slipping_through_the_rail_gap_is_no_fall(text: str) -> None:
    assert never_event_codes(text) == ("11", None)
    assert "falls" not in theme_ids(text)


@pytest.mark.parametrize("text", ENTRAPMENT_AND_A_FALL_APART)
def test_fall_told_apart_from_the_entrapment_is_a_fall(text: str) -> None:
    assert "falls" in theme_ids(text)


@pytest.mark.parametrize("text", CURTAIN_RAIL_HIT_PATIENT)
def test_curtain_rail_hitting_patient_is_no_assault_and_no_self_harm(text: str) -> None:
    themes = theme_ids(text)
    assert BEHAVIOUR not in themes
    assert "self_harm" not in themes


@pytest.mark.parametrize("text", PATIENT_HIT_STAFF)
def test_patient_hitting_staff_is_behaviour(text: str) -> None:
    assert BEHAVIOUR in theme_ids(text)


@pytest.mark.parametrize("text", LIGATURE_ON_RAIL)
def test_ligature_on_rail_is_self_harm(text: str) -> None:
    assert "self_harm" in theme_ids(text)


@pytest.mark.parametrize("text", BED_HAD_BEEN_PUSHED)
def test_bed_pushed_across_the_room_is_no_assault(text: str) -> None:
    assert BEHAVIOUR not in theme_ids(text)


@pytest.mark.parametrize("text", PATIENT_PUSHED_NURSE)
def test_patient_pushing_nurse_is_behaviour(text: str) -> None:
    assert BEHAVIOUR in theme_ids(text)


@pytest.mark.parametrize("text", PULLED_IN_FROM_WINDOW)
def test_grabbed_and_pulled_in_from_window_is_no_assault(text: str) -> None:
    assert BEHAVIOUR not in theme_ids(text)


@pytest.mark.parametrize("text", GRABBED_NURSE)
def test_patient_grabbing_nurse_is_behaviour(text: str) -> None:
    assert BEHAVIOUR in theme_ids(text)


@pytest.mark.parametrize("text", SAFEGUARDING_TOLD_AS_PER_POLICY)
def test_safeguarding_told_as_per_policy_is_no_concern(text: str) -> None:
    assert BEHAVIOUR not in theme_ids(text)


@pytest.mark.parametrize("text", SAFEGUARDING_REFERRAL_AS_PER_POLICY)
def test_safeguarding_referral_as_per_policy_is_behaviour(text: str) -> None:
    assert BEHAVIOUR in theme_ids(text)


@pytest.mark.parametrize("text", RAN_OFF_FROM_STAFF)
def test_running_off_from_escorting_staff_is_behaviour(text: str) -> None:
    assert BEHAVIOUR in theme_ids(text)


@pytest.mark.parametrize("text", RAN_OFF_A_COPY)
def test_running_off_a_copy_is_not_behaviour(text: str) -> None:
    assert BEHAVIOUR not in theme_ids(text)


@pytest.mark.parametrize("text", WOULD_JUMP_IN_FRONT_OF_TRAIN)
def test_saying_she_would_jump_in_front_of_a_train_is_self_harm(text: str) -> None:
    assert "self_harm" in theme_ids(text)


@pytest.mark.parametrize("text", WALK_IN_FRONT_OF_STATION)
def test_walking_in_front_of_the_station_is_not_self_harm(text: str) -> None:
    assert "self_harm" not in theme_ids(text)


@pytest.mark.parametrize("text", PRISONER_SEIZURE)
def test_custody_words_are_no_behaviour(text: str) -> None:
    assert BEHAVIOUR not in theme_ids(text)


@pytest.mark.parametrize("text", PRISONER_PUNCHED_NURSE)
def test_prisoner_punching_nurse_is_behaviour(text: str) -> None:
    assert BEHAVIOUR in theme_ids(text)


@pytest.mark.parametrize("text", FELL_FROM_UNRESTRICTED_WINDOW)
def test_window_words_beside_a_fall_are_no_behaviour_for_the_model(text: str) -> None:
    assert BEHAVIOUR not in model_theme_ids(text, framing=True)
    assert BEHAVIOUR not in theme_ids(text)


@pytest.mark.parametrize("text", ABSCONDED_THROUGH_WINDOW)
def test_absconding_through_a_window_is_behaviour(text: str) -> None:
    assert BEHAVIOUR in theme_ids(text)
