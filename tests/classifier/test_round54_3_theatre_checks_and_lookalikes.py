"""Round 54, helper 3: theatre checks, counts and implant records (never events 1, 2 and 3).

- Another lens or implant chosen with the patient when the planned one was out of stock, and
  written up: an intentional documented change, not a wrong implant.
- A patient who came to have her contraceptive device taken out and had a new one put in: a
  procedure she did not come for (wrong procedure, never event 1); one who came for a removal
  and refit is not.
- A drill bit snapped while drilling a bone and taken out before closure: near miss 3; left in
  and not noticed it stays never event 3.
- A complaint of a "wrong knee" injected, the records and the act all naming the same knee and
  the report's own verdict "so not a wrong site injection": no never event.
- A swab missing at the count and found in the suction canister: outside the patient, null;
  "checked with suction ... not there" is the search, not a suction failure.
- A site mark on the wrong digit corrected at time out ("arrow redone", "no LA given up to that
  point"): near miss 1; an LA told as given into the digit still reaches.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, theme_ids


@pytest.mark.parametrize(
    "text",
    [
        "Cataract list. The +19.5D lens on the biometry was not in stock this morning. Surgeon "
        "discussed with the pt before going in and chose +20.0D of the same lens, aiming a "
        "little myopic; pt agreed. Written on the consent form and op note. Scrub nurse "
        "datixed it as a wrong lens.",
        "planned 54 cup unavailable (loan kit late). consultant discussed with patient on the "
        "morning and then selected a 52 cup of the same system, recorded in the op note.",
    ],
)
def test_implant_chosen_with_the_patient_is_no_wrong_implant(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_wrong_lens_put_in_is_still_a_wrong_implant() -> None:
    text = (
        "Planned +21.0D IOL. The +12.0D lens was opened and implanted in error, found at the "
        "post-op check. Discussed with pt and agreed to exchange the lens next week."
    )
    assert never_event_codes(text) == ("2", None)


@pytest.mark.parametrize(
    "text",
    [
        "Sexual health clinic. Pt came to have her Nexplanon taken out as she wants to start a "
        "family. The clinic template still said 'implant change'. Old rod removed and a new "
        "Nexplanon inserted. Pt realised at home and returned to have it taken out.",
        "Gynae OP. Lady attended to have her coil removed as she is starting IVF. The old IUS "
        "was removed and a new Mirena fitted from the tray set up for a change. She noticed "
        "the threads at her next scan.",
    ],
)
def test_new_device_put_in_when_only_removal_sought_is_wrong_procedure(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt attended for coil removal and refit. Old IUS removed and a new Mirena inserted. "
        "No complications.",
        "Pt came to have her implant removed, wanted a new one fitted. Old Nexplanon out and "
        "new Nexplanon inserted under LA.",
    ],
)
def test_removal_and_refit_sought_is_no_wrong_procedure(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Distal radius ORIF. 2.5mm drill bit broke drilling the radius. Fragment seen on the "
        "image intensifier and retrieved with fine forceps before closure. Check image clear.",
        "tibial plateau fixation - drill bit snapped whilst drilling the tibia, tip located on "
        "II and removed before the wound was closed.",
    ],
)
def test_drill_bit_broken_in_bone_and_retrieved_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


def test_drill_bit_fragment_found_on_post_op_film_stays_a_never_event() -> None:
    text = (
        "Ankle ORIF. Drill bit snapped drilling the fibula, not noticed at the time. Post op "
        "x-ray shows the bit tip in the fibula. Pt informed."
    )
    assert never_event_codes(text) == ("3", None)


def test_complaint_of_wrong_knee_with_records_and_act_agreeing_is_null() -> None:
    text = (
        "Complaint: pt says the 'wrong knee' was steroid injected in clinic. Referral, consent "
        "and procedure note all say R knee and the R knee was injected. She had told the "
        "nurse the L was worse now, this was not passed on. So not a wrong side injection. "
        "L knee booked for review."
    )
    assert never_event_codes(text) == (None, None)


def test_wrong_knee_injected_against_the_consent_stays_a_never_event() -> None:
    text = (
        "MSK clinic. Consent and referral for R knee steroid injection. The L knee was "
        "injected in error, noticed when writing the procedure note. Pt informed."
    )
    assert never_event_codes(text) == ("1", None)


SWAB_IN_CANISTER = (
    "tonsillectomy, one swab missing at the final count. mouth and pharynx checked with a "
    "mirror and suction before extubation - not there. found in the suction canister when the "
    "liner was changed. count then correct, pt extubated."
)


def test_swab_found_in_suction_canister_is_null() -> None:
    assert never_event_codes(SWAB_IN_CANISTER) == (None, None)


def test_search_made_with_suction_is_no_device_failure() -> None:
    assert "medical_device" not in theme_ids(SWAB_IN_CANISTER)


def test_suction_not_working_is_still_a_device_failure() -> None:
    text = "Pt vomiting in recovery, suction not working at the bedside, portable brought in."
    assert "medical_device" in theme_ids(text)


def test_swab_left_in_the_mouth_found_in_recovery_stays_a_never_event() -> None:
    text = (
        "Tonsillectomy. Count recorded as correct. In recovery the pt was coughing and a "
        "tonsil swab was found in the oropharynx and removed by the anaesthetist."
    )
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize(
    "text",
    [
        "Carpal tunnel and trigger finger list. Consent = R ring finger, mark drawn on the R "
        "little finger. At time out the pt said it is the ring finger that clicks. Arrow "
        "redone, no LA given up to that point.",
        "Trigger thumb release listed L. arrow on the L index finger. Picked up at the time out "
        "checking the clinic letter. mark redone before any local.",
    ],
)
def test_mark_on_wrong_digit_corrected_at_time_out_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


def test_la_into_the_wrong_digit_before_the_check_stays_a_never_event() -> None:
    text = (
        "Trigger finger release. consent L middle finger. LA given into the L ring finger "
        "before the surgeon noticed the mark was on the middle. Procedure then done on the "
        "middle finger."
    )
    assert never_event_codes(text)[0] == "1"
