"""Round 53 (helper 6): a patient named by surname with their ABO group; window restrictors."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

SWAPPED_UNIT = (
    "Theatre recovery: the unit brought round for Okafor was connected to Okoro by mistake, "
    "nobody did the bedside check. {groups} around 120ml in before {after}"
)


def test_named_patients_group_before_the_units_is_the_recipients() -> None:
    text = SWAPPED_UNIT.format(
        groups="Okoro is group O neg, unit was A neg.",
        after=(
            "his BP dropped to 70/35 with rigors, transfusion stopped, treated for acute "
            "haemolytic reaction, moved to ITU. SHOT reported."
        ),
    )
    assert never_event_codes(text) == ("12", None)


def test_named_patients_group_with_an_incompatible_unit_stopped_before_spiking() -> None:
    text = (
        "Theatre recovery: the unit brought round for Okafor was taken to Okoro by mistake, "
        "noticed at the bedside check before spiking. Okoro is group O neg, unit was A neg. "
        "Unit returned to lab."
    )
    assert never_event_codes(text) == (None, "12")


def test_named_patients_group_with_a_compatible_unit_is_no_never_event() -> None:
    text = SWAPPED_UNIT.format(
        groups="Okoro is group A neg, unit was O neg.",
        after="it was noticed, transfusion stopped, no reaction.",
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "pt (s2) kept a metal teaspoon back from lunch, used the end of it to lever the "
        "restrictor arm off the window frame in her bedroom (2nd floor) and got out. dropped "
        "approx 4m onto the flat roof, bruised hip and wrist, xray clear.",
        "young person hid a fork from the dining room, later used the prongs to force the lounge "
        "window restrictor off its bracket (1st floor) and climbed out, fell about 3m, sprained "
        "ankle.",
    ],
)
def test_tool_got_first_then_used_on_the_restrictor_is_a_working_restrictor_defeated(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)


def test_tool_taken_away_before_the_restrictor_snapped_is_still_a_fault() -> None:
    text = (
        "pt took a butter knife off the supper trolley, which staff removed from her at 18:00. "
        "At 21:00 the bedroom window restrictor (2nd floor) was found snapped off and she had "
        "climbed out and dropped onto the flat roof, bruised hip."
    )
    assert never_event_codes(text) == ("10", None)


AT_THE_SILL = (
    "HCA found pt kneeling on the sill of the 2nd floor bedroom window, upper body out through "
    "the gap, window wide open - {how}. Two staff held her round the waist and pulled her back "
    "in, no fall, unhurt. {check} Room closed, pt on 1:1."
)


@pytest.mark.parametrize(
    "check",
    [
        "restrictor had been intact at the 09.00 environmental check.",
        "restrictor was intact at the last weekly check.",
    ],
)
def test_restrictor_intact_at_an_earlier_check_is_no_working_restrictor(check: str) -> None:
    text = AT_THE_SILL.format(
        how="restrictor arm had been snapped off at some point (pieces on the carpet)", check=check
    )
    assert never_event_codes(text) == (None, "10")


def test_restrictor_intact_at_an_earlier_check_then_defeated_with_a_tool_is_excluded() -> None:
    text = AT_THE_SILL.format(
        how="pt had prised the restrictor arm off with a metal spoon",
        check="restrictor had been intact at the 09.00 environmental check.",
    )
    assert never_event_codes(text) == (None, None)


def test_restrictor_found_snapped_on_a_walk_round_is_still_no_event() -> None:
    text = (
        "Environmental walk-round 15:00: restrictor on the 2nd floor day room window found "
        "snapped off, window able to open fully. Room empty, locked, estates called. restrictor "
        "had been intact at the 09.00 check."
    )
    assert never_event_codes(text) == (None, None)
