"""Helper H57: oxygen no longer needed, a bed space checked before the patient came, washing
water on the skin, a tube in the lung at the other hospital's stay and blisters of a skin
disease (batch 103).

- A patient whose oxygen was stopped or weaned off, found with an oxygen device on the air
  flowmeter: the flow told of the air ("connected to the medical air flowmeter at 2L") is the
  air running, no need of oxygen told after the stop, so no patient requiring oxygen (null). A
  patient who needs oxygen found on the air at a flow, or one weaned but desaturating and put
  back on it, stays never event 15.
- The place made ready for a patient still to come, checked "before the transfer" or "prior to
  the arrival" (the bed space, bay or cubicle), the device found on the air: near miss 15. A
  patient told on the air for hours, or a bay check before the first patient of a list, keeps
  its reading.
- Washing told under way on a part of the body ("started washing his legs", "sponging the
  pt's back") is the washing water on the skin: hot water there with no mark left is near miss
  14; with a burn it stays never event 14. Water found hot at the check before washing, a
  washing still to come ("about to start washing his legs") and a wash told done after the
  water was cooled stay null.
- A tube in the lung told of the patient's stay at the other hospital ("during her admission
  there") is that stay's event (null); a tube found in the lung here after a transfer is not.
- Blisters or redness an alleged scald left, told by the clinician who saw them as another
  skin condition ("blisters are bullous pemphigoid", "due to his leg oedema"): no scald
  (null), unless the water was measured hot enough to scald.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

OXYGEN_STOPPED_AIR_FLOW = [
    "Oxygen stopped by the medical team this morning, sats 97% RA. Later found with nasal "
    "cannula on, tubing plugged into the medical air flowmeter at 2L - pt wanted the specs for "
    "comfort. Removed, pt well.",
    "Pt no longer requires oxygen, weaned off to room air on Monday. HCA put a venturi mask on "
    "him attached to the air flowmeter running at 4 litres as he said it helped his breathing. "
    "Sats 95%. No harm.",
    "O2 discontinued on the drug chart yesterday, sats 98% on air overnight. This morning nasal "
    "specs found on her, connected to air at 1L by the night HCA who thought it was harmless. "
    "Taken off.",
    "Came off oxygen on Tuesday, self ventilating on room air, sats 96%. Bank nurse found his "
    "venturi mask on him and attached to the medical air outlet at 3 l/min, he had asked for it "
    "back. Removed. No harm.",
]


@pytest.mark.parametrize("text", OXYGEN_STOPPED_AIR_FLOW)
def test_a_patient_off_oxygen_put_on_the_air_at_a_flow_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


OXYGEN_NEEDED_AIR_FLOW = [
    "Pt on 2L O2 via nasal specs for sats target 94-98. Found at 14:00 connected to the medical "
    "air flowmeter at 2L, sats 88%. Moved to oxygen.",
    "Pt weaned off O2 yesterday but desaturated to 87% overnight and 2L restarted. At 06:00 "
    "found with the specs connected to the air flowmeter at 2L. Moved to O2, sats up to 95%.",
    "Pt needs 4L O2 via nasal cannula (prescribed). Night staff found the cannula plugged into "
    "the medical air flowmeter at 4 litres. Sats 86%. Moved to oxygen.",
]


@pytest.mark.parametrize("text", OXYGEN_NEEDED_AIR_FLOW)
def test_a_patient_needing_oxygen_found_on_the_air_at_a_flow_stays_a_never_event(
    text: str,
) -> None:
    assert never_event_codes(text) == ("15", None)


BED_SPACE_CHECKED_BEFORE_ARRIVAL = [
    "Bay 4 got ready for a pt coming up from recovery. The Hudson mask tubing was pushed onto "
    "the medical air flowmeter. RN checking the bedspace before the transfer spotted it and "
    "moved it to O2. Pt came up later and went straight onto oxygen.",
    "Side room prepared for an admission from ED who needs 2L O2. Nasal cannula attached to the "
    "air flowmeter by the porter. Nurse checked the bed space prior to the pt's arrival, saw "
    "the AIR label and swapped it over.",
    "CCU bed 3 set up for a pt returning from the cath lab, oxygen mask put on the air "
    "flowmeter. Found at the bed space check ahead of the transfer, corrected to O2.",
]


@pytest.mark.parametrize("text", BED_SPACE_CHECKED_BEFORE_ARRIVAL)
def test_a_bed_space_set_up_on_air_checked_before_the_patient_came_is_a_near_miss(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "15")


def test_a_patient_hours_on_the_air_found_at_a_bed_space_check_stays_a_never_event() -> None:
    text = (
        "Pt back from theatre on 2L O2 via nasal specs, HCA connected the tubing to the air "
        "flowmeter. Pt had been on the air for 3 hours when the RN checking the bed space "
        "before the transfer to the ward found it, sats dropped to 86%. Moved to O2."
    )
    assert never_event_codes(text) == ("15", None)


def test_a_patient_on_air_found_at_the_bay_check_before_a_transfer_stays_a_never_event() -> None:
    text = (
        "Pt on 4L O2 via venturi in bay 2. At the bay check before the transfer to CT the nurse "
        "found the venturi tubing connected to the air flowmeter, pt was on air and sats were "
        "84%. Moved to oxygen."
    )
    assert never_event_codes(text) == ("15", None)


def test_a_recovery_bay_checked_before_the_first_patient_of_the_list_stays_null() -> None:
    text = (
        "Recovery bay 6 set up at the start of the list with the Hudson mask on the air "
        "flowmeter. Recovery nurse doing the bay check before the first pt arrived noticed, "
        "moved to O2."
    )
    assert never_event_codes(text) == (None, None)


WASHING_BEGUN_NO_MARK = [
    "HCA was sponging the pt's back during a bed bath when she said the water was too hot. "
    "Stopped straight away, bowl measured 52C from the bay basin tap. Skin checked, no "
    "redness. Estates called re TMV.",
    "Strip wash at the bedside: carer started washing his legs and he shouted it was boiling. "
    "Water checked 50 degrees. No mark on his legs. TMV under the basin found faulty.",
    "Student nurse washing the resident's face with water from the en-suite sink, resident "
    "flinched and said too hot. Thermometer 49C. No redness, skin intact. Maintenance "
    "informed.",
    "Assisted shower: HCA was rinsing her hair with the hand held shower when she cried out "
    "that it was scalding. Turned off, measured 53C at the head. No redness on her scalp or "
    "neck. TMV reported.",
]


@pytest.mark.parametrize("text", WASHING_BEGUN_NO_MARK)
def test_hot_washing_water_on_a_part_being_washed_with_no_mark_is_a_near_miss(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "14")


def test_hot_washing_water_that_burnt_the_part_being_washed_stays_a_never_event() -> None:
    text = (
        "HCA washing pt's back in bed with water from the bay basin, pt said it was too hot. "
        "Water 55C. Red area with blisters on her back, burns team review. TMV failed."
    )
    assert never_event_codes(text) == ("14", None)


def test_a_foot_put_in_hot_bath_water_and_pulled_out_unmarked_stays_a_near_miss() -> None:
    text = (
        "Pt being helped into the bath put one foot in and pulled it straight out saying it was "
        "too hot. Thermometer 51C. No mark on the foot. Bath taken out of use, TMV failed."
    )
    assert never_event_codes(text) == (None, "14")


WASHING_STILL_TO_COME = [
    "Bed bath: HCA was about to start washing his legs when she put the thermometer in the "
    "bowl: 55C. Nothing done, ran cold, TMV job logged.",
    "Before washing her back the HCA checked the bowl with the thermometer, 52C, far too hot. "
    "Refilled at 38C. TMV reported.",
]


@pytest.mark.parametrize("text", WASHING_STILL_TO_COME)
def test_a_washing_still_to_come_when_the_water_was_found_hot_stays_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_water_cooled_before_a_wash_the_patient_did_herself_stays_null() -> None:
    text = (
        "I filled the bowl at the sink, the water came out very hot so I added cold and tested "
        "it, it was warm. She washed her own face and arms. Later her arms were a bit pink from "
        "rubbing, no blisters."
    )
    assert never_event_codes(text) == (None, None)


def test_washing_water_found_hot_at_the_check_before_washing_began_stays_null() -> None:
    text = (
        "Filled the washing bowl from the bay sink for a bed bath, checked it with the "
        "thermometer before starting: 54C. Pt still waiting in bed, nothing done. Ran cold, "
        "estates informed."
    )
    assert never_event_codes(text) == (None, None)


TUBE_IN_LUNG_DURING_THE_STAY_THERE = [
    "Pt came to us from another trust for stroke rehab. Their letter says an NG tube went into "
    "the lung and was fed during his admission there in March, investigated as a never event. "
    "He now eats a modified diet. Referral to dietitian late as letter had no nutrition plan.",
    "Transferred from the DGH. Discharge summary mentions a nasogastric tube in the R bronchus "
    "during her stay there, removed. No tube now, oral diet. Transfer letter missing her "
    "medication list.",
]


@pytest.mark.parametrize("text", TUBE_IN_LUNG_DURING_THE_STAY_THERE)
def test_a_tube_in_the_lung_told_of_the_stay_at_the_other_hospital_is_no_never_event(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)


TUBE_FOUND_IN_LUNG_HERE = [
    "Pt transferred from another hospital with an NGT in situ. Transfer letter said position "
    "confirmed. Our nurse gave a 30ml flush and started feed. Pt coughing, CXR here shows the "
    "NGT in the R main bronchus.",
    "Pt transferred from another hospital yesterday. NG re-passed on our ward at 22:00, no "
    "aspirate, feed started anyway. CXR at 08:00: tube in the L lung. Feed stopped.",
    "Pt came from another trust's ICU during the night, their NGT in situ and feed running on "
    "arrival, continued by our nurse. Morning CXR: tube tip in the right lower lobe bronchus. "
    "Feed stopped, both trusts reporting.",
]


@pytest.mark.parametrize("text", TUBE_FOUND_IN_LUNG_HERE)
def test_a_tube_used_and_found_in_the_lung_after_a_transfer_stays_a_never_event(
    text: str,
) -> None:
    assert never_event_codes(text) == ("13", None)


BLISTERS_OF_A_SKIN_DISEASE = [
    "Son says his dad was burnt in the bath at the care home, blisters on both feet. Bath "
    "temperature logged at 38C. GP reviewed: blisters are due to his leg oedema, also on his "
    "shins that were not in the water. Explained.",
    "Resident found with blisters on both arms after her shower. Temperature checked 39C. "
    "Dermatology: the blisters are pemphigus, also on her trunk. No link to the shower.",
    "Husband thinks his wife was scalded in the bath, blisters to both legs. Bath thermometer "
    "recorded 38C. The derm reg saw her: blisters were diagnosed as bullous pemphigoid. "
    "Husband reassured.",
]


@pytest.mark.parametrize("text", BLISTERS_OF_A_SKIN_DISEASE)
def test_blisters_found_to_be_a_skin_disease_are_no_scald(text: str) -> None:
    assert never_event_codes(text) == (None, None)


SCALD_BLISTERS_CONFIRMED = [
    "Blisters on both feet after the pt's shower. Initially thought to be moisture lesions, TVN "
    "reviewed: blistering consistent with a scald, not pressure. Shower measured 58C, TMV "
    "failed.",
    "Pt with eczema scalded in the bath, blisters to both legs. Bath water measured 52C at the "
    "tap after. Plastics review.",
    "Blisters on her legs after the shower, GP said the blisters are pemphigoid, but estates "
    "measured the shower at 60C the same day and the TVN found partial thickness scalds.",
]


@pytest.mark.parametrize("text", SCALD_BLISTERS_CONFIRMED)
def test_blisters_from_water_measured_hot_enough_to_scald_stay_a_never_event(text: str) -> None:
    assert never_event_codes(text) == ("14", None)
