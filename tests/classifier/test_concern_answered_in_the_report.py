"""A concern answered in the report itself: a never event told only as someone's claim (a
relative, a complaint, a junior's worry: "husband complained", "son thinks", "concern raised
by HCA that", "wife says", "Datix raised as ?wrong site") that a later finding of the same
report answers (a finding word telling the act as it should have been: "checked ... given
once", "reviewed ... injected as planned", "pharmacy checked ... all ampoules accounted for";
or the error denied: "nothing was connected", "no foreign body") is no never event. A claim
the review upholds, or a finding told with a turn, a redo or an error after the claim, stays
one (engine.concerns)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CONCERNS_ANSWERED = [
    "Pt's husband complained she had the wrong eye injected. Checked consent and clinic letter: "
    "R eye listed and R eye injected as planned. Explained to husband.",
    "PALS: son thinks his father got methotrexate every day on ward 4. eMAR checked - MTX 15mg "
    "given once on Monday only, as per his weekly regime.",
    "wife says the nurse put him on air instead of oxygen. checked - he was on the O2 "
    "flowmeter the whole time, air flowmeter not in use.",
    "Concern raised by HCA that potassium chloride might have been used instead of sodium "
    "chloride flush. Pharmacy checked the KCl register: all ampoules accounted for, the flush "
    "used was NaCl 0.9%.",
    "Mrs T complains that the lens put in was the wrong one as her vision is blurred. Review of "
    "biometry and implant record: the lens implanted was the one planned (+21.5D). Refractive "
    "surprise explained.",
    "Pt's partner believed the insulin dose was wrong because a 'U' had been written. Chart "
    "checked: units written in full, 8 units given as prescribed.",
    "Student nurse worried the wrong side had been blocked. Checked with the anaesthetist: L "
    "femoral block given for the L hip as consented and marked.",
    "Patient rang to say something had been left inside after her hysterectomy as she can "
    "feel a lump. CT: no foreign body, the lump is a haematoma.",
    "Datix raised by ward sister as ?wrong site drain. On review the drain was sited on the L "
    "as requested by the resp team and marked on USS, the CXR image had been flipped on the "
    "screen.",
    "Husband thinks his wife was given methotrexate daily. Reviewed: the daily tablet was "
    "folic acid, methotrexate 10mg given on Friday as charted weekly.",
]

CONCERNS_UPHELD_OR_UNANSWERED = [
    (
        "Pt's husband complained she had the wrong eye injected. Checked consent: R eye listed but "
        "the L eye was injected. Duty of candour done.",
        "1",
    ),
    (
        "Daughter says a swab was left in after her mum's op. CT confirmed a retained swab in the "
        "pelvis, removed at laparotomy.",
        "3",
    ),
    (
        "PALS: son says his father was given methotrexate every day for 5 days. eMAR confirms MTX "
        "10mg given daily for 5 days instead of weekly.",
        "7",
    ),
    (
        "Wife complained the nurse had connected him to air instead of oxygen. On review he had "
        "been connected to the medical air flowmeter for 2 hours, sats 85%.",
        "15",
    ),
    (
        "Patient's wife told us the surgeon operated on the wrong knee. Op note confirms a L knee "
        "arthroscopy was performed, consent was for R.",
        "1",
    ),
    (
        "Relative raised concern the NG tube was in the lung. CXR shows the tube in the R main "
        "bronchus; 200ml of feed had already been given.",
        "13",
    ),
    (
        "Son reports his mum was scalded in the bath. Water temperature 52C at the outlet, TMV "
        "failed, blistering to both feet.",
        "14",
    ),
    (
        "The patient told the ward nurse that a swab had been left inside. X-ray showed a retained "
        "swab which was removed in theatre.",
        "3",
    ),
    (
        "Pt believes she got the wrong lens. Review: the +24D lens for the next patient had been "
        "implanted instead of the +19D planned.",
        "2",
    ),
    (
        "HCA concerned the pt had been put on air. Checked: the tubing was on the air flowmeter at "
        "4L, moved to O2, sats 88%.",
        "15",
    ),
    (
        "Pt's son says his dad got 40 units of insulin instead of 4 because the 'U' was read as 0. "
        "Chart confirms 4U written, 40 units given.",
        "6",
    ),
    (
        "Pt queried why he had a wound on his right side. Op note: R inguinal hernia repaired, "
        "consent was for L. Wrong side surgery, DoC done.",
        "1",
    ),
    (
        "Complaint from daughter about poor communication on the ward. On review of the notes it "
        "was found that a chest drain had been inserted on the wrong side (R instead of L) on the "
        "3rd.",
        "1",
    ),
    (
        "Pt's daughter says the doctors put the drain in on the wrong side. Reviewed: drain "
        "inserted R side, the effusion was on the L on CXR. Removed and re-sited L.",
        "1",
    ),
    # a redo told "correct" after the claim is no answer
    (
        "Pt said to the ODP 'why are you blocking my right leg, my hip is the left'. Checked: L "
        "NOF on xray, consent L. Block then repeated on the correct side.",
        "1",
    ),
    # an actor's own mistaken belief is the error, not a claim about it
    (
        "RN flushed the cannula with what she believed was sodium chloride but it was potassium "
        "chloride 15%. Pharmacy checked the stock: KCl ampoule missing, all NaCl accounted for.",
        "4",
    ),
]


@pytest.mark.parametrize("text", CONCERNS_ANSWERED)
def test_a_concern_the_report_answers_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(("text", "code"), CONCERNS_UPHELD_OR_UNANSWERED)
def test_a_concern_upheld_or_unanswered_stays_a_never_event(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)


def test_a_plan_of_another_patient_is_no_answer() -> None:
    text = (
        "Daughter concerned mum got the wrong lens. On checking, the lens implanted was the one "
        "planned for the next pt on the list. IOL exchange booked."
    )
    assert never_event_codes(text) == ("2", None)


def test_a_conformity_denied_upholds_the_claim() -> None:
    text = (
        "Pt's husband complains they did the wrong operation, removing her gallbladder as well. "
        "Consent form checked: only the hernia repair listed, the cholecystectomy not consented."
    )
    assert never_event_codes(text) == ("1", None)
