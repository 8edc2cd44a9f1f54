"""Round 46 (helper 3): never events 9, 11, 14, 15 and 5 told as background or as a name.

A curtain rail told as having already come down ("the rail, which had come down, as designed")
collapsed, where a rail "supposed to come down" did not; another patient's entrapment dated and
placed elsewhere ("in 2020 a patient on a different ward had her neck trapped ...") is
background, not this report's event; "the scalding never event" names the category, it is no
scald; a review saying the air-driven nebuliser was prescribed on purpose, or the air was meant
for the nebuliser, confirms intended air; a never event "at another site" told to a meeting is
another patient's, not this report's.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

RAIL_HAD_COME_DOWN = [
    "acute mh ward: pt tied a sheet to the curtain rail; the rail had come down under his weight "
    "as it is designed to, found on floor, red mark to neck",
    "acute mh ward: pt used a belt on the shower rail in the en-suite to hang himself, the rail "
    "had given way, pt on the floor, conscious",
    "MH inpatient found on the bathroom floor with a cord round her neck tied to the curtain "
    "track, which had come away, as designed, with the curtain. Obs normal.",
]

RAIL_DID_NOT_COME_DOWN = [
    "mental health ward. mum tried to hang herself from the curtain rail around her bed, staff "
    "found her hanging, they said the rails are supposed to come down but it had not come down",
    "acute mental health ward: pt found on floor of en-suite with ligature round neck tied to "
    "the shower curtain rail which had partly come down but stayed attached at one end, "
    "unresponsive, came round with O2",
]

ENTRAPMENT_ELSEWHERE_DATED = [
    "Bed rail review: in 2018 a patient on a different ward had her neck trapped between the "
    "rail and the bed frame - never event. This pt has rails off, fell out of bed, no injury.",
    "pt arm trapped in bed rail, freed by staff. we discussed the 2020 incident where a man on "
    "a different unit had his chest trapped by the rail.",
]

ENTRAPMENT_HERE = [
    "in 2019 a patient on another ward had his neck trapped between the rail and mattress. "
    "Today Mr K (80) was found with his neck trapped between the bed rail and the mattress, "
    "released by staff, red mark to neck",
    "Night HCA found pt with head and neck caught between the bed rail and the mattress, freed, "
    "no injury. In 2021 a patient at another hospital died this way.",
]

SCALD_CATEGORY_NAMED = [
    "we had a scalding never event last year on ward 3. today pt spilt hot tea on her leg, "
    "small burn, dressed.",
    "Staff asked about the scalding never event at the huddle. bath temps checked all fine.",
    "HCA asked if it was a never event for scalds; pt had knocked his coffee over his lap, "
    "redness only. The bathroom thermostat was checked anyway.",
]

SCALD_IN_THE_BATH = [
    "Scalding never event: pt lowered into the bath by hoist, water was 52C, blistering to "
    "both legs",
    "hca ran a bath, did not check temp, pt put foot in and got a scald to the foot. declared "
    "as a never event for scalds",
    "pt scalded in the shower on ward 5, TMV failed. discussed whether this is a never event "
    "for scalding - yes declared.",
]

AIR_NEBULISER_INTENDED = [
    'Family complaint "mum was given air instead of oxygen". Review: the air-driven nebuliser '
    "was prescribed on purpose because of her CO2 retention and her nasal oxygen ran throughout.",
    'Datix titled "air instead of oxygen". On review the air was intended and prescribed for '
    "the nebuliser; his O2 via nasal specs stayed on from the oxygen outlet.",
]

NEVER_EVENT_AT_ANOTHER_SITE = [
    "M&M: the never event at another site (oral liquid given via the IV line) was discussed "
    "for information only. Our case: late antibiotics.",
    "Huddle: learning from a never event at a different site - vincristine given "
    "intrathecally. Ward issues: 2 falls.",
]


@pytest.mark.parametrize("text", RAIL_HAD_COME_DOWN)
def test_rail_told_as_having_come_down_collapsed(text: str) -> None:
    assert never_event_codes(text)[0] is None


@pytest.mark.parametrize("text", RAIL_DID_NOT_COME_DOWN)
def test_rail_supposed_to_come_down_still_held(text: str) -> None:
    assert never_event_codes(text)[0] == "9"


@pytest.mark.parametrize("text", ENTRAPMENT_ELSEWHERE_DATED)
def test_dated_entrapment_of_another_patient_elsewhere_is_background(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", ENTRAPMENT_HERE)
def test_todays_entrapment_beside_a_dated_one_still_counts(text: str) -> None:
    assert never_event_codes(text)[0] == "11"


@pytest.mark.parametrize("text", SCALD_CATEGORY_NAMED)
def test_scalding_never_event_named_is_no_scald(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", SCALD_IN_THE_BATH)
def test_bath_scald_with_the_category_named_still_counts(text: str) -> None:
    assert never_event_codes(text)[0] == "14"


@pytest.mark.parametrize("text", AIR_NEBULISER_INTENDED)
def test_review_confirming_air_nebuliser_on_purpose_excludes(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", NEVER_EVENT_AT_ANOTHER_SITE)
def test_never_event_at_another_site_is_not_this_report(text: str) -> None:
    assert never_event_codes(text)[0] is None
