"""A lesion named by side in the request and sampled on the other side;
a lesion taken off elsewhere "instead"; a wrong-side block whose repeat on the other side shows
the dressing was only its sign; washing water heated in a kettle; the air outlet told in lay
words; a feed connected to a misplaced tube but the pump never put on (a near miss). The cue
that can make a never event a near miss is shown in innocent roles with the event still
reached."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        # the side of the lesion in the request against the side sampled
        "Ultrasound guided FNA of thyroid. Request: 3cm nodule LEFT lobe. Two passes taken "
        "from the small nodule in the RIGHT lobe. MDT noticed the discrepancy; pt recalled.",
        "Breast clinic core biopsy. Referral: 2cm lesion right breast. Cores obtained from a "
        "cyst in the left breast. Found at the results meeting, pt informed.",
        # a lesion taken off elsewhere in place of the one meant
        "Pt came to minor ops to have a mole on her arm removed. The registrar excised a mole "
        "from her back instead. The arm mole was removed at a second visit.",
        "He went to dermatology for the lesion on his cheek. The doctor removed a lesion from "
        "his forehead instead and the cheek one was still there at follow up.",
        # a block repeated on the other side: the first went to the wrong side
        "ED resus. Pt with L NOF fracture. Fascia iliaca block performed by the registrar on "
        "the RIGHT. HCA noticed later that the dressing was on the wrong leg. Pt needed a "
        "second block on the left. Family informed.",
    ],
)
def test_site_named_then_done_elsewhere_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    "text",
    [
        # request and sample on the same side
        "Ultrasound guided FNA of thyroid. Request: 3cm nodule LEFT lobe. Two passes taken "
        "from the nodule in the LEFT lobe. Cytology Thy2.",
        # another way of taking off the same lesion is no other site
        "The GP removed the mole from his back by shave instead of a full excision. "
        "Histology benign.",
        # a dressing or injection put on the wrong side is no surgery, a second one or not
        "Vaccination clinic: the injection was given into the wrong arm, pt had asked for the "
        "left. A second injection into the left arm was not needed. Pt informed.",
        "Dressing applied to the wrong leg on the ward after a review. Noticed at the next "
        "round and moved to the right leg.",
    ],
)
def test_same_side_or_non_surgical_look_alike_left_alone(text: str) -> None:
    assert never_event_codes(text)[0] != "1"


@pytest.mark.parametrize(
    "text",
    [
        "Hot water was off on the ward, so the HCA used the kettle to fill the washing bowl "
        "for a bed bath. Pt sustained a scald to the right foot from the water.",
        "Boiler fault: bath water was topped up with the kettle by staff. Resident scalded "
        "on both legs getting in the bath, blisters, seen by the burns team.",
    ],
)
def test_washing_water_heated_in_a_kettle_is_never_event_14(text: str) -> None:
    assert never_event_codes(text) == ("14", None)


def test_a_drink_from_the_kettle_stays_excluded() -> None:
    text = (
        "Pt spilled a cup of tea just made from the kettle onto her lap while sitting by "
        "the bed and sustained a scald to the thigh."
    )
    assert never_event_codes(text)[0] != "14"


@pytest.mark.parametrize(
    "text",
    [
        "Son visiting noticed dad breathless on nasal oxygen. He saw the tube went into a knob "
        "on the wall with AIR printed on it, the oxygen one beside it empty. Nurse swapped it.",
        "Relative said the oxygen tubing was plugged into the outlet marked AIR for the whole "
        "afternoon; sats 84% on the nasal cannula until a nurse moved it to oxygen.",
    ],
)
def test_air_outlet_told_in_lay_words_is_never_event_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


def test_feed_connected_but_pump_never_put_on_is_near_miss_13() -> None:
    text = (
        "HCA connected the feed line to the new NG tube but had not switched it on; the nurse "
        "stopped it as the position was not yet confirmed. X-ray then showed the tube in the "
        "right main bronchus. Tube removed, nothing given."
    )
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize(
    "text",
    [
        # the pump put on later, and the feed ran
        "Feed connected to the NG tube but had not switched it on until 14:00, then the feed "
        "ran at 50ml/hr for 4 hours. X-ray later showed the tube in the right main bronchus.",
        "Nurse connected the feed but had not turned the pump on; the night nurse then started "
        "the feed and 300ml went in. CXR showed the NG tube in the left lung.",
        # another route of use: the flush pushed by syringe
        "Feed set connected to the NG tube but did not switch it on. 50ml water was flushed "
        "down the NG tube by syringe. X-ray then showed the NG tube in the right bronchus.",
    ],
)
def test_pump_not_yet_on_but_tube_used_stays_never_event_13(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


@pytest.mark.parametrize(
    "text",
    [
        "Manual removal of retained placenta in theatre, vaginal pack inserted. The pack was "
        "not on the board and not handed over. Midwife found it 20 hrs later on the ward.",
        "Retained placenta removed under spinal; a swab was placed in the vagina. Nobody was "
        "told about the swab at handover. Found at VE two days later, offensive discharge.",
    ],
)
def test_pack_left_unrecorded_after_retained_placenta_is_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize(
    "text",
    [
        "Manual removal of retained placenta in theatre. Vaginal pack inserted, plan for "
        "removal at 24 hrs documented in the notes and on the board. Removed as planned.",
        "Retained placenta, manual removal under spinal. Swab count correct. Pt well.",
    ],
)
def test_retained_placenta_with_planned_pack_stays_excluded(text: str) -> None:
    assert never_event_codes(text)[0] != "3"


def test_unit_connected_with_the_clamp_still_closed_is_near_miss_12() -> None:
    text = (
        "Unit connected to pt's cannula but roller clamp still closed when the nurse was "
        "called away. Student noticed the bag was for bed 12, group B pos; this pt bed 11 "
        "group A pos. Nothing had run. Disconnected."
    )
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize(
    "text",
    [
        # the clamp closed at first, then opened and the unit ran
        "Unit for the pt in bed 4 (group A pos) connected to the pt in bed 5 (group O pos) "
        "but the roller clamp still closed at first; the nurse then opened the clamp and "
        "150ml transfused before rigors started.",
        "Wrong unit: bag for the pt in bed 2 group B pos, recipient group A pos. Unit "
        "connected with the clamp left closed while the nurse did obs, then opened and the "
        "whole unit was transfused.",
        # the closed clamp is on another unit
        "Bag for the pt in bed 6 group A pos connected and transfused to the pt in bed 7 "
        "group O pos, full unit given. Roller clamp still closed on the second unit.",
    ],
)
def test_clamp_closed_but_the_unit_ran_stays_never_event_12(text: str) -> None:
    assert never_event_codes(text) == ("12", None)
