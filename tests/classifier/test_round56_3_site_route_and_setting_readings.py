"""Round 56, helper 3: wrong site in primary care, wrong route in neonates and the epidural,
and words of a setting read as blood or tissue.

- An act told tersely with its side straight after it ("consented for R hip, aspirated L hip")
  in a report that names the GP surgery: an invasive procedure done in the practice, so the
  "GP surgery is a place" exclusion does not hold and the wrong side is never event 1. The GP
  surgery named with a side only in a letter, or the act done on the consented side, is
  neither.
- Oral vitamin drops of the newborn (Dalivit, Abidec) put into an umbilical or long line: an
  oral medicine given by a parenteral route, never event 5. The drops given down the feeding
  tube are neither.
- A PCA (an intravenous pump) run into the epidural catheter: an IV medicine put into the
  epidural, the framework's other direction, so no never event 5. The epidural bag run into
  the IV cannula is still never event 5.
- The oral form named as the one not given ("asked why it wasn't being given as a tablet"),
  the IV form given against an oral prescription: no oral product went into the line, so not
  never event 5. An oral solution given through the cannula is still never event 5.
- A "before starting" in a sentence headed "Learning:" is what to do from now on, not a catch:
  a lesion treated that was not the one referred stays never event 1. A wrong level marked and
  noticed at the time out before starting is still near miss 1.
- An incision or excision over another lesion, before the error is noticed ("incised a
  different lipoma ... until the GP pointed out the marked one was on the upper arm"): never
  event 1. A different lesion told as left as planned is neither.
- Cryotherapy told with another skin procedure ("cryo and curettage of a keratosis") is no
  cryoprecipitate: no blood_transfusion_tissues. Cryo given for bleeding still is.
- A transplant work-up named as the reason for a biopsy is the setting, no organ or tissue
  given: no blood_transfusion_tissues. An organ of an incompatible group still is.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes, theme_ids

TERSE_SIDED_ACT_IN_PRACTICE = [
    "held at the GP surgery: pt consented for left shoulder, injected right shoulder. realised "
    "straight after.",
    "GP surgery. consented for R hip, aspirated L hip by mistake.",
]

PRACTICE_WITHOUT_WRONG_SIDE = [
    "GP surgery. consented for R hip, aspirated R hip as planned, 20ml clear fluid.",
    "Pt rang the GP surgery to say the hospital letter had the wrong side for her knee "
    "injection next week. letter amended.",
]

NEONATAL_DROPS_INTO_LINE = [
    "Abidec 0.3ml pushed through the UVC by mistake. baby fine, consultant aware.",
    "cot 2 - dalivit drops 0.6ml pushed into the UVC 3 way tap by mistake. baby fine, "
    "consultant aware.",
]

NEONATAL_DROPS_DOWN_THE_TUBE = [
    "Abidec 0.3ml given via the OGT at 0900 feed time as prescribed. baby settled.",
]

PCA_INTO_EPIDURAL = [
    "post op day 1, the PCA fentanyl was connected to the epidural filter line in error for 15 "
    "minutes before the anaesthetist noticed. no change in block.",
    "PCA morphine line connected in error to her epidural catheter port, ran 20 mins.",
]

EPIDURAL_INTO_CANNULA = [
    "post op day 1, the epidural bupivacaine bag was connected to the IV cannula in error and "
    "ran for 15 minutes before the anaesthetist noticed.",
]

ORAL_FORM_NOT_GIVEN = [
    "IV paracetamol 500mg given at 14:00, chart said oral. boy has a cannula for fluids. no harm "
    "but wrong route per the chart dad asked why it wasnt being given as suspension, that is how "
    "it was picked up.",
    "ondansetron 2mg IV given at 08:00, kardex said PO. pt had a venflon for fluids. same dose "
    "but wrong route, she asked why it was not given as the syrup like yesterday.",
]

ORAL_SOLUTION_INTO_CANNULA = [
    "oramorph 5ml drawn up and given through his cannula in error by the agency nurse. the pt "
    "queried it straight after. wrong route, outreach called.",
]

LEARNING_HEADING_AFTER_WRONG_LESION = [
    "The nurse froze a wart on the left hand, not the one referred. The right hand wart was "
    "treated at the next visit. Learning: check the referral photo with the pt before starting.",
]

WRONG_LEVEL_CAUGHT_BEFORE_STARTING = [
    "theatre 3: wrong level marked on the skin for the L4/5 decompression. noticed by the scrub "
    "nurse at the time out before starting, re-marked at the right level.",
]

ANOTHER_LESION_CUT_BEFORE_NOTICED = [
    "minor surgery list: the FY2 infiltrated lidocaine and incised a different lipoma on the "
    "forearm until the GP pointed out the marked one was on the upper arm. sutured and the "
    "right one excised.",
]

ANOTHER_LESION_LEFT_AS_PLANNED = [
    "minor surgery list: the FY2 infiltrated lidocaine and excised the marked lipoma on the "
    "upper arm. a different lipoma on the forearm was left as planned.",
]

CRYOTHERAPY_WITH_SKIN_PROCEDURE = [
    "Came to the practice for cryo and curettage of a seborrhoeic keratosis on the back. wound "
    "infected after.",
]

CRYO_FOR_BLEEDING = [
    "Theatre: cryo given for bleeding after the liver resection, 2 pools.",
]

TRANSPLANT_WORK_UP_AS_SETTING = [
    "Renal biopsy for transplant work-up, small haematoma after, observed overnight.",
]

INCOMPATIBLE_ORGAN = [
    "kidney transplant recipient group O received an organ from a group A donor.",
]


@pytest.mark.parametrize("text", TERSE_SIDED_ACT_IN_PRACTICE)
def test_terse_sided_act_in_the_practice_is_wrong_site(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", PRACTICE_WITHOUT_WRONG_SIDE)
def test_practice_with_no_wrong_side_act_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", NEONATAL_DROPS_INTO_LINE)
def test_neonatal_vitamin_drops_into_a_line_are_wrong_route(text: str) -> None:
    # the rules' own finding (the learned model alone names some of these)
    assert rule_never_event_codes(text) == ("5", None)


@pytest.mark.parametrize("text", NEONATAL_DROPS_DOWN_THE_TUBE)
def test_neonatal_vitamin_drops_down_the_tube_are_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", PCA_INTO_EPIDURAL)
def test_pca_into_the_epidural_is_not_never_event_5(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", EPIDURAL_INTO_CANNULA)
def test_epidural_bag_into_the_cannula_is_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize("text", ORAL_FORM_NOT_GIVEN)
def test_oral_form_told_as_not_given_is_not_never_event_5(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", ORAL_SOLUTION_INTO_CANNULA)
def test_oral_solution_through_the_cannula_is_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize("text", LEARNING_HEADING_AFTER_WRONG_LESION)
def test_before_starting_under_a_learning_heading_is_no_catch(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", WRONG_LEVEL_CAUGHT_BEFORE_STARTING)
def test_wrong_level_caught_before_starting_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", ANOTHER_LESION_CUT_BEFORE_NOTICED)
def test_another_lesion_cut_before_the_error_was_noticed_is_wrong_site(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", ANOTHER_LESION_LEFT_AS_PLANNED)
def test_another_lesion_left_as_planned_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", CRYOTHERAPY_WITH_SKIN_PROCEDURE)
def test_cryotherapy_with_a_skin_procedure_is_no_blood_theme(text: str) -> None:
    assert "blood_transfusion_tissues" not in theme_ids(text)


@pytest.mark.parametrize("text", CRYO_FOR_BLEEDING)
def test_cryo_given_for_bleeding_keeps_the_blood_theme(text: str) -> None:
    assert "blood_transfusion_tissues" in theme_ids(text)


@pytest.mark.parametrize("text", TRANSPLANT_WORK_UP_AS_SETTING)
def test_transplant_work_up_as_setting_is_no_blood_theme(text: str) -> None:
    assert "blood_transfusion_tissues" not in theme_ids(text)


@pytest.mark.parametrize("text", INCOMPATIBLE_ORGAN)
def test_incompatible_organ_keeps_the_blood_theme(text: str) -> None:
    assert "blood_transfusion_tissues" in theme_ids(text)
