"""Round 67 (helper 5): themes read in mental health, learning disability and prison reports.

- A bag or liner of any kind over the head or face ("a plastic carrier bag over his head",
  "a bin liner pulled over her face") is an act of self-harm, as "plastic bag over" was; bags
  of belongings, or a bag valve mask held over the face, are no such act.
- A thing thrown over or at another person, told with what was thrown ("threw a mug of hot
  coffee over another resident", "threw her dinner plate at the HCA"), is an assault;
  vomit ("threw up over the nurse") is not.
- A scratch to a wrist, hand, forearm or thigh of the patient's own ("scratched her R wrist
  with a paperclip") is self-injury, not an assault; a scratch given to a member of staff
  still is one.
- A sheet or book people sign in on ("visitor sign in book") is no surgical sign-in, so no
  treatment_procedure; a surgical sign-in missed before an operation still is.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

SELF_HARM = "self_harm"
BEHAVIOUR = "behaviour_abuse_safeguarding"
PROCEDURE = "treatment_procedure"

BAG_OVER_HEAD = [
    "on the 02:00 check resident found lying on her bed with a shopping bag pulled over her "
    "head, staff removed it straight away, she was pink and talking.",
    "pt found in the quiet room with a polythene bin liner over his face, removed, sats 98%.",
]

BAG_NOT_OVER_HEAD = [
    "2 bags of his clothes left by his son at reception, taken to his room by the HCA.",
    "crash call, ambu bag held over his face by the outreach nurse until the anaesthetist "
    "arrived, sats recovered to 94%.",
]

THROWN_AT_SOMEONE = [
    "resident threw a mug of hot coffee over another resident at breakfast, red mark to arm.",
    "pt became angry about leave and threw her full dinner plate at the HCA, no injury.",
]

THROWN_UP_OVER_SOMEONE = [
    "pt threw up over the nurse after her lunch, clothes changed, obs stable.",
]

OWN_SCRATCH = [
    "young person on 2:1 scratched her R wrist with a paperclip, 3 superficial marks cleaned.",
]

SCRATCH_TO_STAFF = [
    "pt scratched the HCA on her forearm during personal care, skin broken, first aid given.",
]

SIGN_IN_RECORD = [
    "estates check of the family room: window restrictor cable snapped, visitor sign in book "
    "shows the room unused since Monday. room locked and job logged.",
]

SURGICAL_SIGN_IN = [
    "sign in not done before the knee arthroscopy, surgeon started without the checklist.",
]


@pytest.mark.parametrize("text", BAG_OVER_HEAD)
def test_a_bag_over_the_head_is_self_harm(text: str) -> None:
    assert SELF_HARM in theme_ids(text)


@pytest.mark.parametrize("text", BAG_NOT_OVER_HEAD)
def test_bags_of_belongings_are_no_self_harm(text: str) -> None:
    assert SELF_HARM not in theme_ids(text)


@pytest.mark.parametrize("text", THROWN_AT_SOMEONE)
def test_a_thing_thrown_over_or_at_someone_is_an_assault(text: str) -> None:
    assert BEHAVIOUR in theme_ids(text)


@pytest.mark.parametrize("text", THROWN_UP_OVER_SOMEONE)
def test_vomit_over_someone_is_no_assault(text: str) -> None:
    assert BEHAVIOUR not in theme_ids(text)


@pytest.mark.parametrize("text", OWN_SCRATCH)
def test_a_scratch_to_her_own_wrist_is_self_harm_not_assault(text: str) -> None:
    themes = theme_ids(text)
    assert SELF_HARM in themes
    assert BEHAVIOUR not in themes


@pytest.mark.parametrize("text", SCRATCH_TO_STAFF)
def test_a_scratch_given_to_staff_is_still_an_assault(text: str) -> None:
    assert BEHAVIOUR in theme_ids(text)


@pytest.mark.parametrize("text", SIGN_IN_RECORD)
def test_a_sign_in_book_is_no_surgical_sign_in(text: str) -> None:
    assert PROCEDURE not in theme_ids(text)


@pytest.mark.parametrize("text", SURGICAL_SIGN_IN)
def test_a_missed_surgical_sign_in_is_still_a_procedure(text: str) -> None:
    assert PROCEDURE in theme_ids(text)
