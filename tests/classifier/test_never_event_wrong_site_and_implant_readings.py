"""Wrong site surgery (never event 1) and wrong implants (never event 2): a guess at unexpected
anatomy put to the surgeon and overturned is no framework exclusion; an implant said to be the
planned one is no wrong implant, but the planned component named beside a wrong one does not
clear it."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


def test_guessed_unexpected_anatomy_overturned_is_wrong_site() -> None:
    text = (
        "Governance asked whether this sounds like unexpected anatomy (possible transitional "
        "vertebra). Surgeon: normal anatomy, we counted from the wrong end and the discectomy "
        "was done at L3/4 rather than the planned L4/5."
    )
    assert never_event_codes(text) == ("1", None)


def test_unexpected_anatomy_told_as_the_cause_stays_excluded() -> None:
    text = (
        "Microdiscectomy done at L3/4 instead of L4/5 because of a transitional vertebra that "
        "could not be seen until the spine was opened."
    )
    assert never_event_codes(text)[0] != "1"


def test_implant_used_was_the_planned_one_is_no_wrong_implant() -> None:
    text = (
        "PALS call: daughter says her mother got the wrong implant in her hip. Checked with "
        "theatre: the implant used was the one planned and documented. The implant card was "
        "another patient's."
    )
    assert never_event_codes(text)[0] != "2"


def test_planned_component_beside_a_wrong_one_is_still_never_event_2() -> None:
    text = (
        "R THR. The cup used was the one planned but the 36 mm head impacted onto the stem was "
        "the wrong size for the 32 mm liner; head exchanged."
    )
    assert never_event_codes(text) == ("2", None)


def test_lens_planned_for_the_next_patient_is_still_never_event_2() -> None:
    text = (
        "Cataract list. Time out done. IOL inserted was the wrong power: the lens that went in "
        "was the one planned for the next patient on the list."
    )
    assert never_event_codes(text) == ("2", None)


def test_wrong_side_component_is_a_wrong_implant_not_a_wrong_site() -> None:
    text = (
        "L TKR. After cementing the surgeon confirmed a wrong side component had been "
        "implanted: a right femoral component in the left knee. Revised the same day."
    )
    assert never_event_codes(text) == ("2", None)


def test_operation_on_the_wrong_side_stays_never_event_1() -> None:
    text = (
        "Knee arthroscopy performed on the wrong side: the right knee was scoped but the left "
        "was listed and consented."
    )
    assert never_event_codes(text) == ("1", None)


def test_wrong_side_surgery_elsewhere_years_ago_is_background() -> None:
    text = (
        "Pt anxious and would not go to theatre until her surgeon marked the leg, as she had a "
        "wrong-side knee arthroscopy at another trust several years ago. The surgeon could not "
        "come and the op was cancelled."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt very anxious because she had a wrong-side knee operation at another trust several "
        "years ago. Today the right knee arthroscopy was started although the left knee was "
        "listed, consented and marked.",
        "She had a wrong-side block at another hospital a few years ago. Today a right femoral "
        "nerve block was given for her left TKR; stop before you block not done.",
        # the history names an implant too: neither the past side nor its mesh is today's event
        "Pt had a wrong-side hernia repair at another hospital several years ago and has a mesh "
        "in the right groin. Today the left hernia was listed but the right groin was incised "
        "before the error was seen.",
    ],
)
def test_wrong_site_today_beside_one_elsewhere_years_ago_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)
