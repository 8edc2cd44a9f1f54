"""Communication and documentation told by what the record said, how it was read and whether
it could be reached (round 28): a label that came off, lines with no label and a handover acted
on are the theme; a record "not the one recorded", a "U" nobody misread, records out of reach
during an outage and a pregnancy check neither asked nor recorded are not."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids

COMMS = "communication_documentation"


@pytest.mark.parametrize(
    "text",
    [
        "IV abx pushed into the epidural line in recovery, the label on the epidural line had "
        "come off in transfer. Anaesthetist informed.",
        "Feed connected to the cannula instead of the NG, neither line labelled, both taped on "
        "the same arm.",
        "Nurse gave the liquid morphine via the cannula, believing from the handover that all "
        "meds were to go IV.",
        # an identification error told beside a pregnancy check only "not checked" still counts
        "21 yo female, CT abdomen, pregnancy status not checked. The request had another "
        "patient's name and NHS number on it.",
    ],
)
def test_label_lost_or_missing_and_handover_acted_on_are_communication(text: str) -> None:
    assert COMMS in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        # "not" of the implant, not of the record
        "The bearing implanted was a size bigger, not the one recorded at the trial reduction; "
        "back to theatre for exchange.",
        # a "U" that everyone read correctly
        "U written on the chart for the insulin dose, the nurse and pharmacist both read it as 6 "
        "units - no one misread it and 6 units were given.",
        # records out of reach while the system is down are the outage's
        "Practice system outage 08:00-12:00, clinicians on paper with no access to records or "
        "results, 2 pts rebooked.",
        # the IR(ME)R check neither asked nor recorded (three documentation cues)
        "21 yo female, CT abdomen, pregnancy status not checked or documented on the request. "
        "hCG positive later.",
    ],
)
def test_record_look_alikes_are_not_communication(text: str) -> None:
    assert COMMS not in rule_theme_ids(text)
