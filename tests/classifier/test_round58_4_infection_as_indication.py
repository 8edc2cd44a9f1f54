"""Round 58, helper 4: an infection named as the reason for a treatment is no infection
incident; a needlestick from a patient known to carry a blood-borne virus is one.

- A named antibiotic given or started for an infection treated on the ward ("IV gentamicin
  for urosepsis", "oral vancomycin started for C diff") names the drug's indication: the
  incident is the medicines error, not an infection. C diff caught on the ward and not isolated
  is still an infection.
- A course of IV antibiotics told as why the patient is on the ward ("on the ward for iv abx
  for a toe infection") is the reason for the stay: a pressure ulcer found there is no
  infection. An infection of a line left in is still one.
- The infection a line, drain or blood component was put in or ordered for ("femoral line
  sited for septic shock", "chest drain put in for a suspected empyema", "platelets ordered for
  the pt with neutropenic sepsis") is the procedure's indication. A line site oozing pus is
  still an infection.
- Sepsis told beside the delirium it caused, as the patient's background ("pt (delirium,
  sepsis) climbed over the rails"), is no infection incident. A sepsis screen not done is still
  one.
- Symptoms told as "flu like" describe how the patient felt, not influenza. Influenza
  confirmed in a bay that was not closed is still an infection.
- A patient nursed in a side room "being isolated for norovirus" is background to what went
  wrong there. A norovirus patient left in the bay, not isolated, is still an infection.
- A needlestick from a patient "known" to carry HIV or hepatitis (no "source" named) is an
  exposure to a blood-borne virus: infection. A known carrier whose bloods were taken without
  incident is none.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

INFECTION = "infection"

INDICATION_NOT_INCIDENT = [
    # a named antibiotic for the infection treated on the ward
    "IV gentamicin for urosepsis, day 3 trough level never requested and 4th dose given, "
    "creatinine up from 70 to 150, gent held",
    "oral vancomycin started by the F2 for c diff, pharmacy supplied the IV vials and the pt was "
    "given the wrong dose 500mg instead of 125mg",
    # a course of antibiotics as the reason for the stay
    "pt on the ward for iv abx for a toe infection, grade 3 pressure ulcer found on the L heel, "
    "heels not offloaded",
    # a line, drain or blood component put in or ordered for the infection
    "femoral line sited in resus for septic shock, bleeding at site needing pressure for 20 mins "
    "and a stitch, no harm",
    "chest drain put in for a suspected empyema on the ward, drain fell out overnight as the "
    "suture had not been tied, replaced next day",
    "2 units of platelets ordered for the pt in bed 3 with neutropenic sepsis, the wrong pt's "
    "units were taken to the bedside and stopped at the check",
    # sepsis beside the delirium it caused
    "pt (delirium, sepsis) climbed over the bed rails at night and was found on the floor with a "
    "cut to the head",
    # symptoms like the flu
    "teenager seen by GP with flu like symptoms and sent home, came back next day with a missed "
    "appendicitis",
    # isolation as the reason for the room
    "pt in side room being isolated for norovirus, pressure relieving mattress found deflated at "
    "06:00, pump not plugged in",
]

INFECTION_INCIDENT = [
    "pt developed c diff on day 9 after a week of co-amoxiclav, not moved to a side room for 2 "
    "days, 2 further cases in the bay",
    "PICC line infection - line left in for 3 days after blood cultures grew staph aureus, abx "
    "delayed",
    "arterial line placed on ICU, day 5 line site red and oozing pus, line infection confirmed, "
    "line removed",
    "sepsis screening tool not completed at triage, pt tachycardic and febrile, abx given 4 hours "
    "after arrival",
    "3 pts in bay 4 with confirmed influenza A, the bay was not closed and visitors were still "
    "coming in",
    "norovirus positive pt left in the 6 bed bay overnight, not isolated, 2 more pts with d and v "
    "next day",
    # a needlestick from a patient known to carry a blood-borne virus
    "student nurse had a needlestick injury while clearing the trolley after a cannulation in a "
    "patient known HIV positive",
]

KNOWN_CARRIER_NO_EXPOSURE = [
    "pt who is known to be hep C positive had routine bloods taken on the ward, no problems, "
    "sample sent to lab",
]


@pytest.mark.parametrize("text", INDICATION_NOT_INCIDENT)
def test_infection_named_as_indication_is_no_infection(text: str) -> None:
    assert INFECTION not in theme_ids(text)


@pytest.mark.parametrize("text", INFECTION_INCIDENT)
def test_infection_of_the_event_still_counts(text: str) -> None:
    assert INFECTION in theme_ids(text)


@pytest.mark.parametrize("text", KNOWN_CARRIER_NO_EXPOSURE)
def test_known_carrier_without_exposure_is_no_infection(text: str) -> None:
    assert INFECTION not in theme_ids(text)
