"""Round 25 theme cues, second pass: things a report names in passing read as what they are.
A call bell in reach or rung is the telling, not the estates (a call bell system down is); a
leak round a prosthesis or from a flowmeter and a diathermy generator that did not alarm are
devices, not the building; the category a reporter gives ("Reporting as wrong blood group
given") is no evidence; a move between beds of one ward is no transfer; the words of a
component, its pack and its sample are no evidence of a documentation failure for the learned
model."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids

ESTATES = "staffing_infrastructure_estates"
ACCESS = "access_transfer_discharge"
COMMUNICATION = "communication_documentation"


@pytest.mark.parametrize(
    "text",
    [
        "bed in lowest position, call bell within reach, non-slip socks on. pt got up alone at "
        "03:00 and was found on the floor by the bed",
        "23:10 call bell. pt found slid down the bed, repositioned, no injury",
    ],
)
def test_a_call_bell_named_in_passing_is_not_estates(text: str) -> None:
    assert ESTATES not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "nurse call bell system down for 5 hrs overnight, pt in side room 2 shouted for help",
        "call bell in side room 6 not working, pt tried to walk to the toilet alone",
    ],
)
def test_a_failed_call_bell_is_estates(text: str) -> None:
    assert ESTATES in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "voice prosthesis changed in clinic, next day he was leaking around the prosthesis and "
        "coughing on fluids, re-sized",
        "the O2 flowmeter on the wall started leaking so the mask was moved to the next outlet",
        "return pad lifted during the case, burn to the thigh, the diathermy generator did not "
        "alarm and was quarantined",
    ],
)
def test_a_devices_leak_or_alarm_is_not_the_buildings(text: str) -> None:
    assert ESTATES not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "water leaking through the ceiling of bay 4 onto the floor, pt slipped in the puddle",
        "power cut on the unit, the back up generator did not start for 20 minutes",
    ],
)
def test_a_buildings_leak_or_power_is_estates(text: str) -> None:
    assert ESTATES in rule_theme_ids(text)


def test_the_reporters_category_is_no_evidence() -> None:
    text = (
        "trauma call, 4 units of O neg emergency red cells given before a sample was taken, pt "
        "later grouped B pos. Reporting as wrong blood group given."
    )
    assert COMMUNICATION not in theme_ids(text)


def test_a_wrong_blood_in_tube_is_still_communication() -> None:
    text = (
        "group and save sample labelled with the details of the pt in the next bed, grouped as "
        "A pos, the pt's historical group is O pos - wrong blood in tube, sample rejected"
    )
    assert COMMUNICATION in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt in bed 14 was Mr Jones (moved from bed 11 overnight), the checklist in the notes was "
        "for the pt now in bed 11; the porter checked the wristband and queried it",
        "pts swapped to bay 3 after lunch, the drug round nurse gave the bed 6 pt's tablets to "
        "the new pt in bed 6",
    ],
)
def test_a_move_between_beds_is_not_a_transfer(text: str) -> None:
    assert ACCESS not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt transferred from AMU to ward 20 bed 4 at 02:30, no bed on the ward till then",
        "waited 14 hours in ED for a medical bed, no beds in the hospital",
    ],
)
def test_a_transfer_between_services_is_access(text: str) -> None:
    assert ACCESS in rule_theme_ids(text)
