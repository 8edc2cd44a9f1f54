"""Community mental health, learning disability and crisis care wordings of four themes: a team's
own capacity or staff told as short for a time (staffing_infrastructure_estates), a head hit
again and again (self_harm), a restraint told by the kind of hold used
(behaviour_abuse_safeguarding), and a cord, ligature or knife that slipped (no fall). Each with
the look-alikes that must not change."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids

STAFFING = "staffing_infrastructure_estates"

# ------------------------------------------------------------------ staffing


@pytest.mark.parametrize(
    "text",
    [
        "Referral for urgent review not triaged for 4 weeks (team capacity), pt then admitted "
        "in crisis.",
        "Allocation delayed because of workforce capacity in the CMHT, pt relapsed meanwhile.",
        "Relative says staff told her they were short that week so nobody took mum out and her "
        "evening tablets were missed.",
        "The home was short all weekend and the pt was not repositioned overnight.",
        "We were short on nights and the 2am checks were not done, pt found wet and cold.",
    ],
)
def test_team_capacity_or_staff_short_for_a_time_is_staffing(text: str) -> None:
    assert STAFFING in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pt lacked capacity to consent to the procedure, best interest meeting held.",
        "Pt short of breath on arrival, sats 88% on air, 999 called.",
        "Count was short one swab at closure, found in the clinical waste bin.",
        "Nurse was short of the premixed bags so drew up from an ampoule, checked by 2.",
        "Pots labelled at the end of the list as we were short of time, one specimen lost.",
    ],
)
def test_capacity_or_short_of_a_thing_is_no_staffing(text: str) -> None:
    assert STAFFING not in rule_theme_ids(text)


# ------------------------------------------------------------------ head hit repeatedly


@pytest.mark.parametrize(
    "text",
    [
        "Service user with autism became upset at the change of plan and hit his head "
        "repeatedly on the wall, small graze.",
        "Pt repeatedly hitting her head against the bedroom door, helmet put on by staff.",
        "Resident banged his head several times off the floor during the episode, no wound.",
    ],
)
def test_head_hit_again_and_again_is_self_harm(text: str) -> None:
    assert "self_harm" in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pt fell in the lounge and hit her head on the wall, small lac, neuro obs started.",
        "Visitor fainted in reception and hit his head on a chair, seen in ED.",
    ],
)
def test_head_hit_once_in_a_fall_is_no_self_harm(text: str) -> None:
    assert "self_harm" not in theme_ids(text)


# ------------------------------------------------------------------ holds


@pytest.mark.parametrize(
    "text",
    [
        "Service user became distressed, staff used approved holds for 2 mins as per his PBS "
        "plan, no injury.",
        "Supportive holds used to guide him back to his room, calm after 5 mins.",
        "Low-level hold by two support workers while he was agitated in the day centre.",
    ],
)
def test_restraint_told_by_its_hold_is_behaviour(text: str) -> None:
    assert "behaviour_abuse_safeguarding" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Referral put on hold while awaiting bloods, pt not told.",
        "Call to the GP surgery was on hold for 40 mins, prescription not sorted.",
    ],
)
def test_on_hold_is_no_restraint(text: str) -> None:
    assert "behaviour_abuse_safeguarding" not in rule_theme_ids(text)


# ------------------------------------------------------------------ cords that slipped


@pytest.mark.parametrize(
    "text",
    [
        "CPN visit - pt tried to hang herself with a cord tied to the wardrobe door last night, "
        "cord slipped. Red mark to neck, seen in ED.",
        "Rope had slipped off the banister, pt found on the landing with a mark to his neck.",
        "Knife slipped while he was cutting bread at the day centre and he cut his thumb.",
    ],
)
def test_cord_or_knife_that_slipped_is_no_fall(text: str) -> None:
    assert "falls" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Service user slipped on the wet kitchen floor, no injury.",
        "Caught her foot on the cord, slipped and fell onto her knees.",
        "Pt bent down to pick up her belt, slipped on the wet floor, landed on her bottom.",
    ],
)
def test_a_person_who_slipped_is_still_a_fall(text: str) -> None:
    assert "falls" in theme_ids(text)
