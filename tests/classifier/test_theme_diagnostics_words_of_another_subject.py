"""Round 72, helper 4: words of the diagnostic and planned-care pathway that the theme cues
read as another subject, and system faults told in ways the it_systems cues missed.

- A room or bay named by its number ("list rm 1 - staff nurse drew up ...") counts no staff;
  "1 RN for 8 pts" after the place still is staffing.
- A nurse who "had 2 pts in the clinic room" tells two patients in one room (the set-up of a
  mix-up), not a caseload; "RN had 8 pts in bay A" still is.
- A department "short on the floor" is short of staff, no fall; a patient found on the floor
  still falls.
- A bodily discharge ("offensive PV discharge", "foul smelling discharge") is a symptom, no
  discharge from hospital; a patient discharged without TTOs still is.
- An extra radiation dose told right after the imaging repeated ("repeat mammograms (extra
  dose ...)") is no medicine; "CT head, extra dose of morphine" still is.
- A field or alert that "isnt visible" on a screen, a "known RIS bug" or "known glitch" of a
  system, and the network switch or cable a link runs over are IT; a "known tummy bug" is not.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids

STAFFING = "staffing_infrastructure_estates"
IT = "it_systems"
ACCESS = "access_transfer_discharge"

CASES = [
    # a numbered room / a count of staff
    (
        "bronchoscopy list room 1 - staff nurse drew up the lidocaine for Dr Shah, checked by "
        "the 2nd nurse against the chart",
        STAFFING,
        False,
    ),
    (
        "theatre 1 staff nurse opened the wrong size mesh for the hernia, swapped before use",
        STAFFING,
        False,
    ),
    ("bay 3: 1 RN for 8 pts overnight, 02:00 obs missed", STAFFING, True),
    ("1 staff nurse for 12 pts on the night shift, obs late", STAFFING, True),
    # two patients in one room / a caseload
    (
        "WBIT: the phlebotomy nurse had two patients in the same room at once and put the "
        "labels on the wrong bottles",
        STAFFING,
        False,
    ),
    (
        "group and save grouped B pos, historic A pos. the POA nurse had 2 pts in the clinic "
        "room and had printed labels for both",
        STAFFING,
        False,
    ),
    ("RN had 8 pts in bay A and couldnt do the 2am obs", STAFFING, True),
    ("RN had 12 pts on nights, obs missed", STAFFING, True),
    # short on the floor / a fall
    (
        "porters all off, so ED sent their HCAs with the samples and ED was short on the floor "
        "for 3 hours",
        "falls",
        False,
    ),
    ("we were thin on the floor all night, call bells left ringing", "falls", False),
    ("pt found on the floor by the bed at 03:00, short of breath", "falls", True),
    # a bodily discharge / a discharge from hospital
    (
        "seen by GP 5 days after the LLETZ with offensive PV discharge, retained swab removed",
        ACCESS,
        False,
    ),
    (
        "DN visit: foul smelling discharge from the wound, swab sent, dressing changed",
        ACCESS,
        False,
    ),
    ("pt discharged home at 17:00 without her TTOs, readmitted next day", ACCESS, True),
    # an extra radiation dose / an extra dose of a medicine
    (
        "mobile screening unit images lost, 14 women recalled for repeat mammograms (extra "
        "dose and anxiety)",
        "medication",
        False,
    ),
    ("CT head, extra dose of morphine given as still in pain, RR 8", "medication", True),
    # system faults
    (
        "booking team say the interpreter field isnt visible on the new booking screen, so "
        "none was booked",
        IT,
        True,
    ),
    ("the DNACPR alert wasnt showing on the EPR banner, pt was for full escalation", IT, True),
    ("the nurse wasnt visible on the ward so the pt wandered off the unit", IT, False),
    (
        "the priority reset to routine when the request was edited (known RIS bug), pt waited "
        "9 weeks",
        IT,
        True,
    ),
    ("dose defaulted to 10mg - a known glitch in the EPMA that IT are aware of", IT, True),
    ("known tummy bug on the ward, 3 pts isolated in side rooms", IT, False),
    (
        "the fridge alarm didnt reach the lab since the network switch was replaced last week",
        IT,
        True,
    ),
    ("pt referred through the cardiac network, transfer delayed 2 days for a bed", IT, False),
]


@pytest.mark.parametrize(("text", "theme", "expected"), CASES)
def test_theme_diagnostics_words_of_another_subject(text: str, theme: str, expected: bool) -> None:
    assert (theme in rule_theme_ids(text)) is expected


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "colonoscopy list rm 1 - staff nurse drew up midazolam, the 2nd nurse noticed the "
            "amp said 10mg in 2ml, syringe discarded, nothing given",
            STAFFING,
        ),
        (
            "pneumatic tube down all morning, samples walked over, ED short on the floor, "
            "troponins 2h late",
            "falls",
        ),
    ],
)
def test_not_read_with_the_model_either(text: str, theme: str) -> None:
    assert theme not in theme_ids(text)
