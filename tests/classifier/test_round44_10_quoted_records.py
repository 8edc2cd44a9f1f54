"""Round 44 (helper 10): a finding quoted as it was written, with the verb that recorded it
("documented 'no acute injury'", "wrote \"tube in stomach\""), is a record that was made: what
it says is the finding, and no evidence of communication_documentation. A record left unmade
or made wrongly still is."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

COMMUNICATION = "communication_documentation"


@pytest.mark.parametrize(
    "text",
    [
        "slipped in the bathroom, hit her shoulder. on-call SHO saw her at 03:00, 'no bony "
        "tenderness' documented, not x-rayed. humerus fracture found on day 4 when she "
        "could not lift her arm",
        "walk-in centre: ENP examined the ankle and recorded 'soft tissue injury only', sent "
        "home. Returned a week later still unable to weight bear, x-ray showed a fractured "
        "fibula that had been missed",
        'registrar looked at the ECG and wrote "sinus rhythm, nil acute" in the notes, pt '
        "sent home. cardiology review next day: posterior STEMI on that ECG, readmitted",
    ],
)
def test_quoted_finding_recorded_is_no_documentation_failure(text: str) -> None:
    assert COMMUNICATION not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "admitting nurse wrote 'no known allergies' although the referral letter listed a "
        "penicillin allergy, wrong allergy status on the chart, pt given co-amoxiclav, rash",
        "allergy status not documented on admission, pt given co-amoxiclav despite a "
        "penicillin allergy known to the GP, widespread rash",
        "discharge letter sent to the wrong GP practice, pt's new GP never received it and "
        "the warfarin plan was not passed on",
    ],
)
def test_documentation_failure_still_read(text: str) -> None:
    assert COMMUNICATION in theme_ids(text)
