"""The lay words of a report by a relative, a porter, a volunteer or a security guard: another
patient's medicines told by whom they belonged to or were meant for are a medication error; a
blow struck at "the gentleman in the next bed" or "my mum" is violence; a discharge taken
against advice ("took his own discharge", "walked out anyway") is a self-discharge; insulin
syringes not found, called "the insulin ones", are supplies not to hand; "Nobody slipped" tells
no fall; "blood pressure tablets" are no blood component. Each with the look-alike that must not
change."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

# ------------------------------------------------------------------ another patient's medicines


@pytest.mark.parametrize(
    "text",
    [
        "Daughter says her dad was given the night tablets that belonged to the man opposite.",
        "My wife got the medicines meant for the woman in the next bay at teatime.",
        "Relative: mum was given pills that were for someone else and was drowsy all morning.",
        "Nan had the insulin intended for another lady on the ward, sugars dropped to 2.9.",
    ],
)
def test_medicines_belonging_to_another_patient_are_medication(text: str) -> None:
    assert "medication" in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "The tablets belonged to the patient and were sent home with his wife.",
        "Son asked who the walking frame belonged to, it was the lady opposite's.",
    ],
)
def test_belonging_to_the_patient_himself_is_no_medication_error(text: str) -> None:
    assert "medication" not in theme_ids(text)


# ------------------------------------------------------------------ a blow told in lay words


@pytest.mark.parametrize(
    "text",
    [
        "A confused man hit the gentleman in the next bed across the face with his stick.",
        "Security called, a patient punched the man opposite, staff separated them.",
        "My mother was slapped by the lady in the bed next to her during the night.",
        "Resident kicked a visitor in the lounge after an argument over the TV.",
        "He struck his wife with a cup during visiting, ward staff called security.",
    ],
)
def test_a_blow_at_a_person_named_in_lay_words_is_behaviour(text: str) -> None:
    assert "behaviour_abuse_safeguarding" in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "The tea trolley hit the lady's foot as it came round the corner, no injury.",
        "The door swung shut and hit the man as he went out of the clinic, bruise to his arm.",
        "A car hit the man in the car park, ED informed.",
    ],
)
def test_a_thing_that_hit_someone_by_accident_is_no_behaviour(text: str) -> None:
    assert "behaviour_abuse_safeguarding" not in theme_ids(text)


# ------------------------------------------------------------------ discharge against advice


@pytest.mark.parametrize(
    "text",
    [
        "Pt took his own discharge at 23:00, TTOs not ready.",
        "Gentleman left against medical advice with his cannula still in.",
        "The doctor told her she was not well enough to go, but she walked out anyway.",
    ],
)
def test_a_discharge_taken_against_advice_is_access_transfer_discharge(text: str) -> None:
    assert "access_transfer_discharge" in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "The daughter walked out anyway after shouting at the nurse in charge.",
        "The relatives took her own clothes home to wash.",
    ],
)
def test_a_relative_walking_out_is_no_discharge(text: str) -> None:
    assert "access_transfer_discharge" not in theme_ids(text)


# ------------------------------------------------------------------ "the insulin ones"


@pytest.mark.parametrize(
    "text",
    [
        "Agency nurse used a normal syringe for dads insulin as she couldnt find the insulin "
        "ones. Sugar 2.1 later.",
        "Couldn't find the oral ones so the oramorph was drawn up in an IV syringe.",
    ],
)
def test_insulin_or_oral_syringes_not_found_are_a_medical_device(text: str) -> None:
    assert "medical_device" in theme_ids(text)


def test_an_insulin_prescription_not_found_is_no_device() -> None:
    text = "She couldnt find the insulin one she wanted on the chart, so rang the doctor."
    assert "medical_device" not in theme_ids(text)


# ------------------------------------------------------------------ a slip told of nobody


@pytest.mark.parametrize(
    "text",
    [
        "Leak from the ceiling in the main corridor, buckets put down. Nobody slipped or got hurt.",
        "Cable across the walkway by the lifts, moved by estates. No-one tripped over it.",
        "Wet floor outside the shop with no sign up, nobody slipped but it was busy.",
    ],
)
def test_a_slip_or_trip_told_of_nobody_is_no_fall(text: str) -> None:
    assert "falls" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pt slipped in the shower, nobody was with him at the time.",
        "Mum tripped on the loose mat by her bed, nobody came for 20 minutes.",
    ],
)
def test_a_patient_who_slipped_is_still_a_fall(text: str) -> None:
    assert "falls" in theme_ids(text)


# ------------------------------------------------------------------ blood pressure tablets


@pytest.mark.parametrize(
    "text",
    [
        "Sent home late with no TTOs, could not get my blood pressure tablets until Monday.",
        "Could not get my blood pressure and water tablets from the chemist over the weekend.",
        "Her blood thinners were stopped before the op and not restarted on discharge.",
    ],
)
def test_a_medicine_named_by_what_it_treats_is_no_blood_component(text: str) -> None:
    assert "blood_transfusion_tissues" not in theme_ids(text)


def test_blood_fetched_for_a_transfusion_is_still_blood() -> None:
    text = "Porter went to get the blood for bed 4's transfusion, wrong unit collected."
    assert "blood_transfusion_tissues" in theme_ids(text)
