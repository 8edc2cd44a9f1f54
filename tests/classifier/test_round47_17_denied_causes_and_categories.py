"""Round 47, helper 17: a cause denied, an area's assessment denied, a category ticked.

An overdose told as "not because of" the abbreviation or the device denies the never event's
cause; high strength midazolam stock "not risk-assessed" for the area is no appropriate area;
the reporter's ticked "never event - ABO incompatible" box is the category's words, not a
transfusion that was incompatible.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes

CAUSE_DENIED_WITH_BECAUSE = [
    "Lantus given twice by the DN team as the first visit was not recorded, 40 units in all. "
    "Hypo at teatime, BM 2.2, glucagon given. An insulin overdose but not because of "
    "abbreviations or the device.",
    "Novorapid 12 units given by two nurses at the same round, BM 1.9 at 2am, IV glucose. "
    "The overdose was not because of the U abbreviation, the chart was clear.",
    "Insulin given twice, once by day staff and again by night staff. BM 2.0 and 50ml 20% "
    "glucose. Not just because of a wrong syringe: the right insulin syringe was used both times.",
]

CAUSE_TOLD_WITH_BECAUSE = [
    "Humulin I written as 6U, read as 60 units and 60 units given. BM 1.8, IV glucose. The "
    "overdose happened because of the abbreviation U.",
    "Insulin 8U on the chart read as 80 units, 80 units given, BM 2.0, hypo protocol. This was "
    "not because of staffing but because of the abbreviation.",
]

AREA_NOT_RISK_ASSESSED = [
    "Colonoscopy, conscious sedation. Pt given midazolam 2mg/ml thinking it was 1mg/ml, sats "
    "80%, reversed.\n\nLetter sent to the family.\n\nRoot cause: high strength stock kept in "
    "the unit, had not been risk assessed.",
    "Conscious sedation for ERCP. Midazolam 5 mg/ml drawn up and given when 1 mg/ml was "
    "intended, pt apnoeic, flumazenil given.\n\nThe endoscopy nurse was supported.\n\n"
    "Findings: two strengths in one cupboard, the 5mg/ml stock had not been risk-assessed for "
    "the unit, dose given in ml.",
]

AREA_RISK_ASSESSED = [
    "ICU sedation infusion of midazolam 5 mg/ml made up per unit protocol for a ventilated pt. "
    "The area is risk-assessed for high strength stock.",
]

CATEGORY_TICKED_ONLY = [
    "Reporter ticked never event - ABO incompatible blood. A unit for another pt was taken to "
    "the bedside and stopped at the check, groups of the two pts not recorded.",
    "Wrong unit taken to bed 3 for another pt, 2nd checker noticed the name, not spiked, groups "
    'not known. Staff also ticked "never event - ABO incompatible blood" on the form.',
    "Unit for bed 7 brought to the bedside of the pt in bed 2; checker saw the surname was "
    "different. Not given, returned. The nurse ticked never event: ABO incompatible "
    "transfusion when reporting.",
]

CAUGHT_INCOMPATIBLE_UNIT_WITH_CATEGORY = [
    "Reporter ticked never event - ABO incompatible blood. Unit for another pt stopped at the "
    "bedside; pt O pos, unit A pos.",
]

INCOMPATIBLE_TRANSFUSION_WITH_CATEGORY = [
    "Group O pt transfused group A red cells meant for bed 4, 100 ml in, rigors, haemoglobinuria. "
    'Reporter ticked "never event - ABO incompatible blood".',
]


@pytest.mark.parametrize("text", CAUSE_DENIED_WITH_BECAUSE)
def test_an_insulin_overdose_not_because_of_the_abbreviation_is_no_never_event(
    text: str,
) -> None:
    assert rule_never_event_codes(text)[0] is None


@pytest.mark.parametrize("text", CAUSE_TOLD_WITH_BECAUSE)
def test_an_insulin_overdose_because_of_the_abbreviation_is_never_event_6(text: str) -> None:
    assert rule_never_event_codes(text) == ("6", None)


@pytest.mark.parametrize("text", AREA_NOT_RISK_ASSESSED)
def test_high_strength_midazolam_not_risk_assessed_for_the_area_is_never_event_8(
    text: str,
) -> None:
    assert rule_never_event_codes(text) == ("8", None)


@pytest.mark.parametrize("text", AREA_RISK_ASSESSED)
def test_high_strength_midazolam_in_a_risk_assessed_area_is_no_never_event(text: str) -> None:
    assert rule_never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", CATEGORY_TICKED_ONLY)
def test_the_ticked_abo_category_is_no_incompatible_transfusion(text: str) -> None:
    assert rule_never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", CAUGHT_INCOMPATIBLE_UNIT_WITH_CATEGORY)
def test_an_incompatible_unit_caught_with_the_category_ticked_is_near_miss_12(text: str) -> None:
    assert rule_never_event_codes(text) == (None, "12")


@pytest.mark.parametrize("text", INCOMPATIBLE_TRANSFUSION_WITH_CATEGORY)
def test_an_incompatible_transfusion_with_the_category_ticked_is_never_event_12(
    text: str,
) -> None:
    assert rule_never_event_codes(text) == ("12", None)


UNIT_ABBREVIATION_GIVEN_ON_A_PAPER_WARD = [
    "Paper chart in use as the unit is not yet on e-prescribing. Novorapid 8U read as 80 units, "
    "80 units given. BM 1.6, IV glucose.",
    "Lantus 20U written on the paper chart (ward not yet using ePMA), checked with a 2nd nurse "
    "who agreed it said 200. 200 units given at 22:00, BM 1.9 at 02:00.",
]

UNIT_ABBREVIATION_CAUGHT_ON_A_PAPER_WARD = [
    "Ward not yet on EPMA. Insulin 10U read as 100 units and drawn up; the 2nd RN said that is "
    "10 units not 100 and stopped it. Not given.",
]


@pytest.mark.parametrize("text", UNIT_ABBREVIATION_GIVEN_ON_A_PAPER_WARD)
def test_a_ward_not_yet_on_epma_or_a_checker_who_agreed_is_no_catch(text: str) -> None:
    assert rule_never_event_codes(text) == ("6", None)


@pytest.mark.parametrize("text", UNIT_ABBREVIATION_CAUGHT_ON_A_PAPER_WARD)
def test_a_checker_who_spoke_up_on_a_paper_ward_is_a_catch(text: str) -> None:
    assert rule_never_event_codes(text) == (None, "6")


@pytest.mark.parametrize(
    ("text", "never_event"),
    [
        # the report's heading names its subject; the water checked before anyone got in
        (
            "Incident follow-up - hot water, assisted bathroom, Ward 9\n"
            "HCA ran the bath and checked the water with the thermometer before fetching the "
            "patient: 48C. Bath drained, not used. Estates called.",
            None,
        ),
        # the heading named the same way, the scald told in the body
        (
            "Incident report - hot water, bathroom 2\n"
            "Pt lowered into the bath, water 50C, scalded on both feet, blisters.",
            "14",
        ),
    ],
)
def test_hot_water_named_in_the_reports_heading_is_its_subject_not_a_scald(
    text: str, never_event: str | None
) -> None:
    assert never_event_codes(text)[0] == never_event
