"""Round 67: a luer syringe drawn up for an insulin overdose is never event 6, not 5.

- An insulin overdose given with a luer or IV syringe, in a report that also names an oral
  medicine ("on oral metformin and lantus ... drew it up in a 1ml luer syringe ... it was 180
  units"), is the insulin's incorrect device (never event 6): the oral medicine is only named
  beside it, nothing oral went into a vein.
- An oral medicine drawn up in a luer syringe and given into a vein, in a report that names
  insulin only as background, stays a wrong route (never event 5).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    (
        "T2DM on oral gliclazide and levemir. the ward had run out of insulin syringes so the "
        "agency nurse drew it up in a 2ml luer syringe and gave 14 units sc - it was 140 units. "
        "BM 1.6 at 2300, IV glucose given.",
        ("6", None),
    ),
    (
        "pt on a VRII overnight. oral lactulose 10ml drawn up in a luer syringe and pushed IV "
        "through the cannula by mistake at 0600, pt obs stable, reviewed by the reg.",
        ("5", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_insulin_overdose_by_luer_syringe_is_never_event_6(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
