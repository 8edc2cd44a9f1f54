"""Round 69, helper 9: communication_documentation read out of its sense.

- A case not discussed with a senior, a specialty or a team ("not discussed with paeds",
  "not discussed with triage") is a referral or escalation left unmade, not information lost
  between people; not discussed with the patient or the family still is communication.
- Staff who did not know how a fitting, a piece of kit or a rule works ("didnt know the bed
  rails could be lowered", "unaware of the hot water bottle policy", "unaware of the CBG
  threshold") had a gap in knowledge; staff unaware of a patient's own changed medicines, or
  of a pack the handover left out, still count.
- An insulin "U" told as read correctly, with nothing after it ("the U was read correctly"),
  caused no error; a "U" read as 80 units still is an abbreviation that did.
- Nobody doing a task ("nobody had looked at it", "nobody picked it up") is a task left undone:
  the learned model's "nobody" is no evidence of communication; "nobody told us" still is.
"""

from __future__ import annotations

import pytest

from classifier.engine import _COMPILED
from classifier.engine.redaction import redact
from classifier.engine.rules import concept_label
from tests.classifier.outcomes import theme_ids

THEME = "communication_documentation"

CASES = [
    # a referral or escalation left unmade
    (
        "toddler seen in UTC with a bruise behind the ear, not discussed with the paeds reg, "
        "sent home. HV raised concern next week.",
        False,
    ),
    (
        "woman 36/40 BP 160/105 at antenatal clinic, told to come back in 3 days, not discussed "
        "with triage, readmitted with pre-eclampsia",
        False,
    ),
    (
        "pt in ED with bruising on the face, 10 month old, not discussed with safeguarding team "
        "and sent home",
        False,
    ),
    # look-alikes: not discussed with the patient or the family
    (
        "plan changed to palliative care but this was not discussed with the family, daughter "
        "very upset when she arrived",
        True,
    ),
    (
        "consent for laparoscopic cystectomy but oophorectomy done, not discussed with the pt "
        "beforehand",
        True,
    ),
    # a gap in knowledge of a fitting, a rule or a threshold
    (
        "bank staff were unaware of the hot water bottle policy, pt found with a blister on her "
        "leg",
        False,
    ),
    (
        "HCA unaware of the CBG threshold for escalation, CBG 3.1 not reported until the next "
        "round",
        False,
    ),
    (
        "ward staff say they did not know the shower rail in the side room would hold a "
        "person's weight. pt found with a cord tied to it, cut down, no marks.",
        False,
    ),
    # look-alikes: unaware of the patient's own medicines or pack
    (
        "night staff unaware of what meds had been changed at the clinic, evening doses missed",
        True,
    ),
    (
        "the pack was in but the day staff did not know as the handover sheet did not mention "
        "it, pack removed at 30h",
        True,
    ),
    # the "U" read correctly, and the "U" misread
    # (a strict xfail at dev-44276, whose learned theme model added the theme; the retrain with
    # batches 101 and 103, dev-44996, no longer does)
    (
        "insulin charted as '12U' on admission. On review the U was read correctly and 12 units "
        "were given each night",
        False,
    ),
    (
        "Insulin written '8U' and read as 80 units by agency nurse, 80 units given, CBG 1.9",
        True,
    ),
    # nobody doing a task, and nobody telling
    (
        "digoxin level 3.1 came back at midday, nobody had looked at it by the evening round and "
        "the 1800 dose was given because the chart had no hold written. found on the pharmacy "
        "round next day, HR 44.",
        False,
    ),
    (
        "mum says nobody told us the scan result for 2 weeks and nobody rang when it was abnormal",
        True,
    ),
    (
        "patient not told about the change of surgeon and nobody explained why the op was "
        "cancelled",
        True,
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_theme_escalation_unmade_knowledge_gaps_and_nobody_acting(
    text: str, expected: bool
) -> None:
    assert (THEME in theme_ids(text)) is expected


NOBODY_ACTED = [
    ("warfarin dose box blank and nobody picked it up for 2 days", True),
    ("the rejected referrals worklist nobody has been checking since March", True),
    ("nobody had looked at the morning results by the evening round", True),
    ("nobody chased the scan", True),
    ("nobody told the family he had been moved", False),
    ("nobody explained why the op was cancelled", False),
    ("nobody had informed the GP", False),
]


@pytest.mark.parametrize(("text", "expected"), NOBODY_ACTED)
def test_nobody_doing_a_task_is_read_apart_from_nobody_telling(text: str, expected: bool) -> None:
    found = _COMPILED.analyse(redact(text)).found
    assert bool(found.get(concept_label("theme_nobody_acted"))) is expected
