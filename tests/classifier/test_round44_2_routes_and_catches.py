"""Never events 5-7 read in round 44: a drug with both forms made up from its injectable
ampoule, or given IV with the oral prescription told after it, is no oral medicine given
parenterally; a prescription caught and put right with nothing dispensed, or with no extra
dose taken, is a near miss."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        # the drug's IV form, given IV, the oral prescription told after
        "metoclopramide 10mg given iv by mistake, prescribed oral, no harm",
        "gave 1g paracetamol iv by mistake - prescribed oral tablets. pt well",
        # the dose made up from the injectable ampoule against an oral prescription
        "Pt prescribed cyclizine 50mg PO. The oral tablets were out of stock so the nurse "
        "prepared 50mg from the IV ampoule and gave it IV through the cannula. No harm.",
        "Ondansetron 4mg charted orally. HCA fetched the oral film but the RN made up the dose "
        "from an injectable vial and gave it iv via the venflon. Pharmacist flagged it.",
    ],
)
def test_a_drug_with_both_forms_given_iv_is_no_wrong_route(text: str) -> None:
    assert rule_never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a daily methotrexate script cancelled with nothing dispensed
        (
            "Rx for methotrexate 2.5mg take 4 tablets daily for psoriasis came through to the "
            "pharmacy. Pt normally takes them weekly. Dispenser queried it with the surgery. "
            "Prescriber cancelled and reissued weekly, nothing dispensed.",
            (None, "7"),
        ),
        # the wrong daily directions caught with no extra dose taken
        (
            "Methotrexate 15mg once daily printed on the care home MAR for a resident with RA. "
            "Senior carer noticed it on the medication round and phoned the GP. Resident "
            "has not had any extra tablets.",
            (None, "7"),
        ),
        # the oral liquid really pushed into the line: the never event still
        (
            "Oral morphine drawn into a luer syringe as no oral syringes on the ward and given "
            "via the cannula by mistake. Pt drowsy, reviewed by the doctor.",
            ("5", None),
        ),
    ],
)
def test_catches_told_by_the_supply_or_the_doses_taken(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert rule_never_event_codes(text) == expected
