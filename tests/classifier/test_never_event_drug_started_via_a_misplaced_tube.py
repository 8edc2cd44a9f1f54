"""Session 26 (never event 13): a drug named between its giving and the tube is the tube used.

"No aspirate obtained so FY1 requested CXR. Nurse however started the prescribed levetiracetam
via the tube ... CXR showed tube in R lung": the tube was used before the film was read, so never
event 13, not a near miss. Waiting for the film before anything went down stays a near miss.
"""

from __future__ import annotations

from tests.classifier.outcomes import never_event_codes


def test_drug_started_via_the_tube_before_the_film_is_never_event_13() -> None:
    text = (
        "NG passed on the stroke unit, no aspirate so CXR requested. Nurse started the prescribed "
        "phenytoin via the tube as it was due. CXR: tube in R main bronchus. Pt coughing, "
        "desaturated."
    )
    assert never_event_codes(text) == ("13", None)


def test_waiting_for_the_film_before_the_meds_stays_a_near_miss() -> None:
    text = (
        "NG passed, no aspirate, CXR requested. Nurse was about to start the meds via the tube but "
        "waited for the CXR, which showed the tube in the L lung. Removed, nothing given."
    )
    assert never_event_codes(text) == (None, "13")
