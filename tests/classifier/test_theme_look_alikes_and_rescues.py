"""Theme look-alikes of round 34, each beside the theme it resembles: a tube or a button that
fell out, a blood count "on the floor", a hold taken to the floor without "the", a body found
on the floor with a ligature, a fall named as the triage category; a nebuliser or NIV mask
missing or unpadded beside staff without masks; delirium secondary to urosepsis; a search that
found nothing; a step-down unit or chart beside a step-down transfer delayed; a CSF washout
after a wrong-route drug beside a washout that was the procedure; a bed lift out of order
beside a bed that broke; a small child who swallowed a battery and an assault's scratch
beside self-harm; a safeguarding screen with no concerns beside a safeguarding referral."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # falls
        (
            "Community: pt's balloon gastrostomy button fell out overnight (balloon burst), no "
            "spare on the van, sent to the ward for a replacement.",
            "falls",
        ),
        (
            "Son says he was told his mother's platelet count was 'on the floor' when she came "
            "in, wants to know why her bloods were not checked sooner.",
            "falls",
        ),
        (
            "Pt threw a chair at a nurse, taken to floor by 3 staff in a supine hold for 4 mins, "
            "IM lorazepam given, debrief held.",
            "falls",
        ),
        (
            "21:30 pt found on the floor of her bathroom with a ligature (a dressing gown cord) "
            "round her neck, cut by staff, conscious, sent to ED.",
            "falls",
        ),
        (
            "ED: 81M triaged to majors as 'fall ?chest infection' at 10:05; NEWS2 6 not acted "
            "on until 13:00, sepsis six then given.",
            "falls",
        ),
        # infection
        (
            "Nebs prescribed 4 hourly; there was no neb mask on the ward at 02:00 so the dose "
            "was given late once one came up from AMU.",
            "infection",
        ),
        (
            "Category 2 damage to the bridge of the nose from the NIV mask, no dressing under "
            "the mask overnight.",
            "infection",
        ),
        (
            "Man with hyperactive delirium secondary to urosepsis found missing from side room 4 "
            "at 03:00, located by security in the car park.",
            "infection",
        ),
        # behaviour / safeguarding
        (
            "CD check 07:00: oxycodone 5mg capsules balance 14, actual 13. Searched the clinic "
            "room, trolley and bins, not found. Pharmacy informed.",
            "behaviour_abuse_safeguarding",
        ),
        (
            "Toddler pulled a kettle off the side at home, scald to the arm. Safeguarding "
            "checklist completed in ED - accidental, no concerns.",
            "behaviour_abuse_safeguarding",
        ),
        # access
        (
            "IV insulin written on the ITU step-down chart as '.5 units/hr', read as 5 units/hr "
            "and run for 3 hours, BM 2.1.",
            "access_transfer_discharge",
        ),
        (
            "Porters carrying the pt down the stairs in the carry chair: the track slipped on "
            "the second step down and he tipped forward, skin tear to the shin.",
            "access_transfer_discharge",
        ),
        # treatment / procedure
        (
            "Vincristine taken to the procedure room with the IT methotrexate and given "
            "intrathecally in error. Pt transferred for urgent CSF washout by neurosurgery.",
            "treatment_procedure",
        ),
        # devices
        (
            "Bed lift out of order since Tuesday, awaiting parts: 2 discharges delayed as the "
            "pts could not get down to transport.",
            "medical_device",
        ),
        # self-harm
        (
            "Paeds ED: 2 year old brought in after she swallowed a button battery from a TV "
            "remote; x-ray delayed for 3 hours.",
            "self_harm",
        ),
        (
            "HCA assaulted by a pt with dementia during personal care: punched on the side of "
            "the head and scratched on the arm, went to ED.",
            "self_harm",
        ),
    ],
)
def test_look_alike_is_left_alone(text: str, theme: str) -> None:
    assert theme not in theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Pt climbed out of bed at 02:00 and fell, found on the floor by the HCA.", "falls"),
        ("Staff not wearing masks or aprons in the covid bay during an AGP.", "infection"),
        (
            "Pt with a known history of self-harm found in the garden after absconding; police "
            "and safeguarding referral made as she disclosed abuse at home.",
            "behaviour_abuse_safeguarding",
        ),
        (
            "Pt fit for ward since Monday, step-down to the ward delayed 3 days as no bed, "
            "remained on ITU.",
            "access_transfer_discharge",
        ),
        (
            "Day 5 post TKR, wound breakdown, returned to theatre for washout and debridement.",
            "treatment_procedure",
        ),
        (
            "Profiling bed broken - the head section would not lower and the pt was left "
            "sitting upright all night.",
            "medical_device",
        ),
        ("Pt swallowed two razor blades on the ward after a phone call with family.", "self_harm"),
        ("YP found scratching her forearms with a broken CD in her room.", "self_harm"),
    ],
)
def test_the_theme_itself_is_still_found(text: str, theme: str) -> None:
    assert theme in theme_ids(text)
