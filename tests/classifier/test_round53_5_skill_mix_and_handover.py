"""Round 53, helper 5: the skill mix a formal report's contributory factors tell, and a
documentation error told beside a never event.

The practitioner who should have assisted taken elsewhere ("the ODP had been moved to cover
CEPOD"), the operator working alone at night, a scrub practitioner who rarely scrubs and no
specialty on call for the procedure link the event to staffing; a doctor alone with the patient,
a registrar called away to a crash call or a patient moved do not. A report's finding of a
"documentation error" is a communication failure beside a never event; documentation errors
denied are not.
"""

from __future__ import annotations

import pytest

from classifier.engine import classify_text

SKILL_MIX_OF_THE_PROCEDURE = [
    "Wrong side fascia iliaca block in ED. The registrar did it without the SBYB pause as the "
    "ANP who normally assists had been pulled to majors because of the ambulance queue.",
    "Throat pack left in after a septoplasty, stridor in recovery. Factors: the regular ODP had "
    "been moved to cover the trauma theatre.",
    "Guidewire left in after a femoral line put in at 02:00. Contributory: on-call registrar "
    "alone, the second doctor was in resus, no checklist in use at night.",
    "NJ tube pushed back in blind on the ward, feed started, CXR showed it in the left bronchus. "
    "Contributory: out of hours, no gastroenterology on call to place it under vision.",
    "Swab count short at closure, swab found in the pelvis and removed. The theatre was opened "
    "at short notice with a nurse who scrubs rarely.",
]

NOT_THE_SKILL_MIX = [
    "Wrong side nerve block in ED, noticed when the reg wrote the note. SBYB not done as the reg "
    "was being pulled to another pt.",
    "Guidewire seen on the post-procedure CXR, removed by IR. No wire check on the trolley and "
    "the reg was called away to a crash call straight after.",
    "The doctor was alone with the patient when she explained the results; pt upset after.",
    "Pt was moved to cover the sacral area with a new dressing, grade 2 pressure ulcer noted.",
]

RECORD_FAILED_BESIDE_AN_EVENT = [
    "Wrong side nerve block: planned left, performed right. Why: a documentation error carried "
    "forward from the ED card.",
    "Chest drain inserted on the left, the CXR showed a right pneumothorax. Root cause: "
    "documentation errors on the referral.",
    "Fascia iliaca block meant for the left hip was given on the right. Learning: the "
    "documentation error in the plan section went unnoticed.",
]

RECORD_ONLY_NAMED_BESIDE_AN_EVENT = [
    "Fascia iliaca block meant for the left hip was given on the right. Found by the ortho SHO "
    "on the morning round.",
    "Wrong side nerve block: planned left, performed right. No documentation errors found on the "
    "review.",
]


def _themes(text: str) -> set[str]:
    return {t.id.value for t in classify_text(text).themes}


@pytest.mark.parametrize("text", SKILL_MIX_OF_THE_PROCEDURE)
def test_the_skill_mix_of_the_procedure_is_staffing(text: str) -> None:
    assert "staffing_infrastructure_estates" in _themes(text)


@pytest.mark.parametrize("text", NOT_THE_SKILL_MIX)
def test_workload_or_a_patient_moved_is_not_staffing(text: str) -> None:
    assert "staffing_infrastructure_estates" not in _themes(text)


@pytest.mark.parametrize("text", RECORD_FAILED_BESIDE_AN_EVENT)
def test_a_documentation_error_is_communication(text: str) -> None:
    assert "communication_documentation" in _themes(text)


@pytest.mark.parametrize("text", RECORD_ONLY_NAMED_BESIDE_AN_EVENT)
def test_an_event_with_no_record_error_is_not_communication(text: str) -> None:
    assert "communication_documentation" not in _themes(text)
