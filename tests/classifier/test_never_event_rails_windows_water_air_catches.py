"""Round 34, never events 9-11, 14 and 15: the rail load-tested by staff after the event is no
hanging; a "stuck" said of a fitting's mechanism is no body entrapment; a climb from a chair up
onto the sill is no fall from the window; the neck or chest held back before it reached the
rail, or a gap told a sentence before the head slid into it, is a near miss; hot washing water
that touched the body with "no blistering" is a near miss; a change-over to the air supply not
yet made ("about to swap him over", "about to disconnect the cylinder") is a near miss. Each
catch or denial also has true never events in which its words appear in an innocent role."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NE15 change-over cue: true positives
        (
            "Pt on 2L O2 via nasal specs. HCA connected the specs tubing to the medical air "
            "flowmeter by mistake and the pt was on air for 40 mins, sats dropped to 85%. I was "
            "about to swap him over to the portable cylinder for transfer when I noticed it said "
            "air.",
            ("15", None),
        ),
        (
            "Pt needing 4L oxygen found with the mask connected to the air flowmeter, sats 86%. I "
            "was about to disconnect the cylinder from the trolley when the sister pointed out "
            "the wall connection was air.",
            ("15", None),
        ),
        (
            "Patient on 6L O2 via Venturi mask was connected to the medical air outlet on return "
            "from x-ray and stayed on air for an hour. Nurse was going to switch her over to "
            "nasal specs when she saw the tubing was on air; sats 88%.",
            ("15", None),
        ),
        # NE15 look-alike: near miss
        (
            "Transfer from ward to CT, pt on 2L oxygen via nasal specs from the wall. I attached "
            "the specs tubing to a cylinder which turned out to be medical air and was about to "
            "swap her over when the porter asked why it said air. Changed to an oxygen cylinder. "
            "Pt stayed on wall oxygen throughout, no harm.",
            (None, "15"),
        ),
        # NE11: chest got to the rail
        (
            "At 02:00 I moved her back before her chest got to the rail. At 05:00 she was found "
            "with her neck trapped between the bed rail and the mattress, red marks on her neck, "
            "sats 89%.",
            ("11", None),
        ),
        (
            "Pt found with neck wedged between the bed rail and the mattress and was cyanosed. I "
            "lifted her out; before her chest reached the rail her neck had already been "
            "compressed for some minutes, red marks across the throat.",
            ("11", None),
        ),
        (
            "Resident slid down the bed and her neck became trapped in the gap between the side "
            "rail and the headboard, bruising to neck. Her son said staff had moved her before "
            "her chest got to the rail the night before.",
            ("11", None),
        ),
        (
            "Found pt sliding feet first through the gap between the bed rail and the end of the "
            "bed, I held him before his chest got to the rail. No injury. Rails removed.",
            (None, "11"),
        ),
        # NE11: mechanism stuck
        (
            "The bed rail release catch was stuck so staff could not lower the rail; his neck was "
            "trapped between the rail and the mattress, red marks on his neck.",
            ("11", None),
        ),
        (
            "Pt found with his neck wedged in the gap between the bed rail and the mattress, "
            "bruising to neck. The rail's mechanism was jammed and had to be forced.",
            ("11", None),
        ),
        (
            "Night staff found the pt's neck stuck between the side rail and mattress, pt "
            "cyanosed. The rail's joints had seized so the gap was wider than allowed.",
            ("11", None),
        ),
        # NE9: rail tested
        (
            "Mental health ward. Pt found hanging from the shower curtain rail by a towel, cut "
            "down by staff, neck bruising. NIC then tested the rail - it held her weight, the "
            "magnets had been replaced by screws.",
            ("9", None),
        ),
        (
            "Acute mental health inpatient unit. Staff found her suspended from the curtain rail "
            "and lifted her down, CPR not needed, neck marks. Estates tested the track "
            "afterwards: it held 90kg and should collapse at 40kg.",
            ("9", None),
        ),
        (
            "Mental health ward. Pt hanged from the wardrobe rail; cut down, taken to ED. Checked "
            "the rail later - it held a full weight and did not collapse as designed.",
            ("9", None),
        ),
        (
            "Mental health ward. Pt found standing on a chair with a belt tied to the shower "
            "curtain rail, not yet round her neck, helped down. Staff tested the rail - it held "
            "her weight, it should collapse at 40kg. No injury.",
            (None, "9"),
        ),
        # NE10 climb up
        (
            "3rd floor ward. Pt climbed from the chair onto the windowsill, pushed the window "
            "fully open (restrictor missing) and fell 4 metres to the courtyard below, fractured "
            "pelvis.",
            ("10", None),
        ),
        (
            "Pt climbed from the bed onto the window ledge; the restrictor had been removed. He "
            "jumped out of the window and landed on the flat roof below, one floor down.",
            ("10", None),
        ),
        (
            "Paeds ward 2nd floor: child climbed from the bed onto the windowsill and pushed the "
            "window open - restrictor broken. Dad grabbed him as he leant out. Child unhurt.",
            (None, "10"),
        ),
        # NE14 no blistering
        (
            "Shower room: carer turned the shower on and the water was scalding, pt's back was "
            "under it for a few seconds. Red scald to back, no blistering, burns dressing "
            "applied. TMV faulty.",
            ("14", None),
        ),
        (
            "Pt put her foot in the bath, the water was far too hot - 55C. Foot scalded with "
            "redness and skin peeling, no blistering. Plastics review.",
            ("14", None),
        ),
        (
            "Strip wash with water from the tap that was too hot - pt sustained a superficial "
            "burn to his arm, no blisters. Estates called.",
            ("14", None),
        ),
        (
            "Helped pt into the shower, she put her hand under the stream and it was far too hot, "
            "pulled her hand back at once. No redness, no blistering. Estates found TMV failed.",
            (None, "14"),
        ),
        (
            "Resident slid down the bed and her neck became trapped in the gap between the side "
            "rail and the headboard, bruising to neck. Her son said staff had moved her before "
            "her chest got to the rail the night before.",
            ("11", None),
        ),
    ],
)
def test_catches_and_denials_of_rails_windows_water_and_air(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


def test_head_sliding_into_a_gap_told_a_sentence_before() -> None:
    text = (
        "Air mattress deflated along one side overnight, leaving a gap between the mattress and "
        "the bed rail. At 03:00 found her head and neck slipping into the gap. Lifted her back up "
        "before her neck was trapped. No injury, rails down."
    )
    assert never_event_codes(text) == (None, "11")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a misplaced tube of the patient's past, dated, told as background: no event today
        (
            "Fall 14:20 in the bathroom, no injury. Pt anxious and asked about a previous "
            "incident in 2021 when her NG tube was placed in her lung at another hospital - told "
            "for background only, no tube now.",
            (None, None),
        ),
        # ... while this admission's own misplaced tube, told after it, still is one
        (
            "Pt anxious after a previous incident in 2019 when her NG tube was placed in her "
            "lung. Today NG tube passed on the ward, pH not checked, feed started at 14:00; CXR "
            "later showed the tube in the right lung. Feed stopped, pt desaturated.",
            ("13", None),
        ),
        (
            "Previous admission in 2020 when his NGT ended up in the left lung was discussed "
            "with family. On this admission the NG was placed, no aspirate, x-ray misread, and "
            "water flushes were given via the tube which was in the right main bronchus.",
            ("13", None),
        ),
        (
            "Previous incident in 2022 when her NG tube was put in her lung: same thing happened "
            "today - NG passed by the FY1, feed ran 2 hrs, CXR showed it in the left lung.",
            ("13", None),
        ),
    ],
)
def test_a_misplaced_tube_of_the_patients_past(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rail told as due for replacement is still the rail in place: the ligature taken
        # off before she stepped off is a near miss
        (
            "Mental health inpatient ward. Pt found standing on her chair with a belt looped "
            "around her neck, the other end tied to the bedroom curtain track. The track is the "
            "old non-collapsible type that was due for replacement next year. Staff removed the "
            "belt before she stepped off; no injury.",
            (None, "9"),
        ),
        (
            "Mental health inpatient ward. Pt found hanging from the bedroom curtain track by a "
            "belt and cut down, neck bruising, taken to ED. The track is the old fixed type that "
            "was due for replacement.",
            ("9", None),
        ),
        (
            "Mental health ward. Pt found suspended from the shower rail, which was the fixed "
            "type long overdue for replacement; staff lifted her down, CPR started.",
            ("9", None),
        ),
        # the rail collapsed as designed: still no never event
        (
            "Mental health ward. Pt tied a sheet to the shower curtain rail; the rail collapsed "
            "as designed when she put her weight on it. The rails on the ward were due for "
            "replacement with a newer model.",
            (None, None),
        ),
    ],
)
def test_a_rail_due_for_replacement_is_still_in_place(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a change-over still to come, with the time already on the air told: reached
        "Pt on 15L NRB. I was about to swap him over to the wall when the paramedic pointed out "
        "that the mask had been running off the air flowmeter for 20 minutes. Sats 88%.",
        "Pt needing 2L O2. Nasal specs tubing was connected to the medical air flowmeter on the "
        "ward for 2 hrs. I was about to disconnect the cylinder for transfer when I noticed.",
        "Child on 1L oxygen. HCA connected the tubing to the air flowmeter; when the nurse was "
        "about to change her over to high flow she saw the air label. Child had been on air for "
        "30 min.",
        "Pt on 4L O2 via mask from the wall. Connected the mask tubing to the air flowmeter and "
        "was about to swap her over, then realised it was air - she had already been on it for a "
        "minute, sats 90%.",
    ],
)
def test_a_change_over_to_come_after_time_on_air_is_reached(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


@pytest.mark.parametrize(
    "text",
    [
        # "no blistering" beside a burn told elsewhere on the body, or blisters coming later
        "Pt lowered into the bath by hoist, water far too hot (52C). Her legs were red and "
        "scalded, no blistering on the feet. Burns clinic referral.",
        "Shower water too hot, pt put her foot under it - foot red and painful, no blistering at "
        "first but blisters appeared the next day. Datix, burns review.",
        "Strip wash with a bowl of water that was too hot: superficial scald to his back, no "
        "blistering, dressed by the nurse.",
        "Bed bath water too hot, pt said it burned; erythema to left arm, no blistering, plastics "
        "advised.",
    ],
)
def test_no_blistering_beside_a_burn_is_still_a_scald(text: str) -> None:
    assert never_event_codes(text) == ("14", None)
