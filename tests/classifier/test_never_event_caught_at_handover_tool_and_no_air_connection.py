"""Never events 10, 11 and 15: a restrictor the patient levered with an object he used for it is
a working restrictor defeated with a tool; a person found on the sill of a window whose
restrictor failed and brought back in, with no fall told anywhere, is a near miss (the floor
named with the window is no fall); a chest drawn back from the rail gap before it held
("pulled back, not trapped") is a near miss; an air set-up checked before the patient came off
the oxygen cylinder she arrived on is a near miss; a patient told as never put on the air, with
no oxygen device told on the air outlet (only an air flowmeter in the room), is no wrong
connection. Each cue that turns a never event off or into a near miss also has true never
events (and near misses) in which its words appear in an innocent role."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NE10 tool told before the act: excluded
        (
            "Resident used a bent dinner fork to prise the bedroom window restrictor until the "
            "screws came out, then climbed out of the first floor window and fell onto the "
            "grass, # wrist. The restrictor had passed its weekly check.",
            (None, None),
        ),
        # NE10 true positives with "used ... to" in an innocent role
        (
            "Pt climbed out of the 2nd floor window and fell 4 m; the restrictor cable was "
            "missing. Afterwards estates used a screwdriver to remove the other restrictors "
            "for testing.",
            ("10", None),
        ),
        (
            "Pt fell from the 2nd floor window, fractured pelvis. The window restrictor was "
            "broken and had been reported last week. She had used a chair to reach the window.",
            ("10", None),
        ),
        (
            "Pt used a knife to cut her arm on Monday. On Wednesday she climbed out of the 2nd "
            "floor window and fell, the restrictor was missing.",
            ("10", None),
        ),
        # NE10 on the sill, brought back in, the floor named with the window: near miss
        (
            "Resident found perched on the ledge of her 2nd floor room, window wide open and "
            "feet outside, the restrictor arm snapped. Carer talked her back in. Estates "
            "screwed the window shut.",
            (None, "10"),
        ),
        # NE10 true positives: on the sill and a rescue tried, then a fall told in plain words
        (
            "Pt was sitting on the sill of the 2nd floor window with one leg out, the restrictor "
            "had been snapped off. Before staff could talk her back in she fell about 5 m onto "
            "the car park, # pelvis.",
            ("10", None),
        ),
        (
            "Resident climbed onto the ledge of the first floor lounge window (restrictor "
            "missing) and was half out when the carer ran over to hold her back, but she slipped "
            "from his grip and dropped to the patio, head injury.",
            ("10", None),
        ),
        (
            "Pt on the sill of the 3rd floor window, restrictor broken. Staff tried to bring him "
            "back in but he jumped and landed on the flat roof below, fractured ankle.",
            ("10", None),
        ),
        # NE11 drawn back before it held: near miss
        (
            "Frail lady in a low bed, the mattress too narrow for the frame. HCA saw her neck "
            "starting to slip into the gap between the bed rail and the mattress - eased back, "
            "not trapped. Gap 12 cm, rails left down.",
            (None, "11"),
        ),
        # NE11 true positives with "back"/"not trapped" in an innocent role
        (
            "Found with his neck trapped between the bed rail and the mattress, cyanosed with "
            "marks on the neck. Pulled back, not trapped now, breathing.",
            ("11", None),
        ),
        (
            "Neck trapped between the bed rail and mattress for about 10 minutes. HCA pulled him "
            "clear. Neck not trapped on later checks, arm not trapped.",
            ("11", None),
        ),
        (
            "Her neck was wedged between the bed rail bars when the nurse came in; she was lifted "
            "back and repositioned, not trapped again overnight.",
            ("11", None),
        ),
        # NE15 checked before the patient came off the cylinder: near miss
        (
            "Side room set up for a transfer from ICU - the mask tubing was put on the air "
            "flowmeter ready. When the pt arrived on 4L O2 the nurse checked the wall before "
            "transferring her from the cylinder, saw AIR and moved it to the oxygen outlet.",
            (None, "15"),
        ),
        # NE15 true positives with "before moving ... off the cylinder" in an innocent role
        (
            "Nasal specs were attached to the air flowmeter before moving him off the portable "
            "cylinder; he needed oxygen and was on air for 2 hours, sats dropped to 83%.",
            ("15", None),
        ),
        (
            "Pt on 2L oxygen via nasal cannula, before moving her off the ambulance cylinder the "
            "crew handed over. Specs were connected to the air flowmeter and she was found on "
            "air at 15:30, sats 85%.",
            ("15", None),
        ),
        (
            "Pt requiring O2 checked before moving the patient off the cylinder. Her nasal "
            "cannula was plugged into the air flowmeter and she desaturated to 80% over the "
            "next hour.",
            ("15", None),
        ),
        # NE15 never connected, only an air flowmeter in the room: null
        (
            "Pt on the ward needing O2 to keep sats above 92%. The bay had no oxygen flowmeter, "
            "only an air flowmeter fitted - porter sent for one, 30 min delay; the pt was not "
            "connected to the air while we waited. Oxygen started at 03:10.",
            (None, None),
        ),
        # NE15 "never on air" beside a connection made: still a near miss or a never event
        (
            "Nasal specs tubing plugged into the air flowmeter ready for the pt who needs 2L O2; "
            "spotted by the nurse, pt never on air.",
            (None, "15"),
        ),
        (
            "Child on 1L O2 via nasal cannula. Nurse pushed the tubing onto the AIR outlet, then "
            "read the label before connecting the cannula to the child and swapped it to O2. "
            "Child was never on air.",
            (None, "15"),
        ),
        (
            "High-flow set up for a pt needing oxygen; the RT found the humidifier hose joined "
            "at the medical air wall outlet instead of oxygen before the interface went on. "
            "Moved over, pt never on air.",
            (None, "15"),
        ),
        (
            "Pt needing 2L oxygen via nasal specs was connected to the air flowmeter for 3 hours; "
            "sats fell to 84%. The nurse first said the pt was never on air but the tubing was "
            "found on the air outlet.",
            ("15", None),
        ),
        (
            "COPD pt prescribed O2 28% - HCA said the pt was never on air, but the mask was found "
            "connected to the medical air outlet for 2 hrs and she became drowsy, VBG CO2 raised.",
            ("15", None),
        ),
    ],
)
def test_caught_at_handover_tool_and_no_air_connection(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
