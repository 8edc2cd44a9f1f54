"""Themes in round 44's long reports: a case at another organisation told as learning ("a
neighbouring trust reported a case", "a case at another UK trust") is no evidence of this
report's themes, while a patient transferred from another trust with a problem still is; "a
bit" as a hedge ("a bit soft on her pressures") is no bite; and a young child whose age is
told in years and months who swallowed an object had an accident, not self-harm."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

_OWN = "Datix for Mr F missing his 10:00 dose of levetiracetam on ward 6. "


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            _OWN + "Background: a neighbouring trust reported a case last year where a "
            "patient fell out of a hoist sling and fractured a hip.",
            "falls",
        ),
        (
            _OWN + "Background: the national bulletin described a case at another UK trust "
            "where a patient fell out of a hoist sling and fractured a hip.",
            "falls",
        ),
        (
            _OWN + "Learning from other trusts: a patient developed a grade 3 pressure ulcer "
            "under a plaster cast.",
            "pressure_ulcer",
        ),
    ],
)
def test_a_case_at_another_organisation_told_as_learning_is_no_evidence(
    text: str, absent: str
) -> None:
    assert absent not in theme_ids(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (
            "Pt transferred from another trust with a grade 4 sacral pressure ulcer not "
            "documented on the transfer letter.",
            "pressure_ulcer",
        ),
        (
            "Pt fell in the bay at 03:00, found on the floor, head injury. Case discussed "
            "with the falls lead; another trust had a similar case.",
            "falls",
        ),
        (
            "Mrs K was admitted from another hospital with C diff, not isolated for 2 days.",
            "infection",
        ),
        (
            _OWN + "Mr F also had a grade 3 pressure ulcer under his cast found today.",
            "pressure_ulcer",
        ),
    ],
)
def test_this_reports_own_event_beside_another_organisation_stays_evidence(
    text: str, present: str
) -> None:
    assert present in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "she was a bit soft on her pressures this evening, BP 92 systolic, NEWS2 3, not escalated",
        "Obs review: a bit low on her sats overnight, 91% on 2L, FY1 aware",
    ],
)
def test_a_bit_as_a_hedge_is_no_bite(text: str) -> None:
    assert "behaviour_abuse_safeguarding" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt became agitated and bit the HCA on the arm",
        "pt grabbed the nurse and bit her",
        "confused pt bit a member of staff during personal care",
    ],
)
def test_a_bite_that_names_whom_it_bit_stays_evidence(text: str) -> None:
    assert "behaviour_abuse_safeguarding" in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Paediatric ED - swallowed button battery. Child, 2 years 3 months, brought in by mum, "
        "triage delayed 2 hours.",
        "Swallowed batteries. Boy, 3 years 4 months, swallowed two batteries from a toy at home, "
        "x-ray in ED.",
    ],
)
def test_a_young_child_who_swallowed_an_object_is_no_self_harm(text: str) -> None:
    assert "self_harm" not in theme_ids(text)


def test_an_adult_who_swallowed_batteries_as_self_harm_stays_evidence() -> None:
    text = "pt (45) on the MH ward swallowed batteries, 2nd act of self-harm this week"
    assert "self_harm" in theme_ids(text)
