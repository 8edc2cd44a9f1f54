"""Theme cues of round 29: the concepts patients and relatives tell in their own words in
complaints, emails and PALS calls (nobody told or rang the family, nothing in writing, a
clinic that would not see him for weeks, a sore under a cast, a bed left wet for hours), and
the look-alikes that name a theme's words without its event (a slipped disc, a toolbag left
on the corridor, a chest infection the patient came in with, an ulcer's category)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # families not told, told late or given nothing in writing
        (
            "Nobody came to tell us what was happening with my dad all afternoon.",
            "communication_documentation",
        ),
        (
            "Nobody phoned us when mum was moved to another ward overnight.",
            "communication_documentation",
        ),
        (
            "Three months on we still have nothing in writing about what went wrong.",
            "communication_documentation",
        ),
        (
            "The ward only told us the truth about the overdose three weeks later.",
            "communication_documentation",
        ),
        (
            "His GP never received the clinic letter so the new tablets were never started.",
            "communication_documentation",
        ),
        (
            "When I asked on the ward about the missing swab the staff knew nothing about it.",
            "communication_documentation",
        ),
        (
            "Mum was sent home from AMU at midnight with no discharge letter.",
            "communication_documentation",
        ),
        # transcription, another person's items, papers mixed up
        (
            "On the chart rewrite her Levemir 12 units was copied as 120 units.",
            "communication_documentation",
        ),
        (
            "The practice receptionist typed it wrong on the referral, right instead of left.",
            "communication_documentation",
        ),
        (
            "Her discharge letter said methotrexate 7.5mg OD and the GP copied it.",
            "communication_documentation",
        ),
        (
            "When I unpacked his tablets bag at home there were someone else's painkillers in it.",
            "communication_documentation",
        ),
        (
            "The radiographers had set my husband up using another patient's plan.",
            "communication_documentation",
        ),
        (
            "We were told there had been a mix up with the paperwork in theatre.",
            "communication_documentation",
        ),
        # appointments never given, clinics and nurses who could not come, a slow discharge
        (
            "Nobody had given him an appointment to have the stitches out.",
            "access_transfer_discharge",
        ),
        (
            "The fracture clinic wouldn't see her for three weeks.",
            "access_transfer_discharge",
        ),
        (
            "The district nurses couldn't come out for 6 hours to his syringe driver.",
            "access_transfer_discharge",
        ),
        (
            "Nobody has contacted my father for five months about his blood tests.",
            "access_transfer_discharge",
        ),
        (
            "He was not able to go home until the Tuesday because the OT never came.",
            "access_transfer_discharge",
        ),
        ("On the day he was discharged the discharge took all day.", "access_transfer_discharge"),
        (
            "She was ready at 10am but we didn't get her tablets until 8pm.",
            "access_transfer_discharge",
        ),
        (
            "We waited 5 hours on the second visit to the children's ED.",
            "access_transfer_discharge",
        ),
        # images nobody looked at, worries dismissed, risks nobody assessed
        (
            "Why did nobody notice it on the x-ray they did straight afterwards?",
            "assessment_diagnosis",
        ),
        (
            "I told the midwife she was yellow and sleepy and she said it was normal.",
            "assessment_diagnosis",
        ),
        (
            "Nobody had assessed whether the bed rails were safe for someone with dementia.",
            "assessment_diagnosis",
        ),
        ("I asked for a scan of his ankle but was refused.", "assessment_diagnosis"),
        ("They let him go home without an x-ray of his hand.", "assessment_diagnosis"),
        ("The MRI result reached the team two days late.", "assessment_diagnosis"),
        (
            "At 39 weeks I was not asked to come in for a trace when the baby moved less.",
            "assessment_diagnosis",
        ),
        ("She was allowed to keep her shoelaces on the ward.", "assessment_diagnosis"),
        # medicines in lay words
        ("He was given far too much oxygen for his COPD in the ambulance.", "medication"),
        ("He had none of his Parkinson's tablets for two days.", "medication"),
        (
            "She was given paracetamol through her drip when she can swallow perfectly well.",
            "medication",
        ),
        ("The heparin infusion ran faster than prescribed overnight.", "medication"),
        # equipment not to hand or set wrongly; a cast rubbing; a pacemaker not working
        ("The nurse could not find any insulin syringes on the ward.", "medical_device"),
        ("There were no enteral syringes on the ward that night.", "medical_device"),
        ("His sedation pump had been running faster than it should.", "medical_device"),
        (
            "The feed was connected to his PICC with an old luer-slip adaptor from a drawer.",
            "medical_device",
        ),
        ("A week later his pacemaker was not working properly.", "medical_device"),
        ("Her plaster cast was rubbing on her ankle bone.", "medical_device"),
        ("When the cast came off there was an open sore on his heel.", "pressure_ulcer"),
        # neglect told in lay words
        ("Dad was left in a wet bed for hours.", "behaviour_abuse_safeguarding"),
        (
            "She was lying in soiled sheets when I came in and nobody had noticed.",
            "behaviour_abuse_safeguarding",
        ),
        # a procedure that went wrong, was put off or had to be redone
        ("The common bile duct was clipped and divided.", "treatment_procedure"),
        ("Her hysterectomy was postponed twice.", "treatment_procedure"),
        ("After the ambulance I waited again for theatre for three hours.", "treatment_procedure"),
        ("The wire moved and he had to have it redone.", "treatment_procedure"),
        # staffing by a nurse's load, a patient app, blood slow from the lab, an ABOi transplant
        ("The nurse told me she was looking after 14 patients.", "staffing_infrastructure_estates"),
        ("The hospital app showed me another man's blood results.", "it_systems"),
        (
            "Major haemorrhage, the first units took 35 mins from the lab.",
            "blood_transfusion_tissues",
        ),
        ("Planned ABOi kidney transplant postponed a day.", "blood_transfusion_tissues"),
        # a short tachycardia; a gestation found on a scan
        ("pt tachy 140 and rigors after the bolus", "monitoring_deterioration"),
        ("CT chest done, 10/40 on scan", "maternity_perinatal"),
    ],
)
def test_lay_letter_wording_assigns_theme(text: str, theme: str) -> None:
    assert theme in rule_theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # words of a theme that name something else
        ("He had surgery on the wrong level for a slipped disc.", "falls"),
        ("She went to A&E after falling off her bike and the fracture was missed.", "falls"),
        ("The midwife looked on the floor and in the bin for the missing swab.", "falls"),
        ("The window would not shut because the lock thing was hanging off.", "self_harm"),
        ("Our 6mo baby on the paeds ward desaturated after the feed.", "maternity_perinatal"),
        (
            "The group on her sample did not match the record from her last pregnancy.",
            "maternity_perinatal",
        ),
        ("He has sleep apnoea and his obs stayed fine all night.", "monitoring_deterioration"),
        (
            "He used a screwdriver from a toolbag left on the corridor by the contractor.",
            "access_transfer_discharge",
        ),
        # background the patient came in with
        (
            "Dad went into your hospital with a chest infection and came home with a sore heel.",
            "infection",
        ),
        (
            "Gran was in hospital with COVID and the mask straps rubbed her ears raw.",
            "infection",
        ),
        # an ulcer's category, a confirmed bug, drug-monitoring bloods, a glucose not acted on
        ("The district nurse has graded the sore as category 3.", "assessment_diagnosis"),
        ("Two ladies in the bay were later confirmed to have norovirus.", "assessment_diagnosis"),
        (
            "RA pt on methotrexate, shared care bloods not done for 6 months.",
            "assessment_diagnosis",
        ),
        ("CBG 2.0 at 04:00 documented, not acted on.", "assessment_diagnosis"),
        # oxygen given as treatment, a monitor that alarmed, glass, a thermometer, a catch
        ("I woke up in recovery with an oxygen mask on.", "medical_device"),
        ("Drowsy with a CO2 of 10, NIV started on the ward.", "medical_device"),
        ("The monitor started alarming and the crash team came.", "medical_device"),
        ("The broken top of the ampoule on the trolley said potassium.", "medical_device"),
        ("Bath thermometer 47C, lifted straight out of the hoist.", "medical_device"),
        (
            "Wedged between bed and wall (no bed rails in use), lifted with a hoist.",
            "medical_device",
        ),
        # force that was not assault
        ("He screamed as soon as the water hit him.", "behaviour_abuse_safeguarding"),
        (
            "The restrictor override was pushed by hand, pt climbed out.",
            "behaviour_abuse_safeguarding",
        ),
        ("His mum grabbed him back before he got any further.", "behaviour_abuse_safeguarding"),
        (
            "She disclosed to the nurse that she had swallowed two batteries.",
            "behaviour_abuse_safeguarding",
        ),
        # burns dressed, a GP surgery, blood slow to theatre are not procedures
        ("The plastic surgeons are now dressing her burns.", "treatment_procedure"),
        ("The practice nurse at the GP surgery gave the injection.", "treatment_procedure"),
        ("Her partner complained about delays in getting blood to theatre.", "treatment_procedure"),
        # a mattress for sores she had, a scald's blisters
        ("He had an air mattress for his pressure sores.", "pressure_ulcer"),
        ("Her bottom was red and blistered from the scalding bath water.", "pressure_ulcer"),
        # a drip that was fine, a radiation dose, a syringe not ready, a gas team, a software
        ("Her drip was fine and prescribed; the cannula took five goes.", "medication"),
        ("Unnecessary radiation dose from the repeat x-ray.", "medication"),
        ("No replacement syringe was ready for 40 minutes.", "staffing_infrastructure_estates"),
        (
            "Air flowmeters removed and returned to medical gases.",
            "staffing_infrastructure_estates",
        ),
        ("The 32mm size came from the CT planning software.", "it_systems"),
        # stock with no record of use, a dose keyed wrongly, a TTO corrected before supply
        (
            "Audit: 4 KCl ampoules found in the cupboard, no record of use on any patient.",
            "communication_documentation",
        ),
        (
            "BSA typed as 2.8 instead of 1.8 so the dose was too high.",
            "communication_documentation",
        ),
        (
            "TTO had methotrexate 10mg daily, pharmacist corrected it before supply.",
            "communication_documentation",
        ),
        # waits for a drug, a result not seen, a unit's transfer
        (
            "A boy with sepsis waited 3 hrs in paeds ED for his first antibiotics.",
            "access_transfer_discharge",
        ),
        ("AMU could not see the potassium of 6.9 for 2 hrs.", "access_transfer_discharge"),
        (
            "Midwife-led unit: transfer to the obstetric unit delayed 90 mins.",
            "blood_transfusion_tissues",
        ),
    ],
)
def test_lay_letter_look_alike_does_not_assign_theme(text: str, theme: str) -> None:
    assert theme not in rule_theme_ids(text)


def test_a_consequence_treated_is_still_the_theme() -> None:
    """The infection the event caused ("treated for aspiration pneumonia") is no background."""
    text = (
        "NG tube re-passed without a pH check and the feed started. Tube in the right "
        "bronchus on CXR. Treated for aspiration pneumonia."
    )
    assert "infection" in theme_ids(text)


def test_a_collapsible_rail_that_fell_as_designed_is_not_a_fall() -> None:
    """The dev convention stands: the drop with a rail that gave way is not a fall."""
    text = "MH ward: pt tied a cord to the curtain rail, rail came away as designed, she fell."
    assert "falls" not in rule_theme_ids(text)
