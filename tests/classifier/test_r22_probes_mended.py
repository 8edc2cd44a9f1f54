"""Review r22's strict xfails mended, each with other reporters' words and its contrasts.

- A feeding tube's tip told "at the carina" and then told short of the stomach or pushed on
  into it ("not far enough down, advanced 15cm"): the tip lay in the oesophagus at the carina's
  level, no airway (engine: tube_and_air_use.carina_tip_short_of_the_stomach); a tube removed
  and re-passed, or told in the trachea, keeps its airway.
- A person told being helped, walked or wheeled into the shower or bath when the water was
  found scalding, pulled back unhurt: on the way in, near miss 14 (engine:
  water_reach.people_being_put_in); a shower checked before anyone was brought is nothing.
- An incision told made ("L knee incision made") is the procedure done, and a side told on a
  booking copied from another patient's is this patient's record's side: a wrong knee incised is
  never event 1 (engine: patient_identity.acts_done, site_act._other_persons_side).
- The operator gone to a bed to do a procedure and finding the wrong person at the wristband
  check, before anything was done: near miss 1, as the guide's wrong patient sent back from
  theatre reception and dev-136013's wrong bed found at the wristband check (engine:
  patient_identity.procedure_visits, _found_at_an_identity_check).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# ------------------------------------------------------------------------ never event 13

CARINA_TIP_SHORT_AND_ADVANCED = [
    # review r22's probe
    "NGT tip at the carina on CXR, not far enough down, advanced 15cm and repeat CXR below the "
    "diaphragm. Feed started.",
    "CXR after NG insertion: tip at the carina, tube not far enough in. Advanced a further 10cm, "
    "repeat film tip below the diaphragm, feed commenced.",
    "Fine bore NG checked on xray - tip at the carina, too high. Pushed in further by 12cm, "
    "re-xrayed and in the stomach, ok to use. Feed started.",
    "OGT on the NNU film with its tip on the carina, not down far enough, advanced 3cm and the "
    "next film showed it in the stomach. Feeds restarted.",
    "NG xray: tip at the carina so tube advanced 10cm, second film tip below L hemidiaphragm, "
    "meds then given via the NGT.",
]

CARINA_TIP_IN_THE_AIRWAY_FOUND_BEFORE_USE = [
    "NGT tip at the carina on CXR. Removed and re-passed, advanced to 60cm, repeat CXR below the "
    "diaphragm. Feed started.",
    "CXR showed the NGT in the trachea with the tip at the carina, advanced by mistake then "
    "removed. Feed not given.",
    "aspirate pH 6 so xray: NGT tip at the carina. Not used, removed and re-passed, advanced to "
    "55cm, pH 4, feed started.",
]

CARINA_TIP_AFTER_USE = [
    "NG feed given at 08:00. Later CXR showed the tube tip at the carina. Feed stopped, tube "
    "removed.",
    "Feed running via NG. CXR: NGT tip at the carina. Further xray requested, feed stopped.",
]


@pytest.mark.parametrize("text", CARINA_TIP_SHORT_AND_ADVANCED)
def test_a_carina_tip_told_short_of_the_stomach_and_advanced_is_nothing(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", CARINA_TIP_IN_THE_AIRWAY_FOUND_BEFORE_USE)
def test_a_carina_tip_removed_or_in_the_trachea_before_use_is_near_miss_13(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize("text", CARINA_TIP_AFTER_USE)
def test_a_carina_tip_found_after_a_feed_is_never_event_13(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


# ------------------------------------------------------------------------ never event 14

BEING_PUT_IN_WHEN_FOUND_SCALDING = [
    # review r22's probe
    "Assisting pt to the shower, water scalding, pt was not under it, pulled her back, no "
    "injury. Estates informed.",
    "HCA helping resident into the shower when the water came out scalding - she wasnt under it "
    "yet, HCA moved her back. No harm. TMV reported.",
    "While I was walking him to the shower the water was steaming and far too hot, he was not "
    "under it, took him back to his chair. Estates called.",
    "Pt being wheeled into the shower on the shower chair, water scalding, pulled back before "
    "she got wet. No injury, TMV fault logged.",
]

CHECKED_BEFORE_ANYONE_WAS_BROUGHT = [
    "Checked the shower with my hand before bringing pt in - far too hot. Pt wasnt under it, was "
    "still sat in her wheelchair in the bedroom. Estates called.",
    "Before helping pt into the shower HCA checked the temp: 52C. Pt not brought in. Estates "
    "informed.",
    "About to take pt to the bath, ran the water, thermometer 50C. Pt still in bed. Bath "
    "drained, estates informed.",
    "Assisting pt to the shower room, she slipped on the wet floor and fell, no injury.",
]

SCALDED_ON_THE_WAY_IN = [
    "Assisting pt to the shower, water scalding, she stepped under it and her back was red and "
    "blistered.",
    "Helping pt into the shower, hot water came out at 55C onto his legs before we could move "
    "him, red and blistered.",
]


@pytest.mark.parametrize("text", BEING_PUT_IN_WHEN_FOUND_SCALDING)
def test_a_person_being_put_in_pulled_back_from_scalding_water_is_near_miss_14(text: str) -> None:
    assert never_event_codes(text) == (None, "14")


@pytest.mark.parametrize("text", CHECKED_BEFORE_ANYONE_WAS_BROUGHT)
def test_water_checked_before_anyone_was_brought_is_nothing(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", SCALDED_ON_THE_WAY_IN)
def test_a_person_scalded_on_the_way_in_is_never_event_14(text: str) -> None:
    assert never_event_codes(text) == ("14", None)


# ------------------------------------------------------------------------- never event 1

COPIED_BOOKING_ACTED_ON = [
    # review r22's probe
    "Previous pt's booking used as a template, list said L TKR for a pt needing R. Not picked "
    "up, L knee incision made before the error was seen.",
    "Booking form copied from the previous patient's, so the list read R hip for a pt needing L "
    "THR. Nobody noticed and the skin incision was made on the R hip before the error was "
    "realised.",
    "Theatre list built from another pt's booking as a template, side L instead of R. Surgeon "
    "made the incision on the L knee, then the error was found. Wound closed, R TKR done.",
]

COPIED_BOOKING_CAUGHT_ON_THE_DAY = [
    "Another patient's booking template used for the list, R TKR written for a pt needing L. "
    "Picked up at sign in before any incision was made, list corrected.",
    "Copied the previous pt's booking for Mrs A, list said R hip. Mrs A needed the L hip. Picked "
    "up at time out, nothing done, list corrected.",
]


@pytest.mark.parametrize("text", COPIED_BOOKING_ACTED_ON)
def test_a_copied_booking_s_wrong_side_incised_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", COPIED_BOOKING_CAUGHT_ON_THE_DAY)
def test_a_copied_booking_s_wrong_side_caught_at_the_checks_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


def test_another_patient_s_side_with_this_patient_s_operation_right_is_nothing() -> None:
    text = (
        "Images on PACS were for a different pt (another #NOF on the same list, R side). Our pt "
        "was for L hemi, done on the L."
    )
    assert never_event_codes(text) == (None, None)


WRONG_BED_FOUND_AT_THE_ID_CHECK = [
    # review r22's probe
    "Reg went to bed 6 to do the ascitic drain, checked ID against the wristband, wrong pt, went "
    "to the right bed.",
    "FY1 went to bay 4 bed 2 to take the bone marrow biopsy, checked the wristband and it was the "
    "wrong patient. Correct pt was in bed 3.",
    "Went to bed 12 to insert the PICC; on checking her name band she was the wrong lady. Went "
    "to the correct pt in bed 14, PICC sited there.",
    "Anaesthetist went to bed 1 to site the epidural, asked her name and DOB - wrong woman, the "
    "epidural was for bed 2.",
]

WRONG_BED_PROCEDURE_DONE = [
    "Reg went to bed 6 to do the ascitic drain, no ID check, drain inserted, then found it was "
    "the wrong pt. Correct pt drained later.",
    "Two pts with surname Patel in bay 3 (beds 4 and 6). Ascitic tap requested for bed 6 but FY2 "
    "went to bed 4, no ID band check, tap done. Wrong patient procedure.",
]

WRONG_BED_FOR_NO_PROCEDURE = [
    "HCA went to bed 4 to do obs, checked the wristband, wrong pt, went to the right bed.",
    "About to hang gentamicin for bed 9 and went to bed 10 by mistake, checked her wristband and "
    "it was the wrong pt. Not connected.",
]


@pytest.mark.parametrize("text", WRONG_BED_FOUND_AT_THE_ID_CHECK)
def test_the_wrong_bed_found_at_the_id_check_before_a_procedure_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", WRONG_BED_PROCEDURE_DONE)
def test_a_procedure_done_at_the_wrong_bed_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", WRONG_BED_FOR_NO_PROCEDURE)
def test_the_wrong_bed_for_obs_or_a_drug_is_no_wrong_site(text: str) -> None:
    assert never_event_codes(text) == (None, None)
