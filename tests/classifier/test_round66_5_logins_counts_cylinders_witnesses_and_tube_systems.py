"""Round 66, helper 5: a login never set up, a search at a surgical count, a measuring
cylinder, a witness missing, and the pneumatic tube system down.

- A member of staff with no login or smartcard for a system, or whose account was never set
  up ("locum had no e-prescribing login", "his account was not activated"), is an IT access
  failure: it_systems. A login that worked stays without it.
- A search for an item missing at a surgical count ("search of the field and the floor",
  "searched the drapes and bins") looks for a swab or a needle, not a person or their
  belongings: no behaviour_abuse_safeguarding from it. A patient's belongings not searched on
  a secure ward stay behaviour.
- A measuring cylinder or jug (a liquid measured in it) is no oxygen cylinder: no
  medical_device from it. An oxygen cylinder found empty stays a device.
- No one else seeing a thing happen ("nobody else saw it happen" of a dropped ampoule) is a
  witness missing, not a patient or a result nobody assessed: no assessment_diagnosis from it.
  A result nobody saw stays assessment_diagnosis.
- The pneumatic tube (pod) system that carries samples told as down or jammed is a facility
  that failed: staffing_infrastructure_estates. Samples merely sent by it are not.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

IT = "it_systems"
BEHAVIOUR = "behaviour_abuse_safeguarding"
DEVICE = "medical_device"
ASSESSMENT = "assessment_diagnosis"
ESTATES = "staffing_infrastructure_estates"

NO_LOGIN = [
    "locum SHO started the weekend with no e-prescribing login so the bank nurse could not "
    "get the 1800 antibiotics prescribed until the reg came at 2000.",
    "new starter RN on nights: his account was not activated on the obs system, so all his "
    "obs for bay C were written on paper and only entered in the morning.",
]

LOGIN_WORKED = [
    "locum SHO logged in to e-prescribing at the start of the shift and prescribed the 1800 "
    "antibiotics, which were given at 2000 as the ward was busy.",
]

COUNT_SEARCH = [
    "appendicectomy converted to open. at the closing count one small swab short. the "
    "scrub nurse and surgeon did a search of the field and the floor - not found. x-ray on "
    "table showed it in the right iliac fossa, removed, count then correct.",
    "c-section, needle count one 1/0 short before closing the sheath. we searched the drapes "
    "and bins, not found, image intensifier showed the needle in the wound, retrieved.",
]

BELONGINGS_NOT_SEARCHED = [
    "secure ward: new admission's bag was not searched on arrival, later a lighter and a "
    "blade were found in it by the night staff.",
]

MEASURING_VESSEL = [
    "methadone stock check at 0700: the 500ml bottle measured 410ml in the graduated "
    "cylinder against 440ml in the register. no spillage recorded, pharmacy informed.",
]

OXYGEN_CYLINDER = [
    "pt transferred to ct on 4L oxygen, the cylinder on the trolley was empty when checked "
    "in the scanner, sats 85%, wall oxygen used.",
]

NOBODY_SAW_IT_HAPPEN = [
    "diamorphine 5mg ampoule recorded as dropped and broken at 0400 with no second "
    "signature. asked the other nurse on shift and nobody else saw it happen. pharmacy told.",
]

RESULT_NOBODY_SAW = [
    "potassium 6.9 on the evening bloods was filed and nobody saw the result until the "
    "morning round, ecg then showed peaked t waves.",
]

TUBE_SYSTEM_DOWN = [
    "the pod system between the wards and the lab was out of action from 2300 to 0600, the "
    "samples were walked to the lab by hand and the troponins came back 2 hours late.",
]

TUBE_SYSTEM_USED = [
    "the troponin sample was sent to the lab by the pod system at 2300 and the result came "
    "back at 0010, pt reviewed by the reg.",
]


@pytest.mark.parametrize("text", NO_LOGIN)
def test_login_never_set_up_is_it_systems(text: str) -> None:
    assert IT in theme_ids(text)


@pytest.mark.parametrize("text", LOGIN_WORKED)
def test_login_that_worked_is_no_it_systems(text: str) -> None:
    assert IT not in theme_ids(text)


@pytest.mark.parametrize("text", COUNT_SEARCH)
def test_search_at_a_count_is_no_behaviour(text: str) -> None:
    assert BEHAVIOUR not in theme_ids(text)


@pytest.mark.parametrize("text", BELONGINGS_NOT_SEARCHED)
def test_belongings_not_searched_stay_behaviour(text: str) -> None:
    assert BEHAVIOUR in theme_ids(text)


@pytest.mark.parametrize("text", MEASURING_VESSEL)
def test_measuring_cylinder_is_no_device(text: str) -> None:
    assert DEVICE not in theme_ids(text)


@pytest.mark.parametrize("text", OXYGEN_CYLINDER)
def test_empty_oxygen_cylinder_stays_a_device(text: str) -> None:
    assert DEVICE in theme_ids(text)


@pytest.mark.parametrize("text", NOBODY_SAW_IT_HAPPEN)
def test_nobody_saw_it_happen_is_no_assessment(text: str) -> None:
    assert ASSESSMENT not in theme_ids(text)


@pytest.mark.parametrize("text", RESULT_NOBODY_SAW)
def test_result_nobody_saw_stays_assessment(text: str) -> None:
    assert ASSESSMENT in theme_ids(text)


@pytest.mark.parametrize("text", TUBE_SYSTEM_DOWN)
def test_tube_system_down_is_estates(text: str) -> None:
    assert ESTATES in theme_ids(text)


@pytest.mark.parametrize("text", TUBE_SYSTEM_USED)
def test_tube_system_used_is_no_estates(text: str) -> None:
    assert ESTATES not in theme_ids(text)
