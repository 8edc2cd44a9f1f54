"""Wrong site told by what was compared: one finger consented and another operated on, the
planned level left untouched on the repeat MRI, the target mole still there, another person
answering to the name called. "Left" before a body part is a side, not an item left in. An
anomaly visible on the pre-op imaging but not recognised is no unexpected anatomy; specimens
labelled the wrong way round are an incorrect lab report (excluded)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Carpal tunnel list: trigger finger release done on L index finger, consent and listing "
        "for L middle finger. Noticed when the op note was written.",
        "Trigger finger release done on the R ring finger, consent says R middle finger. Picked "
        "up by the therapist at the 6 wk check.",
        "Consent form says L middle finger. Registrar marked the L ring finger. A1 pulley of "
        "the ring finger released then pt said 'its not that one'. Middle finger then done.",
    ],
)
def test_finger_operated_on_that_no_consent_names_is_wrong_site(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    "text",
    [
        "Trigger finger release done on the R ring finger as consented and listed for R ring "
        "finger. Pt also has early symptoms in the middle finger, to review in clinic.",
        "Steroid injection to the L index finger as per the referral for L index finger "
        "trigger. Middle finger stiffness noted, physio advised.",
        "Listed for L little finger Dupuytren's fasciectomy, L little finger done as listed. "
        "Ring finger cord noted for next time.",
    ],
)
def test_finger_operated_on_as_consented_is_no_wrong_site(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_planned_level_untouched_on_repeat_mri_is_wrong_site() -> None:
    text = (
        "Planned L3/4 microdiscectomy. Discectomy done at L2/3. Pt still had sciatica on day 1, "
        "repeat MRI showed the L3/4 prolapse untouched. Back to theatre."
    )
    assert never_event_codes(text) == ("1", None)


def test_target_mole_still_there_after_excision_is_wrong_site() -> None:
    text = (
        "Minor ops: lesion excised from the R forearm, the referral photo showed the suspicious "
        "mole on the R wrist. Pt noticed at suture removal that the mole was still there."
    )
    assert never_event_codes(text) == ("1", None)


def test_another_person_answering_the_name_called_is_wrong_patient() -> None:
    text = (
        "Radiology called Mr Khan for a liver biopsy, the man who answered was Mr Khanna who was "
        "there for a drain review. Biopsy done before the error was found."
    )
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    "text",
    [
        "Radiology called Mr Khan for a liver biopsy, the man who answered was Mr Khan, "
        "wristband checked against the request, biopsy done uneventfully.",
        "Phoned the pt who answered and was booked for an OGD next week, pt confirmed details.",
        "Nurse called the name at reception, the lady who answered was Mrs Ali and she went in "
        "for her injection as planned.",
    ],
)
def test_the_right_person_answering_is_no_wrong_patient(text: str) -> None:
    assert rule_never_event_codes(text) == (None, None)


def test_the_learned_model_does_not_read_names_alone_as_a_wrong_patient() -> None:
    # the learned model reads a biopsy, a titled name and "the man who answered" as a wrong
    # patient; the report tells no discrepancy (one name, the check matched), so it is ruled out
    text = (
        "Radiology called Mr Khan for a liver biopsy, the man who answered was Mr Khan, "
        "wristband checked against the request, biopsy done uneventfully."
    )
    assert never_event_codes(text) == (None, None)


def test_left_before_a_body_part_is_a_side_not_an_item_left_in() -> None:
    text = (
        "Day case arthroscopy list: consent and mark for R knee. Tourniquet applied to the left "
        "leg and the registrar made the first portal in the left knee before the scrub nurse "
        "queried the side. Right knee then done."
    )
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    "text",
    [
        "Day 3 post L knee arthroscopy, pt still in pain. Xray showed a swab left in the left "
        "knee, returned to theatre for removal.",
        "Tourniquet left on the left leg after the ankle ORIF, found in recovery 2 hrs later.",
        "Guidewire left in the left femoral vein after the line, seen on the next day's xray.",
    ],
)
def test_item_left_in_a_left_limb_stays_retained(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


def test_anomaly_not_recognised_on_pre_op_imaging_is_wrong_site() -> None:
    text = (
        "Post op CT shows the L2/3 level was decompressed rather than planned L3/4. Transitional "
        "vertebra not recognised on pre op MRI. Further surgery planned."
    )
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    "text",
    [
        "Spinal surgery performed at the wrong level because of a transitional vertebra not "
        "seen on pre-op imaging; documented, level corrected intra op.",
        "Wrong level discectomy: pt has a sacralised L5 (transitional vertebra) that was not "
        "reported on the pre-op MRI and could not be seen on the intra op images.",
        "Level error due to unexpected anatomy (6 lumbar vertebrae), not visible on the "
        "limited pre op films.",
    ],
)
def test_anomaly_nobody_could_see_stays_excluded(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_specimens_labelled_the_wrong_way_round_is_an_excluded_source() -> None:
    text = (
        "WLE of the R shin based on histology; the two biopsy pots had been labelled the wrong "
        "way round in clinic and the BCC was on the L shin. L side now listed."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Specimen pots labelled correctly. Excision done on the R cheek, the marked BCC was on "
        "the L cheek. Surgeon did not check the mark.",
        "Two specimen pots sent from clinic. Pt listed for L forearm WLE, R forearm excised in "
        "error.",
        "Biopsy specimens labelled and sent. Later the wrong lesion was excised from the back, "
        "the marked one was still there.",
    ],
)
def test_specimens_named_without_a_labelling_error_leave_the_wrong_site(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


def test_block_needle_in_hand_on_the_wrong_side_at_the_call_is_near_miss_1() -> None:
    text = (
        "Hand block: anaesthetist had the needle in hand over the R arm, op side L, stop before "
        "you block called and no needle inserted."
    )
    assert never_event_codes(text) == (None, "1")


def test_incision_told_with_the_side_after_the_verb_reached_the_patient() -> None:
    text = (
        "Listed for L inguinal hernia repair, L marked. Surgeon incised R groin, scrub nurse "
        "queried at 3cm. Closed, left done."
    )
    assert never_event_codes(text) == ("1", None)


def test_patients_worry_disproved_by_imaging_is_no_retained_item() -> None:
    text = (
        "Pt worried she had a retained swab after her c-section because of pain. Counts "
        "correct, CT showed no foreign body. Reassured."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt worried about ongoing pain after lap chole. CT showed a retained swab in the "
        "gallbladder bed, returned to theatre.",
        "Pt anxious and in pain after hernia repair, xray showed a needle in the wound, counts "
        "had been signed as correct.",
        "Pt concerned about a lump after the perineal repair, a retained swab was found in the "
        "vagina at the GP surgery.",
    ],
)
def test_patients_worry_confirmed_stays_retained(text: str) -> None:
    assert never_event_codes(text) == ("3", None)
