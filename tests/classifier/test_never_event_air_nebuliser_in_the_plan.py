"""Session 25 (never event 15): the nebuliser's own plan to run on air.

"Resp reg plan in notes: salbutamol nebs to be AIR driven w O2 1L via NC" is air meant for the
nebuliser: a query about the nebs on the air flowmeter answered by that plan is no never event.
The oxygen's own mask or specs found on the air stay never event 15, whatever the plan says of
the nebs.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "bank RN queried why pt's nebs were on the air flowmeter ?error. resp reg plan in notes: "
        "T2RF, CO2 retainer, salbutamol nebs to be AIR driven w O2 1L via NC. explained, no "
        "change made",
        "Salbutamol nebs to be air driven as per resp team (CO2 retainer). Neb given on the air "
        "flowmeter, O2 1L via NC continued throughout.",
    ],
)
def test_nebuliser_planned_on_air_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "pt on 4L O2 via mask found connected to air flowmeter, sats 84%. plan: nebs to be air "
        "driven, O2 via NC.",
        "Pt on 2L nasal specs found with the tubing on the air outlet, sats 86%, rectified. "
        "Plan: nebs to be air driven from now on as CO2 retainer.",
        "Nebs to be air driven per resp plan; agency nurse put the pt's oxygen mask on the air "
        "flowmeter by mistake after the neb, sats fell to 82%.",
    ],
)
def test_oxygen_device_found_on_air_beside_the_plan_stays_never_event_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)
