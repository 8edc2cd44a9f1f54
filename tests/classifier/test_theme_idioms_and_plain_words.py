"""Theme cues by concept: what a report tells in plain or idiomatic words. Deterioration in lay
words (lips gone blue, not breathing, the heart rhythm changing, a drug "to wake him up"); a
system that did something to the data; antenatal haemoglobinopathy screening named by its
conditions; a bag for one patient hung on another. And idioms or look-alikes that must not
fire a theme: a task that "fell between" two teams, a broken tooth, property lost or thrown
away, a machine keeping the money, "no further dose given", aspiration pneumonitis, a septic
joint that was only the reason for the washout."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids


@pytest.mark.parametrize(
    "text",
    [
        "went in to see dad and his lips were blue and he was gasping, nurse pulled the buzzer",
        "found her slumped in the chair, grey around the mouth, crash team called",
        "the baby went blue during the feed and needed stimulating",
        "when we got to him he was not breathing and the nurses started the alarm",
        "after the injection his heart rate went irregular and they put him on a monitor",
        "she was so sleepy they had to give her a drug to wake her up",
    ],
)
def test_deterioration_told_in_lay_words_is_monitoring(text: str) -> None:
    assert "monitoring_deterioration" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        # CPR after a hanging or against a DNACPR is the event told, not a deterioration
        "pt found hanging from the curtain rail in his room, CPR started, pronounced dead",
        "DNACPR form not sent with the resident so CPR was commenced by the crew",
        # blue things and normal breathing
        "the blue wristband for allergies was not put on, pt breathing comfortably",
        "pt given the wrong leaflet about her heart rhythm clinic, apology given",
    ],
)
def test_blue_things_and_cpr_as_the_event_are_not_deterioration(text: str) -> None:
    assert "monitoring_deterioration" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "the referral to the community team fell between the two services and was never seen",
        "follow up bloods fell through the cracks after the ward move, found 6 weeks later",
        "his name fell off the waiting list when the clinic was re-organised",
    ],
)
def test_a_task_that_fell_between_services_is_not_a_fall(text: str) -> None:
    assert "falls" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt with dementia fell through the window of the first floor day room",
        "pt fell between the bed and the commode at 03:00, found on the floor",
        "lady fell in the bathroom, found on the floor by the HCA",
    ],
)
def test_a_patient_falling_through_or_between_is_still_a_fall(text: str) -> None:
    assert "falls" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "my bottom back molar was broken so the dentist took it out under local",
        "the upper front teeth were sore and broken after the intubation",
    ],
)
def test_a_broken_tooth_is_not_pressure_damage(text: str) -> None:
    assert "pressure_ulcer" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "mum came home with a sore on her bottom that was red and broken",
        "dad's heels were black and blistered after a week in bed",
    ],
)
def test_a_sore_bottom_or_heels_is_still_pressure_damage(text: str) -> None:
    assert "pressure_ulcer" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt's hearing aids could not be located on return to the ward from x-ray, security "
        "informed",
        "her glasses were thrown away with her lunch tray by the domestic",
        "the car park payment machine took his card and kept the money",
    ],
)
def test_lost_property_and_a_machine_keeping_money_are_not_safeguarding(text: str) -> None:
    assert "behaviour_abuse_safeguarding" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt on s3 did not return to the ward from escorted leave, police informed",
        "son took her pension money every week and she had no food in the house",
        "pt punched the nurse and threw a chair at her, security called",
    ],
)
def test_absconding_financial_abuse_and_violence_are_still_safeguarding(text: str) -> None:
    assert "behaviour_abuse_safeguarding" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "enoxaparin prescribed twice daily instead of once, pharmacist amended it, no extra "
        "dose given",
        "warfarin written up as 5 mg instead of 0.5 mg, spotted on the drug round, no further "
        "doses given",
    ],
)
def test_no_further_dose_given_is_not_a_documentation_failure(text: str) -> None:
    assert "communication_documentation" not in rule_theme_ids(text)


def test_a_dose_not_written_is_still_a_documentation_failure() -> None:
    text = "amoxicillin prescribed with no dose written on the chart, nurse could not give it"
    assert "communication_documentation" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "feed restarted before the x-ray was seen, aspiration pneumonitis, ITU review",
        "washout of infected L knee prosthesis was done on the R knee, stopped at incision",
    ],
)
def test_pneumonitis_and_a_septic_joint_as_the_indication_are_not_infection(text: str) -> None:
    assert "infection" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt developed aspiration pneumonia after the feed went into the lung",
        "wound infection after the knee washout, pus from the incision, abx started",
    ],
)
def test_aspiration_pneumonia_and_a_wound_infection_are_still_infection(text: str) -> None:
    assert "infection" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "the order set on EPMA duplicated the enoxaparin when the chart was reopened",
        "e-prescribing pulled the weight from an old admission so the dose was too high",
        "when the practice moved to the new computer system her recall details did not carry over",
    ],
)
def test_a_system_that_duplicated_or_lost_the_data_is_it(text: str) -> None:
    assert "it_systems" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "the doctor pulled the weight from the paper notes of a previous visit",
        "dose duplicated on the paper chart by two different doctors",
        "the agency nurse did not carry the fluid balance over to the new chart",
    ],
)
def test_the_same_acts_without_a_system_are_not_it(text: str) -> None:
    assert "it_systems" not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "booking bloods: sickle cell and thal screen showed a carrier, partner never offered "
        "testing",
        "haemoglobinopathy screening result at 10/40 filed without action",
    ],
)
def test_antenatal_haemoglobinopathy_screening_is_screening(text: str) -> None:
    assert "radiotherapy_screening" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "sickle cell pt in crisis waited 4 hrs for analgesia in ED",
        "thalassaemia pt's transfusion delayed as the lab lost the sample",
    ],
)
def test_sickle_cell_disease_as_background_is_not_screening(text: str) -> None:
    assert "radiotherapy_screening" not in rule_theme_ids(text)


def test_a_tpn_bag_for_one_baby_hung_on_another_is_medication() -> None:
    text = "TPN bag made up for cot 3 was hung on the baby in cot 4, noticed at the 2 hr check"
    assert "medication" in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "baby on TPN via long line pulled the NGT out overnight, re-passed in the morning",
        "the bag for bed 6 was put on the wrong trolley by the porter, found before the move",
    ],
)
def test_tpn_in_the_background_or_a_bag_moved_is_not_medication(text: str) -> None:
    assert "medication" not in rule_theme_ids(text)
