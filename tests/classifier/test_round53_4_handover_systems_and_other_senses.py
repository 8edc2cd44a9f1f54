"""Round 53 (helper 4): a handover never given beside a never event, IT failures told as a
printer offline or a system that does not send its alert, and theme words read in another
sense (beds blocked, a building's block, a radiation dose, past falls, a leak onto the floor,
sats at the patient's own target)."""

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids

HANDOVER_NEVER_GIVEN = [
    # beside a never event (scald): needs no corroboration
    "Pt scalded in the bath on ward 7, blistering to both feet. Estates found the plumbers had "
    "taken the TMV off that morning and there was no handover to the nurse in charge.",
    # no never event
    "Pt's hearing aids were taken out in x-ray and put in a bag on the trolley, nobody handed "
    "them over on return to the ward and they have been lost.",
]

HANDOVER_GIVEN = [
    "Pt scalded in the bath on ward 7, blistering to both feet. Estates found the TMV had "
    "failed. Raised at the 0800 handover to the nurse in charge.",
]


@pytest.mark.parametrize("text", HANDOVER_NEVER_GIVEN)
def test_handover_never_given_is_communication(text: str) -> None:
    assert "communication_documentation" in theme_ids(text)


@pytest.mark.parametrize("text", HANDOVER_GIVEN)
def test_handover_named_as_when_something_was_raised_is_not_communication(text: str) -> None:
    assert "communication_documentation" not in theme_ids(text)


SYSTEM_FAILURES = [
    "Ward printer offline all morning, discharge letters had to be handwritten and the pt went "
    "home before hers was done.",
    "Na 118 on the morning bloods not seen until the evening: the lab system does not send the "
    "critical result alert when the requesting doctor has rotated.",
]


@pytest.mark.parametrize("text", SYSTEM_FAILURES)
def test_printer_offline_or_alert_not_sent_is_it_systems(text: str) -> None:
    # The rules' reading (the learned model already tags the second from "system" and "alert")
    assert "it_systems" in rule_theme_ids(text)


def test_letter_printed_is_not_it_systems() -> None:
    assert "it_systems" not in theme_ids(
        "Clinic letter printed and handed to the pt, copy posted to the GP."
    )


def test_beds_blocked_are_capacity_not_a_device() -> None:
    text = "8 pts waited over 6 hrs in ED, beds blocked on the wards by delayed discharges."
    assert "medical_device" not in theme_ids(text)


def test_bed_broken_is_still_a_device() -> None:
    text = "Pt's bed broken, would not lower and the brakes failed, pt moved to another bed."
    assert "medical_device" in theme_ids(text)


def test_a_block_of_the_building_is_not_a_procedure() -> None:
    text = (
        "Lift out of order so the pt was wheeled round via the old block, 15 min delay "
        "reaching the ward, estates informed."
    )
    assert "treatment_procedure" not in theme_ids(text)


def test_a_nerve_block_that_wore_off_is_still_a_procedure() -> None:
    text = "Pt waited 3 hrs after the block was sited and the block wore off before the op."
    assert "treatment_procedure" in theme_ids(text)


def test_an_extra_radiation_dose_is_not_medication() -> None:
    text = "Wrong hand x-rayed due to request error, repeat x-ray done, extra dose to pt."
    assert "medication" not in theme_ids(text)


def test_an_extra_dose_of_a_drug_is_still_medication() -> None:
    text = "Pt given an extra dose of morphine as the first dose had not been signed for."
    assert "medication" in theme_ids(text)


def test_past_falls_named_as_why_rails_are_up_are_not_a_fall() -> None:
    text = (
        "Pt found with her arm caught in the bed rail, bruising, rails in place after 2 falls "
        "last month. Rail covers fitted."
    )
    assert "falls" not in theme_ids(text)


def test_a_fall_tonight_is_a_fall_whatever_the_past_falls() -> None:
    text = (
        "Pt fell out of bed at 0200 and hit her head, rails in place after 2 falls last month. "
        "Neuro obs started."
    )
    assert "falls" in theme_ids(text)


def test_a_leak_onto_the_bed_and_floor_is_not_a_fall() -> None:
    text = "Rain coming through the ceiling, dripping onto the locker and floor, buckets down."
    assert "falls" not in theme_ids(text)


def test_a_slip_on_the_wet_floor_is_still_a_fall() -> None:
    text = "Rain coming through the ceiling, pt slipped on the wet floor and fell, hip pain."
    assert "falls" in theme_ids(text)


def test_sats_at_the_patients_own_target_are_no_deterioration() -> None:
    text = (
        "Relative worried that the nebs were given on air. Air prescribed for the nebs, oxygen "
        "continued via nasal cannula. Sats 88-91 all day which is her target. No error."
    )
    assert "monitoring_deterioration" not in theme_ids(text)


def test_sats_dropping_are_still_a_deterioration() -> None:
    text = "Nebs given on air instead of oxygen, sats dropped to 81%, outreach called."
    assert "monitoring_deterioration" in theme_ids(text)
