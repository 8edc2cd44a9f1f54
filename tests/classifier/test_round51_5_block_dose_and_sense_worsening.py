"""Round 51, helper 5: a nerve block's local anaesthetic dose, a sense worsening over months.

The dose of local anaesthetic given with a nerve block (a second block "at a reduced dose", the
"total LA dose checked") belongs to the procedure: it adds no `medication`. Vision, hearing or
mobility "deteriorating" over months is no clinical deterioration: it adds no
`monitoring_deterioration`. A drug error beside a block and a deteriorating patient still do.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids

BLOCK_DOSE = [
    "Adductor canal block sited on the wrong knee in the block room. Noticed by the ODP; the "
    "correct side was then blocked at a lower dose.",
    "Ankle block performed on the L foot, surgery was on the R. Second block done with a reduced "
    "dose after talking to the consultant.",
    "Interscalene block given to the wrong shoulder before the sign in. Correct side blocked "
    "afterwards, total LA dose kept under the maximum.",
]

SENSE_WORSENING = [
    "Retinal clinic follow up lost when the outcome sheet went missing. Seen a year later with "
    "deteriorating vision.",
    "Audiology review not booked after the referral was mislaid; the child's hearing "
    "deteriorated over the following 8 months.",
    "Physio referral never sent from the ward. At the 3 month review her mobility had "
    "deteriorated and she now needs a frame.",
]

STILL_TOLD = [
    (
        "Pt had a fascia iliaca block, then was given morphine 10mg IV instead of 1mg prescribed. "
        "Became drowsy, RR 6, naloxone given.",
        {"medication", "monitoring_deterioration"},
    ),
    (
        "Pt deteriorating on the ward overnight, NEWS 7 not escalated to the doctor.",
        {"monitoring_deterioration"},
    ),
]


@pytest.mark.parametrize("text", BLOCK_DOSE)
def test_block_dose_is_not_medication(text: str) -> None:
    assert "medication" not in rule_theme_ids(text)


@pytest.mark.parametrize("text", SENSE_WORSENING)
def test_sense_worsening_is_not_deterioration(text: str) -> None:
    assert "monitoring_deterioration" not in rule_theme_ids(text)


@pytest.mark.parametrize(("text", "themes"), STILL_TOLD)
def test_drug_error_and_deterioration_still_told(text: str, themes: set[str]) -> None:
    assert themes <= rule_theme_ids(text)
