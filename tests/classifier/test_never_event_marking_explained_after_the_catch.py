"""Session 25 (never event 1): a wrong-site marking told as the explanation after the catch.

Investigation documents tell the catch first ("The procedure was stopped before any incision")
and then, sentences later, why it happened ("the registrar had marked the wrong side"). When
everything the finding rests on is the marking, and a catch was told before it, the report
describes a near miss. A marking followed by the operation on the marked side stays a never
event: the reach is told.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Time out for R carpal tunnel release: the arrow was on the L wrist. The list was "
        "paused and nothing was started. Consultant examined the pt and the consent and clinic "
        "letter both said right. The SHO who had seen the pt in clinic had marked the wrong "
        "wrist after the pt pointed to the other hand.",
        "After action review, day surgery. Planned: L inguinal hernia repair under GA. At the "
        "time out the anaesthetist asked to see the site mark; the arrow was on the right "
        "groin. The procedure was stopped before any incision. The consultant examined the pt "
        "under anaesthesia: hernia on the left. The registrar who had marked the pt on the ward "
        "had marked the wrong side after talking to the anxious pt. Repair done on the left.",
    ],
)
def test_marking_told_after_the_catch_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(
    "text",
    [
        "Planned R ovarian cystectomy. At the WHO check all was agreed. Knife to skin 09:10. "
        "Imaging reviewed after: cyst on the right. Registrar had marked the wrong side on the "
        "ward and the left ovary was operated on.",
        "Right knee arthroscopy listed. The registrar had marked the wrong knee on the ward. "
        "The scope was done on the left knee before anyone noticed.",
    ],
)
def test_marking_with_the_operation_done_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text)[0] == "1"
