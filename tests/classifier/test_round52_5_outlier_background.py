"""Round 52: a patient named an outlier is background, not an access failure on its own."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids

ACCESS = "access_transfer_discharge"


@pytest.mark.parametrize(
    "text",
    [
        "Medical outlier on the orthopaedic ward had a fall overnight, found on the floor.",
        "Patient outlying on gynae ward given the wrong insulin dose, transferred to HDU.",
        "Surgical outlier on the cardiology ward developed a pressure ulcer on the sacrum.",
        "Outlier on ward 9 had an unwitnessed fall, referred to orthogeriatrics.",
        "Pt on an outlying ward, cannula tissued and not removed, phlebitis noted.",
    ],
)
def test_outlier_named_as_where_the_patient_was_is_no_access_theme(text: str) -> None:
    assert ACCESS not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Medical outlier on the surgical ward not reviewed by the medical team for 3 days.",
        "Pt placed as outlier due to no beds on AMU, then deteriorated.",
        "Patient waited 14 hrs in the corridor before being moved to an outlier ward.",
        "Outlier pt discharged without a package of care in place, readmitted next day.",
    ],
)
def test_outlier_with_an_access_failure_keeps_the_access_theme(text: str) -> None:
    assert ACCESS in rule_theme_ids(text)
