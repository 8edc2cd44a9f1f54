"""Round 59, helper 2: a stock audit named as the check that missed it, a blood component
given to the patient it was not for, and a plunger never pressed (never events 4, 1, 5).

- An earlier audit or check named as the one that should have cleared the stock ("was meant
  to go back at the last audit but it was missed") is the check before the event, not a hazard
  found with no patient: strong potassium given as a flush is still never event 4. An audit
  that found the concentrate on the shelf, nobody given it, stays a risk only (null).
- A blood component named for one patient and then given to another ("red cells issued for
  the pt in bed 6 were given to the pt in bed 8") is a transfusion error, not a wrong-patient
  procedure, even in theatre: no never event 1 when the groups are compatible. A procedure
  done on the wrong patient in theatre is still never event 1.
- "Nothing depressed" after an oral liquid syringe was fitted to a line: the plunger was never
  pressed, near miss 5. The dose pushed is still never event 5.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_never_event_codes

EARLIER_AUDIT_MISSED_IT = [
    "RN picked up a 10ml amp of potassium chloride concentrate believing it was sodium chloride "
    "0.9% and gave it as a flush through the cannula, pt became bradycardic and arrested. "
    "the concentrate was supposed to be taken off the ward at the previous audit, not done",
    "nurse reconstituted IV co-amoxiclav with what she thought was water for injection - it was "
    "strong potassium chloride, given via PVC, pt into VF. the ward should have sent back its "
    "KCl stock at the last stock-check but this was overlooked",
]

AUDIT_FOUND_STOCK_ONLY = [
    "during the monthly audit pharmacy found 4 ampoules of potassium chloride 15% next to the "
    "sodium chloride flushes in the IV cupboard on ward 9. removed, no patient involved",
]

COMPONENT_FOR_ANOTHER_PATIENT = [
    "trauma theatre: 2 units of O neg red cells collected for pt in bay 1 were given to pt in "
    "bay 4 (A pos) - wrong pt, groups compatible. picked up at the next check, no harm",
]

PROCEDURE_ON_THE_WRONG_PATIENT = [
    "theatre 3: cystoscopy performed on the wrong patient - the pt from bay 4 was brought "
    "instead of the listed pt",
]

PLUNGER_NEVER_PRESSED = [
    "she had his oramorph in an IV syringe and had attached it to the cannula hub, nothing "
    "depressed, no harm",
]

DOSE_PUSHED = [
    "the nurse had drawn up his oramorph into an IV syringe and had screwed it onto the cannula "
    "and pushed it in, the daughter saw the bottle",
]


@pytest.mark.parametrize("text", EARLIER_AUDIT_MISSED_IT)
def test_earlier_audit_missed_it_is_never_event(text: str) -> None:
    assert rule_never_event_codes(text) == ("4", None)


@pytest.mark.parametrize("text", AUDIT_FOUND_STOCK_ONLY)
def test_audit_found_stock_only_is_null(text: str) -> None:
    assert rule_never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", COMPONENT_FOR_ANOTHER_PATIENT)
def test_component_for_another_patient_is_no_wrong_site(text: str) -> None:
    assert rule_never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", PROCEDURE_ON_THE_WRONG_PATIENT)
def test_procedure_on_the_wrong_patient_stays_never_event(text: str) -> None:
    assert rule_never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", PLUNGER_NEVER_PRESSED)
def test_plunger_never_pressed_is_near_miss(text: str) -> None:
    assert rule_never_event_codes(text) == (None, "5")


@pytest.mark.parametrize("text", DOSE_PUSHED)
def test_dose_pushed_stays_never_event(text: str) -> None:
    assert rule_never_event_codes(text) == ("5", None)
