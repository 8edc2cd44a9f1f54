"""Round 75, helper 3: look-alikes of themes in primary and community care reports.

- Staff off sick with an illness that names an infection ("team off sick (flu)") are the
  reason for a shortage, not an infection; an outbreak told in its own words still is.
- A resident's initials before the age ("Resident TB (79)") are a name, not tuberculosis.
- Barrier cream or products for the skin are skin care, not barrier nursing.
- An antibiotic told verb first as prescribed for an infection ("Prescribed amoxicillin .. for
  a chest infection") is the prescription's reason in a medicines event.
- A crew treating the patient at home, or not conveying at the family's request, is no access
  failure (the README's convention); a failure to convey to the right unit still is.
- A person who choked, told with the back blows that cleared it, was not choked by anyone.
- The police not called or informed is no communication failure; a manager not informed is.
- A doctor reachable by phone only is the means of cover, not a message that failed.
- A person who defaulted from screening or follow-up is no system default.
- Advice or education given is no medicine given.
- A member of staff slipping on a floor is no patient fall.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

INFECTION = "infection"
ACCESS = "access_transfer_discharge"
BEHAVIOUR = "behaviour_abuse_safeguarding"
COMMUNICATION = "communication_documentation"
IT = "it_systems"
MEDICATION = "medication"
FALLS = "falls"

NOT_INFECTION = [
    "Visits deferred as 3 of the team were off sick (flu), nobody reviewed the list. Pt found "
    "with a cat 3 pressure ulcer to sacrum.",
    "Two carers off with covid so the lunch call was missed and the resident went without her "
    "meds.",
    "Half the DN team off sick with D&V, evening insulin visits were late.",
    "Resident TB (81, dementia) was given her neighbour's evening tablets by the agency carer.",
    "Pt DB (62M) had the wrong dose of gliclazide dispensed in his blister pack.",
    "Carers have not been using any barrier cream, moisture damage to both buttocks.",
    "No barrier products in the house, groins excoriated and weeping.",
    "Prescribed co-amoxiclav by the locum for a chest infection although allergic to "
    "penicillin, came back with urticaria.",
    "GP gave amoxicillin for a UTI despite the penicillin allergy alert, rash and lip swelling.",
]

INFECTION_STILL = [
    "Norovirus outbreak in the home, 9 residents symptomatic and 4 staff off with D&V.",
    "Flu outbreak in the home, 4 residents positive, unit closed to visitors.",
    "Resident with TB not isolated on admission to the home.",
    "Chest infection missed by the OOH GP, admitted 2 days later with sepsis.",
]

NOT_ACCESS = [
    "Insulin dose transcribed as 40 instead of 4, BM 1.7 at lunch, 999 - treated by crew at "
    "home, not conveyed.",
    "Hypo after the wrong insulin was given, crew found her drowsy, glucagon given, not "
    "conveyed at the family's request.",
]

ACCESS_STILL = [
    "Stroke symptoms not recognised by the crew, pt not conveyed to the HASU and the "
    "thrombolysis window was missed.",
    "Ambulance took 6 hours to arrive, pt on the floor the whole time, then conveyed to ED.",
]

CHOKING_FIRST_AID = [
    "Resident on a level 5 diet given toast by the agency carer, choked, back blows by the "
    "senior carer cleared it, sats 88%.",
    "Service user choking on a sandwich at lunch, 5 back slaps and abdominal thrusts by staff, "
    "food came out.",
]

CHOKED_BY_SOMEONE = [
    "Pt grabbed the HCA by the neck and choked her during personal care, HCA bruised.",
]

POLICE_NOT_CALLED = [
    "Pt's husband shouted and swore at the DN and blocked the door, she left the house. Police "
    "not informed at the DN's request.",
    "Pt punched the carer in the face during personal care, bruising. Police not called as the "
    "pt lacks capacity.",
]

MANAGER_NOT_INFORMED = [
    "Son threatened the DN on the doorstep. The team lead was not informed until 3 days later "
    "and the next visit went ahead single handed.",
]

#: The doctor reachable by phone only, and nothing else that failed to pass: a chart "not
#: changed" would be a record not updated, a documentation failure of its own.
PHONE_COVER = [
    "Paracetamol IV given instead of the oral dose prescribed, the GP was off site (phone "
    "advice only) and the route was not questioned.",
]

PERSON_DEFAULTED = [
    "Positive FIT, letters went to the wrong address and the practice was not told she had "
    "defaulted from the screening programme.",
]

SYSTEM_DEFAULT = [
    "The dose field had defaulted to daily when the GP picked methotrexate, pt took it daily "
    "for a week.",
]

ADVICE_GIVEN = [
    "Deep tissue injury to both heels found on the DN visit, heel boots ordered, advice given, "
    "twice weekly skin checks added.",
]

DOSE_GIVEN_TWICE = [
    "Oramorph 10mg given twice within an hour by two different carers, pt drowsy.",
]

STAFF_SLIPPED = [
    "Practice nurse slipped on a wet floor in the staff kitchen, jarred her back, dishwasher "
    "leaking for a week.",
    "Domestic slipped on a wet floor in the sluice, sprained wrist, no sign out.",
]


@pytest.mark.parametrize("text", NOT_INFECTION)
def test_infection_look_alikes_are_no_infection(text: str) -> None:
    assert INFECTION not in theme_ids(text)


@pytest.mark.parametrize("text", INFECTION_STILL)
def test_infection_told_in_its_own_words_still_counts(text: str) -> None:
    assert INFECTION in theme_ids(text)


@pytest.mark.parametrize("text", NOT_ACCESS)
def test_crew_treating_at_home_is_no_access(text: str) -> None:
    assert ACCESS not in theme_ids(text)


@pytest.mark.parametrize("text", ACCESS_STILL)
def test_conveyance_that_failed_is_access(text: str) -> None:
    assert ACCESS in theme_ids(text)


@pytest.mark.parametrize("text", CHOKING_FIRST_AID)
def test_choking_cleared_by_first_aid_is_no_assault(text: str) -> None:
    assert BEHAVIOUR not in theme_ids(text)


@pytest.mark.parametrize("text", CHOKED_BY_SOMEONE)
def test_choked_by_someone_is_an_assault(text: str) -> None:
    assert BEHAVIOUR in theme_ids(text)


@pytest.mark.parametrize("text", POLICE_NOT_CALLED)
def test_police_not_called_is_no_communication_failure(text: str) -> None:
    assert COMMUNICATION not in theme_ids(text)


@pytest.mark.parametrize("text", MANAGER_NOT_INFORMED)
def test_manager_not_informed_still_counts(text: str) -> None:
    assert COMMUNICATION in theme_ids(text)


@pytest.mark.parametrize("text", PHONE_COVER)
def test_phone_advice_only_is_no_communication_failure(text: str) -> None:
    assert COMMUNICATION not in theme_ids(text)


@pytest.mark.parametrize("text", PERSON_DEFAULTED)
def test_person_defaulted_is_no_system_default(text: str) -> None:
    assert IT not in theme_ids(text)


@pytest.mark.parametrize("text", SYSTEM_DEFAULT)
def test_system_default_still_counts(text: str) -> None:
    assert IT in theme_ids(text)


@pytest.mark.parametrize("text", ADVICE_GIVEN)
def test_advice_given_is_no_medicine_given(text: str) -> None:
    assert MEDICATION not in theme_ids(text)


@pytest.mark.parametrize("text", DOSE_GIVEN_TWICE)
def test_dose_given_twice_still_counts(text: str) -> None:
    assert MEDICATION in theme_ids(text)


@pytest.mark.parametrize("text", STAFF_SLIPPED)
def test_staff_slipping_is_no_fall(text: str) -> None:
    assert FALLS not in theme_ids(text)
