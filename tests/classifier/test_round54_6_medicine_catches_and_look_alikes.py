"""Round 54, helper 6: medicines never events caught before any dose, and their look-alikes.

- The dose looked at before the one carrying it went to the bed ("asked to see the syringe
  before she went into the bay"): a near miss 6.
- A made-up dose told as not used yet ("hadn't used it yet"): a near miss 4; a system "not used
  on this ward yet" is no catch.
- The patient, named by a relative's word, had not yet taken any ("before her mum had taken
  any"): a near miss 7.
- "Conscious sedation given by the urologist" names who sedates on the list, not a dose: the
  high strength ampoule caught at the check is a near miss 8; sedation given from a stated
  strength is still the dose.
- A report filed "as a wrong site surgery never event" names the category, not a surgery: a
  radiotherapy delivery error is no never event 1.
- An anticoagulant switched for another ("switched from warfarin to apixaban") beside a
  patient's heart valve is a prescribing error, no wrong implant; a medication theme.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, theme_ids


@pytest.mark.parametrize(
    "text",
    [
        "Student nurse drew up novorapid in a 1ml luer syringe, to 0.4ml meaning 4 units (it would "
        "have been 40). I asked to see the syringe before she went into the bay and stopped it. "
        "Redrawn with an insulin syringe.",
        "Student drew up actrapid in a 2ml syringe thinking 0.8ml was 8 units. I checked the "
        "syringe before he walked over to the bed with it and stopped it. Redrawn in an insulin "
        "syringe.",
    ],
)
def test_looked_at_before_going_to_the_bed_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "6")


def test_insulin_syringe_dose_given_stays_a_never_event() -> None:
    text = (
        "Student nurse drew up novorapid in a 1ml luer syringe, to 0.4ml meaning 4 units, and gave "
        "it. It was 40 units. BM 1.9 an hour later, treated with glucose."
    )
    assert never_event_codes(text) == ("6", None)


def test_made_up_dose_not_used_yet_is_a_near_miss() -> None:
    text = (
        "Ward pharmacist found a syringe labelled 'saline flush' beside an open strong potassium "
        "chloride ampoule on the renal ward. The nurse said she had drawn it up thinking it was "
        "saline and hadn't used it yet. Syringe destroyed."
    )
    assert never_event_codes(text) == (None, "4")


def test_system_not_used_yet_is_no_catch() -> None:
    text = (
        "Pt prescribed novorapid 10 units on a paper chart (EPMA not used on this ward yet) "
        "written as 10U. Nurse read it as 100 and drew up 100 units with an insulin syringe and "
        "gave it. BM 1.6 two hours later."
    )
    assert never_event_codes(text) == ("6", None)


def test_relative_saw_the_label_before_any_was_taken_is_a_near_miss() -> None:
    text = (
        "GP surgery. Rheumatology letter started methotrexate 7.5mg weekly. It was added to "
        "repeats as 'take 3 tablets daily' and dispensed as labelled. Her son saw the label before "
        "his mum had taken any and phoned the practice. Corrected to weekly."
    )
    assert never_event_codes(text) == (None, "7")


def test_daily_methotrexate_taken_stays_a_never_event() -> None:
    text = (
        "GP surgery. Rheumatology letter started methotrexate 7.5mg weekly. It was added to "
        "repeats as 'take 3 tablets daily' and dispensed as labelled. She took it every day for 9 "
        "days and was admitted with pancytopenia."
    )
    assert never_event_codes(text) == ("7", None)


def test_sedation_given_by_the_operator_is_the_setting() -> None:
    text = (
        "Cystoscopy list (conscious sedation given by the urologist). Syringe labelled midazolam "
        "1mg/ml but at the pre-procedure check I spotted the ampoule in the tray was 10mg/2ml. "
        "Nothing given, discarded."
    )
    assert never_event_codes(text) == (None, "8")


def test_sedation_given_from_a_high_strength_ampoule_stays_a_never_event() -> None:
    text = (
        "IR nephrostomy under conscious sedation - sedation given by the radiologist from a 5mg/ml "
        "midazolam ampoule stocked in error. Pt very drowsy, flumazenil given. Found at the stock "
        "check."
    )
    assert never_event_codes(text) == ("8", None)


def test_radiotherapy_filed_as_a_wrong_site_never_event_is_none() -> None:
    text = (
        "Radiotherapy. Fraction 4 of 20 for a right breast pt was delivered to the left chest wall "
        "after the plan was re-imported with the wrong laterality; the error was not picked up at "
        "the pre-treatment check. Found at image review. Logged on the system as a wrong site "
        "surgery never event."
    )
    assert never_event_codes(text) == (None, None)
    assert "assessment_diagnosis" not in theme_ids(text)


def test_wrong_site_surgery_filed_as_one_stays_a_never_event() -> None:
    text = (
        "Knee arthroscopy performed on the left knee; consent and marking were for the right knee. "
        "Logged on the system as a wrong site surgery never event."
    )
    assert never_event_codes(text) == ("1", None)


def test_anticoagulant_switched_beside_a_valve_is_no_wrong_implant() -> None:
    text = (
        "Pt with a mechanical aortic valve was switched from warfarin to rivaroxaban by a locum GP "
        "at his request. DOACs are contraindicated with mechanical valves. Switched back at the "
        "anticoagulation clinic."
    )
    assert never_event_codes(text) == (None, None)
    assert "medication" in theme_ids(text)


def test_implant_switched_to_another_size_stays_a_wrong_implant() -> None:
    text = (
        "THR: the templated 52mm cup was switched to a 48mm cup by the registrar without the trial "
        "being checked, liner did not match the cup. Revision needed."
    )
    assert never_event_codes(text)[0] == "2"
