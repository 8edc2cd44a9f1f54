"""Theme join of batch 108: words of five themes told around the event, not as its evidence.

- A safeguarding referral considered and not raised ("safeguarding considered, not raised") is
  a step of care that found no concern (behaviour_abuse_safeguarding); a referral raised, or
  one left unmade where a concern was reported, still is.
- A saturation told as why oxygen was prescribed or planned ("sats 91% on air, O2 prescribed")
  is the patient's need, no deterioration (monitoring_deterioration); a fall after the event
  still is.
- An outreach nurse's home visit named as when something was found is a community visit, not
  critical-care outreach called to a deteriorating patient.
- A shortage of beds or staff escalated to the site manager, the bed manager or the network is
  an escalation of capacity, not of a deteriorating patient.
- A nurse busy with another deteriorating patient is why this patient waited, not this
  patient's deterioration.
- A drug's monitoring bloods missed through their recall or shared care is medication by the
  README's convention, no observations left undone.
- An infective exacerbation the patient came in with is background (infection).
- A miss told as what might have followed had a check not caught it ("wrong side surgery if
  not picked up") is the catch, no missed diagnosis (assessment_diagnosis).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

SAFEGUARDING_CONSIDERED = [
    (
        "Grade 3 pressure ulcer to L heel noted on admission from home. Safeguarding discussed "
        "with the nurse in charge and not raised, wife is main carer and engaging well.",
        False,
    ),
    (
        "Skin tear to R shin during transfer from chair to bed. Safeguarding considered - not "
        "required, daughter informed.",
        False,
    ),
    (
        "New cat 3 sacral sore found on the first district nurse visit. Safeguarding referral "
        "considered but not made as the family are caring well and the equipment is now in "
        "place.",
        False,
    ),
    (
        "Unexplained bruising to both upper arms of a resident with dementia, safeguarding "
        "referral raised to the local authority.",
        True,
    ),
    ("Carer reported bruising to the face, safeguarding referral not made by the home.", True),
]


@pytest.mark.parametrize(("text", "expected"), SAFEGUARDING_CONSIDERED)
def test_safeguarding_considered_and_not_raised_is_no_concern(text: str, expected: bool) -> None:
    assert ("behaviour_abuse_safeguarding" in theme_ids(text)) is expected


OXYGEN_NEED = [
    (
        "Resp ward bed 3: sats 89% on room air on arrival so oxygen prescribed at 2L. Nurse set "
        "up the specs on the air outlet, noticed the white label before putting them on. No "
        "harm.",
        False,
    ),
    (
        "Day case list: spo2 90% on air before the scope, 2L O2 planned via nasal cannula. "
        "Tubing found on the air flowmeter at the pause, swapped before sedation.",
        False,
    ),
    (
        "SpO2 91% in air, oxygen charted at 1L. The HCA pushed the tubing onto the air "
        "flowmeter but realised before the cannula went on.",
        False,
    ),
    (
        "sats 91% on air, O2 prescribed at 2L. Tubing put on the air flowmeter by mistake; at "
        "0400 sats 82%, pt drowsy, NIV started.",
        True,
    ),
]


@pytest.mark.parametrize(("text", "expected"), OXYGEN_NEED)
def test_saturation_told_as_the_oxygen_need_is_no_deterioration(text: str, expected: bool) -> None:
    assert ("monitoring_deterioration" in theme_ids(text)) is expected


OUTREACH_VISIT = [
    (
        "Oral mercaptopurine dispensed as twice daily instead of once daily; mum had given it "
        "for a week before the outreach nurse visit on Tuesday.",
        False,
    ),
    (
        "Child on oral chemo at home: dose double the protocol found at the paediatric outreach "
        "nurse home visit, family told to stop.",
        False,
    ),
    ("NEWS2 8 at 0300, outreach not called until 0500, no earlier escalation.", True),
]


@pytest.mark.parametrize(("text", "expected"), OUTREACH_VISIT)
def test_an_outreach_nurses_home_visit_is_no_critical_care_outreach(
    text: str, expected: bool
) -> None:
    assert ("monitoring_deterioration" in theme_ids(text)) is expected


CAPACITY_ESCALATED = [
    (
        "Neonatal cot not available anywhere in the region, baby kept on our SCBU overnight. "
        "Escalated to the network.",
        False,
    ),
    (
        "Two RNs for 30 pts after sickness, no bank fill; escalated to the bed manager at 1900 "
        "who could not send anyone.",
        False,
    ),
    ("NEWS2 6 at 2200 not escalated to the doctor until 0300, then NEWS2 9.", True),
]


@pytest.mark.parametrize(("text", "expected"), CAPACITY_ESCALATED)
def test_beds_or_staff_escalated_to_managers_is_no_escalation_of_deterioration(
    text: str, expected: bool
) -> None:
    assert ("monitoring_deterioration" in theme_ids(text)) is expected


BUSY_WITH_ANOTHER = [
    (
        "Pt in bay 4 waited 3 hours for his PRN oxycodone as the only RN was busy with a "
        "deteriorating patient in the side room.",
        False,
    ),
    (
        "Bay left unsupervised while the HCA was with an acutely unwell pt next door; resident "
        "in bed 2 found on the floor, no injury.",
        False,
    ),
    (
        "Pt was deteriorating from 0200 (NEWS2 5 then 8) and this was not escalated until the "
        "morning.",
        True,
    ),
]


@pytest.mark.parametrize(("text", "expected"), BUSY_WITH_ANOTHER)
def test_staff_busy_with_another_deteriorating_patient_is_no_deterioration_of_this_one(
    text: str, expected: bool
) -> None:
    assert ("monitoring_deterioration" in theme_ids(text)) is expected


DRUG_MONITORING = [
    (
        "Pt on lithium, the monitoring recall was not set up after he moved practice; level 1.6 "
        "when finally checked.",
        False,
    ),
    (
        "Azathioprine shared care monitoring missed for 6 months after the consultant retired, "
        "no FBC done.",
        False,
    ),
    ("Post-op pt on PCA, no monitoring of sats or RR for 6 hours, found unrousable.", True),
]


@pytest.mark.parametrize(("text", "expected"), DRUG_MONITORING)
def test_a_drugs_monitoring_recall_or_shared_care_is_no_observations_undone(
    text: str, expected: bool
) -> None:
    assert ("monitoring_deterioration" in theme_ids(text)) is expected


INFECTIVE_EXACERBATION = [
    (
        "Pt with infective exacerbation of COPD on 28% venturi; venturi found connected to the "
        "air outlet after transfer to bay 3, sats 84%.",
        False,
    ),
    (
        "78yo with IECOPD on 2L via nasal cannula; HCA moved the tubing to the air flowmeter at "
        "1500, noticed at 1530.",
        False,
    ),
    ("Pt developed a hospital acquired pneumonia after aspirating on the ward.", True),
    ("C diff outbreak on ward 5, 3 pts now positive, side rooms full.", True),
]


@pytest.mark.parametrize(("text", "expected"), INFECTIVE_EXACERBATION)
def test_an_infective_exacerbation_the_patient_came_with_is_background(
    text: str, expected: bool
) -> None:
    assert ("infection" in theme_ids(text)) is expected


MISS_IF_NOT_CAUGHT = [
    (
        "Histology pots labelled right but the request form said left; corrected with the "
        "clinic before reporting. Could have led to wrong side surgery if not spotted.",
        False,
    ),
    (
        "Pump programmed at 10 times the rate, second nurse noticed at the independent check. "
        "Had it been missed the pt would have received 100mg.",
        False,
    ),
    (
        "Blood sample labelled with the wrong date of birth, rejected by the lab. Potential for "
        "a wrong result on the wrong patient if not picked up.",
        False,
    ),
    ("Fracture on the wrist x-ray was not picked up by the ED doctor, pt sent home.", True),
    ("Abnormal CXR report not seen for 3 weeks, lung mass missed.", True),
]


@pytest.mark.parametrize(("text", "expected"), MISS_IF_NOT_CAUGHT)
def test_a_miss_told_as_what_a_check_prevented_is_no_missed_diagnosis(
    text: str, expected: bool
) -> None:
    assert ("assessment_diagnosis" in theme_ids(text)) is expected
