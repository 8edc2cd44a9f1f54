"""Round 30 (long documents and specialty jargon): past incidents a board paper lists, the
diagnosis a bed-by-bed handover gives each patient, stroke "neglect" and a scald's washing water
are background or look-alikes; a pathway a patient was kept off, a missing risk assessment, an
undone transcription, lost traceability slips and the wrong on-call rota are the event; the
units a bleed was treated with, blood lost on the floor, a storey called a floor, a ligature
rescue and an implant maker's "system" are look-alikes. Each concept is checked both ways: the
theme found, and its look-alike left alone."""

from __future__ import annotations

import pytest

from classifier.engine.rules import compiled
from classifier.engine.themes import reporting_scopes
from tests.classifier.outcomes import rule_theme_ids

_PAST = (
    "Board report. The division reported two serious incidents in the last 12 months (a fall "
    "with a hip fracture and an insulin overdose)."
)


def test_past_incidents_listed_as_history_are_no_theme_evidence() -> None:
    themes = rule_theme_ids(
        f"{_PAST} Ward 5 was unsafely staffed on 6 nights due to sickness with no bank cover."
    )
    assert "falls" not in themes
    assert "medication" not in themes
    assert "staffing_infrastructure_estates" in themes


def test_a_past_incident_scope_is_its_whole_sentence_only() -> None:
    text = f"{_PAST} Pt fell in the bay at 0300 tonight, no injury."
    analysis = compiled().analyse(text)
    tokens = analysis.doc.tokens
    scopes = reporting_scopes(analysis)
    assert any(
        "hip" in tokens[start:end] and "division" in tokens[start:end] for start, end in scopes
    )
    assert all("tonight" not in tokens[start:end] for start, end in scopes)
    assert "falls" in rule_theme_ids(text)


def test_incidents_of_this_period_still_count() -> None:
    themes = rule_theme_ids(
        "Board report. Two serious incidents declared this month: a fall with a hip fracture on "
        "ward 5 and an insulin overdose on ward 7."
    )
    assert {"falls", "medication"} <= themes


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Stroke unit. Pt with dense R hemiplegia and L sided neglect knocked her drink over "
            "at lunch, no injury.",
            "behaviour_abuse_safeguarding",
        ),
        (
            "Pt on the stroke unit has visual neglect, OT advised placing the call bell on the "
            "unaffected side. Found on the floor at 0300.",
            "behaviour_abuse_safeguarding",
        ),
        (
            "Scald to the thigh from a cup of tea. Not a bathing or washing water scald. Cooled "
            "and dressed.",
            "infection",
        ),
        (
            "Bay handover. Bed 10 - 63F, cellulitis, IV fluclox, stable. Bed 11 - 90M, hypo 2.9 "
            "at 03:00 after gliclazide given late, treated.",
            "infection",
        ),
        (
            "66M ventilated day 3 for pneumonia, sedated. NGT removed accidentally at 07:00 "
            "during a turn.",
            "infection",
        ),
        (
            "Implant record: a 46 mm head from a different manufacturer's system was used with "
            "the stem.",
            "it_systems",
        ),
        ("Hot water system failed on ward 4, no showers for the day.", "it_systems"),
        (
            "Pt triaged via the chest pain pathway and seen within 10 min, ECG normal.",
            "assessment_diagnosis",
        ),
        (
            "Bed rail assessment completed on admission, rails up at night as agreed with the "
            "family.",
            "assessment_diagnosis",
        ),
        (
            "Pt transferred from AMU with her drug chart, all doses given on time on the ward.",
            "communication_documentation",
        ),
        (
            "Traceability record checked: both units signed for and returned to the lab.",
            "communication_documentation",
        ),
        (
            "New on-call rota published for August, registrar covering from 17:00, no issues on "
            "the first night.",
            "communication_documentation",
        ),
        (
            "PPH 1.8 L in recovery after LSCS, uterotonics given, 2 units RBC. CTG changes had "
            "not been escalated in labour.",
            "blood_transfusion_tissues",
        ),
        (
            "Post polypectomy bleed day 2, readmitted, transfused 2 units, clips at repeat "
            "colonoscopy.",
            "blood_transfusion_tissues",
        ),
        (
            "Haemodialysis needle dislodged, estimated blood loss 400 ml on the floor, BP 80/50, "
            "needle re-sited.",
            "falls",
        ),
        (
            "Engineers were flushing the water system on the floor below and the shower ran "
            "scalding hot, burns to the back.",
            "falls",
        ),
        (
            "Staff cut the ligature and she was lowered to the floor, unresponsive, CPR started.",
            "falls",
        ),
        ("pt said she nearly fell in the bathroom but grabbed the rail. no injury", "falls"),
    ],
)
def test_background_and_look_alikes_add_no_theme(text: str, absent: str) -> None:
    assert absent not in rule_theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Community visit: 84 yo lives alone, house cold, no food in the fridge, carers had "
            "not attended for 3 days. Safeguarding raised for neglect.",
            "behaviour_abuse_safeguarding",
        ),
        (
            "Stroke rehab: pt with left neglect. Daughter disclosed that her partner hits her mum "
            "at home, safeguarding referral made.",
            "behaviour_abuse_safeguarding",
        ),
        ("Staff nurse seen not washing her hands between patients on the bay.", "infection"),
        (
            "HCA observed going between patients without washing hands after emptying a catheter "
            "bag.",
            "infection",
        ),
        ("Pt acquired MRSA bacteraemia from the PICC line, line removed.", "infection"),
        (
            "Pt developed pneumonia on day 5 after aspiration during the procedure, started on IV "
            "abx.",
            "infection",
        ),
        ("EPR system went down for 3 hours, bloods could not be requested.", "it_systems"),
        (
            "Pt attended ED with temp 38.9 and neutrophils 0.3 on chemo, not triaged via the "
            "neutropenic sepsis pathway; abx given at 3 hrs.",
            "assessment_diagnosis",
        ),
        (
            "Audit of 20 sets of notes: bed rail assessment missing in 9 patients who had rails "
            "up.",
            "assessment_diagnosis",
        ),
        (
            "Warfarin omitted for 2 days as it was not transcribed onto the new drug chart on "
            "transfer from AMU.",
            "communication_documentation",
        ),
        (
            "2 units O neg given in resus. Traceability slips for both units not returned to the "
            "lab.",
            "communication_documentation",
        ),
        (
            "STEMI call at 02:10. Switchboard had the wrong on-call rota, so the cath lab team "
            "were bleeped 40 min late.",
            "communication_documentation",
        ),
        (
            "Pt discharged home without his anticoagulant, readmitted 2 days later with a DVT.",
            "medication",
        ),
        (
            "PPH 1.5 L, 2 units transfused; the second unit had been crossmatched for the woman "
            "in room 4 and the bedside check was not done.",
            "blood_transfusion_tissues",
        ),
        (
            "Bleeding post op, 2 units of red cells requested but the sample was rejected as "
            "unlabelled, transfusion delayed 2 hours.",
            "blood_transfusion_tissues",
        ),
        (
            "Pt slipped on a puddle of urine on the floor by her bed and fractured her wrist.",
            "falls",
        ),
        ("Pt on ward 3 found on the floor below the window at 0200, no injury.", "falls"),
        (
            "Pt admitted after a fall at home, fell again on the ward at 0300 and found on the "
            "floor by her bed.",
            "falls",
        ),
    ],
)
def test_the_event_is_found(text: str, theme: str) -> None:
    assert theme in rule_theme_ids(text)
