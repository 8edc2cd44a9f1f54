"""How far the event got, told in words the readings did not know (batch 100, codes 10, 11, 14).

- Hot washing water: a body part told in with the water left unsaid ("she had one foot in when
  she pulled it out"), a bath lift or hoist told already going down, a person wheeled or sat
  under the shower, or a bare "temp 55": the person was already being put in (near miss 14,
  the guide's "a foot in the water, in the hoist"); the water checked before anyone got in,
  measured safe, or a burn told, stay as they were.
- Bed rails: a head named only as a fall's head strike ("no head strike", "hit head on the
  locker") is no head in the rail gap: sliding out through the gap between rails is a fall.
- Windows: a patient told with where they were ("Patient on Rowan (2nd floor) removed the
  window restrictor using a screwdriver") defeated a working restrictor with a tool: excluded;
  estates or a relative with the tool leave the fault.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # --- code 14: on the way in, found hot: near miss
    (
        "Resident ran her own bath and had one foot in when she yelped and pulled it out, "
        "water 49 degrees on checking. No redness.",
        (None, "14"),
    ),
    (
        "He had both feet in before he said it was too hot; bath measured 52 degrees, no marks "
        "seen.",
        (None, "14"),
    ),
    (
        "pt put her L foot in the bath - too hot!! pulled out, temp 50c, skin ok",
        (None, "14"),
    ),
    (
        "Client seated on the bath chair, the chair was already descending when staff noticed "
        "the water was far too hot (50C). Chair brought back up, feet dry.",
        (None, "14"),
    ),
    (
        "Pt on the sling, hoist was going down into the bath when HCA checked temp - 53 "
        "degrees. Hoist back up, reported.",
        (None, "14"),
    ),
    (
        "SU was sitting on the bath lift, the lift was coming down when the carer realised the "
        "water was scalding, 60 deg. lift reversed, no contact with the water.",
        (None, "14"),
    ),
    (
        "wheeled resident under the shower on the commode chair, water came through at 56 "
        "degrees, HCA turned it off before any reached her",
        (None, "14"),
    ),
    (
        "Took pt into the wet room and sat her under the shower head, water came out steaming, "
        "temp 58, switched off before it touched her. estates job logged",
        (None, "14"),
    ),
    # --- code 14: look-alikes that stay
    (
        "Bath ran for pt, checked with thermometer 48 degrees before she got in. Cooled to 38, "
        "then bathed.",
        (None, None),
    ),
    (
        "Water in the shower checked at 55 degrees while pt was still in bed. Estates called.",
        (None, None),
    ),
    (
        "Pt's foot in a cast, used the shower chair, water 38 degrees, no problems at all.",
        (None, None),
    ),
    (
        "Temp 55 at the hot tap in the sluice, no pt involved, estates informed.",
        (None, None),
    ),
    (
        "She had one foot in the bath and said it was too hot, thermometer read 40 degrees, no "
        "redness.",
        (None, None),
    ),
    (
        "Bath temperature 47 degrees checked before pt brought to the bathroom, nobody got in.",
        (None, None),
    ),
    (
        "Pt scalded her foot when she put one foot in the bath, 52 degrees, blistering noted.",
        ("14", None),
    ),
    (
        "pt stood under the shower when the water turned scalding 60 degrees, burns to back, "
        "plastics referral",
        ("14", None),
    ),
    # --- code 11: a fall's head strike is no head in the rail gap
    (
        "slid feet first thru the gap between the rails and ended up on the floor. no head strike",
        (None, None),
    ),
    (
        "Pt wriggled out between the split bedrails legs first, landed on the crash mat. Nil "
        "head injury, obs stable.",
        (None, None),
    ),
    (
        "Pt slipped through the gap between the bed rails, fell to the floor and hit her head "
        "on the locker. CT head NAD.",
        (None, None),
    ),
    (
        "Leg trapped through the gap in the bed rails, freed by staff, no head strike.",
        (None, None),
    ),
    (
        "Pt's neck trapped between the bed rail and mattress, found by HCA, red mark on neck. "
        "No head strike.",
        ("11", None),
    ),
    (
        "Pt found with her head stuck between the bed rail bars, freed by staff, no head injury.",
        ("11", None),
    ),
    # --- code 10: a working restrictor defeated with a tool
    (
        "Patient on Ward 5 (3rd floor) removed the window restrictor with a screwdriver she had "
        "hidden, and jumped. Fractured pelvis.",
        (None, None),
    ),
    (
        "Resident in first floor room 12 removed the restrictor using a butter knife from "
        "lunch and fell from the window, # wrist.",
        (None, None),
    ),
    (
        "the patient on ward 9 (fourth floor) dismantled the window restrictor with a spoon "
        "and jumped, multiple #s",
        (None, None),
    ),
    (
        "Window restrictor on the 2nd floor found broken (cable snapped); pt climbed out and "
        "fell, # ankle.",
        ("10", None),
    ),
    (
        "Estates had removed the window restrictor with a screwdriver for repairs and not "
        "refitted it. Pt on the 2nd floor climbed out of the window and fell.",
        ("10", None),
    ),
    (
        "Patient's son removed the window restrictor using a screwdriver. Later the patient "
        "fell from the 2nd floor window, # hip.",
        ("10", None),
    ),
    (
        "Pt in room 4 on the 1st floor climbed out of the window, restrictor had been missing "
        "since last week, fell onto the car park. # femur.",
        ("10", None),
    ),
    (
        "Patient on the 2nd floor tried the window restrictor with a knife but it held; no "
        "fall, knife removed.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_how_far_it_got_is_read(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
