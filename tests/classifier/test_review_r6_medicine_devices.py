"""Review R6 of the medicine, tube, air, water, rail and window readings added at 1.91.

Look-alikes those readings misread, and true cases written otherwise than their tests, with
the (never event, near miss) a reviewer applying the labelling guide gives. Each is checked
both on the whole classifier and on the rules alone, since a learned model covered some of
them up:

- a patient put "in the empty bay" is at that bedspace: the air set-up found there is hers
  (never event 15), and "no one in the room noticed" tells staff, not an empty room;
- "during 20:00 med round when ..." is a clock time, today's, not a dated past incident of
  the unit (never event 5);
- "mouth care" after a giving is no route by mouth: medicines given down a misplaced tube
  stay never event 13; "given by mouth" and "given PO" still tell no use of the tube;
- a carer ("she") standing in the shower cubicle testing the water, the resident in her
  room, is a check before anyone got in (both null); a patient seated in it stays near miss 14;
- a neck told wedged in a gap "big enough to trap a head" is a trapping (never event 11); a
  gap at an audit that "would be large enough to trap a neck" stays a risk;
- a strong potassium solution picked in a skills-lab session with no patients, on a manikin,
  is no event (as a wrong route is); a session cancelled "so no patients were seen" tells no
  session, and today's real giving stays never event 4.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes

CASES: list[tuple[str, tuple[str | None, str | None]]] = [
    # --- a patient put at a place told empty is on the set-up there
    (
        "Pt moved to bed 4 in the empty bay. O2 tubing had been connected to the air outlet by "
        "HCA, pt on it for 2 hours, sats 86%.",
        ("15", None),
    ),
    (
        "Nasal specs connected to the air flowmeter instead of O2 on admission. No one in the "
        "room noticed for an hour, then swapped to O2.",
        ("15", None),
    ),
    (
        "Audit: at the empty bedspace 12 the O2 tubing was on the air flowmeter. No patient in "
        "the bed.",
        (None, None),
    ),
    # --- a clock time is no year of a past incident
    (
        "Following an incident during 20:00 med round when nurse gave oral morphine solution "
        "via the IV cannula, pt became drowsy, naloxone given.",
        ("5", None),
    ),
    # --- mouth care is no route by mouth
    (
        "NG tube inserted, no xray done. Meds given and mouth care done. CXR later showed NGT "
        "in R bronchus.",
        ("13", None),
    ),
    (
        "Misplaced NGT in R lung on CXR; meds had been given by mouth only, nothing via the tube.",
        (None, "13"),
    ),
    (
        "NGT misplaced in lung; meds given PO this morning, no feed yet. Tube removed.",
        (None, "13"),
    ),
    # --- the carer testing the water is not the resident placed at it
    (
        "Water from the shower measured 55C on the thermometer. She was standing in the shower "
        "cubicle testing it; resident still in her bedroom.",
        (None, None),
    ),
    (
        "Pt seated in the shower chair in the shower, HCA checking the temp found 55C before "
        "turning it on her. Moved out.",
        (None, "14"),
    ),
    # --- a neck held in a gap that could trap one
    (
        "Pt's neck found wedged between the bed rail and mattress in a gap that was big enough "
        "to trap a head. Pt purple, released by staff.",
        ("11", None),
    ),
    (
        "Bed rail audit on ward 4: gap between the rail and the new mattress would be large "
        "enough to trap a neck. Bed was empty.",
        (None, None),
    ),
    # --- a training session with no patients, a medicine other than a wrong route
    (
        "Sim session in skills lab, no patients. KCl ampoule picked instead of NaCl flush and "
        "injected into the manikin.",
        (None, None),
    ),
    (
        "Simulation training was cancelled due to staffing so no patients were seen in clinic; "
        "on the ward KCl 15% was given instead of saline flush to bed 4, pt arrested.",
        ("4", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_r6_medicine_devices(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_r6_medicine_devices_by_the_rules(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert rule_never_event_codes(text) == expected
