"""Theme cues by concept (batch9): the infection that is only a procedure's indication, falls
that are not falls (entrapment, a rail giving way as designed), pregnancy checks before imaging,
power cuts, procedure complications, named roles unavailable, and the look-alikes."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a complication of a named procedure, a band or tourniquet left on, an airway emergency
        ("bleeding after polypectomy needed clips and an overnight stay", "treatment_procedure"),
        ("femstop left on far too long, wrist numb afterwards", "treatment_procedure"),
        ("cant intubate cant oxygenate, surgical airway by the ENT reg", "treatment_procedure"),
        ("the epidural was wearing off before knife to skin", "treatment_procedure"),
        ("operation started 2 hours late as the kit was missing", "treatment_procedure"),
        # named infections of the eye and deep spaces
        ("three cases of endophthalmitis after intravitreal injections", "infection"),
        # hours in ED, no cubicle, sat in the waiting room
        ("found a grade 2 sacral sore after 19 hrs in majors", "access_transfer_discharge"),
        ("no cubicle free so the pt sat in the waiting room", "access_transfer_discharge"),
        # one patient under two numbers on an electronic system
        ("two hospital numbers on PAS so the old results were never seen", "it_systems"),
        # a named role short or unavailable
        ("clinic cancelled because of a porter shortage", "staffing_infrastructure_estates"),
        ("no ODP available so the reg anaesthetised alone", "staffing_infrastructure_estates"),
        # an airway tube displaced; no ultrasound for access
        ("trache came out while the pt was being rolled", "medical_device"),
        ("five attempts at a cannula as no ultrasound available", "medical_device"),
        # a task lost at handover; medicines given to the person next door
        ("the bloods request was lost at handover to nights", "communication_documentation"),
        ("lunchtime meds given to the resident next door by mistake", "medication"),
        # released from custody without what care needed
        ("released from prison without a bridging supply", "access_transfer_discharge"),
        # an object pushed into the patient's own wound
        ("pushed a pencil into his leg wound in his cell", "self_harm"),
    ],
)
def test_care_setting_wording_assigns_theme(text: str, theme: str) -> None:
    assert theme in rule_theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # the infection is the indication of the procedure that went wrong; a gastro ward
        ("incision and drainage of a groin abscess done on the wrong side", "infection"),
        ("knee washout for septic arthritis done on the other knee", "infection"),
        ("child with a febrile convulsion given the wrong midazolam dose", "infection"),
        ("pt on the gastro ward had feed run into the IV line", "infection"),
        ("hand laceration washout under sedation", "infection"),
        # sliding down the bed into the rail gap; a rail giving way as designed; a fitting
        ("had slid down and his neck was caught between the rail and mattress", "falls"),
        ("the curtain track came away as it is designed to and he dropped down", "falls"),
        ("the blind kept coming down so estates took it off", "falls"),
        (
            "the shower rail collapsed as intended when she put her weight on it",
            "staffing_infrastructure_estates",
        ),
        # a pregnancy status not checked before a scan
        ("CT done without checking pregnancy status first", "maternity_perinatal"),
        # a power cut and a call-bell system are estates
        ("power cut on the ward for an hour, monitors rebooted", "it_systems"),
        ("nurse call system failed overnight on the unit", "it_systems"),
        # an organisation called a service
        ("the mental health service not told he had been admitted", "medical_device"),
        # a sterilisation declined on the consent form
        ("she had declined sterilisation on the consent form at clinic", "medical_device"),
    ],
)
def test_care_setting_look_alike_does_not_assign_theme(text: str, theme: str) -> None:
    assert theme not in rule_theme_ids(text)
