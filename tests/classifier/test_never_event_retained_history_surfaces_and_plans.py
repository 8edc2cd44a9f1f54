"""Retained items (never event 3) told apart from what only looks like one: an item of the
patient's history (a dated operation in the history heading, a hospital named only by its
place and dated), a sharp left on a surface of the ward, a pack whose removal time the op note
wrote down, and the reporter's own label as a form field (a year before 2020 only dates a
hospital elsewhere as history; "on purpose" alone does not make an item planned). A vessel
loop is a counted item. The true never events beside each cue stay."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # history heading: the swab of a dated operation elsewhere is background
        (
            "Handover. Bed 3 - Mr K for elective hernia repair tomorrow. PMH cholecystectomy at "
            "Eastfield 2018 where a swab was left in, removed later; anxious. INCIDENT: bed 5 "
            "fell in the bathroom, no injury.",
            (None, None),
        ),
        # a hospital named only by its place, dated
        (
            "Pre-op clinic: referral letter says she had a retained swab removed at a hospital in "
            "Portugal in 2015. Interpreter not booked, clinic rebooked.",
            (None, None),
        ),
        # a swab left at this operation, the patient's history told before it: still never
        # event 3 (the history words do not reach this event's words)
        (
            "PMH appendicectomy at Eastfield 2018, uneventful. Laparotomy here on 3rd. CT on "
            "day 6 showed a large swab left in the pelvis; returned to theatre for removal.",
            ("3", None),
        ),
        (
            "She had a caesarean section with us last week. The swab count was not done. A "
            "vaginal swab was found retained at her GP check and removed.",
            ("3", None),
        ),
        # a used needle left on a bed table: no item in the patient
        (
            "Staff sharps injury: HCA pricked by a used insulin pen needle left on a bed table "
            "in bay 4 after the pt's evening dose. OH contacted.",
            (None, None),
        ),
        # ... while a needle left in the patient after a procedure still is
        (
            "Needle from the perineal repair pack left in the vagina after suturing; found at "
            "the postnatal check 2 days later and removed. Count had been signed correct.",
            ("3", None),
        ),
        # "left on the ... side" of the body is inside the patient: still never event 3
        (
            "Laparotomy. A large swab was left on the right side of the abdomen under the "
            "liver; found on CT day 4, removed at relaparotomy.",
            ("3", None),
        ),
        # a record left on a table beside a swab left in: still never event 3
        (
            "Swab left in the abdomen after laparotomy. The count sheet was left on the table "
            "in theatre 3 and not completed. CT day 4 showed the swab.",
            ("3", None),
        ),
        # the pack's removal time written in the op note: left on purpose, removal delayed
        (
            "Bilateral nasal packs inserted at septoplasty, documented in op note remove day 1 "
            "morning. Not removed until the evening as the SHO was in theatre.",
            (None, None),
        ),
        # the reporter's own label as a form field is no event (a throat pack taken out as
        # planned is no catch either)
        (
            "Throat pack placed at induction, removed before extubation, count correct.\n"
            "Reporter: Retained foreign object? Y",
            (None, None),
        ),
        # ... while a swab left in, with the same field, still is
        (
            "Vaginal swab left in after perineal repair, not on the count board. Found by the "
            "community midwife on day 5 and removed.\nReporter: Retained foreign object? Y",
            ("3", None),
        ),
        # a vessel loop is a counted item left in the wound
        (
            "Vascular clinic 2/52 after fem-pop bypass, groin wound discharging. Explored under "
            "LA: a silastic vessel loop found in the wound and removed.",
            ("3", None),
        ),
    ],
)
def test_retained_items_of_history_surfaces_and_plans(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "on purpose" denied: the swab was left by mistake
        "The swab was not left on purpose; it was missed at the closing count. CT on day 5 "
        "showed the swab in the pelvis and it was removed at relaparotomy.",
        # "on purpose" said of another item sentences away from the finding
        "Laparotomy. A drain was placed on purpose in the pelvis. The op note recorded all "
        "counts correct. Four weeks later CT for pain showed a retained swab; removed at "
        "relaparotomy.",
        # "on purpose" said of the team's act, not an item put in to stay
        "Guidewire left in the IJ line after insertion on the ward; no one did it on purpose "
        "but the wire was not checked. CXR next day showed the whole guidewire in the IVC; "
        "removed in IR.",
    ],
)
def test_on_purpose_in_an_innocent_role_keeps_the_retained_item(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


def test_item_put_in_on_purpose_beside_another_item_left_keeps_the_retained_item() -> None:
    text = (
        "Clips deployed on purpose after the polypectomy. Separately, a retrieval basket tip "
        "was left in the patient and seen on the CT."
    )
    assert never_event_codes(text) == ("3", None)


def test_recent_retained_swab_removed_elsewhere_is_not_read_as_history() -> None:
    text = (
        "She had a retained swab removed at a hospital in Leeds in 2026 after her caesarean "
        "here in January; found on CT, laparotomy."
    )
    assert never_event_codes(text) == ("3", None)


def test_equipment_found_in_another_room_is_no_retained_item() -> None:
    text = (
        "Recovery nurse primed the epidural bag through an IV set as the epidural pump was "
        "missing; ward nurse saw the epidural label at handover. Not connected. Dedicated "
        "epidural pump found in recovery and set up to the epidural catheter."
    )
    assert "3" not in never_event_codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # equipment found in recovery beside an item found in the patient
        "Epidural pump found in recovery. At the post-op check a swab was found retained in "
        "the vagina after the perineal repair; count had been signed correct.",
        # an item found on imaging in recovery
        "Pt returned to the ward with the PICC. CXR in recovery: guidewire found in the SVC; "
        "the guidewire had not been removed after insertion. Removed in IR.",
    ],
)
def test_item_found_in_the_patient_beside_equipment_found(text: str) -> None:
    assert never_event_codes(text) == ("3", None)
