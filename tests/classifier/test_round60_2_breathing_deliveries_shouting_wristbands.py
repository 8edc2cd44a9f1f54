"""Round 60, helper 2: theme readings around never-event look-alikes.

- Breathing trouble named as a noun ("breathing problems", "difficulty breathing") is a finding
  the reporter can deny: "no breathing problems" adds no monitoring_deterioration. Breathing
  problems that happened still do.
- A delivery of goods (the pharmacy or stock delivery, a supplier's order) is no birth: no
  maternity_perinatal. A delivery on the labour ward still is.
- Shouting "at" a time of day ("shouting at about 3am") tells when a patient called out, not
  whom they shouted at: no behaviour_abuse_safeguarding. Shouting at a nurse still is.
- The wristband told as the thing not checked ("didn't check her wristband") before acting on
  the patient is a patient identification failure: communication_documentation. A wristband
  checked against the request adds nothing.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids

BREATHING_DENIED = [
    "dn visit: pt's throat caught under the top bar of the trust supplied bed rail overnight, "
    "mark on the skin, no breathing problems, rails removed.",
    "resident found with his chest wedged between rail and mattress, denies any difficulty "
    "breathing, obs normal, OT reviewing the bed.",
]

BREATHING_TROUBLE_HAPPENED = [
    "pt found with chest wedged between bed rail and mattress, having difficulty breathing, "
    "outreach called.",
]


@pytest.mark.parametrize("text", BREATHING_DENIED)
def test_denied_breathing_problems_add_no_deterioration(text: str) -> None:
    assert "monitoring_deterioration" not in rule_theme_ids(text)


@pytest.mark.parametrize("text", BREATHING_TROUBLE_HAPPENED)
def test_breathing_problems_that_happened_still_add_deterioration(text: str) -> None:
    assert "monitoring_deterioration" in rule_theme_ids(text)


GOODS_DELIVERY = [
    "after the pharmacy delivery on friday the cyclizine boxes were put in the ondansetron slot, "
    "pt on ward 7 given cyclizine instead, no harm.",
    "stock delivery left the flushes in the wrong tray and a pt on the surgical ward was given "
    "the wrong flush, no harm.",
]

BIRTH_DELIVERY = [
    "after the delivery on the labour ward the syntocinon infusion was not started, PPH 900ml.",
]


@pytest.mark.parametrize("text", GOODS_DELIVERY)
def test_goods_delivery_is_no_birth(text: str) -> None:
    assert "maternity_perinatal" not in rule_theme_ids(text)


@pytest.mark.parametrize("text", BIRTH_DELIVERY)
def test_birth_delivery_still_maternity(text: str) -> None:
    assert "maternity_perinatal" in theme_ids(text)


SHOUTING_AT_A_TIME = [
    "night staff heard her shouting at about 3am, found her neck against the side rail of the "
    "hospital bed, rail lowered, red mark only.",
    "pt was screaming at around 0400 and found with his arm caught in the bed rail, no injury.",
]

SHOUTING_AT_A_PERSON = [
    "pt shouting at the HCA and threatening to hit her when asked to get back into bed.",
]


@pytest.mark.parametrize("text", SHOUTING_AT_A_TIME)
def test_shouting_at_a_time_is_no_aggression(text: str) -> None:
    assert "behaviour_abuse_safeguarding" not in rule_theme_ids(text)


@pytest.mark.parametrize("text", SHOUTING_AT_A_PERSON)
def test_shouting_at_a_person_still_aggression(text: str) -> None:
    assert "behaviour_abuse_safeguarding" in rule_theme_ids(text)


WRISTBAND_NOT_CHECKED = [
    "two ladies called Patel on the ward, I asked 'mrs patel?' and she nodded, didnt check her "
    "wristband and did the ascitic tap, she was the other mrs patel.",
    "SHO did the pleural aspiration on the pt in bed 4, never looked at the name band first, "
    "procedure was meant for bed 6.",
]

WRISTBAND_CHECKED = [
    "wristband checked against the request form, ascitic tap done, 2L drained, obs stable.",
]


@pytest.mark.parametrize("text", WRISTBAND_NOT_CHECKED)
def test_wristband_not_checked_is_identification_failure(text: str) -> None:
    assert "communication_documentation" in rule_theme_ids(text)


@pytest.mark.parametrize("text", WRISTBAND_CHECKED)
def test_wristband_checked_adds_nothing(text: str) -> None:
    assert "communication_documentation" not in rule_theme_ids(text)
