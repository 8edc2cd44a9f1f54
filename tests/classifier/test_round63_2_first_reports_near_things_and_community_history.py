"""Round 63, helper 2: a report's first account reviewed, a harm that "could easily have"
happened, and a ligature history told as in the community.

- "Datix raised initially as wrong site" / "Initially reported as connected to air": a first
  report, raised to be reviewed, so a review's finding that the records and the side done all
  agree ("consent, marking and list all R and the R hip was injected"), or that the tubing was
  on the oxygen outlet correctly, overturns it. The same finding told with no query raised keeps
  its never event; records for one side and the other side done stays never event 1.
- "could easily have ended in an ABO incompatible transfusion": a word of how near it came
  between "could" and "have" keeps the harm hypothetical (no never event). An incompatible
  transfusion told as given stays never event 12.
- "previous attempts by ligature in the community": the patient's history, not the place of
  this hanging, so an inpatient rail that did not release stays never event 9. A ligature on a
  rail at the patient's home stays no never event.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

FIRST_REPORT_OVERTURNED = [
    "Incident logged initially as wrong side injection - pt unhappy after the procedure, saying "
    "the L hip was the painful one. Reviewed: consent, marking and list all R and the R hip was "
    "injected. Letter explaining the plan had gone to an old address.",
    "Originally reported as pt connected to air instead of oxygen on the ward. On review the "
    "nasal cannulae were connected to the oxygen flowmeter on the wall correctly; the flow had "
    "been turned down by the pt.",
]

FIRST_REPORT_UPHELD = [
    (
        "Incident logged initially as wrong side injection. Reviewed: consent, marking and list "
        "all R and the L hip was injected in error by the reg.",
        "1",
    ),
    (
        "pt on the respiratory ward connected to air instead of oxygen, sats 84%, found by the "
        "night RN, moved to the oxygen flowmeter and recovered.",
        "15",
    ),
]

NEAR_THING_TOLD = [
    "G&S sample rejected by the lab, group did not match the historical record. WBIT, wrong "
    "label used at the bedside. nothing transfused - this might well have been an ABO "
    "incompatible transfusion if there was no previous group.",
]

INCOMPATIBLE_UNIT_GIVEN = [
    "pt group O pos given a unit of A pos red cells meant for the pt in the next bay, ABO "
    "incompatible transfusion, 80 ml in before rigors, stopped and transfusion team informed.",
]

COMMUNITY_HISTORY_BESIDE_AN_INPATIENT_RAIL = [
    "pt on the acute mental health ward found in the bathroom with a ligature tied to the shower "
    "rail, the collapsible rail failed to release under his weight, cut down by staff. he has a "
    "history of ligature attempts in the community.",
]

RAIL_AT_HOME = [
    "pt found at home by the community team with a ligature tied to the shower curtain rail, "
    "the rail did not collapse. ambulance called.",
]


@pytest.mark.parametrize("text", FIRST_REPORT_OVERTURNED)
def test_first_report_overturned_on_review_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(("text", "code"), FIRST_REPORT_UPHELD)
def test_error_found_on_review_or_told_plainly_stays(text: str, code: str) -> None:
    assert never_event_codes(text)[0] == code


@pytest.mark.parametrize("text", NEAR_THING_TOLD)
def test_harm_that_could_easily_have_happened_is_hypothetical(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", INCOMPATIBLE_UNIT_GIVEN)
def test_incompatible_unit_given_stays_never_event_12(text: str) -> None:
    assert never_event_codes(text) == ("12", None)


@pytest.mark.parametrize("text", COMMUNITY_HISTORY_BESIDE_AN_INPATIENT_RAIL)
def test_community_history_does_not_rule_out_an_inpatient_rail(text: str) -> None:
    assert never_event_codes(text) == ("9", None)


@pytest.mark.parametrize("text", RAIL_AT_HOME)
def test_rail_at_home_stays_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)
