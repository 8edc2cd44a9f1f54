"""The set-up corrected: a side set up and only set up (marked, prepped, cleaned, a probe and
needle held ready on it), then the other side named by someone taking it in, saying it or
checking it (the patient, a relative, an interpreter, the records read aloud, "the other one")
with no step told reaching the patient before, is the wrong side set up and caught: near miss 1
(`engine.start_stopped.set_up_corrected`). An act read in the plan's own words amid the set-up
("a R block for a L ankle ORIF, probe on the R leg") is the plan, not the redo. An act told
before the correction, the side chosen by the patient, a set-up matching the plan or a
correction told only after the act keep the reading as before.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

SET_UPS_CORRECTED = [
    "Derm minor ops: the nurse had cleaned and marked the lesion on the L shin, but when the"
    " surgeon came in the pt said it was the one on her right calf. Checked against the clinic"
    " photo, right calf correct. Nothing injected on the L.",
    "Podiatry: the HCA had cleaned and marked the L great toe nail for a wedge resection. As the"
    " podiatrist sat down the pt said 'it's the other foot, the right one'. Referral checked,"
    " right. Procedure done on R.",
    "Interpreter (Urdu) present. Nurse had positioned the pt with the L arm out on the board for"
    " the fistula; pt told me it is the right arm, her fistula is planned on the right. I told"
    " the surgeon, consent checked: R.",
    "Minor ops: FY2 had the L hand prepped for the carpal tunnel injection. pt said its the other"
    " hand. Letter said R. Done on R.",
    "HCA had prepped the R eye for the intravitreal. The nurse injector checked the record aloud:"
    " left eye. Drapes off, L eye prepped and injected.",
    "Radiologist had the L breast prepped and the US on it for the biopsy; the radiographer read"
    " the request aloud: R breast. Stopped and changed side.",
    "Physio injection clinic: L shoulder cleaned, pt said 'it's the other one, love'. R shoulder"
    " confirmed from referral. Injected R.",
    "In the block room the anaesthetist had the US probe and needle ready on the L arm for an"
    " axillary block, the pt's son said the broken wrist is the right. Checked the consent and"
    " films - right.",
    "Locum about to do a L femoral block for a R hip hemi, probe on the L groin and needle out."
    " ODP said 'stop - it's the right' before the needle went in. Block then done on R side.",
]

READ_AS_BEFORE = [
    # the act told before the correction
    (
        "L knee prepped and draped, pt said it was the right knee that was bad, but the surgeon"
        " had already made the incision on the L. Wound closed, R knee then done.",
        ("1", None),
    ),
    (
        "The anaesthetist did the block on the L leg; pt said afterwards it was the right leg that"
        " was broken.",
        ("1", None),
    ),
    # the set-up side the one planned, the other side only talked about
    (
        "L shoulder prepped. Pt said the R shoulder hurt as well but the L was the one listed and"
        " consented. Injected L as planned.",
        (None, None),
    ),
    (
        "R knee cleaned and draped for the arthroscopy as consented. Pt asked if the L would be"
        " done next year; told to see GP. Procedure done on R.",
        (None, None),
    ),
    # the patient's choice, not a correction
    (
        "Nurse had the L eye prepped for the injection; pt said she had changed her mind and wanted"
        " the right eye done first today. Consent redone for R.",
        (None, None),
    ),
    (
        "HCA cleaned the L forearm for the cannula; pt said she preferred the other arm. Cannula"
        " in R.",
        (None, None),
    ),
    (
        "Scrub nurse had draped the R side; at time out the consent read R TKR, matching. No"
        " issues.",
        (None, None),
    ),
    (
        "At time out the scrub nurse read the consent - L knee arthroscopy, which matched the mark"
        " on L. Proceeded on L without issue.",
        (None, None),
    ),
]


@pytest.mark.parametrize("text", SET_UPS_CORRECTED)
def test_a_set_up_corrected_before_any_step_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(("text", "codes"), READ_AS_BEFORE)
def test_an_act_before_the_correction_or_no_error_is_read_as_before(
    text: str, codes: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == codes
