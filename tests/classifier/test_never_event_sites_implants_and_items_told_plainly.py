"""Round 31 (never events 1 to 3): wrong sites, implants and retained items told plainly, by
non-clinical and second-language writers, or in revised reports.

- A needle, tube or device put into an organ named with its side ("put the needle and then the
  drain in the kidney on the left side") is the procedure done on that side.
- A check only claimed afterwards by the one who made the error ("said he had checked at sign
  in") caught nothing: the error that reached the patient stays a never event.
- A retrieval denied before the closing ("the guidewire had not been removed before the line
  was sutured") is an item left in, not one found before the closure.
- A lens labelled for the other eye, or two lens powers compared ("19.5D not the 21.0D"), is the
  wrong implant, not a wrong site; a wrong implant told as never put in ("Lens not inserted") is
  a catch wherever it is told.
- An implant that matched "the planned lens for the next patient" matched another patient's
  plan: no "as planned" exclusion.
- A toe or finger nail treated ("ingrown nail", "nail avulsion") is no nail implant; a
  "clip-on bed rail" is no surgical clip left in.
- A pack whose later removal the op note sets ("op note says remove at 8am next day") was left
  on purpose; a family worried "something had been left inside" raises a query that imaging
  may disprove.

Each suppressing cue is paired with narratives where its words appear in an innocent role and
the never event still reached the patient.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


# ------------------------------------------------------------------ device put into a sided organ
@pytest.mark.parametrize(
    "text",
    [
        "Radiographer IR. Request was for right nephrostomy, right kidney obstructed on CT. Pt "
        "prone, the doctor put the needle and then the drain in the kidney on the left side. I "
        "saw on the screen the left kidney was not dilated. Left drain removed, right done.",
        "HCA in day unit. The consent say left knee. Doctor pushed the needle into the knee on "
        "the right side and injected the steroid. Patient told us after it is the wrong knee.",
    ],
)
def test_device_put_into_an_organ_on_the_other_side_is_a_never_event(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


def test_probe_on_the_other_side_only_set_up_stays_a_near_miss() -> None:
    text = (
        "Listed for right nephrostomy. Ultrasound probe placed on the left side and skin "
        "cleaned, then at the pause the radiographer said the request is right. Moved to the "
        "right side before any needle, right nephrostomy done."
    )
    assert never_event_codes(text)[0] is None


# ------------------------------------------------------------------ a check only claimed afterwards
@pytest.mark.parametrize(
    "text",
    [
        "Booked for R TKR. The anaesthetist stated he had checked at sign in, but the adductor "
        "canal block was injected into the L thigh. Surgery went ahead on the right. Pt told.",
        "Student nurse. Pt listed for right carpal tunnel release. Surgeon said she had checked "
        "at time out but the incision was made on the left wrist. Pt informed by consultant.",
        "Consent for L hernia repair. Registrar claimed he had confirmed at sign in, the right "
        "groin was incised and the repair started before the mistake was seen.",
    ],
)
def test_a_check_only_claimed_does_not_make_a_near_miss(text: str) -> None:
    assert never_event_codes(text)[0] == "1"


def test_a_check_that_caught_the_side_stays_a_near_miss() -> None:
    text = (
        "Pt listed for R knee arthroscopy. The ODP said she had checked the consent at sign in "
        "and it read L, so the surgeon stopped before any incision and the list was corrected. "
        "No harm."
    )
    assert never_event_codes(text) == (None, "1")


# ------------------------------------------------------------------ retrieval denied before closure
@pytest.mark.parametrize(
    "text",
    [
        "Radiographer. CXR after CVC insertion in ED showed a wire in the IVC. The registrar "
        "confirmed the guidewire had not been removed before the line was sutured. To IR.",
        "The swab had not been removed before closure and was seen on the x-ray the next day.",
        "Post op film showed the guidewire was never taken out before the line was secured. "
        "Removed by IR.",
    ],
)
def test_a_retrieval_denied_before_closure_is_a_retained_item(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


def test_an_item_found_and_removed_before_closure_stays_a_near_miss() -> None:
    text = (
        "Count one swab short before closure. The surgeon found the swab in the pelvis and "
        "removed it before closing. Count then correct."
    )
    assert never_event_codes(text) == (None, "3")


# ------------------------------------------------------------------ lens for the other eye
def test_lens_labelled_for_the_other_eye_caught_is_an_implant_near_miss() -> None:
    text = (
        "Scrub nurse. During right phaco the runner opened the lens. At the lens check I read "
        "the box: right patient but labelled for the L eye (23.0D not the 21.5D planned for R). "
        "Lens not loaded, correct lens opened and inserted."
    )
    assert never_event_codes(text) == (None, "2")


def test_wrong_eye_lens_opened_told_as_not_inserted_is_a_near_miss() -> None:
    text = (
        "S: Lens for the wrong eye opened.\n"
        "B: Both eyes listed this month. Today = R eye. Runner opened the L eye IOL onto the "
        "trolley.\n"
        "A: Surgeon compared the box to the R biometry before injection, it did not match. "
        "Lens not inserted, correct one opened and implanted."
    )
    assert never_event_codes(text) == (None, "2")


@pytest.mark.parametrize(
    "text",
    [
        "Post op clinic: refraction far from target. The lens labelled for the L eye (24.0D) "
        "was implanted in the R eye instead of the 21.0D planned. Lens exchange booked.",
        "Wrong lens implanted: 19.0D not the 22.5D planned for the left eye. The lens was "
        "inserted and the error found at the first post op visit.",
    ],
)
def test_wrong_lens_implanted_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text) == ("2", None)


def test_lens_matching_another_patients_plan_is_a_wrong_implant() -> None:
    text = (
        "Optometrist. 1/52 post L phaco, vision poor, refraction -4.00. Biometry: planned IOL "
        "20.5D. The op record sticker says 24.0D - this matches the planned lens for the next "
        "patient on that list. Consultant informed, IOL exchange listed."
    )
    assert never_event_codes(text) == ("2", None)


# ------------------------------------------------------------------ body nails and clip-on fittings
def test_toe_nail_avulsion_on_the_wrong_side_from_a_referral_is_no_implant() -> None:
    text = (
        "Podiatry. Partial nail avulsion done on the L hallux as the referral said. Wife rang "
        "later: the ingrown nail is on the RIGHT big toe. The referral had the wrong side."
    )
    assert never_event_codes(text)[0] != "2"


def test_intramedullary_nail_of_the_wrong_side_stays_a_wrong_implant() -> None:
    text = "Wrong side IM nail put in: the left femoral nail was inserted into the right femur."
    assert never_event_codes(text) == ("2", None)


def test_clip_on_bed_rail_is_no_retained_clip() -> None:
    text = (
        "Care home. Resident found with her neck trapped between a clip-on bed rail and the "
        "mattress, not breathing. Paramedics called, ROLE."
    )
    assert never_event_codes(text)[0] != "3"


def test_surgical_clip_left_in_stays_a_retained_item() -> None:
    text = "The clip was left in the abdomen and seen on the CT scan after surgery."
    assert never_event_codes(text) == ("3", None)


# ------------------------------------------------------------------ planned packs and queries
@pytest.mark.parametrize(
    "text",
    [
        "HCA. Pt back from theatre with a nasal pack in, op note says remove at 9am next day. "
        "Not on the handover so it stayed in until the afternoon. Removed, no harm.",
        "Ward nurse. Vaginal pack documented on op note 'pack to be removed day 1 on ward'. "
        "Removed late on day 2 as missed at handover. No harm.",
    ],
)
def test_pack_left_with_a_later_removal_in_the_op_note_is_no_retained_item(text: str) -> None:
    assert never_event_codes(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        # the op note's removal set for the end of the operation: left in by mistake
        "Vaginal pack inserted after repair, the op note says remove before leaving theatre. "
        "It was not removed and was found retained on the ward the next morning.",
        # a drain's plan in the op note: the swab is another item
        "Op note says remove drain day 2. On day 4 CT showed a swab left in the pelvis after "
        "the hysterectomy, taken back to theatre.",
        # the op note says remove at the end, nothing said of a later removal
        "Throat pack noted in the op note, says remove at end of case. It was left in and "
        "found in recovery when the pt coughed it up.",
    ],
)
def test_op_note_words_in_an_innocent_role_keep_the_retained_item(text: str) -> None:
    assert never_event_codes(text)[0] == "3"


def test_family_worry_disproved_by_ct_is_no_retained_item() -> None:
    text = (
        "Day 8 after bowel resection, fever. Family worried something had been left inside. "
        "Counts correct at surgery and CT showed no foreign body - abscess drained by IR."
    )
    assert never_event_codes(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Day 6 post hysterectomy, pt worried something had been left inside. CT showed a "
        "retained swab in the pelvis, returned to theatre for removal.",
        "Family worried something was wrong as pain was worse. X-ray showed no fracture but a "
        "needle was seen in the abdomen, left in at the laparotomy.",
        "Pt worried something was not right after her section. Swab found in the vagina by the "
        "midwife on day 3, left in at the repair.",
    ],
)
def test_worry_words_with_the_item_found_stay_a_retained_item(text: str) -> None:
    assert never_event_codes(text)[0] == "3"


# ------------------------------------------------------------------ prep told in the base form
def test_wrong_side_prep_in_plain_words_caught_at_time_out_is_a_near_miss() -> None:
    text = (
        "Agency ODP. R inguinal hernia on the list. Pt asleep, me and the HCA prep the left "
        "side as I think the mark is there. At time out the surgeon read the consent and "
        "stopped us. We re-prep the right side. Nothing done on the left, pt fine."
    )
    assert never_event_codes(text) == (None, "1")


def test_wrong_side_prep_then_cut_in_plain_words_stays_a_never_event() -> None:
    text = (
        "Agency ODP. Right hernia on the list. We prep the left side and the surgeon cut the "
        "left groin before anyone checked the consent. Pt told after."
    )
    assert never_event_codes(text) == ("1", None)
