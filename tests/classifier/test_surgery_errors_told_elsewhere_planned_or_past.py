"""Surgical never events that are not this report's (helper H60, batch 104).

- A retained item told as another organisation's case or a bulletin's, the reason for this
  report's audit, with the reporter's own "Reporting for the audit record ..." naming a wire:
  no item left in here (dev-176312), both null; an item really left here stays never event 3.
- A lens or implant told as the planned one ("the lens implanted was the lens planned") with
  the surprise from a wrong measurement: no wrong implant (dev-176320), both null; a lens other
  than the planned one stays never event 2.
- A booking's wrong side put right at the pre-op clinic weeks ahead, the other side's operation
  dated as the patient's past ("R knee was done 2019"): the guide's paper error put right ahead
  of the day (dev-176408), both null; the same error caught at the day's checks stays near miss 1.
- A mark the patient drew on her own other knee at home, wiped off and the right side marked by
  the surgeon: no side the team marked or prepped (dev-176351), both null; the team's own mark
  on the wrong side caught at the checks stays near miss 1.
- Another patient's scan read for this one, found before the patient was put on the waiting
  list: a record put right with no procedure on its way (dev-176394), both null; the wrong
  patient brought and stopped at the checks stays near miss 1.
- An implant of the wrong size handed up to the field and caught against the plan before it
  went in: handing up is a step of the implant's way in, like opening or loading (dev-176368),
  near miss 2; the same size put in stays never event 2.
- Two patients in one report, one told with a "known" group, the other's unit given "to the
  group O pt": the unit's group paired with the group it was given to (dev-176313), never
  event 12; the unit given to a patient of a compatible group stays null.
- A spinal level counted from a vertebra only taken for S1 or L5, the wrong level marked and
  caught on a recount before incision (dev-176398): near miss 1; the wrong level decompressed
  after the same miscount stays never event 1.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NOTHING = (None, None)

AUDIT_AFTER_ANOTHER_TRUSTS_WIRE = (
    "Following the regional patient safety bulletin (retained guidewire after CVC insertion at "
    "another trust in the region) we audited the last 20 CVC insertion bundles on ICU and "
    "theatres. 6/20 had no documentation that the guidewire was removed/ checked, 3 had no "
    "operator signature. No patients affected, no retained wires identified. Reporting for the "
    "audit record and so the bundle can be updated with a mandatory 'wire out' tick box."
)
LENS_AS_PLANNED_BIOMETRY_WRONG = (
    "Refractive surprise after L phaco - pt -3.0D myopic post op, target was plano. The lens "
    "implanted was the lens planned (22.5D). On review the axial length on the biometer was "
    "0.9mm short because the scan was taken with poor fixation, the SD warning was not acted "
    "on. Pt may need lens exchange. Optometrist and biometry team to re-audit."
)
BOOKING_PUT_RIGHT_AT_PRE_OP_CLINIC = (
    "Pre op assessment clinic. Booking form and waiting list entry say R TKR. Pt, clinic letter "
    "and x-rays all say L knee (R knee was done 2019). Booking corrected on the system and "
    "surgeon's secretary informed, 5 weeks before the date of surgery. Reporting so the booking "
    "team can look at how the wrong side was entered."
)


@pytest.mark.parametrize(
    "text",
    [
        AUDIT_AFTER_ANOTHER_TRUSTS_WIRE,
        "A neighbouring trust had a retained guidewire after a femoral line last month. We "
        "audited 30 central line insertions on our ICU: 5 had no record of the wire being "
        "removed. No patient harmed. Reporting for shared learning.",
        "Safety bulletin: retained swab after caesarean section at another hospital. Our audit "
        "of swab count sheets in obstetric theatres found 4 unsigned. Logging for the audit "
        "record so the count sheet can be changed.",
        "After a retained guide wire at another trust we reviewed our CVC checklist; 3 of 15 did "
        "not have the guidewire removal box ticked. No wires retained here.",
    ],
)
def test_item_left_at_another_trust_is_not_this_reports(text: str) -> None:
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "CXR after CVC insertion showed the guidewire still in the IVC. Retained guidewire, "
        "removed by IR. Never event declared.",
        "Swab found retained on the post op x-ray after a laparotomy here; returned to theatre "
        "for removal.",
    ],
)
def test_item_left_here_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize(
    "text",
    [
        LENS_AS_PLANNED_BIOMETRY_WRONG,
        "Refractive surprise after R cataract surgery, pt +2.5D. The IOL inserted was the IOL "
        "planned. Biometry repeated: keratometry had been entered wrongly.",
        "Refractive surprise post phaco. The lens used was the lens planned (21.0D); the axial "
        "length scan was poor quality. Lens exchange offered.",
    ],
)
def test_planned_lens_put_in_is_no_wrong_implant(text: str) -> None:
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "Refractive surprise after L phaco. The lens implanted was 24.0D instead of the planned "
        "21.0D: the wrong lens was taken from the shelf.",
        "Pt's lens was a 19.5D, planned 22.0D. Wrong lens implanted in the R eye.",
        # (dev-122031: the lens chosen for the next patient is no plan of this one's)
        "On post-op review refraction far off target. Investigation found the IOL implanted was "
        "the lens selected for the next pt on the list (different power).",
    ],
)
def test_lens_other_than_planned_stays_never_event_2(text: str) -> None:
    assert never_event_codes(text) == ("2", None)


@pytest.mark.parametrize(
    "text",
    [
        BOOKING_PUT_RIGHT_AT_PRE_OP_CLINIC,
        "Pre-assessment: waiting list says L THR, but the pt, letter and x-ray all say R hip "
        "(L hip was replaced 2017). Booking corrected 3 weeks before surgery. Wrong side on the "
        "booking reported for the booking team.",
        "Pre op clinic. Listing said R TKR; clinic letter and pt say L (R knee done 2018). "
        "Booking amended 4 weeks before the operation. Logged so the listing team can see how the "
        "wrong side was entered.",
    ],
)
def test_booking_side_put_right_weeks_ahead_is_nothing(text: str) -> None:
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "At sign in the list said R TKR but the pt, consent and x-rays all say L knee (R knee "
        "was done 2019). List corrected before anaesthetic. Wrong side on the list.",
    ],
)
def test_booking_side_caught_at_the_day_checks_stays_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


PATIENTS_OWN_MARK = (
    "Pt arrived at admissions having drawn an arrow on her own LEFT knee in biro at home ('read "
    "on the internet to do it'). She is listed and consented for a R knee arthroscopy. Surgeon "
    "explained, L arrow removed with alcohol wipe and R marked by surgeon. Pt understood. Logged "
    "for information."
)


@pytest.mark.parametrize(
    "text",
    [
        PATIENTS_OWN_MARK,
        "Pt had drawn a cross on his own left ankle with a felt pen before coming in. Listed and "
        "consented for R ankle arthroscopy. Cross wiped off on the ward and the R ankle marked by "
        "the registrar.",
        "Man came to day surgery with an arrow on his own right hand, drawn himself. Consented for "
        "L carpal tunnel release. Arrow removed, L marked by the surgeon. For information.",
    ],
)
def test_patients_own_mark_wiped_off_is_nothing(text: str) -> None:
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "Consented for R knee arthroscopy. The F1 marked the LEFT knee on the ward. Noticed at "
        "sign in, mark removed and R knee marked by the surgeon before anaesthetic.",
        "Listed for L hallux valgus correction. R foot prepped and draped. Stopped at time out, "
        "re-prepped the L foot.",
    ],
)
def test_team_marking_or_prepping_the_wrong_side_stays_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


OTHER_PATIENTS_MRI = (
    "Knee clinic: MRI reviewed for pt was for a different pt with the same name on PACS "
    "(different DOB). Pt was told he had a meniscal tear and would be listed for L knee "
    "arthroscopy. The secretary noticed the DOB mismatch when typing the letter, before the pt "
    "was put on the list. Correct MRI shows no tear. Pt recalled to clinic and apologised to."
)


@pytest.mark.parametrize(
    "text",
    [
        OTHER_PATIENTS_MRI,
        "Shoulder clinic: the scan discussed belonged to a different patient with the same name "
        "(DOB did not match). Pt was going to be listed for a decompression. Error noticed by the "
        "registrar before the patient was listed. Correct scan reviewed, no surgery needed.",
        "Hand clinic. X-rays of another pt with the same surname were reviewed and a trigger "
        "finger release planned. Hospital number mismatch noticed before booking. Pt contacted "
        "and apologised to.",
    ],
)
def test_other_patients_scan_found_before_listing_is_nothing(text: str) -> None:
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "Wrong patient brought to theatre for a knee arthroscopy - a different pt with the same "
        "name. Identity check at sign in showed the DOB did not match; sent back to the ward "
        "before anything was done.",
    ],
)
def test_wrong_patient_stopped_at_the_checks_stays_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


EVAR_LIMB_HANDED_UP = (
    "EVAR in hybrid theatre. Plan (sizing on CT by the consultant) was a 16-120mm iliac limb "
    "for the L side. The limb handed up and flushed on the back table was 16-100mm. Consultant "
    "checked the label against the sizing sheet before introducing it and stopped. Correct limb "
    "opened. 100mm device opened and wasted (approx £2k). Devices are stored together in the IR "
    "stock room, labels look identical except the length."
)


@pytest.mark.parametrize(
    "text",
    [
        EVAR_LIMB_HANDED_UP,
        "Hip hemiarthroplasty. Templated for a size 47 head. The head handed up by the scrub "
        "nurse was a 45. Surgeon checked the box against the plan before impacting it and "
        "stopped. Correct head opened.",
        "TAVI: plan was a 26mm valve. The valve handed up for crimping was 23mm. Noticed by the "
        "consultant at the check before it was loaded. 26mm valve opened.",
    ],
)
def test_wrong_size_implant_handed_up_and_caught_is_near_miss_2(text: str) -> None:
    assert never_event_codes(text) == (None, "2")


@pytest.mark.parametrize(
    "text",
    [
        "EVAR. Plan was a 16-120mm iliac limb. The limb handed up was 16-100mm and it was "
        "deployed in the L iliac; found short on the completion angiogram, extension needed. "
        "Wrong size limb implanted.",
    ],
)
def test_wrong_size_implant_put_in_stays_never_event_2(text: str) -> None:
    assert never_event_codes(text) == ("2", None)


TWO_MAJOR_HAEMORRHAGES = (
    "2 major haemorrhage calls running at same time in ED (resus 2 - upper GI bleed, known A pos; "
    "resus 4 - trauma, group O pos confirmed on first sample at 18:50). Lab sent group specific A "
    "pos red cells for the resus 2 pt in the MH box. Box was placed in resus 4 by the runner. "
    "Unit was checked by 1 nurse against the compatibility form only, not the wristband. Approx "
    "120ml A pos RBC transfused to the group O pt before the transfusion practitioner arrived "
    "and noticed the name. Stopped immediately. Pt became hypotensive, dark urine in catheter "
    "bag, treated as acute haemolytic transfusion reaction."
)


@pytest.mark.parametrize(
    "text",
    [
        TWO_MAJOR_HAEMORRHAGES,
        "Two patients in theatre recovery, bay 1 known B pos, bay 2 a lady whose group was O "
        "neg. B pos red cells given to the group O lady by mistake, about 50ml before it was "
        "stopped. Haemolysis screen sent.",
        "Bed 3 known group A. The A neg unit for bed 3 was hung on bed 4. Around 100ml of A neg "
        "RBC transfused to the group O patient in bed 4 before the error was noticed.",
    ],
)
def test_unit_given_to_the_other_patients_group_is_never_event_12(text: str) -> None:
    assert never_event_codes(text) == ("12", None)


@pytest.mark.parametrize(
    "text",
    [
        "Bed 3 known group O. The O neg unit for bed 3 was hung on bed 4. About 100ml of O neg "
        "RBC transfused to the group A patient in bed 4 before the name was noticed. No "
        "reaction; wrong patient's unit but ABO compatible.",
    ],
)
def test_unit_given_to_a_compatible_group_stays_null(text: str) -> None:
    assert never_event_codes(text) == NOTHING


LEVEL_COUNTED_FROM_WHAT_WAS_TAKEN_FOR_S1 = (
    "Lumbar decompression L4/5. Pre incision level check: needle placed and image taken, marked "
    "the skin as L4/5. Before incision the consultant asked the radiographer to count up from "
    "the sacrum again on a larger view and it was L3/4 - the first count started at what was "
    "taken to be S1 on a poor lateral. Skin re-marked L4/5, incision made at the correct level. "
    "Normal anatomy on MRI. No harm."
)


@pytest.mark.parametrize(
    "text",
    [
        LEVEL_COUNTED_FROM_WHAT_WAS_TAKEN_FOR_S1,
        "ACDF C5/6 planned. Level marked with a needle on II. Before incision the registrar "
        "recounted from C2: the first count had started from what was thought to be C7. Correct "
        "level marked and surgery proceeded. No harm.",
        "L3/4 microdiscectomy. Skin marked after the first image. Before the incision the "
        "surgeon counted again: the count had been done from what was assumed to be L5 on a "
        "poor image. Re-marked one level lower before any incision.",
    ],
)
def test_level_counted_from_a_misidentified_vertebra_caught_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(
    "text",
    [
        "Lumbar decompression L4/5. The count started at what was taken to be S1 on a poor "
        "lateral and the L3/4 level was decompressed. Post-op MRI showed the L4/5 stenosis "
        "untouched. Normal anatomy. Returned to theatre.",
    ],
)
def test_level_miscounted_and_operated_stays_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)
