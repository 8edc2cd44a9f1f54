"""Theme cues sharpened in round 33 (batch 33: settings outside the acute ward, medicines in
depth, never-event words used for something else): each concept still found where the
incident is about it, and left alone where the same words tell something else.

- a simulation, drill or training exercise's scenario is rehearsed, not an event (a real fault
  found during the drill, told in its own sentence, still counts);
- a member of staff not knowing a rule ("unaware that ... must never") is a training gap, not
  information that failed to pass; a competency not yet "signed off" is no unsigned record;
- a "not" before another verb ("not escalated - recorded by the HCA") negates that verb;
- staff pulled to another area are a staffing gap, staff who moved a patient are not; "1g
  reconstituted by RN for" counts a dose, not the nurses;
- a ligature risk of the building, not the ligature risk assessment;
- an ambulance called that did not convey is the response, not access that failed;
- "from the system" only for what dropped off a system; an implant "from the same system";
- a storey named by what is on it ("the lift to the theatres floor") is no fall;
- reverse barrier nursing and a watch for infection are no infection;
- a NEWS of 0 or 1 after a fall is reassurance and an expected death no arrest; an assessment
  "not documented" is an assessment matter;
- a unit "hung" by a nurse is no hanging; "placenta not delivered at 60 mins" is no dose
  set against another; a paper form "not scanned to EPR" is no scan of the patient.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a real fault found during a drill, told in a sentence of its own
        (
            "Resus drill on ward 3. During the drill the defibrillator would not charge and "
            "the suction unit was missing from the trolley. Defib replaced by EBME.",
            "medical_device",
        ),
        # a real incident beside the word "training"
        (
            "Pt given 10 units of Actrapid instead of 1 unit. Nurse had not had insulin "
            "training. BM 1.9, glucose given.",
            "medication",
        ),
        # information that did not reach the people who needed it
        (
            "Receiving ward were not aware that the pt was nil by mouth as it was not handed "
            "over; breakfast given.",
            "communication_documentation",
        ),
        # a record not properly kept
        (
            "Pressure damage found on admission was not properly documented and no body map done.",
            "communication_documentation",
        ),
        # staff taken elsewhere
        (
            "Level 2 obs missed for 40 mins as the two staff were pulled to a restraint on the "
            "other ward.",
            "staffing_infrastructure_estates",
        ),
        (
            "Only RMN on the ward redeployed to PICU at 20:00; pt absconded at 20:30.",
            "staffing_infrastructure_estates",
        ),
        # one nurse counted against the work
        (
            "Night shift: 1 qualified nurse for the whole ward, drug round finished at 01:00.",
            "staffing_infrastructure_estates",
        ),
        # a ligature risk of the building
        (
            "Ligature risk identified in bedroom 4: the wardrobe door hinge is not anti-ligature.",
            "staffing_infrastructure_estates",
        ),
        # access that failed
        (
            "Ambulance took 6 hours to arrive for a pt on the floor at home.",
            "access_transfer_discharge",
        ),
        # records dropping off a system
        (
            "Pt dropped off the DN electronic caseload after the migration and was not "
            "visited for 2 weeks.",
            "it_systems",
        ),
        # a fall to the floor
        ("Pt slipped in the shower and slid to the floor, hit her head.", "falls"),
        # an infection-control breach
        ("Pt with C diff not barrier nursed, left in the open bay overnight.", "infection"),
        # a hanging
        ("Pt found hanging from the wardrobe door with a belt, cut down by staff.", "self_harm"),
        # a dose set against another
        ("Gentamicin 400mg given not 40mg as prescribed for the child.", "medication"),
        # deterioration told with a NEWS that is not reassuring, an unexpected arrest
        (
            "Pt NEWS2 7 at 02:00 and not escalated, found in cardiac arrest at 04:00.",
            "monitoring_deterioration",
        ),
        # a scan not done
        ("Head injury on warfarin and the pt was not scanned for 9 hours.", "assessment_diagnosis"),
    ],
)
def test_the_concept_assigns_its_theme(text: str, theme: str) -> None:
    assert theme in rule_theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a rehearsed scenario, no patient
        (
            "Blood transfusion training session (simulated patient, skills lab) with a "
            "deliberately mislabelled unit at the bedside check. 7 of 10 staff spotted it.",
            "blood_transfusion_tissues",
        ),
        (
            "Theatre team training: count session on a mock abdomen with a swab deliberately "
            "hidden. One group missed it. No patient involved.",
            "treatment_procedure",
        ),
        # a training gap, not a failed communication
        (
            "New HCA unaware that insulin must never be drawn from a pen cartridge; stopped by "
            "the RN before any was drawn.",
            "communication_documentation",
        ),
        (
            "B12 injection given subcut instead of IM by a nurse not yet signed off for "
            "injections.",
            "communication_documentation",
        ),
        # a "not" that negates another verb
        (
            "NEWS2 6 at 10:00 not escalated - recorded by the student on the e-obs.",
            "communication_documentation",
        ),
        # staff who moved a patient, a patient who pulled a tube out
        (
            "Water in the shower suddenly very hot, staff moved him out at once, no burn.",
            "staffing_infrastructure_estates",
        ),
        (
            "NG re-passed by night staff after the pt pulled it out, pH 4 confirmed.",
            "staffing_infrastructure_estates",
        ),
        # a dose counted, not the nurses
        (
            "Cefuroxime 1g reconstituted by RN for slow IV bolus with water for injection, "
            "given over 3 min.",
            "staffing_infrastructure_estates",
        ),
        # the ligature risk assessment is an assessment
        (
            "New admission, ligature risk assessment of the bedroom not completed for 5 hours; "
            "no harm.",
            "staffing_infrastructure_estates",
        ),
        # the emergency response, not failed access
        (
            "Resident had a seizure, rescue medication given by carers. Ambulance called, not "
            "conveyed.",
            "access_transfer_discharge",
        ),
        # an implant system
        (
            "Femoral head found to be not from the same system as the stem on the registry entry.",
            "it_systems",
        ),
        # a storey
        (
            "The only lift to the theatres floor was out of service for 3 hours.",
            "falls",
        ),
        # protective isolation and a watch for infection
        (
            "Neutropenic pt nursed in reverse barrier isolation after the methotrexate overdose.",
            "infection",
        ),
        (
            "Wrong drug given through the PICC; line flushed, team will monitor for line "
            "infection.",
            "infection",
        ),
        # a unit hung
        (
            "Two units sent to the wrong bay; the nurse was hanging it when the pt said the "
            "name was not hers.",
            "self_harm",
        ),
        # a delay in the third stage
        (
            "PPH 800ml after SVD, placenta not delivered at 60 mins, taken to theatre for MROP.",
            "medication",
        ),
        # a form not scanned
        (
            "Consent form not scanned to EPR so the op was delayed while the pt re-consented.",
            "assessment_diagnosis",
        ),
        # reassurance after a fall, a death told as expected
        (
            "Pt slipped in the bathroom and was found sitting on the floor, no head injury, "
            "obs NEWS 1.",
            "monitoring_deterioration",
        ),
        (
            "Care home resident found in bed not breathing at 06:00, expected death, DNACPR "
            "in place.",
            "monitoring_deterioration",
        ),
        # an assessment not documented is an assessment matter
        (
            "Child with fever seen by the OOH GP and sent home. Sepsis assessment not recorded, "
            "readmitted with sepsis.",
            "communication_documentation",
        ),
    ],
)
def test_the_look_alike_does_not_assign_theme(text: str, theme: str) -> None:
    assert theme not in rule_theme_ids(text)
