"""Round 58, helper 2: near misses against never events for procedures, tubes, blood, implants
and scalds.

- "No one scalded" / "nobody was burnt" after a missing bath thermometer: the burn told as
  having come to nobody, no never event 14. A patient scalded in a bath nobody checked still is.
- Screening swabs told as going to the lab ("no swabs ever went to lab", "swabs now sent"): a
  specimen, no retained object. A swab found in the wound and sent to the lab still is one.
- Contrast injected at a level "before the consultant checked the images again": the act came
  before the look that found it, never event 1 even with the steroid held back. A wrong level
  caught on the screen before the needle went in stays near miss 1.
- An NG tube's tip "projected over the left lower lobe" on the film, taken out before use: near
  miss 13. The same film after the feed had run is never event 13.
- The wrong patient named in an aside before the verb ("wrong pt (Mr X, b 1950) brought down")
  and the biopsy done: never event 1. The same patient stopped before sedation stays near miss 1.
- "Two samples received together" in the lab is a specimen received, not a unit the patient
  received: the unit stopped before spiking stays near miss 12. A unit the patient received is
  never event 12.
- "Hosp no. pt received the right unit later" is a hospital number, not "no pt received": the
  incompatible unit stopped at the bedside is near miss 12. "No pt received it" of a unit found
  in a fridge is still a risk only.
- Emergency O neg blood given before the group was known, the patient "later grouped as A pos":
  the group found later is the patient's, not the unit's (compatible, neither). An A pos unit to
  a patient later grouped O pos is still never event 12.
- A lens "for pt's R eye opened" for the left eye operation and caught before loading: near miss
  2, not near miss 1. An incision made on the other eye is still never event 1.
- "The WHO sign out both had 21.5" names the checklist as a record of the power, not the end of
  the operation: the wrong lens caught before loading stays near miss 2. A wrong lens found after
  it was implanted is still never event 2.
- The GP "typed wrong side in referral": a wrong site from an incorrect referral, excluded. A
  side misread from a correct consent is still never event 1.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NOBODY_SCALDED = [
    "bath thermometer on the rehab unit has gone missing so water temps cannot be checked. no "
    "one scalded so far, estates asked for a replacement.",
    "reported that the shower thermometer was broken for a week, water not being tested before "
    "use, nobody was burnt, new one fitted today.",
]

SCALDED_IN_UNCHECKED_BATH = [
    "no one checked the bath water temperature and the pt was scalded on both feet getting in, "
    "blisters dressed, plastics referral.",
]

SCREENING_SWABS_TO_LAB = [
    "pre op MRSA screen missed for elective knee pt, only noticed on day 3 post op at the "
    "screening audit. swabs now sent. clinic had ticked it as done but no swabs ever went to the "
    "lab.",
]

SWAB_FOUND_IN_WOUND = [
    "pt returned on day 6 post op with a discharging wound, a retained swab was found in the "
    "wound and removed, swab sent to lab.",
]

CONTRAST_BEFORE_THE_IMAGES_CHECKED = [
    "listed for L5/S1 facet joint injection. needle placed and contrast injected at L4/5 before "
    "the consultant checked the fluoro images and realised the level was wrong. steroid not yet "
    "given, injection then done at L5/S1.",
]

WRONG_LEVEL_CAUGHT_BEFORE_NEEDLE = [
    "listed for L5/S1 facet injection, wrong level L4/5 marked on the screen, noticed by the "
    "radiologist before the needle was inserted, corrected.",
]

TUBE_TIP_OVER_A_LOBE_BEFORE_USE = [
    "NG placement check. radiology report says tube tip projected over the right lower lobe, "
    "likely bronchial. tube removed before anything put down it. re-passed, pH 4.",
]

TUBE_TIP_OVER_A_LOBE_AFTER_FEED = [
    "NGT passed on the ward and feed started at 40ml/hr. next morning CXR showed the tube tip "
    "projecting over the L lower lobe, feed stopped and tube removed.",
]

WRONG_PATIENT_NAMED_IN_AN_ASIDE = [
    "two pts with the same surname on the IR list. wrong pt (Mrs K Patel, b 1950) brought down, "
    "consented, USS guided renal biopsy performed before the ward rang to say the listed pt was "
    "still on the ward.",
]

WRONG_PATIENT_STOPPED_BEFORE_SEDATION = [
    "wrong patient (Mrs A Brown, bed 6) brought to endoscopy for OGD, wristband check in the "
    "room showed the mismatch and it was stopped before sedation or the scope, pt returned to "
    "ward",
]

SAMPLES_RECEIVED_IN_THE_LAB = [
    "pt group O pos, unit at the bedside was A pos, 2nd nurse spotted it before it was spiked. "
    "lab had mixed up two G&S samples received at the same time. unit returned.",
]

UNIT_RECEIVED_BY_THE_PATIENT = [
    "pt group O pos, unit at the bedside was A pos and not spotted, pt received the unit over 2 "
    "hrs, developed rigors. lab had mixed up two samples received at the same time.",
]

HOSPITAL_NUMBER_BEFORE_THE_PATIENT = [
    "pt is B neg, unit brought to the bedside was A pos, caught at the bedside check and not "
    "spiked. the collection slip had surname only and no hosp no. pt received the right unit an "
    "hour later.",
]

NO_PATIENT_RECEIVED_IT = [
    "unit of A pos red cells found in the ward fridge labelled for a pt discharged yesterday, O "
    "pos. no pt received it, returned to lab",
]

EMERGENCY_BLOOD_BEFORE_THE_GROUP = [
    "O neg emergency blood given to pt in resus before the group was known, later grouped as B "
    "pos. unit had first been booked out for another pt.",
]

A_POS_UNIT_TO_A_PATIENT_LATER_GROUPED_O = [
    "A pos emergency blood given to pt in ED before group known, later grouped as O pos, pt "
    "developed rigors and dark urine",
]

LENS_FOR_THE_PATIENTS_OTHER_EYE_OPENED = [
    "lens for pts L eye opened for a RIGHT phaco. her biometry differs between eyes. picked up "
    "at the implant check before the injector was loaded, correct lens fetched.",
]

LENS_FOR_ONE_EYE_INCISION_ON_THE_OTHER = [
    "lens box opened for the R eye as listed and consented, but the incision was made on the L "
    "eye before the surgeon noticed the mark on the right.",
]

SIGN_OUT_NAMED_AS_A_RECORD = [
    "24.0D IOL opened onto the trolley, planned lens per biometry was 23.0D. scrub nurse read the "
    "box against the biometry before loading the injector and flagged it. new lens opened, "
    "correct one implanted. the biometry sheet and the WHO sign out both had 23.0. restocking "
    "put the boxes in the wrong slot.",
]

WRONG_LENS_FOUND_AFTER_IMPLANTATION = [
    "24.0D IOL implanted, planned lens per biometry was 23.0D. the error was found at sign out "
    "when the sticker was put in the notes. pt will need a lens exchange.",
]

SIDE_TYPED_WRONG_IN_THE_REFERRAL = [
    "referral letter from GP for removal of sebaceous cyst R forearm, removed from R forearm in "
    "clinic. pt said afterwards the cyst is on the left. practice confirmed the secretary typed "
    "the wrong side on the referral. relisted",
]

SIDE_MISREAD_FROM_THE_CONSENT = [
    "listed for excision of lesion L shin per referral, excised on R shin in minor ops, referral "
    "and consent both said L, surgeon misread the consent",
]


@pytest.mark.parametrize(
    "text",
    NOBODY_SCALDED
    + SCREENING_SWABS_TO_LAB
    + NO_PATIENT_RECEIVED_IT
    + EMERGENCY_BLOOD_BEFORE_THE_GROUP
    + SIDE_TYPED_WRONG_IN_THE_REFERRAL,
)
def test_no_never_event_and_no_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", SCALDED_IN_UNCHECKED_BATH)
def test_scald_in_unchecked_bath_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("14", None)


@pytest.mark.parametrize("text", SWAB_FOUND_IN_WOUND)
def test_swab_found_in_wound_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize(
    "text",
    CONTRAST_BEFORE_THE_IMAGES_CHECKED
    + WRONG_PATIENT_NAMED_IN_AN_ASIDE
    + LENS_FOR_ONE_EYE_INCISION_ON_THE_OTHER
    + SIDE_MISREAD_FROM_THE_CONSENT,
)
def test_wrong_site_procedure_done_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    "text", WRONG_LEVEL_CAUGHT_BEFORE_NEEDLE + WRONG_PATIENT_STOPPED_BEFORE_SEDATION
)
def test_wrong_site_caught_before_start_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", TUBE_TIP_OVER_A_LOBE_BEFORE_USE)
def test_tube_tip_over_a_lobe_before_use_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize("text", TUBE_TIP_OVER_A_LOBE_AFTER_FEED)
def test_tube_tip_over_a_lobe_after_feed_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


@pytest.mark.parametrize("text", SAMPLES_RECEIVED_IN_THE_LAB + HOSPITAL_NUMBER_BEFORE_THE_PATIENT)
def test_incompatible_unit_stopped_at_bedside_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize(
    "text", UNIT_RECEIVED_BY_THE_PATIENT + A_POS_UNIT_TO_A_PATIENT_LATER_GROUPED_O
)
def test_incompatible_unit_given_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("12", None)


@pytest.mark.parametrize(
    "text", LENS_FOR_THE_PATIENTS_OTHER_EYE_OPENED + SIGN_OUT_NAMED_AS_A_RECORD
)
def test_wrong_lens_caught_before_loading_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "2")


@pytest.mark.parametrize("text", WRONG_LENS_FOUND_AFTER_IMPLANTATION)
def test_wrong_lens_found_after_implantation_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("2", None)
