"""Near misses told in few words, each caught short of the patient: a feeding tube named only by
the pH of its aspirate, its tip at the carina, or found misplaced "prior to use"; a ligature
being tied to a rail without its breakaway fixings, taken away before it was round the neck; a
person climbing out of an unrestricted upper-floor window stopped by a nurse; a person being
helped into a scalding shower who was not yet under it. The same situations reached (feed given,
found hanging, a fall, a scald) keep their never event, and a tube coiled at the level of the
carina stays outside never event 13."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

MENTAL_HEALTH = {"service_type": "4", "location_type": "10"}

# ------------------------------------------------------------------------ never event 13

TUBE_TOLD_BY_ITS_ASPIRATE_CAUGHT = [
    # dev-27109
    "pH of aspirate 4.0 so nurse was about to start feed but checked the CXR report first - "
    "reported as in the airway. feed not started. re-sited",
    # dev-81043
    "pH testing: unable to get aspirate after 3 attempts, xray taken - tip in R lung. Removed "
    "and reinserted, 2nd xray stomach, feed started 4 hours later than planned.",
    "aspirate pH 6.5 on two strips so xray requested, tip in the right main bronchus. Nothing "
    "given. Removed and re-passed.",
    "no aspirate for pH testing, CXR: tip in the trachea. Pulled out before any feed, re-sited "
    "next day.",
]

TUBE_TIP_AT_THE_CARINA_CAUGHT = [
    # dev-29110
    "Mercy NNU: pH strip on OGT aspirate 7.5; nurse about to give the 1ml EBM but waited for "
    "xray, which showed the tube tip at the carina. Removed. No feed given.",
    "NNU: OGT re-passed, xray showed the tip at the carina. No feeds given, removed and "
    "re-sited, pH 4.",
    "NGT placed on HDU, check film - tip at carina. Not used, taken out and re-passed.",
]

TUBE_MISPLACED_BEFORE_USE = [
    # dev-47058
    "NE13? see Datix 4471 - tube found misplaced on xray prior to use",
    "NG tube misplaced on the check xray, identified before use. Re-sited.",
    "fine bore NGT found to be misplaced on CXR prior to use, removed and replaced.",
]

TUBE_USED_BEFORE_THE_FINDING = [
    "pH of aspirate recorded as 5 on the chart but the strip read 7. Feed commenced. CXR tip "
    "in the trachea/right bronchus.",
    "OGT re-passed, 2ml EBM given, then xray showed the tube tip at the carina. Removed.",
]

TUBE_COILED_AT_THE_LEVEL_OF_THE_CARINA = [
    "NGT inserted, on xray tip coiled in the oesophagus at the level of the carina. Not used, "
    "removed and re-passed.",
    "NGT passed for decompression, no aspirate. CXR: tube coiled in the oesophagus, tip at the "
    "level of the carina. Not used.",
]


@pytest.mark.parametrize(
    "text",
    TUBE_TOLD_BY_ITS_ASPIRATE_CAUGHT + TUBE_TIP_AT_THE_CARINA_CAUGHT + TUBE_MISPLACED_BEFORE_USE,
)
def test_a_feeding_tube_found_in_the_airway_before_use_is_near_miss_13(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


def test_a_tube_found_misplaced_before_use_stays_a_near_miss_when_ticked_as_never_event() -> None:
    fields = {"reporter_never_event": True, "reporter_never_event_type": "13"}
    assert never_event_codes(TUBE_MISPLACED_BEFORE_USE[0], **fields) == (None, "13")


@pytest.mark.parametrize("text", TUBE_USED_BEFORE_THE_FINDING)
def test_a_tube_used_before_its_airway_finding_is_never_event_13(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


@pytest.mark.parametrize("text", TUBE_COILED_AT_THE_LEVEL_OF_THE_CARINA)
def test_a_tube_coiled_at_the_level_of_the_carina_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


# ------------------------------------------------------------------------- never event 9

LIGATURE_TAKEN_BEFORE_IT_WAS_ROUND_THE_NECK = [
    # dev-41163
    "staff on 1:1 obs saw pt knotting a sheet around the shower rail in her en-suite. rail had "
    "been fitted by a contractor without the breakaway fixings. Staff took the sheet before she "
    "put it round her neck. She said she wanted to die",
    # dev-82141
    "HCA on eyesight obs noticed pt threading a phone charger cable over the bedroom curtain "
    "rail and tying a knot. Intervened immediately, cable removed. Rail on inspection = old "
    "fixed track missed in the last anti-ligature upgrade. Pt nursed on 1:1 overnight.",
    "RMN noticed pt tying a dressing gown cord to the curtain rail, took it off her before "
    "anything was round her neck. Rail had no collapsible clips, estates informed.",
    "On obs I saw him looping a belt over the shower rail. Removed it before it was put round "
    "his neck. The rail was an old fixed type.",
]

LIGATURE_LOADED_ON_THE_RAIL = [
    "pt found hanging from the shower rail by a sheet, rail fitted without the breakaway "
    "fixings, did not collapse. Cut down by staff, CPR started.",
]

RAIL_FOUND_AT_AUDIT = [
    "Ligature audit: shower rail in room 4 fitted without the breakaway fixings. No patient "
    "involved, room closed until replaced.",
]


@pytest.mark.parametrize("text", LIGATURE_TAKEN_BEFORE_IT_WAS_ROUND_THE_NECK)
def test_a_ligature_taken_off_a_fixed_rail_before_any_load_is_near_miss_9(text: str) -> None:
    assert never_event_codes(text, **MENTAL_HEALTH) == (None, "9")


@pytest.mark.parametrize("text", LIGATURE_LOADED_ON_THE_RAIL)
def test_a_hanging_from_a_rail_without_breakaway_fixings_is_never_event_9(text: str) -> None:
    assert never_event_codes(text, **MENTAL_HEALTH) == ("9", None)


@pytest.mark.parametrize("text", RAIL_FOUND_AT_AUDIT)
def test_a_rail_without_breakaway_fixings_found_at_audit_is_nothing(text: str) -> None:
    assert never_event_codes(text, **MENTAL_HEALTH) == (None, None)


# ------------------------------------------------------------------------ never event 10

STOPPED_AT_AN_UNRESTRICTED_WINDOW = [
    # dev-26118
    "Pt (delirium) had pushed the 2nd floor window wide open and was climbing onto the chair "
    "to get out. restrictor found broken. Stopped by nurse, no fall.",
    "3rd floor ward: pt climbing onto the sill of the open window, restrictor missing. Staff "
    "stopped him, no fall.",
    "Confused pt climbing out of the 1st floor window, the restrictor had been broken. Stopped "
    "by the HCA, no injury.",
]

FELL_FROM_AN_UNRESTRICTED_WINDOW = [
    "Pt fell from the 2nd floor window, restrictor found broken. Fractured pelvis.",
]

RESTRICTOR_FOUND_ON_A_WALK_ROUND = [
    "Estates walk round: restrictor found broken on the 2nd floor window in bay 3. No patient "
    "involved, window locked shut.",
]


@pytest.mark.parametrize("text", STOPPED_AT_AN_UNRESTRICTED_WINDOW)
def test_a_person_stopped_climbing_out_of_an_unrestricted_window_is_near_miss_10(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "10")


@pytest.mark.parametrize("text", FELL_FROM_AN_UNRESTRICTED_WINDOW)
def test_a_fall_from_an_unrestricted_window_is_never_event_10(text: str) -> None:
    assert never_event_codes(text) == ("10", None)


@pytest.mark.parametrize("text", RESTRICTOR_FOUND_ON_A_WALK_ROUND)
def test_a_broken_restrictor_found_on_a_walk_round_is_nothing(text: str) -> None:
    assert never_event_codes(text) == (None, None)


# ------------------------------------------------------------------------ never event 14

NOT_YET_UNDER_THE_SCALDING_SHOWER = [
    # dev-50100
    "Was helping Mr Ellis into the shower on ward 4 when he put his hand under it and said it "
    "was boiling - I checked, it was very hot. he wasnt under it. Reported to estates, shower "
    "taken out of use.",
    "Helping resident into the shower, water came out scalding hot. She wasnt under it yet, "
    "shower isolated and estates called.",
    "Assisting pt into the shower, he held his arm under the spray - scalding. He was not "
    "under the shower himself, no mark. TMV reported to estates.",
]

HOT_BATH_FOUND_BEFORE_ANYONE_GOT_IN = [
    # dev-52160, dev-136307: the thermometer check before anyone got in is the safeguard
    "bath water checked with the thermometer before getting the child in and it read 48C. Pt "
    "was not in the bath. Estates called and TMV replaced",
    "HCA ran the bath and checked with the bath thermometer before getting the pt in - 52 "
    "degrees. Pt was not in the bath or the hoist. Bath drained, estates called.",
]

SCALDED_UNDER_THE_SHOWER = [
    "Helping Mr J into the shower, water came out very hot and scalded his back, red and "
    "blistered. Shower taken out of use.",
]


@pytest.mark.parametrize("text", NOT_YET_UNDER_THE_SCALDING_SHOWER)
def test_a_person_not_yet_under_a_scalding_shower_is_near_miss_14(text: str) -> None:
    assert never_event_codes(text) == (None, "14")


@pytest.mark.parametrize("text", HOT_BATH_FOUND_BEFORE_ANYONE_GOT_IN)
def test_a_hot_bath_found_at_the_thermometer_check_is_nothing(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", SCALDED_UNDER_THE_SHOWER)
def test_a_person_scalded_under_the_shower_is_never_event_14(text: str) -> None:
    assert never_event_codes(text) == ("14", None)
