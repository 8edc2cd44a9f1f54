"""Never events told in lay words by porters, HCAs, students and relatives: the drug named by
what it does, the body part and the device in everyday words, and the check or outcome told
without clinical terms. The same look-alikes still stay out."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The nurse took my dad's insulin out of his own pen with a normal syringe. Later "
            "his sugar went very low and he needed the glucose gel.",
            "6",
        ),
        (
            "Chart said 12 IU and it was read as 121 and given. His sugar dropped to 1.8 "
            "overnight.",
            "6",
        ),
        (
            "During her camera test the lady was given the sedative from the stronger ampoules "
            "and had to have the antidote.",
            "8",
        ),
        (
            "They gave my wife a bag of blood and afterwards told us the blood group was not "
            "the same as hers. She became very ill.",
            "12",
        ),
        (
            "Grandad slid down in the night and his neck got stuck between the side bars and "
            "the mattress.",
            "11",
        ),
        (
            "A piece of metal from one of the surgical tools was found left inside her tummy "
            "on a scan weeks after the operation.",
            "3",
        ),
        (
            "Her feeding tube came out and was pushed back in, then the evening tablets were "
            "put down it. An x-ray later showed it was in her windpipe.",
            "13",
        ),
        (
            "The doctor drew a circle round the mole on my arm but the one next to it was cut "
            "out instead.",
            "1",
        ),
        (
            "Dad was supposed to have fluid drained from his left lung but the needle went into "
            "the right side of his chest.",
            "1",
        ),
    ],
)
def test_lay_wording_of_a_never_event_is_recognised(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)


def test_strong_potassium_added_when_the_premixed_bag_was_prescribed_is_4() -> None:
    text = (
        "The doctor had written for the ready made bag but a small bottle of potassium was "
        "added to a plain bag of fluid. The bag was running for two hours before it was "
        "stopped."
    )
    assert never_event_codes(text) == ("4", None)


def test_wrong_side_marked_and_corrected_before_being_put_to_sleep_is_near_miss_1() -> None:
    text = (
        "Porter here. The arrow had been drawn on the wrong arm, they wiped it off and the "
        "surgeon drew it on the other arm before they put him to sleep."
    )
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(
    "text",
    [
        # the "U" read as intended
        "Insulin was written as 6 U on the chart. Everyone read it as 6 units and 6 were given.",
        "Insulin '14U' on the chart, nobody misread it and 14 units were given.",
        # a decimal point misread is not an abbreviation or device error
        "2.0 units read as 20 units because the decimal point was faint, given, hypo 2.1",
        # a rail that came down as designed
        "She tied a scarf to the curtain rail in her room and the rail came straight down like "
        "it should. Unhurt.",
        # air on purpose
        "Daughter worried his nebuliser was on air, but the doctor had written it up to be on "
        "air on purpose.",
    ],
)
def test_lay_look_alikes_stay_out(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_a_part_made_for_the_other_knee_is_a_wrong_implant_not_wrong_site() -> None:
    text = (
        "Mum had her left knee replaced. The hospital wrote to say one of the parts put in "
        "was made for a right knee."
    )
    assert never_event_codes(text) == ("2", None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "In theatre the nurse opened the lens box and saw the name on it was the next man "
            "on the list. The correct one was fetched before anything went in his eye.",
            "2",
        ),
        (
            "Student here. A swab was missing at the count and was still inside the patient, "
            "the surgeon took it out before they started stitching.",
            "3",
        ),
    ],
)
def test_lay_wording_of_an_error_caught_in_time_is_a_near_miss(text: str, code: str) -> None:
    assert never_event_codes(text) == (None, code)
