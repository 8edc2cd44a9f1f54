"""Batch 101's wrong-site readings (never event 1), told in other words.

- The patient choosing the other side on the day, consented and marked anew, the side chosen
  done: no error, whatever the report says of it ("no error", "not a never event") and however
  the wish is told (asked for, requested, now more painful): both null. The same words with the
  side done against the consent, or a wrong mark the patient pointed out, keep their outcome.
- A site mark told as a dot ("put the dot above the R eye") on the side other than the plan and
  consent, found at the check before anything was done: near miss 1, as an arrow or a mark is.
  The dot's placing is no act on that side. The wrong eye treated stays never event 1.
- A paper's side told a slip or put right at the day's checks ("list says R ... confirmed it was
  a typo. List corrected, L cystectomy done"): the side the other records hold is the side meant,
  so the act there is no wrong site; the paper error caught at the checks is near miss 1. The
  paper's side done, or an act against the records after the correction, stays never event 1.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

SIDE_CHOSEN_ON_THE_DAY = [
    "Both knees arthritic, on the list for a L knee washout. When admitted pt asked to have the "
    "R knee done instead as it is more painful this month. Surgeon reviewed, re-consented for R "
    "and marked the R knee, list changed. R knee washout done. Not an error, reported as staff "
    "queried it.",
    "Listed for R carpal tunnel release (symptoms both hands). Morning of surgery pt requested "
    "the L be done first because it is now worse. Re-consented by the consultant for the L, L "
    "marked, theatre list amended. L CTR performed uneventfully. No error - for shared learning "
    "only.",
    "Pt on the list for left bunion surgery but has bunions both feet. On the day she changed "
    "her mind and wanted the right one done first. New consent signed for R, R foot marked, list "
    "updated. R bunionectomy done. Nothing wrong, logged because the team were unsure.",
    "booked L knee injection. in clinic pt says the R knee now more painful, asked for the R to "
    "be injected instead. consented for R, R knee injected. no error.",
    "Listed for L shoulder injection. Pt requested the R shoulder instead as she now finds it "
    "more painful. Doctor reconsented for the R, R shoulder injected under US. Not a never "
    "event, no error, datix for awareness.",
    "Pt booked for left knee injection. In clinic today she said the right was now more painful "
    "and asked for that one to be done. Doctor re-consented her for the right and marked it. "
    "Right knee injected. No error occurred, datix for awareness only.",
    "Listed for R knee injection. On arrival pt asked to have the L done instead as it is now "
    "more painful. New consent for the L, L knee injected. Nothing wrong happened.",
]

SIDE_ERROR_KEPT = [
    # the patient's wish not consented, the other side operated on by mistake
    (
        "Listed and consented for L foot. Pt asked for the R on the morning but consent and "
        "marking were left as L. Surgeon operated on the R foot by mistake without re-consent. "
        "Datix completed.",
        ("1", None),
    ),
    (
        "Consent and list for R knee arthroscopy, R knee marked. L knee arthroscopy done in "
        "error. Pt had asked earlier whether the L could be looked at too but no consent for it.",
        ("1", None),
    ),
    # the patient pointing out a wrong mark at the check: a wrong side put right
    (
        "At time out pt said no its the other leg, the L was marked but consent says R. "
        "Re-marked R, R TKR done.",
        (None, "1"),
    ),
    # the patient querying the papers, not choosing a side
    (
        "Pt asked why the consent form said R when it is her left knee. Re-consented for L, L "
        "marked. L knee arthroscopy done.",
        (None, "1"),
    ),
]

DOT_ON_THE_WRONG_EYE_CAUGHT = [
    "Intravitreal list: the HCA drew a dot above the L eye but the plan and consent were for the "
    "R. Nurse injector compared it with the plan before drops were put in and saw the mismatch. "
    "Nothing done to the L eye, R eye injected as planned.",
    "cataract list. the nurse placed the dot above the right eye, consent form and list say left "
    "eye. picked up at the WHO sign in before the pt was taken through. dot removed, left "
    "marked, left phaco done.",
    "Anti-VEGF clinic, pt marked with a dot over the R eye though consent said L. Spotted by the "
    "injecting nurse at her check before the speculum. L eye injected, no treatment to R.",
    "YAG clinic: dot placed above L eye, letter and consent say R eye. Noticed at check before "
    "laser. R eye treated.",
    "Injection clinic. HCA put the dot next to the R eye, consent and plan say L. picked up at "
    "the check before anything was done. L eye injected.",
]

DOT_KEPT = [
    # the wrong eye injected after the dot: the error reached the patient
    (
        "intravitreal clinic. HCA put the dot above the R eye, plan + consent said L. Not noticed "
        "at the check. R eye injected with aflibercept. Realised after when checking the plan.",
        ("1", None),
    ),
    # the dot on the eye consented and the other eye injected: the error reached the patient
    (
        "Intravitreal clinic: dot placed above the L eye as consented, but the R eye was injected "
        "in error. Pt informed, DoC.",
        ("1", None),
    ),
    # an arrow on the wrong eye found at the check: the near miss it always was
    (
        "Intravitreal clinic: arrow drawn above the L eye, consent and plan R. Noticed at the "
        "check before drops went in. R eye injected, nothing done to the L.",
        (None, "1"),
    ),
    # an arrow on the wrong knee found only after the incision
    (
        "Arrow drawn on the R knee, consent and list for L. Not picked up and the R knee was "
        "incised before the scrub nurse noticed. Closed, L knee then done.",
        ("1", None),
    ),
    # the dot where the consent says: nothing wrong
    (
        "Intravitreal clinic: dot placed above the R eye as per consent. R eye injected. Pt then "
        "complained of blurred vision, for review.",
        (None, None),
    ),
]

PAPER_SLIP_CAUGHT_ON_THE_DAY = [
    "At sign in the theatre list had R ovarian cystectomy but the consent form and scan said L. "
    "Secretary confirmed she had typed it wrongly. List corrected, laparoscopic L ovarian "
    "cystectomy performed.",
    "Anaesthetic room sign in: list says right hernia repair, consent says left, clinic letter "
    "left. Typo on the list confirmed by the registrar. List amended and left inguinal hernia "
    "repair done.",
    "Time out - theatre list states L carpal tunnel release, consent form and marking R. Typing "
    "error on the list. Corrected and R CTR carried out.",
    "Team brief: list printed L breast WLE, consent and mammogram R. Listing was a typo, "
    "corrected. R WLE done.",
    "Anaesthetic room sign in - booking says R knee arthroscopy, consent says L. Booking form had "
    "been mistyped. L knee scoped.",
    "Sign in: consent form says L TKR, list and clinic letter R. Consent was a typo by the SHO, "
    "re-consented for R. R TKR done.",
    "Theatre list says L hip hemiarthroplasty, consent and xray R NOF. At the team brief the reg "
    "confirmed the list was a typing error and it was amended. R hemiarthroplasty done.",
]

PAPER_SLIP_KEPT = [
    # the list's side done: the slip reached the patient
    (
        "Anaesthetic room sign in - theatre list says R ovarian cystectomy, consent form says L, "
        "scan L. Not noticed. Laparoscopic R cystectomy done following the list. Realised post "
        "op that the list was a typo.",
        ("1", None),
    ),
    (
        "Anaesthetic room sign in - theatre list says R ovarian cystectomy, consent form says L. "
        "List was a typo but R cystectomy done. Realised post op.",
        ("1", None),
    ),
    # the list put right and the wrong knee done all the same
    (
        "Anaesthetic room sign in: list says R knee, consent says L knee. List corrected. R knee "
        "arthroscopy done regardless. Incident reported.",
        ("1", None),
    ),
    (
        "Anaesthetic room sign in - theatre list says R knee arthroscopy, consent form says L. "
        "Not noticed. R knee arthroscopy done. Realised in recovery.",
        ("1", None),
    ),
    # a block on the list's side before the slip was sorted: the wrong side reached
    (
        "Anaesthetic room sign in: list says R TKR, consent L. List was a typo. Before the "
        "discrepancy was sorted the anaesthetist had already given a R femoral nerve block. L "
        "TKR then done.",
        ("1", None),
    ),
    # the list's slip carried onto a mark, found at time out: the near miss it always was
    (
        "Theatre list said R but consent L - typo on list, corrected at the team brief. The ward "
        "had marked the R leg from the list; picked up at time out, re-marked L. L TKR done.",
        (None, "1"),
    ),
    # a detail of the list put right, not its side
    (
        "Sign in: pt weight on the theatre list corrected. R TKR done as consented and marked.",
        (None, None),
    ),
    # put right ahead of the day: the paper only
    (
        "At pre-op clinic the week before, the list said R hernia but consent L. Typo, list "
        "corrected in advance. L hernia repair done on the day.",
        (None, None),
    ),
]


@pytest.mark.parametrize("text", SIDE_CHOSEN_ON_THE_DAY)
def test_a_side_the_patient_chose_on_the_day_and_consented_is_no_error(text: str) -> None:
    assert never_event_codes(text, service_type="1", location_type="4") == (None, None)


@pytest.mark.parametrize(("text", "codes"), SIDE_ERROR_KEPT)
def test_a_side_done_against_the_consent_or_a_wrong_mark_keeps_its_outcome(
    text: str, codes: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, service_type="1", location_type="4") == codes


@pytest.mark.parametrize("text", DOT_ON_THE_WRONG_EYE_CAUGHT)
def test_a_dot_on_the_wrong_eye_found_at_the_check_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text, service_type="1", location_type="4") == (None, "1")


@pytest.mark.parametrize(("text", "codes"), DOT_KEPT)
def test_a_dot_followed_by_the_wrong_eye_treated_or_on_the_right_eye_keeps_its_outcome(
    text: str, codes: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, service_type="1", location_type="4") == codes


@pytest.mark.parametrize("text", PAPER_SLIP_CAUGHT_ON_THE_DAY)
def test_a_paper_side_slip_caught_at_the_checks_with_the_side_meant_done_is_a_near_miss(
    text: str,
) -> None:
    assert never_event_codes(text, service_type="1", location_type="4") == (None, "1")


@pytest.mark.parametrize(("text", "codes"), PAPER_SLIP_KEPT)
def test_the_slipped_papers_side_done_or_a_slip_put_right_ahead_keeps_its_outcome(
    text: str, codes: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, service_type="1", location_type="4") == codes
