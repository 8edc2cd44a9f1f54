"""Round 45 (helper 2): wrong-route (never event 5) readings.

The framework's wrong-route definition quoted by a review with its category named before it
("the wrong route never event covers ...", "the never event only covers ...", "the wrong route
never event is about ...") is the category, not this report's event; a drug prescribed by mouth
and given by its own IV form, told tersely ("presc oral was given IV"), is no oral medicine in a
line; an IV drug named with its dose and put into the epidural is the reverse of the framework's
epidural medicine given IV; a vinca alkaloid given "by IV infusion" went by its own route.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

DEFINITION_QUOTED = [
    "Pt given IV co-amoxiclav instead of oral, prescribed PO. Reviewed: the wrong route never "
    "event covers oral medicines given IV and vinca alkaloids given intrathecally, this was an "
    "IV preparation. No harm.",
    "IM ceftriaxone given instead of IV. Not a never event, the never event only covers oral "
    "liquids given IV, IV chemo intrathecally and epidural drugs given IV.",
    "Vincristine given via PICC as prescribed, extravasation suspected, protocol followed. The "
    "wrong route never event is about vincristine given intrathecally, not this.",
    "Query raised whether NE. The wrong route never event only applies to intrathecal vinca "
    "alkaloids, oral meds given iv and epidural meds iv; this was SC morphine given IM by "
    "mistake.",
    "Midwife asked if it was a never event. The wrong route never event is epidural "
    "bupivacaine given IV - here IV paracetamol went into the epidural line in error.",
]

ORAL_PRESCRIPTION_IV_FORM_GIVEN = [
    "paracetamol 1g presc oral was given IV in error, no harm",
    "omeprazole 40mg presc po was injected iv by mistake",
    "pt written up for oral ondansetron, was given iv in error",
    "cyclizine 50mg prescribed PO was given IV by mistake. pt fine",
]

IV_DRUG_INTO_EPIDURAL = [
    "iv cefuroxime 1.5g was injected into the epidural filter in error",
    "IV co-amoxiclav 1.2g was given into the epidural catheter by mistake, anaesthetist aware",
    "IV gentamicin 240mg had been pushed into the epidural line port accidentally",
    "IV tazocin 4.5g was connected to the epidural line by mistake, no harm",
]

VINCA_BY_ITS_OWN_ROUTE = [
    "vincristine 2mg given by IV infusion via the PICC, extravasation at the site, plastics aware",
    "vinblastine given as iv bolus through the port, pt complained of pain at site",
]

WRONG_ROUTE_EVENTS = [
    "Oramorph 10mg oral solution drawn up in a luer syringe and given via the cannula in error. "
    "The wrong route never event covers exactly this - oral liquid given IV.",
    "Vincristine was given intrathecally in error at the IT clinic instead of IV. Pt to neuro "
    "ICU. The wrong route never event is this exact scenario.",
    "Epidural bag of bupivacaine and fentanyl was connected to the IV cannula by mistake, pt "
    "hypotensive and drowsy. This wrong route never event is being investigated as an SI.",
    "lactulose 10ml presc oral was given IV via the PICC by mistake, pt unwell",
    "paracetamol suspension prescribed po was given intravenously through the cannula in error",
    "vincristine given by IV infusion was prescribed but the syringe was taken to the IT room "
    "and given intrathecally in error",
    "levobupivacaine epidural infusion was run via the PICC by mistake for 2 hours",
]


@pytest.mark.parametrize(
    "text",
    DEFINITION_QUOTED
    + ORAL_PRESCRIPTION_IV_FORM_GIVEN
    + IV_DRUG_INTO_EPIDURAL
    + VINCA_BY_ITS_OWN_ROUTE,
)
def test_quoted_definitions_and_other_wrong_routes_are_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", WRONG_ROUTE_EVENTS)
def test_framework_wrong_routes_stay_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)
