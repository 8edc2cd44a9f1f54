"""Four ward wordings of themes: observations told as done fewer times than they were due
("neuro obs only done twice, should have been half hourly") are monitoring that was not kept
up; a physio session cancelled or a patient not seen by physio since surgery is a non-drug
treatment omitted; the bed of a wound, a nail or an ulcer ("broken blister with a pink wound
bed") is no bed that failed; the dose estimate of a scan is no medicine's dose. Each with the
look-alike that keeps (or stays without) its theme."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

# ------------------------------------------------------ observations done short of their due


@pytest.mark.parametrize(
    "text",
    [
        "head injury after fall at 03:00, neuro obs only done twice before the day shift, "
        "should have been half hourly",
        "obs only recorded once overnight for pt on NEWS2 4, should have been 2 hourly",
        "pt post op day 1, observations were done only once on the late shift",
        "Only one set of obs in 10 hrs for a pt on hourly obs after the transfusion",
        "vitals should have been done hourly after the bolus but were done at 14:00 and 18:00",
    ],
)
def test_obs_done_short_of_their_due_is_monitoring(text: str) -> None:
    assert "monitoring_deterioration" in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt on twice daily obs as per plan, mobilising on the ward, slipped on wet floor",
        "only one bank nurse available, shift short of an RN, obs all done on time",
    ],
)
def test_obs_kept_to_plan_is_no_monitoring(text: str) -> None:
    assert "monitoring_deterioration" not in theme_ids(text)


# -------------------------------------------------------------------- therapy the pt missed


@pytest.mark.parametrize(
    "text",
    [
        "no hoist available on the ward so pt remained in bed and her physio session was cancelled",
        "pt day 4 post TKR has not been seen by physio since surgery due to sickness",
        "pt not seen by the physiotherapists for 3 days over the weekend, not yet mobilised",
        "rehab sessions missed all week as the gym was closed for the leak",
    ],
)
def test_therapy_missed_is_treatment_procedure(text: str) -> None:
    assert "treatment_procedure" in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "physio reviewed pt this am and mobilised him with a frame, no concerns raised",
        "pt had her physio session this morning, then fell in the toilet at 15:00, no injury",
    ],
)
def test_therapy_given_is_no_treatment_procedure(text: str) -> None:
    assert "treatment_procedure" not in theme_ids(text)


# ------------------------------------------------------------------------ the bed of a wound


@pytest.mark.parametrize(
    "text",
    [
        "Cat 2 pressure ulcer to L heel, broken blister with a red wound bed, TVN referral",
        "sacral sore found on turning, broken skin with sloughy wound bed, photo taken",
        "nail bed injury to R thumb when the locker door closed on it, cleaned and dressed",
    ],
)
def test_the_bed_of_a_wound_is_no_device(text: str) -> None:
    assert "medical_device" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "profiling bed broken, would not lower, pt stayed on a trolley overnight",
        "pressure ulcer to sacrum, air mattress found deflated and the pump faulty",
    ],
)
def test_a_bed_or_mattress_that_failed_is_still_a_device(text: str) -> None:
    assert "medical_device" in theme_ids(text)


# ----------------------------------------------------------- the dose estimate of a scan


@pytest.mark.parametrize(
    "text",
    [
        "CT abdomen done before pregnancy status checked, bHCG positive later, dose estimate "
        "done by radiology and referred to EPU",
        "x-ray pelvis in a pt later found to be 7 weeks pregnant, fetal dose calculated by "
        "medical physics",
    ],
)
def test_a_scan_dose_estimate_is_no_medication(text: str) -> None:
    assert "medication" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "insulin dose estimated wrongly by the FY1, 20 units given instead of 2",
        "gentamicin dose calculated on the wrong weight, double dose given",
    ],
)
def test_a_drug_dose_worked_out_wrongly_is_still_medication(text: str) -> None:
    assert "medication" in theme_ids(text)
