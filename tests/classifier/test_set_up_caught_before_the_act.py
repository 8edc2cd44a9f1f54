"""The set-up caught before the act: a wrong side set up on the patient (prepped, draped, marked,
a tourniquet on, an ultrasound probe or a needle held on the skin, a speculum in) and stopped
before the first invasive step is near miss 1. The step told as not done is read as a negation
bound to a word of the class of first invasive steps, either way round ("no needle in R",
"needle had not gone in"); an act whose verb only holds or places a set-up object ("had the
needle on the skin at the R") is the set-up; the other side named within two sentences of a
set-up with no act there, by the check, the records or the patient, is the side planned
(`engine.set_up_caught`). An injection or block given on the set-up side stays a never event;
a patient choosing the other side is no near miss.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

SET_UP_CAUGHT = [
    "podiatry: L 2nd toe cleaned and tourniquet on for nail avulsion, pt said 'no, its the right"
    " one'. checked referral. nothing injected on L, R done.",
    "Anaes reg had the R leg cleaned and draped for adductor canal block, ODP at SBYB said the"
    " consent is left knee. Stopped, needle had not gone in.",
    "ortho clinic joint injection - HCA prepped the right knee, GP asked pt which knee hurts - the"
    " left. no needle in R. L injected.",
    "block room: consultant had the US probe on the left neck for interscalene, ODP pointed out the"
    " arrow was on the R shoulder. knife/needle not near skin. block done R.",
    "Radiology: US probe on the R side for a pleural tap and area cleaned, sonographer found no"
    " fluid, CXR shows the L effusion. no LA given. Tap done L",
    "eye clinic - R eye prepped with iodine and speculum in, nurse read the booking - L eye."
    " speculum out, nothing injected into the R, L eye then injected",
    "Anaes room: anaesthetist had the needle on the skin at the R interscalene area under US, ODP"
    " asked about the mark which was L. stopped. no LA given on R.",
    "Podiatry nail surgery clinic: R hallux cleaned with chlorhexidine and tourniquet applied, pt"
    " then said it was the left toe that was ingrowing. Checked referral, L correct. Nothing"
    " injected on R.",
    "ortho theatre, L hip positioned in lateral with the R side up and prepped. time out - consent"
    " says R THR. reposition done, no incision.",
    "pt on table for L TKR, tourniquet placed and inflated on the R thigh, drapes on R. at time out"
    " the scrub nurse read left. drapes off, tourniquet down. skin not touched by the blade.",
    "joint inj clinic - Depo-Medrone drawn up and R shoulder prepped, consent says L. caught at the"
    " pause, no needle in.",
    "ENT: speculum in the R ear and microscope set up for grommet, list says L. Surgeon stopped at"
    " the check, no myringotomy made on the R.",
    "intravitreal list - iodine and speculum in the LE, nurse read out the plan: RE. speculum out,"
    " nothing injected into the LE.",
    "Breast clinic - US probe on the L breast and skin cleaned for core biopsy, radiographer said"
    " the lesion was R on the mammo. stopped before needle went in. R biopsied.",
]

ACT_DONE_OR_NO_ERROR = [
    (
        "R knee prepped and draped for arthroscopy and the portal made, then the surgeon noticed"
        " the consent said L knee. portal closed, L knee done.",
        ("1", None),
    ),
    (
        "pt prepped and draped on the R side for a chest drain, LA infiltrated and drain"
        " inserted, post CXR showed effusion was on the L.",
        ("1", None),
    ),
    (
        "R eye prepped with iodine and speculum in, aflibercept injected into the R eye, then the"
        " nurse read the booking: L eye. DoC.",
        ("1", None),
    ),
    (
        "The wrong leg was prepped and draped and the incision made on the R before the surgeon"
        " noticed the arrow on the L. wound closed, DoC.",
        ("1", None),
    ),
    (
        "HCA prepped the right knee for steroid inj as per the letter (R). pt asked if the left"
        " could be done next time. injected R.",
        (None, None),
    ),
    (
        "R knee prepped with chlorhexidine for steroid inj, the correct side per the letter."
        " Injected R, no issues.",
        (None, None),
    ),
    (
        "L shoulder prepped for injection. pt said they no longer wanted the injection today. not"
        " given, rebooked.",
        (None, None),
    ),
    (
        "tourniquet placed on R arm for carpal tunnel release as per consent R, time out done, op"
        " completed uneventfully.",
        (None, None),
    ),
    (
        "US probe on the L groin to look at the femoral vessels for a line, cannula sited L as"
        " planned.",
        (None, None),
    ),
    ("pt prepped for L knee scope, time out done, all correct. scope done", (None, None)),
    (
        "intravitreal list - iodine and speculum in the LE, aflibercept injected into the LE, then"
        " the nurse read out the plan: RE. DoC given.",
        ("1", None),
    ),
]


@pytest.mark.parametrize("text", SET_UP_CAUGHT)
def test_set_up_caught_before_the_act_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(("text", "codes"), ACT_DONE_OR_NO_ERROR)
def test_act_done_or_no_error_is_read_as_before(text: str, codes: tuple) -> None:
    assert never_event_codes(text) == codes
