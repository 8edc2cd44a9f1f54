"""Never events told by what the product or object turned out to be, found afterwards: the
diluent ampoule was strong potassium, the pack was still in the throat, the premix was not on
the shelf. A stock check that found the hazard with no patient is a risk, but a stock check
named among the actions does not undo an event."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "IV antibiotic reconstituted with 10ml from an ampoule in the diluent tray. Ampoule "
            "was concentrated potassium chloride. Given in full, pt had chest pain.",
            "4",
        ),
        (
            "Premixed potassium bag not on the shelf, so an ampoule of concentrate was added to "
            "a plain litre bag by the nurse. Infused over 8 hours.",
            "4",
        ),
        (
            "Pt in recovery after tonsillectomy coughing and desaturating. Throat pack still in "
            "the pharynx, removed by the anaesthetist.",
            "3",
        ),
    ],
)
def test_the_product_or_object_found_afterwards_is_the_never_event(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)


def test_a_stock_check_that_found_high_strength_midazolam_is_a_risk() -> None:
    text = "Weekly stock check in endoscopy - midazolam 10mg/2ml ampoules found in the box."
    assert never_event_codes(text) == (None, None)


def test_a_stock_check_named_among_the_actions_does_not_undo_the_event() -> None:
    text = (
        "Colonoscopy under conscious sedation: midazolam 5mg/ml given instead of 1mg/ml, pt "
        "apnoeic, flumazenil given. Actions: stock check added to the daily list."
    )
    assert never_event_codes(text) == ("8", None)
