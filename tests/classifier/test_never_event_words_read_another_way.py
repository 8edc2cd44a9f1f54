"""Words that look like a never event's evidence but tell something else: a saturation read on
room air (no air flowmeter), a check made before the procedure began (nothing could be left in
yet), a dialysis needle dislodged from its fistula (no item passed later), a never event of the
past named as background, a leukaemia told by its abbreviation and phase (methotrexate for
cancer), and a drug with both forms given by its own IV preparation. Each reading is set against
true never events that keep their tag."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


def test_saturation_on_room_air_is_no_air_flowmeter() -> None:
    text = (
        "Femoral nerve block given on the R in the anaesthetic room, pt listed and marked for L "
        "TKR. Noticed by surgeon at prep. sats 98% on air throughout, obs stable."
    )
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt on 2L O2 via nasal specs for COPD. Sats 84% on air at 0300 - HCA found the specs "
        "tubing connected to the air flowmeter instead of the oxygen. Moved to O2, sats 91%.",
        "Sats 86% on air so 2L O2 prescribed; at the next round the specs were found pushed onto "
        "the medical air outlet not the oxygen one. sats 83%.",
    ],
)
def test_air_flowmeter_named_with_a_room_air_reading_is_never_event_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


def test_wrong_tooth_caught_at_the_pre_op_check_is_no_retained_object() -> None:
    text = (
        "Dental list: FY1 about to take out UL6, the referral said UL7. Spotted by the nurse at "
        "the pre-op check before the forceps were applied. Correct tooth removed."
    )
    assert never_event_codes(text) == (None, None)


def test_swab_found_at_the_pre_closure_check_stays_near_miss_3() -> None:
    text = (
        "One swab short at the pre-closure check, swab found in the pelvis and removed before "
        "closure."
    )
    assert never_event_codes(text) == (None, "3")


def test_swab_found_at_a_later_wound_check_stays_never_event_3() -> None:
    text = (
        "Pt came to clinic 2 weeks after hernia repair with a discharging wound; a swab found in "
        "the wound at the wound check and removed."
    )
    assert never_event_codes(text) == ("3", None)


def test_dialysis_needle_out_of_the_fistula_is_no_retained_object() -> None:
    text = (
        "HD unit: arterial needle came out of the fistula during the run, about 200ml blood "
        "loss, pressure applied, pt stable, session finished on the other needle."
    )
    assert never_event_codes(text) == (None, None)


def test_swab_that_came_out_pv_after_a_section_stays_never_event_3() -> None:
    text = (
        "Day 6 post LSCS, woman rang the ward to say a swab came out PV in the shower. Count "
        "was recorded as correct in theatre."
    )
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize(
    "text",
    [
        "Background: the department had a retained guidewire never event last year. Today the "
        "CVC was inserted under US, wire removed and shown to the second operator, CXR fine.",
        "Ref previous NE on the unit (wrong site block 2023) - this report is about a delayed "
        "list start, pt waited 3 hrs nil by mouth.",
    ],
)
def test_past_never_event_named_as_background_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_retained_swab_today_with_a_previous_ne_named_is_never_event_3() -> None:
    text = (
        "Unit had a previous NE (retained swab 2022). Today: vaginal swab found at the 6 week "
        "check after a perineal repair on labour ward, not on the count board."
    )
    assert never_event_codes(text) == ("3", None)


def test_wrong_side_incision_today_after_last_years_never_event_is_never_event_1() -> None:
    text = (
        "Trust had a wrong site surgery never event last year. Today pt listed for L inguinal "
        "hernia repair had the incision made on the R, realised by the registrar when no hernia "
        "found."
    )
    assert never_event_codes(text) == ("1", None)


def test_methotrexate_daily_in_leukaemia_induction_is_excluded() -> None:
    text = (
        "AML induction: methotrexate given daily for 3 days instead of the weekly dose, LFTs "
        "deranged."
    )
    assert never_event_codes(text) == (None, None)


def test_methotrexate_daily_for_ra_stays_never_event_7() -> None:
    text = (
        "RA pt on weekly methotrexate 15mg, new care home gave it daily for 5 days, mouth "
        "ulcers and low WCC, admitted."
    )
    assert never_event_codes(text) == ("7", None)


def test_iv_preparation_of_a_drug_prescribed_po_is_no_wrong_route() -> None:
    text = (
        "Paracetamol 1g prescribed PO, nurse used the IV vial and gave it via the cannula as pt "
        "was drowsy. Pt fine, informed."
    )
    assert never_event_codes(text) == (None, None)


def test_oral_liquid_prescribed_po_given_iv_stays_never_event_5() -> None:
    text = (
        "Oramorph 10mg prescribed PO, nurse gave 10mg IV via the cannula by mistake. Pt drowsy, "
        "naloxone given."
    )
    assert never_event_codes(text) == ("5", None)


def test_strong_potassium_added_to_a_bag_when_premix_out_is_never_event_4() -> None:
    text = (
        "Premixed KCl 40mmol/L bags - none in stock on ward 5, so the FY1 added 20mmol strong "
        "KCl ampoule to a 1L saline bag and it was run over 8hrs. Pharmacy informed."
    )
    assert never_event_codes(text) == ("4", None)


def test_premix_shortage_then_only_a_rate_error_is_no_never_event() -> None:
    text = (
        "Premixed KCl 20mmol in 1L NaCl run at 250ml/hr instead of 125ml/hr, none in stock of "
        "the 40mmol bags so 2 bags used. K 5.4."
    )
    assert never_event_codes(text) == (None, None)
