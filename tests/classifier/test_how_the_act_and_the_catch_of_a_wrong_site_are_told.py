"""How the act and the catch of a wrong site or patient are told: the operation told as
completed on the side set up, with no catch before it ("Procedure completed uneventfully on the
R knee"), is the act there (never event 1), while the same words after a catch are the redo
(near miss 1); the procedure told as stopped before its first invasive step ("Stopped before
any LA was given"), its instrument never put in ("No scope passed") or nothing done at all
("Nothing had been done"), wherever told after the wrong patient was brought, is the catch
(near miss 1); a check told by the record it was read from, set against the one it should
have been ("at the time out the procedure was read off the list rather than the consent"),
caught nothing; and a wire passed in on the way to the target ("wire passed into the
collecting system") is the wire in use, no retained object."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

COMPLETED_ON_THE_SIDE_SET_UP = [
    "Listed for L TKR. R leg in the leg holder from the last case. Procedure completed on the R "
    "knee. Noticed in recovery when the consent was checked.",
    "Consented for left knee scope; the R leg was in the holder and prepped. Op completed "
    "uneventfully on the right knee, consultant noticed when writing the op note.",
]

COMPLETED_AFTER_THE_CATCH = [
    "Listed for R knee arthroscopy. Pt positioned with the L leg in the holder, noticed at time "
    "out and repositioned. Procedure completed on the R knee uneventfully.",
    "Listed for L TKR, R leg prepped and draped. Consultant spotted the error before knife to "
    "skin. Procedure completed on L as planned.",
]

STOPPED_BEFORE_THE_FIRST_STEP = [
    "Porter brought Mr A Khan instead of Mr A Kahn for a CT guided lung biopsy. Pt positioned "
    "prone and skin cleaned. At the time out the DOB on the wristband did not match the request "
    "form. Stopped before any LA was given. Correct pt collected.",
    "Endoscopy list had two pts with the same surname. Wrong pt called through and put on the "
    "trolley. At the pause the nurse checked the wristband against the consent and the DOB "
    "didnt match. No scope passed, correct pt brought in.",
    "Flexi cysto list with two men of the same name. The wrong one answered and got on the "
    "couch. At the ID check before the gel his hospital number didnt match the consent. Nothing "
    "had been done. Right pt brought through.",
]

CHECK_READ_OFF_ANOTHER_RECORD = [
    "Consented in clinic for frenuloplasty. Theatre list typed as circumcision. At the time out "
    "the procedure was read off the list rather than the consent form. Circumcision performed, "
    "realised afterwards by the consultant, DoC.",
]


@pytest.mark.parametrize("text", COMPLETED_ON_THE_SIDE_SET_UP)
def test_completed_on_the_side_set_up_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", COMPLETED_AFTER_THE_CATCH)
def test_completed_after_the_catch_is_the_redo(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


def test_completed_on_the_planned_side_is_neither() -> None:
    text = (
        "Listed for L knee arthroscopy. Procedure completed on the L knee uneventfully, pt had "
        "PONV in recovery."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", STOPPED_BEFORE_THE_FIRST_STEP)
def test_wrong_patient_stopped_before_the_first_step_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


def test_second_injection_stopped_after_the_first_went_in_stays_never_event_1() -> None:
    text = (
        "R hip injection listed, injected on the L. Second injection stopped before any LA "
        "given on the R."
    )
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", CHECK_READ_OFF_ANOTHER_RECORD)
def test_check_read_off_another_record_caught_nothing(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


def test_wire_passed_in_the_procedure_is_no_retained_object() -> None:
    text = (
        "Radiologist punctured the kidney and passed a wire into the collecting system, drain "
        "sited, no issues."
    )
    assert never_event_codes(text) == (None, None)


def test_wire_seen_on_the_film_afterwards_stays_never_event_3() -> None:
    text = (
        "Central line via R IJ. Guidewire passed into the vein, line railroaded. CXR post "
        "procedure showed the guidewire in the SVC, retrieved by IR."
    )
    assert never_event_codes(text) == ("3", None)
