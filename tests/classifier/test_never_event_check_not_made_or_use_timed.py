"""Whether the product, tube or procedure reached the patient, told by the order of things:
a check named as not made ("no needle count is done", "second check image not taken") or the
right line "not used" catches nothing; a "before induction" right after the product was used
tells when it went in. A feed set connected with the pump never started, a wire noticed while
the operator was still suturing, a syringe spotted and removed, a catch before the first
increment, a foot put in hot water and taken out unhurt are caught. For methotrexate the first
dose of a daily order is the right one, and a later dose told before the catch is the overdose.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


def test_retained_needle_with_no_count_done_is_never_event_3() -> None:
    text = (
        "Pt came back 3 weeks after a scalp laceration was sutured in ED with a lump; USS "
        "showed a needle in the wound. No needle count was done at the time."
    )
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wrong side block: R side prepped for a L ankle block, spotted at stop before you "
            "block. No needle inserted.",
            (None, "1"),
        ),
        (
            "Needle count short at the end of the lap chole, needle found on the floor, no "
            "needle left in the pt.",
            (None, None),
        ),
        (
            "Anaesthetist had the needle in hand over the wrong leg at the block, ODP called "
            "stop, no block given.",
            (None, "1"),
        ),
    ],
)
def test_no_needle_without_a_count_keeps_its_meaning(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


def test_epidural_infusion_into_cannula_with_the_epidural_line_not_used_is_5() -> None:
    text = (
        "Recovery: epidural bag (levobupivacaine) connected to the IV cannula instead of the "
        "epidural catheter. Epidural line not used. Pt hypotensive, infusion stopped after 15ml."
    )
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize(
    "text",
    [
        "Oral syringe of oramorph attached to the IV line but IV line not used, spotted by the "
        "second nurse before any was given.",
        "Epidural bupivacaine bag spiked and the giving set attached to the IV cannula, second "
        "nurse spotted it, not used.",
        "Oral paracetamol suspension drawn up in an IV syringe and connected to the cannula "
        "hub, noticed before pushing, syringe not used.",
    ],
)
def test_product_not_used_stays_near_miss_5(text: str) -> None:
    assert never_event_codes(text) == (None, "5")


def test_potassium_used_as_flush_before_induction_reached_the_patient() -> None:
    text = (
        "Anaesthetic room: KCl 15% ampoule used to flush the cannula instead of saline before "
        "induction. Realised afterwards when the amp was found on the tray. ECG changes, K 6.8."
    )
    assert never_event_codes(text) == ("4", None)


@pytest.mark.parametrize(
    "text",
    [
        "Anaesthetic room: KCl 15% drawn up instead of saline for the flush, noticed by the ODP "
        "before induction. Not given.",
        "Strong KCl picked up instead of sodium chloride flush, the anaesthetist checked the "
        "ampoule before induction and discarded it.",
        "KCl 15% drawn up in error instead of water for injection, spotted before it was used. "
        "Not given.",
    ],
)
def test_potassium_caught_before_induction_stays_near_miss_4(text: str) -> None:
    assert never_event_codes(text) == (None, "4")


def test_second_check_image_not_taken_is_no_catch() -> None:
    text = (
        "Planned L4/5 microdiscectomy. Level check on a single image, second check image not "
        "taken. Discectomy done at L3/4. Repeat MRI showed the L4/5 prolapse untouched, back to "
        "theatre."
    )
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    "text",
    [
        "NG tube passed on the ward, feed connected but pump not started awaiting the xray. "
        "Xray showed the tube in the right main bronchus, feed disconnected.",
        "HCA connected the feed giving set to the new NG tube but the pump had not been started "
        "as the placement was not yet checked. pH 7, xray showed the tube in the left lung.",
        "Feed line attached to the NGT, pump never switched on. CXR then showed the NGT in the "
        "trachea, tube removed.",
    ],
)
def test_feed_connected_with_the_pump_never_started_is_near_miss_13(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize(
    "text",
    [
        "NG tube passed, feed connected and pump started, 60ml ran before the xray showed the "
        "tube in the right main bronchus.",
        "Feed connected to the NG and running at 50ml/hr for 3 hours. Pump not started again "
        "after CXR showed the tube in the right lung.",
        "Pump not started at first, then the feed was given via the NGT overnight. Morning "
        "xray showed the tube in the L bronchus.",
    ],
)
def test_feed_that_ran_stays_never_event_13(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


def test_wire_noticed_while_the_operator_was_suturing_is_near_miss_3() -> None:
    text = (
        "ED: guidewire noticed still in the vein while the registrar was suturing the central "
        "line, removed intact."
    )
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize(
    "text",
    [
        "CVC inserted in ED. Next day CXR showed the guidewire still in situ, removed by IR.",
        "Swab found on the post op xray after the wound had been closed and the pt was in "
        "recovery; the count had been signed as correct while closing.",
        "Guidewire seen on the CXR after the femoral line was sutured in place. IR removed it.",
    ],
)
def test_item_found_after_the_procedure_stays_retained(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


def test_vinca_syringe_spotted_and_removed_before_the_lp_is_near_miss_5() -> None:
    text = (
        "Day unit: IT methotrexate and IV vincristine brought to the LP room together. At the "
        "checks the vincristine syringe was spotted and removed before the LP. IT given."
    )
    assert never_event_codes(text) == (None, "5")


@pytest.mark.parametrize(
    "text",
    [
        "Vincristine given intrathecally at LP. Afterwards the empty vincristine syringe was "
        "spotted and removed from the tray by the nurse.",
        "IV vincristine administered intrathecally at the LP. The syringe was noticed and "
        "returned to pharmacy after the procedure; pt to ITU.",
        "Vinblastine injected intrathecally in error, pt died. The second syringe was spotted "
        "and quarantined.",
    ],
)
def test_vinca_given_intrathecally_stays_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


def test_high_strength_midazolam_caught_before_the_first_increment_is_near_miss_8() -> None:
    text = (
        "Bronchoscopy: midazolam 5mg/ml drawn up instead of 1mg/ml, noticed by the nurse "
        "before the first increment. No sedation given until correct strength drawn up."
    )
    assert never_event_codes(text) == (None, "8")


@pytest.mark.parametrize(
    "text",
    [
        "Bronchoscopy: midazolam 5mg/ml drawn up instead of 1mg/ml and 2ml given as the first "
        "increment before the nurse noticed before the second increment. Pt oversedated.",
        "Endoscopy: high strength midazolam 5mg/ml given for sedation, 3mg given, pt apnoeic, "
        "flumazenil given. No further sedation given until the amp was checked.",
        "OGD: midazolam 2mg/ml given as 2 increments for conscious sedation, pt oversedated.",
    ],
)
def test_high_strength_midazolam_given_stays_never_event_8(text: str) -> None:
    assert never_event_codes(text) == ("8", None)


def test_procedure_named_with_box_change_is_no_redo() -> None:
    text = (
        "Cath lab: midazolam 5mg/ml drawn up for a pt having a pacemaker box change under "
        "sedation, queried by consultant before giving. Not given."
    )
    assert never_event_codes(text) == (None, "8")


@pytest.mark.parametrize(
    "text",
    [
        "Wrong pacing box implanted (single instead of dual chamber as planned). Pt listed for "
        "box change.",
        "Wrong lens implanted, 22D instead of 24D. Pt needs lens exchange.",
        "Wrong size cup implanted (52 instead of 56 as templated). Pt booked for revision.",
    ],
)
def test_implant_needing_a_redo_stays_never_event_2(text: str) -> None:
    assert never_event_codes(text) == ("2", None)


def test_wrong_cup_noticed_before_insertion_for_a_planned_revision_is_near_miss_2() -> None:
    text = (
        "Supplier delivered a 60mm cup for the revision hip when the template said 56mm. "
        "Opened by the scrub team and noticed before insertion. Correct size from the loan kit."
    )
    assert never_event_codes(text) == (None, "2")


def test_foot_put_in_hot_water_and_taken_out_unhurt_is_near_miss_14() -> None:
    text = (
        "Resident helped into the bath, as she put one foot in she said it was scalding. Carer "
        "helped her out. Water 50C on the thermometer. No redness to the foot."
    )
    assert never_event_codes(text) == (None, "14")


@pytest.mark.parametrize(
    "text",
    [
        "Resident put her foot into the shower tray, water was 55C, she sustained a red scald "
        "with blistering to the foot.",
        "Pt lowered into the bath on the hoist, feet in the water, screamed. Water 53C. Both "
        "feet red and blistered, burns team review.",
        "As he put his hand under the shower it was scalding, 52C at the outlet, his hand is "
        "blistered and dressed.",
    ],
)
def test_hot_water_that_scalded_stays_never_event_14(text: str) -> None:
    assert never_event_codes(text) == ("14", None)


def test_first_dose_of_a_daily_methotrexate_order_is_the_right_one() -> None:
    text = (
        "Rheumatology pt on methotrexate 15mg prescribed once daily on admission; the first "
        "dose given on Mon (her weekly day). Ward pharmacist amended it to weekly before the "
        "Tue dose, not given."
    )
    assert never_event_codes(text) == (None, "7")


@pytest.mark.parametrize(
    "text",
    [
        "RA pt, methotrexate 10mg weekly transcribed as daily. Given Mon, Tue and Wed. Picked "
        "up by pharmacist on Thu.",
        "Psoriasis pt methotrexate 15mg weekly prescribed with frequency defaulting to daily on "
        "EPMA. Second dose given the next evening by the night nurse. Spotted by the pharmacist "
        "on the ward round.",
        "Methotrexate 20mg for RA charted daily after the first dose; 3 doses given before the "
        "pharmacist spotted it.",
    ],
)
def test_methotrexate_repeated_before_the_catch_stays_never_event_7(text: str) -> None:
    assert never_event_codes(text) == ("7", None)


def test_methotrexate_caught_before_a_second_dose_stays_near_miss_7() -> None:
    text = (
        "RA pt methotrexate 10mg written as daily. Ward pharmacist spotted it on screening and "
        "changed to weekly. Weekly dose given Monday as normal."
    )
    assert never_event_codes(text) == (None, "7")


def test_catch_at_a_later_clinic_check_is_after_the_procedure() -> None:
    text = (
        "Trigger finger release done on the R ring finger, consent says R middle finger. Picked "
        "up by the hand therapist at the 2 wk check."
    )
    assert never_event_codes(text) == ("1", None)


def test_procedure_done_before_the_operator_questioned_it_reached_the_patient() -> None:
    text = (
        "Wrong pt collected from the day ward for coronary angiography, angiogram performed "
        "before the operator questioned the history. Pt consented for a box change only."
    )
    assert never_event_codes(text) == ("1", None)


def test_swapped_units_with_one_incompatible_is_never_event_12() -> None:
    text = (
        "Two pts named J Smith in bay 4. Units swapped: bed 1 pt (group A) got the group B unit "
        "and developed loin pain, stopped after 40ml. Bed 2 pt (group O) got an O unit so that "
        "one happened to be compatible."
    )
    assert never_event_codes(text) == ("12", None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt in bed 3 (group A) given the unit meant for bed 4 which was group O, so it happened "
        "to be compatible. Stopped after 20ml.",
        "Wrong unit transfused to the pt in chair 2: unit group O, pt group B, compatible by "
        "chance. No reaction.",
        "Pt group AB received a group A unit meant for another pt. Luckily compatible, "
        "transfusion completed.",
    ],
)
def test_wrong_unit_compatible_by_chance_stays_excluded(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Porter collected the wrong unit from the fridge (group B for a group A pt). Picked up "
        "at the bedside check before spiking.",
        "Theatre: the unit for the next pt on the list was brought in, group mismatch on the "
        "check (A vs O), set aside before spiking.",
    ],
)
def test_wrong_unit_with_groups_caught_at_the_bedside_is_near_miss_12(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


def test_donor_group_recorded_instead_of_the_true_one_is_never_event_12() -> None:
    text = (
        "Liver transplant: donor blood group recorded as O instead of A on the offering form, "
        "recipient group O. Liver transplanted; not a planned ABOi."
    )
    assert never_event_codes(text) == ("12", None)


def test_unit_given_instead_of_another_group_keeps_the_given_group() -> None:
    text = (
        "Pt group A given group O instead of group A red cells as the A units were out of "
        "stock. Compatible, no reaction."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Size 5 femoral component cemented, template and plan size 4. Spotted on the implant "
        "record; pt listed for a revision next month.",
        "Pacemaker generator implanted was the wrong model for the leads, found at the device "
        "check; pt back to the cath lab for a box change tomorrow.",
    ],
)
def test_remedy_planned_after_a_wrong_implant_is_still_never_event_2(text: str) -> None:
    assert never_event_codes(text) == ("2", None)
