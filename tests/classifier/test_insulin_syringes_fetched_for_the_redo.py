"""Insulin drawn up in a non-insulin syringe and stopped before it was given is near miss 6,
however the catch is told: insulin syringes told noun first as fetched from elsewhere
("insulin syringes borrowed from ward 21 and the correct dose given", "collected from ward 9")
and a syringe thrown away before it went in ("discarded before giving") are the catch, so the
"correct dose given" after them is the redo, not a "U" read as intended. Given with the wrong
syringe, the dose stays never event 6 whatever syringes were borrowed afterwards; a "U" read
correctly by everyone stays a risk."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAUGHT = [
    "care home: no insulin syringes in stock so the nurse drew up 8 units Lantus in a 1ml "
    "syringe. the second carer queried it and it was not given. insulin syringes borrowed from "
    "the GP surgery and the correct dose given an hour late.",
    "ward 4 - 10 units Humalog drawn up in a 2ml luer lock syringe as insulin syringes had run "
    "out. HCA asked why it wasn't an insulin syringe, nurse stopped and discarded it before "
    "giving. insulin syringes collected from ward 9, correct dose given.",
    "drew up Novomix 14 units in a 1ml syringe, spotted by the 2nd checker. discarded before "
    "use. insulin syringes brought up from ED and the correct dose was given at 18:30",
    "Levemir 20 units drawn up into a 3ml syringe, checker noticed, syringe discarded, insulin "
    "syringes sent up from pharmacy and the correct dose given late.",
]

GIVEN = [
    "nurse drew up 6 units actrapid in a 1ml syringe and gave it. pt hypo 2.1 an hour later. "
    "insulin syringes borrowed from ward 2 for the next doses.",
    "insulin given with a 1ml syringe as no insulin syringes available, pt BM 1.9 later, "
    "treated. insulin syringes borrowed from the ward next door the next day.",
]

NO_ERROR = [
    "U written on the chart, everyone read it correctly, correct dose given. insulin syringes "
    "borrowed from ward 3 as stock low.",
    "insulin syringes borrowed from ward 5 as ours had run out. correct dose of insulin given "
    "on time with an insulin syringe.",
]


@pytest.mark.parametrize("text", CAUGHT)
def test_wrong_syringe_caught_before_the_redo_is_near_miss_6(text: str) -> None:
    assert never_event_codes(text) == (None, "6")


@pytest.mark.parametrize("text", GIVEN)
def test_wrong_syringe_dose_given_stays_never_event_6(text: str) -> None:
    assert never_event_codes(text) == ("6", None)


@pytest.mark.parametrize("text", NO_ERROR)
def test_syringes_borrowed_with_no_error_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)
