"""Round 46 (helper 11): a document's "Other safety:" heading lists its other business.

- the items under "Other safety:", "Other safety events:" or "Other updates:" (a governance
  report's or huddle's other cancellations, equipment and waits) are no evidence of a theme for
  the incident the document is about;
- a patient's own "other safety concerns" or "other issues" are not such a heading, and a
  heading with nothing under it ("Other safety: nil") hides nothing else.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Divisional governance report.\n1. Never event: a retained swab found on x-ray after "
            "a laparotomy, returned to theatre for removal.\n2. Other safety: 2 operations "
            "cancelled because there was no ward bed; a patient discharged without a follow-up "
            "appointment.\n3. Audit results were good.",
            "access_transfer_discharge",
        ),
        (
            "Ward 6 huddle, Tuesday.\nMain item: Mrs K was given another patient's insulin dose "
            "at 08:00, BM 2.1, treated with glucose.\nOther safety events: bed 3 pump alarmed "
            "and failed, replaced by EBME; bed 7 waiting 12 hours for transfer to the stroke unit.",
            "medical_device",
        ),
        (
            "Ward 6 huddle, Tuesday.\nMain item: Mrs K was given another patient's insulin dose "
            "at 08:00, BM 2.1, treated with glucose.\nOther safety events: bed 3 pump alarmed "
            "and failed, replaced by EBME; bed 7 waiting 12 hours for transfer to the stroke unit.",
            "access_transfer_discharge",
        ),
    ],
)
def test_other_safety_items_are_no_theme_evidence(text: str, absent: str) -> None:
    assert absent not in theme_ids(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (
            "Patient had a fall at 03:00 and was found on the floor. Other safety concerns: he "
            "was left without his call bell and the bed rail was faulty.",
            "medical_device",
        ),
        (
            "Mr B was discharged home without his warfarin. Other issues: his follow-up "
            "appointment was never booked and the GP letter was not sent.",
            "access_transfer_discharge",
        ),
        (
            "Ward 4 safety huddle.\nOther safety: nil.\nBed 2 - the pt fell from his chair at "
            "14:00 and fractured his wrist.",
            "falls",
        ),
    ],
)
def test_own_concerns_and_empty_headings_still_count(text: str, present: str) -> None:
    assert present in theme_ids(text)
