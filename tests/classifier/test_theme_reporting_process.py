"""Themes are evidenced by what happened, not by the reporting process told around it: the
investigation's sources, who was told, where the learning goes. Also the look-alikes that long
narratives bring (a drug round as a time, a violent cough, a non-blanching rash)."""

from __future__ import annotations

import pytest

from classifier.engine.rules import compiled
from classifier.engine.themes import reporting_scopes
from tests.classifier.outcomes import rule_theme_ids

_PROCESS = (
    "Statements taken from the nurses, doctors and support staff on duty, timeline drawn up "
    "from the notes and the e-obs record. Matron and the duty senior nurse informed on the day. "
    "Learning to be shared at the safety huddles. Copy of the report sent to the clinical "
    "director. The review is looking at the system rather than individuals."
)


@pytest.mark.parametrize(
    ("event", "absent"),
    [
        ("Pt fell in the bay at 0300, no injury.", "it_systems"),
        ("Pt fell in the bay at 0300, no injury.", "medication"),
        ("Pt fell in the bay at 0300, no injury.", "monitoring_deterioration"),
        ("Swab count correct at closure, no retained items.", "communication_documentation"),
    ],
)
def test_reporting_process_is_no_theme_evidence(event: str, absent: str) -> None:
    assert absent not in rule_theme_ids(f"{event} {_PROCESS}")


@pytest.mark.parametrize(
    ("event", "theme"),
    [
        ("EPR went down for 3 hrs and bloods could not be requested.", "it_systems"),
        ("Nurse drew up 10 units of insulin for the wrong pt and gave it.", "medication"),
        ("NEWS2 of 7 not escalated for 4 hrs.", "monitoring_deterioration"),
    ],
)
def test_the_event_told_beside_the_process_still_counts(event: str, theme: str) -> None:
    assert theme in rule_theme_ids(f"{event} {_PROCESS}")


def test_a_reporting_scope_ends_with_its_clause() -> None:
    analysis = compiled().analyse("Matron informed on the day, pt fell again at 2200.")
    tokens = analysis.doc.tokens
    scopes = reporting_scopes(analysis)
    assert scopes
    assert all("fell" not in tokens[start:end] for start, end in scopes)
    assert "falls" in rule_theme_ids("Matron informed on the day, pt fell again at 2200.")


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("pt punched the RMN in the face during meds round, police informed", "medication"),
        (
            "child had pushed a bead into her ear at school, removed in ED",
            "behaviour_abuse_safeguarding",
        ),
        (
            "he coughed violently and the NG tube came up into his mouth",
            "behaviour_abuse_safeguarding",
        ),
        ("CD count one ampoule short. searched, not found", "behaviour_abuse_safeguarding"),
        (
            "pharmacy audit found strong KCl amps in the general drugs cupboard",
            "behaviour_abuse_safeguarding",
        ),
        ("I didn't know how to use that type of insulin pen", "communication_documentation"),
        ("3 yo with fever and a non-blanching rash sent home by the locum", "pressure_ulcer"),
        ("MAP fell to 48 when the noradrenaline syringe ran out", "falls"),
        ("8 month old with bronchiolitis, the baby vomited the NG tube up", "maternity_perinatal"),
        ("wrong digit marked, picked up at sign in by the ODP, remarked", "assessment_diagnosis"),
        ("Correct device, no wrong implant; coil found embedded at follow up", "medical_device"),
        ("on the same day the pt's hypo box was found empty", "monitoring_deterioration"),
        ("follow-up appt never booked, visual fields deteriorated", "monitoring_deterioration"),
        ("Pt with pneumonia on 4L O2 via nasal specs, moved to bay 2", "infection"),
        ("pt found unresponsive on my drug round at 0600, crash call", "medication"),
        (
            "ceftriaxone 2g given IM by the bank nurse not IV as charted",
            "communication_documentation",
        ),
        (
            "I was interrupted by a crash call halfway through the line insertion",
            "monitoring_deterioration",
        ),
        (
            "on the walk round I found the window restrictor hanging off, estates called",
            "self_harm",
        ),
    ],
)
def test_look_alikes_in_long_narratives_do_not_fire(text: str, theme: str) -> None:
    assert theme not in rule_theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("fasted from midnight and not given a dextrose infusion, BM 3.1", "medication"),
        ("no IV fluids prescribed overnight while NBM", "medication"),
        (
            "the GP and the rheumatologist both assumed the other was monitoring the bloods",
            "communication_documentation",
        ),
        (
            "ward and district nurses each thought the other had arranged the dressing",
            "communication_documentation",
        ),
        ("pt pushed the nurse into the wall", "behaviour_abuse_safeguarding"),
        ("wrong dose given on the drug round, 10mg instead of 1mg", "medication"),
        ("pt found hypo, BM 1.8, not rechecked for 4 hrs", "monitoring_deterioration"),
        ("pneumonia not treated for 2 days, pt became septic", "infection"),
        ("pt found hanging from the door in her room, cut down by staff", "self_harm"),
    ],
)
def test_the_concepts_still_fire(text: str, theme: str) -> None:
    assert theme in rule_theme_ids(text)
