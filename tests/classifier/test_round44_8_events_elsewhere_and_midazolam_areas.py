"""Never events 5, 6 and 8 read in round 44: a medicine never event told as another
organisation's case, the national data's, or "learning from elsewhere" (and a learning item
logged with "no incident at this trust") is no event here; high strength midazolam from
another area's box or order put into the sedation area's stock, or given where 1 mg/ml was
intended, is no area where high strength belongs."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Learning bulletin: a case at another trust where vincristine was given intrathecally, "
        "the patient died. Our check found all vinca doses given as minibags. No incident at "
        "this trust.",
        "Safety huddle: HSSIB data show wrong route intrathecal vincristine continues to be "
        "reported as a never event nationally. Reminder to all staff about minibags.",
        "Patient safety group minutes. A neighbouring hospital reported a never event last "
        "month where a 5mg/ml midazolam ampoule was used for a colonoscopy. We checked our "
        "endoscopy stock, all 1mg/ml.",
        "Teaching session: lessons from elsewhere - insulin withdrawn from a pen with a syringe "
        "and 10x overdose given. No local incident.",
        "Alert circulated: case at a nearby trust where oral paracetamol suspension was given "
        "via an IV cannula. Staff reminded to use purple enteral syringes.",
    ],
)
def test_a_medicine_never_event_told_as_another_organisations_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "After learning from a case at another trust last year we still had one: today in "
            "endoscopy pt given midazolam 5mg/ml instead of 1mg/ml for colonoscopy, needed "
            "flumazenil.",
            "8",
        ),
        (
            "Despite the national alert, nurse drew up oral morphine solution in a luer syringe "
            "and gave it via the IV cannula on ward 5. Realised straight away.",
            "5",
        ),
    ],
)
def test_this_trusts_event_told_beside_learning_from_elsewhere_still_counts(
    text: str, code: str
) -> None:
    assert never_event_codes(text) == (code, None)


@pytest.mark.parametrize(
    "text",
    [
        "Bronchoscopy, conscious sedation. The ITU delivery was unpacked into the bronch "
        "cupboard by mistake; 5mg/ml midazolam drawn up as 2mg and given, pt apnoeic, "
        "flumazenil.",
        "Colonoscopy under conscious sedation, 1mg/ml was meant to be used but 10mg/2ml ampoule "
        "selected from the risk assessed cardiac stock, 3ml given, needed reversal.",
        "Cystoscopy sedation in day surgery; stock mixed up with theatres order. 5mg/ml "
        "midazolam given instead of 1mg/ml, pt oversedated and needed flumazenil.",
    ],
)
def test_high_strength_from_another_areas_stock_or_where_low_was_intended_counts(
    text: str,
) -> None:
    assert never_event_codes(text) == ("8", None)


@pytest.mark.parametrize(
    "text",
    [
        "ICU patient ventilated, midazolam 5mg/ml infusion made up as per unit protocol, rate "
        "too high, sedation hold done. Pt fine.",
        "Palliative pt on syringe driver, midazolam 10mg/2ml used as prescribed, family "
        "concerned about sleepiness.",
        "Endoscopy stock check found ICU box of midazolam 5mg/ml put into the endoscopy "
        "cupboard, removed, no patient had it.",
    ],
)
def test_high_strength_where_it_belongs_or_never_used_stays_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)
