"""Session 26 (never event 12): the group a scanner gives the "wrong patient" is the unit's.

"blood collected for Mr W (O neg) but on the PDA scan the unit flagged 'wrong patient - group
AB pos' ... giving set primed but not attached": the AB unit was meant for someone else, so it
is paired with the patient's O and, caught before connection, is a near miss 12. A wrong
patient's group that matches the patient's says nothing of ABO.
"""

from __future__ import annotations

from tests.classifier.outcomes import never_event_codes


def test_scanner_flagging_a_wrong_patients_incompatible_group_is_near_miss_12() -> None:
    text = (
        "Unit brought to bay 3 for Mrs P (group A pos); the handheld scanner alarmed 'wrong "
        "patient - group B pos'. Nurse had spiked the bag but not connected it. Stopped, bag "
        "returned to the lab."
    )
    assert never_event_codes(text) == (None, "12")


def test_wrong_patients_unit_of_the_same_group_is_no_abo_event() -> None:
    text = (
        "pt is group B pos, blood from the fridge was for the wrong patient - group B pos too. "
        "Noticed at the bedside check, returned."
    )
    assert never_event_codes(text) == (None, None)
