"""A dose made up wrong and kept from the patient by the patient or a relative refusing it, by
someone stopping the syringe being used, or caught as it was about to be put into the wrong
port, is a near miss; the same words said of a dose that had already gone in (before, part of
it, or a later dose) leave the never event. A concentrate ampoule picked up empty and read as
potassium names the diluent that was used; part of a dose pushed before the catch reached the
patient."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# ------------------------------------------------------------ refused by the patient


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Chart said 6U Humalog, the nurse drew up 60 units. The patient refused the "
            "injection as she always has 6. Chart rewritten, not given.",
            "6",
        ),
        (
            "Insulin prescribed as '8U' and 80 units drawn up in a 1ml syringe. At the bedside "
            "her husband said she never has that much and she wouldn't have it.",
            "6",
        ),
        (
            "Methotrexate 10mg written as daily and tablets brought to him on the Wednesday. "
            "The pt refused the tablets, saying he only takes them on Sundays.",
            "7",
        ),
    ],
)
def test_dose_refused_by_patient_is_near_miss(text: str, code: str) -> None:
    assert never_event_codes(text) == (None, code)


@pytest.mark.parametrize(
    "text",
    [
        # the refusal is of a later dose, after the wrong one went in
        "The chart said '4U' Novorapid and the nurse gave 40 units at 08:00. At lunch the "
        "patient refused it when the next dose was offered and her CBG was 2.1.",
        # the refusal is of something else
        "The chart said '4U' Novorapid and the nurse gave 40 units at 08:00. CBG 2.1 at 10:00. "
        "The patient refused the insulin at tea time as she was frightened.",
        # the refusal is of the nurse, after harm
        "Nurse gave 40 units of Lantus as the chart said '4U'. He became hypoglycaemic and "
        "confused; afterwards he said he wouldn't have it from that nurse again.",
    ],
)
def test_refusal_after_the_dose_keeps_never_event_6(text: str) -> None:
    assert never_event_codes(text) == ("6", None)


def test_a_bare_declined_it_of_something_offered_later_keeps_never_event_5() -> None:
    text = (
        "Epidural bupivacaine bag connected to the IV cannula, pt hypotensive. Pt declined it "
        "when the anaesthetist offered a new epidural."
    )
    assert never_event_codes(text) == ("5", None)


# ------------------------------------------------------------ stopped being used


def test_syringe_stopped_being_used_is_near_miss_8() -> None:
    text = (
        "Midazolam 5mg/ml drawn up for OGD sedation instead of 1mg/ml. The nurse saw the "
        "ampoule in the tray and stopped the syringe being used."
    )
    assert never_event_codes(text) == (None, "8")


@pytest.mark.parametrize(
    "text",
    [
        "Midazolam 5mg/ml was drawn up for OGD sedation instead of 1mg/ml and 5ml given. The "
        "patient became apnoeic and the nurse stopped the syringe being used for the second "
        "patient.",
        "Midazolam 5mg/ml was drawn up for OGD sedation instead of 1mg/ml. About 2ml had been "
        "injected when the endoscopist stopped the syringe being used.",
        "Midazolam 5mg/ml drawn up for colonoscopy sedation instead of 1mg/ml and 4mg "
        "administered. Flumazenil given. The lead nurse stopped it being used in other rooms.",
    ],
)
def test_stopped_being_used_after_the_dose_keeps_never_event_8(text: str) -> None:
    assert never_event_codes(text) == ("8", None)


# ------------------------------------------------------------ about to put it into the port


def test_oral_dose_about_to_be_put_into_the_cannula_is_near_miss_5() -> None:
    text = (
        "Oramorph drawn up in an IV syringe; the nurse was about to put it into the cannula "
        "when the patient's son asked if that was the medicine to drink. Given orally."
    )
    assert never_event_codes(text) == (None, "5")


@pytest.mark.parametrize(
    "text",
    [
        "Oramorph 5ml was drawn up in an IV syringe and given into the cannula. The nurse was "
        "about to put the saline flush into the line when she realised what she had done.",
        "Oral paracetamol suspension in a luer syringe; the nurse was pushing the rest into "
        "the cannula when the HCA stopped her.",
    ],
)
def test_oral_dose_in_the_line_before_the_catch_keeps_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


def test_about_to_put_something_else_is_no_event() -> None:
    text = (
        "The nurse was about to put the saline flush into the cannula when the pump alarmed. "
        "Oramorph given orally as prescribed."
    )
    assert never_event_codes(text) == (None, None)


# ------------------------------------------------------------ strong potassium


def test_empty_ampoule_picked_up_as_potassium_is_near_miss_4() -> None:
    text = (
        "Theatre. Co-amoxiclav reconstituted with an ampoule from the drawer. Before it was "
        "given the anaesthetist picked up the empty ampoule – potassium chloride 15%. Syringe "
        "discarded."
    )
    assert never_event_codes(text) == (None, "4")


def test_empty_flush_ampoule_picked_up_is_no_event() -> None:
    text = (
        "Co-amoxiclav reconstituted with water for injection. The anaesthetist picked up the "
        "empty ampoule to check it - water for injection, correct. Given."
    )
    assert never_event_codes(text) == (None, None)


def test_part_of_the_potassium_pushed_before_the_catch_is_never_event_4() -> None:
    text = (
        "Nurse drew up 'diluent' from a plastic ampoule, connected it to the PICC and had "
        "pushed about 2 ml when the second nurse looked at the ampoule and said it was "
        "potassium chloride 15%. Stopped and line aspirated."
    )
    assert never_event_codes(text) == ("4", None)


def test_potassium_drawn_up_but_not_pushed_stays_near_miss_4() -> None:
    text = (
        "Nurse drew up 'diluent' from a plastic ampoule and had drawn up 10 ml when the checker "
        "read the ampoule: potassium chloride 15%. Stopped before it was given."
    )
    assert never_event_codes(text) == (None, "4")


# ------------------------------------------------------------ a missed check before the step


@pytest.mark.parametrize(
    "text",
    [
        "Kidney transplant. Donor group taken from the offer form as O and not checked against "
        "the donor's own laboratory group before implantation. Donor group A, recipient O. "
        "Graft thrombosed within the hour and was removed.",
        "Liver transplant: donor group recorded as O but was actually A; recipient group O. The "
        "offer had not been checked against the donor's blood group result before "
        "implantation and the graft failed.",
    ],
)
def test_check_missed_before_implantation_is_never_event_12(text: str) -> None:
    assert never_event_codes(text) == ("12", None)


@pytest.mark.parametrize(
    "text",
    [
        "Donor kidney offered as group O; the paperwork had not been checked against the "
        "donor's lab group. The surgeon spotted the donor was group A, recipient group O, "
        "before implantation. Kidney not used.",
        "Donor heart group A offered for a group O recipient. The coordinator had not checked "
        "it against the lab group but the surgeon noticed the mismatch before implantation. "
        "Heart not implanted.",
    ],
)
def test_missed_check_then_caught_before_implantation_stays_near_miss_12(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


# ------------------------------------------------------------ another patient's unit, told short


def test_unit_labelled_for_another_patient_caught_is_near_miss_12() -> None:
    text = (
        "Theatre 3. Two units arrived from the blood fridge. The anaesthetist checked them "
        "against the pt's band - group B, labelled for another patient. Our pt is group O. "
        "Not given."
    )
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize(
    "text",
    [
        "Red cells labelled for a different patient were transfused to Mrs K. The unit was "
        "group A and she is group O. She developed rigors and haemolysis.",
        "Porter took the one for the other patient from the fridge and it was hung and ran for "
        "20 minutes. It was group B, patient group O. Transfusion reaction.",
    ],
)
def test_other_patients_unit_transfused_stays_never_event_12(text: str) -> None:
    assert never_event_codes(text) == ("12", None)


def test_other_patients_unit_without_a_group_is_no_abo_event() -> None:
    text = (
        "Ward 6. A prescription chart labelled for another patient was found in the folder of "
        "Mr T. Filed correctly; no medication given from it."
    )
    assert never_event_codes(text) == (None, None)


# ------------------------------------------------------------ an IV drug put into the epidural


def test_iv_drug_meant_for_the_cannula_given_epidurally_is_no_never_event() -> None:
    text = (
        "Ortho ward. IV cefuroxime meant for the cannula was pushed into the epidural filter as "
        "the lines were tangled. Anaesthetist reviewed, no deficit."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Epidural bupivacaine and fentanyl infusion was connected to the IV cannula instead of "
        "the epidural catheter. The IV paracetamol intended for the cannula was hung next to "
        "the epidural pump. Pt became hypotensive.",
        "IV morphine PCA intended for the cannula was set up beside the epidural; the epidural "
        "bupivacaine syringe was then connected to the cannula instead and ran for 30 minutes.",
        "The epidural levobupivacaine infusion was run through the IV cannula for 2 hours by "
        "mistake. IV antibiotics intended for the cannula were given through the other arm. "
        "Pt hypotensive.",
    ],
)
def test_epidural_medicine_given_iv_beside_iv_words_stays_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)
