"""A form's field answered "none" ("Falls: N/A", "Safeguarding referral required: No"), the
never-event category named by its title, the journey or handover named as the event's setting
("Interhospital transfer of a ventilated pt: ...", "Ambulance handover 14:30: ..."), a fall that
brought a child in, the feet of someone found hanging, and a unit of blood "not connected" at
the bedside check are no evidence of their theme; the theme told as what happened still is."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "PRESSURE ULCER REPORT\nCategory: 3 heel\nFalls: N/A\nMedication involved: N/A\n"
            "What happened: heels not offloaded for 2 days against the care plan.",
            "falls",
        ),
        (
            "Allegation by pt that a HCA pushed her back onto the bed when she tried to get up. "
            "Bruise to the forearm, HCA removed from pt contact.\nFalls: no fall occurred",
            "falls",
        ),
        (
            "Estates walk-round, ward 4 (3rd floor): restrictor on bay C window found snapped, "
            "window closed, no patient near it. Fixed same day.\n"
            "Type: Falls from poorly restricted windows",
            "falls",
        ),
        (
            "Toddler brought to ED by dad with 'fall from bed'. Bruises of different ages on "
            "the back, no safeguarding referral made before discharge.",
            "falls",
        ),
        (
            "Found in the en-suite with a cord tied round her neck and attached to the shower "
            "curtain rail; the rail had bent but not released, feet on the floor. Released, "
            "conscious.",
            "falls",
        ),
        (
            "PRESSURE ULCER REPORT\nCategory: 2 sacrum\nSafeguarding referral required: No\n"
            "What happened: repositioning not done overnight.",
            "behaviour_abuse_safeguarding",
        ),
        (
            "Interhospital transfer of a ventilated pt to the regional centre: the transport "
            "ventilator battery ran flat 20 min into the journey, hand-bagged, sats stable.",
            "access_transfer_discharge",
        ),
        (
            "Ambulance handover 10:15: crew sheet said no known allergies. Old notes say "
            "penicillin allergy; co-amoxiclav given in ED, rash and wheeze, adrenaline given.",
            "access_transfer_discharge",
        ),
        (
            "Final bedside check before spiking the 2nd unit of red cells: it had another "
            "woman's name on it. Unit not connected, returned to the lab.",
            "medical_device",
        ),
    ],
)
def test_fields_settings_and_look_alikes_are_no_evidence(text: str, absent: str) -> None:
    assert absent not in rule_theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # the fall told as what happened, beside a falls field
        (
            "Pt found on the floor beside the bed at 04:00, hip pain, x-ray #NOF.\n"
            "Falls: yes, unwitnessed",
            "falls",
        ),
        (
            "Pt slid out of the chair onto the floor while the HCA was fetching the hoist.",
            "falls",
        ),
        # a fall on the ward after being brought in with something else
        (
            "Pt brought to ED with chest pain, later fell from the trolley in majors and cut "
            "her head.",
            "falls",
        ),
        # safeguarding told as the concern
        (
            "Safeguarding concern: bruises to both arms of different ages on a 2 year old, "
            "referral to children's social care made.",
            "behaviour_abuse_safeguarding",
        ),
        # the transfer itself delayed, the handover itself delayed
        (
            "Interhospital transfer delayed 6 hours as no ambulance crew was available.",
            "access_transfer_discharge",
        ),
        (
            "Ambulance handover delayed 3 hours, pt held outside ED on the ramp.",
            "access_transfer_discharge",
        ),
        # a device not connected is still a device left off
        (
            "Pressure-relieving mattress pump was not connected, the mattress flat all night.",
            "medical_device",
        ),
    ],
)
def test_the_theme_told_as_what_happened_still_counts(text: str, theme: str) -> None:
    assert theme in rule_theme_ids(text)
