"""Session 26 (never event 12): the patient's only group told at the start, the unit's near the end.

A long account gives the woman's group ("woman (A pos)") in its first sentence and the wrong
unit's ("The unit was group B pos") six sentences later, past the sentences within which the
ABO reasoning pairs groups: told as the recipient's only group, it is paired with an
incompatible red-cell unit stated after it however far apart. A far unit that is compatible
says nothing, and the pairing stays to the recipient's one group.
"""

from __future__ import annotations

from tests.classifier.outcomes import never_event_codes

_OPENING = (
    "MOH declared in obstetric theatre 1 at 1410 for woman (A pos) with atonic PPH after "
    "EmLSCS. 2 units of O neg given from the satellite fridge. At the same time a second woman "
    "in theatre 2 was also bleeding. Both were written on the board by surname only. The "
    "porter collected a unit from the lab fridge with the wrong collection slip. The 4th unit "
    "was checked by one person against the prescription, not the wristband."
)


def test_incompatible_unit_told_sentences_after_the_patients_group_is_never_event_12() -> None:
    text = (
        f"{_OPENING} The unit was group B pos. Approx 150ml had gone in via the rapid infuser "
        "before the anaesthetist looked at the label. Woman had haemoglobinuria in recovery."
    )
    assert never_event_codes(text) == ("12", None)


def test_compatible_unit_told_far_from_the_patients_group_is_no_never_event() -> None:
    text = (
        f"{_OPENING} The unit was group O neg. Approx 150ml had gone in via the rapid infuser "
        "before the anaesthetist looked at the label. No reaction."
    )
    assert never_event_codes(text)[0] is None
