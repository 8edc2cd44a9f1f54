"""A never event's words used for something else: a retained item queried and shown on review
to be an artefact, a needle that names the procedure ("needle decompression"), imaging done on
the wrong patient, a "U" read as the same number of units by everyone, strong potassium stored
next to a diluent with no error, and an air-driven nebuliser given as prescribed. Each reading
is set against true never events with the same words, which keep their tag."""

from __future__ import annotations

import pytest

from classifier.engine.drug_strengths import abbreviation_read_as_written
from classifier.engine.text import read
from tests.classifier.outcomes import never_event_codes


def test_retained_swab_queried_and_shown_to_be_an_artefact_is_no_never_event() -> None:
    text = (
        "?retained swab on post op AXR queried by the surgical reg; CT reviewed by radiology - "
        "it was a skin fold artefact, no swab present."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Post op AXR showed a retained swab in the pelvis. Pt returned to theatre and swab "
        "removed. Artefact from the ECG leads also noted on the film.",
        "CXR after CVC insertion showed the guidewire retained in the SVC; no wire present in "
        "the pack at the count, so it had not been removed. IR retrieval.",
        "Possible retained guidewire queried on the CXR; confirmed by radiology as a guidewire "
        "in the IVC and retrieved in IR.",
    ],
)
def test_retained_item_confirmed_or_not_queried_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


def test_needle_decompression_is_no_retained_needle() -> None:
    text = (
        "Tension pneumothorax in ED, needle decompression 2nd ICS then chest drain on the R. CXR "
        "showed lung re-expanded."
    )
    assert never_event_codes(text) == (None, None)


def test_needle_left_in_after_a_needle_decompression_stays_never_event_3() -> None:
    text = (
        "Needle decompression done in ED; the cannula needle was left in the chest wall and seen "
        "on the CXR 2 days later, removed."
    )
    assert never_event_codes(text) == ("3", None)


def test_chest_drain_on_the_wrong_side_with_a_needle_decompression_is_never_event_1() -> None:
    text = (
        "Chest drain inserted on the L for pneumothorax overnight. The pneumothorax was on the "
        "R. Pt desaturated, CXR showed R tension, needle decompression then R drain."
    )
    assert never_event_codes(text) == ("1", None)


def test_imaging_done_on_the_wrong_patient_is_no_wrong_site_surgery() -> None:
    text = (
        "CT head performed on the wrong patient, same surname in adjacent cubicles; "
        "radiographer did not do the 3 point ID check. IR(ME)R report made."
    )
    assert never_event_codes(text) == (None, None)


def test_procedure_on_the_wrong_patient_told_with_a_cxr_stays_never_event_1() -> None:
    text = (
        "Chest drain inserted into the wrong patient in bay 4 (the CXR had been done on the "
        "right pt), noticed when the pt's name was checked after the procedure."
    )
    assert never_event_codes(text) == ("1", None)


def test_unit_abbreviation_read_as_the_same_number_of_units_is_no_never_event() -> None:
    text = (
        "Humulin I prescribed as 12U on the paper chart. Read as 12 units by both nurses and "
        "given. Prescriber reminded about abbreviations."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Insulin written as 6U, read as 60 units by the agency nurse and 60 units given. Pt hypo "
        "1.9.",
        "Lantus prescribed '14U'; read as 14 units by one nurse, but read as 140 by the second "
        "who gave 140 units. BM 1.6.",
    ],
)
def test_unit_abbreviation_read_as_a_bigger_number_stays_never_event_6(text: str) -> None:
    assert never_event_codes(text) == ("6", None)


def test_strong_potassium_stored_by_a_diluent_with_no_error_is_no_never_event() -> None:
    text = (
        "Pharmacy audit: KCl ampoules kept in the same drawer as water for injection on ward 7. "
        "No error occurred, stock moved."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "KCl ampoule used instead of water for injection to dilute IV co-amoxiclav, given to pt. "
        "No harm occurred, K 5.2.",
        "Strong potassium chloride picked up instead of sodium chloride flush and given via the "
        "cannula; no error occurred in the dispensing, it was a selection error on the ward.",
    ],
)
def test_strong_potassium_given_with_no_harm_or_one_step_cleared_stays_never_event_4(
    text: str,
) -> None:
    assert never_event_codes(text) == ("4", None)


def test_air_driven_nebuliser_as_per_prescription_confirmed_intended_is_no_never_event() -> None:
    text = (
        "salbutamol nebs given driven by air as per prescription for a COPD retainer; student "
        "queried it, team confirmed air intended."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt on 2L O2 as per prescription was found with nasal specs connected to the air "
        "flowmeter, sats 84%.",
        "Oxygen specs found on the medical air outlet, pt needs 28% O2 as per prescription; sats "
        "85%. Switched to O2.",
    ],
)
def test_oxygen_as_per_prescription_found_on_air_stays_never_event_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


@pytest.mark.parametrize(
    ("text", "read_as_written"),
    [
        ("prescribed as 10U. read as 10 units by both nurses", True),
        ("written 4 IU, interpreted as 4 units", True),
        # misread as a bigger number: no reading as written, even if someone read it right
        ("written 6U, read as 60 units", False),
        ("14U read as 14 units by one nurse, read as 140 by the other", False),
        # no unit abbreviation written
        ("10 units prescribed, read as 10 units", False),
    ],
)
def test_unit_abbreviation_read_as_written_reasoning(text: str, read_as_written: bool) -> None:
    tokens = read(text).tokens
    assert bool(abbreviation_read_as_written(tokens)) is read_as_written


def test_image_guided_biopsy_on_the_wrong_patient_is_never_event_1() -> None:
    text = (
        "CT guided liver biopsy performed on the wrong patient in IR, same surname, wristband "
        "not checked. Pt had a small haematoma."
    )
    assert never_event_codes(text) == ("1", None)


def test_specs_left_on_air_after_a_neb_driven_on_air_is_never_event_15() -> None:
    text = (
        "pt given salbutamol neb driven by air as per prescription, then nasal specs tubing "
        "left on the air flowmeter afterwards when O2 2L was needed, sats 85%."
    )
    assert never_event_codes(text) == ("15", None)
