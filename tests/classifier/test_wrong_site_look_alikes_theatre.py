"""Look-alikes of wrong site surgery in theatres and anaesthesia, told as someone's raising of a
wrong site that the same report then answers (engine.concerns).

A member of staff logs, reports, raises or flags the event "as" a wrong site ("ward nurse
logged it as 'wrong side'", "scrub nurse reported it as a possible wrong site", "datixed as
wrong level"), or calls out at the checks that the side is wrong; the report then gives its own
verdict ("checked, no error", "reviewed, clinically appropriate", "not an error", "not a wrong
site event"). That is no never event, and, when the raising was at the checks, no near miss:
a near miss needs the error made, and the verdict denies it. The report's answer for a near
miss must deny the error itself; records found to agree ("consent checked: R") do not undo a
wrong mark or prep that was caught.

What stays: a raising the review upholds or that tells the error again, a report told as fact
("reported that the L knee was done instead of the R"), a caught wrong mark with no verdict
denying it.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NULL = (None, None)

LOOK_ALIKES = [
    "Recovery nurse logged it as 'wrong side' as the pt had a dressing on the L groin after a R "
    "lap hernia repair. Checked with the surgeon: contralateral repair consented, no error.",
    "Scrub nurse reported it as a possible wrong site. Reviewed by the clinical lead, the biopsy "
    "was clinically appropriate and within the consent.",
    "datixed as ?wrong level by the anaesthetic nurse - reviewed by the spinal lead, no error, "
    "L4/5 decompressed as consented",
    "HCA flagged it as a wrong side block because the R leg was numb. Block was for the R TKA, "
    "reviewed: not an error.",
    "Student ODP called out at the time out that the mark was on the wrong arm. He was looking "
    "from the head end. Mark, consent and list all L. Not an error, learning point for him.",
    "trainee called out at sign in that the wrong knee was marked - she had read the L/R off "
    "the mirror image. Arrow on the R as per consent. team agreed not an error.",
    "Student nurse called out during the time out that we had the wrong eye. Label, consent and "
    "mark all for the L eye. Not an error - explained to the student.",
    "Physio logged the op as wrong side on the referral system after seeing a R sided wound. "
    "Reviewed by ortho: R ankle ORIF was the planned op, no error occurred.",
    "Reported as a wrong-site procedure by the ward. Checked the op note and consent: both "
    "for the L, no wrong site.",
    "Theatre coordinator raised it as a wrong site event because the list said R and the op was "
    "on the L. Reviewed: the list was a typo made after the op, consent and mark L. Not a wrong "
    "site event.",
    "Pt's daughter flagged it as the wrong hip as the scar is on the outside. Reviewed: the R "
    "hip replaced as consented, no error.",
    "ward sister logged it as a wrong level injection. reviewed with the pain team - facet "
    "injection at L4/5 bilat was clinically appropriate and consented",
    "Raised as a wrong side drain by the night FY1. Checked the imaging and the consent: L "
    "effusion, L drain as planned, no error.",
    "Anaesthetic nurse flagged as wrong side block at handover. Checked: L block for L hip as "
    "consented and marked, no error.",
    "Reported by the student as a wrong site procedure. On review by the consultant not a "
    "wrong site procedure, the lesion excised was the one marked.",
    "Recovery staff flagged up as 'wrong side' - dressing on L flank after R nephrectomy. "
    "Explained by the reg: the L port site, the R kidney removed as planned. no error made",
    "Pt's wife logged a complaint as wrong-sided surgery (scar on the R). Reviewed the op "
    "note: R carpal tunnel release consented, marked and done, not an error",
]

STILL_NEVER_EVENT = [
    (
        "Reported that the L knee arthroscopy was done instead of the R. Consent and list were R. "
        "Duty of candour done.",
        ("1", None),
    ),
    (
        "Ward nurse logged it as wrong side: on review the L inguinal hernia was repaired, consent "
        "and mark were for the R. Pt informed, DoC.",
        ("1", None),
    ),
    (
        "Datixed as wrong level. MRI post op shows L3/4 decompressed, the L4/5 prolapse "
        "untouched. Back to theatre.",
        ("1", None),
    ),
    (
        "Scrub nurse reported it as a wrong site. Reviewed: the mole excised was from the L "
        "shoulder instead of the R, the marked one. Pt informed.",
        ("1", None),
    ),
    (
        "Consultant operated on the R wrist, consent and mark were for the L wrist. Raised as a "
        "never event, DoC completed.",
        ("1", None),
    ),
    (
        "Anaesthetist did a L femoral block, pt listed for R TKR. SBYB not done. Logged as a "
        "wrong side block.",
        ("1", None),
    ),
    (
        "R femoral nerve block performed for a L hip fracture. Flagged as a wrong site block by "
        "the ODP straight after. Pt informed.",
        ("1", None),
    ),
    (
        "Raised as wrong site by the scrub nurse: the R index finger was incised, consent and "
        "mark for the R middle finger. Wound closed, correct finger then done. DoC.",
        ("1", None),
    ),
]

STILL_NEAR_MISS = [
    (
        "At the time out the scrub nurse called out that the L leg had been prepped and draped, "
        "consent and list R. Re-prepped the R before knife to skin.",
        (None, "1"),
    ),
    (
        "ODP called out at sign in that the arrow was on the wrong knee - consent and list said "
        "R, arrow on the L. Surgeon re-marked the R, op went ahead on the R.",
        (None, "1"),
    ),
    (
        "At time out the list said L hip but pt and consent said R, raised as a near miss. Checked "
        "the consent: R hip consented. List corrected before any incision.",
        (None, "1"),
    ),
    (
        "Anaesthetist about to do a L popliteal block, pt for R ankle ORIF. Stop before you block "
        "done, needle not inserted. Reported as a near miss wrong side block.",
        (None, "1"),
    ),
    (
        "Reg marked the L foot, consent R. Picked up at the time out by the scrub nurse who called "
        "out that the mark was wrong. Checked: consent R. Re-marked.",
        (None, "1"),
    ),
    (
        "ODP called out at sign in that the wrong leg was marked, consent and list R. Mark "
        "removed, no error reached the patient.",
        (None, "1"),
    ),
    (
        "Scrub nurse called out at the time out that the L knee had been prepped, consent R. "
        "Stopped before incision, no error reached the pt.",
        (None, "1"),
    ),
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_wrong_site_raised_and_answered_is_null(text: str) -> None:
    assert never_event_codes(text) == NULL


@pytest.mark.parametrize(("text", "expected"), STILL_NEVER_EVENT)
def test_wrong_site_told_or_upheld_stays_a_never_event(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), STILL_NEAR_MISS)
def test_wrong_site_caught_without_a_verdict_stays_a_near_miss(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
