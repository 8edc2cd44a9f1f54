"""A ward's palliative care team that "reviewed, family informed" is no hospice nurse escorting a
patient to a sedation elsewhere: the syringe driver or end-of-life dose of high strength
midazolam stays excluded from never event 8 (palliative care is risk-assessed). A hospice
nurse who escorted the patient, or a hospice team that was informed, still names the area the
patient came from, not the sedation room."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

PALLIATIVE_USE = [
    "Pt for comfort care only, midazolam 2.5mg sc prn for agitation - 5mg/ml amp used and 2.5ml "
    "drawn up (12.5mg) and given. very sedated afterwards. palliative care team reviewed, "
    "daughter informed.",
    "Syringe driver recharged with midazolam 20mg/24hrs but 10mg/2ml amps misread, 100mg added. "
    "pt deeply sedated RR 8. driver taken down, hospice team rang and family informed.",
    "EOL pt in side room, midazolam 10mg over 24hrs in the syringe driver. 10mg/2ml amps used "
    "and nurse drew up 10ml thinking 1mg/ml, 50mg given. pt very drowsy, driver stopped, "
    "palliative team reviewed and son informed.",
]

CONSCIOUS_SEDATION = [
    "Pt from the hospice attended endoscopy for OGD under conscious sedation, hospice nurse "
    "escort. 10mg/2ml midazolam used instead of 1mg/ml, pt oversedated, flumazenil.",
    "Pt from St Mary's Hospice came to IR for a nephrostomy under conscious sedation, the "
    "hospice nurse was informed after. midazolam 5mg/ml given instead of 1mg/ml, 2ml given, "
    "oversedated, flumazenil given.",
    "Colonoscopy, conscious sedation. nurse drew up midazolam from the 5mg/ml amps kept for "
    "palliative pts on the ward and gave 2ml thinking 2mg. sats dropped to 80%, reversed.",
]


@pytest.mark.parametrize("text", PALLIATIVE_USE)
def test_palliative_use_reviewed_by_the_team_is_excluded(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", CONSCIOUS_SEDATION)
def test_conscious_sedation_stays_never_event_8(text: str) -> None:
    assert never_event_codes(text) == ("8", None)
