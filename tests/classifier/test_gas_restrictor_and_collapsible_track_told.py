"""How an air set-up caught before the mask went on, an air hazard told as what it could lead
to, a ward's rule against air, a restrictor beaten with a tool and a collapsible track are told:
the oxygen device told as never having gone on the person ("the specs were never put on the pt",
"mask hadn't gone on the patient yet") is a near miss 15 (a patient found on the air stays never
event 15); a set-up told as what it "could lead to" ("could easily lead to someone being put on
air") is a risk, no never event 15; "air is not used on this ward" is the ward's practice, not a
catch, so a patient desaturating on the air stays never event 15; a patient told with where
they were before using a tool on the restrictor ("pt on Elm ward (first floor) used a teaspoon
to prise the restrictor"), or taking it off with a tool ("took the restrictor off using a
screwdriver"), beat a working restrictor: no never event 10 (estates or a relative taking it
off, or a restrictor pulled off by hand, stays never event 10); a track told as the collapsible
type with screws added ("supposed to be the weight activated collapsible type") is a fitting,
not a wrong implant, so the hanging from it is never event 9. Each with the look-alikes that
must not change."""

from __future__ import annotations

import pytest

from classifier.engine import classify_text
from tests.classifier.outcomes import never_event_codes

MENTAL_HEALTH = {"service_type": "4", "location_type": "10"}

# ----------------------------------------------- 15 the device never went on the person


@pytest.mark.parametrize(
    "text",
    [
        "pt needing 2L O2 after return from theatre, student plugged the nasal specs into the air "
        "outlet and turned the flow up, I saw the AIR label - the specs were never put on the pt, "
        "swapped to oxygen outlet",
        "venturi mask connected to the medical air flowmeter for a pt on 28% O2 in bay 3, spotted "
        "by the nurse in charge, mask hadn't gone on the patient yet, reconnected to oxygen",
        "HCA attached the nasal cannula to the air point for the pt in bed 2 who needs 1L O2; the "
        "cannula never reached the pt's face, RN spotted it and changed to O2",
        "bay 5, new admission from ED needing O2: tubing pushed onto the AIR flowmeter and turned "
        "to 4L by the bank HCA, I read the collar as I took the mask off her - mask never went "
        "on the pt, moved over to O2. sats 95% on 2L after.",
    ],
)
def test_device_never_on_the_person_is_near_miss_15(text: str) -> None:
    assert never_event_codes(text) == (None, "15")


@pytest.mark.parametrize(
    "text",
    [
        "pt on 2L O2 via nasal specs was found connected to the AIR flowmeter at 03:00 obs, sats "
        "88%. mask was not put on properly either. moved to O2",
        "pt on 4L O2 via mask found connected to the air flowmeter at handover, sats 85%, the "
        "specs were not put on as prescribed so mask used instead, moved to O2",
    ],
)
def test_patient_found_on_air_stays_never_event_15(text: str) -> None:
    assert never_event_codes(text)[0] == "15"


# ------------------------------------------------- 15 what a set-up could lead to


@pytest.mark.parametrize(
    "text",
    [
        "new HDU bays opened - air and oxygen flowmeters fitted next to each other at every bed, "
        "both white, only the collar differs. No pts on air nebs. This could easily lead to "
        "someone being put on air instead of O2. Asked estates to take the air ones out.",
        "walkround on AMU: air flowmeters left in the wall at every bed space although no pt "
        "needs air - could easily lead to patients being put on air in error. all removed.",
    ],
)
def test_set_up_told_as_what_it_could_lead_to_is_no_never_event_15(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "pt on 2L O2 was found on the air flowmeter by the night staff, sats 84% - this could "
        "easily lead to someone else being put on air so air flowmeters removed from the bay",
        "HCA connected pt's nasal specs to the air flowmeter instead of oxygen for 2 hours, sats "
        "dropped to 86%. This could lead to other pts being connected to air. moved to O2",
    ],
)
def test_patient_on_air_beside_the_risk_stays_never_event_15(text: str) -> None:
    assert never_event_codes(text)[0] == "15"


# ------------------------------------------------- 15 the ward's practice is no catch


@pytest.mark.parametrize(
    "text",
    [
        "Pt back to ward after lap chole. HCA connected the nasal specs tubing to the wall. "
        "18:10 obs sats 85%, NEWS2 6, FY1 called. FY1 found the tubing on the MEDICAL AIR "
        "flowmeter, not oxygen - air is not used on this ward. Changed to O2, sats 97%.",
        "pt on 2L O2 via specs, found at 06:00 connected to the air outlet instead of oxygen. "
        "air flowmeters are not used in our unit so should not have been there. moved to O2",
    ],
)
def test_air_not_used_on_the_ward_is_no_catch(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


def test_set_up_not_used_before_it_went_on_stays_near_miss_15() -> None:
    text = (
        "HCA plugged the mask tubing into the air flowmeter, noticed before turning it on, not "
        "used, moved to O2"
    )
    assert never_event_codes(text) == (None, "15")


# ---------------------------------------------- 10 a working restrictor beaten with a tool


@pytest.mark.parametrize(
    "text",
    [
        "pt on Elm ward (open rehab ward, first floor) used a teaspoon to prise the catch of the "
        "window restrictor, pushed the window wide, climbed out onto the flat roof and jumped "
        "down to the car park. Restrictor found undamaged, marks on the catch.",
        "Pt on Larch ward (1st floor) took the window restrictor off using a screwdriver hidden "
        "in her wash bag, climbed out and dropped onto the roof below, approx 2m. Bruised hip.",
        "the young man in bed 3 on Cedar ward (2nd floor) prised the restrictor off with a "
        "teaspoon and climbed out, falling approx 3m onto the car park",
        "pt got the restrictor off with a butter knife and climbed out of the first floor "
        "window, fell onto the grass",
        "using a screwdriver from her bag she took the restrictor off the window and climbed out, "
        "fell 2m onto the roof below",
    ],
)
def test_restrictor_beaten_with_a_tool_is_no_never_event_10(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "estates took the restrictor off using a screwdriver to repair it and did not refit it; "
        "that night pt climbed out of the 1st floor window and fell 3m",
        "pt's son took the restrictor off using a screwdriver to let air in; pt later fell from "
        "the window onto the roof below",
        "pt on Ash ward (first floor) pulled the restrictor off with her hands and climbed out of "
        "the window, fell onto the flat roof 2m below",
        "pt fell from the 1st floor window - restrictor could be taken off by hand without any "
        "tool",
    ],
)
def test_restrictor_off_by_others_or_by_hand_stays_never_event_10(text: str) -> None:
    assert never_event_codes(text)[0] == "10"


# ------------------------------------------- 9 a collapsible track is no wrong implant


@pytest.mark.parametrize(
    "text",
    [
        "acute mh ward: pt found with a strip of sheet tied to the shower curtain track round her "
        "neck, ligature cut, no LOC. The track should have been the collapsible type but screws "
        "had been put in both ends when it was refitted, so it took her weight.",
        "PICU: pt tied a ligature to the curtain track in her bedroom. Track is supposed to be "
        "the anti-ligature breakaway type but estates found the wrong fixing screws had been "
        "used. Ligature removed, neck red, no further harm.",
    ],
)
def test_hanging_from_a_fixed_collapsible_track_is_never_event_9(text: str) -> None:
    result = classify_text(text, **MENTAL_HEALTH)
    assert result.never_event is not None
    assert result.never_event.code == "9"


@pytest.mark.parametrize(
    "text",
    [
        "ORIF L ankle: the plan was for 3.5mm locking screws but 4.5mm cortical screws were "
        "implanted. Noticed on post op xray.",
        "pacemaker box opened was supposed to be a dual chamber device, single chamber implanted",
    ],
)
def test_wrong_screws_or_device_implanted_stays_never_event_2(text: str) -> None:
    assert never_event_codes(text)[0] == "2"
