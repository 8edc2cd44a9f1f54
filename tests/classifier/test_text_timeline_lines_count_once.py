"""A timeline whose lines end with full stops reads each line as one sentence, so the rules
reach across as many lines as prose sentences; and the cues retuned when that landed: a cause
denied ("not from an overdose"), a premix shortage, a fall told as a near miss, a kettle that
only tested the bath thermometer, and a medicine's toxicity as the finding's own evidence. Each
cue that can switch a never event off also has true never events where its words are innocent.
"""

from __future__ import annotations

import pytest

from classifier.engine.text import read
from tests.classifier.outcomes import never_event_codes


def test_a_line_ended_with_a_full_stop_is_one_sentence() -> None:
    doc = read("09:00 Pt seen.\n09:30 Obs done.\n10:00 Pt fell.")
    assert doc.sentence_of == [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]


def test_a_blank_line_still_parts_paragraphs_by_two() -> None:
    assert read("Pt seen.\n\nObs done.").sentence_of == [0, 0, 2, 2]


def test_a_line_without_a_full_stop_still_ends_its_sentence() -> None:
    assert read("Pt seen\nObs done").sentence_of == [0, 0, 1, 1]


def test_a_dash_at_the_line_end_is_a_clause_break_not_a_sentence() -> None:
    doc = read("Pt seen -\nobs done")
    assert doc.sentence_of == [0, 0, 0, 0]
    assert doc.clause_breaks == [2]


_STORIES = [
    [
        "Pt (confused) seen at the open window of bay 2, second floor.",
        "The window restrictor was found broken.",
        "Pt fell from the window onto the flat roof below.",
    ],
    [
        "09:00 NG tube passed for feeding.",
        "09:20 Xray reported tube in the right main bronchus.",
        "09:40 Feed started via the NG tube.",
    ],
    [
        "Methotrexate 10 mg prescribed daily instead of weekly on the EPMA.",
        "Ward pharmacist reviewed the chart.",
        "She queried the frequency before the first dose was given.",
    ],
]


@pytest.mark.parametrize("lines", _STORIES)
def test_lines_are_as_far_apart_as_prose_sentences(lines: list[str]) -> None:
    prose, timeline = read(" ".join(lines)), read("\n".join(lines))
    assert timeline.sentence_of == prose.sentence_of
    assert never_event_codes("\n".join(lines)) == never_event_codes(" ".join(lines))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cause denied: "not from an overdose"
        (
            "Pt on methotrexate 20 mg weekly for psoriasis. His 3-monthly bloods were missed "
            "after his GP practice changed. He came to ED with a fever and a neutrophil count "
            "of 0.3 and was treated for sepsis. Methotrexate was held. The review found the "
            "harm came from the missed monitoring, not from an overdose.",
            (None, None),
        ),
        # ... its words innocent: true never events stay never events
        (
            "Methotrexate 10 mg was dispensed with the label saying daily instead of weekly. Pt "
            "took it daily for 6 days and was admitted with mucositis and neutropenia. The "
            "tablets were not from our pharmacy but from a community pharmacy.",
            ("7", None),
        ),
        (
            "Patient in the bath on the ward was scalded by the hot water from the bath tap, "
            "blistering on both feet. The water was not from the thermostatic mixing valve "
            "outlet, it came from an old tap.",
            ("14", None),
        ),
        (
            "Wrong site surgery: the left knee arthroscopy was performed on the right knee. The "
            "error was not due to a missing mark; the mark was on the correct side but the leg "
            "was draped wrongly.",
            ("1", None),
        ),
        (
            "Potassium chloride 15% ampoule used in error to reconstitute IV antibiotic, given "
            "to pt who arrested. The ampoule was not from the ward stock but had been brought "
            "from ICU.",
            ("4", None),
        ),
        # the premix named as short: the ampoules are the concentrate
        (
            "The nurse reconstituted IV flucloxacillin with a 10 ml ampoule from the diluent "
            "tray, later found to be potassium chloride 15%.\nThe KCl ampoules had been put "
            "there during the shortage of premixed bags last winter.\nPt had a cardiac arrest "
            "and was resuscitated.",
            ("4", None),
        ),
        (
            "Potassium chloride 40 mmol in 1 litre premixed bag was given at the right rate. No "
            "concentrated ampoules involved. Pt fine.",
            (None, None),
        ),
        # a fall told as a near miss, the person helped down from the sill
        (
            "Near miss fall from window\nPt (confused) found kneeling on the sill of the open "
            "bay window, 3rd floor.\nStaff held him and helped him down from the sill.\n"
            "Restrictor on that window found with its cable cut.",
            (None, "10"),
        ),
        # ... its words innocent (a near miss of the past beside a real fall)
        (
            "Last year there was a near miss fall from a window on this ward. Today the pt fell "
            "from the window of bay 2, 2nd floor, onto the flat roof below, fractured wrist. The "
            "restrictor on that window had been removed by estates for repair.",
            ("10", None),
        ),
        (
            "Pt nearly fell from the window last week when the sill was wet. On 3rd March the pt "
            "fell out of the window of his room on the first floor and broke his hip; the window "
            "restrictor was found broken.",
            ("10", None),
        ),
        (
            "Patient jumped from the window of the 2nd floor ward and landed in the courtyard. "
            "The restrictor had been disabled. A near miss fall from window had been reported "
            "in 2022 on another ward.",
            ("10", None),
        ),
        # a kettle that only tested the bath thermometer is no other heat source
        (
            "Resident lowered into the bath by hoist; she cried out, the water was very hot and "
            "her legs were red with blisters, burns to both legs, sent to ED.\nThe bath "
            "thermometer was faulty, reading 37C even in hot water from the kettle.\nThe hot "
            "tap had been left running.",
            ("14", None),
        ),
        (
            "Resident spilled a cup of tea from the kettle on her lap in the lounge, scald to "
            "thighs, blistering.",
            (None, None),
        ),
        (
            "Pt scalded by hot water from the kettle used to make a cup of tea, red skin on hand.",
            (None, None),
        ),
        # the toxicity the patient developed is the finding: the dose reached her
        (
            "Methotrexate for ectopic pregnancy: 500 mg prescribed instead of 50 mg by a decimal "
            "error.\nThe aseptic unit queried it by email but it was not read.\nThe dose was "
            "given IM.\nOver the next days she developed severe mucositis and neutropenia and "
            "was admitted.\n\nActions: doses must be confirmed by a pharmacist before release.",
            ("7", None),
        ),
        # ... a catch with no toxicity stays a near miss
        (
            "Methotrexate 15 mg charted as daily on the EPMA for a pt with RA. Pharmacist "
            "queried it before administration; the order was corrected to weekly. Pt did not "
            "develop any toxicity.",
            (None, "7"),
        ),
        (
            "Methotrexate 10 mg prescribed daily instead of weekly on admission. The pharmacist "
            "queried it before the first dose and it was changed to weekly.",
            (None, "7"),
        ),
    ],
)
def test_retuned_cues(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
