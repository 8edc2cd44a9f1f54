"""A wrong-site procedure's first invasive step told as something gone in, and the order of that
step and the catch (engine.wrong_site_done, never event 1 and near miss 1), in wordings of our
own: a needle, scope or volume told gone into a side ("had put in 10ml of the popliteal block on
the R leg", "pushed the needle in on the L side of the neck", "put the scope in" after the R
knee was prepped) before anyone said stop is never event 1, however soon it was stopped; a
change to the list told "the day before" is no catch before the act; the side being scanned with
the needle in hand, or anything set up before the catch with nothing gone in, stays near miss 1
(and so does the same report with the act told after the catch as the redo)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

GONE_IN_BEFORE_THE_CATCH = [
    "Consent for R knee injection. Stop was said by the HCA after 3 ml of lidocaine had been "
    "injected into the L knee. Correct knee then injected.",
    "ED: the ring block had been given to the R great toe when the pt said it was the other "
    "foot. L toe then blocked and nail avulsed.",
    "Derm minor ops: small incision made on the L forearm before pt queried it - the lesion "
    "listed was on the R forearm. Wound closed with one suture, R lesion excised.",
    "Arthroscopy list: portal made and scope in on the R knee, then the registrar noticed the"
    " marking arrow on the L thigh. Stopped, portal closed, L knee done.",
    "Intravitreal clinic: the L eye had been injected by the time the nurse checked the "
    "record, which said R eye only. Consultant informed.",
    "anaesthetist had put in 10ml of the popliteal block on the R leg when ODP said stop - op"
    " is L ankle. block abandoned, L side blocked.",
    "Pleural clinic - FY2 had infiltrated LA into the R chest wall when the nurse pointed out"
    " the effusion on the scan was L. Stopped. L aspiration done.",
    "Theatre 4: surgeon had already made the skin incision on the right groin by the time the"
    " scrub nurse asked about the mark on the left. Wound closed, left hernia repaired.",
    "Hand list. LA had been infiltrated into the L middle finger when the pt said it was the "
    "ring finger that triggered. Ring finger then released.",
    "Injection clinic: by the time the physio realised the referral said R shoulder, the L "
    "subacromial space had already been injected with 40mg kenalog.",
    "Breast clinic: core biopsy taken from the L breast, then radiologist looked again at the"
    " request form which said R. R breast then biopsied. Pt informed.",
    'Joint inj clinic. knee inj done L side, pt then said "no its my right knee thats bad". '
    "Consultant aware, R injected too.",
    "At that point the L facet joints at L4/5 had been injected; only then did the "
    "radiographer notice the request was for the R side. Procedure stopped.",
    "Arthroscopy: scope was put in through the R lateral portal, then the scrub nurse noticed"
    " the consent said L knee. Stopped, portal sutured, L knee done.",
    "ST3 had pushed the needle in on the L side of the neck for the IJ line when the staff "
    "nurse said the plan was R IJ. Withdrawn, R IJ line placed.",
    "Consent L knee arthroscopy. List amended the night before. Surgeon made the portal on "
    "the R knee and the scope went in; registrar then noticed the mark on the L. Stopped.",
    "L knee arthroscopy. Time out was read off an old printed list which said RIGHT - the "
    "list had been corrected the day before. Surgeon made a portal in the R knee and put the "
    "scope in, then saw the arrow on the L thigh. Stopped, L knee done.",
    "Consent L shoulder injection. Clinic list read at the huddle still said R; the booking "
    "had been amended the week before. Physio injected the R shoulder, then the pt asked why "
    "not the left. Apologised.",
    "Pain clinic: consultant had put in 5 ml of the L greater occipital nerve block when the "
    "nurse said stop, the letter said R. Stopped, R block done.",
    "RSI: the reg had pushed in 8ml of LA for the L fascia iliaca block when the ODP said the"
    " fracture was the R hip. Stopped. R block done.",
    "FY2 scanned the R chest and did the pleural tap on the R; the effusion on the CT was on "
    "the L. Dry tap. Consultant informed.",
    "Arthroscopy: ST4 prepped the R knee and put the scope in; the consultant then came in "
    "and read the consent - L knee. Stopped. Portal closed, L knee done.",
]

SET_UP_BEFORE_THE_CATCH = [
    "Consent for R knee injection. Stop was said by the HCA as the doctor was about to inject"
    " the L knee. Nothing injected. Correct knee then injected.",
    "ED: the R great toe had been cleaned for the ring block when the pt said it was the "
    "other foot. No LA given on the R. L toe then blocked.",
    "Derm minor ops: L forearm marked and prepped, pt queried it before any incision - the "
    "lesion listed was on the R forearm. R lesion excised.",
    "Arthroscopy list: R knee prepped and draped, the registrar noticed the marking arrow on "
    "the L thigh before the portal was made. L knee done.",
    "IR: probe on the L flank and needle out of the packet when the radiographer read out the"
    " request - R nephrostomy. Needle not inserted. R nephrostomy placed.",
    "Intravitreal clinic: speculum in the L eye, nurse checked the record before injecting: R"
    " eye only. L eye not injected, R eye injected.",
    "anaesthetist was scanning the R popliteal fossa with the needle in hand when ODP said "
    "stop - op is L ankle. needle hadnt touched skin. L side blocked.",
    "Pleural clinic - FY2 was about to infiltrate LA into the R chest wall when the nurse "
    "pointed out the effusion on the scan was L. Stopped. L aspiration done.",
    "Theatre 4: tourniquet on and right groin prepped; the scrub nurse asked about the mark "
    "on the left before the skin incision. Left hernia repaired.",
    "Endoscopy: pt in bay 2 brought in for cystoscopy; nurse noticed the wristband name was "
    "different from the list before the scope was passed. Pt returned to ward.",
    "Breast clinic: L breast cleaned and US probe on it, then radiologist looked again at the"
    " request form which said R before the biopsy needle went in. R breast biopsied.",
    "Pain clinic: needle in hand over the L hip, ODP said stop, request R hip. Nothing went "
    "in. R hip injected.",
    "The list had been changed the day before; at time out the scrub nurse noticed the R knee"
    " was prepped and draped, consent L. Stopped before incision, L knee done.",
    "Dental: the nurse put the LA cartridge into the syringe for the lower right block, then "
    "the dentist noticed the chart said the left. Nothing given on the right.",
    "Radiologist scanning the L thyroid lobe with the probe ready for the FNA when the nurse "
    "read the request aloud: R nodule. No needle used on the L. R FNA done.",
    "L knee prepped and draped and the scrub nurse put the scope in its holder; the surgeon "
    "then read the consent: R knee. Drapes off, R knee prepped and scoped.",
    "R arm prepped and then the needle put in the sharps bin when the pt said it was the left"
    " arm for the fistula. Nothing injected. L arm done.",
    "SpR marked the L foot and put in the request for the ankle block; at sign in the pt said"
    " the R ankle was the broken one. L not touched. R block done.",
]


@pytest.mark.parametrize("text", GONE_IN_BEFORE_THE_CATCH)
def test_gone_in_before_the_catch_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", SET_UP_BEFORE_THE_CATCH)
def test_set_up_before_the_catch_stays_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")
