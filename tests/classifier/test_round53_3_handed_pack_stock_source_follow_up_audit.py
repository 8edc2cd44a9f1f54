"""Round 53, helper 3: a wrapping handed on at the table, high-strength stock left by a critical
care team, and a follow-up audit that found nothing more.

- A pack passed up to the surgeon ("the inner pack as she passed it to the surgeon") is the
  sterile wrapping handed over, not an item the body passed: a wrong implant opened and caught
  stays a near miss 2, not a retained object; a swab or tampon passed by the patient is still
  never event 3.
- High-strength midazolam put in the sedation area's cupboard by ICU or theatre staff names who
  left it there, not an area where high strength is used: a caught draw-up is a near miss 8; a
  sedation done in ICU itself stays excluded.
- A stock audit across the wards "found no other" ampoule is a sweep after the event, not the
  audit that found a hazard: the strong potassium caught at the second check stays a near miss
  4; an audit that found the ampoules with no patient involved stays a risk only.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

WRONG_CUP_CAUGHT_AS_THE_PACK_WAS_PASSED = [
    "Theatre 3, left TKR. Runner opened a size 4 tibial tray instead of the planned size 5. The "
    "scrub nurse saw the size on the inner pack as she passed it to the surgeon and stopped, "
    "correct size opened and implanted. No harm. Near miss, wrong implant opened not implanted.",
    "Right THR. A 48mm cup opened instead of the templated 50mm. The scrub practitioner read the "
    "size on the inner pack as he passed it up and stopped before it reached the surgeon. "
    "Correct cup obtained, not implanted.",
]

ITEM_PASSED_BY_THE_PATIENT = [
    "Pt attended ED 9 days after her perineal repair with offensive discharge, a swab was "
    "passed at home. Swab count documented as correct at the repair.",
    "Seen in clinic 2 weeks post hysterectomy, tampon passed per vagina the night before, not on "
    "the count sheet.",
]

HIGH_STRENGTH_LEFT_BY_CRITICAL_CARE = [
    "OGD list, pt 4. Nurse drew up midazolam 3ml and on reading back the ampoule to the "
    "endoscopist saw it was 10mg/2ml. Not given, discarded. The ampoules had been put in the "
    "endoscopy drug cupboard by a nurse from ICU who returned borrowed stock to the wrong "
    "unit.",
    "Bronchoscopy suite: midazolam drawn up for conscious sedation found at the bedside check to "
    "be 5mg/ml, syringe not given. The box had been put in the bronchoscopy drug cupboard by an "
    "ICU nurse after an emergency the week before.",
]

HIGH_STRENGTH_USED_IN_ICU = [
    "ICU bed 4, midazolam 5mg/ml used for sedation of the ventilated pt as per ICU protocol, "
    "infusion rate checked by two nurses.",
]

POTASSIUM_CAUGHT_THEN_AUDIT_FOUND_NO_MORE = [
    "Cefuroxime vial to be reconstituted with water for injections for a child. The nurse took "
    "an ampoule from the WFI drawer; the second nurse checking before reconstitution saw it was "
    "potassium chloride 15%, stopped before it was added to the vial. Actions: KCl removed, a "
    "stock audit on all childrens wards found no other concentrate.",
]

AUDIT_FOUND_THE_AMPOULES = [
    "Pharmacy stock audit on ward 7 found 4 ampoules of potassium chloride 15% in the WFI "
    "drawer. None had been used on any patient according to the register. Removed.",
]


@pytest.mark.parametrize("text", WRONG_CUP_CAUGHT_AS_THE_PACK_WAS_PASSED)
def test_pack_passed_up_at_the_table_is_no_retained_item(text: str) -> None:
    assert never_event_codes(text) == (None, "2")


@pytest.mark.parametrize("text", ITEM_PASSED_BY_THE_PATIENT)
def test_item_passed_by_the_patient_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text)[0] == "3"


@pytest.mark.parametrize("text", HIGH_STRENGTH_LEFT_BY_CRITICAL_CARE)
def test_high_strength_left_by_critical_care_staff_is_near_miss_8(text: str) -> None:
    assert never_event_codes(text) == (None, "8")


@pytest.mark.parametrize("text", HIGH_STRENGTH_USED_IN_ICU)
def test_high_strength_used_in_icu_stays_excluded(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", POTASSIUM_CAUGHT_THEN_AUDIT_FOUND_NO_MORE)
def test_follow_up_audit_finding_no_more_is_no_risk_only(text: str) -> None:
    assert never_event_codes(text) == (None, "4")


@pytest.mark.parametrize("text", AUDIT_FOUND_THE_AMPOULES)
def test_audit_that_found_the_ampoules_stays_risk_only(text: str) -> None:
    assert never_event_codes(text) == (None, None)
