"""Round 71, helper 3: a workload told by what one person "had", and kit, plans and fittings
named in passing that the theme cues read as what went wrong.

- One nurse's or midwife's caseload told by what she "had" ("MW had 12 mothers and babies")
  and one doctor for a count of wards ("1 FY1 for 4 wards") are staffing; a mother who "had
  2 babies", a doctor who "had 2 pts records open" and a caseload told and then set aside
  ("RN had 11 pts, but said ...") are not.
- A cannula told as one the patient had in ("as the pt had a cannula", "with his cannula
  still in situ", "pulled out his cannula") is no procedure that went wrong; a cannula sited
  in a fistula arm or a cannulation that failed still is.
- Care given as a risk assessment set it ("bed rails down as per assessment, pt not
  confused") is no assessment missed; "falls assessment not completed" still is.
- A cannula or line told as sited by outreach ("cannula re-sited by the outreach nurse") is
  no deterioration escalated; outreach called to a high NEWS still is.
- The drain of a shower tray or a wet room is the building's plumbing, not a surgical drain;
  a chest drain blocked still is a procedure.
- A treatment mask told as not re-sited ("no padding used, mask not re-sited") is no PPE
  left off; a nurse not wearing a mask in a covid bay still is infection.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids

STAFFING = "staffing_infrastructure_estates"

CASES = [
    # a workload told by what one person had / other things people had
    (
        "postnatal ward: the midwife had 11 mothers and babies on her own, the baby's 2nd BM "
        "was missed and he was hypoglycaemic at 8 hrs",
        STAFFING,
        True,
    ),
    (
        "the RN has 14 pts in the bay tonight, 04:00 obs not done, NEWS 7 found at 06:00",
        STAFFING,
        True,
    ),
    (
        "K+ 6.9 phoned through at 22:00, not seen by a doctor until 04:00, one SHO covering 5 "
        "wards overnight",
        STAFFING,
        True,
    ),
    (
        "night: 1 F1 for 6 wards, abnormal bloods not chased, pt arrested at 05:30",
        STAFFING,
        True,
    ),
    (
        "mum had 2 babies (twins), one missed its pre-feed BM on the postnatal ward",
        STAFFING,
        False,
    ),
    (
        "the F1 had 2 pts records open at once and prescribed on the wrong one, pharmacist "
        "spotted it",
        STAFFING,
        False,
    ),
    (
        "NEWS 7 not escalated for 6 hrs. Contributory: RN had 10 pts, but said she was sure the "
        "doctor had been told.",
        STAFFING,
        False,
    ),
    # a cannula the patient had in / a cannulation that went wrong
    (
        "IV paracetamol 1g given, prescribed oral; nurse gave it IV as the pt had a cannula in "
        "and was nauseous. no harm",
        "treatment_procedure",
        False,
    ),
    (
        "pt left the ward against medical advice at 21:00 with his venflon still in situ, "
        "police asked to do a welfare check",
        "treatment_procedure",
        False,
    ),
    (
        "confused pt became aggressive, punched the HCA and pulled out her cannula, security "
        "called, settled with reassurance",
        "treatment_procedure",
        False,
    ),
    (
        "cannula sited in the fistula arm by the F1 in ED, renal reg informed, removed",
        "treatment_procedure",
        True,
    ),
    (
        "unable to cannulate after 4 attempts, anaesthetist called, IV abx 3 hrs late",
        "treatment_procedure",
        True,
    ),
    # care as the assessment set it / an assessment not done
    (
        "pt found on the floor by her bed at 02:00, rails down as per assessment, pt not "
        "confused, no injury",
        "assessment_diagnosis",
        False,
    ),
    (
        "pt found on the floor by her bed at 02:00, falls assessment not completed on "
        "admission, no injury",
        "assessment_diagnosis",
        True,
    ),
    # a line sited by outreach / outreach called to a deteriorating patient
    (
        "vancomycin given IM as the cannula had tissued, cannula re-sited by the outreach "
        "nurse and the next dose given IV",
        "monitoring_deterioration",
        False,
    ),
    (
        "NEWS2 8 at 02:00, outreach called and came at 03:30, pt transferred to ITU",
        "monitoring_deterioration",
        True,
    ),
    # the drain of a fitting / a surgical drain
    (
        "pt slipped on the wet floor in the shower room, small haematoma to the elbow, the "
        "shower tray drain has been blocked for days, estates logged",
        "treatment_procedure",
        False,
    ),
    (
        "pt slipped on the wet floor in the shower room, small haematoma to the elbow, the "
        "shower tray drain has been blocked for days, estates logged",
        "medical_device",
        False,
    ),
    (
        "chest drain blocked overnight and not flushed, surgical emphysema, re-sited by the reg",
        "treatment_procedure",
        True,
    ),
    # a treatment mask not re-sited / PPE not worn
    (
        "cat 2 pressure damage to the bridge of the nose from the NIV mask, no padding used, "
        "mask not re-sited for 10 hours",
        "infection",
        False,
    ),
    (
        "HCA not wearing a mask in the covid bay, pt tested positive 3 days later",
        "infection",
        True,
    ),
]


@pytest.mark.parametrize(("text", "theme", "expected"), CASES)
def test_theme_workload_and_kit_in_place(text: str, theme: str, expected: bool) -> None:
    assert (theme in rule_theme_ids(text)) is expected


@pytest.mark.parametrize(
    "text",
    [
        "the midwife had 12 mothers and babies and did not see the feeding plan, BMs missed",
        "night team had 1 FY1 for 4 wards, the K+ of 7.0 was not acted on",
    ],
)
def test_workload_had_is_staffing_with_the_model(text: str) -> None:
    assert STAFFING in theme_ids(text)
