"""Round 48, helper 2: errors made and caught at a check told before the act that would have
reached the patient.

Meds being drawn up "to give via the tube" are still to come. An organ's checks "before the
vascular anastomosis" come before it went in. A gas cylinder checked "before turning it on" was
caught before the patient breathed it. Told without the catch, each is still the never event.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAUGHT = [
    (
        "pt with NG, nurse preparing the lunchtime meds to give via the tube when the xray "
        "report came back with the tip in the left main bronchus. tube pulled, nothing given.",
        "13",
    ),
    (
        "liver transplant, during the checks before the vascular anastomosis the surgeon "
        "re-read the donor group: donor group B, recipient group A. not on an ABOi protocol. "
        "liver kept on ice and reallocated. pt informed.",
        "12",
    ),
    (
        "transfer to MRI, the HCA hooked the pts nasal specs onto a medical air cylinder by "
        "mistake. I checked the cylinder before switching it on and swapped it for oxygen, pt "
        "stayed on the wall O2 meanwhile.",
        "15",
    ),
]

REACHED = [
    (
        "pt with NG, meds given via the tube at 12:00. xray later showed the tip in the left "
        "main bronchus. pt coughing, sats dropped to 86%.",
        "13",
    ),
    (
        "renal transplant, donor group A, recipient group O, not on an ABOi protocol. kidney "
        "implanted and reperfused, hyperacute rejection, graft removed next day.",
        "12",
    ),
    (
        "pt on 4L oxygen for transfer. HCA attached the nasal specs to a medical air cylinder "
        "by mistake, pt on it for 20 minutes, sats fell to 84%.",
        "15",
    ),
]

NOT_A_CATCH = [
    # the cylinder never checked before it was turned on
    "pt on 2L O2 for transfer, porter attached the mask to a medical air cylinder, nobody "
    "checked the cylinder before turning it on, pt desaturated to 82% in the lift.",
]


@pytest.mark.parametrize(("text", "code"), CAUGHT)
def test_error_caught_at_the_check_before_use_is_a_near_miss(text: str, code: str) -> None:
    assert never_event_codes(text) == (None, code)


@pytest.mark.parametrize(("text", "code"), REACHED)
def test_the_same_error_told_as_reaching_the_patient_is_a_never_event(text: str, code: str) -> None:
    assert never_event_codes(text)[0] == code


@pytest.mark.parametrize("text", NOT_A_CATCH)
def test_a_check_not_made_is_no_catch(text: str) -> None:
    assert never_event_codes(text)[0] is not None
