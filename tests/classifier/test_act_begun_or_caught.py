"""The act begun or the set-up caught: a wrong-site or wrong-patient procedure whose first
invasive step was done (needle in, local anaesthetic infiltrated, incision, first injection,
scope passed, laser fired) before the error was noticed and stopped is never event 1 however
the catch is told ("stopped", "caught", "realised", "no harm"); one caught while only set up
(prepped, draped, positioned, a speculum or topical drops, a needle still capped, a drug drawn
up not given, a mark on the wrong one) is near miss 1. The order of act and catch as the
report tells it decides.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

#: Still read wrong: the person at the procedure is not read from a scope told with no one
#: brought (engine.patient_identity.presences), so no wrong person.
PERSON_NOT_READ = pytest.mark.xfail(reason="person at the procedure not read", strict=True)
#: Still read wrong: a set-up caught with no catch word the engine reads (a review, a
#: recheck, "nothing injected on the L"), or a probe on the skin read as the block done.
CATCH_NOT_READ = pytest.mark.xfail(reason="set-up's catch not read", strict=True)

ACT_BEGUN_THEN_CAUGHT = [
    # a side's act told done, the catch after it
    "Pt listed for R carpal tunnel release. Reg infiltrated 5ml lignocaine into the L wrist, then"
    " the scrub nurse saw the arrow on the R. Stopped. R side done under LA.",
    "L knee arthroscopy planned. Portal incision made on the R knee before the ODP noticed the"
    " mark on the L. procedure abandoned on R, L done. Duty of candour.",
    "Botox clinic: pt booked for L sided injections. first injection given into the R masseter"
    " when the nurse realised. stopped, no harm, L side treated.",
    "ortho FY2 put the needle in for a R knee aspirate, pt then said it was the left knee that"
    " was swollen. needle removed, L knee aspirated.",
    "Planned R sided chest drain. LA infiltrated on the L chest wall and blunt dissection started,"
    " then the CXR was rechecked - PTX on the R. Stopped, L sutured, R drain inserted.",
    "Laser retinopathy tx planned for the R eye. 30 burns applied to the L eye before the"
    " ophthalmologist realised. stopped. R eye treated.",
    "pt for L inguinal hernia repair. skin incision made on the R groin, surgeon then noticed the"
    " arrow on the L. wound closed, L side repaired. Pt told.",
    "Interscalene block: 10ml bupivacaine already injected on the left before the anaesthetist"
    " saw the consent said right shoulder. Stopped. No harm.",
    "LA inflitrated to R hand by SHO for a L hand wound washout, SHO realised own mistake &"
    " stopped. L hand then done.",
    "The surgeon had made the first cut on the right hand when the assistant pointed out the"
    " consent was for the left. Caught straight away, wound closed, no further harm.",
    # the wrong person, the act told done on them before the catch
    "Flexible cystoscopy list, two pts called Patel. The wrong Mr Patel was brought in and the"
    " scope inserted before staff realised - stopped straight away. no harm, apologised.",
    "Two Mrs Jones on the ward (bed 4 and bed 9). Bed 4 pt taken for the gastroscopy meant for"
    " bed 9, sedated and the scope passed, then the nurse checked her wristband. Stopped.",
    "Minor ops: two pts named Ahmed. The wrong one was called in, lidocaine injected over his"
    " shoulder and a small incision made, then he said his lump was on his neck. We stopped.",
    pytest.param(
        "Colonoscopy: pt with the same surname as the booked pt. scope inserted and the caecum"
        " reached, then realised when the indication didn't fit. Withdrawn. No harm.",
        marks=PERSON_NOT_READ,
    ),
    "Outpatient hysteroscopy: the wrong Emma came in, hysteroscope passed and a biopsy taken,"
    " only realised when the label was checked. Apology given.",
    "Bay 3 pt taken instead of bay 5 pt for a bone marrow biopsy. LA given and trephine needle"
    " inserted before the nurse noticed the name on the wristband. stopped, no harm.",
]

CAUGHT_BEFORE_ANY_STEP = [
    "Pt listed R CTR. L arm prepped and draped, at time out the ODP saw the arrow on the R. No"
    " LA given. R side done.",
    "WALANT: needle still capped over the L thumb when the scrub nurse said the consent was R."
    " nothing injected. R thumb injected.",
    "Pleural tap planned on the L. Pt sat up, R back cleaned and draped, US at the safety pause"
    " showed the fluid on the L. No needle inserted on the R.",
    pytest.param(
        "Chest drain: pt positioned L side up, drape on, lidocaine drawn up not yet given. Reg"
        " rechecked the CXR, the PTX was on the right. Drain inserted R.",
        marks=CATCH_NOT_READ,
    ),
    "pt going for L knee scope but the arrow was on his R knee. ward nurse noticed before he"
    " went down to theatre. surgeon came up and re-marked.",
    "Wrong pt brought to the endoscopy room, same surname. ID check at the safety pause: wrong"
    " DOB. Pt returned to the ward before any sedation.",
    "Time out for a L hip injection: pt prepped on the right side. Radiographer questioned it."
    " LA had not been given. Corrected and L done.",
    pytest.param(
        "Reg had the LA drawn up and the needle over the R wrist, ODP read the consent: L. Stopped"
        " before needle to skin. L wrist done.",
        marks=CATCH_NOT_READ,
    ),
    pytest.param(
        "Block room: US probe on the L thigh for a fascia iliaca block, # NOF was on the R. SBYB"
        " done - stopped. Block given on the R.",
        marks=CATCH_NOT_READ,
    ),
    "Pt prone, skin prep applied to the L flank for a R nephrectomy. Noticed at the time out"
    " before knife to skin. Re-prepped and R side done.",
    "Hysteroscopy clinic - the wrong pt called in (two Sarahs). In the chair, speculum not yet"
    " inserted when the nurse checked her DOB. Pt went back to the waiting room.",
    "Tourniquet applied to the L arm for R hand surgery, noticed by the anaesthetist at sign in"
    " before the block. Tourniquet moved. No harm.",
    pytest.param(
        "Planned R shoulder injection. Pt sitting, L shoulder swabbed with chlorhexidine. Nurse"
        " noticed the referral said R. Nothing injected on the L.",
        marks=CATCH_NOT_READ,
    ),
    "During the time out for a pacemaker it was noted the pt had been prepped and draped on the"
    " right. Plan was left. No local anaesthetic had been given on the right. Left side done.",
    "Consent form said L TKR, list said R TKR. Picked up at sign in, clinic letter confirmed"
    " right. No incision made. R knee done.",
    pytest.param(
        "Intravitreal list: topical anaesthetic drops put in the L eye, R eye on the consent."
        " Caught at the time out before the speculum went in. R eye injected.",
        marks=CATCH_NOT_READ,
    ),
]


@pytest.mark.parametrize("text", ACT_BEGUN_THEN_CAUGHT)
def test_an_act_begun_then_caught_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", CAUGHT_BEFORE_ANY_STEP)
def test_a_set_up_caught_before_any_invasive_step_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")
