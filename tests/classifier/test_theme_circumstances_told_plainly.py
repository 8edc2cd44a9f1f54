"""Theme cues for circumstances told plainly rather than named: no ambulance resource or a
crew held outside the department (access), one person alone through a shift or a check cut
short "as we were short" (staffing), a patient held down by several staff or a named member
of staff hit (behaviour), handheld devices not syncing (IT); and look-alikes that must not
fire a theme: an outcome told as "no desaturation recorded", a report with no patient in it,
"no injury apart from a red mark", a bed curtain rail that bent."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "pt rang at 0215 with ?stroke symptoms, no resources available, crew on scene 0540",
            "access_transfer_discharge",
        ),
        (
            "our crew was stacked outside ED for 6 hrs with a pt on the trolley, NEWS2 rising",
            "access_transfer_discharge",
        ),
        (
            "advised GP callback within 2 hrs, callback not until 0630, pt collapsed at home",
            "access_transfer_discharge",
        ),
        (
            "HCA was alone on nights in the 20 bed unit when resident was found on the floor",
            "staffing_infrastructure_estates",
        ),
        (
            "label check missed, the pharmacist was single-handed on a busy Saturday",
            "staffing_infrastructure_estates",
        ),
        (
            "second checker not available for the insulin as we were short, dose given unchecked",
            "staffing_infrastructure_estates",
        ),
        (
            "man with LD held down by 3 staff for cannulation, very distressed",
            "behaviour_abuse_safeguarding",
        ),
        (
            "confused pt kicked the porter in the stomach during transfer to x-ray",
            "behaviour_abuse_safeguarding",
        ),
        (
            "handheld obs devices stopped syncing all night so NEWS2 alerts never reached the NIC",
            "it_systems",
        ),
    ],
)
def test_circumstance_told_plainly_assigns_theme(text: str, theme: str) -> None:
    assert theme in rule_theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "pt on O2 for COPD found on the air outlet after 2 hrs. sats stable, no desaturation "
            "recorded",
            "communication_documentation",
        ),
        (
            "pharmacy audit found a box of KCl ampoules in the treatment room cupboard, "
            "removed, no pt involved",
            "communication_documentation",
        ),
        (
            "stock check found 10mg/2ml midazolam in the endoscopy cupboard, pt not affected",
            "communication_documentation",
        ),
        (
            "ligature tied to the wardrobe door, staff cut it, no injury apart from a red mark",
            "communication_documentation",
        ),
        (
            "pt on the medical ward tied a sheet to the bed curtain rail, the rail bent but "
            "held, staff intervened",
            "medical_device",
        ),
        (
            "nurse was alone with the pt in the side room when he became verbally aggressive",
            "staffing_infrastructure_estates",
        ),
        (
            "pt became short of breath as we were walking her back from the toilet",
            "staffing_infrastructure_estates",
        ),
        (
            "pt waited outside the clinic room for her dressing, seen on time, wound healing",
            "access_transfer_discharge",
        ),
    ],
)
def test_look_alike_circumstance_does_not_assign_theme(text: str, theme: str) -> None:
    assert theme not in rule_theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # the counter-cues leave real documentation and device failures alone
        (
            "consent form not signed and no record of the risks discussed, pt not involved "
            "in the decision",
            "communication_documentation",
        ),
        (
            "obs chart blank for 8 hrs, no harm recorded, handover did not mention it",
            "communication_documentation",
        ),
        (
            "bed rail snapped and pt's leg was trapped between the rail and the mattress",
            "medical_device",
        ),
    ],
)
def test_real_failure_keeps_its_theme_beside_a_look_alike(text: str, theme: str) -> None:
    assert theme in rule_theme_ids(text)
