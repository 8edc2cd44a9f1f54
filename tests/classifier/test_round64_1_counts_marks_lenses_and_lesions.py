"""Round 64, helper 1: what a count board, a faded mark, a lens's eye and a lesion's plan say
about wrong site, wrong implant and retained items.

- An item or a time "not written on the board" is a gap in the records, not an item left in:
  a tourniquet time not recorded is no retained object; a swab short at closure and found
  before the wound was closed stays near miss 3 even when extra swabs were not written up. A
  pack found in the throat or oropharynx is a retained-item finding (near miss 3 before
  extubation, never event 3 in recovery).
- "It came out that ..." is something coming to light, and "pt recovered well on the ward" is
  the patient getting better: neither is an item coming out or retrieved after closure.
- Portals or an incision on the wrong side closed with detail told between ("L portals closed
  with steristrips, pt re-prepped and R knee done as planned") is the redo after a wrong-site
  start: never event 1, not a procedure done as planned.
- The lesion taken off told as "the one not for excision" is a wrong site; "removed the lower
  of the two" names no lower tooth (no wrong-tooth exclusion), and an error "realised after
  closing" reached the patient.
- A lens power or biometry printout named with the eye it was for ("IOL power for the right
  eye", "the RE printout") is the lens's side, not the side planned for the operation: a right
  eye's lens put in the listed left eye is never event 2, not 1.
- A site mark told as faded and redrawn in the next sentence on its own side is a mark renewed:
  no near miss 1. A mark on the wrong side put right stays near miss 1.
- A complaint that an extra procedure was never agreed to, shown to be the planned, consented
  contingency, is no wrong procedure; one shown not to be consented stays never event 1.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

TIMES_NOT_ON_THE_BOARD = [
    "L TKR. tourniquet inflated for 2 hrs 40 min, inflation time never written on the "
    "whiteboard and no one called the time. pt has a foot drop post op, nerve conduction "
    "studies requested.",
]

SWAB_FOUND_BEFORE_CLOSURE_WITH_BOARD_GAP = [
    "closing count for open splenectomy - one large swab short (8 out, 7 back). "
    "closure stopped. swab found under the costal margin retractor, removed, recount "
    "correct & abdomen closed. at the debrief we learnt 4 extra swabs given out mid "
    "case were not written up on the count board. pt recovered normally on the ward",
]

PACK_IN_THE_THROAT = [
    (
        "tonsillectomy. throat pack put in by anaesthetist. at the end the ODP asked about the "
        "pack before extubation, pack found in the oropharynx and removed before the tube came "
        "out. no harm.",
        (None, "3"),
    ),
    (
        "pt coughing in recovery after septoplasty, throat pack found in the throat by the "
        "recovery nurse and removed. pack not recorded at the end of the case.",
        ("3", None),
    ),
]

CAME_TO_LIGHT_AND_RECOVERED = [
    "abdominal hysterectomy: closing count one swab short, closing stopped, swab found in the "
    "pelvis and removed, count correct, abdomen closed. at the huddle it came out that 2 swabs "
    "had been added without telling the scrub nurse. pt recovered well on the ward.",
]

ITEM_FOUND_AFTER_CLOSURE = [
    "wound closed and count signed as correct. on day 3 on the ward an xray showed a swab in "
    "the pelvis, recovered from the pelvis at relook laparotomy.",
]

WRONG_SIDE_PORTALS_THEN_REDONE = [
    "listed L shoulder arthroscopy. R shoulder prepped by the reg, two portals made in the R "
    "shoulder before the consultant asked about the arrow. R portals closed with sutures, pt "
    "turned and re-draped and L shoulder done as planned.",
]

SIDE_DONE_AS_PLANNED = [
    "listed L shoulder arthroscopy. L shoulder marked, prepped and draped, two portals made and "
    "the L shoulder done as planned. no issues.",
]

LESION_NOT_FOR_EXCISION = [
    "practice nurse minor ops list. pt booked for removal of a skin tag on the R neck "
    "(GP photo shows 2 tags side by side). I took off the upper of the two, which on "
    "the photo was the one not for removal; realised after closing when I compared the "
    "photo with the site. no marking done with the pt before LA. pt told, apologised, "
    "correct tag removed next week.",
]

LESION_LEFT_ALONE = [
    "minor surgery. two moles on the R calf, only one for removal. the smaller one was not for "
    "removal and was left alone. correct mole excised, closed with 3 sutures, no issues.",
]

LENS_FOR_THE_OTHER_EYE_PUT_IN = [
    "Mr P Hale, 2nd eye cataract (RE) 03/06. day 1 vision poor, refraction about +5.00 "
    "when aiming for plano. notes reviewed: the biometry sheet in theatre was the LE "
    "sheet from his first op in Jan - lens power for the left eye was chosen and put "
    "into the right. the lens was read back at time out against that sheet so the "
    "check passed but against the wrong eye. booked for lens exchange, consultant "
    "spoke to him and his wife",
]

LENS_IN_THE_WRONG_EYE = [
    "R cataract listed and consented. lens inserted into the left eye, wrong eye operated on. "
    "consultant informed, DoC done.",
]

MARK_FADED_AND_REDRAWN = [
    "the arrow on the L hip had faded after the pt showered, barely visible on arrival in the "
    "anaesthetic room. reg re-marked the L hip before sign in, correct side throughout.",
]

WRONG_MARK_PUT_RIGHT = [
    "listed for L TKR but the arrow was on the R knee. noticed in the anaesthetic room, reg "
    "re-marked the left knee before sign in.",
]

CONTINGENCY_COMPLAINED_OF = [
    "Complaint from pts son: during his mum's hernia repair the surgeon 'also did an "
    "operation on her bowel she never agreed to'. Consent form checked - signed by pt, "
    "lists 'hernia repair +/- small bowel resection' with risks. bowel found "
    "ischaemic, resected as the agreed contingency. Consultant met the family; son "
    "says this was never explained.",
]

EXTRA_PROCEDURE_NOT_CONSENTED = [
    "pt complains the surgeon removed her ovary during the hysterectomy, a procedure she never "
    "agreed to. consent form reviewed: only the hysterectomy listed, the ovary not consented. "
    "consultant apologised.",
]


@pytest.mark.parametrize("text", TIMES_NOT_ON_THE_BOARD)
def test_a_time_not_on_the_board_is_no_retained_item(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", SWAB_FOUND_BEFORE_CLOSURE_WITH_BOARD_GAP)
def test_swab_found_before_closure_stays_nm3_with_a_board_gap(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize(("text", "codes"), PACK_IN_THE_THROAT)
def test_pack_found_in_the_throat(text: str, codes: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == codes


@pytest.mark.parametrize("text", CAME_TO_LIGHT_AND_RECOVERED)
def test_came_to_light_and_recovered_are_no_retrieval(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize("text", ITEM_FOUND_AFTER_CLOSURE)
def test_item_recovered_after_closure_stays_ne3(text: str) -> None:
    assert never_event_codes(text)[0] == "3"


@pytest.mark.parametrize("text", WRONG_SIDE_PORTALS_THEN_REDONE)
def test_wrong_side_portals_closed_then_redone_is_ne1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", SIDE_DONE_AS_PLANNED)
def test_side_done_as_planned_is_nothing(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", LESION_NOT_FOR_EXCISION)
def test_lesion_not_for_excision_removed_is_ne1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", LESION_LEFT_ALONE)
def test_lesion_not_for_removal_left_alone_is_nothing(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", LENS_FOR_THE_OTHER_EYE_PUT_IN)
def test_other_eyes_lens_put_in_the_listed_eye_is_ne2(text: str) -> None:
    assert never_event_codes(text) == ("2", None)


@pytest.mark.parametrize("text", LENS_IN_THE_WRONG_EYE)
def test_lens_in_the_unlisted_eye_stays_ne1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", MARK_FADED_AND_REDRAWN)
def test_faded_mark_redrawn_on_its_side_is_no_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", WRONG_MARK_PUT_RIGHT)
def test_wrong_side_mark_put_right_stays_nm1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", CONTINGENCY_COMPLAINED_OF)
def test_consented_contingency_complained_of_is_no_wrong_procedure(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", EXTRA_PROCEDURE_NOT_CONSENTED)
def test_extra_procedure_not_consented_stays_ne1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)
