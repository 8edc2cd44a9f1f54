"""Theme patterns told indirectly: each clinical pattern with a positive narrative and a look-alike
that must not fire it (suicidal intent in the patient's words, moisture damage from
incontinence, a site's pressure ulcer category, pus that is an infection's, repositioning not
recorded, screening administration failures, a birth year, another patient's record, a transfer
letter saying the skin was intact, speech recognition software, deep sedation, and air-driven
nebulisers used as prescribed)."""

from __future__ import annotations

from classifier.engine import classify_text
from tests.classifier.outcomes import never_event_codes, rule_theme_ids, theme_ids


def test_wanting_not_to_wake_up_is_self_harm() -> None:
    text = (
        "Resident found very drowsy at breakfast with an empty blister strip in her drawer, "
        "told the carer she had wanted to fall asleep and never wake up. 999 called."
    )
    assert "self_harm" in rule_theme_ids(text)


def test_not_waking_for_a_reason_of_sedation_is_not_self_harm() -> None:
    text = "Pt did not wake up for the 0600 obs after his night sedation, GCS 15 once roused."
    assert "self_harm" not in rule_theme_ids(text)


def test_stockpiled_tablets_taken_with_intent_is_self_harm() -> None:
    text = (
        "Pt on the acute ward had been stockpiling her evening lithium and took them all "
        "with intent overnight."
    )
    assert "self_harm" in rule_theme_ids(text)


def test_setting_fire_to_oneself_is_self_harm() -> None:
    text = "Prisoner set fire to himself in his cell with a lighter he had hidden."
    assert "self_harm" in rule_theme_ids(text)


def test_excoriation_from_incontinence_is_moisture_damage() -> None:
    text = (
        "Perianal skin raw and excoriated, pt doubly incontinent with diarrhoea over the "
        "weekend and no barrier film used."
    )
    assert "pressure_ulcer" in rule_theme_ids(text)


def test_excoriation_from_scratching_is_not_moisture_damage() -> None:
    text = "Excoriated arms from scratching his eczema, emollients prescribed by the GP."
    assert "pressure_ulcer" not in rule_theme_ids(text)


def test_site_then_category_is_a_pressure_ulcer() -> None:
    assert "pressure_ulcer" in rule_theme_ids("L heel now category 3 at the weekly review.")


def test_category_two_ambulance_is_not_a_pressure_ulcer() -> None:
    text = "Pt fell at home and hurt her heel, cat 2 ambulance waited 5 hours."
    assert "pressure_ulcer" not in rule_theme_ids(text)


def test_counted_pus_are_pressure_ulcers() -> None:
    assert "pressure_ulcer" in rule_theme_ids("Pt admitted from home with 2 PUs to the sacrum.")


def test_pus_from_a_wound_is_infection_not_pressure_ulcer() -> None:
    themes = rule_theme_ids("Hip wound oozing pus 10 days post op, pyrexial, started on abx.")
    assert "infection" in themes
    assert "pressure_ulcer" not in themes


def test_no_repositioning_recorded_is_care_not_documentation() -> None:
    text = "Sacral cat 2 found on day 4, no repositioning recorded for 12 hrs overnight."
    themes = rule_theme_ids(text)
    assert "pressure_ulcer" in themes
    assert "communication_documentation" not in themes


def test_a_handover_not_given_beside_a_pressure_ulcer_is_still_documentation() -> None:
    text = (
        "Heel DTI found on day 3. The pressure ulcer was not handed over to the night team "
        "and was not documented in the notes."
    )
    assert "communication_documentation" in rule_theme_ids(text)


def test_screening_letters_not_sent_is_not_a_diagnosis_failure() -> None:
    text = (
        "Cervical screening results letters not sent for 3 weeks after the hub's mailing "
        "job failed, found on the failsafe report."
    )
    themes = rule_theme_ids(text)
    assert "radiotherapy_screening" in themes
    assert "assessment_diagnosis" not in themes


def test_referral_never_received_is_not_a_diagnosis_failure() -> None:
    text = (
        "2WW referral for a change in bowel habit was never received by the trust, found "
        "3 weeks later."
    )
    assert "assessment_diagnosis" not in rule_theme_ids(text)


def test_misread_screening_mammogram_is_still_a_diagnosis_failure() -> None:
    text = "Screening mammogram misread as normal, cancer diagnosis delayed by 14 months."
    assert "assessment_diagnosis" in rule_theme_ids(text)


def test_birth_year_is_an_identifier_not_maternity() -> None:
    text = (
        "Two pts on the ward with the same surname and birth year, bloods labelled with the "
        "wrong pt details."
    )
    assert "maternity_perinatal" not in rule_theme_ids(text)


def test_birth_on_the_ward_is_still_maternity() -> None:
    text = "Unplanned birth on the antenatal ward at 0300, midwife not present."
    assert "maternity_perinatal" in rule_theme_ids(text)


def test_another_patients_sheet_used_is_identification() -> None:
    text = (
        "Nurse was working from the previous patient's drug chart left on the trolley and gave "
        "his 0800 meds to the wrong pt."
    )
    assert "communication_documentation" in rule_theme_ids(text)


def test_group_read_from_another_record_is_identification() -> None:
    text = "Lab issued platelets after taking the group from another record with a similar name."
    assert "communication_documentation" in rule_theme_ids(text)


def test_letters_generated_to_a_former_address_is_communication() -> None:
    text = "Appointment letters printed to the old address on the system, pt missed the clinic."
    assert "communication_documentation" in rule_theme_ids(text)


def test_transfer_letter_saying_skin_intact_is_documentation() -> None:
    text = (
        "Admitted from a nursing home with a cat 3 PU to the sacrum. The transfer letter "
        "stated skin intact."
    )
    assert "communication_documentation" in rule_theme_ids(text)


def test_skin_intact_on_arrival_is_not_documentation() -> None:
    text = "Skin check on arrival to the ward: skin intact, pressure areas fine, waterlow 12."
    assert "communication_documentation" not in rule_theme_ids(text)


def test_speech_recognition_error_is_it_systems() -> None:
    text = (
        "Discharge letter typed with voice recognition software said 15mg instead of 50mg, "
        "GP prescribed 15mg."
    )
    assert "it_systems" in rule_theme_ids(text)


def test_deeply_sedated_after_a_drug_error_is_deterioration() -> None:
    text = "Pt given 5mg of midazolam instead of 1mg for the OGD, deeply sedated for an hour."
    assert "monitoring_deterioration" in rule_theme_ids(text)


def test_light_sedation_as_planned_is_not_deterioration() -> None:
    text = "Pt sedated with midazolam 2mg for the bronchoscopy as planned, procedure completed."
    assert "monitoring_deterioration" not in rule_theme_ids(text)


def test_air_driven_neb_as_prescribed_has_no_device_theme() -> None:
    text = (
        "Relative worried the nebuliser was on the air flowmeter - explained that the "
        "air-driven nebs are prescribed as he is a CO2 retainer. No issue."
    )
    assert "medical_device" not in theme_ids(text)


def test_oxygen_patient_on_the_air_flowmeter_keeps_its_device_theme() -> None:
    text = (
        "Pt on 2L oxygen as prescribed was found running off the air flowmeter at the 0200 "
        "check, sats 86%. Reconnected to O2."
    )
    assert never_event_codes(text)[0] == "15"
    assert "medical_device" in {t.id.value for t in classify_text(text).themes}
