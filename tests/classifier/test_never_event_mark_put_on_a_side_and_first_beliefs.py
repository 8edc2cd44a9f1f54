"""Session 25 (never event 1): a mark put on a side, a first belief, a local told without "the".

- "The skin mark had been put on the RIGHT iliac fossa ... consent said LEFT ... mark corrected,
  procedure started on the correct side": the marking is set-up, caught at the time out (near
  miss 1), not an act on the right.
- "Reporter initially thought wrong procedure" names the belief the report overturns.
- "Surgeon infiltrated 8ml lidocaine into L wrist" (no article) is the act begun on that side.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


def test_mark_put_on_the_wrong_side_and_corrected_is_near_miss_1() -> None:
    text = (
        "Time out before laparoscopy for ruptured ectopic: the skin mark had been put on the "
        "RIGHT iliac fossa by the junior on the ward, scan report and consent said LEFT adnexa. "
        "Scrub nurse queried, mark corrected, procedure started on the correct side. no harm."
    )
    assert never_event_codes(text) == (None, "1")


def test_reporters_first_belief_overturned_is_no_never_event() -> None:
    text = (
        "Elective LSCS for placenta accreta - consent included possible hysterectomy, performed "
        "as planned contingency. Reporter initially thought wrong procedure."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Consent for LEFT inguinal hernia; the mark had been put on the right and the repair was "
        "done on the right groin. Noticed in recovery.",
        "Pt consented for R carpal tunnel release. Site mark had been made on the L wrist. "
        "Surgeon infiltrated 8ml lidocaine into L wrist and made a 1.5cm incision before the ODP "
        "asked why the tourniquet was on the left.",
    ],
)
def test_act_on_the_marked_wrong_side_stays_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)
