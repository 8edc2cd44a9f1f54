"""Round 47, helper 13: never events and catches told by lay people in their own words.

A plain syringe told as "one of the normal syringes"; a dose "stopped before it was given"
is a catch whatever correct dose follows; blood "put up" and the family told afterwards it
was the wrong type reached the patient, "wee went dark" is the haemolysis; the name on the
bag told as another lady's is another patient's unit; a thermometer check "before bringing
her in" is the safeguard working; air prescribed in the present tense for the nebs is
intended; the mask not yet put on the face is a near miss; stock "taken out" is no dose made
ready, and "nobody had any" says no patient was involved.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

PLAIN_SYRINGE_INSULIN_OVERDOSE = [
    "grandad's insulin was done with one of the normal syringes from the drawer, not an "
    "insulin one. later he was grey and sweaty, sugar 1.7, and they said he got far too much.",
    "agency carer used one of the ordinary syringes for mums novorapid, she had ten times "
    "her dose and her sugar went down to 1.4, ambulance called",
    "the nurse drew my husband's lantus up in one of the plain syringes and he was given way "
    "too much, found unrousable with a sugar of 2.0",
]

INSULIN_ERROR_STOPPED_BEFORE_GIVEN = [
    "Student here. the nurse drew up insulin from the patients pen with a 1ml syringe. the "
    "sister stopped it before it was given and the right dose was then given with the pen.",
    "HCA. saw the agency nurse draw up insulin in one of the normal syringes. nurse in charge "
    "stopped her before it was given, correct dose given with an insulin syringe.",
    "night shift, insulin taken out of the kwikpen with a 2ml syringe. the 2nd nurse caught it "
    "before it was given, dose redrawn with an insulin syringe.",
]

INSULIN_NOT_A_DEVICE_ERROR = [
    "we keep the normal syringes and insulin syringes in separate drawers now after an "
    "audit, no incident",
    "nurse stopped the insulin before it was given because his sugar was 3.2 and he was not "
    "eating his tea",
    "insulin given with an insulin syringe as prescribed, sugar 3.0 later as she missed lunch",
]

INCOMPATIBLE_BLOOD_PUT_UP_OR_TOLD_AFTER = [
    "my dad is group O. the nurse put up blood for him that was meant for the man in the next "
    "bed, it was group A. he started shaking and his wee went dark.",
    "Dad had blood after his hip. Afterwards we were told it was the wrong type, he is O and "
    "the blood was B. He went into kidney failure and ICU.",
    "mum needed blood on the ward. later we were told it was the wrong blood group, she is "
    "group O and the bag was group A, she ended up very poorly",
]

BLOOD_NOT_AN_INCOMPATIBLE_EVENT = [
    "mum had blood after the op, she is group O and got O blood, no problems, afterwards we "
    "were told her hb was fine",
    "he is group O and his brother is group A, the nurse put up blood for him that was O, all fine",
]

OTHER_LADYS_BAG_STOPPED = [
    "second checker at the bedside. the name on the blood bag was a different lady and it "
    "said group A. the lady in the bed is group O. not put up, taken back to the lab.",
    "the name on the bag was another patient, group B unit, our patient is group A on her "
    "wristband. we didn't hang it and rang transfusion.",
]

BATH_CHECKED_BEFORE_THE_PERSON_WAS_BROUGHT = [
    "ran a bath for one of the residents, checked it with the thermometer before bringing him "
    "in, it said 54. let it out and rang maintenance about the hot water.",
    "filled the bath, did the temp check before taking her in and it read 50 degrees, so "
    "emptied it and used the shower on the other unit",
    "checked the water before wheeling him in, far too hot at 53, drained and reported",
]

AIR_FOR_NEBS_PRESCRIBED_ON_PURPOSE = [
    "complaint from son that his dad's nebuliser was run on air instead of oxygen. sister "
    "explained the chest team prescribe air for his nebs because of his CO2. son happy.",
    "daughter unhappy the neb was on the air point not oxygen. we explained the respiratory "
    "doctors prescribe air for her nebulisers, it is on her chart.",
]

AIR_CONNECTION_SEEN_BEFORE_THE_MASK_WENT_ON = [
    "porter. put the oxygen tubing on the air one on the wall by mistake, saw the label before "
    "I put the mask on him and moved it to the oxygen.",
    "new patient needing oxygen, HCA plugged the specs tubing into the air outlet, I spotted "
    "it before she put the specs on the patient and we changed it over.",
]

MIDAZOLAM_STOCK_TAKEN_OUT = [
    "porter. took the pharmacy boxes to endoscopy, the nurse said there was midazolam 5mg/ml "
    "in with the usual, she took them out and sent them back. no patients involved.",
    "cleaner in the endo unit said a box of midazolam 10mg/2ml was on the sedation trolley, "
    "the nurse took it out and rang pharmacy. nobody had any.",
]


@pytest.mark.parametrize("text", PLAIN_SYRINGE_INSULIN_OVERDOSE)
def test_one_of_the_normal_syringes_for_insulin_with_an_overdose_is_ne6(text: str) -> None:
    assert never_event_codes(text) == ("6", None)


@pytest.mark.parametrize("text", INSULIN_ERROR_STOPPED_BEFORE_GIVEN)
def test_a_device_error_stopped_before_it_was_given_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "6")


@pytest.mark.parametrize("text", INSULIN_NOT_A_DEVICE_ERROR)
def test_syringes_named_or_a_dose_stopped_without_a_device_error_is_nothing(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", INCOMPATIBLE_BLOOD_PUT_UP_OR_TOLD_AFTER)
def test_incompatible_blood_put_up_or_told_afterwards_reached_the_patient(text: str) -> None:
    assert never_event_codes(text) == ("12", None)


@pytest.mark.parametrize("text", BLOOD_NOT_AN_INCOMPATIBLE_EVENT)
def test_compatible_blood_put_up_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", OTHER_LADYS_BAG_STOPPED)
def test_another_patients_name_on_the_bag_stopped_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize("text", BATH_CHECKED_BEFORE_THE_PERSON_WAS_BROUGHT)
def test_a_check_before_bringing_the_person_in_is_the_safeguard(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", AIR_FOR_NEBS_PRESCRIBED_ON_PURPOSE)
def test_air_prescribed_for_the_nebs_in_the_present_is_intended(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", AIR_CONNECTION_SEEN_BEFORE_THE_MASK_WENT_ON)
def test_air_seen_before_the_mask_was_put_on_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "15")


@pytest.mark.parametrize("text", MIDAZOLAM_STOCK_TAKEN_OUT)
def test_high_strength_stock_taken_out_with_no_patient_is_nothing(text: str) -> None:
    assert never_event_codes(text) == (None, None)
