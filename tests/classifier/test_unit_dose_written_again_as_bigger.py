"""A dose written with "U" and then written again, on another chart or script, as the bigger
number the abbreviation makes of it ("letter said 'Lantus 6U' ... wrote Lantus 60 units on
EPMA") is the "U" misread in the copying: caught before any dose (a checking nurse who queried
it), near miss 6. The same number copied in full, or another number, is no misreading."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

COPIED_AS_BIGGER_AND_CAUGHT = [
    "Admission from the hospice, letter says 'Levemir 8U nocte'. Admitting SHO wrote Levemir "
    "80 units on the drug chart. Pharmacist spotted it at the med rec before the evening dose, "
    "corrected to 8 units.",
    "Care home MAR: 'Humalog 5U with meals'. Copied onto our chart as 50 units TDS. Nurse "
    "checking before lunch queried 50 units, doctor confirmed 5 units, chart rewritten before "
    "any was given.",
]

COPIED_AS_WRITTEN = [
    "Care home MAR says Humalog 10U with meals; staff nurse wrote humalog 10 units on our chart. "
    "Given as prescribed.",
]


@pytest.mark.parametrize("text", COPIED_AS_BIGGER_AND_CAUGHT)
def test_unit_dose_copied_as_the_bigger_number_and_caught_is_near_miss_6(text: str) -> None:
    assert never_event_codes(text) == (None, "6")


@pytest.mark.parametrize("text", COPIED_AS_WRITTEN)
def test_unit_dose_copied_as_written_is_no_misreading(text: str) -> None:
    assert never_event_codes(text) == (None, None)
