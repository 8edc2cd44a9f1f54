"""Round 68, helper 1: a catch at the label check, and a report regraded from a near miss.

- The label read at the check and the dose stopped ("the anaesthetist read the label and stopped
  it"): a vinca alkaloid on its way to intrathecal use caught, near miss 5; a label read only
  after the dose went in is no catch.
- A report regraded from its first grading ("amended from near miss to harm", "upgraded from a
  near miss") undoes that near miss: the insulin drawn up by a non-insulin syringe and given is
  never event 6; a report graded a near miss outright stays a near miss.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # the vinca syringe picked up for the lumbar puncture; label read and the dose stopped
    (
        "Paediatric theatre list. Child due intrathecal cytarabine and IV vincristine today. In "
        "the anaesthetic room the registrar lifted the vincristine syringe for the lumbar "
        "puncture. The anaesthetist read the label and stopped it.",
        (None, "5"),
    ),
    # look-alike: the label read only after the vinca went in intrathecally
    (
        "Paediatric theatre list. Child due intrathecal cytarabine and IV vincristine today. In "
        "the anaesthetic room the registrar injected the vincristine intrathecally at the lumbar "
        "puncture. The anaesthetist read the label afterwards and the child was taken to PICU.",
        ("5", None),
    ),
    # the report regraded from near miss: the 1ml syringe dose was given
    (
        "Changed from near miss to moderate harm. Agency nurse drew up the humalog from the pen "
        "with a 1ml luer syringe, meaning 6 units but filling to 0.6ml, and gave it to the "
        "patient. Glucose 2.0 an hour later, treated with glucogel.",
        ("6", None),
    ),
    # ... told as upgraded from a near miss
    (
        "Upgraded from a near miss after review. Agency nurse drew up the humalog from the pen "
        "with a 1ml luer syringe, meaning 6 units but filling to 0.6ml, and gave it to the "
        "patient. Glucose 2.0 an hour later, treated with glucogel.",
        ("6", None),
    ),
    # look-alike: graded a near miss outright, the syringe stopped before it went in
    (
        "Reported as a near miss. Agency nurse drew up the humalog from the pen with a 1ml luer "
        "syringe, meaning 6 units but filling to 0.6ml. The second nurse saw the volume and it "
        "was discarded before administration.",
        (None, "6"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_label_read_catches_and_regraded_near_misses(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
