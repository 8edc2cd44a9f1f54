"""A stock count or register whose finding is a high strength midazolam ampoule used on a list
or a patient ("CD stock count showed one 10mg/2ml ampoule used on the colonoscopy list",
"register showed a 5mg/ml amp signed out for the OGD list") tells the ampoule gone to a
patient's sedation: never event 8, not a stock hazard. Stock found on the shelf, none used,
stays a risk only (both null)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

USED = [
    "End of list check in endoscopy. CD stock count showed one midazolam 10mg/2ml ampoule used "
    "on the OGD list - we only stock 1mg/ml for sedation. Pt in slot 4 slow to wake, sats 88%.",
    "Colonoscopy list. Weekly CD count showed one midazolam 5mg/ml ampoule used in room 2 for "
    "the colonoscopy - only 1mg/ml stocked for sedation. Pt very drowsy in recovery.",
    "Endoscopy. At the end of the list CD register showed a 5mg/ml midazolam amp signed out for "
    "the OGD list. Pt in slot 3 had needed flumazenil. Pt told, DoC.",
]

STOCK_ONLY = [
    "Bronchoscopy suite. Stock check found 2 boxes of midazolam 10mg/2ml in the cupboard with "
    "the 1mg/ml. None had been used on any patient according to the register. Removed.",
    "Stock count in endoscopy showed midazolam 10mg/2ml ampoules in the sedation drawer, none "
    "used on the list. Removed.",
]


@pytest.mark.parametrize("text", USED)
def test_ampoule_used_on_the_list_is_never_event_8(text: str) -> None:
    assert never_event_codes(text) == ("8", None)


@pytest.mark.parametrize("text", STOCK_ONLY)
def test_stock_found_unused_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)
