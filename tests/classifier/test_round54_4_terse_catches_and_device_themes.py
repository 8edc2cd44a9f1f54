"""Round 54, helper 4: terse, hurried reports of a catch, and device themes beside drugs.

Hurried notes drop articles and tell the act as going on: a lens "opened for wrong eye", an
oral liquid someone was "about to push into cannula", a "U" dose being "drawn up" as the bigger
number, a potassium ampoule picked up with "nothing drawn up". Each is read as the catch it
tells; the look-alikes that reached the patient, or are no error, stay as they were.

The bath water's reading told number first ("48 deg on bath thermometer") is the check, not a
device; the blood reporting bodies named MHRA first ("MHRA/SABRE + SHOT") are haemovigilance,
not a device report. A broken hoist or a pump reported to the MHRA is still a device.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, theme_ids

CAUGHT_TERSELY = [
    # a lens opened for the other eye, with no article, caught before it went in
    (
        "lens opened for wrong eye at the start of the list, scrub nurse spotted it before "
        "insertion, right lens opened",
        "2",
    ),
    ("IOL loaded for other eye, picked up b4 insertion, swapped", "2"),
    # an oral liquid about to go into a line named with no article
    (
        "HCA about to push oramorph into cannula with luer syringe, RN stopped her, nothing given",
        "5",
    ),
    ("carer giving the syrup into hickman from a 10ml syringe, RN stopped him, none given", "5"),
    # a "U" dose being made ready as the bigger number
    (
        "chart reads novorapid 6U, agency nurse drawing up 60 units, 2nd nurse queried, not given",
        "6",
    ),
    ("lantus 10IU on kardex, HCA preparing 101 units, checker stopped it", "6"),
    # the concentrate picked up in error and never drawn into a syringe
    (
        "KCl amp grabbed instead of the sodium chloride flush amp, realised on reading the label, "
        "nothing drawn up",
        "4",
    ),
    (
        "strong KCl amp off shelf instead of WFI amp, realised straight away, nothing drawn up",
        "4",
    ),
]

REACHED_OR_NO_ERROR = [
    ("IOL for wrong eye put in, refractive surprise at post op check", ("2", None)),
    ("cup of coffee of another pt spilled on pt in waiting room, minor scald", (None, None)),
    ("oramorph given into cannula by mistake, pt drowsy", ("5", None)),
    ("IV paracetamol about to push into cannula, flushed after", (None, None)),
    ("insulin 20 units written in full, nurse drawing up 20 units, given", (None, None)),
    ("KCl amp picked instead of saline flush, drawn up and given, pt arrested", ("4", None)),
]


@pytest.mark.parametrize(("text", "code"), CAUGHT_TERSELY)
def test_terse_catch_is_a_near_miss(text: str, code: str) -> None:
    assert never_event_codes(text) == (None, code)


@pytest.mark.parametrize(("text", "expected"), REACHED_OR_NO_ERROR)
def test_terse_look_alikes_keep_their_reading(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


NO_DEVICE_THEME = [
    "hoist used to lower pt into bath, toes in the water, pt yelled, 48 deg on bath thermometer, "
    "lifted out, skin intact",
    "wrong unit transfused, pt group O given group A red cells, haemolysis, MHRA/SABRE and SHOT "
    "reports done",
]

DEVICE_THEME = [
    "hoist broken so pt lowered into bath by 2 staff, 40 deg on thermometer",
    "infusion pump fault caused overinfusion, reported to MHRA, pump quarantined",
]


@pytest.mark.parametrize("text", NO_DEVICE_THEME)
def test_bath_reading_and_blood_reporting_are_no_device(text: str) -> None:
    assert "medical_device" not in theme_ids(text)


@pytest.mark.parametrize("text", DEVICE_THEME)
def test_broken_or_reported_device_keeps_its_theme(text: str) -> None:
    assert "medical_device" in theme_ids(text)
