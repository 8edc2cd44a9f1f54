"""A retained item told as a line of the patient's history under its heading ("PMH includes a
retained swab removed at laparotomy in 2013", "Background includes retained guidewire", "PMH
of note: AF, retained swab") is that past's: its finding and removal in the same sentence are
no event of this report. A swab found now after an operation told in the history stays never
event 3."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

ITEM_IN_THE_HISTORY = [
    "Pt 71M waited 11 hrs on a trolley in ED for a medical bed. PMH includes a retained swab "
    "found and removed at a second laparotomy in 2013 after a bowel resection elsewhere. "
    "Admitted with pneumonia, no harm from the wait identified.",
    "Unwitnessed fall on ward 12 at night, no injury, obs stable. PMH of note: AF, retained "
    "surgical swab post hysterectomy 2015, OA knees.",
    "Admitted with chest pain, troponin negative. Background includes retained guidewire "
    "removed by IR in 2018. Discharged without the echo being booked.",
]

ITEM_FOUND_NOW = [
    "Readmitted 12 days after a laparotomy here with pain and fever. PMH includes HTN. CT "
    "shows a retained swab in the pelvis, returned to theatre for removal.",
]


@pytest.mark.parametrize("text", ITEM_IN_THE_HISTORY)
def test_retained_item_in_the_past_history_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", ITEM_FOUND_NOW)
def test_retained_item_found_now_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)
