"""Learned findings read by the rules (helper H6): the retrained narrative model named never
events that the rules' own readings settle.

- A learned never event 12 does not stand where the blood-group reading judged every unit
  named compatible with its recipient: red cells by their antigens, plasma and platelets by
  the plasma they carry, group O platelets with no titre told high, untested or not negative
  being the routine case (guide hard case).
- A learned wrong site whose error words all lie in a dated past episode, or someone's account
  of their past elsewhere, is an account of the past: today's procedure told without one is
  none.
- A spinal level an implant was placed or inserted at ("pedicle screws placed at L3-L5") is a
  level operated on, set against the plan by the rules' level reading; a marker or needle
  placed at a level stays the level check.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

#: Blood groups all compatible, platelets judged by their plasma (before: learned 12).
COMPATIBLE_UNITS = [
    "Pt group B pos. 1 unit of group O platelets given on the ward, no reaction.",
    "Patient is AB positive, transfused group O platelets overnight, obs stable.",
    "Patient is group O. Given group A platelets, no reaction noted.",
]
#: Look-alikes keeping their outcome: an incompatible unit, a titre told, a compatible unit.
UNIT_LOOK_ALIKES = [
    ("pt is group A. given 2 units O neg red cells in ED, no reaction", (None, None)),
    ("Patient grouped as A pos. Group AB FFP given in theatre, uneventful.", (None, None)),
    (
        "Patient is group A. Given group O platelets not high titre tested, pt developed rigors.",
        ("12", None),
    ),
    ("pt group A. Group B red cells transfused, reaction, stopped after 50ml.", ("12", None)),
    ("Group O platelets labelled high titre positive given to a group B patient.", ("12", None)),
    ("Patient group A. Group O platelets given, HT neg unit, no reaction.", (None, None)),
]

#: A wrong site told only in a dated past episode (before: learned 1 for the first).
PAST_WRONG_SITES = [
    "She told us the wrong eye was injected at her previous clinic in 2021. Today's R eye "
    "anti-VEGF injection given uneventfully.",
    "Pt recalls that in 2019 the wrong toe was operated on at another hospital. Today's L 2nd "
    "toe fusion went ahead as listed.",
    "History: wrong side knee arthroscopy in 2015 elsewhere. Today R knee scope done, no issues.",
    "Patient anxious as the wrong hand was operated on in 2016 at another trust. Today's carpal "
    "tunnel release on the L hand went as planned.",
]
#: Look-alikes keeping their outcome: today's wrong site, the past one found today.
PAST_LOOK_ALIKES = [
    (
        "Pt had wrong site surgery here in 2019. Today the L knee was scoped instead of the R.",
        ("1", None),
    ),
    (
        "In 2020 the L knee was scoped instead of the R, found on review of the MRI today.",
        ("1", None),
    ),
    (
        "He recalled the earlier episode in 2017 where the wrong finger was operated on. Today "
        "the trigger finger release was done on the R ring finger, consent was for the R middle "
        "finger.",
        ("1", None),
    ),
]

#: An implant placed at a level other than the plan's (before: learned 1 or nothing).
IMPLANT_LEVELS = [
    "ACDF: cage placed at C4/5, the consent was for C5/6.",
    "Posterior lumbar fusion: pedicle screws placed at L3-L5, the plan was L4-S1.",
    "TLIF planned at L4/5. Cage inserted at L3/4, noticed on post op xray.",
    "Lumbar fusion: screws placed at L2-L4, the plan was L3-L5. Noticed on the check film "
    "before closure, screws removed and resited.",
]
#: Look-alikes keeping their outcome: the planned level, a needle or marker of the level check.
LEVEL_LOOK_ALIKES = [
    ("Pedicle screws placed at L2-L4 as planned, uneventful.", (None, None)),
    (
        "L4/5 fusion planned. Marker needle placed at L3/4 on II, level recounted and moved "
        "before incision.",
        (None, None),
    ),
    (
        "Fusion planned L4-L5. Needle placed at L3-L4 for level check, surgeon recounted, "
        "correct level confirmed before incision.",
        (None, "1"),
    ),
]


@pytest.mark.parametrize("text", COMPATIBLE_UNITS)
def test_units_judged_compatible_are_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(("text", "expected"), UNIT_LOOK_ALIKES)
def test_unit_look_alikes_keep_their_outcome(text: str, expected: tuple) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize("text", PAST_WRONG_SITES)
def test_wrong_site_of_the_past_is_no_event_today(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(("text", "expected"), PAST_LOOK_ALIKES)
def test_past_look_alikes_keep_their_outcome(text: str, expected: tuple) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize("text", IMPLANT_LEVELS)
def test_implant_placed_at_another_level_is_wrong_site(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(("text", "expected"), LEVEL_LOOK_ALIKES)
def test_level_look_alikes_keep_their_outcome(text: str, expected: tuple) -> None:
    assert never_event_codes(text) == expected
