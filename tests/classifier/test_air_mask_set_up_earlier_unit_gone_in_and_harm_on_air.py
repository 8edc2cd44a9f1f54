"""How an air connection caught at the set-up, an earlier unit gone in and the harm of the air
are told: the oxygen mask or specs themselves told as joined to the air flowmeter ("the Hudson
mask for the incoming pt had been connected to the medical air flowmeter"; gas_inlet_connected)
are the wrong connection, not its reach, so a catch before the mask went on is near miss 15;
an earlier unit of the order told as gone in ("First unit had gone in without problem";
earlier_unit_given) is not the reach of the incompatible unit stopped at the bedside (near
miss 12); and the air's harm told with the air found after the connection ("... before
handing over. At 0400 her sats were 83% and she was drowsy, and on checking the tubing was
connected to the air flowmeter") is air breathed, never event 15, whatever "before" the
report tells (a hypoxic patient named as the reason for the oxygen stays a near miss)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

MASK_ON_AIR_CAUGHT_BEFORE_IT_WENT_ON = [
    "Theatre recovery: the Venturi mask for bay 2 had been connected to the medical air "
    "flowmeter when the bay was prepared. Spotted by the ODP at the bay check as the pt came "
    "through, before the mask went on. Moved to O2.",
    "Resus 1 - nasal specs for the incoming trauma had been plugged into the air flowmeter. "
    "Picked up by the nurse as the pt arrived, before the specs went on. Changed to oxygen.",
    "O2 mask tubing had been connected to the air flowmeter by the student. Noticed by the "
    "mentor before the patient was put on it, no harm.",
]

MASK_ON_AIR_REACHED_THE_PATIENT = [
    "Pt on 4L O2 via Hudson mask. The mask had been connected to the air flowmeter on transfer "
    "to the ward. Noticed at the 0400 obs, sats 86%, switched to O2.",
    "Hudson mask was connected to the air flowmeter and was on the pt for 10 mins before the "
    "nurse noticed, sats dropped to 87%.",
    "Pt's mask had been connected to the medical air flowmeter for 3 hours. Found at handover "
    "when he was drowsy, moved to oxygen.",
]

EARLIER_UNIT_GONE_IN = [
    "2 units prescribed for Hb 66. The 1st unit went in uneventfully overnight. At the bedside "
    "check of unit 2 the bag was group B pos and the pt is group A pos. Not spiked, returned to "
    "the lab.",
    "First bag had gone in by 1400. Second bag brought to the bedside was group AB pos, pt "
    "group B pos. Not spiked, lab informed.",
    "Previous unit had run in over 3 hours. The next unit was group A pos, pt group O pos, "
    "picked up at the bedside check and not spiked.",
]

INCOMPATIBLE_UNIT_GONE_IN = [
    "The unit went in over 20 mins before the nurse noticed it was group A pos and the pt is "
    "group O pos. Transfusion stopped.",
    "First unit (group A pos, pt group O pos) had gone in before the error was found when "
    "checking the second unit. Second unit not spiked.",
]

HARM_TOLD_WITH_THE_AIR_FOUND = [
    "Pt came up from ED on 2L O2 via nasal specs. The porter plugged her tubing into the wall "
    "before handing over. At 0300 obs her sats were 82% and she was drowsy, and on checking "
    "the tubing was connected to the medical air flowmeter. Switched to O2.",
    "Post-op pt on 2L O2 via specs. HCA reconnected the tubing after the wash, prior to handing "
    "over. Pt later hypoxic and drowsy, found connected to the medical air flowmeter. Moved to "
    "oxygen.",
]

HYPOXIA_AS_THE_REASON_FOR_OXYGEN = [
    "ED resus, hypoxic pt sats 86%. HCA connected the venturi tubing to the air flowmeter. Reg "
    "noticed the air label before the mask went on. Reconnected to O2.",
    "Pt needing oxygen. HCA set up nasal specs on the air flowmeter by mistake. Pt hypoxic with "
    "sats 86% on arrival from the ambulance. Nurse noticed before the specs went on and changed "
    "it to O2.",
    "Nurse attached the non rebreather tubing to the air outlet, realised before putting the "
    "mask on the pt. Pt had desaturated to 85% earlier in the ambulance.",
]


@pytest.mark.parametrize("text", MASK_ON_AIR_CAUGHT_BEFORE_IT_WENT_ON)
def test_mask_on_air_caught_before_it_went_on_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "15")


@pytest.mark.parametrize("text", MASK_ON_AIR_REACHED_THE_PATIENT)
def test_mask_on_air_that_reached_the_patient_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


@pytest.mark.parametrize("text", EARLIER_UNIT_GONE_IN)
def test_earlier_unit_gone_in_is_no_reach_of_the_stopped_unit(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize("text", INCOMPATIBLE_UNIT_GONE_IN)
def test_incompatible_unit_gone_in_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("12", None)


@pytest.mark.parametrize("text", HARM_TOLD_WITH_THE_AIR_FOUND)
def test_harm_told_with_the_air_found_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


@pytest.mark.parametrize("text", HYPOXIA_AS_THE_REASON_FOR_OXYGEN)
def test_hypoxia_as_the_reason_for_oxygen_stays_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "15")
