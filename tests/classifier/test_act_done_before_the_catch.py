"""The act told as done before the catch: a stop, "wrong" or "noticed" told after the act that
reaches the patient (a block given, a component cemented, a unit of feed run) leaves it a never
event, whatever later step the catch is told as coming before ("noticed before the surgery
started", "picked up at the count before closing"); the catch told before the act, the act told
only as drawn up, marked, opened or about to happen, a dose given on its day with the next one
caught, and a cue that itself denies the act stay near misses
(`Context.act_done_before_the_catch`).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

ACT_DONE_BEFORE_THE_CATCH = [
    (
        "Femoral nerve block given to the wrong leg, picked up by the ODP before knife to"
        " skin. Correct side then blocked.",
        "1",
    ),
    (
        "Pt had fascia iliaca block on R, anaesthetist realised it was wrong side before "
        "surgery commenced, L hip op went ahead.",
        "1",
    ),
    (
        "Reg injected 10ml bupivacaine into the left knee, scrub nurse noticed it should "
        "have been right before the op started.",
        "1",
    ),
    (
        "Interscalene block done on wrong shoulder. It was noticed at time out prior to "
        "incision. Pt monitored.",
        "1",
    ),
    (
        "Wrong size femoral component cemented in place, noticed before wound closure; "
        "revised same sitting.",
        "2",
    ),
    (
        "NG feed ran for 2 hrs via tube in the lung, stopped when the x-ray was finally reviewed.",
        "13",
    ),
    (
        "Anti-VEGF injection given into R eye, pt said after the injection that it was "
        "the left that needed treating.",
        "1",
    ),
    ("Oxygen tubing plugged into air flowmeter, noted by physio 2 hours later, pt sats 85%.", "15"),
    (
        "Methotrexate 10mg given daily for 3 days instead of weekly, pharmacist queried "
        "on day 4 and stopped.",
        "7",
    ),
    (
        "Epidural infusion connected to IV cannula, noticed 20 mins later when woman felt"
        " dizzy, pump stopped.",
        "5",
    ),
    (
        "anaesth reg gave popliteal block to L leg, consent + arrow for R. realised at "
        "WHO time out b4 incision, R side then done.",
        "1",
    ),
    (
        "Ankle block administered to the wrong foot by the consultant. The error was "
        "identified by the scrub nurse before the surgeon started.",
        "1",
    ),
    (
        "Pt had an erector spinae block on the wrong side; the ODP pointed it out before "
        "we went into theatre.",
        "1",
    ),
    (
        "wrong eye injected with ranibizumab (R not L) - the HCA noticed while the pt was"
        " still in the chair and consultant informed",
        "1",
    ),
    (
        "Tibial insert size 10 implanted instead of size 9, picked up at the count before closing.",
        "2",
    ),
    (
        "Consultant cemented a size 4 femoral component when size 3 was planned, spotted "
        "by the scrub nurse before closure.",
        "2",
    ),
    (
        "15ml levobupivacaine injected around the wrong knee, ODP said stop as the needle"
        " came out.",
        "1",
    ),
]

CATCH_BEFORE_THE_ACT = [
    (
        "Femoral block drawn up for the wrong leg, picked up by the ODP at stop before "
        "you block, before needle went in. Correct side done.",
        "1",
    ),
    (
        "Wrong side marked for nerve block, anaesthetist noticed before injecting and re-marked.",
        "1",
    ),
    (
        "Wrong size femoral component opened, scrub noticed before it was cemented, "
        "correct size obtained.",
        "2",
    ),
    (
        "NG tube pH not checked, nurse about to start feed but the x-ray review found it "
        "in the lung, feed not started.",
        "13",
    ),
    ("Pt nearly had the block on the wrong side, ODP said stop before the needle went in.", "1"),
    (
        "O2 tubing found connected to the air flowmeter at the bed check before the pt "
        "arrived from ED.",
        "15",
    ),
    (
        "Epidural bag about to be connected to the IV line, MW noticed the yellow line "
        "before connecting.",
        "5",
    ),
    ("Methotrexate prescribed daily, pharmacist queried before the first dose was given.", "7"),
    (
        "Wrong eye prepped and draped for injection, nurse said it was the other eye "
        "before the needle went in.",
        "1",
    ),
    ("Lens of 21D selected instead of 24D, surgeon noticed at the check before insertion.", "2"),
    (
        "Adductor canal block drawn up and probe on the L leg, ODP spotted the arrow on "
        "the R before any injection.",
        "1",
    ),
    (
        "Size 4 femoral component handed to the surgeon instead of size 3, scrub spotted "
        "before it was cemented.",
        "2",
    ),
    (
        "Stop before you block: ODP stopped the anaesthetist who had the needle on the "
        "wrong leg, nothing injected.",
        "1",
    ),
]

NO_NEVER_EVENT = [
    "FY2 pushed 10mg IV morphine instead of 1mg, realised straight after and naloxone given.",
    "Concentrated KCl ampoules found in the ward cupboard during audit, removed, no pt affected.",
    "Insulin 40 units drawn up instead of 4, noticed by 2nd nurse at the bedside check, not given.",
    "Pt was about to have a block on the L, anaesthetist noticed the R marking before needling.",
    "Methotrexate 20mg OD written on admission, weekly dose given on the correct day (Wed). "
    "Pharmacist spotted it Thursday morning before the next dose, changed to weekly.",
]


@pytest.mark.parametrize(("text", "code"), ACT_DONE_BEFORE_THE_CATCH)
def test_act_done_before_the_catch_is_a_never_event(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)


@pytest.mark.parametrize(("text", "code"), CATCH_BEFORE_THE_ACT)
def test_catch_before_the_act_stays_a_near_miss(text: str, code: str) -> None:
    assert never_event_codes(text) == (None, code)


@pytest.mark.parametrize("text", NO_NEVER_EVENT)
def test_no_never_event_is_made(text: str) -> None:
    assert never_event_codes(text)[0] is None
