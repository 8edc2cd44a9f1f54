"""Round 35, never events 9-11, 14 and 15: the oxygen device moved off the air before it went
on the patient, the patient told as never on air, is a near miss; a head in the rail gap "but
not caught" is a near miss; a person talked down from the open window is no fall; a window
fall at the person's own home is no never event; a restrictor of "that window" told a
paragraph after the fall is one; a bath thermometer check told as due first, made after the
child's feet touched the water, is no working check; a ligature tied to the rail verb first is
a patient act, not an inspection's hazard; "anti-ligature works" and a dated hanging attempt
at another trust are no hanging. Each catch, denial or exclusion also has true never events
in which its words appear in an innocent role."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

MH = {"location_type": "10"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NE15: moved before the device went on, patient never on air -> near miss
        (
            "Bay 2: pt prescribed 2L O2 via nasal cannula. The cannula tubing was already "
            "connected to the air flowmeter by the previous shift. Moved it to the oxygen "
            "flowmeter before putting the cannula on the pt. Pt never on air.",
            (None, "15"),
        ),
        (
            "FY1 asked for 4L oxygen via Hudson mask. HCA plugged the mask tubing into the medical "
            "air outlet. RN spotted the black and white flowmeter and moved it to the oxygen "
            "outlet before it was applied - the patient never received air.",
            (None, "15"),
        ),
        # ... the same words in an innocent role: the patient was on the air
        (
            "HCA connected the nasal specs tubing to the air flowmeter before putting the "
            "cannula on the pt at 10:00. At 11:30 the RN found the pt still on the air "
            "flowmeter, sats dropped to 84%.",
            ("15", None),
        ),
        (
            "Venturi mask tubing attached to the medical air outlet before it was applied to "
            "the patient. She then wore it on air for 40 minutes until the physio noticed; ABG "
            "showed pCO2 worsened.",
            ("15", None),
        ),
        (
            "Nasal specs tubing connected to the air flowmeter before putting the specs on the "
            "pt. The agency nurse wrote that the pt never received air, but the pt was on air "
            "for 3 hours, sats 86%.",
            ("15", None),
        ),
        (
            "Moved the specs tubing to the oxygen outlet before putting the specs on at 10:00. "
            "At 12:00 the HCA reconnected the nasal specs to the air flowmeter and the pt stayed "
            "on it for 2 hours.",
            ("15", None),
        ),
    ],
)
def test_oxygen_device_moved_off_air_before_it_went_on(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NE11: "but not caught" beside the head in the gap -> near miss
        (
            "Night check: pt had slid down the bed, head and shoulder in the gap between the "
            "side rail and the mattress but not caught, easily moved back up, no marks. Rails "
            "removed, low bed.",
            (None, "11"),
        ),
        # ... "not caught" as the staff's failure to notice: reached
        (
            "Neck trapped between the bed rail and the mattress at 03:00, but this was not "
            "caught until the 04:00 check.",
            ("11", None),
        ),
        (
            "Pt found with her neck wedged in the gap between the bed rail and the mattress but "
            "not caught by staff until 04:00; red marks across her neck.",
            ("11", None),
        ),
        (
            "Chest trapped between the bed rail and the mattress, but not caught on the 02:00 "
            "round; found at 03:00 cyanosed, bruising across the chest.",
            ("11", None),
        ),
    ],
)
def test_head_in_the_rail_gap_but_not_caught(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NE10: talked down from the open sill -> near miss
        (
            "01:50 pt found sitting on the open window sill of the second floor day room with "
            "her legs outside. The window restrictor had been unscrewed. Charge nurse talked her "
            "down, no injury.",
            (None, "10"),
        ),
        # ... "talked down" in an innocent role: the fall happened
        (
            "At 01:00 she was on the sill and staff talked her down. At 03:00 the restrictor was "
            "found removed; she had climbed out of the window and fell 4 m onto the flat roof "
            "below, fractured wrist.",
            ("10", None),
        ),
        (
            "Restrictor missing on the bedroom window. Pt jumped from the window and fell 3 m "
            "onto the car park, fractured pelvis. In ED staff talked him down when he tried to "
            "leave.",
            ("10", None),
        ),
        (
            "Pt climbed out of the first floor window, the restrictor cable had been cut, and "
            "fell onto the flat roof below with a fractured ankle. Security talked him down off "
            "the roof onto a stretcher.",
            ("10", None),
        ),
        # NE10: a fall from a window at the person's own home -> not a never event
        (
            "ED: 4 yo brought in after falling from a first floor bedroom window at home. CT "
            "head normal. Safeguarding referral not made before discharge.",
            (None, None),
        ),
        # ... a home named elsewhere: still the ward's window
        (
            "Pt (lives at home with wife) climbed out of the ward's first floor window; the "
            "restrictor had been removed and he fell onto the flat roof below, fractured hip.",
            ("10", None),
        ),
        (
            "Her daughter said the windows at home all have restrictors. On the ward at 03:00 "
            "she climbed out of the unrestricted bay window and fell 3 m onto the courtyard below.",
            ("10", None),
        ),
        (
            "Discharge home was planned for tomorrow. At 03:00 he jumped from the window of the "
            "side room (restrictor broken) and fell 5 m, fractured calcaneum.",
            ("10", None),
        ),
        # NE10: the restrictor of "that window" told a paragraph after the fall
        (
            "Subject: fall from window last night\n\nAt 23:10 Ms K jumped from her bedroom "
            "window (room 6, first floor). She has a fractured wrist and is in the trauma unit."
            "\n\nThe restrictor on that window was broken and had been reported to estates last "
            "week.",
            ("10", None),
        ),
        # ... another window's restrictor, no fall: nothing
        (
            "Estates round: the restrictor on that window was broken. Room taken out of use, "
            "no patient in it.",
            (None, None),
        ),
    ],
)
def test_window_talk_down_home_and_that_window(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NE14: the thermometer check told as due first, made after the feet touched -> near miss
        (
            "Mum lowered him into the bath and his feet touched the water; he screamed and was "
            "lifted out at once. The nurse then took the temperature: 51C (the check should have "
            "been done first). No redness.",
            (None, "14"),
        ),
        # ... the check made first and working: nothing
        (
            "Bath run for pt. HCA checked the water with the thermometer before pt got in: 49C. "
            "Bath emptied and rerun at 38C. Pt not in the water at any point.",
            (None, None),
        ),
    ],
)
def test_bath_check_told_as_due_first(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NE9: ligature tied verb first, stopped before any weight -> near miss
        (
            "Acute mental health ward. Pt found standing on the chair having tied a dressing "
            "gown cord to the shower curtain rail; staff reached her before she put any weight "
            "on it. On inspection the rail was a non-collapsible domestic one fitted in error.",
            (None, "9"),
        ),
        # NE9: "anti-ligature works" is no hanging
        (
            "Complaint: no curtains in my room since the curtain rails were removed for the "
            "anti-ligature works a month ago. I get dressed in the bathroom.",
            (None, None),
        ),
        # ... a real hanging beside the same words
        (
            "Despite the anti-ligature works, pt was found hanging from the shower curtain rail, "
            "which had not collapsed; cut down by staff, CPR started.",
            ("9", None),
        ),
        (
            "Pt found with a ligature tied to the curtain rail in her room, suspended; the rail "
            "did not collapse. Ligature risk audit last month had missed the old rail.",
            ("9", None),
        ),
        (
            "PICU. Pt tied her scarf to the anti-ligature curtain track in the bathroom; the "
            "track failed to release and she was suspended until staff lifted her, neck marks.",
            ("9", None),
        ),
        (
            "The rail had been refitted with the wrong screws. Pt used the shower rail as a "
            "ligature anchor point and was found suspended; the rail held, CPR by staff.",
            ("9", None),
        ),
        # NE9: a dated hanging attempt at another trust is history
        (
            "Admission from another trust. Their notes mention a hanging attempt from a curtain "
            "rail in 2020 while an inpatient there. Risk assessment not updated here; corrected "
            "on day 2. No self-harm on this admission.",
            (None, None),
        ),
        # ... this admission's attempt, dated today
        (
            "Pt attempted to hang herself from the curtain rail in her room at 02:00; the rail "
            "did not collapse. Cut down by staff, neck marks.",
            ("9", None),
        ),
    ],
)
def test_ligature_tied_to_rail_and_ligature_environment_words(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, **MH) == expected


# A denial of the patient on air told as a claim beside a reach (engine.oxygen_need): no catch.
@pytest.mark.parametrize(
    "text",
    [
        "Staff first said the pt was never on air, but he was found connected to the air "
        "flowmeter via nasal specs, sats 84%. The HCA had set it up before putting the specs on "
        "him.",
        # (the second, "pt never on air then" before a later connection the pt stayed on for
        # 2 hours, is read now: test_tube_and_air_use_read_from_the_timeline)
    ],
)
def test_never_on_air_denial_read_over_a_reach(text: str) -> None:
    assert never_event_codes(text) == ("15", None)
