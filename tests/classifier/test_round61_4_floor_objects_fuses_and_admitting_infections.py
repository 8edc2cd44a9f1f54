"""Round 61, helper 4: things on the floor, a machine's own fuse and the infection a patient
came in with.

- A thing named right before "on the floor" ("his glasses were on the floor", "the pendant
  alarm on the floor by the sofa") lies there, not the patient: no fall, for the rules or the
  learned model. A patient found on the floor, with the call bell out of reach, is still one.
- A machine that "tripped its own fuse" (a pump, a bed motor) stopped: nobody tripped. A
  patient who tripped over the pump's cable still fell.
- The infection a patient is "in with", had a hospital "stay with", is "recovering" from in a
  bracket of background, or that an antibiotic is given for with its dose told between
  ("fluclox 2g QDS for cellulitis") is the reason for the care, not an infection of the event.
  An infection that the care caused (C diff after antibiotics, a pus-filled cannula site)
  still counts.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

OBJECT_ON_THE_FLOOR = [
    "visited mr k at 15:00, his hearing aids and glasses were on the floor, tray of lunch "
    "untouched and jug dry, he said nobody had been in since the morning",
    "community nurse found the pendant alarm on the floor by the sofa and a week of letters "
    "unopened, pt thin and unkempt, adult social care referral made re self neglect",
]

PATIENT_ON_THE_FLOOR = [
    "pt found on the floor beside her bed at 03:00, call bell on the floor out of reach",
    "call bell out of reach, pt on the floor by the bed at 02:00",
]

MACHINE_TRIPPED_ITS_FUSE = [
    "the feed pump tripped its own fuse at 02:00 and the feed stopped for 5 hrs, EBME informed",
]

PATIENT_TRIPPED = [
    "pt tripped over the pump cable and fell against the locker",
]

INFECTION_AS_BACKGROUND = [
    "pt 83 home on the virtual ward after a week long stay with pneumonia, furosemide 80mg "
    "given instead of 40mg as the paper chart was altered",
    "pt on 2L O2 (recovering LRTI) given the wrong pt's 08:00 tablets, wristband not checked",
    "fluclox 2g QDS for cellulitis, 14:00 dose missed because the iv was tissued and not "
    "resited for 6 hrs",
    "she is 90 and in with a UTI, her son told the ward her carer has been taking money from "
    "her purse, safeguarding referral made",
]

INFECTION_OF_THE_EVENT = [
    "co-amox 1.2g iv tds started on day 1, developed C diff diarrhoea on day 5, not isolated "
    "for 20 hrs as no side room free",
    "pt in with a UTI, cannula site red, hot and oozing pus on day 3, left in situ since ED",
]


@pytest.mark.parametrize("text", OBJECT_ON_THE_FLOOR)
def test_object_on_the_floor_is_no_fall(text: str) -> None:
    assert "falls" not in theme_ids(text)


@pytest.mark.parametrize("text", PATIENT_ON_THE_FLOOR)
def test_patient_on_the_floor_is_a_fall(text: str) -> None:
    assert "falls" in theme_ids(text)


@pytest.mark.parametrize("text", MACHINE_TRIPPED_ITS_FUSE)
def test_machine_tripping_its_fuse_is_no_fall(text: str) -> None:
    assert "falls" not in theme_ids(text)


@pytest.mark.parametrize("text", PATIENT_TRIPPED)
def test_patient_tripping_is_a_fall(text: str) -> None:
    assert "falls" in theme_ids(text)


@pytest.mark.parametrize("text", INFECTION_AS_BACKGROUND)
def test_infection_the_patient_came_in_with_is_background(text: str) -> None:
    assert "infection" not in theme_ids(text)


@pytest.mark.parametrize("text", INFECTION_OF_THE_EVENT)
def test_infection_of_the_event_still_counts(text: str) -> None:
    assert "infection" in theme_ids(text)
