"""Never event 15: the oxygen device told, with no verb, as on the air flowmeter or outlet
("venturi mask on air flowmeter for about 2 hrs", "nasal specs via air flowmeter"). The same
words at a set-up moved before the device went on the patient, a nebuliser run on air as
prescribed, or an audit that found none, are no never event."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Bed 7, COPD pt prescribed 24% O2. Venturi mask on air flowmeter for about 2 hrs, "
        "sats 85%, found by the outreach nurse.",
        "Recovery bay 2: nasal specs via air flowmeter, pt needing 3L O2, desaturated to 88%, "
        "anaesthetist swapped to oxygen.",
        "Night obs: O2 tubing on the air outlet, pt on 4L oxygen for pneumonia, sats 83% and "
        "drowsy. Moved to the oxygen outlet, sats 94% in 10 min.",
    ],
)
def test_oxygen_device_on_the_air_flowmeter_is_never_event_15(text: str) -> None:
    # found by the rules, not only by the learned model's second opinion
    assert rule_never_event_codes(text) == ("15", None)


@pytest.mark.parametrize(
    "text",
    [
        # moved before the mask went on the patient (at most a near miss)
        "Setting up bed 4 before the new admission: O2 mask tubing on the air flowmeter. Moved "
        "to the oxygen flowmeter before the mask went on the pt. Pt never on air.",
        # a nebuliser run on air as prescribed
        "Salbutamol neb mask on air flowmeter as prescribed for hypercapnic pt on 1L O2 via NC "
        "between nebs.",
        # an audit that found none
        "Bay audit: no O2 tubing on air flowmeters found in any bed space; 4 pts on oxygen all "
        "correctly connected.",
    ],
)
def test_device_on_air_words_without_a_patient_on_air_are_no_never_event(text: str) -> None:
    assert never_event_codes(text)[0] is None
