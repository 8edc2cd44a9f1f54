"""Session 26 (never event 5): a drug's IV form charted beside the oral one, given IV.

"ondansetron 2mg prescribed oral ... given IV via cannula instead (IV ondansetron also on chart
as PRN)": the IV product was given by its own route, a prescribing slip, not an oral medicine
given IV. An oral liquid drawn up in a luer syringe and pushed into the cannula stays never
event 5, whatever IV form is also charted.
"""

from __future__ import annotations

from tests.classifier.outcomes import never_event_codes


def test_iv_form_also_charted_and_given_iv_is_no_never_event() -> None:
    text = (
        "cyclizine 25mg prescribed oral for nausea in a 10yo, given IV via cannula instead (IV "
        "cyclizine also on chart as PRN). No harm, chart corrected."
    )
    assert never_event_codes(text)[0] is None


def test_oral_liquid_pushed_into_the_cannula_stays_never_event_5() -> None:
    text = (
        "Oramorph 5mg prescribed oral, drawn up in a luer syringe and given IV via the cannula. "
        "IV morphine also on chart for breakthrough but not this product. Pt drowsy, naloxone."
    )
    assert never_event_codes(text) == ("5", None)
