"""ABO reasoning: stated groups, whose group each is, and the red-cell / plasma / organ rules."""

from __future__ import annotations

import pytest

from classifier.engine.blood_groups import Pairing, compatible, judge, mentions, pairings
from classifier.engine.text import read


def _pairs(text: str) -> list[Pairing]:
    doc = read(text)
    return pairings(doc.tokens, doc.sentence_of, doc.clause_breaks)


def _verdicts(text: str) -> list[tuple[str, str, str, bool]]:
    return [
        (p.recipient.group, p.component.group, p.component.role, p.compatible) for p in _pairs(text)
    ]


@pytest.mark.parametrize(
    ("recipient", "donor", "expected"),
    [
        ("o", "o", True),
        ("a", "o", True),
        ("ab", "b", True),
        ("ab", "ab", True),
        ("o", "a", False),
        ("b", "a", False),
        ("a", "ab", False),
        ("o", "ab", False),
    ],
)
def test_red_cell_rule(recipient: str, donor: str, expected: bool) -> None:
    assert compatible(recipient, donor, "red_cells") is expected
    assert compatible(recipient, donor, "organ") is expected


@pytest.mark.parametrize(
    ("recipient", "donor", "expected"),
    [
        ("a", "ab", True),
        ("o", "o", True),
        ("o", "a", True),
        ("a", "o", False),
        ("ab", "o", False),
        ("a", "b", False),
        ("b", "b", True),
    ],
)
def test_plasma_rule_is_the_reverse(recipient: str, donor: str, expected: bool) -> None:
    assert compatible(recipient, donor, "plasma") is expected


def test_platelets_are_judged_by_the_plasma_they_carry() -> None:
    # (the guide: group A, B or AB platelets for a group O patient are not ABO-incompatible)
    assert compatible("o", "a", "platelets") is True
    assert compatible("b", "ab", "platelets") is True
    assert _verdicts("pt group O received group A platelets") == [("o", "a", "platelets", True)]


def test_other_non_identical_platelets_are_not_judged() -> None:
    assert compatible("b", "a", "platelets") is None
    assert compatible("a", "o", "platelets", high_titre_negative=True) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pt is group O pos, the unit hung on the ward was A pos", ("o", "a", "red_cells", False)),
        ("bed 6 pt group B, unit group A, transfusion reaction", ("b", "a", "red_cells", False)),
        ("recipient O neg, donor unit B pos", ("o", "b", "red_cells", False)),
        ("O neg lady received A pos blood", ("o", "a", "red_cells", False)),
        ("pt (grp O) transfused 1 unit of group AB red cells", ("o", "ab", "red_cells", False)),
        ("pt grp A. lab issued group O plasma", ("a", "o", "plasma", False)),
        ("FFP was group B and pt is A pos", ("a", "b", "plasma", False)),
        # the giving verb hands over the plasma its sentence named: A plasma suits an O patient
        (
            "wrong unit of FFP given in theatre (group A to a group O pt)",
            ("o", "a", "plasma", True),
        ),
        ("cryo given, group B to a group A recipient", ("a", "b", "plasma", False)),
        # plasma named in an earlier sentence: the red cells given now are judged as red cells
        (
            "pt had FFP earlier. Then received group A, pt is group O",
            ("o", "a", "red_cells", False),
        ),
        ("kidney was group A and recipient group O", ("o", "a", "organ", False)),
        ("recipient AB+ , the unit was O-", ("ab", "o", "red_cells", True)),
        ("pt is A neg, unit O pos", ("a", "o", "red_cells", True)),
        ("pt grp AB received group A red cells", ("ab", "a", "red_cells", True)),
        (
            "pt blood grp: A Rh pos. Component transfused: B Rh pos red cells",
            ("a", "b", "red_cells", False),
        ),
    ],
)
def test_reads_whose_group_and_judges(text: str, expected: tuple[str, str, str, bool]) -> None:
    assert _verdicts(text) == [expected]


def test_letters_labelling_two_patients_are_not_groups() -> None:
    # "Patient B (" would read as a terse "pt B." were B not one of two patients' labels
    text = (
        "Patient A (GI bleed, group O RhD positive) and Patient B (Hb 64, group A RhD "
        "positive) were in resus."
    )
    doc = read(text)
    assert "b" not in [m.group for m in mentions(doc.tokens, doc.sentence_of, doc.clause_breaks)]


def test_true_group_overrides_a_wrong_grouping() -> None:
    text = "pt grouped as A pos (actually O pos). Group A unit transfused"
    assert _verdicts(text) == [("o", "a", "red_cells", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group recorded "instead of" another: the other is the true one
        (
            "donor blood group entered as O instead of B on the donor form, recipient is group O",
            [("o", "b", "organ", False)],
        ),
        (
            "the unit group was recorded as A instead of AB, recipient group AB",
            [("ab", "ab", "red_cells", True)],
        ),
        # a group given "instead of" another: the one given is the true one
        (
            "pt group O given group A instead of group O red cells",
            [("o", "a", "red_cells", False), ("o", "o", "red_cells", True)],
        ),
    ],
)
def test_group_recorded_instead_of_another_is_corrected(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert _verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "had a positive DAT and a negative antibody screen",
        "found a positive result on culture",
        "given a unit of blood and a bag of saline",
        "pt with type 2 diabetes, O2 2L via nasal specs",
    ],
)
def test_ignores_words_that_are_not_groups(text: str) -> None:
    doc = read(text)
    assert mentions(doc.tokens, doc.sentence_of, doc.clause_breaks) == []


def test_judge_reports_compatible_only_when_nothing_is_incompatible() -> None:
    doc = read("pt group O. unit 1 was O neg, unit 2 was A pos")
    verdict = judge(doc.tokens, doc.sentence_of, doc.clause_breaks)
    assert list(verdict.incompatible) == ["red_cells"]
    assert verdict.compatible == []


@pytest.mark.parametrize(
    "text",
    [
        # a compatible unit far from the recipient's group says nothing of that unit
        "pt group O. a. b. c. d. e. the unit was group O",
        # the unit told before the recipient's group, far from it
        "the unit was group A. a. b. c. d. e. pt group O",
        # two recipient groups: whose the far unit is, is not told
        "pt group O. mr b group B. a. b. c. d. e. the unit was group A",
    ],
)
def test_pairs_groups_far_apart_only_for_an_incompatible_unit_after_the_one_group(
    text: str,
) -> None:
    assert _verdicts(text) == []


def test_pairs_the_recipients_only_group_with_an_incompatible_unit_told_far_after() -> None:
    pairs = _pairs("pt group O. a. b. c. d. e. the unit was group A")
    assert [(p.recipient.group, p.component.group, p.compatible, p.far) for p in pairs] == [
        ("o", "a", False, True)
    ]


def test_engine_tags_a_stated_group_mismatch_as_never_event_12() -> None:
    from classifier.engine import classify_text

    result = classify_text("pt is group O pos, the unit hung on the ward was A pos. 80ml infused")
    assert result.never_event is not None
    assert result.never_event.code == "12"
    assert result.never_event.rule_id == "NE12.abo_groups_red_cells"
    assert {e.text for e in result.never_event.evidence} == {
        "pt is group O pos",
        "hung on the ward was A pos",
    }


def test_engine_caught_mismatch_is_a_near_miss_and_compatible_is_neither() -> None:
    from classifier.engine import classify_text

    caught = classify_text(
        "At bedside check the unit was group B and the pt's group is O. unit not spiked, "
        "returned to lab"
    )
    assert caught.never_event is None
    assert caught.near_miss is not None
    assert caught.near_miss.code == "12"
    wrong_but_compatible = classify_text(
        "blood given to wrong patient - recipient AB+ , the unit was O-. wrong blood group unit"
    )
    assert wrong_but_compatible.never_event is None
    assert wrong_but_compatible.near_miss is None


# The sibling reasoning modules (implant specification, drug strength) are tested here too.


@pytest.mark.parametrize(
    ("text", "planned", "placed"),
    [
        ("tibial tray size 5 on the plan, size 3 opened and cemented", "5", "3"),
        ("IOL power on the biometry was +21.5D, +12.5D lens inserted", "21.5", "12.5"),
        (
            "uncemented stem planned & templated, scrub nurse opened a cemented stem",
            "uncemented",
            "cemented",
        ),
        ("the one on the plan was 350cc, the one put in was 300cc", "350", "300"),
    ],
)
def test_implant_planned_versus_placed(text: str, planned: str, placed: str) -> None:
    from classifier.engine.implant_specs import mismatches

    doc = read(text)
    found = mismatches(doc.tokens, doc.sentence_of)
    assert [(m.planned.value, m.placed.value) for m in found] == [(planned, placed)]


def test_implant_same_value_or_unrelated_numbers_are_no_mismatch() -> None:
    from classifier.engine.implant_specs import mismatches

    for text in (
        "size 5 templated and size 5 implanted",
        "planned for 10:30, pt given 2 mg morphine at 11",
    ):
        doc = read(text)
        assert mismatches(doc.tokens, doc.sentence_of) == []


@pytest.mark.parametrize(
    ("text", "high"),
    [
        ("midazolam 10mg/2ml", True),
        ("midaz 5 mg in 1ml", True),
        ("50mg per 10 mls", True),
        ("2mg/ml", True),
        ("10 mg in 5 ml", True),
        ("midazolam 5mg/5ml", False),
        ("1 mg/ml", False),
        ("2mg in 2ml", False),
    ],
)
def test_drug_strength_in_mg_per_ml(text: str, high: bool) -> None:
    from classifier.engine.drug_strengths import high_strengths

    assert bool(high_strengths(read(text).tokens)) is high


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # terse comparisons: a group letter closing a clause of its own
        ("bedside scanner flagged it. unit group A, pt O.", [("o", "a", "red_cells", False)]),
        ("unit was group B, pt A. Not given.", [("a", "b", "red_cells", False)]),
        ("noticed group mismatch (A unit, pt O). Not given.", [("o", "a", "red_cells", False)]),
        # "given to group O": the recipient, not the component
        ("Group A rbc given to group O.", [("o", "a", "red_cells", False)]),
        # an ownerless group set against the recipient's group in the next clause
        (
            "Second MW noticed at bedside - group B, woman is O pos.",
            [("o", "b", "red_cells", False)],
        ),
    ],
)
def test_terse_group_comparisons(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert _verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Porter brought Mr A Jones instead of Mr A Johns. unit group O.",
        "unit given to patient B. group O unit.",
        "gave the pt a unit of red cells, group O.",
    ],
)
def test_initials_and_articles_are_not_groups(text: str) -> None:
    assert all(p.compatible for p in _pairs(text))


def test_a_component_group_corrected_later_in_the_sentence_is_the_true_one() -> None:
    text = "The donor liver was listed as group O but was in fact A. Recipient is group O."
    assert _verdicts(text) == [("o", "a", "organ", False)]


def test_a_group_said_only_of_what_might_have_been_given_is_not_paired() -> None:
    text = "pt is group A pos (an O pos unit could have been fine)."
    assert _verdicts(text) == []


def test_a_unit_that_should_have_gone_to_someone_else_is_still_the_unit_given() -> None:
    text = "Pt group O was given a group A unit which should have gone to bed 4."
    assert _verdicts(text) == [("o", "a", "red_cells", False)]


def test_a_group_after_the_patient_is_named_is_the_patients_not_a_correction() -> None:
    text = "The unit hung was group A but the pt is actually group O."
    assert _verdicts(text) == [("o", "a", "red_cells", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the patient's letter after "and the pt" in a sentence about groups
        ("the unit was group A and the pt O.", [("o", "a", "red_cells", False)]),
        # the unit issued for someone in another chair or room: that person's group is the unit's
        (
            "unit issued for pt in chair 4 (group A pos) was transfused to pt in chair 5 "
            "(group B pos).",
            [("b", "a", "red_cells", False)],
        ),
        (
            "pt received unit intended for the lady in rm 9 (AB pos), pt grp O pos.",
            [("o", "ab", "red_cells", False)],
        ),
    ],
)
def test_groups_of_the_person_a_unit_was_meant_for(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert _verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no group words in the sentence: "pt O" may be anything
        "seen in clinic by the pt O.",
        # the unit crossmatched for the patient herself, in her own bed, is her group
        "unit crossmatched for the pt in bed 4 (group A pos) given to her in bed 4.",
    ],
)
def test_letters_and_own_units_that_are_no_mismatch(text: str) -> None:
    assert all(p.compatible for p in _pairs(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a component noun and a letter making up a clause of their own ("unit A, pt O")
        ("tags compared at the bedside: unit B, pt A. returned.", [("a", "b", "red_cells", False)]),
        # what the label says, and the patient telling her own group ("I am group A")
        (
            "I read the label myself: the label said B, but I am group A.",
            [("a", "b", "red_cells", False)],
        ),
        # the patient's blood group card, a group in brackets
        (
            "The lab issued group B red cells. At the bedside he showed the nurse his blood "
            "group card (A) and the unit was not spiked.",
            [("a", "b", "red_cells", False)],
        ),
    ],
)
def test_groups_told_tersely_by_a_label_a_card_or_the_patient(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert _verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "I" with no "am" after it is the writer acting, not a group's owner
        "I checked the unit, it was O, and I gave it to the pt who is O.",
        # "said" before the article "a" at no clause end is no group
        "the nurse said a unit was ready.",
    ],
)
def test_writer_and_said_that_name_no_new_mismatch(text: str) -> None:
    assert all(p.compatible for p in _pairs(text))
