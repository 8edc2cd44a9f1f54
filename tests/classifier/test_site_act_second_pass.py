"""False wrong-site readings, second pass (engine.site_act, engine.concerns): never event 1 and
near miss 1 are dropped when the report tells the wrong one as something else than the team's act
on a wrong side, whatever its words: the plan the act was set against was an outside document's
side, the document told as erring in its writing ("dictated the wrong side", "keyed wrongly",
"should have said left"); the operation or its implant changed on the operator's decision on the
table ("decision to ... instead", "converted ... after discussion"); a correct side told of the
only act with nothing wrong of a site told anywhere; a relative's claim of a wrong side answered
by a finding that names one side only, again and again, the act on it; a side error on the
operation's papers found ahead of the day with nothing done on the patient. A side acted on
against a plan, an error told as fact, a correct document misread, a writing error of the team's
own record, a finding naming both sides and a paper error caught on the day all stay."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# the wrong one was no act of the team's on a wrong side
NO_WRONG_SITE_ACT = [
    "GP referral letter said R knee effusion, aspiration done on the R in clinic by the ANP. "
    "GP rang next day - the letter was typed with the wrong side, it is the L knee. L "
    "aspirated at review.",
    "Skin lesion excised from L shin by SpR as the dermatology referral described a lesion on"
    " the L shin. GP surgery confirmed the referral was keyed wrongly, lesion is on the R "
    "shin. Pt rebooked.",
    "US report stated 'right sided collection'; drain inserted on the right by IR reg, "
    "nothing drained. The report should have said left, sonographer amended it. Left drain "
    "placed same day.",
    "recall letter from screening said LEFT breast 3 oclock. biopsy done L breast. at MDT "
    "films show lesion on R. screening office admits the side was entered wrongly. R biopsy "
    "done.",
    "Pt had a FNA of the R thyroid lobe after the ultrasound was reported as a R nodule. "
    "Radiologist later realised he dictated the wrong side. L lobe FNA booked.",
    "During lap chole the GB was found to be normal and a decision was made by the consultant"
    " to proceed to appendicectomy instead, as the appendix was inflamed. Documented, pt "
    "informed on ward round.",
    "Knee arthroscopy: meniscal repair planned but tear not repairable, surgeon decided to do"
    " partial meniscectomy instead. Pt's husband complained that the 'wrong operation' was "
    "done. Op note documents reason.",
    "Planned 12mm port but the consultant chose a different size intra-op because of "
    "adhesions, documented in op note. Logged for stock.",
    "son says mum 'had the wrong operation' as she was told it would be keyhole. Op note: "
    "converted to open after discussion due to dense adhesions, consented for conversion. "
    "explained to son.",
    "Mesh repair planned, decision made by reg and consultant intra op to do a suture repair "
    "instead due to contamination. Pt informed post op.",
    "Hysteroscopy: planned polypectomy, but polyp not seen; decision to take endometrial "
    "biopsy instead. Documented. Pt asked why different procedure done - explained.",
    "Rt carpal tunnel listed; surgeon opted to change to an open release instead of "
    "endoscopic due to anatomy, discussed with pt pre op.",
    "Pathology request form from the GP had 'L breast' but lesion on R; core biopsy done on "
    "the L by the radiologist following the form. GP practice confirms the form was written "
    "wrongly.",
    "CT report said left renal stone, ureteroscopy done on L. Report corrected later to right"
    " by the radiologist, it was a typo. R URS relisted.",
    "Lump excised L groin as the GP letter described a L groin lump. GP later said she wrote "
    "the wrong side, lump is on the R.",
    "Son complained his father had the wrong knee scoped. Notes reviewed: R knee pain "
    "documented, R knee consented and marked, R knee arthroscopy performed.",
    "Pt's wife says they injected the wrong eye. Checked: L eye listed, L eye consented, L "
    "eye injected, L eye has the wet AMD.",
    "Pt told the nurse she thinks the surgeon did the wrong hand. Reviewed the op note: R CTR"
    " consented, R hand marked, R hand operated.",
    "Wound infection after L TKR done on the correct side, readmitted for washout.",
    "During lap hernia repair on the correct side the reg caused a bladder injury, repaired, "
    "catheter for 10 days.",
    "US report said 'R sided pleural effusion' so the F1 placed a drain on the R; the report "
    "should have said left, corrected by radiology next day. Wrong side drain.",
    "Referral letter from GP described a sebaceous cyst on the L cheek, excised L cheek. GP "
    "confirms letter was typed with the wrong side, cyst is on R cheek; R excised later.",
    "The consultant decided intra-operatively to do a hemicolectomy instead of the planned "
    "resection after finding the tumour in the caecum. Family complained it was the wrong "
    "operation.",
    "Pre-op assessment clinic: consent form said L hernia repair, pt says the hernia is on "
    "the R and the clinic letter says R. Consent form was wrong, re-consented by the reg 2 "
    "weeks before surgery. Not yet listed.",
    "Daughter complained that the drain was put in the wrong side. Reviewed: R effusion on "
    "CXR, drain inserted R side, R drain seen on the post procedure CXR.",
    "pt's husband thinks the nurse injected the wrong knee. Checked the notes: R knee OA, R "
    "knee injected in clinic, R knee consented.",
]

# an invasive act on a wrong side, told as fact
WRONG_SITE_ACT = [
    "Consultant decided to proceed on the R knee although consent and marking were for the L "
    "knee. Wrong side operated. DoC done.",
    "Surgeon decided to change to the L side after the R was prepped, but the pt was "
    "consented for R. Wrong side surgery.",
    "Decision to change procedure was made but the wrong knee was operated on in error - L "
    "instead of R.",
    "Referral said L knee, nurse misread it and injected the R knee. Wrong knee injected.",
    "Chest drain inserted on the L by the F2, CXR showed the effusion was on the R. Radiology"
    " report was correct.",
    "Consent form written for the wrong side (R) by the reg; R hernia repaired, hernia was on"
    " L. Wrong side surgery.",
    "Pt had L TKR done instead of R TKR. Theatre list typed wrong side by the secretary. "
    "Never event declared.",
    "Wrong level discectomy L3/4 instead of L4/5, decision by consultant to return to theatre"
    " next day for correct level.",
    "Discussion at MDT: wrong toe amputated, 2nd instead of 3rd. Decision to apologise.",
    "GP letter said R hand; wrong finger operated on, ring instead of middle, in error by the"
    " surgeon.",
    "Mrs B had her R eye injected instead of her L by the reg, in error. Decision made to "
    "report as NE.",
    "Pt listed for L inguinal hernia repair, consent and site marking for left side. Surgeon "
    "made incision on the right groin; error recognised intra-op, left side then repaired.",
    "Pt complained the wrong knee was done. Op note review: R knee consented, L knee "
    "arthroscopy done. Upheld.",
    "Wife says wrong eye injected; checked: consent L eye, R eye injected by the reg.",
    "Surgeon decided to use the L side instead as it was easier, but the consent was for R. "
    "Wrong side surgery, DoC.",
    "Correct side then operated after the wrong side had been incised in error.",
    "At pre-op assessment the consent was noticed to be for the wrong side (R), it was not "
    "corrected, and on the day the R knee was operated on instead of the L.",
    "Daughter complained that the drain was put in the wrong side. Reviewed: R effusion on "
    "CXR, drain inserted on the L side.",
    "Pt said they did the wrong knee. Checked: R knee consented and marked, R knee scope "
    "booked, but the L knee was scoped by the reg.",
]

# a wrong side caught before the act, on the day
CAUGHT_BEFORE_THE_ACT = [
    "At time out the consent said R but the L leg was prepped; stopped. Decision made to re-"
    "prep R. Near miss.",
    "L wrist prepped, noticed at time out that consent said R before any LA given. Stopped. R"
    " side then done.",
    "At sign in the consent form said R TKR, pt and clinic letter say L. Wrong side on the "
    "consent, caught before the anaesthetic. Re-consented.",
    "Pre-op assessment: booking form had the wrong side (R) for the hernia repair. On the "
    "day, at sign in, the anaesthetist saw the consent also said R, pt says L. Corrected "
    "before anaesthetic.",
]


@pytest.mark.parametrize("text", NO_WRONG_SITE_ACT)
def test_no_wrong_site_act_of_the_team_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", WRONG_SITE_ACT)
def test_a_wrong_site_act_told_as_fact_stays_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", CAUGHT_BEFORE_THE_ACT)
def test_a_wrong_side_caught_before_the_act_stays_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")
