"""Bed rails told as bought from a shop or a website, or bought by the one the report names
by a pronoun ("he had bought the rails"), are the family's, not the provider's: a neck trapped
in them is outside never event 11. Rails from the equipment service or on the trust's bed stay
never event 11."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

BOUGHT_PRIVATELY = [
    "Wife rang the DN team: husband's neck got stuck between the rail and the mattress - she "
    "had bought the rails from a mobility shop and fitted them to their own bed. Red mark only, "
    "rails removed, OT referral.",
    "Visit by carer: pt found with his neck trapped between the side rail and the mattress. "
    "Daughter said she bought the rails at a local mobility store last month. Pt unhurt, rails "
    "taken off, equipment referral made.",
    "pts neck wedged between bed rail and mattress at home. they had purchased the rails from "
    "a website. GP informed, bruising to neck.",
]

PROVIDER_RAILS = [
    "Care home: resident found with head and neck trapped between the bed rail and mattress, "
    "rails supplied by the community equipment service last week. Resident bruised, rails "
    "removed.",
    "Ward 12: pt found with neck caught between the bed rail and the mattress at 03:00. Rails "
    "on the trust bed, assessment done on admission. pt bruised, medical review.",
]


@pytest.mark.parametrize("text", BOUGHT_PRIVATELY)
def test_rails_bought_from_a_shop_are_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", PROVIDER_RAILS)
def test_provider_rails_stay_never_event_11(text: str) -> None:
    assert never_event_codes(text)[0] == "11"
