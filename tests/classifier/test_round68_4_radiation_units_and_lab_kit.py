"""Round 68, helper 4: themes of diagnostic and support services told in their own terms.

- The regulations named in one word ("IRMER"), not only as "IR(ME)R": radiotherapy_screening
  (the phrase "ir me r|irmer" read as "ir me" then "r|irmer" and never matched the one word).
- An exposure told in the units of ionising radiation (millisievert, megabecquerel), a
  significant accidental or unintended exposure (SAUE), or the radiation protection supervisor
  (RPS) or medical physics expert (MPE) informed or estimating: radiotherapy_screening. A drug's
  dose in milligrams stays a medicine.
- The kit of the laboratory, the aseptic unit and the imaging room faulty or failing its checks
  (an analyser or centrifuge broken, an isolator glove holed, a lead apron cracked), a quality
  control failed or an analyser's or meter's lockout overridden: medical_device. An analyser
  named only as down, the background to a grouping or results error, is no device theme.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

CASES = [
    # the regulations in one word
    (
        "gastro pt sent for an abdo film meant for the man in the next bay, same surname. "
        "reported under IRMER, ward told and pt informed.",
        "radiotherapy_screening",
        True,
    ),
    # an exposure in millisievert
    (
        "repeat lumbar spine series after the first set was lost from PACS, extra "
        "approx 1.5mSv to the pt. apology given.",
        "radiotherapy_screening",
        True,
    ),
    # an administered activity in megabecquerel
    (
        "thyroid uptake pt injected with 150MBq instead of the 80 on the protocol because "
        "the calibrator was read at the wrong time. pt told.",
        "radiotherapy_screening",
        True,
    ),
    # the radiation protection supervisor informed
    (
        "cardiac cath lab: pt had a coronary angio booked for a different consultant's "
        "list done twice. RPS informed and the referrer spoken to.",
        "radiotherapy_screening",
        True,
    ),
    # look-alike: a medicine's dose in milligrams is no exposure
    (
        "pt given 10 mg of oral morphine at 14:00 when the chart said 5 mg. pt drowsy, "
        "observed overnight, doctor informed.",
        "radiotherapy_screening",
        False,
    ),
    # a centrifuge broken
    (
        "microbiology bench: the small centrifuge is broken, the rotor wobbles at speed. "
        "taken out of service and a label put on it.",
        "medical_device",
        True,
    ),
    # a lead gown cracked
    (
        "cath lab store: a lead gown had a crack along the front panel at the yearly "
        "check. condemned.",
        "medical_device",
        True,
    ),
    # the quality-control lockout overridden
    (
        "renal unit: point of care creatinine results released after the QC lockout was "
        "overridden by a senior. results rechecked by the lab.",
        "medical_device",
        True,
    ),
    # an isolator's glove holed
    (
        "pharmacy clean room: pinhole found in the left sleeve of isolator 1 at the end of "
        "session check, chemo doses made in it quarantined.",
        "medical_device",
        True,
    ),
    # look-alike: an analyser named only as down, the background to a transcription error
    (
        "transfusion lab: the grouping analyser was down overnight so groups were done by "
        "hand. the BMS typed B pos for a pt who is O pos; picked up at the second sample "
        "before any unit was issued.",
        "medical_device",
        False,
    ),
]


@pytest.mark.parametrize(("text", "theme", "expected"), CASES)
def test_round68_4_radiation_units_and_lab_kit(text: str, theme: str, expected: bool) -> None:
    assert (theme in theme_ids(text)) is expected
