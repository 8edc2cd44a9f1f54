"""Never event 6 told with no insulin named: a dose written with "U"/"IU" read as the bigger
number the abbreviation makes of it, given, and the overdose or low sugar told; only insulin
is written and read so. Its look-alikes: a heparin dose in units misread the same way (another
medication error), the misread dose stopped before it was given (a near miss)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Post op on SAU - correction dose '8U' written on the chart, given 80 units. BM 1.9 at "
        "midnight, IV glucose.",
        "Antenatal ward, sliding scale bolus written as '6IU'. Read as 61 units and given by "
        "the bank nurse. Severe hypo, HDU.",
    ],
)
def test_a_unit_abbreviation_read_as_a_digit_and_given_is_never_event_6(text: str) -> None:
    assert never_event_codes(text) == ("6", None)


@pytest.mark.parametrize(
    "text",
    [
        "Heparin bolus written as '4000U'. Read as 40000 units and given. APTT ratio over 8, "
        "protamine given.",
        "Dalteparin '5000U' on the chart read as 50000 units and given sc. Bruising and "
        "bleeding from the wound.",
    ],
)
def test_a_heparin_dose_in_units_misread_is_not_never_event_6(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_the_misread_dose_stopped_before_it_was_given_is_a_near_miss() -> None:
    text = (
        "Correction dose written '8U'; nurse drew up 80 units but the second checker stopped "
        "her before it was given. No dose given."
    )
    assert never_event_codes(text) == (None, "6")
