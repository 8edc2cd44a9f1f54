"""Caught at the last step, told as the step about to happen: the mask seen on the air outlet
"as she went to put the mask on the pt" or "before the specs were on him" (near miss 15), a
KCl flush read "when about to flush" (near miss 4), a high-strength midazolam syringe the
operator "checked the ampoule and refused" (near miss 8). The mask put "back on" after a break,
a flush given, or a refusal told after the dose stay never events. A patient "on oxygen as
prescribed" found on the air flowmeter is type 15: the prescription named is the oxygen's."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "HCA attached the mask tubing to the air flowmeter and the physio noticed as she went "
        "to put the mask on the pt. Moved to O2.",
        "O2 tubing already flowing from the air outlet when the pt arrived on the ward. Staff "
        "nurse saw it before the specs were on him.",
    ],
)
def test_air_outlet_seen_as_mask_was_going_on_is_near_miss_15(text: str) -> None:
    assert never_event_codes(text) == (None, "15")


@pytest.mark.parametrize(
    "text",
    [
        "Mask tubing found on the air flowmeter when RN went to put the mask back on after his "
        "lunch; pt had been on it all morning, sats 88%.",
        "Nasal specs running off the medical air wall point for 2 hours, sats fell to 86%. "
        "Moved to oxygen.",
        "Pt on oxygen as prescribed was found on the air flowmeter, sats 93%.",
    ],
)
def test_patient_on_the_air_outlet_stays_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


def test_air_driven_nebuliser_as_prescribed_is_no_event() -> None:
    text = (
        "Air driven nebs prescribed. Neb given on air as prescribed, pt then returned to "
        "oxygen. No issue."
    )
    assert never_event_codes(text) == (None, None)


def test_potassium_flush_read_when_about_to_flush_is_near_miss_4() -> None:
    text = (
        "Strong KCl drawn up in a flush syringe instead of saline. Nurse was about to flush "
        "the line when she read the ampoule and stopped."
    )
    assert never_event_codes(text) == (None, "4")


def test_potassium_flush_given_stays_4() -> None:
    text = (
        "Strong potassium chloride drawn up as a flush instead of NaCl, and the line was "
        "flushed with it. Pt had chest pain, VF arrest."
    )
    assert never_event_codes(text) == ("4", None)


def test_midazolam_ampoule_checked_and_refused_is_near_miss_8() -> None:
    text = (
        "Endoscopy: midazolam 5mg/ml drawn up for sedation instead of 1mg/ml; the endoscopist "
        "checked the ampoule and refused it."
    )
    assert never_event_codes(text) == (None, "8")


def test_midazolam_given_then_stock_refused_stays_8() -> None:
    text = (
        "Midazolam 10mg in 2ml given for sedation during colonoscopy instead of 1mg/ml. Pt "
        "oversedated, flumazenil given. Endoscopist later refused to use the ward stock."
    )
    assert never_event_codes(text) == ("8", None)
