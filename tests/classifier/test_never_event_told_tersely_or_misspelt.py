"""Never events told tersely, misspelt or autocorrected, in outpatient minor operations: a
misspelt potassium chloride, potassium phosphate told short ("pot phos"), a suspension told
"susp" and put through the cannula, eye sides told "RE"/"LE", a misspelt "should have been",
the side "on list", a short procedure name ("cysto", "ISB") meant for another patient. Each is
set against a look-alike that must stay untagged or a near miss."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


def test_misspelt_potassium_chloride_given_instead_of_water_is_never_event_4() -> None:
    text = (
        "potasium cloride amp drawn up insted of water for inj for the iv augmentin and given. "
        "both kept in same cupboard"
    )
    assert never_event_codes(text) == ("4", None)


def test_misspelt_potassium_chloride_caught_before_giving_is_near_miss_4() -> None:
    text = (
        "potassium cloride 15% picked up instead of wfi to reconstitute meropenem, spotted by "
        "2nd nurse b4 it was given"
    )
    assert never_event_codes(text) == (None, "4")


def test_misspelt_oral_potassium_is_no_never_event() -> None:
    text = "potasium cloride oral solution prescribed for low K, pt refused it, dose omitted."
    assert never_event_codes(text) == (None, None)


def test_strong_pot_phos_drawn_up_as_a_diluent_and_caught_is_near_miss_4() -> None:
    text = (
        "strong pot phos amp drawn up into a 10ml syringe labelled water for inj by mistake, "
        "checker noticed before administration."
    )
    assert never_event_codes(text) == (None, "4")


def test_oral_pot_phos_sachets_are_no_strong_potassium() -> None:
    text = (
        "Pot phos sachets prescribed orally for low phosphate; pharmacy supplied phosphate "
        "sandoz tablets instead. Pt had 2 doses."
    )
    assert never_event_codes(text) == (None, None)


def test_suspension_told_short_given_through_the_cannula_is_never_event_5() -> None:
    text = "lansoprazole susp given thru the cannula not the NGT by agency nurse"
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize(
    "text",
    [
        "YAG laser given RE instead of LE - pt listed for LE only. eye clinic",
        "intravitreal ranibizumab injected LE instead of RE as the site mark had come off. eye "
        "clinic",
    ],
)
def test_eye_sides_told_re_and_le_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


def test_eye_drops_given_re_instead_of_le_are_no_wrong_site_surgery() -> None:
    text = "drops given RE instead of LE by the HCA, dilating drops only."
    assert never_event_codes(text) == (None, None)


def test_misspelt_should_have_been_after_an_excision_is_never_event_1() -> None:
    text = "mole excised from L arm shud have been R arm per consent form. pt upset"
    assert never_event_codes(text) == ("1", None)


def test_misspelt_should_have_been_after_a_mark_caught_at_sign_in_is_near_miss_1() -> None:
    text = (
        "R knee marked, shud have been L knee per consent; noticed at sign in and re-marked "
        "before anaesthetic."
    )
    assert never_event_codes(text) == (None, "1")


def test_short_named_procedure_meant_for_another_patient_is_never_event_1() -> None:
    text = "pt in bed 6 had flexi cysto meant for pt in bed 7 same name, not id checked"
    assert never_event_codes(text) == ("1", None)


def test_a_dose_meant_for_another_patient_is_no_wrong_patient_procedure() -> None:
    text = (
        "pt in bed 6 had the dose of gentamicin meant for pt in bed 7, same name, not id checked."
    )
    assert never_event_codes(text) == (None, None)


def test_interscalene_block_set_up_on_the_wrong_side_and_stopped_is_near_miss_1() -> None:
    text = (
        "SBYB: R side prepped and probe on R neck for ISB, pt listed for L shoulder. stopped by "
        "ODP, no needle in."
    )
    assert never_event_codes(text) == (None, "1")


def test_interscalene_block_done_on_the_wrong_side_is_never_event_1() -> None:
    text = (
        "ISB performed on the R, pt was listed for L shoulder arthroscopy. Noticed when the "
        "surgeon came to prep."
    )
    assert never_event_codes(text) == ("1", None)
