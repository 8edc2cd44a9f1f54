"""The paperwork catch: a wrong side, site or procedure written for this patient's operation
only on paper (theatre list, booking, consent form, theatre board, injection sheet), told as
disagreeing with another record or with the patient, and caught at the day-of-surgery checks
(team brief, sign in, time out, the anaesthetic room, the WHO check, the records read out)
before anything was done, is near miss 1 however it is worded (the guide's hard case "A wrong
side, site or procedure written for this patient's operation only on paper", decided at
session 37). Where the catch came decides, not the words: the same error put right ahead of
the day (pre-op clinic, the week before, the booking team) stays null, as do another patient's
form misfiled with the list right, a patient choosing the other side on the day, a mark that
washed off, a paper slip with no side in it, and a report that declares itself a risk with no
patient's incident; an act told as done before the check (a block in the anaesthetic room)
stays a never event."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAUGHT_AT_THE_DAY_OF_CHECKS = [
    "Sign in: consent form reads R knee arthroscopy, pt and clinic letter say L. Surgeon "
    "re-consented for L before anaesthetic. Nothing done.",
    "At time out the ODP read the consent aloud: 'excision of lesion L forearm'. the list and "
    "the marking said R forearm. Surgeon checked photos from clinic, R correct, consent re-done. "
    "no incision made",
    "In the anaesthetic room the anaesthetist noted the booking said right inguinal hernia "
    "whereas consent said left. Clarified with pt: left. Proceeded on left.",
    "WHO checklist picked up that the theatre board had the wrong side written for bed 3 (L "
    "instead of R TKR). board corrected, pt consented and marked R.",
    "consent form stated R cataract, list L cataract. identified at sign in by the staff nurse, "
    "biometry L. list amended, op on L eye as planned.",
    "Reg noticed at the brief that pt was listed for a lap chole but had been consented for lap "
    "hernia repair. clinic letter confirmed hernia. list corrected before pt came to theatre.",
    "Injection sheet for the theatre list said L shoulder steroid injection; consent and "
    "referral R. Picked up by the HCA at the time out, nothing injected.",
    "During sign-in, pt said 'it's my left foot' but printed list and consent said right bunion. "
    "Everything stopped, clinic letter checked = left. Consent redone, op on L.",
    "at the WHO check the scrub nurse realised the list said TKR but the consent form was for a "
    "UKR. kit changed before knife to skin.",
    "printed theatre list said L wrist ORIF, consent R, fracture on R xray. spotted at team "
    "brief by anaesthetist. list reprinted.",
    "Day case list typed 'R' for a pt having a L knee scope. Caught when the team read "
    "everything out before starting. Pt, consent & mark all L.",
    "Consent was for excision of R ear lesion, but the list had L. Stopped at the time out, "
    "checked with patient and clinic photo - right ear. Proceeded on R.",
    "booking form had the wrong level - L3/4 instead of L4/5 on the list, MRI and consent "
    "L4/5. picked up at sign in before GA. corrected.",
    "FY1 filled in consent for R carpal tunnel, pt booked for L. caught in anaes room when pt "
    "queried it. re-consented by consultant for L, no anaesthetic given.",
]

# the operation on a side told only after the last check named: what was done once the papers
# were put right
CAUGHT_THEN_DONE_ON_THE_RIGHT_SIDE = [
    "Team brief 07:50: printed list said R bunion correction for the pt in bay 2 but her "
    "consent, marking and clinic letter all say left. List corrected before pt sent for. Left "
    "foot done as planned.",
    "At the team brief the ODP saw the list said L ureteroscopy whereas the consent and CT said "
    "right. list corrected before the pt was sent for. Right side done.",
]

PUT_RIGHT_AHEAD_OF_THE_DAY = [
    "Pre-op assessment nurse found the booking said R hip but consent L - 3 weeks before "
    "surgery. booking corrected.",
    "List checked the week before by the coordinator: pt 2 down as L TKR, consent R. list "
    "corrected.",
    "Booking team spotted that the letter and listing had different sides when sending out the "
    "admission letter. amended, pt not yet admitted.",
    "Consent form for L TKR had R written on page 2; noticed by the pre-op clinic nurse 2 weeks "
    "before, consent redone in clinic.",
    "Ward noticed the booking side was wrong when pt admitted the evening before surgery; list "
    "corrected.",
]

NO_PAPER_ERROR_OF_THIS_OPERATION = [
    # another patient's form misfiled, this patient's own papers right
    "Misfiled paperwork: a consent form for a different patient was found in Mrs B's notes at "
    "time out. Her own consent, list and marking were all correct. Form returned to the right "
    "notes.",
    # a mark that washed off
    "The arrow had washed off by the time of prep; team re-checked the side against consent "
    "and marked again. correct side op'd.",
    # the checks done and all agreeing, or a paper slip with no side in it
    "Sign in done, consent form checked with pt, L hip, marked L. procedure uneventful.",
    "Consent form missing from notes at sign in, list delayed while pt re-consented.",
    "Theatre list printed with wrong start time, team brief delayed 30 min.",
    "At team brief the list order was changed as the kit for case 2 had not arrived.",
    "Radiology request for R hip xray, pt's pain on L; radiographer queried, request amended.",
    # a report that declares itself a risk with no patient's incident in it
    "Risk report (not a patient incident): the new theatre list template drops the side from "
    "long procedure names. Spotted by staff at several team briefs, side checked from the "
    "consent each time. Logged with IT.",
    "Not a patient incident - system risk. The booking system prints R for every hand "
    "procedure whatever was typed. Noticed by the coordinator at a team brief; all sides "
    "checked against consents.",
]


@pytest.mark.parametrize("text", CAUGHT_AT_THE_DAY_OF_CHECKS)
def test_a_paper_error_caught_at_the_day_of_checks_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", CAUGHT_THEN_DONE_ON_THE_RIGHT_SIDE)
def test_the_right_side_done_after_the_catch_stays_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", PUT_RIGHT_AHEAD_OF_THE_DAY)
def test_a_paper_error_put_right_ahead_of_the_day_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", NO_PAPER_ERROR_OF_THIS_OPERATION)
def test_no_paper_error_of_this_patients_operation_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_a_block_told_done_in_the_anaesthetic_room_stays_never_event_1() -> None:
    text = (
        "Regional block done in the anaes room by the reg before the consultant arrived; at "
        "time out it was noticed the list said L TKR and the block was on the R. No stop "
        "before you block done."
    )
    assert never_event_codes(text) == ("1", None)


def test_the_side_missed_at_time_out_and_cut_stays_never_event_1() -> None:
    text = (
        "list said R, consent L. not noticed at time out and incision made on R knee before the "
        "error realised."
    )
    assert never_event_codes(text) == ("1", None)
