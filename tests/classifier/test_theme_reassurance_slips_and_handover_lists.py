"""Round 32 look-alikes: observations told as reassurance after an error are no deterioration
(for the rules and for the learned model); a towel or padding that slipped, a restraint "taken
to the floor", a leak's water on the floor and a visitor "(not a patient)" are no patient
fall; a diagnosis next to a name in a handover list, or an infection that was the wrong
explanation ("initially attributed to sepsis"), is no infection theme. Each with the theme it
must still find."""

from __future__ import annotations

import classifier.engine as engine
from classifier.engine.themes import framing_tests
from tests.classifier.outcomes import (
    any_span,
    kept_from_model_evidence,
    model_theme_ids,
    theme_ids,
)

MONITORING = "monitoring_deterioration"


# --- observations told as reassurance ---------------------------------------------------


def test_readings_that_stayed_in_range_after_a_device_error_are_no_deterioration() -> None:
    text = (
        "Respiratory ward bay 3. Pt on a nasal high flow circuit was found connected to the "
        "medical air outlet after the move from the side room. Sats stayed 95% throughout "
        "and she was comfortable. Reconnected to oxygen, nurse in charge aware."
    )
    themes = theme_ids(text)
    assert MONITORING not in themes
    assert "medical_device" in themes


def test_a_target_range_and_a_reading_in_target_are_no_deterioration() -> None:
    text = (
        "Pt with COPD (target sats 88-92%) had his Venturi mask connected to the air "
        "flowmeter by the porter. Routine obs at 15:00 sats 90% - in target. Swapped when "
        "noticed at handover, ABG unchanged."
    )
    themes = theme_ids(text)
    assert MONITORING not in themes
    assert "medical_device" in themes
    # the learned model read the target and the reading as a deterioration
    assert MONITORING in model_theme_ids(text, framing=False)
    assert MONITORING not in model_theme_ids(text, framing=True)


def test_normal_readings_after_a_wrong_route_are_no_deterioration() -> None:
    text = (
        "Oral morphine 5mg given via the IV cannula by mistake at 20:10. Doctor reviewed at "
        "20:20: RR 16, sats 97%, GCS 15. Hourly obs for 4 hours, pt settled."
    )
    themes = theme_ids(text)
    assert MONITORING not in themes
    assert "medication" in themes


def test_the_model_does_not_read_reassuring_readings_as_deterioration() -> None:
    text = (
        "O2 tubing found connected to the air outlet on arrival to the ward. Sats remained "
        "92-94% and pt was settled and comfortable, no distress."
    )
    analysis = engine._COMPILED.analyse(engine.redact(text))
    assert MONITORING in framing_tests(analysis, any_span)
    # (the model retrained with batch 105 no longer reads these readings so even without the
    # framing; the target range above still proves the framing's part)
    assert MONITORING not in model_theme_ids(text, framing=True)
    assert MONITORING not in theme_ids(text)


def test_readings_that_stayed_low_or_dropped_are_still_deterioration() -> None:
    assert MONITORING in theme_ids(
        "Sats remained low at 84% on 15L overnight and this was not escalated to the doctor."
    )
    assert MONITORING in theme_ids(
        "Pt on the air flowmeter instead of oxygen for 2 hours: sats dropped to 82%, "
        "he became drowsy and the outreach team was called."
    )


# --- what slipped, what was on the floor, who fell ----------------------------------------


def test_a_towel_or_padding_that_slipped_is_no_fall() -> None:
    assert "falls" not in theme_ids(
        "Warming pack wrapped in a towel placed under the pt's arm in recovery. The towel "
        "slipped and a 2cm blister was found an hour later. Dressed, tissue viability aware."
    )
    assert "falls" not in theme_ids(
        "Long case in lithotomy. The heel padding had slipped in the stirrup and the pt woke "
        "with numbness over the lateral calf. Positioning checks not recorded."
    )


def test_a_patient_who_slipped_on_a_towel_still_fell() -> None:
    assert "falls" in theme_ids(
        "Pt slipped on a wet towel left on the bathroom floor and fell, hitting her hip."
    )


def test_a_restraint_taken_to_the_floor_is_no_fall() -> None:
    themes = theme_ids(
        "Pt punched a nurse and was restrained by 3 staff and taken to the floor in the "
        "supine position for 6 minutes. IM medication given, debrief held."
    )
    assert "falls" not in themes
    assert "behaviour_abuse_safeguarding" in themes


def test_a_leaks_water_on_the_floor_is_no_fall_but_a_slip_on_it_is() -> None:
    text = (
        "Roof leak in bay C after heavy rain overnight, water on the floor by bed 6. Bed 6 "
        "closed, pt moved to bay A. Estates called."
    )
    themes = theme_ids(text)
    assert "falls" not in themes
    assert "staffing_infrastructure_estates" in themes
    # nor may the learned model take the leak's water on the floor as evidence of a fall
    assert kept_from_model_evidence(text, "falls", "on the floor")
    assert "falls" not in model_theme_ids(text, framing=True)
    assert "falls" in theme_ids(
        "Leak from the ceiling in the corridor; the pt slipped on the water on the floor on "
        "her way to the toilet, bruised elbow."
    )


def test_someone_told_as_not_a_patient_did_not_have_a_patient_fall() -> None:
    assert "falls" not in theme_ids(
        "Relative (not a patient) tripped over a cable in the day room and grazed her knee, "
        "first aid given."
    )
    assert "falls" in theme_ids(
        "Pt tripped over a cable in the day room and grazed her knee, doctor reviewed."
    )


# --- infection named in a list or as the wrong explanation ---------------------------------


def test_diagnoses_next_to_names_in_a_handover_list_are_background() -> None:
    text = (
        "Handover ward 5 08:00\n"
        "Bed 1 - Mrs [NAME], pneumonia, O2 2L, stable.\n"
        "Bed 2 - Mr [NAME]: UTI, IV abx.\n"
        "Bed 3 - Mr [NAME], found on the floor beside his bed at 04:00, unwitnessed fall, "
        "CT head booked."
    )
    themes = theme_ids(text)
    assert "infection" not in themes
    assert "falls" in themes


def test_an_infection_in_the_event_of_a_handover_list_is_still_infection() -> None:
    text = (
        "Handover ward 5 08:00\n"
        "Bed 2 - Mr [NAME]: C diff positive yesterday but still in the bay, not isolated "
        "overnight as no side room was free."
    )
    assert "infection" in theme_ids(text)


def test_an_infection_that_was_the_wrong_explanation_is_no_infection_theme() -> None:
    themes = theme_ids(
        "Wrong unit transfused: pt developed rigors and hypotension, initially attributed to "
        "sepsis, until the lab found the unit belonged to another patient."
    )
    assert "infection" not in themes
    assert "blood_transfusion_tissues" in themes
    assert "infection" in theme_ids(
        "Pt with a temperature of 39 and a new oxygen requirement, red flag sepsis not "
        "recognised, antibiotics given 5 hours after arrival."
    )


# --- look-alikes of blood components --------------------------------------------------------

BLOOD = "blood_transfusion_tissues"


def test_a_routine_sample_told_as_not_for_transfusion_is_no_blood_theme() -> None:
    text = (
        "Blood tests (FBC, CRP) for bed 2 labelled at the desk from the wrong patient's label "
        "sheet. Result did not fit, repeat taken from the right patient. Not a transfusion "
        "sample."
    )
    themes = theme_ids(text)
    assert BLOOD not in themes
    assert "communication_documentation" in themes
    assert BLOOD in theme_ids(
        "Group and save sample taken from bed 4 but labelled with the bed 5 patient's details "
        "at the nurses' station. The lab found the blood group did not match the history."
    )


def test_cryotherapy_to_a_skin_lesion_is_not_cryoprecipitate() -> None:
    assert BLOOD not in theme_ids(
        "Minor ops clinic: pt listed for cryo to a wart on her finger had the lesion on her "
        "forearm excised instead - two patients with the same surname on the list."
    )
    assert BLOOD in theme_ids(
        "Major haemorrhage in theatre: 2 pools of cryo issued for the pt in theatre 3 were "
        "given to our pt, group O cryo to a group A pt."
    )


def test_insulin_units_before_a_blood_sugar_are_no_blood_units() -> None:
    themes = theme_ids(
        "Insulin drawn from the pen cartridge with an insulin syringe: he got 50 units of "
        "Toujeo at 22:00 and at 03:00 his blood sugar was 1.9, treated with glucogel."
    )
    assert BLOOD not in themes
    assert "medication" in themes
