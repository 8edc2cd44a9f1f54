"""Round 67, helper 6: a patient's cold house, under-triaged calls and frozen care software.

- A person's own house told as cold with its heating off or absent ("house freezing, no
  heating", "bungalow v cold, heating switched off") is a home or safeguarding concern found on
  a visit, not the NHS estate: no staffing_infrastructure_estates. A ward with its heating
  broken stays estates.
- An ambulance or 111 call under-triaged is a wrong triage: the category it should have had
  ("should have been a cat 1"), an upgrade not given despite what the caller said, the handler
  down one pathway rather than the one needed: assessment_diagnosis. A crew going down the
  stairs rather than the lift, an upgrade not needed, are no triage error.
- The named software of primary and urgent care told as frozen, crashed or down ("NHS Pathways
  froze", "Adastra crashed", "Docman went down"): it_systems. A frozen shoulder seen on a care
  pathway is no IT failure.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

ESTATES = "staffing_infrastructure_estates"
ASSESSMENT = "assessment_diagnosis"
IT = "it_systems"

COLD_HOUSE = [
    "DN visit to 90F with dementia living with her nephew. house freezing, no heating on and "
    "only biscuits in the cupboards, pt unwashed, safeguarding referral made to adult social "
    "care.",
    "HV new birth visit, bungalow v cold with the heating switched off by dad, baby in several "
    "layers, mum tearful, MASH contacted.",
]

WARD_HEATING = [
    "ward 3 very cold overnight, the heating had broken, pts given extra blankets, estates "
    "called at 0200.",
]

UNDER_TRIAGED = [
    "999 call for a 66M collapsed and grey, the call was coded as a cat 3 when it should have "
    "been a cat 1, first crew on scene 1h40m later.",
    "son rang twice saying his mum had been on the floor since the morning and was now "
    "drowsy, welfare call done but no upgrade given despite the long lie, crew arrived at 6 "
    "hrs.",
    "111 call for a man with crushing chest pain, the advisor went down the heartburn pathway "
    "rather than chest pain and the outcome was to see a pharmacist.",
]

NOT_UNDER_TRIAGED = [
    "crew went down the back stairs rather than using the lift as it was quicker, pt "
    "conveyed without incident, no fall.",
]

SOFTWARE_FROZE = [
    "NHS Pathways froze twice during a call for a child with a purple rash, had to restart "
    "the assessment, ambulance disposition reached 12 min later than it should have.",
    "Adastra crashed at 2230 on the OOH base, cases tracked on paper for 90 min, 3 callbacks late.",
]

NO_SOFTWARE = [
    "seen in the MSK clinic, frozen shoulder diagnosed, put on the physio pathway, no incident.",
]


@pytest.mark.parametrize("text", COLD_HOUSE)
def test_a_cold_house_with_no_heating_is_no_estates(text: str) -> None:
    assert ESTATES not in theme_ids(text)


@pytest.mark.parametrize("text", WARD_HEATING)
def test_a_ward_with_broken_heating_stays_estates(text: str) -> None:
    assert ESTATES in theme_ids(text)


@pytest.mark.parametrize("text", UNDER_TRIAGED)
def test_an_under_triaged_call_is_a_wrong_assessment(text: str) -> None:
    assert ASSESSMENT in theme_ids(text)


@pytest.mark.parametrize("text", NOT_UNDER_TRIAGED)
def test_going_down_the_stairs_rather_than_the_lift_is_no_triage(text: str) -> None:
    assert ASSESSMENT not in theme_ids(text)


@pytest.mark.parametrize("text", SOFTWARE_FROZE)
def test_named_care_software_frozen_or_crashed_is_it_systems(text: str) -> None:
    assert IT in theme_ids(text)


@pytest.mark.parametrize("text", NO_SOFTWARE)
def test_a_frozen_shoulder_on_a_pathway_is_no_it(text: str) -> None:
    assert IT not in theme_ids(text)
