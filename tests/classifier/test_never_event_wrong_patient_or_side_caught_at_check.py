"""Round 24 (third pass): a wrong patient or a wrong side caught at sign in / time out / the
stop-before-you-block check, before anything was done, is near miss 1. The wrong person is told
by being fetched from the wrong ward or bed, by the identifiers the check compared being
different, or by two titled names set against each other; the planned side by what the notes,
the sticker, the booking said or what the checker read out. Minor procedures (tongue-tie
division, a cath lab's arterial access) count as procedures. The look-alikes stay null, and the
cue that can make a never event a near miss ("wristband check picked it up") is shown in
innocent roles with the never event still found."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        # fetched from the wrong ward, told by the identifiers at sign in
        "Day case list. Pt in the anaesthetic room for R inguinal hernia repair. Band said "
        "K Patel DOB 01/01/1950, consent K Patel DOB 05/06/1962. The porter had collected "
        "him from the wrong ward. Stopped before induction, correct pt fetched.",
        # the wrong child brought, the procedure named in the next sentence
        "Wrong child brought into the minor ops room by the HCA. The nurse's ID check before "
        "the procedure showed different DOB and NHS no. Stopped before any injection.",
        # two titled names set against each other at sign in
        "At sign in the man brought for the first case was Mr P Owen (for cystoscopy) not Mr "
        "P Owens (for TURBT). Identified at sign in before anything was done.",
        "Sign in for elective CS: woman in theatre was Mrs R Khan (later on list), notes "
        "brought were for Mrs R Khanum. Stopped before spinal, correct woman brought.",
        # the identity check named as the one that caught it
        "Pt brought into the cath lab for angiography was Mr D Hale, not Mr D Hales. "
        "Wristband check picked it up before arterial access.",
        # tongue-tie division
        "Frenotomy clinic: the wrong baby was brought in by the support worker. Label check "
        "against the referral showed different NHS number. Stopped before any division.",
    ],
)
def test_wrong_patient_caught_at_the_check_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(
    "text",
    [
        # the notes' sticker names the other eye than the one prepped
        "Intravitreal injection clinic. HCA prepped the R eye with iodine and put the "
        "speculum in. Doctor noticed the sticker on the notes said L eye. Stopped before "
        "any injection, L eye prepped and injected.",
        # the booking checked against the eye cleaned
        "Eye clinic: L eye cleaned and speculum in, then pt said it was her other eye. "
        "Checked booking - R eye. Stopped before injection.",
        # the side read out at stop before you block
        "Stop before you block: probe and needle already on the R leg when the ODP read out "
        "L for the popliteal block. Stopped, moved to L.",
    ],
)
def test_side_caught_before_anything_invasive_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(
    "text",
    [
        # the operation done on the wrong patient, the check only after it
        "Pt fetched from the wrong ward had the cystoscopy meant for another man. The "
        "wristband check in recovery picked it up after the procedure. DoC done.",
        "Mr A Lowe underwent the colonoscopy listed for Mr A Law. Wristband check picked it "
        "up in recovery after the procedure. Both pts informed.",
        "Wrong pt taken to theatre and anaesthetised for Mr B Cole's hernia repair; incision "
        "made before the ID check picked it up. Procedure abandoned and wound closed.",
        # the identity check named as the discovery, told without "after"
        "Mrs A Patel had a colonoscopy meant for Mrs A Patil. Identity check in recovery "
        "picked up the mismatch. Both pts informed.",
        "Wrong patient brought to the cath lab and the angiogram was started, then the "
        "wristband check picked up that she was the wrong lady when the consultant asked her "
        "name.",
        "Two Mr Smiths on the endoscopy list. The wrong Mr Smith was taken in and had an OGD "
        "under sedation. Band check by the recovery nurse picked it up.",
        # the side read out only after the block went in
        "Popliteal block done on the L leg. At the next check the ODP read out R for the "
        "ankle ORIF; wrong side block. Pt informed, DoC.",
    ],
)
def test_events_that_reached_the_patient_stay_never_events(text: str) -> None:
    assert never_event_codes(text)[0] == "1"


@pytest.mark.parametrize(
    "text",
    [
        # identity checked and matching; nothing wrong
        "Sign in: band, consent and notes checked for Mr J Fox, all matching. Hernia repair "
        "uneventful. Delay to list due to a late porter.",
        # an intentional change of side by the access team, documented
        "PICC placed in the left arm. The booking noted right arm preferred but the "
        "vascular access team chose the left because of poor veins, documented.",
        # a ward move told without any wrong patient
        "Pt collected from the surgical ward for the hip hemiarthroplasty. Delay of 40 minutes "
        "waiting for a porter. Procedure uneventful.",
    ],
)
def test_look_alikes_stay_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)
