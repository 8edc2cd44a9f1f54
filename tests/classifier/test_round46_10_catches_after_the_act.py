"""Round 46, helper 10: when a catch comes after the act, and whose act it was.

A product told in the past perfect as run in before the catch reached the patient; a check
made in the recovery room came after the implant went in; a misplaced tube taken out and put
back is the one the later feed goes down; the patient's own dated past at another hospital,
put on air there, is no event of this admission.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

AMOUNT_RUN_IN_BEFORE_THE_CATCH = [
    "Enteral feed connected to the patient's central line in error. About 20ml had gone "
    "through the line when the student noticed the white fluid and stopped it. Line aspirated.",
    "Oral morphine solution drawn up in a luer syringe and connected to the cannula by mistake. "
    "2ml had been given when the nurse realised and stopped.",
    "Bag of NG feed hung and attached to the Hickman by the agency nurse. Roughly 40 ml had run "
    "into the Hickman by the time the patient's wife spotted the milky tubing. Stopped.",
]

NOTHING_RUN_IN_BEFORE_THE_CATCH = [
    "Enteral feed connected to the central line in error. Nothing had gone in when the student "
    "noticed the white fluid in the set and clamped it. No harm.",
    "Oral paracetamol drawn up in an IV syringe and attached to the cannula. It had not been "
    "given when the 2nd nurse noticed and removed it.",
]


@pytest.mark.parametrize("text", AMOUNT_RUN_IN_BEFORE_THE_CATCH)
def test_an_amount_run_in_before_the_catch_reached_the_patient(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize("text", NOTHING_RUN_IN_BEFORE_THE_CATCH)
def test_nothing_run_in_before_the_catch_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "5")


def test_a_person_gone_into_a_room_is_no_product_run_in() -> None:
    text = (
        "Oral morphine in a luer syringe at the bedside for the cannula. The nurse had gone "
        "into the side room when the 2nd nurse noticed the syringe and stopped her. Not given."
    )
    assert never_event_codes(text)[0] is None


def test_a_check_in_recovery_came_after_the_implant() -> None:
    text = (
        "Listed for a 32mm liner. The 28mm liner was opened and implanted; identified at the "
        "x-ray review in recovery. Return to theatre planned."
    )
    assert never_event_codes(text) == ("2", None)


def test_a_feed_after_the_tube_was_taken_out_and_put_back_is_the_redo() -> None:
    text = (
        "NG tube re-passed at home by the community nurse, aspirate pH 7 only, so no feed or "
        "flush given and the patient sent in for a film. X-ray: tube in the right main "
        "bronchus. Pulled out in AMU and re-inserted by the ward sister, feed restarted later."
    )
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize(
    "text",
    [
        "Needs 2L oxygen for sats of 86%. He refused the nasal specs, telling the nurse that 5 "
        "years ago at a different trust he was left on medical air instead of oxygen.",
        "Requires oxygen, sats 87% on air. Would not let us put the mask on: in 2017 at another "
        "hospital she was put on air instead of oxygen and has not trusted the wall since.",
    ],
)
def test_the_patients_own_dated_past_on_air_elsewhere_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_this_admissions_air_connection_is_still_an_event() -> None:
    text = (
        "Pt needing 2L oxygen for sats 86%. Nasal cannula found connected to the air flowmeter "
        "instead of oxygen by the night nurse at 03:00. Moved to O2, sats recovered."
    )
    assert never_event_codes(text) == ("15", None)
