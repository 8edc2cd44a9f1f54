"""Hard negatives for never events 2 and 12, each kind beside true events told in the same words.

- A transfusion of the patient's past, dated and at another hospital ("she received A red cells
  ... in 2015 at another hospital, she is group O. Today 2 units O neg given uneventfully") is
  background, not this report's transfusion, for the rules and the learned model; a wrong unit
  transfused today beside a past transfusion named in the same report still counts.
- What teaching material explains ("poster on the ward explains that 50ml of group A blood
  given to a group O patient would cause a severe reaction") is a lesson, no event; a real
  incompatible transfusion told beside a poster still counts.
- A unit meant for one bedspace (with its group) taken to the bedside of another (with a
  different group) and stopped at the bedside check is a near miss 12; transfused, never
  event 12; the same group both sides is no ABO near miss.
- The box of another size opened against the plan ("Size 56 cup planned. Scrub nurse opens the
  54 box in error") and caught before it went in is a near miss 2; put in, never event 2.
- Guards: trial heads swapped by design, high-strength midazolam given for sedation, and a
  folic acid change with methotrexate kept weekly stay as they were.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Blood group history: she received A red cells from another patient's mislabelled "
        "sample in 2015 at another hospital, she is group O. Today 2 units O neg given "
        "uneventfully.",
        "Transfusion hx: pt was given group A blood in error at another hospital in 2012, he is "
        "group O. 1 unit O pos transfused today without problem.",
        "PMH: in 2018 at a different trust she was transfused group B red cells meant for "
        "another patient (she is group A). Now for 2 units group A, given with no reaction.",
        "Background: ABO incompatible transfusion of group A red cells into this group O patient "
        "at another trust in 2016. Today she received 1 unit group O, no issues.",
        "Pt tells us he had the wrong blood (group A, he is O) at another hospital 10 years ago. "
        "Today 2 units of O neg red cells transfused, obs stable.",
    ],
)
def test_transfusion_in_the_patients_history_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "She is group O. Group A red cells transfused in error today at 14:00, stopped after "
        "50ml when she spiked a temp; she had a previous transfusion at another hospital in "
        "2015.",
        "Pt group O. Unit of A pos red cells hung and transfused in error. She has been "
        "transfused before at another hospital in 2019 without problems.",
        "Pt group O. Unit of group A red cells transfused in error, would cause haemolysis so "
        "stopped at 30ml, transfusion lab informed.",
    ],
)
def test_incompatible_transfusion_today_beside_a_past_one_still_counts(text: str) -> None:
    assert never_event_codes(text) == ("12", None)


@pytest.mark.parametrize(
    "text",
    [
        "Teaching poster on the ward explains that 50ml of group A blood given to a group O "
        "patient would cause a severe reaction.",
        "Transfusion e-learning module states that group B red cells transfused into a group A "
        "recipient can be fatal.",
        "At the transfusion study day the BMS showed how a group A unit given to a group O "
        "patient would cause a reaction within minutes.",
        "Training video shows how group B plasma given to a group A patient can cause haemolysis.",
        "Newsletter states that giving group A red cells to a group O recipient can kill.",
    ],
)
def test_what_teaching_material_explains_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Poster in the clinical room shows a group A unit, a group O patient and the bedside "
        "check. Pt is group O, group A red cells were transfused at 14:00 in error, reaction at "
        "14:20.",
        "Poster says group A blood given to group O patient. Pt is group O, group A red cells "
        "were transfused at 14:00 in error, reaction at 14:20.",
        "Group A blood given to a group O patient on ward 5 today, 50ml infused before she "
        "became unwell, stopped.",
    ],
)
def test_incompatible_transfusion_beside_teaching_words_still_counts(text: str) -> None:
    assert never_event_codes(text) == ("12", None)


@pytest.mark.parametrize(
    "text",
    [
        "Unit for bed 4 (group B) taken to the bedside of bed 5 (group A), bedside check showed "
        "the wrong name, not spiked, returned to fridge.",
        "Red cells for bay 2 (group A pos) brought to the bedside of bay 3 (group O pos). "
        "Wristband check did not match, unit not started and sent back to the lab.",
        "FFP for cot 3 (group O) taken to the bedside of cot 4 (group A), 2nd checker spotted "
        "the name on the label did not match, not connected.",
        "wrong unit brought up for bed 3, B pos, pt O neg. caught at bedside check, returned to "
        "lab.",
    ],
)
def test_unit_for_one_bedspace_at_another_bedside_caught_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


def test_unit_for_one_bedspace_transfused_at_another_counts() -> None:
    text = (
        "Unit for bed 4 (group B) taken to the bedside of bed 5 (group A) and transfused, pt "
        "spiked a temp after 40ml, stopped."
    )
    assert never_event_codes(text) == ("12", None)


def test_unit_for_one_bedspace_of_the_same_group_is_no_abo_near_miss() -> None:
    text = (
        "Unit for bed 4 (group A) taken to the bedside of bed 5 (group A), bedside check showed "
        "the wrong name, not spiked, returned to fridge."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Size 56 cup planned. Scrub nurse opens the 54 box in error; noticed at the count before "
        "it was introduced, correct 56 opened.",
        "Size 4 stem templated. The 5 box was opened by the runner; scrub nurse noticed before "
        "it was handed to the surgeon, size 4 opened.",
        "Plan: 52 shell. Circulator picked the 50 box off the shelf and opened it, spotted at "
        "the check before impaction, 52 shell opened instead.",
    ],
)
def test_box_of_another_size_opened_and_caught_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "2")


@pytest.mark.parametrize(
    "text",
    [
        "Size 56 cup planned. Scrub nurse opens the 54 box in error; not noticed, 54 cup "
        "impacted. Found on post op xray review.",
        "Size 56 cup planned, 54 cup implanted in error, noticed at the count after closure.",
    ],
)
def test_box_of_another_size_put_in_counts(text: str) -> None:
    assert never_event_codes(text) == ("2", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Size 56 cup planned. Scrub nurse opens the 56 box, 56 cup impacted, no issues.",
            (None, None),
        ),
        (
            "Trial heads used to test stability, 32mm trial then 36mm trial, 36 head chosen for "
            "stability and implanted as planned.",
            (None, None),
        ),
        (
            "Endoscopy: 2 mg/ml midazolam used for conscious sedation, pt given 10mg in total, "
            "became apnoeic, flumazenil given.",
            ("8", None),
        ),
        (
            "Folic acid changed to daily by the FY1 on EPMA, methotrexate stays weekly on Mondays.",
            (None, None),
        ),
        (
            "Unit issued in error by lab. Ward queried the label. Lab recalled unit. Pt "
            "transfused later with the correct group O unit.",
            (None, None),
        ),
    ],
)
def test_guards_stay_as_they_were(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
