"""A medicine drawn up, queried and checked, its "not given" told last, sentences after the
drawing up ("drew up midazolam from a 10mg/2ml amp ... the endoscopist queried the volume ...
ampoule checked. Not given, discarded"), was caught: a near miss of never events 4 to 8. A dose
told given anywhere in the report ("1ml given ... further doses not given") still reached the
patient."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAUGHT = [
    (
        "Endoscopy room 2, short staffed. Bank nurse drew up midazolam for an OGD from a "
        "10mg/2ml amp found on the side. The endoscopist asked her how much was in the syringe "
        "and queried the volume. Everyone stopped and the ampoule was checked - 5mg/ml. Not "
        "given, discarded with a witness.",
        "8",
    ),
    (
        "Bronchoscopy list. Midazolam 5mg/ml ampoule drawn up for sedation by a newly "
        "qualified nurse. Consultant asked what strength she had used as the syringe looked "
        "small. Amp retrieved from the sharps bin and checked. Dose not given, 1mg/ml used "
        "instead.",
        "8",
    ),
    (
        "Cystoscopy under sedation. HCA passed a midazolam 10mg/2ml amp to the nurse who drew "
        "it up. The urologist queried it. Stopped and checked. Not administered, discarded.",
        "8",
    ),
    (
        "Oramorph drawn up in a luer syringe by the student on the ward. Mentor asked what it "
        "was for as the pt has an IV cannula and no NG. Checked the chart. Not given, re-drawn "
        "in an oral syringe.",
        "5",
    ),
]

GIVEN = [
    "Colonoscopy. Midazolam 10mg/2ml drawn up and 2mg given for sedation. Pt became very drowsy, "
    "sats 84%. Flumazenil given. Remaining midazolam not given.",
    "Colonoscopy. Midazolam 10mg/2ml drawn up for sedation. 1ml given. Endoscopist asked for "
    "more. Nurse checked the ampoule. Further doses not given, flumazenil given as pt apnoeic.",
]


@pytest.mark.parametrize(("text", "code"), CAUGHT)
def test_not_given_after_the_query_is_a_near_miss(text: str, code: str) -> None:
    assert never_event_codes(text) == (None, code)


@pytest.mark.parametrize("text", GIVEN)
def test_a_dose_given_before_it_stays_never_event_8(text: str) -> None:
    assert never_event_codes(text) == ("8", None)
