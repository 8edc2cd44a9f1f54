"""Round 55, helper 4: extra themes read into falls, pressure ulcer and ward reports.

- A mood or mental state that worsens over days, and a floor or building that wears out, are
  "deteriorating" without any physical deterioration of a patient: no monitoring_deterioration.
  A patient who deteriorates still is one.
- A fall told with the blow as it happened ("fell, hitting her head on the floor") is no
  assault. A patient who hits another still is one.
- A bed named beside a word of another subject (the flat roof below, the previous patient in
  that bed who died) is no failed bed, and rails left down as the assessment decided are the
  background of a fall: no medical_device. A bed that broke, or rails a patient was trapped
  in, still are.
- Equipment never checked, told by a blank check sheet ("no record of the unit being
  checked"), is the kit's upkeep, not a failed record: no communication_documentation. A
  care record left blank still is one.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

MOOD_OR_FABRIC_WORSENING = [
    "her mood has been deteriorating for a fortnight, eating less and staying in her room. "
    "care plan letter about the new antidepressant was posted to the wrong address.",
    "Carpet on the day room corridor is deteriorating and fraying at the join, a trip risk "
    "for residents. maintenance request logged and the area coned off.",
]

PATIENT_DETERIORATING = [
    "pt deteriorating over the night shift, resp rate 28 and sats 88% on air, not escalated "
    "to the doctor until the morning.",
]


@pytest.mark.parametrize("text", MOOD_OR_FABRIC_WORSENING)
def test_mood_or_fabric_worsening_is_no_deterioration(text: str) -> None:
    assert "monitoring_deterioration" not in theme_ids(text)


@pytest.mark.parametrize("text", PATIENT_DETERIORATING)
def test_patient_deteriorating_still_is(text: str) -> None:
    assert "monitoring_deterioration" in theme_ids(text)


FALL_WITH_A_BLOW = [
    "Resident lost her footing in the garden room at 7am and fell, hitting the right side of "
    "her face on the bench, small graze, no LOC. neuro obs started, GP informed.",
]

ASSAULT = [
    "pt became aggressive in the lounge and punched another patient in the face, staff "
    "separated them and the police were called.",
]


@pytest.mark.parametrize("text", FALL_WITH_A_BLOW)
def test_fall_with_a_blow_is_no_assault(text: str) -> None:
    themes = theme_ids(text)
    assert "falls" in themes
    assert "behaviour_abuse_safeguarding" not in themes


@pytest.mark.parametrize("text", ASSAULT)
def test_assault_still_is(text: str) -> None:
    assert "behaviour_abuse_safeguarding" in theme_ids(text)


BED_BESIDE_ANOTHER_SUBJECT = [
    "confused pt went out of the window beside her bed, landed on the flat roof of the "
    "floor below, # wrist. window restrictor had been removed by contractors.",
    "NEWS2 of 6 not alerted on the eobs because the bed still carried a palliative flag from "
    "the last patient in that bed who died on monday; flag not cleared when he was admitted.",
    "pt rolled out of bed at 0300, bed rails down as per her falls assessment, low bed in "
    "use, found on the crash mat, no injury, obs normal.",
]

BED_OR_RAILS_AT_FAULT = [
    "the bed collapsed at the foot end when the pt sat on it, the hydraulic leg snapped, pt "
    "slid to the floor, no injury. bed taken out of use and sent to EBME.",
    "pt found with his arm trapped between the bed rails, swelling to the forearm, rails "
    "removed and medical devices team informed.",
]


@pytest.mark.parametrize("text", BED_BESIDE_ANOTHER_SUBJECT)
def test_bed_beside_another_subject_is_no_device(text: str) -> None:
    assert "medical_device" not in theme_ids(text)


@pytest.mark.parametrize("text", BED_OR_RAILS_AT_FAULT)
def test_bed_or_rails_at_fault_still_are(text: str) -> None:
    assert "medical_device" in theme_ids(text)


EQUIPMENT_NEVER_CHECKED = [
    "pt fell at night getting to the commode, the chair sensor did not alarm. its battery "
    "was dead and there is no record of it being checked since it was put in.",
    "grade 3 PU to sacrum on a dynamic mattress that had deflated, pump alarm switched off. "
    "no check of mattress function recorded on the daily safety sheet for 4 days.",
]

CARE_RECORD_LEFT_BLANK = [
    "pt fell on the ward at 1400, no record of the fall made in the notes and family not "
    "told until the next day.",
]


@pytest.mark.parametrize("text", EQUIPMENT_NEVER_CHECKED)
def test_equipment_never_checked_is_no_record_failure(text: str) -> None:
    themes = theme_ids(text)
    assert "medical_device" in themes
    assert "communication_documentation" not in themes


@pytest.mark.parametrize("text", CARE_RECORD_LEFT_BLANK)
def test_care_record_left_blank_still_is(text: str) -> None:
    assert "communication_documentation" in theme_ids(text)
