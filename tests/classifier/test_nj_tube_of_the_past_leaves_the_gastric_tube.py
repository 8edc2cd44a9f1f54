"""An NJ tube the patient had before ("pt previously had an NJ tube", "had an NJ which fell
out") is the past: a gastric tube passed now, used and found in the airway is never event 13.
An NJ tube that is this report's tube stays outside never event 13."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Nasogastric tube passed on the stroke unit (pt previously had an NJ tube). pH not "
        "checked, feed started, later CXR showed the tube in the right bronchus.",
        "NG inserted on ward 7, pt had an NJ which fell out yesterday. no aspirate, flushed with "
        "20ml water, CXR then showed the NG in the left main bronchus.",
        "Her old NJ tube was removed and an NG tube was passed, feed given at 50ml/hr, xray later "
        "showed the NG tip in the right lower lobe.",
    ],
)
def test_gastric_tube_passed_after_an_nj_tube_of_the_past_is_13_by_the_rules(text: str) -> None:
    assert rule_never_event_codes(text) == ("13", None)


@pytest.mark.parametrize(
    "text",
    [
        "NJ tube passed by endoscopy. feed started via the NJ. CXR showed the NJ tube tip in the "
        "right bronchus.",
        "Pt previously had an NG tube. NJ tube placed on the unit today, feed started, later CXR "
        "showed the tube in the right main bronchus.",
    ],
)
def test_nj_tube_of_this_report_stays_outside_13(text: str) -> None:
    assert never_event_codes(text)[0] is None
