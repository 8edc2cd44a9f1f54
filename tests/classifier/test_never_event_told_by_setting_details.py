"""Never events and near misses told by details rather than named: strong potassium used
because the premixed bag was not stocked, a rail whose release was disabled or mis-fitted, a
fall of a stated height from an unrestricted window, a count short or a wire found still in the
line before the procedure ended, and a unit for another patient with the groups stated."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Ready-mixed potassium bag not in stock so the nurse added two strong KCl ampoules to a "
        "litre of saline and hung it. pt had chest pain and ectopics.",
        "No premixed bags available on the unit; agency nurse gave KCl 15% ampoules into the "
        "running line. Arrest call.",
    ],
)
def test_strong_potassium_for_a_missing_premix_is_never_event_4(text: str) -> None:
    assert never_event_codes(text) == ("4", None)


def test_premixed_potassium_given_as_prescribed_is_not_never_event_4() -> None:
    text = "Premixed KCl 40mmol in 1L saline given over 8 hours as prescribed. K+ 4.1 next day."
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt looped a belt over the shower rail. The load-release clip had been painted over so it "
        "did not drop. Found by staff, belt cut, neck abrasions.",
        "Service user tied a cord to the curtain rail and leant into it. The breakaway rail had "
        "been fitted upside down so it should have released but didn't. Ligature removed.",
    ],
)
def test_a_disabled_or_misfitted_rail_that_held_is_never_event_9(text: str) -> None:
    assert never_event_codes(text, location_type="10") == ("9", None)


@pytest.mark.parametrize(
    "text",
    [
        "Window restrictor in bay 4 snapped last week, pt opened the window and climbed out, fall "
        "of ~3 metres. Fractured pelvis.",
        "Confused pt found on the grass beneath ward 7 (1st floor). The window in his room had no "
        "restrictor since the frames were replaced.",
    ],
)
def test_a_fall_told_by_height_or_where_found_is_never_event_10(text: str) -> None:
    assert never_event_codes(text) == ("10", None)


@pytest.mark.parametrize(
    "text",
    [
        "Swab count one short at the end of the c-section. Found in the paracolic gutter and "
        "removed before skin closure.",
        "Guidewire not on the trolley after the line went in. Registrar found it still in the "
        "catheter and pulled it out before suturing.",
    ],
)
def test_item_found_before_the_procedure_ended_is_near_miss_3(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


def test_other_patients_unit_with_groups_stopped_at_bedside_is_near_miss_12() -> None:
    text = "Unit for another pt brought to the ward, pt group O and unit AB. Not spiked, returned."
    assert never_event_codes(text) == (None, "12")


def test_other_patients_unit_with_no_group_stated_is_neither() -> None:
    text = "blood unit for another pt collected from the fridge, found at the bedside check."
    assert never_event_codes(text) == (None, None)
