"""A burn from washing water told by its depth ("partial thickness burns L foot", "superficial
dermal burn R forearm") or with the body parts straight after it ("scalds both feet and
ankles") is a scald on the body: never event 14, not a near miss for the person lifted out. A
depth only warned of, a burn denied, or a hot drink stays as it was."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

SCALD_ON_THE_BODY = [
    "Bath run for resident by carer, temp not checked. Resident hoisted in and lifted out "
    "straight away, screaming. Partial thickness burns L foot and lower leg, seen in ED.",
    "Pt having a strip wash at the basin, water from the hot tap too hot. Superficial dermal burn "
    "R forearm, blistered, dressed by TVN.",
    "Shower temp fluctuated during assisted shower, pt said it was very hot and stepped out. "
    "Scalds both feet and ankles, referred to burns unit. TMV found faulty by estates.",
    "Baby bath on the postnatal ward filled from the hot tap, no bath thermometer. Baby lowered "
    "in and lifted straight out crying. Superficial partial thickness scalds both legs, plastics "
    "referral.",
]

NO_SCALD_TOLD = [
    (
        "Bath water found 52 degrees at the thermometer check, resident still in her bedroom. "
        "Emptied and refilled. Water this hot can cause full thickness burns.",
        (None, None),
    ),
    (
        "Resident in the hoist over the bath, toes dipped in, said too hot, lifted straight out. "
        "Feet checked: no burns, skin intact.",
        (None, "14"),
    ),
    (
        "Pt kicked over a cup of hot tea onto her lap on the ward, partial thickness burn both "
        "thighs.",
        (None, None),
    ),
]


@pytest.mark.parametrize("text", SCALD_ON_THE_BODY)
def test_burn_told_by_depth_or_body_part_is_never_event_14(text: str) -> None:
    assert never_event_codes(text) == ("14", None)


@pytest.mark.parametrize(("text", "codes"), NO_SCALD_TOLD)
def test_no_burn_on_the_body_is_unchanged(text: str, codes: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == codes
