"""ABO reasoning widened in round 24: a pack ("bags", "units") is of the component the report
named before it (FFP), an organ named by an illness ("liver failure") is no graft, the true
group told of the donor ("the donor was actually group A") is the donor's, a group set against
the patient's after "and"; a rule stated ("must be ABO compatible") or a plasma exchange the
plasma was given for is no intentional / compatible exclusion; roughly timed or partial units
and records confirming the transfusion reach the patient. Look-alikes: two patients of the same
group, a haemolytic reaction put down to a non-ABO antibody, an inquiry "not yet" complete."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statement of the rule a component must meet is no "ABO compatible" exclusion
        (
            "Granulocyte transfusion for neutropenic sepsis. Recipient group O. Granulocytes "
            "issued were group B, chosen by the platelet rules. Infused over 1 hr, pt became "
            "rigoring. These components must be red cell ABO compatible.",
            ("12", None),
        ),
        # plasma given for a plasma exchange is no ABOi desensitisation
        (
            "Group O Octaplas given to a group B boy on the renal unit for plasma exchange. "
            "The group O bags were meant for another child. 2 bags infused before noticed.",
            ("12", None),
        ),
        # the donor's corrected group is the donor's, not the recipient's
        (
            "Living donor kidney. Donor group copied as O onto the theatre checklist; the donor "
            "was actually group B. Recipient group O. Transplant went ahead, graft lost to "
            "hyperacute rejection.",
            ("12", None),
        ),
        # part of the unit had: reached
        (
            "I put up the unit from the fridge without checking the band. The bag was group "
            "A RhD negative and the patient is group O RhD negative. She had had about a "
            "third of the unit when the lab phoned.",
            ("12", None),
        ),
        # stopped after a roughly told time: it ran
        (
            "Pt on the day unit noticed the bag (group B pos) was not her group - she is A "
            "pos. She called the nurse after about 20 minutes. Stopped, obs stable.",
            ("12", None),
        ),
        # records confirm the transfusion; an inquiry not yet complete is no catch
        (
            "Traceability audit: unit (grp B neg) traced to pt on ward 6, whose group is A "
            "neg. Notes confirm transfusion. Root cause not yet established.",
            ("12", None),
        ),
        # bags named after FFP are plasma: O plasma to an A patient, caught
        (
            "FFP x3 taken to the bedside for a group A pt before a drain. Checker saw the bags "
            "were group O. Not given, lab issued group A FFP.",
            (None, "12"),
        ),
        # liver failure is the illness, not a graft; the FFP units are plasma
        (
            "FFP 2 units at the bedside for pt with liver failure (group AB neg). Units were "
            "group A. Second checker queried it. Not transfused.",
            (None, "12"),
        ),
        # a group set against the patient's after "and"
        (
            "Unit brought to bay 2 for pt with anti-E: E-neg but group B pos, and pt is group A "
            "pos. Picked up at the bedside check. Not given.",
            (None, "12"),
        ),
    ],
)
def test_abo_groups_reasoned(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a haemolytic reaction from an alloantibody, not ABO
        "Delayed haemolytic transfusion reaction 10 days after 2 units, due to anti-Fya not "
        "on our system. Hb fell, jaundiced, readmitted.",
        "Haemolytic transfusion reaction caused by an alloantibody (anti-c) missed at "
        "antibody screen. Pt recovered.",
    ],
)
def test_abo_look_alikes_left_alone(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # the alloantibody cue's words in an innocent role: the ABO error still reached
        "Group A unit given to group O pt in bed 4. Acute haemolytic transfusion reaction. "
        "Pt also has a known anti-K.",
        "Haemolytic transfusion reaction due to ABO incompatibility: grp B unit to a grp O "
        "man, full unit transfused. He also carries anti-E.",
        "Unit for bed 2 (group B) transfused into the bed 5 pt, who is group A. Haemolytic "
        "reaction caused by anti-B. ITU admission.",
        # the same-group cue's words in an innocent role: the groups differed, it reached
        "Both patients were grouped and saved that morning. The unit hung on bed 3 was group "
        "A; the bed 3 pt is group O. Unit transfused in full.",
        "Both pts had G&S sent. Group B unit for bed 1 was given to the bed 2 pt, who is "
        "group O. 150 ml in before noticed.",
        "Two pts, both RhD positive. Grp AB unit transfused to the grp A pt in bay 4. "
        "Rigors after 30 mins.",
        "Both pts RhD neg group O and A respectively - unit for the pt in bed 2 (group A) was "
        "given to bed 3 (group O). Rigors.",
    ],
)
def test_abo_suppressing_cues_keep_true_never_events(text: str) -> None:
    assert never_event_codes(text)[0] == "12"
