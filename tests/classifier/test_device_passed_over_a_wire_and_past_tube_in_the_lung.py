"""A device passed over a wire ("cysto showed a false passage, catheter placed over a
guidewire", "stent placed over the wire") names the wire as the way in, not an item found left
behind: no never event 3; a wire found later on a film ("CXR showed the guidewire still in
the SVC") still is one. A tube in the lung told as the patient's history, a time or another
hospital right after it ("a tube put into her lung at another hospital years ago", "had one
go into his lung last year"), is no misplaced NG tube of this report (never event 13)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

WIRE_AS_THE_WAY_IN = [
    "difficult male catheterisation by F2, flexible cystoscopy showed a false passage and "
    "urology placed a catheter over a guidewire. pt in pain",
    "NG tube could not be passed blind on the ward, radiology placed it over a guidewire under "
    "fluoroscopy the next day",
    "ERCP: CBD cannulated, imaging showed a stricture and a plastic stent was placed over the "
    "wire. post ERCP pancreatitis",
]

WIRE_LEFT_IN = [
    "PICC inserted over a guidewire on the ward. CXR next day showed the guidewire still in situ "
    "in the SVC, removed by IR",
    "central line placed over a guidewire in ED, CXR revealed the guidewire left in the vein, "
    "vascular informed",
    "Femoral line inserted over a wire; the wire was not removed and was found on the abdominal "
    "x-ray 2 days later",
]

TUBE_IN_THE_LUNG_IN_HISTORY = [
    "Pt refused NG insertion, says she had a tube put into her lung at another hospital years "
    "ago and was very ill. NBM, meds missed, NG placed under endoscopy next day",
    "pt anxious about NGT as he had one go into his lung last year at St Elsewhere, dietitian "
    "and SALT discussed, tube passed on the 2nd day, pH 4, feed started",
]

TUBE_IN_THE_LUNG_NOW = [
    "NG tube passed, CXR showed tip in R main bronchus, feed had already been started at "
    "50ml/hr, stopped, pt desaturated",
    "NG passed on the ward, no aspirate, feed started. CXR later showed the tube in the L lung. "
    "pt transferred from another hospital yesterday",
]


@pytest.mark.parametrize("text", WIRE_AS_THE_WAY_IN)
def test_device_passed_over_a_wire_is_no_retained_object(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", WIRE_LEFT_IN)
def test_wire_found_left_in_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", TUBE_IN_THE_LUNG_IN_HISTORY)
def test_tube_in_the_lung_in_history_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", TUBE_IN_THE_LUNG_NOW)
def test_tube_in_the_lung_now_stays_never_event_13(text: str) -> None:
    assert never_event_codes(text) == ("13", None)
