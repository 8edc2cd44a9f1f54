"""Session 26 (never event 12): the group told after the patient's age ("12 yr old (group O neg)").

"bedside check ... 12 yr old (group O neg) ... unit brought up was group A pos ... NOT spiked":
the O is the child's, so the A unit is ABO incompatible and, stopped before spiking, a near
miss 12; transfused, never event 12.
"""

from __future__ import annotations

from tests.classifier.outcomes import never_event_codes


def test_incompatible_unit_for_a_child_told_by_age_caught_is_near_miss_12() -> None:
    text = (
        "bedside check for platelets and RBC, 9 yr old (group O pos) on the oncology day unit. "
        "The red cell unit brought up was group B pos with another childs name on it. Not "
        "spiked, returned to the lab."
    )
    assert never_event_codes(text) == (None, "12")


def test_incompatible_unit_for_a_teenager_told_by_age_transfused_is_never_event_12() -> None:
    text = (
        "16yo (group O neg) on the adolescent ward. Unit hung was group A pos, 80ml in before the "
        "HCA noticed the name on the bag. Rigors, haemoglobinuria."
    )
    assert never_event_codes(text) == ("12", None)
