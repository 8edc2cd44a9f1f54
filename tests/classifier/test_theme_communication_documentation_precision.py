"""Batch 108, theme helper T1: precision of communication_documentation.

- A negation told of another verb than the record or the telling read after it ("could not
  be removed (standard practice, documented)", "not escalated - documented", "not harmed but
  told") ends with its clause or at a "but": the record was made, the person was told. A
  negation carried through a list ("not checked, signed or documented") or told of the
  record or the telling itself ("not documented", "not handed over") still is the theme, and
  so is a "Never event" named as the framework read as no negation.
- Care due at set times named as not documented ("2-hrly repositioning not documented", "no
  heel offloading recorded", "hourly site checks not documented") tells the care not done (a
  pressure ulcer, an extravasation), no record that failed; a record told as wrong or missing
  beside it still is the theme.
- A safety checklist or care bundle told as not completed ("insertion checklist not
  completed", "TACO checklist not done") is a safety step left out, no record that failed; a
  form or a record that failed to pass information still is the theme.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

THEME = "communication_documentation"

NEGATION_OF_ANOTHER_VERB_CASES = [
    # the negation ends with its clause: the record was made, the person was told
    (
        "Drain tip could not be retrieved (as expected, documented). Pt comfortable, no "
        "further action.",
        False,
    ),
    (
        "Pt complained of chest pain at 02:00, not escalated to the doctor - documented in the "
        "nursing notes. ECG next morning showed ST changes.",
        False,
    ),
    (
        "Dressing was not changed as planned, documented by the night nurse. Wound now sloughy.",
        False,
    ),
    # a negation of the record or the telling, or one carried through a list
    (
        "Insulin dose given at 17:00 but not signed, dated or documented on the chart; night "
        "staff gave a second dose at 22:00.",
        True,
    ),
    (
        "Pt transferred to ward 7 with a new PEG. Feeding regime was not handed over, so no "
        "feed was started until the next morning.",
        True,
    ),
    (
        "Allergy to penicillin not documented on the drug chart, pt given co-amoxiclav, "
        "developed a rash.",
        True,
    ),
]

CARE_NOT_DOCUMENTED_CASES = [
    # care due at set times not documented: the care not done
    (
        "Cat 2 pressure ulcer to sacrum found on day 4. 2-hrly repositioning not documented "
        "overnight on two nights. TVN referral.",
        False,
    ),
    (
        "Grade 3 heel ulcer found after 11 hours in theatre for a free flap, no heel "
        "offloading documented intra-op. Waterlow 20.",
        False,
    ),
    (
        "Infiltration of the IV site in a 3 yr old, arm swollen to the elbow. Hourly cannula "
        "site checks were not documented after 10:00. Plastics advice.",
        False,
    ),
    # a record told as wrong or missing beside the care
    (
        "Cat 3 sacral pressure ulcer found on day 6; the transfer letter from the acute trust "
        "stated skin intact although the ward notes recorded a cat 2 on discharge.",
        True,
    ),
    (
        "Pt moved to ward 12 with a heel ulcer that was not on the handover sheet, so no "
        "heel offloading was set up overnight.",
        True,
    ),
]

CHECKLIST_NOT_COMPLETED_CASES = [
    # a safety checklist or care bundle not completed: a safety step left out
    (
        "Femoral line inserted in resus overnight. Guidewire seen on the abdominal x-ray next "
        "day, removed by IR. The line insertion checklist was not completed.",
        False,
    ),
    (
        "Frail pt given 3 units of red cells back to back with no furosemide, TACO checklist "
        "not done. Became breathless with bibasal creps after the 3rd unit.",
        False,
    ),
    (
        "Ascitic drain inserted on the ward without ultrasound guidance, LocSSIP checklist "
        "was not completed. Bleeding from the site overnight, Hb dropped by 20.",
        False,
    ),
    # a form or record that failed to pass information
    (
        "Pt discharged home and the discharge summary was not sent to the GP, who restarted "
        "the stopped warfarin.",
        True,
    ),
    (
        "The consent form was not signed by the patient before the procedure started; "
        "the list was stopped.",
        True,
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEGATION_OF_ANOTHER_VERB_CASES)
def test_negation_of_another_verb_is_no_record_that_failed(text: str, expected: bool) -> None:
    assert (THEME in theme_ids(text)) is expected


@pytest.mark.parametrize(("text", "expected"), CARE_NOT_DOCUMENTED_CASES)
def test_care_not_documented_is_care_not_done(text: str, expected: bool) -> None:
    assert (THEME in theme_ids(text)) is expected


@pytest.mark.parametrize(("text", "expected"), CHECKLIST_NOT_COMPLETED_CASES)
def test_checklist_not_completed_is_a_safety_step_left_out(text: str, expected: bool) -> None:
    assert (THEME in theme_ids(text)) is expected


def test_never_event_named_is_no_negation_of_a_telling() -> None:
    text = (
        "Near miss: wrong eye prepped, stopped at time out. Never event discussed at the "
        "safety huddle as learning."
    )
    assert THEME not in theme_ids(text)
