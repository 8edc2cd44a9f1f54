"""A digit, tooth or spinal level told by what stood on it and what it was set against
(`engine.digit_told`): a needle, marker or dam at a level or tooth, or a finger prepped, is a
set-up; with the first invasive step told held back it is near miss 1 when it is not the one
meant (a plan, a contrast, or another digit of its kind named beside it), and with none told it
is where the act went (never event 1). A digit just after "instead of", "rather than" or "not"
is the one meant, one shortly before "instead of" the one done. Done as planned, another day's
finding, or the right level queried and confirmed keep the reading as before. An eye set up
(anaesthetised, speculum in) whose act is told only denied ("Speculum removed, nothing injected
into L") is a set-up caught (`engine.start_stopped`), the eye then done the one meant.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

DONE = [
    # what stood at the level, nothing told held back: the act went there
    "Root block: needle tip on the stored images is at L4 root, request said L5 root. pt informed"
    " next day.",
    "Epidural steroid inj given at L3/4 instead of L4/5 - level miscounted on screening by ST5,"
    " found on review of images.",
    # the one done told before "instead of"
    "Dental: RCT access cut in UR4 instead of UR5, dam was on the wrong tooth. Realised after"
    " pulp entered.",
    "Lumbar facet injections at L2/3 + L3/4 instead of L4/5 + L5/S1. Images reviewed by cons"
    " next day.",
    "Spinal fusion list: screws placed at L3 and L4 instead of L4 and L5, discovered on post op"
    " xray",
    "Caudal and facet list - consultant injected L3/4 rather than the consented L4/5. Noticed on"
    " the saved image after pt left.",
]

SET_UP_CAUGHT = [
    "Marker needle placed at L3/4 on screening when planned L4/5, recounted from sacrum before"
    " incision. No incision made, corrected.",
    "Facet injections: needle at L3/4 on screening, radiographer said planned level was L4/5."
    " Needle withdrawn before any injection.",
    "Level check xray before skin incision showed the marker at L2/3, plan L3/4. Re-marked, op"
    " at correct level.",
    "RCT: rubber dam placed on LL6, plan LL7. Nurse spotted it before any drilling. Dam moved.",
    "L ring finger prepped for trigger finger release, consent was for little finger. picked up"
    " at time out before incision.",
    # no plan told: the other level named beside the set-up is the one meant
    "IR: marker placed at T10 for a T11 kyphoplasty, consultant re-counted from the sacrum"
    " before the trocar went in. corrected",
]

EYE_SET_UP_CAUGHT = [
    "Intravitreal clinic: L eye had been anaesthetised with drops, iodine applied and speculum"
    " in. Pt said it's the right eye this time. Speculum removed, nothing injected into L. R eye"
    " done after re-check.",
    "Injection room: R eye had been numbed and the speculum put in. The nurse then read the"
    " record out - L eye due. R speculum removed, nothing injected into R. L eye injected.",
]

READ_AS_BEFORE = [
    ("Facet injections at L4/5 and L5/S1 carried out as consented. Uneventful.", (None, None)),
    ("Microdiscectomy L4/5 performed, planned L4/5. Post op MRI satisfactory.", (None, None)),
    (
        "Pt has L3/4 and L4/5 stenosis on MRI. Decompression at L4/5 done as planned.",
        (None, None),
    ),
    (
        "UR5 RCT completed as per plan, UR4 noted to have caries - to be restored next visit.",
        (None, None),
    ),
    ("trigger finger release R ring finger done as listed. Wound check fine.", (None, None)),
    (
        "Radiographer queried whether the needle at L3/4 was the planned level before injecting;"
        " confirmed L3/4 was correct on consent.",
        (None, None),
    ),
    (
        "Great toe nail avulsion planned R; L great toe prepped, pt said wrong foot before LA"
        " given. L not injected.",
        (None, "1"),
    ),
]


@pytest.mark.parametrize("text", DONE)
def test_a_level_or_digit_told_by_what_stood_there_or_a_contrast_is_never_event_1(
    text: str,
) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", SET_UP_CAUGHT)
def test_a_level_or_digit_set_up_and_held_back_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", EYE_SET_UP_CAUGHT)
def test_an_eye_set_up_with_its_act_only_denied_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


def test_an_eye_injected_then_found_stays_never_event_1() -> None:
    text = (
        "Intravitreal: L eye anaesthetised, speculum inserted and aflibercept injected into the"
        " L. Then the record was read: R eye was due. R injected as well."
    )
    assert never_event_codes(text) == ("1", None)


def test_a_tooth_drilled_in_the_dental_service_is_no_extraction() -> None:
    text = "RCT: rubber dam placed on LL6, treatment plan LL7. Nurse checked first. No drilling."
    assert never_event_codes(text, service_type="11") == (None, "1")
    extraction = "Community dental: UL6 extracted instead of UL7, misread the charting."
    assert never_event_codes(extraction, service_type="11") == (None, None)


@pytest.mark.parametrize(("text", "codes"), READ_AS_BEFORE)
def test_a_level_done_as_planned_or_confirmed_is_read_as_before(text: str, codes: tuple) -> None:
    assert never_event_codes(text) == codes


# The wrong patient (engine.patient_identity): a unit named as a place ("Cardiac day unit") is
# no blood unit, the procedure a person was booked for is no act reaching them, a person brought
# for one procedure told as the one booked for another is identity confusion, and a procedure
# told by its own participle ("had been scoped") is done on them.
WRONG_PERSON_STOPPED = [
    "Pt brought into the cath lab for coronary angiography was the pt booked for a PPM box"
    " change. Spotted at the WHO check from the wristband. No procedure started.",
    "Medical day unit: pt brought through for a bone marrow biopsy was the pt in the next bed"
    " with the same surname. Identified at the check, nothing started.",
]


@pytest.mark.parametrize("text", WRONG_PERSON_STOPPED)
def test_a_wrong_person_brought_and_stopped_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


def test_a_wrong_person_scoped_in_a_day_unit_is_never_event_1() -> None:
    text = (
        "Day unit: two pts with the same surname booked for a TOE. The wrong pt was taken through"
        " and had been scoped before the physiologist realised."
    )
    assert never_event_codes(text)[0] == "1"


def test_a_blood_product_from_a_unit_named_as_a_place_is_no_wrong_procedure() -> None:
    text = (
        "stem cell lab: harvest bag arrived labelled with another pt's name, both pts were"
        " harvested the same morning in the apheresis unit. picked up at lab receipt."
    )
    assert never_event_codes(text)[0] != "1"
