"""A person's group told in a bracket after the person, behind their name and a comma ("the RN
looking after bed 4 (Margaret Dunne, group O pos)", "woman in room 2 (Chloe Harris, O RhD neg)",
"the man in cubicle 2 (J Smith, B+)") is that person's: the recipient's, or the unit's when the
sentence says the unit was meant for that person and handed to someone else ("the unit for bed
6 (Name, group A pos) ... given to ... bed 4 (Name, group O pos)"). So an incompatible pair told
so is never event 12 when it went in ("Hung it on bed 5 (Mrs [NAME], O pos)" is the unit put
up) and near miss 12 when it was stopped before spiking; a compatible one, one group alone, a
patient told apart by number ("pt 2 (AAA repair, group A)") and a bracket after a bed without a
name are read as before."""

from __future__ import annotations

import pytest

from classifier.engine.blood_groups import mentions
from classifier.engine.text import read
from tests.classifier.outcomes import never_event_codes, rule_never_event_codes

NAMED_GROUPS = [
    # incompatible, went in
    (
        "unit collected for bed 12 (Albert Finch, group B pos) was taken to bed 11 (Stanley "
        "Moore, group O neg) in error and put up, about 50ml in before the HCA noticed the "
        "name. pt shivering, stopped.",
        ("12", None),
    ),
    (
        "bed 4 (Margaret Dunne, group O pos) was given the unit for bed 6 (Margaret Pollard, A "
        "pos), 80ml in before noticed, rigors.",
        ("12", None),
    ),
    (
        "the man in cubicle 2 (J Smith, B+) was given a unit of group AB pos red cells meant "
        "for cubicle 3, 30ml in before noticed, temp spike.",
        ("12", None),
    ),
    (
        "Unit for bay 1 (Ivy Clarke, group A pos) brought up by the porter and handed to the "
        "nurse caring for bay 2 (Rose Bell, group O pos) who put it up at 16:10. Approx 40ml "
        "given before the name on the tag was read, pt flushed and hypotensive.",
        ("12", None),
    ),
    # hung "on bed 5" told actively, beside a check done at the station (no catch)
    (
        "RN took the unit labelled for bed 3 (Mrs Shaw, A pos) and did the pre-administration "
        "check with a second RN at the station. Hung it on bed 5 (Mrs Shore, O pos) at 13:10. "
        "13:50 HCA found her rigoring, temp 38.9. Transfusion stopped, doctor called.",
        ("12", None),
    ),
    # incompatible, stopped before spiking
    (
        "lady in bay 2 bed 5 (Joan Wright, group O neg) was about to have a unit of A pos red "
        "cells meant for the lady in bed 6 started, caught at the bedside check before spiking.",
        (None, "12"),
    ),
    (
        "pt (Jane Evans, group O neg) had 2 units crossmatched and the lab issued a unit of group "
        "B neg for her in error; caught at the bedside before spiking.",
        (None, "12"),
    ),
    (
        "Maternity HDU. woman in room 4 (Amy Long, O RhD pos) due 1 unit post PPH. At the "
        "bedside check the unit tag read Amy LANG, different MRN, unit group A RhD neg. Not "
        "spiked, returned to the lab.",
        (None, "12"),
    ),
    # compatible: O into A, A into AB
    (
        "woman in room 7 (Priya Shah, group A pos) received a unit labelled for another woman, "
        "unit group O pos. compatible, no harm, datix for ID process.",
        (None, None),
    ),
    (
        "man in cubicle 4 (D Evans, A pos) given a unit of O neg blood collected for cubicle 5 by "
        "mistake, O into A compatible, no reaction.",
        (None, None),
    ),
    (
        "the man in bed 10 (R Patel, group AB pos) had a unit from the fridge meant for bed 11, "
        "the unit was group A pos. compatible, no reaction, wrong pt unit datix.",
        (None, None),
    ),
    # both named, same group
    (
        "unit for bed 14 (Tom Hale, group A pos) collected and brought to the ward, given to the "
        "nurse caring for bed 15 (Tim Hale, group A pos) and spiked. stopped at 10ml, same "
        "group, no harm.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "codes"), NAMED_GROUPS)
def test_group_told_after_a_name_in_brackets_is_the_persons(
    text: str, codes: tuple[str | None, str | None]
) -> None:
    assert rule_never_event_codes(text) == codes
    assert never_event_codes(text) == codes


ONE_GROUP_OR_NO_NAME = [
    # a unit for another patient, one group named only: nothing says it was incompatible
    (
        "the unit for bed 6 (Margaret Pollard, group A pos) was collected from the fridge and "
        "checked at the bedside with the wristband, started 14:00 no issues.",
        (None, None),
    ),
    (
        "bed 5 (Kevin Marsh, O pos) and bed 6 (Kieran Marsh, A pos) both had units crossmatched; "
        "both units given to the right pt, no error, datix for the similar names.",
        (None, None),
    ),
    # a group in brackets after a bed, no name: read as before
    (
        "pt in bed 3 (group O pos) given unit meant for bed 5 (group A pos), stopped after 50ml.",
        ("12", None),
    ),
    ("bed 8 (group A pos) had FFP running, no issues.", (None, None)),
    # already read: an honorific name, a plain telling
    (
        "patient (Mr J Smith, O neg) given 1 unit of A neg red cells meant for Mr J Smyth, 40ml "
        "transfused before the discrepancy was spotted.",
        ("12", None),
    ),
    (
        "pt was group O pos and the unit hung was group A pos, 60ml in before stopped, rigors.",
        ("12", None),
    ),
]


@pytest.mark.parametrize(("text", "codes"), ONE_GROUP_OR_NO_NAME)
def test_one_group_or_a_bracket_with_no_name_reads_as_before(
    text: str, codes: tuple[str | None, str | None]
) -> None:
    assert rule_never_event_codes(text) == codes


def _roles(text: str) -> list[tuple[str, str]]:
    doc = read(text)
    return [(m.group, m.role) for m in mentions(doc.tokens, doc.sentence_of, doc.clause_breaks)]


def test_the_group_after_the_name_is_the_persons() -> None:
    assert _roles("woman in room 2 (Chloe Harris, O RhD neg) prescribed 2 units") == [
        ("o", "recipient")
    ]
    assert _roles(
        "the unit for bed 6 (Ann Cole, group A pos) was taken to the bay and given to the RN "
        "looking after bed 4 (Ann Dunn, group O pos)"
    ) == [("a", "red_cells"), ("o", "recipient")]


def test_a_unit_meant_for_the_named_person_alone_is_not_read() -> None:
    assert _roles("the unit for bed 6 (Ann Cole, group A pos) was collected") == []


def test_a_patient_told_apart_by_number_is_read_as_before() -> None:
    # "pt 2" may be the other patient, whose group is not the recipient's
    text = (
        "Pt 52M, group O pos. Also in recovery: pt 2 (hip revision, group A pos) with blood on "
        "the shelf."
    )
    assert _roles(text) == [("o", "recipient")]
