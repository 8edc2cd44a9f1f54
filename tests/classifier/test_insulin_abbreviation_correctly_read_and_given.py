"""A "U" for units told as read the right way, the adverb first ("both correctly read and gave 18
units", "RN correctly gave 20 units"), is the abbreviation read as intended: a risk, neither a
never event nor a near miss 6. A reading alone told correct beside a device error ("correctly
read 8 units but drew it up in a 1ml syringe") and a dose misread and given stay never event 6."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

READ_AS_INTENDED = [
    "Lantus 20U written on the drug chart in ED. RN correctly gave 20 units. spotted by pharmacy "
    "on the ward round, prescriber spoken to. no harm",
    "humulin I '14U' on the kardex, correctly administered 14 units by the night staff. "
    "pharmacist queried the abbreviation",
    "Novorapid 6U prescribed on the TTO chart. the DN correctly read it and gave 6 units at home. "
    "reported as U abbreviation",
    "Levemir '12U' on the care home MAR. carers both correctly read and gave 12 units. GP asked "
    "to rewrite",
]

OVERDOSE_GIVEN = [
    "Lantus written as 10U, nurse read it as 100 and gave 100 units. BM 1.8 next morning, treated",
    "Lantus 8U on the chart, nurse correctly read 8 units but drew it up in a 1ml syringe and "
    "gave 0.8ml = 80 units. hypo 2.2",
]


@pytest.mark.parametrize("text", READ_AS_INTENDED)
def test_abbreviation_read_as_intended_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", OVERDOSE_GIVEN)
def test_misread_or_device_overdose_stays_never_event_6(text: str) -> None:
    assert never_event_codes(text) == ("6", None)
