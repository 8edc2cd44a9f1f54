"""Theme cues whose word has another sense in clinical prose (round 24): each concept found
where the incident is about it, and left alone where the word means something else or is
only background (fresh frozen plasma counted in units beside FFP3 masks, an ectopic gland
beside an ectopic pregnancy, a pharmacist's chart screening beside a screening programme,
a breathing-device interface beside a system interface, 5% glucose as a fluid beside
glucose given for a hypo, an anticoagulant reversed beside naloxone, a lap sterilisation
beside equipment sterilisation, an implant dropped beside a patient on the floor, bed rails
not in use beside rails that trapped someone, "didn't know" said of oneself beside a GP
never told), and an insulin pen named by its brand."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # the concept itself
        ("staff on the covid bay were not wearing FFP3 masks for the AGP", "infection"),
        ("gastro outbreak, bay closed to admissions", "infection"),
        ("seen in EPAU, ruptured ectopic pregnancy found at laparoscopy", "maternity_perinatal"),
        (
            "her bowel screening kit result letter was never sent and the cancer was found late",
            "radiotherapy_screening",
        ),
        ("EPR down for 3 hours as the interface with the lab system failed", "it_systems"),
        ("BM 2.1, 20% glucose given IV and BMs repeated", "monitoring_deterioration"),
        ("RR 6 and pinpoint pupils after the morphine, naloxone given", "monitoring_deterioration"),
        ("steriliser cycle failed and the trays went out unsterile", "medical_device"),
        ("pt found on the floor by her bed at 03:00, unwitnessed fall", "falls"),
        (
            "pt found with his chest trapped between the bed rails and the mattress",
            "medical_device",
        ),
        ("pts NovoPen jammed so he drew the insulin up from the cartridge", "medical_device"),
        # rails out of use because they were broken are still the device at fault
        (
            "Bed rails could not be used as the bracket was broken, pt rolled out of bed and fell.",
            "medical_device",
        ),
        # the words of the look-alikes, beside the theme's own evidence
        (
            "Norovirus outbreak on the gastro ward, bay closed, 4 pts and 2 staff affected.",
            "infection",
        ),
        (
            "FFP 2 units given pre-op. Pt then spiked 39, cultures grew MRSA, line sepsis.",
            "infection",
        ),
        (
            "discharged without a letter, GP didn't know the warfarin had been stopped",
            "communication_documentation",
        ),
    ],
)
def test_the_concept_assigns_its_theme(text: str, theme: str) -> None:
    assert theme in rule_theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # fresh frozen plasma counted, a ward named as the setting
        ("FFP 3 units issued for the bleeding pt, group AB, checked at the bedside", "infection"),
        (
            "Gastro ward. Two nurses checked the unit at the bedside but missed the group",
            "infection",
        ),
        # ectopic as anatomy, a baby months old in shorthand
        (
            "no adenoma in the neck at exploration, later found ectopic in the mediastinum",
            "maternity_perinatal",
        ),
        ("runs of ectopic beats on the monitor after the line went in", "maternity_perinatal"),
        ("4/12 old with bronchiolitis on high flow on the childrens ward", "maternity_perinatal"),
        # the pharmacist's clinical screening of a chart
        (
            "pharmacist screening on admission picked up the dose, not given, chart amended",
            "radiotherapy_screening",
        ),
        # the interface of a high-flow or CPAP circuit
        (
            "Airvo set up in resus, FiO2 stayed at 21% before the interface was put on",
            "it_systems",
        ),
        # 5% glucose as the fluid a drug was made up in; an anticoagulant reversed
        (
            "phenytoin made up in 5% glucose, precipitate seen in the line",
            "monitoring_deterioration",
        ),
        (
            "vitamin K prescribed IV for warfarin reversal was given IM by the nurse",
            "monitoring_deterioration",
        ),
        # a sterilisation as an operation on a woman
        (
            "tubal occlusion consented for at CS was not done, offered interval lap sterilisation",
            "medical_device",
        ),
        # an implant, not a patient, on the floor
        ("the femoral head was dropped on the floor by the scrub nurse, new one opened", "falls"),
        # bed rails named as the assessment's decision, not as a device at fault
        (
            "found on the floor beside her bed at 04:00, bed rails not appropriate per assessment",
            "medical_device",
        ),
        # "didn't know" of the reporter's own unawareness
        (
            "i didnt know he had a belt, his property was searched on admission",
            "communication_documentation",
        ),
        (
            "I did not know the bays had two different flowmeters until my assessor said",
            "communication_documentation",
        ),
    ],
)
def test_the_word_in_another_sense_does_not_assign_theme(text: str, theme: str) -> None:
    assert theme not in rule_theme_ids(text)
