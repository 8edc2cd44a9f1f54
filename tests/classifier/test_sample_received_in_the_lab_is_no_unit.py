"""A G&S or crossmatch sample "received" in the lab and grouped differently from the
patient's historical group ("G&S sample received in transfusion lab, grouped A pos, historical
group O pos") is wrong blood in tube: the group is the sample's, no component was received,
both null. A unit of another group received by the patient stays never event 12."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

SAMPLE_RECEIVED = [
    "Crossmatch sample received in the lab grouped B pos, historical group A pos. Sample "
    "rejected as WBIT, repeat A pos. no units issued.",
    "G and S sample received by transfusion grouped O neg, records say AB pos. WBIT, pt not "
    "transfused.",
    "G&S sample received in the transfusion lab for pt J, grouped B neg, historic group A pos "
    "(2019). Sample rejected, repeat sample A pos. Taken from the wrong pt. No blood given.",
]

UNIT_RECEIVED = [
    "Pt group O pos received a unit of A pos red cells, 50ml transfused before the reaction "
    "was noticed. stopped. NE.",
]


@pytest.mark.parametrize("text", SAMPLE_RECEIVED)
def test_sample_received_in_the_lab_is_no_abo_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", UNIT_RECEIVED)
def test_unit_received_by_the_patient_stays_never_event_12(text: str) -> None:
    assert never_event_codes(text) == ("12", None)
