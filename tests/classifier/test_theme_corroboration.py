"""Theme cues by concept (batch8) and the corroboration a theme needs beside a never event.

Implant complications and supply failures, deterioration written as its physiology, patient
identification by bay or cot, transcription, one person covering a service, blood components
as the transfusion's theme, and a single passing cue beside a never-event pattern."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from classifier.engine.rules import compiled
from classifier.engine.themes import CORROBORATED_BESIDE_EVENT
from shared.classification import ThemeId
from shared.taxonomy import ThemeCue
from tests.classifier.outcomes import rule_theme_ids, theme_ids


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # implants that failed or were supplied wrong
        ("sacral nerve stimulator lead fractured 18 months after insertion", "medical_device"),
        ("spinal rods fractured at the L4 level on the 1 year film", "medical_device"),
        (
            "the stents delivered to the cath lab were a different length to the order",
            "medical_device",
        ),
        ("breast implant out of stock on the morning of surgery", "medical_device"),
        ("pacemaker system explanted after the pocket became infected", "medical_device"),
        # the further procedure an implant complication needs
        ("ICD lead extracted and a new system implanted", "treatment_procedure"),
        ("TKR dislocated on the ward, reduced in theatre", "treatment_procedure"),
        ("shunt revision planned for tomorrow", "treatment_procedure"),
        ("failed light source added 40 minutes of extra anaesthetic time", "treatment_procedure"),
        # deterioration written as its physiology or rescue
        ("after the infusion she was barely rousable for two hours", "monitoring_deterioration"),
        ("heart rate 36 after the ampoule was given", "monitoring_deterioration"),
        ("calcium gluconate given for the ECG changes", "monitoring_deterioration"),
        ("readmitted with a GI bleed on the new dose", "monitoring_deterioration"),
        # patient identification; transcription
        ("the platelets were for the lady in bed 9", "communication_documentation"),
        ("nurse hung it thinking it was for her patient", "communication_documentation"),
        ("dose digits transposed on the community chart", "communication_documentation"),
        ("power copied from the other eye's biometry sheet", "communication_documentation"),
        ("MAR had gaps on the Saturday and Sunday", "communication_documentation"),
        # access and staffing
        (
            "pt discharged without a follow-up appointment or physio review",
            "access_transfer_discharge",
        ),
        (
            "MRI postponed by 6 weeks while the device details were found",
            "access_transfer_discharge",
        ),
        (
            "only one radiographer covering the whole site overnight",
            "staffing_infrastructure_estates",
        ),
        ("laminar flow failed mid list", "staffing_infrastructure_estates"),
        # a medicine given to the wrong person
        ("depot injection given to the wrong service user", "medication"),
    ],
)
def test_concept_cue_assigns_theme(text: str, theme: str) -> None:
    assert theme in theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # blood components are the transfusion's theme, not medicines
        ("nurse collected the wrong bag from the fridge, unit B pos, pt A pos", "medication"),
        ("mild rash during the platelet transfusion, chlorphenamine given", "medication"),
        # a wrong-site injection is the procedure's story (dev labels), not a medicine error
        ("steroid injection given into the wrong knee", "medication"),
        # power generators and mixing valves are not implants
        ("backup generator failed to start during the power cut", "medical_device"),
        ("mixing valve removed by estates and not replaced", "treatment_procedure"),
        # a native joint dislocation is not a prosthesis complication
        ("shoulder dislocation reduced in ED", "treatment_procedure"),
        # ambulance waits in hours are not a slow pulse
        ("ambulance took 1 hr 20 to arrive", "monitoring_deterioration"),
        # ultrasound, procedure planning CTs and physiotherapy are not ionising radiation
        ("scanned the wrong side with US first", "radiotherapy_screening"),
        ("planning CT sheet specified a 32mm graft", "radiotherapy_screening"),
        ("exercises shown for the wrong leg by physio", "radiotherapy_screening"),
        # the sterile services department named alone is not an infection-control breach
        ("loan kit sent to CSSD as it arrived late", "infection"),
    ],
)
def test_look_alike_does_not_assign_theme(text: str, theme: str) -> None:
    assert theme not in rule_theme_ids(text)


def test_single_cue_beside_never_event_needs_corroboration() -> None:
    # a wrong implant found at the check x-ray: its discovery is not a missed diagnosis
    text = "Cemented stem implanted, plan was uncemented. Not identified until the post op x-ray."
    themes = theme_ids(text)
    assert {"treatment_procedure", "medical_device"} <= themes
    assert "assessment_diagnosis" not in themes


def test_single_cue_without_never_event_still_counts() -> None:
    assert "assessment_diagnosis" in rule_theme_ids(
        "scaphoid fracture not identified until 2 weeks later"
    )


def test_corroborated_themes_are_real_theme_ids() -> None:
    assert CORROBORATED_BESIDE_EVENT.issubset(t.value for t in ThemeId)


# round 28: communication and documentation beside a never event. The records an event is
# checked against and the findings told around it ("consent and clinic letter both say
# middle", "not signed off by the ward") name documents in passing: one such cue needs
# corroboration. Patient identification, labelling, items not on the count and transcription
# are the README's conventions: their cues stand beside the event.


@pytest.mark.parametrize(
    "text",
    [
        "MH ward. Pt tied a cord to the bedroom curtain track, which was a standard domestic "
        "track fitted by the contractor last week and not signed off by the ward. Found at obs, "
        "cut down, red mark to neck.",
        "Day case list. Trigger finger release planned for the L middle finger, consent and "
        "clinic letter both say middle. Release done on the L ring finger. Pt back to theatre "
        "the same day.",
    ],
)
def test_document_named_in_passing_beside_never_event_needs_corroboration(text: str) -> None:
    assert "communication_documentation" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        # patient identification
        "Red cells hung on bed 6, group O pos pt; the unit was for the pt in the next bay who "
        "is group A pos. 60 ml in, rigors, stopped.",
        # an item not on the count
        "Returned to theatre day 2 for a retained swab; a swab added during the case was not on "
        "the count board.",
        # an abbreviation misread; a weekly dose transcribed as daily
        "Insulin written as 10U on the chart, nurse read it as 100 units and gave 100 units, BM "
        "1.9 at 03:00.",
        "Methotrexate 10 mg weekly transcribed onto the drug chart as daily, given for 4 days, "
        "mouth ulcers.",
    ],
)
def test_identification_count_and_transcription_stand_beside_never_event(text: str) -> None:
    assert "communication_documentation" in rule_theme_ids(text)


def test_single_documentation_cue_without_never_event_still_counts() -> None:
    assert "communication_documentation" in rule_theme_ids(
        "Ward audit: fridge temperature records not signed for 3 days."
    )


def test_standing_cues_are_communication_cues_with_positive_weights() -> None:
    themes = compiled().taxonomy.themes
    standing = [(t.id, c.weight) for t in themes for c in t.cues if c.stands_beside_event]
    assert standing
    assert all(theme == "communication_documentation" and w > 0 for theme, w in standing)


def test_a_counter_cue_cannot_stand_beside_an_event() -> None:
    with pytest.raises(ValidationError):
        ThemeCue(weight=-1.0, phrases=["no harm"], stands_beside_event=True)
