"""Theme cues by concept (batch10): the same concepts told in lay, non-clinical words by
porters, HCAs, volunteers and relatives, and the look-alikes that must not fire."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # deterioration told by its signs, and checks nobody did or answered
        ("he was coughing and struggling to breathe after the feed", "monitoring_deterioration"),
        ("she had difficulty breathing and her lips were going blue", "monitoring_deterioration"),
        ("grandad's oxygen levels kept dropping on the ward", "monitoring_deterioration"),
        ("his heart went into a dangerous rhythm", "monitoring_deterioration"),
        ("she needed an antidote to wake her up", "monitoring_deterioration"),
        ("nobody took his blood pressure in nine hours", "monitoring_deterioration"),
        ("I told the nurse but no one came for two hours", "monitoring_deterioration"),
        ("his levels on the machine were low", "monitoring_deterioration"),
        # a medicine by the wrong route or strength, a drip run in too fast
        ("the injection that should have gone into the muscle went into the vein", "medication"),
        ("she was meant to have it as a tablet but it went into her drip instead", "medication"),
        ("he was given a stronger version of the sleepy medicine", "medication"),
        ("the bag of fluid due over 8 hours ran in over 1 hour", "medication"),
        ("the drip ran in far too fast", "medication"),
        ("propranolol picked in place of prochlorperazine at the pharmacy", "medication"),
        ("released from court with no bridging prescription for methadone", "medication"),
        # pressure damage in lay words
        ("the district nurse found a big sore on his bottom", "pressure_ulcer"),
        ("her heels were black and blistered this morning", "pressure_ulcer"),
        ("red marks on both ears from the oxygen tubing", "pressure_ulcer"),
        # abuse and neglect in lay words
        ("the night nurse shouted at my mum to stop ringing", "behaviour_abuse_safeguarding"),
        ("a carer pulled him up the bed by his arms very roughly", "behaviour_abuse_safeguarding"),
        ("she was held down on the floor by four staff", "behaviour_abuse_safeguarding"),
        ("her son takes her pension and she is scared to go home", "behaviour_abuse_safeguarding"),
        (
            "nobody helped my grandma eat, the tray was taken away untouched",
            "behaviour_abuse_safeguarding",
        ),
        ("visitor brought a bottle of vodka into the unit", "behaviour_abuse_safeguarding"),
        # infection control in lay words
        ("staff went into the side room without gloves or aprons", "infection"),
        ("the commode was put back without being cleaned", "infection"),
        ("three patients in the bay have the sickness bug", "infection"),
        # concerns dismissed, a check form not done
        (
            "we kept saying she was not right and they said she was just tired",
            "assessment_diagnosis",
        ),
        ("told it was sprained, a week later it was broken", "assessment_diagnosis"),
        ("bed rails put up without the check form being done", "assessment_diagnosis"),
        ("the midwife said I wasn't in labour and left", "assessment_diagnosis"),
        # missed visits, broken promises, repeated cancellations, wrong address
        ("the district nurses haven't been for two weeks", "access_transfer_discharge"),
        ("the crisis team promised to ring him and never did", "access_transfer_discharge"),
        ("my operation was cancelled again for the third time", "access_transfer_discharge"),
        (
            "crew dispatched to wrong street after the address was mistyped",
            "access_transfer_discharge",
        ),
        ("calls queued for two hours during the outage", "access_transfer_discharge"),
        # families not told, information not passed on or not in the notes
        ("nobody at the hospital said a word to us", "communication_documentation"),
        ("the faulty valve was not reported to the ward", "communication_documentation"),
        ("the allergy was on the GP summary but not in our notes", "communication_documentation"),
        ("the sign about her diet wasn't above her bed", "communication_documentation"),
        # equipment in lay words
        ("the drip machine kept beeping and the nurse kept silencing it", "medical_device"),
        ("someone put the wrong number into the machine", "medical_device"),
        ("there was no sensor mat on the ward for him", "medical_device"),
        ("the metal hip has been recalled by the makers", "medical_device"),
        ("instrument sets came back from SSD unsterile", "medical_device"),
        ("the laser broke down halfway through the list", "medical_device"),
        # records joined up on the computer; a screening test missed for a baby
        ("the two records have been joined up by mistake", "it_systems"),
        ("baby went home without having the hearing test", "radiotherapy_screening"),
        ("the wrong patient was taken for a chest x-ray", "radiotherapy_screening"),
        # staff numbers by a patient count; lights out
        ("only two of us for 30 patients on nights", "staffing_infrastructure_estates"),
        ("the corridor lights were out for a fortnight", "staffing_infrastructure_estates"),
        # a trip after another negated clause; back to theatre in lay words
        ("she couldn't see properly and tripped over a chair leg", "falls"),
        ("she had to go back in for an operation to remove them", "treatment_procedure"),
        ("transport didn't arrive for his dialysis session", "treatment_procedure"),
        # more lay wording of the same concepts
        ("he stopped breathing and the crash team came", "monitoring_deterioration"),
        ("she went floppy and we couldn't wake her", "monitoring_deterioration"),
        ("her blood sugar dropped really low overnight", "monitoring_deterioration"),
        ("my dad was given someone else's tablets", "medication"),
        ("mum never got her insulin at teatime", "medication"),
        ("her blood thinner was stopped by mistake", "medication"),
        ("he took a tumble in the corridor", "falls"),
        ("he tried to hang himself with his belt", "self_harm"),
        ("the cut on her tummy started oozing pus", "infection"),
        ("nobody washed their hands between patients", "infection"),
        ("my son caught the bug on the ward", "infection"),
        ("they gave her somebody else's blood", "blood_transfusion_tissues"),
        ("my wife's waters broke and nobody came", "maternity_perinatal"),
        ("the carer was rough with her when washing her", "behaviour_abuse_safeguarding"),
        ("nobody passed on that she was diabetic", "communication_documentation"),
        ("his wristband had someone else's name on it", "communication_documentation"),
        ("the oxygen bottle was empty", "medical_device"),
        ("there weren't enough staff on the ward", "staffing_infrastructure_estates"),
        ("they said it was nothing but it was appendicitis", "assessment_diagnosis"),
        ("they missed that his hip was broken", "assessment_diagnosis"),
        ("the camera test made a hole in her bowel", "treatment_procedure"),
        ("they tried to get a needle in six times", "treatment_procedure"),
        ("they cut the wrong bit during the operation", "treatment_procedure"),
        ("nobody checked on him and he was found cold and clammy", "monitoring_deterioration"),
        ("the nurse forgot to give him his tablets", "medication"),
        ("they gave him the painkiller he's allergic to", "medication"),
        ("she got two lots of her morning tablets", "medication"),
        ("mum was found lying next to her bed", "falls"),
        ("she came off the commode", "falls"),
        ("he's got a sore on his hip from the mattress", "pressure_ulcer"),
        ("her drip site was red and swollen and leaking", "infection"),
        ("staff weren't wearing masks", "infection"),
        ("nobody came to pick her up for the transfer", "access_transfer_discharge"),
        ("he never got an appointment after the referral", "access_transfer_discharge"),
        ("they wrote the wrong leg on the form", "communication_documentation"),
        ("the notes were for a different patient", "communication_documentation"),
        ("the bed kept going down on its own", "medical_device"),
        ("the wheelchair brakes didn't work", "medical_device"),
        ("he ran off from the ward", "behaviour_abuse_safeguarding"),
        ("the stitches came apart after the operation", "treatment_procedure"),
        ("nobody examined her properly", "assessment_diagnosis"),
        ("she never got her mammogram results", "radiotherapy_screening"),
        # stored gametes
        ("the dewar alarm failed and 14 straws thawed", "blood_transfusion_tissues"),
    ],
)
def test_lay_wording_assigns_theme(text: str, theme: str) -> None:
    assert theme in rule_theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a choking patient's back blows and "a bit blue" are not assault
        (
            "she choked and went a bit blue and the nurse had to slap her back",
            "behaviour_abuse_safeguarding",
        ),
        ("tube was pushed back in by staff at the home", "behaviour_abuse_safeguarding"),
        # a tummy bug is not a software bug; a wet-floor sign is not the WHO sign out
        ("my son caught the bug on the ward", "it_systems"),
        # urine output nobody recorded is monitoring, not a handover failure
        ("nobody recorded urine output after the op", "communication_documentation"),
        ("patient with the diarrhoea bug moved to a side room", "it_systems"),
        ("I put the yellow sign out after mopping", "treatment_procedure"),
        # a falls form not done is an assessment, not a fall; a patient caught with no fall
        ("falls check form never filled in, she hasn't fallen", "falls"),
        ("lost her balance but the HCA caught her, no fall", "falls"),
        # an IOL or spectacle frame chosen instead of another is not a dispensing error
        ("specs frame supplied black instead of tortoiseshell", "medication"),
        # a first cancellation on the day, a community nurse who did visit
        ("case cancelled on the day as pt had eaten", "access_transfer_discharge"),
        (
            "community nurse visited but the records had not been updated",
            "access_transfer_discharge",
        ),
        # drops put in the wrong eye are not a documentation error; a porter who came to take
        # the patient is not a missed collection
        ("eye drops for glaucoma put in the wrong eye by the HCA", "communication_documentation"),
        ("nobody noticed until the porter came to take him to CT", "access_transfer_discharge"),
        # a drug missing from the chart is a prescribing error, not documentation
        ("her folic acid wasn't on the chart", "communication_documentation"),
        # the wrong patient's details on a form is not the wrong patient x-rayed
        (
            "wrong patient details on the request form, x-ray performed on the right pt",
            "radiotherapy_screening",
        ),
    ],
)
def test_lay_look_alike_does_not_assign_theme(text: str, theme: str) -> None:
    assert theme not in rule_theme_ids(text)
