"""Reports that go on after the event: doses taken before a catch told with "b4", a misplaced
tube's feed told in a clause after a missed check, an error found on post-op imaging or needing
a return to theatre, a catch made after the patient had left the room, the planned operation
done after a wrong-site start ("wound closed and ... repaired on the L as planned"), the
patient recalled for a biopsy of the correct lesion, a check that was not made ("did not
re-read the referral before starting"), an item nobody counted, and a unit issued for someone
in another chair. Each is set against the look-alike that keeps its answer."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


def test_methotrexate_doses_taken_b4_the_pharmacist_spotted_it_is_never_event_7() -> None:
    text = (
        "methotrexate 10mg charted daily not weekly for psoriasis, pt had 4 doses b4 the ward "
        "pharmacist spotted it"
    )
    assert never_event_codes(text) == ("7", None)


@pytest.mark.parametrize(
    "text",
    [
        "methotrexate 15mg for RA written as daily on admission, pharmacist spotted it b4 the "
        "first dose was given. changed to weekly.",
        "MTX 10mg for RA charted daily; pharmacist spotted it b4 the first dose was due, changed "
        "to weekly.",
    ],
)
def test_methotrexate_daily_spotted_b4_any_dose_stays_near_miss_7(text: str) -> None:
    assert never_event_codes(text) == (None, "7")


def test_feed_started_after_a_missed_check_is_never_event_13() -> None:
    text = (
        "NG tube passed on ward, aspirate not checked and feed started. CXR later showed tip in "
        "R lung."
    )
    assert never_event_codes(text) == ("13", None)


@pytest.mark.parametrize(
    "text",
    [
        "NGT placed, tip in L bronchus on x-ray, not used and feed not started. tube removed and "
        "re-passed.",
        "NG position not confirmed and feed held until the x-ray, which showed the tube in the R "
        "lower lobe. Re-passed.",
    ],
)
def test_feed_not_started_or_held_through_a_misplaced_tube_stays_near_miss_13(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


def test_wrong_level_found_on_post_op_imaging_is_never_event_1() -> None:
    text = "Post op CT shows the screw fixation was done at C5/6 not C4/5 as planned. pt informed."
    assert never_event_codes(text) == ("1", None)


def test_post_op_imaging_of_the_planned_level_is_no_never_event() -> None:
    text = "Post op MRI shows good decompression at L4/5 as planned, no complications."
    assert never_event_codes(text) == (None, None)


def test_wrong_side_listed_for_return_to_theatre_is_never_event_1() -> None:
    text = (
        "Arthroscopy done on the L knee, consent for the R. listed for return to theatre for the "
        "R knee tomorrow."
    )
    assert never_event_codes(text) == ("1", None)


def test_wrong_side_noticed_after_the_pt_had_left_the_room_is_never_event_1() -> None:
    text = (
        "Steroid injection given into the L knee, R on the list. Nurse noticed when completing "
        "the record after the pt had left the clinic room. Pt phoned and apologised."
    )
    assert never_event_codes(text) == ("1", None)


def test_time_out_after_the_previous_pt_had_left_stays_near_miss_1() -> None:
    text = (
        "L knee prepped and draped for a steroid injection, R knee on the list. Noticed at the "
        "time out after the previous pt had left the room, before any needle."
    )
    assert never_event_codes(text) == (None, "1")


def test_planned_operation_done_after_a_wrong_side_incision_is_never_event_1() -> None:
    text = (
        "Listed for R carpal tunnel release. LA and incision made on the L wrist, noticed by the "
        "scrub nurse. wound closed and release done on the R as planned."
    )
    assert never_event_codes(text) == ("1", None)


def test_side_queried_and_op_note_confirming_as_planned_is_no_never_event() -> None:
    text = (
        "R carpal tunnel release listed, consented and marked R. ?wrong side query by the pt's "
        "daughter on the ward; op note confirms release done on the R as planned."
    )
    assert never_event_codes(text) == (None, None)


def test_pt_recalled_for_biopsy_of_the_correct_lesion_is_never_event_1() -> None:
    text = (
        "Shave biopsy taken from lesion on the R shin; referral photo showed the lesion on the R "
        "calf. pt recalled for biopsy of the correct lesion."
    )
    assert never_event_codes(text) == ("1", None)


def test_referral_not_re_read_before_starting_is_no_catch() -> None:
    text = (
        "Trigger finger release done on the L ring finger, GP referral was for the R. The "
        "surgeon did not re-read the referral before starting."
    )
    assert never_event_codes(text) == ("1", None)


def test_wrong_mark_spotted_at_sign_in_before_starting_stays_near_miss_1() -> None:
    text = "Nurse marked the L hand, R on list. Spotted at sign in before starting, re-marked."
    assert never_event_codes(text) == (None, "1")


def test_swab_left_for_haemostasis_with_no_count_kept_is_never_event_3() -> None:
    text = (
        "After cervical biopsy a small swab was put in for haemostasis. No count of swabs is "
        "kept in the clinic. 2 weeks later the pt attended her GP with discharge and the swab "
        "was removed."
    )
    assert never_event_codes(text) == ("3", None)


def test_packs_left_for_haemostasis_with_a_removal_plan_are_no_never_event() -> None:
    text = (
        "Nasal packs left in for haemostasis as per op note, for removal next morning on the "
        "ward. Removed at 09:00 as planned."
    )
    assert never_event_codes(text) == (None, None)


def test_unit_issued_for_the_pt_in_another_chair_and_incompatible_is_never_event_12() -> None:
    text = (
        "Day unit: unit issued for pt in chair 2 (group B pos) transfused to pt in chair 3 "
        "(group A pos); 60ml in, pt rigoring."
    )
    assert never_event_codes(text) == ("12", None)


def test_unit_issued_for_the_pt_in_another_chair_of_the_same_group_is_no_never_event() -> None:
    text = (
        "Day unit: unit issued for pt in chair 2 (group A pos) transfused to pt in chair 3 "
        "(group A pos) by mistake. Stopped after 50ml, compatible, no reaction."
    )
    assert never_event_codes(text) == (None, None)


def test_unit_and_patient_groups_told_as_letters_and_caught_is_near_miss_12() -> None:
    text = (
        "the unit was group B and the pt O. noticed at bedside check before spiking, returned "
        "to lab."
    )
    assert never_event_codes(text) == (None, "12")


def test_compatible_unit_and_patient_groups_told_as_letters_is_no_never_event() -> None:
    text = "the unit was group O and the pt B. given as per crossmatch."
    assert never_event_codes(text) == (None, None)
