"""Round 51 (helper 2): a rail told as collapsing before a closing self-harm summary, washing
water found hot with nobody having used it, and a body part told going into hot water."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

MENTAL_HEALTH = {"service_type": "4", "location_type": "10"}


@pytest.mark.parametrize(
    "text",
    [
        "pt tied a sheet to the shower rail which collapsed under her weight, pt on floor. obs "
        "increased. reported as self harm, rail to be refitted.",
        "curtain track came away as it should when SU put a ligature on it. seen by doctor. obs "
        "level 3. Datix done as a self harm incident and curtain rail replaced.",
    ],
)
def test_rail_collapsed_before_a_closing_self_harm_summary_is_excluded(text: str) -> None:
    assert never_event_codes(text, **MENTAL_HEALTH) == (None, None)


def test_hanging_from_a_rail_that_held_keeps_never_event_9_beside_another_collapse() -> None:
    text = (
        "SU tied a belt to the curtain rail and hung from it, the rail held. Staff cut her down. "
        "the rail in the next room came down as designed last month."
    )
    assert never_event_codes(text, **MENTAL_HEALTH) == ("9", None)


@pytest.mark.parametrize(
    "text",
    [
        "Estates tested the shower in bay 3, 49C at the outlet. no patient had a shower on the "
        "ward today, TMV replaced.",
        "Hot water at the assisted bath measured 55 degrees after a relative complained. no "
        "resident had a bath this afternoon. tap isolated.",
    ],
)
def test_hot_water_found_with_nobody_having_used_it_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_burn_after_the_bath_stays_a_scald_whoever_bathed_later() -> None:
    text = (
        "resident had a bath this morning, tested later at 55C, nobody had a bath after her. "
        "redness and blisters to both legs noted."
    )
    assert never_event_codes(text) == ("14", None)


@pytest.mark.parametrize(
    "text",
    [
        "pt in the hoist over the bath, her feet going in when she shouted it was too hot. "
        "lifted out, no redness to feet.",
        "lowering him into the bath on the chair, legs going in, he said it was scalding. raised "
        "back up. water 48C. no marks on skin.",
    ],
)
def test_legs_told_going_into_hot_bath_water_unhurt_is_near_miss_14(text: str) -> None:
    assert never_event_codes(text) == (None, "14")
