"""Round 71, helper 5: theme words that name a place, a look-up or a check, not the event.

- The storey above named as where something else was ("flushed on the floor above", "leak
  from the floor above") is a storey of the building, no floor anyone fell to (falls); a
  patient found "on the floor below the window" still fell.
- A search of a computer system or its records ("the LIMS search defaults to surname", "the
  PAS search screen") is a look-up on a screen, no search of a person, a room or belongings
  (behaviour_abuse_safeguarding); a room or a patient searched still is.
- A radiation dose told with the physics that estimated it ("dose very low per physicist",
  "extra dose very small per medical physics") is an exposure, no medicine (medication); a
  drug's dose noted by the pharmacist still is a medicine's.
- A pre-operative assessment named as the clinic, form or notes information came from
  ("weight from the pre-assessment form") is where it was written, no failure to assess
  (assessment_diagnosis); a pre-assessment told as not done still is one.
- A window told as checked with its restrictor fine ("Window checked, restrictor fine",
  "restrictor checked - intact") after a fall near it is the safeguard confirmed, no estates
  fault (staffing_infrastructure_estates); a restrictor found broken or not working at the
  check still is one.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

CASES = [
    # the storey above / a floor a patient was found on
    (
        "pt was being showered when the water went scalding hot, plumbers working on the "
        "floor above had isolated the cold feed. Burns to back, TMV faulty.",
        "falls",
        False,
    ),
    (
        "Bath water suddenly ran very hot when a tap was turned on on the floor above, pt "
        "lifted out, redness to both legs, TMV overdue a service.",
        "falls",
        False,
    ),
    (
        "Pt found on the floor below the window in her side room at 03:00, head lac, CT head NAD.",
        "falls",
        True,
    ),
    ("pt fell on the floor in the bathroom, hit head, obs stable.", "falls", True),
    # a search on a screen / a search of a room, a person or belongings
    (
        "Lab issued 2 units to the wrong pt after picking a previous record with the same "
        "surname, the LIMS search defaults to surname only and does not show the DOB. Pt had "
        "a delayed haemolytic reaction.",
        "behaviour_abuse_safeguarding",
        False,
    ),
    (
        "Wrong patient selected from the PAS search screen (same name), clinic letter sent to "
        "the wrong address. Pt informed.",
        "behaviour_abuse_safeguarding",
        False,
    ),
    (
        "Room search completed after pt disclosed having a lighter, lighter found in a sock "
        "and removed.",
        "behaviour_abuse_safeguarding",
        True,
    ),
    (
        "Pt searched on return from leave, cannabis found in his jacket pocket. Police informed.",
        "behaviour_abuse_safeguarding",
        True,
    ),
    # a radiation dose told with physics / a medicine's dose
    (
        "Wrong leg x-rayed, request was for R ankle, L done. Extra dose very small per medical "
        "physics. IR(ME)R reported.",
        "medication",
        False,
    ),
    (
        "Chest x-ray done on the wrong Mr Khan in bay 3, ID not checked. Dose negligible "
        "according to the RPA, pt told.",
        "medication",
        False,
    ),
    (
        "Pt given the wrong dose of morphine, 10mg instead of 5mg, extra dose noted by the "
        "pharmacist. Naloxone not needed.",
        "medication",
        True,
    ),
    # the pre-assessment named as a record / a pre-assessment not done
    (
        "Methotrexate for ectopic dosed on a weight of 150 written on the chart from the "
        "pre-assessment form (her weight in lbs), so she got about twice the dose. Dose was "
        "not second checked. LFTs normal.",
        "assessment_diagnosis",
        False,
    ),
    (
        "Pre-assessment not done before the list, pt found to have a K of 6.1 on the day, "
        "op cancelled.",
        "assessment_diagnosis",
        True,
    ),
    # a fitting checked and fine after a fall near it / a fitting found faulty
    (
        "Pt rolled out of bed at 03:00 in the side room, found on floor next to the window. "
        "Window checked, restrictor fine. No injury, obs stable.",
        "staffing_infrastructure_estates",
        False,
    ),
    (
        "Pt found on floor by the window in bay 2 at 05:00, had tried to get up to the "
        "toilet. restrictor checked - intact. Bed lowered, no injury.",
        "staffing_infrastructure_estates",
        False,
    ),
    (
        "pt fell in side room next to the window. restrictor checked and found broken, "
        "estates called. no injury.",
        "staffing_infrastructure_estates",
        True,
    ),
    (
        "pt fell in side room next to the window. Window checked, restrictor not working, "
        "estates called. no injury.",
        "staffing_infrastructure_estates",
        True,
    ),
]


@pytest.mark.parametrize(("text", "theme", "expected"), CASES)
def test_theme_words_of_places_looked_up_and_checked(text: str, theme: str, expected: bool) -> None:
    assert (theme in theme_ids(text)) is expected
