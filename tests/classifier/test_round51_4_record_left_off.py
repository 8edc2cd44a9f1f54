"""Round 51 (helper 4): a fact left off the record that travels with the patient."""

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids

LEFT_OFF_THE_RECORD = [
    "Pt moved from AMU to ward 9. MRSA status not on the transfer sheet so he was placed in an "
    "open bay, screening of the bay started.",
    "Woman discharged home; her warfarin dose change was not in the discharge summary and the "
    "GP continued the old dose, INR 8.",
    "Transferred to rehab; his DNACPR was not on the handover sheet and he was given CPR.",
]

RECORD_COMPLETE = [
    "Pt transferred to ward 5 with all details on the transfer sheet. Fell overnight, no injury.",
    "Pt had a fall at home 2 years ago. Admitted today with pneumonia, abx given on time.",
]


@pytest.mark.parametrize("text", LEFT_OFF_THE_RECORD)
def test_fact_left_off_transfer_or_discharge_record_is_communication(text: str) -> None:
    assert "communication_documentation" in theme_ids(text)


@pytest.mark.parametrize("text", RECORD_COMPLETE)
def test_complete_record_is_not_read_as_communication_by_the_rules(text: str) -> None:
    # The rules' reading (the learned model of 1.56.0 adds communication_documentation from
    # "transfer" and "sheet" alone: a known limitation of setting words, see the evaluation
    # README)
    assert "communication_documentation" not in rule_theme_ids(text)
