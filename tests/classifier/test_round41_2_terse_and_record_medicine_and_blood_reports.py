"""Round 41 (helper 2): never events 4-8 and 12 told tersely or through records. A unit "for
diff pt" is someone else's; "emerg" O neg units are compatible, and so is a query answered
"haem says compatible"; "endo nurse" names an endoscopy sedation; "gave X via cannula", "hooked
up to IV cannula" and "IV drug given into epidural catheter" read without an article; an IV
preparation given IV is no oral medicine into a line; a methotrexate frequency "changed to
daily" and an administration record listing dated doses are an overdose given; insulin
"redrawn with insulin syringe" then "correct dose given" is the redo after the catch;
"pre-transfusion" naming obs or a check done is no catch, and an ABO mismatch told through
records with no catch anywhere reached the patient; a sheet "filed in the wrong notes" is no
wrong-patient procedure."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "bedside chk: bag collected was for diff pt (gp B), our lady gp A. not hung, "
            "returned to lab",
            (None, "12"),
        ),
        (
            "unit hung was for diff pt (grp A), our pt grp O - 50ml in before noticed, rigors",
            ("12", None),
        ),
    ],
)
def test_unit_for_diff_patient_is_someone_elses_group(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2 units O neg emerg blood given to B pos pt in resus, flagged as ?ABO incompatible",
        "unit from wrong fridge slot given, datix as ?ABO incompatible - lab confirmed compatible",
        "diff pt in bay 2 (grp A) had 2 units uneventfully. our pt grp O had her unit later, "
        "no issues",
    ],
)
def test_compatible_units_and_answered_queries_are_no_abo_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_compatible_with_another_patient_is_no_verdict_on_the_recipient() -> None:
    text = (
        "haem says compatible with bed 3 pt but unit was given to bed 4 pt grp O, unit grp A, "
        "reaction"
    )
    assert never_event_codes(text) == ("12", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "endo nurse picked 5mg/ml midazolam ampoule, noticed at check before giving, "
            "replaced with 1mg/ml",
            (None, "8"),
        ),
        (
            "endo nurse found midazolam 10mg/2ml ampoules in the cupboard at stock check, "
            "removed to pharmacy",
            (None, None),
        ),
    ],
)
def test_endo_nurse_names_the_endoscopy_sedation(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "gave movicol via cannula by mistake",
        "pt's enteral feed hooked up to picc line overnight, pt septic",
        "bupivacaine epidural bag hooked up to peripheral cannula, not the epidural, pt "
        "hypotensive",
    ],
)
def test_terse_oral_or_epidural_medicine_into_a_vein_is_wrong_route(text: str) -> None:
    assert rule_never_event_codes(text) == ("5", None)


@pytest.mark.parametrize(
    "text",
    [
        "IV abx given into epidural filter by mistake, anaes aware",
        "cefuroxime IV pushed via epidural catheter in error",
        "gave IV paracetamol 1g via cannula, oral dose also charted, pt NBM",
        "epidural in situ for analgesia. IV fluids connected to cannula",
        "pt's epidural catheter disconnected at filter, anaes re-sited, IV morphine given via "
        "cannula meanwhile",
    ],
)
def test_iv_medicine_by_its_own_route_or_into_epidural_is_no_never_event_5(text: str) -> None:
    assert rule_never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "RA pt. methotrexate 15mg weekly changed to daily on transcription, given 3 days "
        "running, neutropenic",
        "psoriasis pt, pharmacy review: methotrexate 10mg od on the chart. MAR 01/05 02/05 "
        "03/05 signed. mouth ulcers.",
    ],
)
def test_methotrexate_made_daily_and_doses_dated_in_the_record_is_overdose(text: str) -> None:
    assert never_event_codes(text) == ("7", None)


def test_another_drug_changed_to_daily_is_no_methotrexate_overdose() -> None:
    text = "methotrexate weekly on Mondays; prednisolone changed to daily 30mg"
    assert never_event_codes(text) == (None, None)


def test_insulin_redrawn_then_correct_dose_is_the_redo_after_the_catch() -> None:
    text = (
        "novorapid 8 units drawn into 1ml luer syringe by bank RN, stopped by me before "
        "injecting, redrawn with insulin syringe, correct dose given at 17:40"
    )
    assert never_event_codes(text) == (None, "6")


@pytest.mark.parametrize(
    "text",
    [
        "Blood bank: pt group B pos. Unit 77-1 group A pos issued for pt in bed 2.\n"
        "Fridge log: removed 14:02.\nBedside: no scan.\nObs: 14:10 T 36.9 (pre-transfusion).\n"
        "14:30 T 38.9 rigors.\nStopped after about 60ml.",
        "LIMS: recipient O neg. Unit issued group AB pos. Nurse collected it. Pre-transfusion "
        "obs done 10:00. Bedside check done at desk. Later: pt flushed, back pain, 100ml in.",
    ],
)
def test_abo_mismatch_told_through_records_with_no_catch_reached_the_patient(text: str) -> None:
    assert never_event_codes(text) == ("12", None)


def test_pre_transfusion_check_that_picked_it_up_is_still_a_catch() -> None:
    text = (
        "LIMS: pt group O. unit group A issued for bed 5. Nurse collected it. Pre-transfusion "
        "check at bedside picked up mismatch, unit not spiked, returned."
    )
    assert never_event_codes(text) == (None, "12")


def test_sheet_filed_in_wrong_notes_is_no_wrong_patient_procedure() -> None:
    text = (
        "pre op assessment form was filed in wrong notes, belongs to another pt - found at "
        "clinic, refiled"
    )
    assert never_event_codes(text) == (None, None)
