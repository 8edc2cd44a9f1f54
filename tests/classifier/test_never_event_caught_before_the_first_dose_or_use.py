"""Near misses where the error was made and caught before it reached the patient: a misread
insulin unit caught at screening ("not given" after a comma: the catch, not a check that was
"not done"), a throat pack the board still shows in, strong potassium picked up for the diluent,
methotrexate whose frequency defaulted to daily, a block about to go into the side the heading
did not name, a unit the lab allocated to another patient. Each with its never event (the error
reached the patient) and its look-alike."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes

# --- a check noun, then "not given" in the next clause: the catch holds the dose back ---------


@pytest.mark.parametrize(
    "text",
    [
        "Ward pharmacist screening. Discharge letter says Humulin I 8IU nocte. Transcribed "
        "onto the drug chart as 81 units nocte. Picked up at screening, not given, chart "
        "rewritten.",
        "GP letter Lantus 14IU od, transcribed as 141 units on the kardex. Spotted on the "
        "second check, not given, prescriber contacted.",
    ],
)
def test_misread_insulin_caught_at_a_check_then_not_given_is_near_miss_6(text: str) -> None:
    assert never_event_codes(text) == (None, "6")


@pytest.mark.parametrize(
    "text",
    [
        # the dose reached the patient; "not given" is the hypo treatment held back afterwards
        "Novorapid 6IU transcribed as 61 units and given at 12:00. Found at screening, not "
        "given further insulin, BM 1.9 treated with glucose.",
        # a check noun and "not" in another role: the overdose was given
        "Insulatard 20IU read as 201 units, 201 units given by the night nurse. Picked up at "
        "the chart check, not before: pt hypo BM 2.0, glucagon given.",
        # the check named as not done, the overdose given
        "4IU of Actrapid read as 41 units and 41 units given. Second check, not done. Pt found "
        "drowsy BM 1.6.",
    ],
)
def test_check_noun_before_not_with_the_insulin_given_stays_never_event_6(text: str) -> None:
    assert never_event_codes(text)[0] == "6"


# --- a throat pack the board still shows as in ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "End of septoplasty, anaesthetist ready to wake the pt. Scrub nurse saw the throat "
        "pack was still on the whiteboard as in. Removed before extubation.",
        "Adenoidectomy finishing. The throat pack was still marked as in on the count board. "
        "Taken out before extubation.",
    ],
)
def test_throat_pack_still_shown_in_before_extubation_is_near_miss_3(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize(
    "text",
    [
        # the board showed it in, nobody looked: found in recovery
        "Throat pack was still on the whiteboard as in at the end of the tonsillectomy but "
        "nobody checked. Pt extubated, pack found in the oropharynx in recovery.",
        "The vaginal pack was still recorded as in on the board. Pt went to the ward and the "
        "pack was found by the midwife the next day.",
        "Swab still marked as in on the count sheet after closure. Pt left theatre; x-ray on "
        "the ward showed a swab in the abdomen.",
    ],
)
def test_pack_shown_in_and_left_in_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text)[0] == "3"


def test_pack_board_shown_out_is_no_never_event() -> None:
    text = "Throat pack shown as out on the whiteboard at sign out. No issues, pt to recovery."
    assert rule_never_event_codes(text) == (None, None)


# --- strong potassium picked up for the diluent --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nurse about to add diluent to a vial of ceftriaxone, picked up a strong potassium "
        "chloride ampoule from the drug trolley. Stopped at the second check, not injected.",
        "Going to add WFI to the meropenem, took a potassium chloride 15% ampoule from the "
        "wrong drawer. Noticed by the checker before it was drawn up.",
    ],
)
def test_potassium_picked_up_for_the_diluent_and_stopped_is_near_miss_4(text: str) -> None:
    assert never_event_codes(text) == (None, "4")


@pytest.mark.parametrize(
    "text",
    [
        "Went to add diluent to the IV co-amoxiclav, picked up potassium chloride 15% "
        "ampoule and reconstituted with it. Given IV, pt c/o arm pain, K+ 6.3.",
        "About to add diluent to the vancomycin, potassium chloride concentrate used by "
        "mistake and the dose given over 60 mins before anyone noticed.",
        "Nurse went to add diluent to the flucloxacillin: potassium chloride ampoule drawn up "
        "instead of water and injected. Cardiac arrest call.",
    ],
)
def test_potassium_used_as_the_diluent_and_given_stays_never_event_4(text: str) -> None:
    assert never_event_codes(text)[0] == "4"


def test_diluent_added_with_potassium_stored_apart_is_no_never_event() -> None:
    text = (
        "About to add diluent to the antibiotic vial. Potassium chloride ampoules audit on "
        "the unit: all in the CD cupboard as per policy."
    )
    assert rule_never_event_codes(text) == (None, None)


# --- methotrexate frequency defaulting to daily -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "RA pt admitted, methotrexate 15 mg prescribed on the e-prescribing system, frequency "
        "defaulted to daily. Pharmacist queried it before the first dose, changed to weekly.",
        "Psoriasis pt: methotrexate 10 mg oral on EPMA with the frequency set by default to "
        "once daily. Spotted by the nurse before giving, corrected to weekly on Mondays.",
    ],
)
def test_methotrexate_defaulted_to_daily_caught_is_near_miss_7(text: str) -> None:
    assert never_event_codes(text) == (None, "7")


@pytest.mark.parametrize(
    "text",
    [
        "RA pt, methotrexate 20 mg prescribed on EPMA, frequency defaulted to daily. Given "
        "for 4 days before pharmacy queried it, pt neutropenic.",
        "Methotrexate 15 mg for psoriasis with frequency defaulting to daily on the system. "
        "3 doses given on consecutive days. Found at the ward round.",
        "Crohn's: methotrexate 25 mg IM, the frequency default was daily and it was given "
        "daily for 5 days. Mucositis. Queried by the IBD nurse.",
    ],
)
def test_methotrexate_defaulted_to_daily_and_given_stays_never_event_7(text: str) -> None:
    assert never_event_codes(text)[0] == "7"


def test_methotrexate_weekly_with_daily_folic_acid_is_no_never_event() -> None:
    text = (
        "RA pt, methotrexate 15 mg prescribed on EPMA, frequency checked by pharmacy as weekly "
        "on Mondays. Folic acid 5 mg daily except methotrexate day. No issues."
    )
    assert rule_never_event_codes(text) == (None, None)


# --- the side named with the operation as a heading -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Stop Before You Block: L wrist ORIF. Anaesthetist had scanned the RIGHT arm and was "
        "about to start the block. ODP called stop before the needle went in.",
        "R knee arthroscopy. Anaesthetist about to do a femoral block on the left leg, "
        "stopped by the ODP at stop before you block. Block done on the right.",
    ],
)
def test_block_about_to_go_on_the_side_the_heading_did_not_name_is_near_miss_1(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(
    "text",
    [
        "R ankle ORIF. Popliteal block done on the left leg, not noticed until the pt was "
        "being positioned. Stop before you block had not been done.",
        "L knee arthroscopy on the list. Arthroscopy performed on the right knee; found at "
        "the end when the marked leg was seen. Duty of candour.",
        "R wrist ORIF. Supraclavicular block done on the left before stop before you block. "
        "Then noticed, block repeated on the right.",
    ],
)
def test_heading_side_with_the_other_side_operated_stays_never_event_1(text: str) -> None:
    assert never_event_codes(text)[0] == "1"


def test_heading_side_with_the_same_side_blocked_is_no_never_event() -> None:
    text = "R ankle ORIF. Popliteal block on the right leg after stop before you block. Uneventful."
    assert rule_never_event_codes(text) == (None, None)


# --- a unit the lab allocated to another patient ---------------------------------------------


def test_unit_allocated_to_another_patient_stopped_is_near_miss_12() -> None:
    text = (
        "Bedside check: unit group A pos, pt group O pos. Not spiked, returned to the lab. The "
        "compatibility label had been put on a unit allocated to another pt."
    )
    assert never_event_codes(text) == (None, "12")


def test_unit_allocated_to_another_patient_without_groups_is_no_never_event() -> None:
    text = (
        "Unit allocated to another pt found in the ward fridge overnight, returned to the lab "
        "and wasted. Cold chain breach."
    )
    assert never_event_codes(text) == (None, None)
