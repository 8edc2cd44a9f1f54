"""Errors caught while the product, bath or site was being made ready: a syringe connected but
not pressed, nothing given down a connected tube, a strength noticed while drawing up, a daily
prescription caught before any dose, an oral liquid made ready for a subcutaneous or IV route,
an epidural bag about to go into a cannula, a foot or body met by hot water and unhurt, a side
prepped or marked against the imaging. Each is set against the same error that reached the
patient, which keeps its never event."""

from __future__ import annotations

from tests.classifier.outcomes import never_event_codes


def test_potassium_syringe_connected_but_not_pressed_is_near_miss_4() -> None:
    text = (
        "KCl 15% drawn up instead of 0.9% saline flush, syringe connected to the PICC but not "
        "pressed when the 2nd nurse stopped it."
    )
    assert never_event_codes(text) == (None, "4")


def test_potassium_syringe_connected_and_flushed_is_never_event_4() -> None:
    text = (
        "KCl 15% drawn up instead of 0.9% saline flush, syringe connected to the PICC and "
        "flushed, pt had a VF arrest."
    )
    assert never_event_codes(text) == ("4", None)


def test_meds_connected_to_misplaced_tube_nothing_given_is_near_miss_13() -> None:
    text = (
        "NGT placed, syringe of meds connected to the tube before the xray was checked. xray "
        "then showed tube in R bronchus. nothing was given. tube removed."
    )
    assert never_event_codes(text) == (None, "13")


def test_water_flushed_down_misplaced_tube_then_nothing_given_is_never_event_13() -> None:
    text = (
        "NGT flushed with 10ml water, CXR then showed the tube in R lung. nothing was given "
        "after that, tube removed."
    )
    assert never_event_codes(text) == ("13", None)


def test_high_strength_midazolam_noticed_while_drawing_up_is_near_miss_8() -> None:
    text = (
        "Endoscopy: midazolam 10mg/2ml ampoules put out for sedation, nurse noticed while "
        "drawing up, 1mg/ml got from stock instead."
    )
    assert never_event_codes(text) == (None, "8")


def test_high_strength_midazolam_realised_at_a_check_after_giving_is_never_event_8() -> None:
    text = (
        "Endoscopy: midazolam 10mg/2ml used for conscious sedation, 5mg given, pt oversedated, "
        "flumazenil. Realised when checking the empty ampoule afterwards."
    )
    assert never_event_codes(text) == ("8", None)


def test_high_strength_midazolam_realised_while_drawing_up_the_reversal_is_never_event_8() -> None:
    text = (
        "Hypnovel 5mg/ml used for conscious sedation in the bronchoscopy suite, pt became apnoeic "
        "and needed bag-mask ventilation; the error was realised while drawing up the reversal."
    )
    assert never_event_codes(text) == ("8", None)


def test_feed_stopped_then_nothing_given_after_that_is_never_event_13() -> None:
    text = (
        "NG tube feed connected at 10:00. At 14:00 CXR reviewed, tube in R lung. Feed stopped. "
        "Nothing was given after that, pt coughing."
    )
    assert never_event_codes(text) == ("13", None)


def test_daily_methotrexate_not_given_any_yet_is_near_miss_7() -> None:
    text = (
        "Methotrexate 10mg for RA found prescribed OD on the new care home MAR, pt had not been "
        "given any yet, GP changed to weekly."
    )
    assert never_event_codes(text) == (None, "7")


def test_daily_methotrexate_taken_with_no_folic_acid_yet_is_never_event_7() -> None:
    text = (
        "Methotrexate for RA taken daily for 5 days instead of weekly, pt had not had any folic "
        "acid yet either. admitted with pancytopenia."
    )
    assert never_event_codes(text) == ("7", None)


def test_oral_liquid_drawn_up_for_the_subcut_butterfly_is_near_miss_5() -> None:
    text = (
        "Oramorph 5mg drawn up in an SC syringe to go via the pt's butterfly, second nurse saw "
        "it before it was given."
    )
    assert never_event_codes(text) == (None, "5")


def test_oral_dose_and_syringe_driver_via_butterfly_is_no_wrong_route() -> None:
    text = (
        "Oramorph 5mg given PO for breakthrough pain, syringe driver recharged via the "
        "butterfly as per chart, pt settled."
    )
    assert never_event_codes(text) == (None, None)


def test_oral_liquid_in_luer_syringe_then_given_orally_is_near_miss_5() -> None:
    text = (
        "Lactulose drawn up in a luer syringe, student about to give it into the cannula, "
        "mentor stopped her, given orally instead."
    )
    assert never_event_codes(text) == (None, "5")


def test_planned_iv_to_oral_switch_stays_no_never_event() -> None:
    text = (
        "IV paracetamol prescribed but pt now eating and drinking so switched to oral and given "
        "orally instead of IV as planned by the team."
    )
    assert never_event_codes(text) == (None, None)


def test_epidural_bag_about_to_go_into_the_cannula_is_near_miss_5() -> None:
    text = (
        "Epidural bupivacaine/fentanyl bag hung on the IV pump and about to connect to the pt's "
        "cannula when the anaesthetist noticed, not connected."
    )
    assert never_event_codes(text) == (None, "5")


def test_feet_into_boiling_bath_and_unhurt_is_near_miss_14() -> None:
    text = (
        "Pt lowered in the hoist and feet went into the bath and he shouted it was boiling, "
        "pulled out straight away. no redness on feet. TMV checked - 52C."
    )
    assert never_event_codes(text) == (None, "14")


def test_hot_shower_water_onto_the_back_and_unhurt_is_near_miss_14() -> None:
    text = (
        "Shower turned on and water came out scalding onto her back, pt moved away at once. "
        "Nil redness. Estates called."
    )
    assert never_event_codes(text) == (None, "14")


def test_hot_shower_water_onto_the_legs_with_blisters_is_never_event_14() -> None:
    text = (
        "Shower water came out very hot onto his legs, pt screamed, large blisters to both "
        "legs, burns unit referral."
    )
    assert never_event_codes(text) == ("14", None)


def test_bath_too_hot_at_the_thermometer_check_is_no_near_miss() -> None:
    text = (
        "Bath water tested with the thermometer before the resident was brought in, 50C, bath "
        "emptied and refilled, estates called."
    )
    assert never_event_codes(text) == (None, None)


def test_chest_prepped_on_the_side_without_the_pneumothorax_is_near_miss_1() -> None:
    text = (
        "ED: FY2 prepped and draped R chest for the chest drain, CXR shows L pneumothorax, "
        "consultant stopped them at the time out. Drain on L."
    )
    assert never_event_codes(text) == (None, "1")


def test_tap_site_marked_away_from_the_scanned_pocket_is_near_miss_1() -> None:
    text = (
        "Ascitic tap: scan showed the biggest pocket on the L, site marked R by the SHO, "
        "registrar noticed at the pause before LA. done on L."
    )
    assert never_event_codes(text) == (None, "1")


def test_block_check_not_made_immediately_before_needling_is_never_event_1() -> None:
    text = (
        "Interscalene block given on the L, pt listed for R shoulder. Stop before you block not "
        "done immediately before needling. realised when pt asked why his left arm was numb."
    )
    assert never_event_codes(text) == ("1", None)


def test_block_check_made_immediately_before_needling_catches_near_miss_1() -> None:
    text = (
        "Stop before you block done immediately before needling: marked R, needle on the L "
        "side - anaesthetist stopped before any LA was injected. Re-prepped on R."
    )
    assert never_event_codes(text) == (None, "1")
