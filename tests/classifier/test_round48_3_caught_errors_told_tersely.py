"""Round 48, helper 3: near misses told tersely, with the error made and caught.

An oral liquid drawn up "into IV syringe" (no article) is the oral product made ready for the
vein, so the dose given orally after the catch is the redo, not a planned switch; toes or feet
told "not red" after meeting the bath water are unhurt; an implant told as "on the back table
was a LEFT" is the implant's side; a strong potassium ampoule fetched "to add to a plain bag"
is the concentrate meant for the bag, and a second nurse who refused to check it, with nothing
added, is the catch; a broken instrument's fragment found in the wound's tissues before
closure is a retained item caught.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

ORAL_LIQUID_IN_IV_SYRINGE_CAUGHT = [
    "calpol 240mg drawn up in IV syringe by student, mentor spotted before it was connected "
    "to the cannula, discarded and given orally",
    "lactulose put into luer syringe by HCA, RN stopped it before it went near the line, "
    "redrawn in enteral syringe and given po",
    "oral morphine solution drawn into injection syringe, about to attach to the venflon when "
    "noticed, given orally instead",
]

PLANNED_ORAL_ROUTE = [
    "pt switched from IV to oral paracetamol today, given PO as planned, no issues",
    "IV paracetamol prescribed, drawn up in IV syringe, but pt able to swallow so given PO "
    "tablets instead after review",
]

BATH_WATER_MET_UNHURT = [
    "pt lowered in hoist into bath, feet went in & she screamed, water 50C on thermometer, "
    "lifted out, feet not red",
]

NOT_A_WASHING_NEAR_MISS = [
    "bath water checked with thermometer at 52C before pt got in, pt not in water, skin not "
    "red - TMV fault reported",
    "pt burnt foot on hot water bottle, foot not red initially but blistered next day",
    "hot tea spilled on lap, legs not red, ice applied",
]

IMPLANT_SIDE_TOLD_AFTER_WHERE_IT_LAY = [
    "R THR. acetabular cup on the trolley was a LEFT, noticed by scrub before opening further, "
    "right cup obtained",
    "L TKR: femoral component in the box was a right, spotted at implant check, correct one opened",
]

NO_IMPLANT_SIDE = [
    "R knee arthroscopy, pt on the table was a left handed man, no issues",
    "right hip: stem on the back table was a standard, changed to high offset on surgeon decision",
]

CONCENTRATE_FETCHED_FOR_THE_BAG_STOPPED = [
    "premixed KCl bags none in stock so nurse took KCl 15% amp from ITU to add to a bag, 2nd "
    "nurse refused, nothing added, pharmacy supplied premix",
]

NO_POTASSIUM_MISSELECTION = [
    "pt on premixed KCl 20mmol in 1L saline, ran at wrong rate, K 5.9, infusion slowed",
    "oral potassium sando-K given, KCl amp not used, premix in stock",
]

FRAGMENT_FOUND_IN_TISSUE_BEFORE_CLOSURE = [
    "open appendicectomy. retractor blade snapped in use, scrub nurse noted a piece missing "
    "before closing, surgeon found the fragment in the subcutaneous fat and removed it",
    "knee arthroscopy, shaver blade tip broke off, retrieved from joint before portals closed",
]


@pytest.mark.parametrize("text", ORAL_LIQUID_IN_IV_SYRINGE_CAUGHT)
def test_oral_liquid_in_an_iv_syringe_caught_is_near_miss_5(text: str) -> None:
    assert never_event_codes(text) == (None, "5")


@pytest.mark.parametrize("text", PLANNED_ORAL_ROUTE)
def test_a_planned_oral_route_is_no_wrong_route(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", BATH_WATER_MET_UNHURT)
def test_feet_not_red_after_the_hot_bath_water_is_near_miss_14(text: str) -> None:
    assert never_event_codes(text) == (None, "14")


@pytest.mark.parametrize("text", NOT_A_WASHING_NEAR_MISS)
def test_skin_not_red_without_the_patient_in_washing_water_is_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", IMPLANT_SIDE_TOLD_AFTER_WHERE_IT_LAY)
def test_implant_of_the_other_side_caught_is_near_miss_2(text: str) -> None:
    assert never_event_codes(text) == (None, "2")


@pytest.mark.parametrize("text", NO_IMPLANT_SIDE)
def test_a_side_of_no_implant_is_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", CONCENTRATE_FETCHED_FOR_THE_BAG_STOPPED)
def test_concentrate_fetched_for_the_bag_and_refused_is_near_miss_4(text: str) -> None:
    assert never_event_codes(text) == (None, "4")


@pytest.mark.parametrize("text", NO_POTASSIUM_MISSELECTION)
def test_premix_or_oral_potassium_is_no_misselection(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", FRAGMENT_FOUND_IN_TISSUE_BEFORE_CLOSURE)
def test_fragment_found_in_the_tissues_before_closure_is_near_miss_3(text: str) -> None:
    assert never_event_codes(text) == (None, "3")
