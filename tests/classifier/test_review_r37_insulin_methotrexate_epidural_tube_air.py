"""Review R37: probes just outside m6's and x6's readings (merges 85431e35, 39a283c3).

Short narratives in other reporters' words, each read against the labelling guide, run on main
and on the base before the merges (c1d30e81):

- insulin from a luer syringe given and a later dose with an insulin syringe (never event 6, not
  the redo); a verbless "Correct dose." beside an overdose;
- methotrexate taken daily, twice weekly or from the wrong strength beside an interacting drug
  or missed monitoring (never event 7), and the toxicity from those alone (null);
- an epidural line taken to theatre or an IV stand (null), an epidural run IV (never event 5);
- a giving verb after "about to ... and then" beside a use told done (never event 13);
- a flow turned up on an air flowmeter: told running ("plugged into the air flowmeter at 2L"),
  after breathlessness or later on, it is the air given (never event 15, mended here: x6 had
  made these near misses); sats "on room air" beside air prescribed on purpose (null).

Strict xfails say whether main alone (regression) or main and base both read them wrong.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


def _probe(name: str, text: str, expected: tuple[str | None, str | None], reason: str | None):
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(text, expected, id=name, marks=marks)


INSULIN = [
    # guard: main reads it right
    _probe(
        "ins_luer_given_then_second_dose_insulin_syringe",
        "Carer gave the resident's Humulin I 20 units with a 1ml luer syringe at 08:00 as "
        "insulin syringes had run out, pt got 100 units. BM 1.8 at 10:00, paramedics called. "
        "Luer syringes stopped. Teatime dose given with an insulin syringe from DN stock.",
        ("6", None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "ins_luer_overdose_later_doses_with_pen_needle",
        "Agency nurse drew Novorapid 10 units into a 2ml syringe and gave it, 1ml drawn = 100 "
        "units. Pt hypo 1.5, IV glucose. Stopped. All further doses given with her pen and a new "
        "pen needle.",
        ("6", None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "ins_luer_stopped_redo_insulin_syringe",
        "HCA drew up Lantus 12 units into a 1ml luer syringe from the vial as no insulin "
        "syringes on the unit. Nurse in charge saw it before it was given. Stopped. Gave 12 "
        "units with an insulin syringe from ward 5.",
        (None, "6"),
        None,
    ),
    # guard: main reads it right
    _probe(
        "ins_luer_stopped_redo_u100",
        "Student nurse drew the Humalog up in a standard 1 ml syringe. Mentor stopped it before "
        "administration, discarded, and 8 units given with a U-100 syringe.",
        (None, "6"),
        None,
    ),
    # guard: main reads it right
    _probe(
        "ins_pen_withdrawn_given_then_insulin_syringe_again",
        "No pen needles on the ward. Nurse withdrew 20 units of NovoMix from the FlexPen with an "
        "insulin syringe and gave it. Pt BM 2.1 two hours later, glucose given. Stopped. Next "
        "dose again given with an insulin syringe from the pen.",
        ("6", None),
        None,
    ),
    # main and base both read it wrong
    _probe(
        "ins_correct_dose_question_beside_tenfold",
        "Nurse used a 1ml luer syringe for the Actrapid and gave 1ml, 100 units instead of 10. "
        "Correct dose? No. BM 2.2 at 14:00, glucose gel and IV dextrose given.",
        ("6", None),
        "Main and base (c1d30e81) both read it null: a 10-fold luer-syringe overdose told with "
        "the rhetorical 'Correct dose? No.' is missed before and after m6 (no regression).",
    ),
    # guard: main reads it right
    _probe(
        "ins_correct_dose_list_beside_u_overdose",
        "Insulin written on the chart as 'Humalog 4U'. Right patient. Correct dose. But the bank "
        "nurse read it as 40 units and gave 40 units. Hypo 1.9, IV glucose given.",
        ("6", None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "ins_correct_dose_alone_guard",
        "Pt's Humulin I 18 units withdrawn from his 100 units/ml KwikPen cartridge with a U-100 "
        "insulin syringe by the carer and given as no pen needles. Correct dose. BM normal.",
        (None, None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "ins_halt_then_given_anyway_no_insulin_syringes",
        "Nurse drew up Actrapid 10 units in a 1ml luer syringe. NIC queried it and said stop, "
        "but it was then given anyway as there was no stock of insulin syringes; pt received 100 "
        "units, BM 1.9.",
        ("6", None),
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), INSULIN)
def test_insulin_device_and_dose_told_right_read_as_the_guide_says(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


METHOTREXATE = [
    # guard: main reads it right
    _probe(
        "mtx_daily_and_trimethoprim",
        "Pt on MTX for RA had been taking 10mg every day instead of weekly for 6 days after "
        "discharge, and was also started on trimethoprim for UTI. Admitted pancytopenic with "
        "mouth ulcers.",
        ("7", None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "mtx_daily_interaction_flagged",
        "Methotrexate 7.5mg taken daily by RA pt since the new blister pack. Interaction with "
        "co-trimoxazole also noted. Admitted neutropenic, folinic acid.",
        ("7", None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "mtx_septrin_and_double_dose",
        "Psoriasis pt co-prescribed septrin with methotrexate. Care home also gave a double dose "
        "of methotrexate 20mg instead of 10mg weekly for 3 weeks. MTX toxicity, admitted.",
        ("7", None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "mtx_interaction_only_guard",
        "Pt on methotrexate 15mg weekly for RA was given trimethoprim by the GP for a UTI. "
        "Admitted a week later pancytopenic. Interaction not flagged by the system.",
        (None, None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "mtx_monitoring_missed_and_daily",
        "No bloods since March. Pt had been taking methotrexate 15mg every day instead of once "
        "weekly for 2 weeks. Admitted with neutropenic sepsis.",
        ("7", None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "mtx_monitoring_not_happening_and_daily_label",
        "Shared care monitoring not happening for this RA pt. Pharmacy label read 'take 4 "
        "tablets daily' for methotrexate 2.5mg and pt took them daily for 10 days. Pancytopenic.",
        ("7", None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "mtx_monitoring_missed_only_guard",
        "RA pt on methotrexate 20mg weekly, no FBC or LFTs since last July as the GP recall was "
        "not set up. Admitted with pancytopenia, MTX toxicity.",
        (None, None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "mtx_monitoring_missed_daily_caught",
        "No bloods since January. On med rec the pharmacist noticed methotrexate prescribed as "
        "10mg OD on the drug chart; no doses given yet, corrected to weekly.",
        (None, "7"),
        None,
    ),
    # guard: main reads it right
    _probe(
        "mtx_interaction_and_extra_dose",
        "Pt on weekly MTX for RA given trimethoprim by the GP; pt also took an extra dose of "
        "methotrexate on Wednesday by mistake. Admitted pancytopenic.",
        ("7", None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "mtx_cotrimoxazole_and_twice_weekly",
        "RA pt on methotrexate and co-trimoxazole. Had been taking her methotrexate on Monday "
        "and Thursday, twice weekly instead of once weekly, since the new prescription. Admitted "
        "with pancytopenia.",
        ("7", None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "mtx_monitoring_missed_wrong_strength",
        "No bloods since March. Pharmacy dispensed methotrexate 10mg tablets instead of 2.5mg "
        "and pt took 4 tablets, 40mg weekly, for 3 weeks. Admitted pancytopenic, MTX toxicity.",
        ("7", None),
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), METHOTREXATE)
def test_methotrexate_toxicity_causes_read_as_the_guide_says(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


EPIDURAL = [
    # guard: main reads it right
    _probe(
        "epi_line_taken_to_theatre",
        "Epidural infusion paused for transfer. The epidural line was taken to theatre with the "
        "patient and the IV cannula flushed before induction. Epidural restarted in recovery by "
        "the anaesthetist. No error.",
        (None, None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "epi_extension_given_iv_run_in",
        "Bupivacaine/fentanyl epidural bag was put up and its extension run to the 3-way tap on "
        "the cannula. It ran for an hour before the nurse noticed. Pt hypotensive and drowsy, "
        "anaesthetist attended.",
        ("5", None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "epi_extension_stopped_before_running_guard",
        "Nurse ran the epidural extension to the 3-way tap on his cannula but noticed before the "
        "pump was started. Disconnected, anaesthetist informed.",
        (None, "5"),
        None,
    ),
    # guard: main reads it right
    _probe(
        "epi_iv_line_to_epidural_filter",
        "IV paracetamol was connected to the epidural filter in error instead of the cannula; "
        "stopped after 10ml, anaesthetist informed, no harm.",
        (None, None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "epi_line_to_iv_stand",
        "The epidural bag and its line were taken to the IV stand next to the bed and the "
        "epidural pump restarted after the transfer; good block, pt comfortable.",
        (None, None),
        None,
    ),
    # main and base both read it wrong
    _probe(
        "epi_line_run_to_iv_pump",
        "Epidural line run to an IV pump as the yellow epidural pump had failed; noticed by the "
        "outreach nurse, anaesthetist informed and an epidural pump found. The epidural stayed "
        "connected to the epidural catheter.",
        (None, None),
        "Main and base both read never event 5: an epidural line run to an IV pump (the wrong "
        "pump, the epidural catheter still its route) is read as the epidural given IV (no "
        "regression).",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EPIDURAL)
def test_epidural_line_to_a_vein_read_as_the_guide_says(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


TUBE = [
    # guard: main reads it right
    _probe(
        "tube_started_feed_then_xray",
        "NG passed on the ward. Nurse started the feed and then did the x-ray request. X-ray "
        "showed the NG tube in the right lower lobe bronchus. Feed had run for 3 hours.",
        ("13", None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "tube_about_to_but_flush_given",
        "I was about to do a pH check and then start the feed but the night nurse had already "
        "given a 20ml water flush down the NG. CXR then showed the tube in the right main "
        "bronchus.",
        ("13", None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "tube_once_passed_flush_and_then_start",
        "Once the NG was passed the nurse flushed it with 20ml water and then start the feed at "
        "30ml/hr as per plan. CXR later showed the NG in the right lung.",
        ("13", None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "tube_told_to_flush_and_then_start_ran",
        "Before the x-ray was reviewed, the F1 told the nurse to flush and then start the feed. "
        "Feed ran for 4 hours; CXR reported NG tube in the left bronchus.",
        ("13", None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "tube_about_to_whoosh_and_then_start_guard",
        "Nurse was about to do a whoosh test and then start the feed when the student said the "
        "pH had not been checked. CXR: tube in the right main bronchus. Nothing given.",
        (None, "13"),
        None,
    ),
    # guard: main reads it right
    _probe(
        "tube_going_to_check_but_gave",
        "I was going to check the pH and then give the meds, but gave them down the NG as the pt "
        "was distressed. CXR later showed the NG in the left lung.",
        ("13", None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "tube_if_no_aspirate_flush_and_then_start_which_she_did",
        "Nurse was told by the reg that if no aspirate to flush 10ml water and then start the "
        "feed, which she did. CXR next day showed the tube in the right lung.",
        ("13", None),
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), TUBE)
def test_tube_use_still_to_come_read_as_the_guide_says(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


AIR = [
    # guard: main reads it right
    _probe(
        "air_turned_up_desaturated",
        "Nasal specs plugged into the air flowmeter by mistake. Nurse turned it up to 4L as sats "
        "were 88% and pt then desaturated to 82%. Only then noticed it was air.",
        ("15", None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "air_went_to_turn_up_sats_between_guard",
        "Venturi mask connected to the air flowmeter. Sats dropping to 85% so went to turn the "
        "flow up and realised it was air. Swapped to O2.",
        ("15", None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "air_about_to_turn_up_pt_desaturated",
        "Pt's nasal cannula was connected to the air flowmeter and the nurse was about to turn "
        "the flow up when the pt desaturated to 80%; then noticed it was medical air. Moved to "
        "O2.",
        ("15", None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "air_about_to_turn_up_nothing_between_guard",
        "Paramedic pushed the mask tubing onto the air flowmeter and was about to turn it up "
        "when I said 'that's air'. Moved to oxygen before the flow went on.",
        (None, "15"),
        None,
    ),
    # guard: main reads it right
    _probe(
        "air_room_air_sats_air_driven_nebs",
        "COPD pt, sats 92% on room air. Prescribed air-driven nebs; nebuliser given via the air "
        "flowmeter as per chart.",
        (None, None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "air_sats_in_air_neb_driven_by_air",
        "COPD pt, sats 89% in air, salbutamol nebs prescribed to be driven by air as a CO2 "
        "retainer. Neb given on the air flowmeter.",
        (None, None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "air_o2_prescribed_sats_room_air_porter_air",
        "Pt needing 4L oxygen, sats 88% on room air. Nasal specs were attached to the air "
        "flowmeter by the porter on transfer, noticed 30 minutes later with sats 82%.",
        ("15", None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "air_before_turning_up_caught",
        "Connected the mask to the flowmeter and, before turning the flow up, saw it was the AIR "
        "outlet. Moved to O2 before it went on the patient.",
        (None, "15"),
        None,
    ),
    # guard: main reads it right
    _probe(
        "air_mask_on_pt_running_about_to_turn_up",
        "Pt wearing the venturi mask, which was running off the air flowmeter at 4L after the "
        "bed move. Nurse was about to turn it up to 6L for the neb and saw the AIR label. "
        "Changed to O2.",
        ("15", None),
        None,
    ),
    # regression from x6 (base read it right), mended here
    _probe(
        "air_plugged_in_at_a_rate_then_went_to_turn_up",
        "Pt on nasal specs. During the transfer the tubing was plugged into the air flowmeter at "
        "2L. I went to turn the flow up and noticed it was air. Moved to O2.",
        ("15", None),
        None,
    ),
    # regression from x6 (base read it right), mended here
    _probe(
        "air_running_at_a_rate_then_went_to_turn_up",
        "HCA connected the pt's nasal specs to the air flowmeter running at 3L/min. Nurse went "
        "to turn the flow up and noticed it was the AIR outlet. Moved to O2.",
        ("15", None),
        None,
    ),
    # regression from x6 (base read it right), mended here
    _probe(
        "air_later_obs_went_to_turn_up",
        "Nasal specs plugged into the air flowmeter on arrival to the ward. At the later obs "
        "round I went to turn the flow up and saw it was air. Moved to oxygen.",
        ("15", None),
        None,
    ),
    # regression from x6 (base read it right), mended here
    _probe(
        "air_short_of_breath_so_went_to_turn_up",
        "Nasal specs attached to the air flowmeter by the porter. Pt became short of breath and "
        "cyanosed so I went to turn the flow up and saw it was air.",
        ("15", None),
        None,
    ),
    # regression from x6 (base read it right), not mended
    _probe(
        "air_next_morning_went_to_turn_up",
        "Nasal specs attached to the air flowmeter by the porter on admission. The next morning "
        "I went to turn the flow up and saw it was air.",
        ("15", None),
        "Regression from x6 (base c1d30e81 read 15): time passing told only by 'the next "
        "morning' between the air joining and 'went to turn the flow up' is not read as the "
        "patient on the air.",
    ),
    # guard: main reads it right
    _probe(
        "air_on_it_for_minutes_when_went_to_turn_up",
        "Nasal specs attached to the air flowmeter by the porter. Pt had been on it for 40 "
        "minutes when I went to turn the flow up and saw it was air.",
        ("15", None),
        None,
    ),
    # guard: main reads it right
    _probe(
        "air_crew_rate_before_the_joining_still_caught",
        "Pt on 15L NRB connected to the ambulance cylinder. ED nurse took the tubing off and "
        "pushed it onto the air flowmeter and was about to turn it up when the paramedic said "
        "'that's air'. Moved onto O2 before the mask lost any flow.",
        (None, "15"),
        None,
    ),
    # guard: main reads it right
    _probe(
        "air_rate_prescribed_then_went_to_turn_up_before_specs_on",
        "New admission needing 2L O2. HCA attached the nasal specs tubing to the air flowmeter "
        "and went to turn it up to 2L when I noticed the AIR label. Specs not yet on the pt. "
        "Moved to O2.",
        (None, "15"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), AIR)
def test_air_flow_turned_up_and_air_prescribed_read_as_the_guide_says(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
