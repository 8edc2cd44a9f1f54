"""Never events 11, 13, 14 and 15 read in round 44's forms: a feeding tube's tip told over one
side of the chest is in the airway; a bare "tube" after intubation, in a report naming no
feeding tube, is the breathing tube; a never event's category told as known ("I know that
scalding in a bath is a never event") is no event; the chest with the head or neck told as not
near the rail is a limb-only entrapment; an oxygen set-up put on the air for a patient still to
come and caught before arrival is a near miss; a nebuliser's air read off the chart at the check
is air prescribed."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tip over one side of the chest, found before anything went down it
        (
            "Fine bore NG put in for stroke pt, could not get aspirate. XR: NGT tip lies over "
            "the left hemithorax. Tube removed, nothing put down it.",
            (None, "13"),
        ),
        (
            "OGT passed on NICU, film showed the tube in the R hemithorax, pulled back before "
            "any milk was given.",
            (None, "13"),
        ),
        # ... found after a feed had gone in
        (
            "NG placed on the ward, 200ml feed given overnight. Morning CXR: tip projects over "
            "the right hemithorax. Feed stopped, pt pyrexial.",
            ("13", None),
        ),
    ],
)
def test_tube_tip_over_one_side_of_the_chest_is_misplaced(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert rule_never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a tube in the chest named for its position below the diaphragm, the hemithorax the
        # pneumothorax's
        "NGT passed, CXR tip below the diaphragm. Incidental small R hemithorax pneumothorax "
        "from the chest drain. Feed started.",
        # the breathing tube at intubation, no feeding tube named
        "RSI in ED, grade 4 view, tube would not pass into the trachea, supraglottic airway "
        "sited, sats 70%.",
        "Reintubated after an accidental extubation, tube in the airway confirmed on capnography.",
    ],
)
def test_chest_findings_and_breathing_tubes_are_no_misplaced_feeding_tube(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # a feeding tube named after intubation is still read
        "Intubated pt on ICU. NG tube passed, CXR tip in the R main bronchus, feed started at "
        "30ml/h.",
        "pt intubated in ED. fine bore tube passed by the FY1, tip in the trachea on xray, feed "
        "started before it was reviewed",
    ],
)
def test_feeding_tube_in_an_intubated_patient_still_read(text: str) -> None:
    assert rule_never_event_codes(text) == ("13", None)


@pytest.mark.parametrize(
    "text",
    [
        "Bath temp checked at 50C with the thermometer before Mr T was hoisted, he was still in "
        "his chair. Estates called, TMV replaced. I know that scalding in a bath or shower is a "
        "never event, the check worked.",
        "Staff are aware that misplaced NG tubes are never events and always check pH before "
        "use. Pt had NG placed today, pH 4, feed started.",
    ],
)
def test_never_event_category_told_as_known_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "I know that scalding in a bath or shower is a never event. Mrs K was lowered into the "
        "bath by hoist and the water was 48C, she has red blistered legs.",
        "Resident scalded in the shower, water at 52C, burns to both feet. Scalding in a shower "
        "is a never event and has been reported.",
    ],
)
def test_scald_told_beside_its_category_still_read(text: str) -> None:
    assert rule_never_event_codes(text) == ("14", None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt found with her leg trapped between the bed rail bars. Her head and chest were "
        "nowhere near the rail. Bruising to shin.",
        "Leg trapped in the rails overnight, limb only, chest/neck not involved, skin tear.",
    ],
)
def test_limb_caught_with_chest_told_clear_is_no_entrapment(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_neck_wedged_with_only_the_chest_told_clear_is_entrapment() -> None:
    text = (
        "Found slumped with head and neck wedged between bedrail and mattress, chest not near "
        "the rail. Freed, cyanosed."
    )
    assert rule_never_event_codes(text) == ("11", None)


@pytest.mark.parametrize(
    "text",
    [
        "Setting up bay for an ED admission, HCA pushed the O2 mask tubing onto the air "
        "flowmeter; nurse spotted it on the bed space check before pt arrived and changed it.",
        "getting the side room ready for a post op pt on oxygen. specs tubing plugged into the "
        "air flowmeter by the student. nurse in charge saw the black and white flowmeter when "
        "checking the room before the patient came up, moved to O2.",
    ],
)
def test_air_set_up_for_a_patient_to_come_caught_is_near_miss_15(text: str) -> None:
    assert never_event_codes(text) == (None, "15")


def test_air_connection_on_arrival_with_desaturation_is_never_event_15() -> None:
    text = (
        "Before the pt came up from recovery the tubing was attached to the air outlet. Pt then "
        "connected on arrival and sats dropped to 84% within 20 min."
    )
    assert rule_never_event_codes(text) == ("15", None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt's salbutamol nebs were running on the air outlet not oxygen, queried by the HCA. "
        "Checked - nebuliser via medical air is written on the drug chart. No error.",
        "Relative worried her dad's nebs were on air instead of O2. Nebulisers on medical air "
        "are documented on his chart by the COPD team, he stays on 1L O2 via specs.",
    ],
)
def test_nebuliser_air_read_off_the_chart_is_prescribed_air(text: str) -> None:
    assert never_event_codes(text)[0] is None
