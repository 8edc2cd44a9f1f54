"""Round 25, pass 2: a ligature found before it took any weight, a child held as he leant out
of an unrestricted window, a head pulled clear of a rail gap before it was held, a dated event
of the patient's own past at another hospital, a plan written down for a pack's removal, a
premixed potassium bag told by its percentage, an RMN brought to a general ward to special the
patient, weekly folic acid given daily; and what turns them on: a rail whose release could not
work, an oral medicine pushed through a subcutaneous butterfly. Each suppressing cue is checked
against true never events in which its words play another part."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes

MH = {"service_type": "4", "location_type": "10"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found before the ligature took any load: near miss
        (
            "Low secure ward. Night RMN found pt on a chair with a belt tied to the bedroom "
            "curtain track and looped round his neck, no weight on it yet. Belt removed. The "
            "track was checked and did not collapse under load.",
            (None, "9"),
        ),
        (
            "Acute MH ward, 03:10. Pt found standing on the bed with a sheet knotted to the "
            "shower rail and round her neck, not yet suspended. Sheet cut. The rail was a "
            "standard fixed rail, the collapsible one had not been refitted after a repair.",
            (None, "9"),
        ),
        (
            "PICU. Pt seen tying a towel to the shower curtain track at 19:00. Staff stepped in "
            "straight away, no ligature round his neck at that point. The track's release "
            "mechanism could not work as it had been painted over.",
            (None, "9"),
        ),
        # the words in another part: the ligature had taken the weight, still a never event
        (
            "Acute MH ward. Pt found hanging from the bedroom curtain rail, full weight on the "
            "ligature; the rail did not collapse. Cut down, CPR, ROSC. Pt is not yet awake on "
            "ITU.",
            ("9", None),
        ),
        (
            "Forensic unit. Pt found suspended from the shower rail by a t-shirt, the rail held "
            "his weight. Staff cut him down. No weight bearing on the R leg yet after his "
            "fracture so he was lifted by two staff.",
            ("9", None),
        ),
        (
            "Older adult MH ward. Pt hanged from the bedroom curtain track, which did not "
            "release under load. Cut down by staff, neck marks. The ligature had been cut and "
            "removed, no ligature round the neck when the paramedics arrived.",
            ("9", None),
        ),
    ],
)
def test_ligature_found_before_it_took_weight(text: str, expected: tuple) -> None:
    assert never_event_codes(text, **MH) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an RMN sent to a general ward to special the patient names no mental health setting
        (
            "Surgical ward, side room. Pt admitted after a self-harm injury tied a scarf to the "
            "bed curtain rail and round her neck; the rail did not collapse. Released by the HCA, "
            "no injury. RMN 1:1 requested.",
            (None, None),
        ),
        (
            "Respiratory ward. Pt with low mood attempted to hang from the shower rail in the "
            "bay bathroom, the rail held. Staff intervened. RMN sitter arranged for tonight.",
            (None, None),
        ),
        # the RMN on the mental health ward itself, or another cue naming the setting
        (
            "Acute inpatient unit. Pt found hanging from the bedroom curtain rail by the RMN on "
            "obs; the rail did not collapse. Cut down, no LOC. RMN 1:1 commenced.",
            ("9", None),
        ),
        (
            "PICU. Pt tied a cord to the shower rail and hanged; rail did not give way. Cut "
            "down by staff. RMN special arranged overnight.",
            ("9", None),
        ),
        (
            "Night RMN on 15 min obs found pt hanging from the curtain rail in his bedroom, the "
            "rail did not collapse. Cut down, CPR started.",
            ("9", None),
        ),
    ],
)
def test_rmn_brought_to_another_ward_is_no_mental_health_setting(
    text: str, expected: tuple
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held as he leant out of the unrestricted window: near miss
        (
            "Children's ward, 2nd floor. 6 y/o pushed the bay window open fully, the restrictor "
            "had been removed by estates and not replaced. Nurse grabbed him by the arm as he "
            "leaned out. No injury.",
            (None, "10"),
        ),
        # the fall happened: a grab after it, or an arm held before another fall, stays one
        (
            "Adult ward, 3rd floor. Pt climbed through the window, the restrictor was broken, "
            "and fell from the window onto the flat roof below. Fractured wrist. Staff grabbed "
            "her by the arm as she lay on the roof.",
            ("10", None),
        ),
        (
            "4th floor ward. Restrictor cable cut; pt opened the window fully and fell from the "
            "window to the car park, died. Earlier that day the HCA had held him by the arm "
            "while walking to the toilet.",
            ("10", None),
        ),
        (
            "1st floor MH ward. Window restrictor missing after maintenance. Pt jumped from the "
            "window and fell to the ground, fractured pelvis. She leant out first, then jumped.",
            ("10", None),
        ),
    ],
)
def test_child_held_as_he_leant_out(text: str, expected: tuple) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pulled clear before being held, or told as not held: near miss
        (
            "Pt found slumped with his head and shoulder through the gap in the bed rails; "
            "the nurse lifted him back up before he got wedged. No marks.",
            (None, "11"),
        ),
        (
            "Night check: pt's head had slipped into the gap between the mattress and the bed "
            "rail, neck touching the rail but not trapped. Repositioned at once.",
            (None, "11"),
        ),
        # the words in another part: the neck was trapped
        (
            "Pt found with her neck trapped between the bed rail and the mattress, lips blue. "
            "Freed, recovered. Her arm but not her chest was bruised.",
            ("11", None),
        ),
        (
            "Pt found with his neck wedged in the bed rail gap, sats 80%. Freed by two nurses "
            "before he got any worse. Bed rail assessment not done.",
            ("11", None),
        ),
        (
            "Neck caught between the split bed rails, pt purple and gasping. Freed at once; she "
            "was wedged for several minutes before she was found.",
            ("11", None),
        ),
        # no rails on this bed: the wedge was against the wall
        (
            "Pt slid out of bed and was found wedged between the bed and the wall, neck bent. "
            "No bed rails on this bed. Helped up, no injury.",
            (None, None),
        ),
        # the rails were there and held the neck, whatever another bed had
        (
            "Pt found with neck trapped between the bed rail and the mattress. No bed rails on "
            "the bed he had before the move. Freed, no injury.",
            ("11", None),
        ),
    ],
)
def test_head_pulled_clear_before_entrapment(text: str, expected: tuple) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the patient's own dated past at another hospital: background
        (
            "Pt for lap hernia repair today, very worried because he had a needle left in his "
            "abdomen at another hospital in 2014. Shown the count board. Op uneventful.",
            (None, None),
        ),
        # this report's retained item, with the old one as background, stays one
        (
            "Post op CXR after lap chole shows a retained swab in the abdomen, count had been "
            "signed correct. She had a swab left in at another trust in 2012 too.",
            ("3", None),
        ),
        (
            "CT today shows a retained guidewire in the IVC from the line placed here last "
            "week. Pt had a needle removed at another hospital 5 years ago.",
            ("3", None),
        ),
        (
            "Swab retained after vaginal delivery found by the GP at 6 weeks. Pt said she had "
            "had stitches at another hospital in 2019 with no problems.",
            ("3", None),
        ),
    ],
)
def test_dated_past_event_at_another_hospital_is_background(text: str, expected: tuple) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pack left with its removal plan written down
        (
            "Nasal pack placed after septoplasty with plan documented to remove on the ward at "
            "08:00. Missed at handover, removed at 15:00. No harm.",
            (None, None),
        ),
        # a plan for something else; the item was never meant to stay
        (
            "Swab found in the vagina at the 6 week check after a perineal repair; count had "
            "been signed correct. Plan documented to review at 6 weeks only.",
            ("3", None),
        ),
        (
            "Throat pack inserted at induction with plan recorded on the whiteboard. At "
            "extubation the pack was not taken out and was found in the oropharynx in recovery.",
            ("3", None),
        ),
        (
            "Retained tampon-like swab found at the postnatal visit; not in the count. "
            "Discharge plan documented, removed by the midwife.",
            ("3", None),
        ),
    ],
)
def test_pack_left_with_a_written_removal_plan(text: str, expected: tuple) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dilute premixed bag told by its percentage is no strong potassium
        (
            "Bag of potassium chloride 0.15% in glucose 5% hung instead of plain glucose 5% as "
            "they are stored side by side. 200ml in. K+ normal.",
            (None, None),
        ),
        # the concentrate selected: still a never event
        (
            "Strong KCl 15% ampoule picked up instead of the saline flush and given into the "
            "cannula. K+ 6.8 afterwards.",
            ("4", None),
        ),
        (
            "KCl 20% ampoule mistaken for sodium chloride 0.9% and used to reconstitute "
            "ceftriaxone, given IV. Pt had VF.",
            ("4", None),
        ),
        (
            "Strong potassium chloride concentrate drawn up in error instead of saline flush "
            "and given. Pt's own K+ was 3.9 mmol/L before, 6.5 mmol/L after.",
            ("4", None),
        ),
    ],
)
def test_premixed_potassium_told_by_percentage(text: str, expected: tuple) -> None:
    assert rule_never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Folic acid 5mg charted once weekly (the day after methotrexate) but given daily "
            "for 5 days by ward staff. Methotrexate given correctly.",
            (None, None),
        ),
        # methotrexate itself given daily: a never event, whatever the folic acid did
        (
            "Methotrexate 15mg given daily for 4 days instead of weekly for psoriasis; folic "
            "acid 5mg weekly was charted correctly.",
            ("7", None),
        ),
        (
            "RA pt on weekly methotrexate given it daily x3 days on the ward. Folic acid given "
            "weekly as charted.",
            ("7", None),
        ),
        (
            "Methotrexate 10mg dispensed with directions daily; pt took it daily for a week. "
            "Folic acid weekly.",
            ("7", None),
        ),
    ],
)
def test_weekly_folic_acid_given_daily_is_no_methotrexate(text: str, expected: tuple) -> None:
    assert rule_never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Community palliative care. Pt on a syringe driver. Relative unable to get pt to "
            "swallow, so the carer drew up oramorph oral solution and pushed it through the "
            "subcutaneous butterfly. Redness at the site.",
            ("5", None),
        ),
        # the subcutaneous medicine given by its own route
        (
            "Pt on syringe driver. Breakthrough morphine 2.5mg given via the subcutaneous "
            "butterfly as prescribed. Oramorph stopped as pt unable to swallow.",
            (None, None),
        ),
    ],
)
def test_oral_medicine_through_a_subcutaneous_line(text: str, expected: tuple) -> None:
    assert rule_never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an earlier check told with the catch's words, then the patient found hanging
        "Acute MH inpatient ward: pt found at 03:00 hanging from the bedroom curtain rail, which "
        "should have collapsed but did not. At the 02:45 check she was in bed with no ligature "
        "round the neck at that point. Cut down, CPR, transferred to ED.",
        # an attempt stopped before it took weight, then a later one that did
        "Older adult MH ward: at 14:00 the pt was seen tying a cord to the shower rail, staff "
        "talked to her and she stopped, no weight on it yet. At 16:30 she was found hanging "
        "from the same rail, which had not collapsed; cut down, survived.",
    ],
)
def test_found_hanging_after_an_earlier_catch_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text) == ("9", None)
