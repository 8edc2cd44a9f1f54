"""Session 26 (never event 3): "Reported as retained foreign object" names the category only.

A stent left with its removal planned in the op note ("remove in 4-6 weeks"), the removal never
booked, is a follow-up failure the framework excludes; the report's closing "Reported as
retained foreign object" is the reporter's category, not an item left in error. A swab found at a
re-look laparotomy, filed the same way, stays never event 3.
"""

from __future__ import annotations

from tests.classifier.outcomes import never_event_codes


def test_planned_stent_filed_as_retained_foreign_object_is_no_never_event() -> None:
    text = (
        "Flexible ureteroscopy and JJ stent for a L stone in March. Op note says 'stent in situ, "
        "remove in 4-6 weeks, book flexi cysto', the removal was never booked. Pt came to ED in "
        "December with an encrusted stent and pyelonephritis. Reported as retained foreign "
        "object."
    )
    assert never_event_codes(text)[0] is None


def test_swab_found_at_relook_filed_the_same_way_stays_never_event_3() -> None:
    text = (
        "Reported as retained foreign object: a swab was found in the abdomen at re-look "
        "laparotomy 2 days after the first operation, count had been signed correct."
    )
    assert never_event_codes(text) == ("3", None)
