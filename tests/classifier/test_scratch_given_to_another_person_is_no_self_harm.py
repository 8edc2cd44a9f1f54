"""Session 35: a scratch or cut a patient gives to another person, the body part told after
the person ("pt scratched the HCA on her forearm", "Resident scratched the carer on his arm
while being hoisted", "scratched a nurse across the hand"), is an assault on that person:
behaviour_abuse_safeguarding, not self_harm. The self-harm cue "scratched|cut .. arm" reached
over "the carer on his" to "arm", and the behaviour counter-cue "scratched .. his .. arm" read
that arm as the patient's own.

Real self-harm ("Pt scratched her forearm with a broken CD case", "cut his arm with a razor"),
a patient scratching their own skin or wound, and assaults already read right do not change."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids

SELF_HARM = "self_harm"
BEHAVIOUR = "behaviour_abuse_safeguarding"

GIVEN_TO_ANOTHER_PERSON = [
    "pt scratched the HCA on her forearm during personal care, skin broken, first aid given.",
    "Resident scratched the carer on his arm while being hoisted.",
    "Patient scratched the staff nurse on her wrist when bloods were taken.",
    "During the restraint the service user scratched a support worker on the forearm, drawing "
    "blood.",
    "Pt became agitated and scratched the student nurse on her neck.",
    "Client lashed out and scratched HCA on his hand and arm.",
    "Man in bay 3 scratched another patient on the face with his nails.",
    "Resident grabbed the nurse and scratched her on the arm.",
    "scratched a nurse across the hand while his obs were being done",
]

# the same act told with a cut: the rules no longer read it as self-harm (the learned model
# may still, from other words of the narrative)
CUT_GIVEN_TO_ANOTHER_PERSON = [
    "Pt cut the porter on his arm with a broken plate.",
    "Service user cut a member of staff on the hand with a plastic knife at lunch.",
]

OWN_BODY_SELF_HARM = [
    "Pt scratched her forearm with a broken CD case",
    "found scratching her wrists in the bathroom",
    "cut his arm with a razor, wounds steri-stripped",
    "Pt scratched her L wrist with a hair grip, staff on shift dressed it.",
    "Pt was scratching the skin on her arms until they bled, self-harm protocol.",
    "Pt scratched the nurse then cut her own arm with a plastic knife.",
]

ASSAULTS_ALREADY_RIGHT = [
    "HCA assaulted by pt - punched on the side of the head and scratched on the arm",
    "Pt scratched the HCA's hand during personal care.",
]


@pytest.mark.parametrize("text", GIVEN_TO_ANOTHER_PERSON)
def test_scratch_given_to_another_person_is_an_assault_not_self_harm(text: str) -> None:
    themes = theme_ids(text)
    assert BEHAVIOUR in themes
    assert SELF_HARM not in themes


@pytest.mark.parametrize("text", CUT_GIVEN_TO_ANOTHER_PERSON)
def test_cut_given_to_another_person_is_read_by_the_rules_as_an_assault(text: str) -> None:
    themes = rule_theme_ids(text)
    assert BEHAVIOUR in themes
    assert SELF_HARM not in themes


@pytest.mark.parametrize("text", OWN_BODY_SELF_HARM)
def test_scratch_or_cut_of_own_body_stays_self_harm(text: str) -> None:
    assert SELF_HARM in theme_ids(text)


@pytest.mark.parametrize("text", ASSAULTS_ALREADY_RIGHT)
def test_assaults_already_read_right_do_not_change(text: str) -> None:
    themes = theme_ids(text)
    assert BEHAVIOUR in themes
    assert SELF_HARM not in themes


def test_scratching_own_wound_is_no_self_harm_or_assault() -> None:
    themes = rule_theme_ids("Patient scratching at the wound on her leg, dressing off.")
    assert SELF_HARM not in themes
    assert BEHAVIOUR not in themes


def test_tablets_cut_in_half_by_hand_name_no_person() -> None:
    themes = rule_theme_ids("Tablets cut them in half by hand as no cutter on the ward.")
    assert SELF_HARM not in themes
    assert BEHAVIOUR not in themes
