"""An implant size changed because the anatomy found on the table was smaller or bigger than the
work-up estimated is the operator's documented judgement, excluded from never event 2. A size
put in in error stays a wrong implant."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

JUDGED = [
    "EVAR: planned 28mm main body, 32mm used. op note: on table angiography showed the neck "
    "larger than the CT estimate so a bigger device was chosen.",
    "TAVI planned 26mm valve, 29mm implanted. operator noted the annulus bigger than the CT "
    "sizing on TOE and upsized.",
    "Iliac stent: 8mm booked, 7mm used. Op note by the consultant: artery narrower than "
    "expected from the CTA on the run-off angiogram, 7mm chosen.",
]

IN_ERROR = [
    "Planned 10 x 60mm stent, 8 x 60mm opened and deployed in error by the registrar, not "
    "noticed until the implant record was checked.",
    "Biliary stent: 10cm planned, 8cm stent placed in error instead, the duct was longer than"
    " the 8cm one could cover.",
]


@pytest.mark.parametrize("text", JUDGED)
def test_size_chosen_for_the_anatomy_found_is_excluded(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", IN_ERROR)
def test_size_put_in_in_error_stays_a_wrong_implant(text: str) -> None:
    assert never_event_codes(text) == ("2", None)
