"""Batch 40 leftovers: a methotrexate dose told as "had not been given" was caught; the
operation the patient "underwent" names the planned spinal level, so a level found operated on
at review is wrong site; a level told done "also" beside the planned one is an extension, for
the rules and for the learned model alike."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Statement (pharmacist). I noticed methotrexate 10mg had been prescribed OD. The first "
        "dose was due that evening and had not been given. Changed to weekly with the prescriber.",
        "Methotrexate 15mg prescribed daily on admission, picked up on pharmacy screen, the "
        "tablets had not been given yet. Prescription amended to weekly.",
    ],
)
def test_methotrexate_dose_told_as_not_been_given_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "7")


def test_wristband_not_been_given_is_no_prevented_dose() -> None:
    text = (
        "Wrong patient cystoscopy: called Mr Ali and the wrong gentleman came through, I did "
        "not check his wristband because he had not been given one at reception. The flexible "
        "cystoscopy was done on him; he had come for a catheter review."
    )
    assert never_event_codes(text)[0] == "1"


def test_level_found_operated_other_than_the_operation_underwent_is_wrong_site() -> None:
    text = (
        "this 58 yr old gentleman underwent L4/5 microdiscectomy on the 3rd. post op pain "
        "unchanged, MRI on the 10th shows the discectomy was performed at L3/4 and the L4/5 "
        "disc prolapse persists. the level marker image was on reflection misread."
    )
    assert rule_never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    "text",
    [
        "The patient underwent L4/5 decompression. Stenosis also found at L3/4 which was "
        "decompressed as well, as consented.",
        "planned L4/5 decompression. Stenosis also found at L3/4 which was decompressed as well.",
    ],
)
def test_level_also_done_beside_the_planned_one_is_no_wrong_site(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "SI 72hr: IV drug user admitted with cellulitis. Self-injected crushed oral tablets into "
        "her own cannula on ward 8 (found with syringe by HCA). Cannula resited.",
        "pt injected crushed tablets into her cannula herself, found by HCA with syringe.",
    ],
)
def test_medicine_the_patient_injected_into_own_line_is_no_wrong_route(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_oral_liquid_given_iv_by_staff_is_still_wrong_route() -> None:
    text = "Oramorph drawn up in an IV syringe and given via the cannula by the FY1."
    assert never_event_codes(text) == ("5", None)


def test_pack_with_the_op_notes_terse_removal_time_is_left_as_planned() -> None:
    text = (
        'A vaginal pack inserted at the end of an anterior repair was documented as "pack in '
        'situ, remove 24h" on the op note. The woman was discharged on day 2 with the pack in '
        "place. It was removed at her GP practice on day 6."
    )
    assert never_event_codes(text) == (None, None)


def test_throat_pack_in_situ_to_come_out_at_the_end_and_left_is_retained() -> None:
    text = (
        "throat pack in situ, remove at end of case. Pack found in the mouth in recovery after "
        "extubation."
    )
    assert never_event_codes(text)[0] == "3"


def test_question_whether_this_was_potassium_names_no_potassium() -> None:
    text = (
        "Statement, A&E. He had been given potassium by the renal unit as part of his dialysate "
        "prescription, the concentration was correct. I treated him with calcium gluconate and "
        "insulin dextrose. I understand there was a query whether this was a potassium never "
        "event. In my view the potassium given was the intended product."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "The nurse connected the NG feed. The patient started coughing after about 20 mins and "
        "we stopped it. Later the tube was found in her lung.",
        "HCA statement: I set up the pump, the nurse put up the NG feed. Pt coughing within 15 "
        "minutes so we stopped it. CXR afterwards showed the NG tube in the R main bronchus.",
    ],
)
def test_feed_connected_and_stopped_after_minutes_went_down_a_misplaced_tube(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


def test_tube_in_bronchus_before_any_feed_is_near_miss() -> None:
    text = (
        "NG tube passed, xray showed tip in R bronchus before any feed. Tube removed and "
        "repassed. Feed started after 20 mins once the new xray confirmed stomach."
    )
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize(
    "text",
    [
        "Pt needed humidified O2 35% via Aquapak. Sats 82%. On checking, the humidifier bottle "
        "adapter was screwed onto the medical air flowmeter. Moved to oxygen.",
        "recovery: pt extubated and put on 6L O2 via hudson mask. the mask tubing was attached to "
        "the flowmeter on the left of the pendant which after last weeks maintenance is now AIR. "
        "sats 88% and dropping, pt put on correct outlet.",
    ],
)
def test_oxygen_device_screwed_onto_or_joined_to_an_outlet_now_air_is_never_event_15(
    text: str,
) -> None:
    assert rule_never_event_codes(text) == ("15", None)


def test_outlet_changed_to_air_with_no_patient_is_no_never_event() -> None:
    text = (
        "Estates notice: after pendant maintenance the flowmeter on the left which was oxygen is "
        "now air in bays 1-6. Staff to check before use. No patient affected."
    )
    assert never_event_codes(text) == (None, None)


def test_consequence_told_in_general_before_what_it_names_is_no_event() -> None:
    text = (
        "Teaching session: if a unit for another patient is given it can cause "
        "haemoglobinuria and acute haemolysis."
    )
    assert never_event_codes(text) == (None, None)


def test_haemolysis_that_happened_beside_a_general_consequence_is_still_never_event_12() -> None:
    text = (
        "Unit for bed 6 given to the pt in bed 5, group A into group O. The pt developed "
        "haemoglobinuria and acute haemolysis, which can cause renal failure."
    )
    assert never_event_codes(text) == ("12", None)
