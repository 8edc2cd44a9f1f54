"""Theme cues by concept (batch5): how reporters describe outages, lost referrals, missed
diagnoses, consent and transcription failures, implants, and the look-alikes that must not fire."""

from __future__ import annotations

import pytest

from classifier.engine import classify_text
from tests.classifier.outcomes import theme_ids


def _rule_themes(text: str) -> set[str]:
    """Themes the rules (not the learned model) assign."""
    return {
        t.id.value
        for t in classify_text(text).themes
        if any(e.rule_id == f"theme.{t.id.value}" for e in t.evidence)
    }


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # IT: a named system going down, not syncing, a migration, a record dropping off a list
        ("Lorenzo went down at 09:00 so clinic ran on paper", "it_systems"),
        ("handheld devices would not sync with the EPR for the whole night shift", "it_systems"),
        ("recall alerts did not carry over when the practice migrated systems", "it_systems"),
        ("community visit fell off the SystmOne task list, nobody went", "it_systems"),
        # access: visits that did not happen, cancellations, leaving unseen, nothing sent along
        (
            "district nurse did not attend for the dressing change, pt waited in all day",
            "access_transfer_discharge",
        ),
        ("fracture clinic cancelled at short notice, pts turned up", "access_transfer_discharge"),
        ("theatre list stood down as there was no post-op bed", "access_transfer_discharge"),
        ("pt went home before being seen by the doctor in ED", "access_transfer_discharge"),
        # diagnosis: wrong results, lost specimens, unreviewed imaging, under-triage
        (
            "lab issued falsely raised potassium results for a morning due to a reagent fault",
            "assessment_diagnosis",
        ),
        ("biopsy specimen lost between clinic and pathology", "assessment_diagnosis"),
        ("surgeon did not review imaging before starting", "assessment_diagnosis"),
        # communication: consent, laterality, transcription, misdirected results, assumptions
        ("pt had not consented to the second procedure", "communication_documentation"),
        ("clinic letter had the sides transposed", "communication_documentation"),
        (
            "warfarin dose written as 5mg instead of 0.5mg on the discharge letter",
            "communication_documentation",
        ),
        (
            "critical result telephoned to the wrong ward instead of ICU",
            "communication_documentation",
        ),
        (
            "the GP assumed the hospital team would arrange the follow-up bloods",
            "communication_documentation",
        ),
        # device: implants, fractured leads, wrong pump rate
        ("a cemented stem was implanted instead of the planned uncemented one", "medical_device"),
        ("ICD lead fractured at 2 years, inappropriate shocks", "medical_device"),
        ("heparin pump programmed at 20 ml/h instead of 2 ml/h", "medical_device"),
        # medication: post-negated monitoring and omitted doses
        ("clozapine levels not done for 4 months", "medication"),
        ("regular methadone not given on the day of transfer", "medication"),
    ],
)
def test_concept_cue_assigns_theme(text: str, theme: str) -> None:
    assert theme in theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a product or label check nobody did is not a diagnostic failure
        (
            "wrong strength vial dispensed, not picked up at the accuracy check",
            "assessment_diagnosis",
        ),
        ("nobody checked the box size before the lens was handed over", "assessment_diagnosis"),
        # a medicine given through a cannula is not a procedure
        ("IV antibiotic given via the cannula at the wrong time", "treatment_procedure"),
        # device-related pressure damage is a pressure ulcer
        (
            "cat 2 device related pressure damage behind the ears from the oxygen tubing",
            "medical_device",
        ),
        # a waiting time for a drug is not an access delay
        ("pt with sepsis waited 2 hours for IV antibiotics", "access_transfer_discharge"),
        # a wire that migrated is not an IT migration
        ("guidewire migrated into the vein and was snared out", "it_systems"),
    ],
)
def test_look_alike_does_not_assign_theme(text: str, theme: str) -> None:
    assert theme not in _rule_themes(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # deterioration written as a desat, a drop in a vital sign, a new oxygen requirement
        (
            "pt desatted to 84% twenty minutes after the feed was started",
            "monitoring_deterioration",
        ),
        ("sudden drop in BP after the second unit went up", "monitoring_deterioration"),
        ("coughing on the ward with a new oxygen requirement", "monitoring_deterioration"),
        # patient identification by bed or bay; swapped cot cards
        ("red cells for bed 4 were hung on bed 5", "communication_documentation"),
        ("cot cards swapped when the babies were moved", "communication_documentation"),
        # information governance on personal devices and apps
        (
            "wound photo taken on her personal phone and sent over WhatsApp",
            "communication_documentation",
        ),
        # electronic alerts that did not fire; lab system flags
        ("allergy alert didnt fire on the GP system when penicillin was prescribed", "it_systems"),
        ("irradiated requirement flag not on the LIMS", "it_systems"),
        # community medicine visits missed; drug monitoring lapsed
        ("evening insulin visit cancelled as the team was short", "medication"),
        ("no INR for 10 weeks after she was taken off the anticoag clinic list", "medication"),
        # symptoms put down to a known condition; results left unactioned
        ("carers put it down to his arthritis and did not call anyone", "assessment_diagnosis"),
        ("abnormal bloods sat unactioned in the inbox for a month", "assessment_diagnosis"),
        # moisture-associated skin damage; decontamination failure; screening interval cancer
        ("incontinence associated dermatitis to both buttocks", "pressure_ulcer"),
        ("autoclave cycle failed but the instruments were used", "infection"),
        (
            "interval cancer found after the screening mammogram was read as normal",
            "radiotherapy_screening",
        ),
        # staffing as a percentage, no cover during leave
        ("team at 60% staffing today so visits were triaged", "staffing_infrastructure_estates"),
        (
            "inbox not covered while the coordinator was on annual leave",
            "staffing_infrastructure_estates",
        ),
        # self-harm by insertion or by taking a saved supply at once
        ("pt had inserted a pen lid into her own rectum on the ward", "self_harm"),
        # a protected limb cannulated
        ("cannula sited in the L arm despite her L mastectomy", "treatment_procedure"),
    ],
)
def test_batch6_concept_cue_assigns_theme(text: str, theme: str) -> None:
    assert theme in theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # "fall" of a value, of a list, of a staff member; a near-fall; restraint on the floor
        ("twin developed jaundice and a falling Hb", "falls"),
        ("second dose only if the hCG fails to fall", "falls"),
        ("follow-up never booked, he fell off the waiting list", "falls"),
        ("porter slipped on a wet floor in the corridor, staff injury", "falls"),
        ("lost her balance but the physio steadied her and she did not fall", "falls"),
        ("pt restrained prone on the floor for 10 minutes", "falls"),
        ("a visitor fainted at the bedside and was lowered to the floor by staff", "falls"),
        # tablets taken as directed are a dose, not an overdose
        ("pt took 4 tablets weekly as labelled", "self_harm"),
        # drugs named only as background, or given correctly
        ("complaint about attitude at the hatch, dose given correctly", "medication"),
        ("drug eluting stent deployed in the LAD", "medication"),
        # mental-health observation levels are not physical observations
        ("2 staff for 18 pts so intermittent obs were late", "monitoring_deterioration"),
        ("meds unavailable and nobody escalated to pharmacy", "monitoring_deterioration"),
        # a date of birth is not a birth; an arm sling, NIV as treatment, a SHOT report
        ("two patients with the same date of birth", "maternity_perinatal"),
        ("discharged in a broad arm sling", "medical_device"),
        ("hypoxic, moved to ICU for NIV", "medical_device"),
        ("reported to SHOT/MHRA", "medical_device"),
        # examination or rationale not recorded; lost property
        (
            "crew left her in the chair with no secondary survey recorded",
            "communication_documentation",
        ),
        (
            "hearing aid lost between ED and the ward, lost property form done",
            "communication_documentation",
        ),
        # a meal tray is not an instrument tray
        ("denture thrown away in a tissue on the meal tray", "infection"),
        # "sat" as a verb is not a saturation
        ("samples sat unprocessed until 07:30", "monitoring_deterioration"),
    ],
)
def test_batch6_look_alike_does_not_assign_theme(text: str, theme: str) -> None:
    assert theme not in _rule_themes(text)
