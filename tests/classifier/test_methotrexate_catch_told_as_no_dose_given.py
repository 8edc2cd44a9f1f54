"""A methotrexate prescription written daily is caught at a check whose report tells the drug
history and the regimen before it says that no dose at all had been given: a near miss of never
event 7, however many sentences on that comes. A later catch of another kind, or "no further
dose" after doses given, leaves the overdose."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAUGHT_BEFORE_ANY_DOSE = [
    "Pharmacy check on ward 3: psoriasis pt, methotrexate 12.5mg charted as once daily from "
    "tomorrow. GP records say weekly on Thursdays. She took this week's at home yesterday. "
    "Chart rewritten as weekly (Thurs), no dose had been given on the ward.",
    "Medicines rec on AMU: MTX 15mg charted OD by the admitting doctor. GP record and pt both "
    "confirm weekly (Weds). Pt took her dose at home on Weds. Today is Friday. Chart amended "
    "to weekly Weds, nothing given on the ward. Dr informed.",
    "Crohns pt, methotrexate 25mg written as daily on the inpatient chart. She has it on "
    "Sundays. Last injection was at home on Sunday. Pharmacist amended the chart on Tuesday, "
    "no doses had been given.",
]

OVERDOSES_STILL = [
    "RA pt admitted with a fall. methotrexate 20mg prescribed daily on the drug chart. "
    "Pharmacist noticed on the ward round on day 3. Pt had been given 2 doses (day 1 and day "
    "2). no further doses given, levels and FBC sent.",
    "methotrexate 10mg daily charted for psoriasis pt. given on day 1 and day 2 and day 3 by "
    "the nurses. on day 4 the pharmacist spotted it. mouth ulcers. no dose given today.",
]


@pytest.mark.parametrize("text", CAUGHT_BEFORE_ANY_DOSE)
def test_no_dose_given_told_late_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "7")


@pytest.mark.parametrize("text", OVERDOSES_STILL)
def test_doses_given_before_the_catch_stay_an_overdose(text: str) -> None:
    assert never_event_codes(text) == ("7", None)
