"""Near misses told by what was set up wrongly and the check that stopped it: an implant opened
against the plan, a wrong site put right before anything invasive, a unit read at the bedside,
and the ways a reporter names the interception."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Acetabular liner opened when the plan said 36mm, scrub nurse spotted before impaction.",
        "Tibial insert opened was 2mm thicker than templated. Noticed before insertion, swapped.",
        "Cochlear implant opened for the next pt on the list, caught at the implant check before "
        "implantation.",
        "Plate picked instead of the planned locking plate. Surgeon noticed before insertion.",
        "Hernia mesh opened for the repair, scrub queried it, correct mesh then opened before "
        "insertion.",
    ],
)
def test_implant_opened_against_the_plan_and_caught_is_near_miss_2(text: str) -> None:
    assert never_event_codes(text) == (None, "2")


def test_a_wrong_size_trial_is_not_a_wrong_implant() -> None:
    text = "Wrong size trial stem used first, changed to the templated size before broaching."
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "L knee prepped for arthroscopy, at time out the consent was for the R. Re-prepped R, "
        "no incision on L.",
        "Consent form amended at sign in: list had the wrong finger for the trigger finger "
        "release. Nothing started.",
    ],
)
def test_site_put_right_before_starting_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


def test_a_spiked_unit_never_connected_is_a_near_miss() -> None:
    text = (
        "Unit spiked at the bedside, then the second checker saw the label said group B. "
        "Pt group O. Not connected to the pt."
    )
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize(
    "text",
    [
        "KCl ampoule drawn up instead of the saline flush, caught pre administration.",
        "Methotrexate 2.5mg 'take four daily' on the discharge script for RA, queried by the "
        "ward pharmacist and rewritten weekly.",
        "Epidural bag hung on the IV volumetric pump, noticed before connection to the pt.",
    ],
)
def test_interception_wordings_make_near_misses(text: str) -> None:
    never_event, near_miss = never_event_codes(text)
    assert never_event is None and near_miss is not None


def test_stopped_part_way_still_reached_the_patient() -> None:
    text = "Group A unit hung for a group O pt, stopped after 20 ml when pt became hypotensive."
    assert never_event_codes(text) == ("12", None)


def test_an_nj_tube_in_the_bronchus_is_not_never_event_13() -> None:
    text = "NJ tube found on CT in the L bronchus after 6 hours of feeding."
    assert never_event_codes(text) == (None, None)
