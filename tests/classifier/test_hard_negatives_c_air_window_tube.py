"""Never events 10, 13 and 15 on hard negatives: a connection to the air told only as possible
("tubing could be connected to air by mistake") is a hazard, not a connection; another
hospital's patient put on the air is that hospital's event, not this report's near miss; "on
air" read with a saturation ("sats 95% on air") is room air, so a learned never event 15 resting
on it is vetoed; a fall from the bed or chair beside a window whose restrictor failed is no fall
from the window (for the rules and the learned model); an airway place told of a breathing tube
("new ETT ... with tip in the trachea") or of another airway finding ("mucus plug in the R main
bronchus") is not a feeding tube's place. Each reading also has true never events (and near
misses) in which its words appear beside the real event."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import learned_finding_ruled_out, never_event_codes

NONE = (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NE15: the connection told only as possible
        (
            "Risk assessment: on ward 5 the nasal specs tubing could be connected to air by "
            "mistake as the outlets are side by side.",
            NONE,
        ),
        (
            "Estates review: O2 and medical air outlets identical in bay 3, patients might be "
            "attached to the air flowmeter in error.",
            NONE,
        ),
        (
            "Concern raised at huddle that a pts nasal cannula could easily be connected to the "
            "medical air flowmeter as both are on the same panel.",
            NONE,
        ),
        (
            "Outlets are side by side, so oxygen masks can be attached to air in error. Datix "
            "raised for estates to fit blanking caps.",
            NONE,
        ),
        (
            "Risk: the O2 tubing could be plugged into the air outlet by mistake as they look "
            "the same.",
            NONE,
        ),
        # ... and a real connection told beside such words
        (
            "Pt on 2L O2 via nasal specs found with tubing connected to the air flowmeter, sats "
            "84%. The outlets are side by side so tubing could be connected to air by mistake. "
            "Moved to O2, sats recovered.",
            ("15", None),
        ),
        (
            "Pt requiring 28% oxygen via venturi was connected to medical air instead of oxygen "
            "for 3 hours. Staff said it could easily be connected to air as the flowmeters look "
            "alike.",
            ("15", None),
        ),
        (
            "Nasal specs tubing plugged into the air outlet instead of oxygen noticed before "
            "putting the specs on the pt. Outlets could be connected to air in error, estates "
            "informed.",
            (None, "15"),
        ),
        (
            "Air and oxygen outlets could be confused. Pt on 2L O2 found with specs plugged into "
            "air, sats 84%.",
            ("15", None),
        ),
    ],
)
def test_air_connection_told_only_as_possible_is_no_connection(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At another hospital last year a pt was put on air instead of oxygen; this was "
            "discussed at our team brief.",
            NONE,
        ),
        (
            "At a neighbouring trust a patient was connected to medical air instead of O2; "
            "shared at our safety huddle.",
            NONE,
        ),
        (
            "Safety bulletin: a pt in another hospital was put on air rather than oxygen and "
            "desaturated. Discussed at the ward meeting.",
            NONE,
        ),
        (
            "A patient at another trust was left on air instead of oxygen overnight last year, "
            "learning shared at team brief today.",
            NONE,
        ),
        # this report's own patient, told beside another hospital's
        (
            "At another hospital last year a pt was put on air instead of oxygen. Today our pt "
            "on 4L O2 via mask was found connected to the air flowmeter, sats 82%.",
            ("15", None),
        ),
        (
            "Pt transferred from another hospital on 2L O2 via nasal specs; on arrival tubing "
            "found connected to the air flowmeter instead of oxygen, sats 85%.",
            ("15", None),
        ),
    ],
)
def test_another_hospitals_patient_on_air_is_not_this_reports_event(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


ROOM_AIR = [
    "Pt sats 95% on air, obs stable. O2 weaned off this morning. Connected to cardiac monitor.",
    "Sats 97% on air, O2 stopped yesterday. Pt connected to telemetry.",
    "NEWS2 1, spo2 94% on room air. oxygen weaned off overnight, nasal specs removed.",
    "Pt saturating 96% on air after oxygen weaned. Attached to monitor for obs.",
]
AIR_SUPPLY = [
    "Pt on 2L O2 via nasal specs, sats dropped to 85%. Found the specs were connected to the air "
    "flowmeter instead of oxygen. Moved to O2, sats 95% on O2.",
    "Sats 88% on air this morning so O2 started via venturi 28% but the venturi was attached to "
    "the medical air outlet by mistake for 2 hours.",
    "Pt sats 95% on air. Later on 2L O2 via nasal specs found connected to air flowmeter, sats "
    "86%.",
]


@pytest.mark.parametrize("text", ROOM_AIR)
def test_room_air_with_a_saturation_is_no_air_connection(text: str) -> None:
    assert never_event_codes(text) == NONE
    assert learned_finding_ruled_out(text, "15") is not None


@pytest.mark.parametrize("text", AIR_SUPPLY)
def test_air_supply_told_beside_room_air_still_counts(text: str) -> None:
    assert never_event_codes(text) == ("15", None)
    assert learned_finding_ruled_out(text, "15") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pt fell from bed at night beside the window; restrictor on that window had been "
            "reported broken last week but no fall from the window.",
            NONE,
        ),
        (
            "Pt slid out of her chair next to the window in bay 2; window restrictor noted "
            "missing, estates called. No injury.",
            NONE,
        ),
        (
            "Resident rolled off the bed under the window at 03:00, found on floor. Restrictor "
            "on that window broken since Monday, reported.",
            NONE,
        ),
        (
            "Fell from commode beside the open window, restrictor had been disabled by previous "
            "occupant. Obs stable.",
            NONE,
        ),
        (
            "Pt fell out of bed next to the window, restrictor missing. Found on floor, no injury.",
            NONE,
        ),
        # a fall from the window told beside a bed or chair
        (
            "Pt climbed onto the windowsill from her bed and fell from the 2nd floor window; "
            "restrictor had been broken for a week.",
            ("10", None),
        ),
        (
            "Pt fell from bed earlier in the week. Tonight he climbed out of the first floor "
            "window whose restrictor was broken and fell to the ground, fractured ankle.",
            ("10", None),
        ),
        (
            "Resident stood on chair and jumped out of the window, restrictor cable cut. Found "
            "on the flat roof below, fractured pelvis.",
            ("10", None),
        ),
        (
            "Pt fell from bed. The window restrictor in that room was broken and she jumped "
            "from the window an hour later, fractured wrist.",
            ("10", None),
        ),
        (
            "Pt got out of bed, climbed out of the window with the broken restrictor and fell 3 "
            "metres onto the grass.",
            ("10", None),
        ),
    ],
)
def test_fall_from_bed_or_chair_beside_window_is_no_window_fall(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


def test_learned_window_fall_vetoed_when_only_a_bed_fall_is_told() -> None:
    text = (
        "Pt fell from bed at night beside the window; restrictor on that window had been "
        "reported broken last week but no fall from the window."
    )
    assert learned_finding_ruled_out(text, "10") is not None
    fall = "Resident found on the lawn below her 1st floor room. The window restrictor was broken."
    assert learned_finding_ruled_out(fall, "10") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the airway place is the breathing tube's
        (
            "NG tube in situ, pt on feed; new ETT for intubation in ICU with tip in the trachea "
            "on CXR. NG tip in stomach.",
            NONE,
        ),
        (
            "NGT in place and pt fed overnight. Reintubated at 06:00, ETT tip in the trachea 4cm "
            "above carina on CXR. NG tip below diaphragm.",
            NONE,
        ),
        (
            "Trache tube changed on ITU, position confirmed in the trachea; NG feed continued, "
            "NG position checked pH 4.",
            NONE,
        ),
        (
            "OGT used for feeds; ETT advanced as tip was in the R main bronchus on CXR, "
            "withdrawn 2cm.",
            NONE,
        ),
        # ... or another finding's
        (
            "Tube passed on the ward and position checked by xray which showed tip below the "
            "diaphragm; feed started. Later CXR for chest pain showed a mucus plug in the R main "
            "bronchus.",
            NONE,
        ),
        (
            "NG position confirmed pH 4.5, feeds running. CXR for SOB showed consolidation in "
            "the left lower lobe, abx started.",
            NONE,
        ),
        (
            "NGT tip below diaphragm on xray and feed given. Bronchoscopy later: sputum plug in "
            "the left main bronchus removed.",
            NONE,
        ),
        (
            "NG tube placed, aspirate pH 5, feed started. CT chest showed a tumour in the right "
            "main bronchus.",
            NONE,
        ),
        # the feeding tube in the airway, told beside a breathing tube or another finding
        (
            "OG tube in a ventilated pt was passed past the ETT cuff into the L main bronchus. "
            "Enteral meds and 30ml flush given before the CXR was reviewed.",
            ("13", None),
        ),
        (
            "Pt intubated, ETT in situ; NG passed and CXR showed tip in the R main bronchus. "
            "Feed started before the film was reviewed.",
            ("13", None),
        ),
        (
            "NG passed alongside the ETT, tip in the R bronchus on CXR, not seen before 200ml "
            "feed given.",
            ("13", None),
        ),
        (
            "NG tube and ETT in situ. CXR: ETT tip in trachea, NG tip in the R main bronchus, "
            "feed given.",
            ("13", None),
        ),
        (
            "Tracheostomy pt: NG tube placed, tip in the R main bronchus on CXR, 50ml flush given.",
            ("13", None),
        ),
        (
            "NG tube passed and feed started. CXR later showed NG tip in the R main bronchus and "
            "consolidation in the R lower lobe.",
            ("13", None),
        ),
        (
            "NGT placed, 30ml flush given. Xray showed the tube in the left main bronchus; mucus "
            "plug also noted.",
            ("13", None),
        ),
    ],
)
def test_airway_place_of_a_breathing_tube_or_other_finding_is_not_the_feeding_tubes(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


def test_a_connection_told_possible_then_found_made_stays_never_event_15() -> None:
    text = (
        "Pt on 2L O2 via nasal specs; the tubing could be connected to either outlet and tonight "
        "it was found on the air flowmeter, sats 85%."
    )
    assert never_event_codes(text)[0] == "15"
