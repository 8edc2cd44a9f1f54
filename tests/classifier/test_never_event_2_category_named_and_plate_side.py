"""Session 26 (never events 1 and 2): the category a report is filed under, and a plate's side.

"Reporting as possible NE - wrong implant" and "Reported on Datix as never event - wrong implant"
name the category the reporter chose, not an implant put in wrongly: a documented change of
plan, or a stem that broke years on, is no never event. "ORIF R distal radius ... plate used was
a LEFT plate" is the implant made for the other side (never event 2), not the left side operated
on (never event 1).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Reporting as possible NE - wrong implant. R THR, cup templated 52, bone soft so the "
        "consultant chose a 54 cup with screws, told the team, documented in the op note.",
        "Pt had a R TKR 8 yrs ago, now loosening of the tibial component on xray, revision "
        "listed. Reported on Datix as never event - wrong implant by the clinic nurse.",
    ],
)
def test_the_category_a_report_is_filed_under_is_no_never_event(text: str) -> None:
    assert never_event_codes(text)[0] is None


def test_a_plate_for_the_other_side_is_never_event_2() -> None:
    text = (
        "ORIF L distal radius fracture. Locking plate used was a RIGHT plate, seen on the post-op "
        "film review; the side was not read out from the box. Revision to be discussed."
    )
    assert never_event_codes(text) == ("2", None)


def test_a_wrong_side_filed_as_a_never_event_stays_never_event_1() -> None:
    text = (
        "Reported as never event - wrong site. Listed for L knee arthroscopy, the R knee was "
        "scoped in error."
    )
    assert never_event_codes(text) == ("1", None)
