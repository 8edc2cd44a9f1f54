"""Round 73, helper 4: theme cues of medicine and urgent care told another way.

- A risk assessment, score or inspection named as not documented ("no skin inspection
  documented", "Wells score not documented") is an assessment not done, not a record that
  failed (communication_documentation); a finding said to have been present on admission but not
  documented then, a VIP score, the x-ray criteria of a tube and a plan left off the discharge
  letter ("the actions werent on the discharge letter") still are.
- A treatment that is not a medicine named and told as not started until a later time, as
  eventually done or as waited for ("NIV not started until 1845", "OGD eventually done on the
  Monday", "delay to thrombectomy") is treatment_procedure; obs or a CT not done until a time,
  and an OGD told as done at a time, are not.
- Sats told as unchanged throughout ("sats 95% on air throughout") are reassurance, no
  deterioration (monitoring_deterioration); a fall in the sats still is.
- Nothing put down a tube, told with "it" before the list ("nothing had gone down it (no water,
  feed or meds)"), is no dose missed (medication).
- The heating of a person's own house told after what else it lacked ("no food in the flat,
  heating off") is no fault of the estate (staffing_infrastructure_estates).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids

COMMUNICATION = "communication_documentation"
TREATMENT = "treatment_procedure"
MONITORING = "monitoring_deterioration"
MEDICATION = "medication"
ESTATES = "staffing_infrastructure_estates"

NOT_DOCUMENTED_CASES = [
    ("Cat 2 PU to R heel found on day 4, no skin inspection documented since admission", False),
    ("ED attendance with calf swelling and SOB, Wells score not documented, sent home", False),
    ("grade 3 sacral ulcer, Waterlow not documented for the first 3 days on the ward", False),
    ("child sent home from UTC, traffic light assessment not documented, readmitted septic", False),
    ("bed rail risk assessment not recorded, rails up on a confused pt", False),
    (
        "son says the sore was present on admission but nothing was documented at the time so "
        "it is now counted as ward acquired",
        True,
    ),
    ("phlebitis R arm, cannula in 5 days and VIP score not documented since day 1", True),
    ("echo and clinic follow up never booked - the plan wasnt on the discharge letter", True),
    ("the stoma nurse referral was not on the discharge summary so no visit was arranged", True),
]


@pytest.mark.parametrize(("text", "expected"), NOT_DOCUMENTED_CASES)
def test_assessment_not_documented_is_no_record_failure(text: str, expected: bool) -> None:
    assert (COMMUNICATION in rule_theme_ids(text)) is expected


TREATMENT_CASES = [
    ("type 2 resp failure, NIV agreed at 1500 but not started until 2130, pH fell to 7.21", True),
    ("BiPAP was not started for 4 hours as no trained nurse on the ward", True),
    ("upper GI bleed Friday night, no endoscopist, OGD eventually done on the Monday", True),
    ("residual 900ml at 0200, catheter not inserted until 0900 as nobody trained", True),
    ("LVO confirmed at 1300, long delay to thrombectomy waiting for a crew", True),
    ("obs not done until 0400 when NEWS was 8", False),
    ("fell at 0200, CT head not done until 1100, no bleed", False),
    ("OGD done at 0930 as planned, normal, home the same day", False),
]


@pytest.mark.parametrize(("text", "expected"), TREATMENT_CASES)
def test_treatment_not_started_until_later(text: str, expected: bool) -> None:
    assert (TREATMENT in rule_theme_ids(text)) is expected


THROUGHOUT_CASES = [
    ("nasal specs found on the air flowmeter at the 0200 check, sats 95% throughout", False),
    ("neb driven by air as prescribed, sats stayed 89-91% on 1L throughout", False),
    ("tube in R main bronchus on CXR, removed, pt sats 97% RA throughout", False),
    ("venturi found on the air outlet, sats had dropped to 82% and pt drowsy", True),
]


@pytest.mark.parametrize(("text", "expected"), THROUGHOUT_CASES)
def test_sats_unchanged_throughout_is_no_deterioration(text: str, expected: bool) -> None:
    assert (MONITORING in rule_theme_ids(text)) is expected


NOTHING_GIVEN_CASES = [
    ("tip in the L bronchus on CXR, nothing had gone down it (no water, feed or meds)", False),
    ("tube coiled in the mouth, removed, nothing had been put down it - no flush or meds", False),
    ("tube out for 14 hrs so his clopidogrel and levetiracetam were omitted", True),
]


@pytest.mark.parametrize(("text", "expected"), NOTHING_GIVEN_CASES)
def test_nothing_put_down_the_tube_is_no_missed_dose(text: str, expected: bool) -> None:
    assert (MEDICATION in rule_theme_ids(text)) is expected


HOME_CASES = [
    ("DN visit: no food in the flat, soiled bedding, heating off and it was freezing", False),
    ("ward 9 heating off overnight, pts cold, estates called at 0300", True),
]


@pytest.mark.parametrize(("text", "expected"), HOME_CASES)
def test_heating_of_a_persons_own_home(text: str, expected: bool) -> None:
    assert (ESTATES in rule_theme_ids(text)) is expected
