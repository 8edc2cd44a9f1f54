"""Words of specialist and procedural clinics that tell no theme of their own, and a scope used
again without its decontamination: a transfusion told as not needed ("no transfusion needed")
is no blood component, nor the donor site of a skin graft or a flap a donated tissue; an error
told as not picked up is the error's own story, no diagnosis missed; antibiotics for a dental
abscess are the reason for the course, no infection of the event; a missed miscarriage is the
kind of miscarriage, no treatment or diagnosis missed, nor a treatment room or centre named as
the place a treatment gone wrong; a tracheostomy named as the bed's sign or
as what a laryngectomy was taken for is no device at fault. A scope, probe or instrument put
back or used again unprocessed is both a device misused and an infection control breach. Each
with the look-alike that keeps its theme."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

# ------------------------------------------------------------------ a transfusion not needed


@pytest.mark.parametrize(
    "text",
    [
        "Day 5 post adenotonsillectomy, came back spitting blood, taken to theatre for "
        "cautery, no transfusion needed.",
        "Haematoma at the biopsy site, Hb 121 -> 95, analgesia and pressure, did not need a "
        "blood transfusion.",
        "Oozing from the groin after the angiogram, pressure held for 20 min, no blood "
        "transfusion required, home next day.",
        "post TURP bleed, irrigation increased, pt didnt require transfusion in the end",
    ],
)
def test_a_transfusion_told_as_not_needed_is_no_blood_component(text: str) -> None:
    assert "blood_transfusion_tissues" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Group and save labelled with the next pt's details, lab rejected it on the historic "
        "group, no transfusion given.",
        "Unit of red cells for bed 6 taken to bed 7, caught at the bedside check, not transfused.",
        "Hb 68 post op, 2 units prescribed, first unit delayed 4 hrs as the crossmatch sample "
        "was rejected.",
    ],
)
def test_a_transfusion_process_error_keeps_its_theme(text: str) -> None:
    assert "blood_transfusion_tissues" in theme_ids(text)


# ------------------------------------------------------------------ the donor site of a graft


@pytest.mark.parametrize(
    "text",
    [
        "Burns unit: split skin graft taken 4 days ago, donor site swab grew MRSA, graft "
        "partially lost.",
        "SSG taken from the L thigh when the plan said the R thigh was to be the donor site.",
        "Free flap reconstruction, one swab short at the close of the donor site, found under "
        "the flap.",
    ],
)
def test_a_graft_donor_site_is_no_donated_tissue(text: str) -> None:
    assert "blood_transfusion_tissues" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bone marrow donor harvest bag arrived in the stem cell lab labelled with another "
        "donor's details.",
        "Corneal graft tissue from the tissue bank opened for the wrong pt, caught before use.",
    ],
)
def test_a_donor_of_tissue_keeps_its_theme(text: str) -> None:
    assert "blood_transfusion_tissues" in theme_ids(text)


# ------------------------------------------------------------------ an error not picked up


@pytest.mark.parametrize(
    "text",
    [
        "Outpatient letter dictated as 10mg but typed as 100mg, GP issued it, pt very drowsy. "
        "The typing error was not picked up as letters are signed off without proofreading.",
        "Dose on the TTO transcribed as 20mg instead of 2mg, the mistake wasnt spotted and he "
        "took it for 3 days.",
        "Two nurses checked the infusion but the discrepancy was never noticed, 10 times the "
        "rate ran for an hour.",
    ],
)
def test_an_error_not_picked_up_is_no_missed_diagnosis(text: str) -> None:
    assert "assessment_diagnosis" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "CT head reported as normal, the subdural was not picked up, re-presented confused 3 "
        "days later.",
        "Scaphoid fracture on the xray was not picked up in ED, returned with ongoing pain.",
    ],
)
def test_a_finding_not_picked_up_is_still_a_missed_diagnosis(text: str) -> None:
    assert "assessment_diagnosis" in theme_ids(text)


# ------------------------------------------------------------ antibiotics for a dental abscess


@pytest.mark.parametrize(
    "text",
    [
        "Documented penicillin allergy on the dental record but the locum prescribed "
        "amoxicillin 500mg TDS for a dental abscess, urticaria after the first dose.",
        "Child's GA extraction list cancelled for the third time, no anaesthetist. She is now "
        "on antibiotics for a dental abscess while she waits.",
        "Pt on warfarin given metronidazole for a tooth abscess by the GDP, INR 8.1 a week later.",
    ],
)
def test_antibiotics_for_a_dental_abscess_are_no_infection_of_the_event(text: str) -> None:
    assert "infection" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Returned 5 days after the extraction with swelling and pus from the socket, abscess "
        "drained, started on amoxicillin.",
        "Swab grew MRSA from the wound after the dental implant, started on doxycycline.",
    ],
)
def test_an_infection_after_the_procedure_keeps_its_theme(text: str) -> None:
    assert "infection" in theme_ids(text)


# ------------------------------------------------------------------ a missed miscarriage


@pytest.mark.parametrize(
    "text",
    [
        "RhD negative, 9/40 missed miscarriage, MVA under LA in the gynae treatment room. "
        "Anti-D not given, blood group never checked.",
        "Missed miscarriage at 11 weeks managed with MVA in the outpatient treatment suite, "
        "anti-D omitted.",
    ],
)
def test_a_missed_miscarriage_is_no_treatment_missed(text: str) -> None:
    assert "treatment_procedure" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Scan at 7 weeks reported as viable, the missed miscarriage was not diagnosed until "
        "the 12 week scan.",
    ],
)
def test_a_missed_miscarriage_not_diagnosed_is_still_a_missed_diagnosis(text: str) -> None:
    assert "assessment_diagnosis" in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Urgent treatment centre: wrist xray read as normal by the ENP, scaphoid fracture seen "
        "on the radiology report 2 days later.",
        "Cluster of endophthalmitis after intravitreal injections in treatment room 2, aseptic "
        "technique under review.",
    ],
)
def test_a_treatment_room_or_centre_is_a_place(text: str) -> None:
    assert "treatment_procedure" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Laser treatment for the retinal tear delayed 10 days as the clinic was cancelled.",
        "Phototherapy treatment omitted for 3 sessions as the cabinet was down, psoriasis flared.",
        "Wound vac treatment not restarted after the dressing change, treatment delayed 2 days.",
    ],
)
def test_a_treatment_told_as_delayed_keeps_its_theme(text: str) -> None:
    assert "treatment_procedure" in theme_ids(text)


# ------------------------------------------------------------------ the airway told wrongly


@pytest.mark.parametrize(
    "text",
    [
        "Neck breather after total laryngectomy transferred from ICU, no bedhead sign and the "
        "ward nurse thought it was a tracheostomy, put a mask over his face.",
        "Laryngectomy pt on ward 9, the board had a green tracheostomy sign up, found by ENT "
        "nurse on the round.",
    ],
)
def test_a_tracheostomy_named_as_a_sign_or_a_mistaken_airway_is_no_device(text: str) -> None:
    assert "medical_device" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trache tube blocked with secretions overnight, inner tube not changed, sats 82%.",
        "Tracheostomy tube dislodged on turning, no spare trache at the bedside.",
    ],
)
def test_a_tracheostomy_tube_at_fault_is_still_a_device(text: str) -> None:
    assert "medical_device" in theme_ids(text)


# ------------------------------------------------------------ a scope used again unprocessed


@pytest.mark.parametrize(
    "text",
    [
        "Nasendoscope put back in the clean cabinet without being decontaminated and used on "
        "the next pt in clinic.",
        "The TOE probe was not reprocessed after the last patient and was used again on the "
        "next patient.",
        "Urology OP: flexible cystoscope used on 2 pts without going through the washer in "
        "between.",
        "No tracking label on the scope - it had gone back in the drying cabinet unprocessed "
        "and was then used on the next patient.",
    ],
)
def test_a_scope_used_again_unprocessed_is_a_device_and_an_infection_breach(text: str) -> None:
    themes = theme_ids(text)
    assert "medical_device" in themes
    assert "infection" in themes


@pytest.mark.parametrize(
    "text",
    [
        "NNU: sats probes and stethoscopes shared between cots without cleaning, hand hygiene "
        "audit 60%.",
        "Lab interface down overnight, 40 samples sat unprocessed until the morning.",
    ],
)
def test_ward_kit_and_lab_samples_unprocessed_are_no_scope_misused(text: str) -> None:
    assert "medical_device" not in theme_ids(text)
