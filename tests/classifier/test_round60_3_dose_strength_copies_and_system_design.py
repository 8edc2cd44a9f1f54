"""Round 60, helper 3: a medicine's treatment dose, a mark lost on a copied chart and a
system's design that led to a medicines error.

- A "treatment dose" (full anticoagulation, "dalteparin at treatment dose") is a medicine's
  strength, not a treatment that went wrong: no treatment_procedure from it. A treatment told
  as delayed or omitted, or a bleed after a procedure, still is one.
- A decimal point or zero that did not show up on a photocopied, faxed or scanned chart is a
  record that failed to carry the prescription: communication_documentation. A decimal point
  keyed wrongly into a pump (no chart copy named) keeps its current themes.
- A system's design behind the error: an entry that comes up first in a prescribing system's
  list, an electronic summary that pulls an old list across by itself: it_systems. A patient
  who came up first on a waiting list, or a nurse who copied the list across by hand, is no
  system at all.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

PROCEDURE = "treatment_procedure"
COMMUNICATION = "communication_documentation"
IT = "it_systems"

TREATMENT_DOSE = [
    "dalteparin given at treatment dose 15000 units for a suspected DVT with a creatinine "
    "clearance of 22, no dose reduction made. pt developed a thigh haematoma and Hb fell to 81",
    "tinzaparin at treatment dose was continued for 5 days after the CTPA ruled out a PE, pt "
    "then bled from the gums and a large groin haematoma appeared",
]

TREATMENT_STILL_WRONG = [
    "treatment delayed for 6 hrs as the cannula could not be sited, IV antibiotics late",
    "bleeding after the liver biopsy, Hb fell from 120 to 84, returned to IR",
]

MARK_LOST_ON_COPY = [
    "the dot in 2.5mg didnt come out on the photocopied kardex and 25mg of warfarin was given, "
    "INR 9.8",
    "heparin infusion chart faxed from the referring hospital, the decimal point did not show "
    "on the faxed copy so 1.5 ml/hr was set at 15 ml/hr. APTT 6.2 at 6 hours",
]

DECIMAL_KEYED_AT_THE_PUMP = [
    "morphine PCA bolus keyed as 10 mg instead of 1.0 mg, decimal point slip at the pump "
    "keypad, RR 7 and naloxone given",
]

SYSTEM_DESIGN = [
    "the locum chose the 30mg/5ml oral solution as it came up first on the prescribing system, "
    "the pharmacy dispensed it and mum gave 5ml instead of 2.5ml",
    "GP chose the 5mg/ml liquid which comes up first on the practice system, dispensed as "
    "written and the family gave double for 3 nights, child very sleepy",
    "the electronic transfer letter to the care home pulls the drug list across from the last "
    "admission unless someone edits it, stopped warfarin restarted by the carers",
]

NO_SYSTEM = [
    "pt came up first on the waiting list but the letter went to the wrong address and he "
    "missed his appointment",
    "the staff nurse copied the old medication list across onto the new chart by hand and "
    "the stopped digoxin was given for 2 days",
]


@pytest.mark.parametrize("text", TREATMENT_DOSE)
def test_treatment_dose_is_no_procedure(text: str) -> None:
    assert PROCEDURE not in theme_ids(text)


@pytest.mark.parametrize("text", TREATMENT_STILL_WRONG)
def test_treatment_delayed_or_bleed_after_procedure_is_still_a_procedure(text: str) -> None:
    assert PROCEDURE in theme_ids(text)


@pytest.mark.parametrize("text", MARK_LOST_ON_COPY)
def test_mark_lost_on_a_copied_chart_is_communication(text: str) -> None:
    assert COMMUNICATION in theme_ids(text)


@pytest.mark.parametrize("text", DECIMAL_KEYED_AT_THE_PUMP)
def test_decimal_keyed_at_the_pump_is_no_copy(text: str) -> None:
    assert COMMUNICATION not in theme_ids(text)


@pytest.mark.parametrize("text", SYSTEM_DESIGN)
def test_system_design_behind_the_error_is_it(text: str) -> None:
    assert IT in theme_ids(text)


@pytest.mark.parametrize("text", NO_SYSTEM)
def test_list_without_a_system_is_no_it(text: str) -> None:
    assert IT not in theme_ids(text)
