"""Session 25 (never event 3): an item told lying in the wound by itself.

"Needle was lying in the wound under a clot": the item in the wound is the retained-item
finding; found before the closure was finished it is near miss 3, found after the patient went
home it is never event 3.
"""

from __future__ import annotations

from tests.classifier.outcomes import never_event_codes


def test_needle_found_lying_in_the_wound_before_closure_is_near_miss_3() -> None:
    text = (
        "Suturing a 6cm scalp lac in ED minors, one of the suture needles went missing off the "
        "tray. Stopped before closing the last part and had a look - needle was lying in the "
        "wound under a clot. Removed, count done, then completed closure."
    )
    assert never_event_codes(text) == (None, "3")


def test_needle_found_lying_in_the_wound_after_discharge_is_never_event_3() -> None:
    text = (
        "Scalp lac sutured in ED and pt discharged. Returned next day with pain: needle was "
        "lying in the wound under the sutures, removed."
    )
    assert never_event_codes(text) == ("3", None)
