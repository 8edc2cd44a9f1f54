"""Round 41 (c): a never event told across sentences, the rules reading it without the model.

A tube fed or flushed and only later read on the film or its report as in the airway; oxygen
needed, then the device found joined to the air outlet a sentence or two on, or told as on the
air in other words (a colour code, a wall outlet "that said AIR", "it was air"); a fall from a
window, then the restrictor's fault in the findings several sentences later, or in other words
(frayed, logged as snapped, a key left in the lock, taken off to let air in). The hard negatives
keep their words and tell no never event.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_never_event_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # 13: the use first, the airway finding later on the formal report
        (
            "Fine bore NGT passed on the rehab ward at 15:00, pH 6 so film taken. SHO looked at "
            "the xray and wrote 'ok for feed'. 300ml of feed given by the night staff. Next "
            "morning the radiologist reported the tip in the L main bronchus. Pt now febrile.",
            "13",
        ),
        (
            "care home resident's NG came out, nurse re-sited it. No aspirate so 20ml water "
            "flushed to see if it was patent. Resident coughing and grey. In ED the cxr showed "
            "it down the right bronchus.",
            "13",
        ),
        # 15: the oxygen told, then the connection to the air outlet a sentence or two on
        (
            "Dad needs 2 litres of oxygen all the time for his lungs. When we came in he was "
            "blue round the lips and not making sense. Then I saw his tube went into a thing on "
            "the wall that said AIR.",
            "15",
        ),
        (
            "Bay 4 pt on 3L via nasal specs, target 88-92. At 05:00 sats 81% and drowsy. Tubing "
            "traced and it was pushed onto the black/white flowmeter, not the white oxygen one.",
            "15",
        ),
        # 10: the fall told, the restrictor's fault in the findings further on, in other words
        (
            "Pt with delirium went out through the window of side room 2 on the 2nd floor at "
            "01:40. He landed on the canopy below. Trauma call, fractured pelvis. Night staff "
            "had last seen him at 01:00. Ward manager and site team attended. The restrictor "
            "cable had been found frayed at the last check and a job was still open.",
            "10",
        ),
        (
            "Elderly pt climbed out of the bay window (first floor) and fell to the car park, "
            "fractured hip. Staff had taken off the restrictor to let air in during the hot "
            "spell.",
            "10",
        ),
    ],
)
def test_rules_find_the_never_event_told_apart(text: str, code: str) -> None:
    assert rule_never_event_codes(text)[0] == code


@pytest.mark.parametrize(
    "text",
    [
        "NGT passed and confirmed with pH 4. Feed started at 40ml/hr. Day 3 pt desaturated. "
        "Seen by resp team. Bronchoscopy showed a mucus plug in the R main bronchus, removed.",
        "Pt on 2L O2 via NC. Tubing came off during the wash. HCA pushed it back in to the "
        "oxygen flowmeter. Sats 95%.",
        "Pt on 2L O2 via NC, sats 94%. Physio reviewed. Salbutamol neb then connected to the "
        "air flowmeter as prescribed for her hypercapnia.",
        "Pt with delirium climbed out of the window in side room 3 on the 1st floor and fell "
        "onto the flat roof below. # wrist. Security and staff attended. Trauma call. CT head "
        "NAD. Investigation found the restrictor in side room 3 was fitted and working; pt had "
        "unscrewed it with a coin.",
        "Estates walk-round on ward 9 found the window restrictor cable frayed in side room 2. "
        "Job logged, room closed. No patient involved.",
        "Patient jumped from the 3rd floor window after forcing the restrictor with a "
        "screwdriver taken from the maintenance trolley. Restrictor was fitted and functional "
        "beforehand. Died at scene.",
    ],
)
def test_hard_negatives_give_no_never_event(text: str) -> None:
    assert rule_never_event_codes(text)[0] is None
