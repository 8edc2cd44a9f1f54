"""Themes told in community and mental health words: a restraint told by the staff holding
("a 4 person hold") or as "RT" with its intramuscular drug is behaviour; the only nurse in a
care home or a service shut "(staffing)" is staffing; a community nurse or GP who could not
come until a clock time, or a visit nobody made for days, is access. A hold that was not needed
and a patient who could not attend are none of these."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids


@pytest.mark.parametrize(
    "text",
    [
        "IM depot refused, given under a 4 person hold in the clinic room, pt bruised L arm",
        "CAMHS unit: bloods taken with a three staff hold, young person very distressed after",
        "pt became agitated on the ward, RT with lorazepam 2mg IM given at 2210, no obs after",
        "RT IM olanzapine 10mg at 1500 for agitation, found unrousable at 1700",
    ],
)
def test_restraint_told_by_the_hold_or_as_rt_is_behaviour(text: str) -> None:
    assert "behaviour_abuse_safeguarding" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt took the NG tube without needing a 3 person hold, feed given as planned",
        "2 staff needed to hold the leg still for cannulation, sited at 3rd attempt",
        "CXR showed rt lower lobe consolidation, IM ceftriaxone given and obs stable",
    ],
)
def test_a_hold_not_needed_or_a_right_side_is_no_behaviour(text: str) -> None:
    assert "behaviour_abuse_safeguarding" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "PEG came out overnight, resident sent to ED as I was the only nurse in the building "
        "and not trained to replace it",
        "place of safety suite shut (staffing) so pt held in ED with police for 8 hrs",
        "minor injuries unit suspended (short-staffing), pt redirected 20 miles to ED",
    ],
)
def test_the_only_nurse_on_site_or_a_service_shut_for_staff_is_staffing(text: str) -> None:
    assert "staffing_infrastructure_estates" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "ward closed to admissions due to norovirus, staff all well",
        "the only patient in the building overnight was settled, no concerns",
    ],
)
def test_a_closure_for_infection_or_an_only_patient_is_no_staffing(text: str) -> None:
    assert "staffing_infrastructure_estates" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "daughter rang 111 at 2200, OOH GP unable to come out till 0400, pt in pain all night",
        "catheter blocked, DN team could not visit until 1800, pt in retention all day",
        "wound dressing visits were put on the wrong list and no-one visited for 5 days",
    ],
)
def test_a_visit_not_made_until_later_is_access(text: str) -> None:
    assert "access_transfer_discharge" in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt unable to attend clinic until 1400 as at work, appointment moved at her request",
        "carer unable to visit until 1300 as resident was at the day centre, visit done",
        "night nurse was able to attend at 0630 as planned, syringe driver recharged",
    ],
)
def test_a_patient_who_could_not_attend_is_no_access(text: str) -> None:
    assert "access_transfer_discharge" not in rule_theme_ids(text)
