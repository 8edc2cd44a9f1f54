"""Round 40, never events 9, 13, 14 and 15 as written accounts tell them: a rail told as "had
not detached" under a hanging is a rail that held, whatever estates inspection follows; "so I
didn't give anything" after the check is nothing down the tube; a "Before it was done" clause
closed by its verb leaves the feed given in the main clause; a tube named once and placed in
the lung three sentences on is still the tube; "never event (scalding from washing water)" is
the report's category, not a denial; "she hadn't gone in" is a working water check; "it was the
air one" is the air outlet used; tubing "lying on the bed, not on his face" is a set-up nobody
used; "asked whether this was a scald" is a question; a queried air connection found on
review to have been oxygen all along is none. Each reading has true events beside it."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

MH = {"location_type": "10"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NE9: a rail told as not detached under the hanging held
        (
            "Acute psychiatric ward. Pt found in her bedroom with a belt tied to the curtain rail "
            "round her neck. The rail hadn't detached. Staff cut the belt, obs stable, sent to ED.",
            ("9", None),
        ),
        (
            "Adult mental health ward - pt used a t-shirt as a ligature on the en-suite curtain "
            "rail and was found slumped; rail never came away from the wall. Ligature removed, "
            "neck marks, reviewed in ED.",
            ("9", None),
        ),
        (
            "Older adult MH ward 01:30: pt found with a ligature made from a towel on the shower "
            "curtain rail. The rail had not detached. Unresponsive, ligature cut, CPR, ROSC. "
            "Estates inspection the next morning found the wrong clip had been fitted.",
            ("9", None),
        ),
        # ... and not when no patient used it, it came away, or it was caught before any load
        (
            "Estates audit on the mental health ward: curtain rail load tested and had not "
            "detached at 60kg, replaced with a collapsible type. No patient involved.",
            (None, None),
        ),
        (
            "Acute psychiatric ward. Pt tied a cord to the curtain rail and it detached as "
            "designed, pt dropped to the floor, no injury.",
            (None, None),
        ),
        (
            "Mental health ward. Pt found tying a sheet to the shower rail, staff intervened "
            "before any weight was on it, the rail had not detached. Sheet removed.",
            (None, "9"),
        ),
    ],
)
def test_rail_told_as_not_detached_held_the_weight(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, **MH) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NE13: the nurse holding back after the check gave nothing down the tube
        (
            "I was doing the 18:00 drug round. Bed 6 had a new NG passed at lunch. I tested the "
            "aspirate and it was pH 7 so I didn't give anything and bleeped the F1. CXR "
            "reviewed: tube in the right bronchus. Removed.",
            (None, "13"),
        ),
        (
            "NGT placed 14:00 in bay 2. No aspirate. I was about to flush but didn't put "
            "anything down it and asked for a CXR. Film: tip in the trachea. Pulled out.",
            (None, "13"),
        ),
        # ... not a feed another nurse ran, nor a dose given before holding back
        (
            "Night nurse had run the feed overnight via the NGT. I didn't give anything on my "
            "shift. CXR in the morning showed the tube in the left lung, feed stopped.",
            ("13", None),
        ),
        (
            "Evening meds due. NG placed earlier by F1. I gave the meds via the NG at 18:00 but "
            "didn't give anything after that as the pt coughed. CXR showed the tube in the R "
            "bronchus.",
            ("13", None),
        ),
        # a "before" clause closed by its own verb: the feed in the main clause was given
        (
            "Baby on NNU had an OG tube re-passed. Before the x-ray was reviewed the nurse gave "
            "the 3ml feed via the tube. X-ray then showed the tip in the right main bronchus. "
            "Desaturated, tube removed.",
            ("13", None),
        ),
        (
            "NGT inserted on ward 5. Stopped before she was able to give the feed as pH was 7. "
            "CXR showed the tube in the left lower lobe bronchus. Removed.",
            (None, "13"),
        ),
        (
            "NGT passed. Before the CXR was reviewed the nurse had not given anything. CXR "
            "showed tube in right main bronchus. Removed, re-passed.",
            (None, "13"),
        ),
        # the tube named once, its place in the lung told three sentences on
        (
            "my dad had the feeding tube put in on tuesday. next morning the nurse started his "
            "feed. he was coughing all day. the x-ray then showed it was in his lung.",
            ("13", None),
        ),
        (
            "mum had a tube put down her nose for feeding. they did the x-ray before using it. "
            "it was fine. she later got a chest infection in her right lung.",
            (None, None),
        ),
    ],
)
def test_tube_use_held_back_given_or_told_later(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NE14: the report's "never event (scalding from washing water)" is its category
        (
            "Reported as a never event (scalding from water used for washing): bowl filled "
            "from the ward boiler tap, pt's back washed with it, blisters found an hour later.",
            ("14", None),
        ),
        (
            "Scald to hand from a cup of tea spilt at breakfast. This was never from washing "
            "water; not a never event.",
            (None, None),
        ),
        # the water found scalding before the person had gone in: the check worked
        (
            "Care home: carer ran the shower for Mr T and felt it, far too hot. He hadn't gone "
            "in, he was sat on the commode outside the cubicle. Still scalding after turning "
            "it down, called maintenance, TMV faulty. Not hurt.",
            (None, None),
        ),
        (
            "Ward 3: pt lowered into the bath without a temp check, scalded both feet, blisters. "
            "She hadn't gone in the shower before as it was broken.",
            ("14", None),
        ),
        # a question put is no answer
        (
            "Statement: I saw her getting out of the bath, pink on her legs, water 40C on the "
            "thermometer, settled within the hour. I have been asked whether this was a scald.",
            (None, None),
        ),
        (
            "Complaint: the family asked whether their father had been scalded in the bath. The "
            "review found blisters on both feet after a bath run without a temperature check; "
            "the TMV had failed. Burns team reviewed.",
            ("14", None),
        ),
    ],
)
def test_scald_category_check_and_question(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NE15: "it was the air one" is the outlet used
        (
            "Porter statement: I plugged his oxygen tubing into the wall, not sure which one. "
            "The nurse said it was the air one and he was grey, sats 81%.",
            ("15", None),
        ),
        (
            "Ward 8: pt on 2L O2 via nasal specs was found grey, sats 80%. It was the air one: "
            "the specs had been plugged into the air flowmeter after transfer.",
            ("15", None),
        ),
        # tubing on the air outlet that nobody had on
        (
            "Bed 3 found with O2 tubing connected to the air flowmeter. The tubing was lying on "
            "the bed, not on his face, he did not need oxygen. Removed.",
            (None, None),
        ),
        (
            "Pt on 4L O2 for COPD found with nasal specs connected to the air flowmeter, sats "
            "84%; the tubing was lying on the bed when I came back after moving it to O2.",
            ("15", None),
        ),
        # a query overturned on review
        (
            "Panel conclusion: the patient was believed to have been connected to medical air; "
            "on review both outlets were oxygen, the air label was an old sticker. Desaturation "
            "was due to a mucus plug.",
            (None, None),
        ),
        (
            "Pt on 2L O2 was believed to have been connected to the air flowmeter. Review: sats "
            "82% and drowsy, specs on the air outlet, moved to O2 and stayed on it throughout.",
            ("15", None),
        ),
    ],
)
def test_air_outlet_named_unused_or_disproved(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
