"""Look-alikes of today's readings of medicines partly given, units, implants, tubes and air
(never events 2, 6, 12, 13, 15): an implant told "as planned" and then set against another in
its sentence went in wrong; a feed told run "prior to that" down a previous tube, or meds given
orally, is no use of the tube found misplaced; a patient "still on" another supply and only
later put on the air did breathe the air; a urine's colour told before another patient's unit
went in is no haemolysis sign; and the readings' own look-alikes (a pump set right
and stopped, a dark urine with a compatible unit, a non-haemolytic reaction) stay null."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes

CASES = [
    # --- an implant told as planned, then set against another in its sentence (never event 2)
    (
        "IOL implanted as planned for the right eye but it was the lens for another patient",
        ("2", None),
    ),
    (
        ("lens implanted as planned, however later found the lens was from a different pts tray"),
        ("2", None),
    ),
    # --- a use told "prior to that" of a previous tube: the tube found misplaced unused (nm 13)
    (
        (
            "NGT placed, CXR awaited. Prior to that the feed had been running via previous NGT "
            "that had been removed. CXR showed tube in left lung, removed, no feed given via "
            "new tube"
        ),
        (None, "13"),
    ),
    (
        (
            "NGT inserted, pH 7, CXR requested. Before this the pt had been given nothing by "
            "mouth. CXR showed tube in R lung, removed"
        ),
        (None, "13"),
    ),
    # --- the patient still on another supply while the air set-up waited (near miss 15)
    (
        (
            "on arrival to recovery Hudson mask connected to air flowmeter, pt still on the "
            "anaesthetic circuit at the time, swapped to O2 before transfer"
        ),
        (None, "15"),
    ),
    # --- a pump set right and stopped for another reason: no error (null)
    (
        "VRIII started at 2ml/hr per chart, stopped it at 14:00 as BMs normal and pt eating",
        (None, None),
    ),
    (
        (
            "insulin infusion set at 4ml/hr as prescribed 4 units/hr, pump stopped later for "
            "transfer to CT"
        ),
        (None, None),
    ),
    # --- dark urine or a reaction with no ABO-incompatible unit (null)
    (
        (
            "pt group O received group O unit belonging to another pt, no reaction, urine dark "
            "concentrated"
        ),
        (None, None),
    ),
    ("correct unit transfused, pt febrile, DAT neg, FNHTR", (None, None)),
    # ... a urine's colour told as the state before another patient's unit, no groups (null)
    (
        (
            "pt post TURP with red urine via 3 way catheter on irrigation, unit for another "
            "patient transfused in error, groups not stated, obs stable"
        ),
        (None, None),
    ),
    # ... the same colour told after the unit went in stays the reaction reaching him (ne 12)
    (
        (
            "unit meant for another pt transfused to pt in bay 2, pt developed fever and dark "
            "urine, DAT positive, lab confirmed incompatible"
        ),
        ("12", None),
    ),
]

#: The rules' own call, whatever the reach model makes of it.
RULE_CASES = [
    # "still on" told of an earlier moment than the air: he went on the air later (ne 15)
    (
        (
            "pt still on portable oxygen, later connected to air outlet instead of O2 on the "
            "ward, SpO2 86% after 20 mins"
        ),
        ("15", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_look_alike(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), RULE_CASES)
def test_look_alike_rules(text: str, expected: tuple[str | None, str | None]) -> None:
    assert rule_never_event_codes(text) == expected
