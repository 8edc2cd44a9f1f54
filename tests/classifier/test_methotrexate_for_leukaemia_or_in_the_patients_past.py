"""Methotrexate overdoses that are not this report's non-cancer never event 7: a leukaemia told
with "on" or "in" before its phase ("ALL on maintenance") or a haematology patient outlying on
another ward is methotrexate for cancer (excluded); the patient's own daily methotrexate told as
her past at another hospital, dated ("a couple of years ago, at a different trust, she was given
methotrexate every day") is background. An overdose in this report stays never event 7."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NOT_THIS_REPORTS_NEVER_EVENT = [
    "ALL on maintenance. oral methotrexate written daily instead of weekly, extra doses given "
    "Sat and Sun.",
    "Haem outlier on ward 5. Oral methotrexate 20mg weekly charted as daily, 2 extra doses given.",
    "Pt (AML in remission) on oral methotrexate 10mg weekly, charted as daily by the locum, 2 "
    "extra doses given, neutropenic.",
    "Pt says at another hospital 3 years ago she was given her weekly methotrexate daily for a "
    "week. Today MTX 15mg weekly prescribed correctly.",
    "in 2019 at a different trust he was given methotrexate daily instead of weekly, now very "
    "worried. MTX dose omitted today as not on chart.",
]

THIS_REPORTS_OVERDOSE = [
    "Pt with RA on ward 5 (outlier from a haem bed). methotrexate weekly charted as daily, 2 "
    "extra doses given.",
    "methotrexate 10mg prescribed daily instead of weekly for RA, 3 doses given before pharmacist "
    "noticed. Pt had the same error at another hospital 2 years ago.",
]


@pytest.mark.parametrize("text", NOT_THIS_REPORTS_NEVER_EVENT)
def test_cancer_or_past_overdose_is_no_never_event_7(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", THIS_REPORTS_OVERDOSE)
def test_overdose_of_this_report_stays_never_event_7(text: str) -> None:
    assert never_event_codes(text) == ("7", None)
