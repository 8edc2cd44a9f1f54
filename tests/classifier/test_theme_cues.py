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
