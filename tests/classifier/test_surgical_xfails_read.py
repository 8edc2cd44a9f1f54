"""Two readings of a wrong site or person that never reached the patient, told in wordings of our
own (helper X1), each with the outcome the labelling guide gives.

THE PERSON SENT BACK BEFORE ANYTHING WAS DONE. The wrong patient collected or brought for a
procedure and sent back (taken back, returned to the ward) before anything was done is near
miss 1, as when caught at sign in. Look-alikes: the wrong person on whom the procedure was done
or begun (never event 1), and the right person sent back for another reason (null).

A SIDE PUT RIGHT AHEAD OF THE DAY. A wrong side written only on a paper of the operation and put
right ahead of the day ("a week ahead", "amended it two weeks before", "a day in advance") is
null. Look-alikes: the paper error caught at the day-of checks (near miss 1), and the act done on
the wrong side on the day after a paper was put right (never event 1)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

SENT_BACK = [
    (
        "Porter brought the wrong pt down to endoscopy; wristband check showed a different NHS "
        "no. Returned to ward before anything was done.",
        (None, "1"),
    ),
    (
        "wrong patient called into the cath lab for angiogram, name didnt match on ID check, "
        "sent back to the ward prior to any procedure",
        (None, "1"),
    ),
    (
        "Incorrect pt collected for the colonoscopy. Checked against the list at the admission "
        "desk - wrong DOB. Taken back before anything done.",
        (None, "1"),
    ),
    (
        "Wrong pt taken to theatre for a hernia repair; at sign in the band showed another name. "
        "Pt wheeled back to the ward before any anaesthetic.",
        (None, "1"),
    ),
    (
        "wrong patient sent for the bronchoscopy, noticed at reception, sent bak before anything "
        "was done",
        (None, "1"),
    ),
    # look-alikes
    (
        "Wrong pt brought to the endoscopy room and the OGD was done before the ID mismatch was "
        "noticed. Sent back to the ward after.",
        ("1", None),
    ),
    pytest.param(
        "Wrong patient taken to theatre and anaesthetised before the check showed a different "
        "name; woken and sent back.",
        ("1", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the person 'taken to theatre and anaesthetised' is read neither as present "
            "nor as put under, so the sending back reads as the catch (near miss 1)",
        ),
    ),
    (
        "Pt sent back to the ward before anything was done as her INR was 3.2; colonoscopy "
        "rebooked.",
        (None, None),
    ),
    (
        "Correct pt brought to theatre for L TKR, ID confirmed at sign in; sent back before "
        "anything done as no ITU bed.",
        (None, None),
    ),
    (
        "Liver biopsy taken from the wrong pt before the team realised she was not the one "
        "listed. Pt sent back to the ward.",
        ("1", None),
    ),
]

PUT_RIGHT_AHEAD = [
    (
        "Pre-op clinic noted the listing was R knee arthroscopy, consent and referral L; list "
        "changed a week ahead. L knee done.",
        (None, None),
    ),
    (
        "Booking clerk put the wrong side on the waiting list (R instead of L); secretary "
        "spotted it and amended it three weeks before.",
        (None, None),
    ),
    ("list said L, referral R - corrected one month ahead by the booking team", (None, None)),
    (
        "Consent form had the wrong side, noticed and corrected a day in advance. Op done on the "
        "right side.",
        (None, None),
    ),
    (
        "Wrong side on the list picked up by the secretary and changed 10 days before.",
        (None, None),
    ),
    # look-alikes
    (
        "List said L instead of R, noticed at time out and changed. R side done.",
        (None, "1"),
    ),
    (
        "list corrected to L a week ahead, but on the day the R hernia was repaired in error",
        ("1", None),
    ),
    (
        "Consent said R, list L; noticed at the WHO sign in and the list amended. L done.",
        (None, "1"),
    ),
    (
        "Pt listed for R CTR a week ahead; on the day the L was released in error.",
        ("1", None),
    ),
    (
        "Theatre list had the wrong side (L instead of R), noticed at team brief on the day and "
        "reprinted. R done.",
        (None, "1"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENT_BACK)
def test_person_sent_back_before_anything_done(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), PUT_RIGHT_AHEAD)
def test_side_put_right_ahead_of_the_day(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
