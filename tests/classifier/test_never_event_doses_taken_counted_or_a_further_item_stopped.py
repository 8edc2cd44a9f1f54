"""What "had taken" tells: doses the patient took, counted or told by days, reached the patient;
the usual weekly dose taken at home, or a product fetched from a box, is no reach of the error.
A further item stopped ("a second syringe was stopped before administration") is no catch of
the first, which had gone in. The narratives are written for these tests."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Methotrexate 10mg daily on the MAR instead of weekly. Pt had taken 3 doses before the "
        "pharmacist noticed on Thursday and stopped it.",
        "Care home: methotrexate dispensed as daily in the dosette. Resident had taken it for 4 "
        "days when the GP pharmacist spotted the error; stopped, bloods taken.",
        "MTX 15mg prescribed daily in error on discharge. By the time the community pharmacist "
        "queried it the pt had already taken five doses.",
    ],
)
def test_doses_taken_counted_reached_the_patient_7(text: str) -> None:
    assert never_event_codes(text) == ("7", None)


@pytest.mark.parametrize(
    "text",
    [
        "Admission clerking: methotrexate 20mg prescribed once daily on EPMA. Pharmacist "
        "picked it up at med rec before the first dose was due; pt had taken his weekly dose "
        "at home on Sunday. Changed to weekly.",
        "MTX charted as daily. The 08:00 nurse queried it and did not give it. He had taken it "
        "at home this morning as it is his MTX day.",
    ],
)
def test_usual_weekly_dose_taken_at_home_leaves_the_catch_7(text: str) -> None:
    assert never_event_codes(text) == (None, "7")


def test_product_fetched_from_a_box_is_no_dose_taken_8() -> None:
    text = (
        "Day case unit: the nurse found a syringe of midazolam 10mg/2ml drawn up on the sedation "
        "tray before the list. The HCA had taken the ampoule from a box left by ICU. The syringe "
        "was discarded and was not given to any patient."
    )
    assert never_event_codes(text) == (None, "8")


def test_further_syringe_stopped_leaves_the_first_given_5() -> None:
    text = (
        "Nurse pushed 10 ml of oral lactulose through the PICC. A second syringe was stopped "
        "before administration by the NIC. Pt complained of abdominal pain."
    )
    assert never_event_codes(text) == ("5", None)


def test_second_syringe_named_as_the_one_drawn_up_is_still_caught_5() -> None:
    text = (
        "Oral lactulose drawn into a second syringe (a luer one) and was stopped by the NIC "
        "before it was given via the PICC."
    )
    assert never_event_codes(text) == (None, "5")
