"""Round 55, helper 3: form-typed reports and ward look-alikes of never events 3, 6, 12, 13.

- A unit's label read out with the form's own heading for the name ("label said PT NAME Mr X,
  group B pos") gives the unit's group, not the patient's: a group B unit stopped at the
  bedside for a group O patient is a near miss 12. The same unit for a group B patient is not.
- A nurse who "did not re-check the pH or tube length before starting the feed" started the
  feed: the "before" is the missed check, not a catch. Found in the airway after it: never
  event 13. The feed held back when the film showed the airway is still a near miss.
- A "U" misreading only asked about ("could that have been read as 180?") and answered as read
  correctly is no misreading: a late insulin dose with no overdose is no never event 6. A "U"
  read as the bigger number and given still is one.
- Pressure damage from a device in use ("redness from the nasal specs tubing, found at the
  skin check") is no retained object. A piece of tubing found in a wound still is one.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, theme_ids

LABEL_HEADING_UNIT_CAUGHT = [
    "Bedside check of the 2nd unit: bag label said PATIENT NAME Mrs [NAME], group B neg, our pt "
    "is Mrs [NAME] group O pos per wristband. unit not spiked, sent back to the lab.",
    "unit label said PT NAME Mr [NAME], group A pos. pt in bed 7 is Mr [NAME], group O pos. "
    "Not spiked, returned to blood bank, right unit collected.",
]

LABEL_HEADING_UNIT_COMPATIBLE = [
    "Bedside check of the 2nd unit: bag label said PATIENT NAME Mrs [NAME], group O neg, our pt "
    "is Mrs [NAME] group B pos per wristband. unit not spiked, sent back to the lab.",
]

FEED_STARTED_ON_UNCHECKED_TUBE = [
    "NG tube came up a few cm after she vomited, carer re-taped it. nurse did not re-check the pH "
    "or tube length before starting the overnight feed. coughing and sats 84%, feed stopped. CXR: "
    "tube tip in the R main bronchus.",
    "toddler with NGT, tube seemed to have moved after coughing. staff did not check aspirate or "
    "position before giving the evening bolus feed. child desaturated, CXR showed NGT in the L "
    "lower lobe bronchus.",
]

FEED_HELD_TUBE_IN_AIRWAY = [
    "NG tube came up after she vomited, re-taped. pH 7 on aspirate so feed held and CXR "
    "requested: tube tip in the R main bronchus. tube removed, no feed given.",
]

U_QUERIED_READ_CORRECTLY = [
    "Reply to governance: the Levemir was given 3 hrs late because the pt was off the ward "
    "and it was not handed over. The chart says '24U' - could that have been read as 240? "
    "No, we all read it as 24 units and 24 units were given.",
]

U_MISREAD_AND_GIVEN = [
    "Lantus 14U on the chart was read as 140 units and 140 units were given at 22:00. "
    "BM 1.9 at 02:00, glucagon given.",
]

DEVICE_PRESSURE_MARK = [
    "grade 1 non blanching redness to the top of the R ear from the nasal specs tubing, found at "
    "the 10:00 skin check. on 4L O2 for 3 days. tubing swapped for a softer one.",
    "small blister on the cheek under the NG tubing, found at the 16:00 skin check. tube "
    "re-secured on the other side with a hydrocolloid under it.",
]

TUBING_LEFT_IN_WOUND = [
    "at the wound check on day 5 a length of drain tubing was found in the wound and removed. "
    "it was not on the count.",
]


@pytest.mark.parametrize("text", LABEL_HEADING_UNIT_CAUGHT)
def test_unit_label_with_name_heading_gives_the_units_group(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize("text", LABEL_HEADING_UNIT_COMPATIBLE)
def test_unit_label_with_name_heading_compatible_unit_is_no_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", FEED_STARTED_ON_UNCHECKED_TUBE)
def test_feed_started_without_rechecking_the_tube_is_never_event_13(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


@pytest.mark.parametrize("text", FEED_HELD_TUBE_IN_AIRWAY)
def test_feed_held_when_tube_found_in_airway_stays_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize("text", U_QUERIED_READ_CORRECTLY)
def test_u_misreading_only_asked_about_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)
    assert "assessment_diagnosis" not in theme_ids(text)


@pytest.mark.parametrize("text", U_MISREAD_AND_GIVEN)
def test_u_misread_and_given_is_still_never_event_6(text: str) -> None:
    assert never_event_codes(text) == ("6", None)


@pytest.mark.parametrize("text", DEVICE_PRESSURE_MARK)
def test_pressure_damage_from_a_device_in_use_is_no_retained_object(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", TUBING_LEFT_IN_WOUND)
def test_tubing_found_in_a_wound_is_still_retained(text: str) -> None:
    assert never_event_codes(text) == ("3", None)
