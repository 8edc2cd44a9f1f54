"""Batch 101's wrong implant and retained item look-alikes, and the real events that look like
them.

- An implant other than the plan, put in because the trial was found wanting ("the 52 trial was
  unstable, so reamed up and used a 56") is an intentional change on the operator's judgement:
  excluded from never event 2. A wrong one opened "in error" after that trial, or with no
  decision documented for it, stays never event 2 (or near miss 2, caught before it went in).
- A bare "fragment" of a report naming the patient's stone or tissue ("residual fragments" after
  a laser URS for a stone) is the patient's own stone, not a foreign object; a fragment named as
  a device's ("fragment of the laser fibre", "tip of the basket wire") stays an item left in.
- An item found at a re-exploration or pressing on a nerve root after the operation ended is a
  retained object, whatever count the op record shows as correct; a re-exploration finding no
  item, or a count answered by a scan showing nothing, is none.
- A pacemaker generator told in the pocket ("generator connected and pocket closed", "the box in
  the pocket was a VVI") was put in: a single chamber device for a planned dual chamber one is
  never event 2 however its implanting is worded.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes

CHANGED_ON_THE_TRIAL = [
    "Hip hemiarthroplasty, templated for a 47 head. On trialling the 47 was loose and "
    "dislocated in flexion, therefore went to a 49; reasoning in the op note. Scrub logged it "
    "as implant differing from the plan.",
    "TKR templated for a 10mm insert. Trial insert lax in extension so the consultant used a "
    "12mm, written up in the operation note. Implant audit flagged the difference.",
    "Reverse shoulder: planned 36 glenosphere, trial was unstable so a 39 glenosphere was "
    "chosen; op note sets out why. Reported by the stock team as not matching the plan.",
    "Nurse ticked never event: the cup implanted was a 54 and the plan said 50. The op note "
    "says the 50 trial cup was loose on the rim, so the acetabulum was reamed to 54 and a 54 "
    "cup used.",
    "Reported by the ODP: planned 12 stem, a 13 stem implanted. Operation note: the 12 trial "
    "was undersized and rotationally unstable, hence the 13 was selected.",
]

WRONG_AFTER_THE_TRIAL = [
    "THR. Trial with the 52 was unstable so the surgeon asked for a 54 cup, but a 56 was "
    "opened in error and implanted. Found on the implant record next day.",
    "Trial reduction stable with the 32 head. A 28 head was implanted with a 32 liner in "
    "error; mismatch found on the post op x-ray, pt listed for revision.",
    "Cup trial unstable so the registrar upsized to a 54, but the stickers show a 58 cup was "
    "implanted and no decision was documented to use a 58. Found at the NJR check.",
]

WRONG_CAUGHT_AFTER_THE_TRIAL = (
    "THR: trial reduction unstable so the consultant asked for a 36mm femoral head; scrub "
    "opened a 32mm femoral head instead, noticed before impaction, correct 36 opened and used."
)

STONE_FRAGMENTS = [
    "PCNL for staghorn calculus last month. CT KUB now shows residual fragments in the lower "
    "pole calyx; pt upset as she thought everything had been removed. Second look planned, as "
    "discussed at consent.",
    "Lithotripsy for a 9mm ureteric stone. Follow-up KUB shows a 3mm fragment remaining in the "
    "kidney; for repeat URS.",
    "Daughter complained that her dad was told there are still bits left inside after his "
    "laser stone treatment. Imaging: 2 small calculus fragments in the lower pole, a known "
    "risk on the consent form.",
]

DEVICE_FRAGMENTS = [
    "Ureteroscopy for a renal stone: the tip of the basket wire snapped off in the ureter and "
    "was not noticed. Fragment seen on KUB next day; returned to theatre to retrieve it.",
    "URS and laser for a 7mm stone. Post op KUB showed a guidewire still in the ureter, not "
    "removed at the end of the procedure. Removed in theatre the next day.",
    "PCNL for a staghorn stone. Post op CT shows a metallic fragment of the nephroscope sheath "
    "retained in the renal pelvis, not noticed at the end of the case.",
    "Ureteroscopy for an 8mm stone; the laser fibre tip broke off and was not retrieved or "
    "noted. KUB next day shows a fragment of the laser fibre in the ureter.",
]

FOUND_AT_A_LATER_LOOK = [
    "Persistent leg pain after lumbar decompression. Re-explored at 4 weeks and a neuro patty "
    "was found lying on the L5 root and removed. The count sheet had been signed as correct.",
    "Re-look laparotomy on day 5 for sepsis: a large abdominal swab found in the pelvis and "
    "removed. The op note from the index operation records the swab count as correct.",
    "Daughter concerned about a ?retained swab after her mum's hysterectomy. Op record shows "
    "counts correct. At re-laparotomy a swab was retrieved from the pouch of Douglas.",
    "Six weeks after ACDF a re-operation was done for arm pain: a cottonoid was found and "
    "removed from the disc space. The count had been recorded as correct.",
    "Pt weighs 16 stone. Two weeks after lap chole a re-look laparoscopy was done for pain: a "
    "swab was found in the gallbladder bed and removed.",
]

NOTHING_LEFT_IN = [
    "Daughter worried a swab was left in after her mum's laparotomy. Op record shows counts "
    "correct and CT abdomen shows no foreign body.",
    "At microdiscectomy a sequestrated disc fragment was found compressing the S1 root and "
    "removed. Counts correct, pt well post op.",
    "MRI ?retained patty after discectomy. Re-explored: no patty found, only scar tissue "
    "around the S1 root. Count had been correct.",
    "Baby on postnatal ward: cord clamp found lying loose on the cord, bleeding from the "
    "stump. Re-clamped, Hb checked.",
]

PATTY_FOUND_BEFORE_CLOSURE = (
    "Closing count one patty short. Wound inspected before closure and the patty found lying "
    "on the dura, removed. Count then correct."
)

DEVICE_IN_THE_POCKET = [
    "Listed and consented for a dual chamber pacemaker. RA and RV leads positioned; generator "
    "connected and the pocket sutured. Next morning the physiologist found only one lead "
    "connected: the box in the pocket was a single chamber VVI.",
    "Pt booked for DDD PPM. Single chamber generator from the shelf next to the dual chamber "
    "stock connected and pocket closed; atrial lead capped because there was no port. Found "
    "at device check.",
    "CRT-D planned and consented for primary prevention. Device screwed to the leads and put "
    "in the pocket, wound closed. Interrogation in recovery showed a CRT-P generator from the "
    "adjacent shelf.",
]

POCKET_WITHOUT_A_WRONG_DEVICE = [
    "Pocket haematoma 2 days after a dual chamber pacemaker implanted as planned; evacuated in "
    "the cath lab.",
    "Box change: the dual chamber generator in the pocket was at ERI and was replaced with a "
    "new dual chamber device as planned. Uneventful.",
]

DEVICE_CAUGHT_BEFORE_THE_POCKET = (
    "Dual chamber PPM planned. A single chamber generator was opened; the physiologist noticed "
    "before it was connected to the leads or put in the pocket. Correct box opened."
)


@pytest.mark.parametrize("text", CHANGED_ON_THE_TRIAL)
def test_an_implant_changed_because_the_trial_was_unstable_is_no_wrong_implant(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", WRONG_AFTER_THE_TRIAL)
def test_a_wrong_implant_put_in_after_a_trial_stays_never_event_2(text: str) -> None:
    assert never_event_codes(text) == ("2", None)


def test_a_wrong_head_opened_after_an_unstable_trial_and_caught_is_a_near_miss() -> None:
    assert never_event_codes(WRONG_CAUGHT_AFTER_THE_TRIAL) == (None, "2")


@pytest.mark.parametrize("text", STONE_FRAGMENTS)
def test_a_residual_stone_fragment_is_the_patients_own_stone_not_a_foreign_object(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", DEVICE_FRAGMENTS)
def test_a_device_fragment_left_after_stone_surgery_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", FOUND_AT_A_LATER_LOOK)
def test_an_item_found_at_a_later_look_is_retained_whatever_the_count_said(text: str) -> None:
    assert rule_never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", NOTHING_LEFT_IN)
def test_no_item_found_or_the_patients_own_tissue_is_no_retained_object(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_a_patty_found_on_the_dura_before_closure_is_a_near_miss() -> None:
    assert never_event_codes(PATTY_FOUND_BEFORE_CLOSURE) == (None, "3")


@pytest.mark.parametrize("text", DEVICE_IN_THE_POCKET)
def test_a_single_chamber_box_told_in_the_pocket_is_read_by_the_rules_as_never_event_2(
    text: str,
) -> None:
    assert rule_never_event_codes(text) == ("2", None)


@pytest.mark.parametrize("text", POCKET_WITHOUT_A_WRONG_DEVICE)
def test_a_pocket_of_the_planned_device_is_no_wrong_implant(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_a_single_chamber_box_caught_before_the_pocket_is_a_near_miss() -> None:
    assert never_event_codes(DEVICE_CAUGHT_BEFORE_THE_POCKET) == (None, "2")
