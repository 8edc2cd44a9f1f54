"""Round 40 theme readings: a fall denied of everyone ("nobody fell"), a value or a surgical
clip that fell or slipped, an allegation about clinical care (not abuse), a radiation dose (not
a medicine's), and the wrong blood results (routine tests, not a unit) - each beside the same
words told of a real fall, real abuse, a real medicine dose and a real wrong unit."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids


@pytest.mark.parametrize(
    "text",
    [
        "walk round on the first floor: catch on the bay window found loose, nobody fell, "
        "estates attended and replaced it",
        "pt tried to climb over the cot sides at 2am, staff got there in time and no one fell",
        "the hoist sling strap frayed during the transfer, we lowered the man back to the bed "
        "safely, nobody fell or was hurt",
    ],
)
def test_a_fall_denied_of_everyone_is_no_fall(text: str) -> None:
    assert "falls" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "nobody saw it happen but mr k fell in the bathroom and cut his eyebrow",
        "pt fell off the commode at 04:00, no one was with her as the HCA was on a break",
        "she slipped on the wet floor by the sink and fell, nobody fell with her, skin tear",
    ],
)
def test_a_real_fall_beside_nobody_is_still_a_fall(text: str) -> None:
    assert "falls" in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "repeat bloods on day 6 showed a fall in neutrophils to 0.8 and a rise in CRP",
        "lap chole: a ligaclip slipped off the cystic artery, bleeding controlled with "
        "diathermy and a second clip",
        "the endoloop slipped off the appendix base and was re-applied",
    ],
)
def test_a_count_or_a_clip_that_fell_or_slipped_is_no_fall(text: str) -> None:
    assert "falls" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "legal claim: claimant alleges that the wrong dose of insulin was given on ward 4",
        "family complaint alleging that a swab had been left in after the hysterectomy; CT "
        "showed none",
        "solicitor's letter: allegation of a delayed diagnosis of her wrist fracture in ED",
    ],
)
def test_an_allegation_about_clinical_care_is_no_abuse(text: str) -> None:
    assert "behaviour_abuse_safeguarding" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "allegation by a resident that a carer slapped her face during personal care",
        "daughter alleged that staff shouted at her father and pushed him into the chair",
        "allegation of sexual assault by another patient in the day room, police informed",
    ],
)
def test_an_allegation_against_a_person_is_still_abuse(text: str) -> None:
    assert "behaviour_abuse_safeguarding" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "CT KUB done before the pregnancy test came back positive, dose to the fetus "
        "approx 8 mGy, patient counselled",
        "barium enema on a woman later found to be pregnant, radiation protection adviser "
        "calculated the dose",
        "pelvic x-ray on the wrong patient with the same surname, RPA informed and dose estimated",
    ],
)
def test_a_radiation_dose_is_no_medication_error(text: str) -> None:
    assert "medication" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "10 times the gentamicin dose given to the baby on NNU, level 14, nephrology advice",
        "pt given double dose of dalteparin, 10000 units instead of 5000, RPA not involved",
        "CT done and separately the morphine dose was given twice on the ward, 20mg in total",
    ],
)
def test_a_medicine_dose_beside_radiology_words_is_still_medication(text: str) -> None:
    assert "medication" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "another patient's blood results were filed under his hospital number and he was "
        "started on IV fluids for an AKI he did not have",
        "GP surgery read out the wrong blood test results to the patient over the phone",
        "she was given the wrong blood results at clinic and told her kidneys were failing",
        "my dad received somebody else's blood test results in the post",
    ],
)
def test_the_wrong_blood_results_are_no_transfusion(text: str) -> None:
    assert "blood_transfusion_tissues" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "he was given the wrong blood, the unit was for the lady in bed 9, stopped at 30ml",
        "my wife got somebody else's blood on the day unit and had a reaction",
    ],
)
def test_the_wrong_blood_given_is_still_a_transfusion(text: str) -> None:
    assert "blood_transfusion_tissues" in rule_theme_ids(text)
