"""Theme cues by concept (batch5): how reporters describe outages, lost referrals, missed
diagnoses, consent and transcription failures, implants, and the look-alikes that must not fire."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids


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
    assert theme not in rule_theme_ids(text)


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
    assert theme not in rule_theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a sample or result nobody looked at; a screen not done; a caller not brought in
        ("the afternoon magnesium level was never viewed by anyone", "assessment_diagnosis"),
        ("not swallow screened before his tea was given", "assessment_diagnosis"),
        ("told to rest at home, not asked to come in for assessment", "assessment_diagnosis"),
        ("no falls risk assessment completed on admission", "assessment_diagnosis"),
        ("child waited 9 hours for an ultrasound for ?appendicitis", "assessment_diagnosis"),
        # limb checks and fluid balance not kept after a procedure
        ("neurovascular obs were not done overnight after the cast", "monitoring_deterioration"),
        ("nobody charted the urine output after the op", "monitoring_deterioration"),
        # no beds, recorded as a non-attender, seen hours late, a discharge that came back
        ("elective list cancelled as there were no ICU beds", "access_transfer_discharge"),
        ("letter went astray and she was marked as DNA", "access_transfer_discharge"),
        ("arrived at 09:00 for clinic and was not seen until 12:40", "access_transfer_discharge"),
        ("crew could not get in so he was taken back to the hospital", "access_transfer_discharge"),
        # operations cancelled or delayed; a procedure repeated
        ("two day-case operations postponed for lack of a recovery nurse", "treatment_procedure"),
        ("lab lost the specimen so she needs a repeat colonoscopy", "treatment_procedure"),
        # a pump programmed wrongly; kit away on another ward; a scanner out of action
        ("epidural pump programmed at double the prescribed rate", "medical_device"),
        ("bladder scanner was on another ward so she was catheterised blind", "medical_device"),
        # images not transferable; spine outage
        ("scans could not be sent to the neurosurgical centre", "it_systems"),
        ("smartcards not working all morning after the spine went down", "it_systems"),
        # a note or written dose read wrongly; consent not given; items handed to the wrong person
        (
            "the district nurse misread the letter and dressed the other leg",
            "communication_documentation",
        ),
        ("'6U' on the chart was read as 60 units", "communication_documentation"),
        ("she says she never agreed to the examination", "communication_documentation"),
        ("discharge bags handed to the wrong family at the lounge", "communication_documentation"),
        ("door code had not been passed to the carers", "communication_documentation"),
        # the wrong person vaccinated; valproate pregnancy prevention; left on a stopped drug
        ("wrong child given the nasal flu vaccine at school", "medication"),
        ("no pregnancy prevention programme review on file for her valproate", "medication"),
        ("GP never told to stop it so he remained on digoxin for 5 months", "medication"),
        # a service covered by too few staff; an operator with no assistant
        ("only 1 nurse on for the whole wing overnight", "staffing_infrastructure_estates"),
        # equipment requested and never delivered; a pen that jammed; family not informed
        ("air mattress was ordered a week ago but has not been delivered", "medical_device"),
        ("her insulin pen jammed so the carer could not give the dose", "medical_device"),
        ("family were not informed of the ward move overnight", "communication_documentation"),
        ("line inserted by the reg alone with no assistant", "staffing_infrastructure_estates"),
    ],
)
def test_batch7_concept_cue_assigns_theme(text: str, theme: str) -> None:
    assert theme in rule_theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # background medicines, food allergies, a radiation dose estimate
        ("pt on a heparin infusion waited 5 hours for a CT", "medication"),
        ("nut allergy, had anaphylaxis and responded to IM adrenaline", "medication"),
        ("medical physics asked to estimate the dose to the fetus", "medication"),
        ("within the maximum dose of lidocaine for the block", "medication"),
        ("sheath batch quarantined and yellow card sent to MHRA", "medication"),
        (
            "feed and medication given before the CXR showed the tube in the right main bronchus",
            "medication",
        ),
        # obs, early-warning scores not recorded or not escalated are monitoring
        ("no NEWS2 recorded for 6 hours on the ward", "communication_documentation"),
        ("PEWS of 8 was not escalated to the doctor", "communication_documentation"),
        ("no arrhythmia was recorded on the monitor afterwards", "communication_documentation"),
        # a falling score not picked up, an analyser down, an equipment limit not checked
        ("MEWS of 6 which was not picked up until the next set", "assessment_diagnosis"),
        ("blood gas analyser out of action for the morning", "assessment_diagnosis"),
        ("nobody checked the weight limit of the trolley", "assessment_diagnosis"),
        ("nobody checked the drain tip on removal", "assessment_diagnosis"),
        # staffing named but explicitly not contributing
        (
            "ward two nurses short, though that did not contribute to the complaint",
            "staffing_infrastructure_estates",
        ),
        ("paravalvular leak seen on the post-procedure echo", "staffing_infrastructure_estates"),
        # a fall as the reason for attendance; equipment on the floor; a fitting falling down
        ("88 yr old brought in after a fall at home, waited 9 hrs for a bed", "falls"),
        ("the probe was left lying on the floor after the transfer", "falls"),
        ("curtain rail kept falling down so estates fixed it", "falls"),
        # routine pressure-area care with no damage
        ("dislodged the NG while turning her for pressure area care", "pressure_ulcer"),
        # a relative lost on site; checking TTOs against the letter
        ("her husband got lost trying to find the clinic", "access_transfer_discharge"),
        # lost property later found; waiting for a care package; safeguarding judged not needed
        (
            "glasses went missing from the bay and were later found in the laundry",
            "behaviour_abuse_safeguarding",
        ),
        ("delayed discharge awaiting a social services package", "behaviour_abuse_safeguarding"),
        ("safeguarding referral was not felt to be needed", "behaviour_abuse_safeguarding"),
        # a history of self-harm as background
        ("prisoner with a history of self harm had chest pain overnight", "self_harm"),
        # a specialist outreach nurse; lying/standing BP as a falls assessment
        ("the oncology outreach nurse noticed at her home visit", "monitoring_deterioration"),
        ("lying and standing BP never done on admission", "monitoring_deterioration"),
        # the disease perforation, a team by specialty, a patient already intubated, nasal cannula
        ("CT showed a perforated diverticulum, surgical team not told", "treatment_procedure"),
        ("an intubated child waited hours for the retrieval team", "treatment_procedure"),
        ("oxygen via nasal cannula ran out during the transfer", "treatment_procedure"),
        # the family told after the event; a maintenance schedule gap; a cannula gauge
        (
            "pt fell and fractured her wrist. Family informed and apology given",
            "communication_documentation",
        ),
        (
            "restrictors had not been included in the planned maintenance schedule",
            "communication_documentation",
        ),
        ("went home with a 20G cannula in, GP started flucloxacillin", "medication"),
        # a patient's own insulin pump; corneal astigmatism; legionella flushing
        ("teenager with an insulin pump upset that the school room was closed", "medical_device"),
        ("corneal astigmatism not corrected by the lens", "blood_transfusion_tissues"),
        ("legionella flushing of the outlets was done by estates", "infection"),
    ],
)
def test_batch7_look_alike_does_not_assign_theme(text: str, theme: str) -> None:
    assert theme not in rule_theme_ids(text)
