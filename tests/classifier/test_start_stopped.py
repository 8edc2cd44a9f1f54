"""The start stopped: a wrong-site procedure on its way, caught before its first invasive step,
is near miss 1 however the catch is told (`engine.start_stopped`): by the step it came before
("stopped before needle to skin", "caught before any injection"), by the act told as about to
be done on a side ("about to do an ascitic tap on the L"), by the planned side done once the
catch put it right ("needle had not gone in. block done on L", which the side rules read as an
act against the plan), or by the procedure told not begun ("no procedure started"). On paper,
two records telling different procedures caught at the day-of checks are near miss 1 too
(`engine.paperwork_catch`), not a procedure and its abbreviation. An act verb on the set-up
side (LA infiltrated, a block given or performed), a catch denied or a practice to come keep
the reading as before.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

STARTS_STOPPED = [
    # the step told still to come at the catch
    "Stop before you block: reg had the L popliteal area cleaned and the US probe on, ODP read"
    " the consent - R ankle ORIF. Stopped before needle to skin. Correct side blocked.",
    "Joint inj clinic - R knee cleaned, pt said it was the left. caught before any injection. L"
    " knee injected.",
    # the act on its way
    "FY1 about to do an ascitic tap on the L, bedside US showed no fluid there - the fluid was on"
    " the R flank as per CT. no needle inserted on L.",
    "FY2 ready to do the pleural tap on the R, bedside US found the effusion on the L. nothing"
    " inserted on the R.",
    "Reg was ready to inject the R knee when the pt said it was the left that was swollen."
    " Referral confirmed L. Nothing injected on the R, L knee aspirated and injected.",
    # the planned side done after the catch, the wrong one only set up
    "ED: reg had the needle on the R groin for a fascia iliaca block, ENP said the # was L. needle"
    " had not gone in. block done on L.",
    "Minor ops: GP had marked the L forearm lesion for excision, pt said it was the one on the R."
    " no incision made on L. R lesion excised.",
    # records telling different procedures, caught at the checks
    "Time out: consent says laparoscopic appendicectomy, list said diagnostic laparoscopy."
    " surgeon confirmed appendicectomy.",
    # the wrong patient, the procedure told not begun
    "wrong pt brought to endoscopy room 2 - same surname. picked up at the safety pause, no"
    " procedure started. pt returned to the ward.",
]

READ_AS_BEFORE = [
    # the catch denied: the block was done
    (
        "Block performed on the L leg. No stop before you block was done before needle"
        " insertion. R was the operative side.",
        ("1", None),
    ),
    # an act verb on the set-up side
    (
        "LA infiltrated on the R by the reg, then the ODP read the consent: L. Stopped before"
        " incision. L side done.",
        ("1", None),
    ),
    (
        "Block given to the R leg, then ODP noticed the arrow on the L. no further block given. L"
        " block done.",
        ("1", None),
    ),
    # a procedure and its abbreviation, records agreeing
    (
        "list said R TKR, consent says right total knee replacement, time out done. op as planned.",
        (None, None),
    ),
    ("Sign in: list said L THR, consent confirmed L THR. no issues.", (None, None)),
    # the act on its way on the side meant
    (
        "reg about to inject the R knee as per referral, pt agreed it was the R. injected R.",
        (None, None),
    ),
    (
        "R knee prepped and draped, time out done correctly, R TKR done as listed. Nothing else of"
        " note.",
        (None, None),
    ),
]


@pytest.mark.parametrize("text", STARTS_STOPPED)
def test_a_wrong_site_stopped_before_its_start_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(("text", "codes"), READ_AS_BEFORE)
def test_an_act_done_or_no_error_is_read_as_before(text: str, codes: tuple) -> None:
    assert never_event_codes(text) == codes
