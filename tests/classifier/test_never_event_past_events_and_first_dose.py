"""Round 27 (never events 1 to 8 and 12): another hospital's past never event, and the first
dose of a dose repeated too often written "1st".

- A never event of the patient's own past with the date told before the other hospital ("had
  a swab left inside after her caesarean in 2009 at another trust"), told date and hospital
  first with "she had" ("in 2010 at another hospital he had a needle left in"), or a
  relative's ("her son had an operation on the wrong hand at another hospital") is background.
- "1st dose given" is the first dose, like "first dose given": for methotrexate prescribed
  daily, that dose was the right one and a catch before the second makes a near miss.

Each suppressing cue is paired with narratives where its words appear in an innocent role and
the never event still reached the patient.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Pt tearful at pre-assessment because he had a needle left inside after his hernia "
        "repair in 2014 at another trust. Surgery today postponed, no bed.",
        "Pre-op clinic: in 2012 at another hospital she had a swab left inside after a "
        "laparotomy. Alert added to the notes at her request.",
        "Mum anxious at consent: her son had an operation on the wrong hand at another "
        "hospital when he was small. Site marked with mum present, surgery uneventful.",
    ],
)
def test_past_never_event_at_another_hospital_is_background(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # innocent: a past operation elsewhere, dated, then today's never event
        (
            "She had a hysterectomy in 2015 at another trust. Today after her laparotomy a swab "
            "was left inside the abdomen, seen on CT day 2 and removed in theatre.",
            "3",
        ),
        (
            "In 2018 at another hospital he had his appendix out. On our list today a guidewire "
            "was left in after his central line, found on the CXR.",
            "3",
        ),
        (
            "Her son had a tonsillectomy at another hospital last year. Today the wrong knee was "
            "operated on: consent and marking R, L knee arthroscopy done.",
            "1",
        ),
    ],
)
def test_todays_never_event_after_a_past_operation_elsewhere(text: str, expected: str) -> None:
    assert never_event_codes(text)[0] == expected


def test_first_dose_written_1st_then_caught_is_a_near_miss() -> None:
    text = (
        "Pharmacist screening the chart: methotrexate 15mg prescribed once daily from Monday. "
        "1st dose given Monday, her usual weekly day. No extra dose given, chart amended to "
        "weekly on Mondays."
    )
    assert never_event_codes(text) == (None, "7")


@pytest.mark.parametrize(
    "text",
    [
        "Methotrexate 10mg prescribed once daily for RA. 1st dose given Mon and 2nd dose given "
        "Tue before the pharmacist queried it on Wed. No extra dose given after that.",
        "MTX 7.5mg charted daily for psoriasis. 1st dose given Monday, then given again Tuesday "
        "and Wednesday. Picked up by the pharmacist, chart changed to weekly.",
        "Methotrexate 20mg prescribed once daily for RA. Dose given daily for 3 days, 1st "
        "dose given Friday. Pharmacist noticed on Monday and stopped it.",
    ],
)
def test_second_dose_given_before_the_catch_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text)[0] == "7"
