"""A weekly methotrexate charted daily, and the dose named by the regimen's own day told as given
("weekly (Mondays) ... Monday dose given"), then the chart put right before the next: that dose
was the right one on its day, so the daily chart is a near miss 7. Another day's dose given
("Thurs dose given") is the extra dose, never event 7."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

REGIMEN_DAY_DOSE_THEN_CAUGHT = [
    "MTX 7.5mg once weekly on Fridays for psoriasis, transcribed as OD on admission Friday. "
    "Friday's dose given on the ward. Picked up by pharmacy Saturday am before the next dose, "
    "chart amended.",
    "Methotrexate 20mg weekly (Weds) for RA. EPMA order set defaulted to daily. Wednesday dose "
    "given. Ward pharmacist changed it to weekly on Thursday morning, Thursday dose not given.",
    "Admitted Tuesday, methotrexate 15mg weekly (Tuesdays) for Crohns written up as once daily. "
    "Tuesday dose given. Spotted by the pharmacist on Weds before the morning round, no further "
    "doses.",
]

OTHER_DAY_DOSE_GIVEN = [
    "methotrexate 15mg weekly (Weds) for RA written as daily. Thurs dose given. Noticed by "
    "pharmacist on Friday before the next dose.",
    "methotrexate 10mg weekly (Mondays) for RA charted daily. Monday and Tuesday doses given "
    "before pharmacist noticed on Wednesday.",
]


@pytest.mark.parametrize("text", REGIMEN_DAY_DOSE_THEN_CAUGHT)
def test_regimen_day_dose_then_caught_is_near_miss_7(text: str) -> None:
    assert never_event_codes(text) == (None, "7")


@pytest.mark.parametrize("text", OTHER_DAY_DOSE_GIVEN)
def test_another_days_dose_given_is_never_event_7(text: str) -> None:
    assert never_event_codes(text) == ("7", None)
