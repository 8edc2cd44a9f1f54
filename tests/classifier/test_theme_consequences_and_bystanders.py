"""Theme cues whose words tell a consequence or a bystander, not the theme (round 26): a
procedure stopped because a drug oversedated the patient, a ceiling tile falling onto a bed,
the site manager told of staffing, a patient absent without leave who came back by himself,
a patient unaware of a near miss or a nurse unaware of a product's strength, a patient
arrested by the police; each theme still found where the incident is about it."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a procedure that went wrong in itself, stopped or abandoned
        (
            "colonoscopy - perforation of the sigmoid seen on withdrawal, procedure abandoned, "
            "to theatre for repair",
            "treatment_procedure",
        ),
        (
            "ERCP abandoned as the scope could not reach the papilla, rebooked",
            "treatment_procedure",
        ),
        # a patient falling onto something, near a fitting's name
        ("pt fell onto the floor in the bay reaching for her frame, hip pain", "falls"),
        ("pt grabbed the curtain and fell onto the floor by the sink, head lac", "falls"),
        # the site team asked for a bed; a late return from hospital leave
        (
            "no beds on the unit, escalated to bed management, pt waited 14 hours in ED",
            "access_transfer_discharge",
        ),
        # the family never told; nobody aware of the plan
        (
            "discharged without a letter, the GP was unaware the warfarin had been stopped",
            "communication_documentation",
        ),
        (
            "nobody told the ward the pt was nil by mouth, breakfast given",
            "communication_documentation",
        ),
        # a real arrest
        (
            "pt found unresponsive in bed, arrested, 2222 call, CPR for 10 minutes",
            "monitoring_deterioration",
        ),
    ],
)
def test_the_concept_assigns_its_theme(text: str, theme: str) -> None:
    assert theme in rule_theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a procedure stopped for a drug's effect (the medicine's story)
        (
            "OGD under sedation, 5 mg/ml midazolam given in error, pt apnoeic and sats 80%, "
            "procedure abandoned, bag-valve-mask and flumazenil",
            "treatment_procedure",
        ),
        (
            "Bronchoscopy list. The ERCP was abandoned after the nurse gave flumazenil for the "
            "oversedation",
            "treatment_procedure",
        ),
        # a part of the building falling
        (
            "water through the roof, ceiling tile fell onto the chair in bay 3, bay closed",
            "falls",
        ),
        # the site manager told of staffing
        (
            "two RNs off sick, escalated to the site manager at 21:00, no bank cover found",
            "access_transfer_discharge",
        ),
        # an AWOL patient back by himself
        (
            "informal pt did not come back from leave, police informed, returned himself at "
            "23:40 unharmed",
            "access_transfer_discharge",
        ),
        # the patient unaware of a near miss; a nurse unaware of the pen's strength
        (
            "wrong lens opened and caught at the check before loading, correct lens used, "
            "pt unaware",
            "communication_documentation",
        ),
        (
            "RN drew up from a U200 pen with a syringe, she was unaware of the concentration",
            "communication_documentation",
        ),
        # arrested by the police
        (
            "man in the waiting room punched a nurse, police called and he was arrested",
            "monitoring_deterioration",
        ),
    ],
)
def test_the_consequence_or_bystander_does_not_assign_theme(text: str, theme: str) -> None:
    assert theme not in rule_theme_ids(text)
