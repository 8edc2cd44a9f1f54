"""Round 61, helper 2: a sign-out after the catch, routes told at length, a patient's good
limb, an implant found to be the other side's, a passive "nothing was pushed" and a blood unit
beside an implant operation.

- A retained item found and removed before closure, then "WHO sign out done": the sign-out told
  after the catch ends a procedure the item had already left, near miss 3. A sign-out with the
  count correct and the swab found weeks later stays never event 3.
- An IV medicine injected into a port that sits on the epidural ("IV cyclizine pushed into the
  port on the epidural filter") is the other direction, outside never event 5. An epidural
  medicine put into the IV line stays never event 5.
- An epidural medicine put into the IV giving set "instead of the epidural catheter", with a
  side named later ("both lines on the same side"): a route error, not wrong site surgery,
  never event 5. A joint injected on the other side stays never event 1.
- The patient's "good arm" or "good leg" told by what the patient did with it (hit out, pushed
  up) is no site operated on: null. An operation on the good leg stays never event 1.
- A side-specific implant opened and found at the check to be the other side's part ("it was
  a RIGHT ... component (right size, wrong side)"), not implanted: a wrong implant caught, near
  miss 2, not near miss 1. Portals made on the wrong knee stay never event 1.
- An oral liquid connected to a line, told "nothing was pushed": the plunger never went in,
  near miss 5. An oral liquid pushed through the line stays never event 5.
- A blood unit told as "not spiked" beside a hip hemiarthroplasty is a blood unit, not a wrong
  implant: null. A knee implant opened for a different patient stays near miss 2.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

SIGN_OUT_AFTER_THE_CATCH = [
    "swab count short by one at the end of the open appendicectomy. re-looked, the pack found "
    "in the pelvis and removed before closure of the skin. WHO sign out done, count reconciled "
    "on the board.",
]

SIGN_OUT_THEN_FOUND_LATER = [
    "sign out done with all counts correct. pt home the next day. swab found on CT 3 weeks "
    "later in the abdomen, taken back to theatre.",
]

IV_MEDICINE_INTO_A_PORT_ON_THE_EPIDURAL = [
    "the SHO meant to give IV cyclizine 50mg and pushed it into the port on the epidural filter "
    "by mistake, realised at once, anaesthetist informed.",
]

EPIDURAL_MEDICINE_INTO_THE_IV = [
    "the epidural top up of 10ml 0.25% bupivacaine was injected into the side port of the IV "
    "giving set instead of the epidural catheter, pt had perioral tingling.",
]

EPIDURAL_MEDICINE_INTO_THE_IV_SIDE_NAMED = [
    "the epidural top up of 10ml 0.25% bupivacaine was injected into the side port of the IV "
    "giving set instead of the epidural catheter, both lines were on the same side of the bed. "
    "pt had perioral tingling.",
]

JOINT_INJECTED_ON_THE_OTHER_SIDE = [
    "the steroid injection was given into the L knee instead of the R knee as consented.",
]

GOOD_LIMB_USED_BY_THE_PATIENT = [
    "post op confused pt in recovery after a wrist plating, lashed out and hit the HCA with her "
    "good arm, security called.",
    "the patient pushed himself up the bed using his good leg after the ankle ORIF, no concerns.",
]

GOOD_LIMB_OPERATED_ON = [
    "the wrong leg was operated on, the surgeon operated on his good leg instead of the "
    "fractured one.",
]

OTHER_SIDES_IMPLANT_FOUND_AT_THE_CHECK = [
    "L THR. the cup was opened onto the trolley and at the check against the plan the ODP saw it "
    "was a RIGHT dual mobility component (right size, wrong side). not implanted, correct one "
    "fetched.",
    "L TKR. the tibial tray was opened and on reading the box again the scrub nurse found it was "
    "a right tibial component, wrong side. not yet cemented, swapped.",
]

PORTALS_ON_THE_WRONG_KNEE = [
    "L knee arthroscopy, portals made on the right knee, wrong side, noticed when the scope went "
    "in.",
]

ORAL_LIQUID_CONNECTED_NOTHING_PUSHED = [
    "lactulose drawn up in an IV syringe and connected to the PICC bung before a colleague asked "
    "what it was, nothing was pushed.",
]

ORAL_LIQUID_PUSHED_INTO_THE_LINE = [
    "oral morphine solution drawn up in a luer syringe and pushed through the midline by the "
    "agency nurse, 5ml given before the nurse in charge noticed.",
]

BLOOD_UNIT_BESIDE_AN_IMPLANT_OPERATION = [
    "the red cell unit brought to the anaesthetic room for the lady due a hip hemiarthroplasty "
    "was found at the bedside check to be for a different patient. unit not spiked.",
]

IMPLANT_FOR_ANOTHER_PATIENT_CAUGHT = [
    "at the time out the knee implant opened on the trolley was found to be for a different "
    "patient on the list, not implanted.",
]


@pytest.mark.parametrize("text", SIGN_OUT_AFTER_THE_CATCH)
def test_sign_out_after_the_catch_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize("text", SIGN_OUT_THEN_FOUND_LATER)
def test_item_found_after_the_sign_out_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", IV_MEDICINE_INTO_A_PORT_ON_THE_EPIDURAL)
def test_iv_medicine_into_a_port_on_the_epidural_is_not_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", EPIDURAL_MEDICINE_INTO_THE_IV)
def test_epidural_medicine_into_the_iv_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize("text", EPIDURAL_MEDICINE_INTO_THE_IV_SIDE_NAMED)
def test_epidural_medicine_into_the_iv_with_a_side_is_wrong_route(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize("text", JOINT_INJECTED_ON_THE_OTHER_SIDE)
def test_joint_injected_on_the_other_side_is_wrong_site(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", GOOD_LIMB_USED_BY_THE_PATIENT)
def test_good_limb_used_by_the_patient_is_no_wrong_site(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", GOOD_LIMB_OPERATED_ON)
def test_good_limb_operated_on_is_wrong_site(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", OTHER_SIDES_IMPLANT_FOUND_AT_THE_CHECK)
def test_other_sides_implant_found_at_the_check_is_near_miss_2(text: str) -> None:
    assert never_event_codes(text) == (None, "2")


@pytest.mark.parametrize("text", PORTALS_ON_THE_WRONG_KNEE)
def test_portals_on_the_wrong_knee_is_wrong_site(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", ORAL_LIQUID_CONNECTED_NOTHING_PUSHED)
def test_oral_liquid_connected_nothing_pushed_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "5")


@pytest.mark.parametrize("text", ORAL_LIQUID_PUSHED_INTO_THE_LINE)
def test_oral_liquid_pushed_into_the_line_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize("text", BLOOD_UNIT_BESIDE_AN_IMPLANT_OPERATION)
def test_blood_unit_beside_an_implant_operation_is_no_wrong_implant(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", IMPLANT_FOR_ANOTHER_PATIENT_CAUGHT)
def test_implant_for_another_patient_caught_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "2")
