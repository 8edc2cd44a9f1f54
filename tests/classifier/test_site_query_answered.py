"""A wrong side or site only queried, misread or written somewhere that did not decide the act
is no wrong-site event: a time-out query answered as right ("old report on PACS said R ...
current scan L, proceeded L"), a confused patient's side checked against the imaging, a side
changed on the day for a clinical reason with a new consent, another patient's label on a
correct consent, a wrong side on an imaging request, on a letter or op note written after the
operation or on a handover sheet, two sites both planned, a line whose side has nothing to do
with the operation. A wrong side only prepped and caught at the time out before any needle is
near miss 1, not never event 1. Look-alikes keep their reading: the wrong side actually cut,
blocked or injected (never event 1), a wrong side marked or written for this operation and
caught at the day's checks (near miss 1)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

#: A side changed on the day with a new consent is not yet read as the new plan.
NEW_PLAN_NOT_READ = pytest.mark.xfail(reason="side re-consented on the day not read", strict=True)
#: A wrong-side act told only as "had actually been released" is not yet read.
ACT_NOT_READ = pytest.mark.xfail(reason="wrong-side act told indirectly not read", strict=True)

ANSWERED_OR_OFF_THE_ACT = [
    # a time-out query answered as right
    "time out - ODP queried side because the CT report that came up first on PACS said LEFT "
    "renal cyst. consent, list and mark all R. surgeon checked: that report was from 2017, "
    "current CT shows R. confirmed R with pt, proceeded R. nothing went wrong.",
    "At the WHO time out the anaesthetist asked whether it was really the L shoulder as the "
    "referral in the notes said R. Consent, mark, list and the MRI all L; the referral was for "
    "an old problem. Pt confirmed L. Went ahead L without issue, logged for learning.",
    # a confused patient's side checked against imaging
    "pt with advanced dementia for DHS, kept saying her right hip hurt. checked against the "
    "xray (L intertrochanteric #), leg short and rotated on the L, consent form 4 L, mark L. "
    "son confirmed she fell on her left side. op done on L correctly.",
    "Confused gentleman in the anaes room insisted the op was on his left knee. Side checked "
    "with the consent, the mark and the x-rays - all R. Wife confirmed R. Procedure on R, "
    "correct. Reported as the ward asked if the concern had been escalated.",
    # a side changed on the day for a clinical reason with new consent
    pytest.param(
        "Pt listed for L ureteric stent. Repeat CT on the morning of surgery showed the L stone "
        "had passed and a new obstructing R stone. Consultant explained, new consent for R "
        "stent, R marked, theatre list and checklist updated, team brief redone. Reported as "
        "the side changed on the day.",
        marks=NEW_PLAN_NOT_READ,
    ),
    # another patient's label on an otherwise correct consent
    "at sign in the consent for R carpal tunnel release was correct and signed but the "
    "patient sticker on page 2 belonged to another pt on the list. wristband, list and mark "
    "all correct. consent redone with correct labels, 20 min delay.",
    # a wrong side on an imaging request
    "Request for US said R breast lump at 10 o'clock; pt said the lump was on the left. "
    "Sonographer rang the clinician, clinic letter also said L, L breast scanned - simple cyst. "
    "Request form corrected.",
    # a letter or op note written after the operation
    "Discharge letter typed 'following R knee arthroscopy' - GP queried as pt had a LEFT knee "
    "scope. Consent, op note and the wound all L. Typing error, amended letter sent.",
    "op note dictated as left carpal tunnel release, secretary queried. pt had the right side "
    "done as consented and marked. dictation error corrected next day.",
    # a handover sheet
    "Night staff worried as the handover sheet said 'ankle block L - wrong side??' for a pt "
    "post R ankle ORIF. Anaesthetist confirmed the block was done on the R, block sticker and "
    "op note R. Sheet had been filled in wrongly, corrected, pt reassured.",
    # two planned sites
    "Reg asked why there were two arrows - one on the R forearm and one on the L thigh. Consent "
    "was for excision of R forearm SCC with a FTSG harvested from the L thigh, both sites "
    "marked and read out at time out. All correct.",
    # a line whose side has nothing to do with the operation
    "Pt for R mastectomy. Anaesthetist sited a cannula in the L hand. Recovery nurse asked if "
    "it was the wrong side as the mark was on the right. Cannula side is chosen by the "
    "anaesthetist, R mastectomy done as planned. Query only.",
    "pt for L THR, art line put in the R radial by anaes. HCA in recovery questioned wrong "
    "side as the arrow was on the L. art line side has nothing to do with the op site, L hip "
    "done correctly. just a query.",
    "Xray request for post-op check said L elbow; pt had a R elbow ORIF as consented. "
    "Radiographer checked with the ward and imaged the R. Request amended, no harm.",
]

PREPPED_ONLY_CAUGHT_BEFORE_ANY_NEEDLE = [
    "IR list. Drain for R pleural effusion, pt positioned and the L side cleaned and draped. "
    "At the time out the radiographer read R from the request - wrong side prepared. Re-prepped "
    "R, no LA or needle on the L. Drain sited on R.",
    "Pt prone for L L4/5 facet joint injection. Chlorhex applied to the R side. Picked up at "
    "time out by the consultant. No needle inserted on the R. Re-prepped L and injection done "
    "on L.",
]

WRONG_SIDE_ACTED_ON = [
    "Listed for L inguinal hernia repair, consent and mark L. Incision made in the R groin, "
    "realised when no hernia found. Closed, L repair done. DoC.",
    "R femoral nerve block given for a L TKR in the block room, noticed when the surgeon "
    "arrived. Datix and DoC.",
    "At time out the nurse queried the side, surgeon said it was fine and proceeded on the L "
    "knee; consent and mark were R. Realised in recovery.",
    "Handover sheet said 'block L leg'. Checked with the anaesthetist: the block had been given "
    "on the L but the op was a R TKR. Wrong side block, DoC given.",
    "Confused pt said it was her left hip. Surgeon marked the L without looking at the xray, "
    "which showed a R #NOF. Incision on the L hip before the error was noticed.",
    "planned L4/5 discectomy. L3/4 level operated on, found on the post op MRI. pt informed.",
    "Consented for R ureteroscopy. Reg read an old CT and did a L ureteroscopy; no new consent. "
    "Consultant noticed post op.",
    pytest.param(
        "Letter after the op said R carpal tunnel release. GP queried as pt had been listed and "
        "consented for the L. Op note checked: the R had actually been released. DoC.",
        marks=ACT_NOT_READ,
    ),
    "Pt for L nephrostomy. R flank prepped and LA infiltrated on the R before the radiologist "
    "noticed the wrong side. Stopped, redone on the L.",
]

WRONG_SIDE_SET_UP_CAUGHT = [
    "Pt for R TKR, L knee marked on the ward. Picked up at the time out, mark removed and R "
    "marked. Op done on R.",
    "Consent form said L hip, list and clinic letter R. Picked up at sign in on the day, new "
    "consent signed, R THR done.",
    "theatre list said R knee arthroscopy, consent and mark L. picked up at team brief, list "
    "corrected, L done.",
    "L leg prepped and draped for a R ankle ORIF. Scrub nurse noticed at time out before knife "
    "to skin. Re-prepped R, procedure completed.",
    "consent and list L TKR but the arrow was on the R knee. anaesthetist spotted it at sign "
    "in before the block. re-marked L, op on L.",
]


@pytest.mark.parametrize("text", ANSWERED_OR_OFF_THE_ACT)
def test_side_only_queried_or_written_off_the_act_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", PREPPED_ONLY_CAUGHT_BEFORE_ANY_NEEDLE)
def test_wrong_side_prepped_only_and_caught_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", WRONG_SIDE_ACTED_ON)
def test_wrong_side_acted_on_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", WRONG_SIDE_SET_UP_CAUGHT)
def test_wrong_side_set_up_and_caught_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")
