"""Never events and near misses told by the order of events: whether the item was found while
the wound or line was still being closed, whether the tube was only connected with the pump on
hold, whether the person was already on the way into the bath, and whether the catch (a
supervisor, the awake patient, the pump still off) came before the product or the procedure
reached the patient. Each cue that can turn a never event into a near miss has look-alikes in
which the error had already reached the patient."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the wire found while the line was still being secured
        (
            "Femoral CVC: wire not in the tray, found still in the vein while the line was being "
            "secured. Withdrawn intact.",
            "3",
        ),
        # the report opens with the operation's name; the swab found before closure
        (
            "Laparotomy. Count at closure 1 swab missing. Abdomen not closed; on-table x-ray "
            "showed the swab behind the liver and it was retrieved. Count then correct and wound "
            "closed.",
            "3",
        ),
        # the count short before the legs came out of lithotomy
        (
            "Perineal repair: at the count before her legs came down from lithotomy a tampon was "
            "unaccounted for and found high in the vagina, removed.",
            "3",
        ),
        (
            "After the repair the midwife counted before the woman's legs were taken out of "
            "lithotomy and one swab was missing; it was still in the vagina and was removed.",
            "3",
        ),
    ],
)
def test_item_found_before_the_procedure_ended_is_near_miss_3(text: str, code: str) -> None:
    assert never_event_codes(text) == (None, code)


@pytest.mark.parametrize(
    "text",
    [
        # the "during the suturing" is the item's own story, found at home
        "Woman phoned the ward 6 days after her perineal repair - she had found a swab which had "
        "been used during the suturing.",
        # the operation named later is the return to theatre
        "CT 2 weeks after laparotomy showed a swab in the pelvis, returned to theatre for removal.",
        # a count signed correct before the legs came down, the tampon found later
        "Count signed as correct before her legs came down. Tampon found by community midwife on "
        "day 3 postnatally.",
    ],
)
def test_item_found_after_the_procedure_is_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


def test_feed_connected_with_pump_on_hold_is_near_miss_13() -> None:
    text = (
        "NG replaced, feed line connected to the NG with the pump on hold awaiting CXR. CXR "
        "showed the NG in the R lower lobe bronchus. Feed not started, NG removed."
    )
    assert never_event_codes(text) == (None, "13")


def test_feed_connected_and_started_is_never_event_13() -> None:
    text = (
        "NG replaced, feed line connected and pump started at 40ml/hr. CXR later showed the NG "
        "in the R lower lobe bronchus."
    )
    assert never_event_codes(text) == ("13", None)


def test_person_in_the_hoist_on_the_way_in_is_near_miss_14() -> None:
    text = (
        "Resident in the hoist being lowered into the bath when the carer checked the temp: 50C. "
        "Hoist raised before her feet went in."
    )
    assert never_event_codes(text) == (None, "14")


def test_person_scalded_from_the_hoist_is_never_event_14() -> None:
    text = (
        "Resident in the hoist being lowered into the bath, feet went in, water 50C, scald to "
        "both feet with blisters."
    )
    assert never_event_codes(text) == ("14", None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the student's supervisor stopped the drawn-up dose
        (
            "Student nurse drew up 60 units of novorapid reading the '6U' as 60, supervisor "
            "checked against the chart and stopped it.",
            "6",
        ),
        # the awake patient put the team right and they stopped to check the form
        (
            "lying on the table for my knee op the surgeon said left knee, my knee was supposed "
            "to be my right one. I told them and they stopped and checked my paperwork.",
            "1",
        ),
        # the parent saw the feed tubing go into the line before the pump went on
        (
            "I watched the nurse connect the feed tubing to his line and I stopped her before she "
            "turned the pump on. She swapped it to the PEG.",
            "5",
        ),
        # a repeat methotrexate dose prescribed in error, queried before it was given
        (
            "Ectopic treated with MTX. On day 4 the FY1 prescribed a repeat dose in error, "
            "pharmacist queried it before it was given and it was cancelled.",
            "7",
        ),
    ],
)
def test_caught_before_it_reached_the_patient_is_near_miss(text: str, code: str) -> None:
    assert never_event_codes(text) == (None, code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the dose was given before the mentor noticed
        (
            "Student nurse gave 60 units of novorapid reading the '6U' as 60. Mentor noticed at "
            "handover, BM 2.0.",
            "6",
        ),
        # told after waking: the operation was done; they stopped something else
        (
            "they operated on the wrong knee, it was supposed to be my right. when I woke I told "
            "them and they stopped the physio coming",
            "1",
        ),
        # the pump was switched on and the feed ran
        (
            "Nurse plugged the feed tubing into her line and switched the pump on, it ran 10 mins "
            "before the night nurse noticed.",
            "5",
        ),
        # portals made on the wrong knee: a list of contributory factors is no catch
        (
            "Listed for R knee arthroscopy. Time out done after draping, L knee prepped and "
            "portals were made in the L knee before the error was noticed. Contributory factors "
            "identified: draping before time out.",
            "1",
        ),
    ],
)
def test_reached_before_the_catch_is_never_event(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)


def test_wrong_side_caught_before_any_portal_is_near_miss_1() -> None:
    text = (
        "Listed for R knee arthroscopy, L knee prepped. Time out picked up the wrong side before "
        "any portal was made; re-prepped R."
    )
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(
    "text",
    [
        "NG tube in R bronchus on CXR; feed had been running for 4 hours, pump on hold now "
        "while the reg reviews.",
        "Feed given via the NGT overnight and the pump then put on hold for the morning film, "
        "which showed the tube in the L main bronchus.",
    ],
)
def test_a_hold_after_the_feed_went_in_does_not_undo_it(text: str) -> None:
    assert never_event_codes(text) == ("13", None)
