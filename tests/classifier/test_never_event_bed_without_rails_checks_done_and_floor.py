"""Round 24 (sixth pass): a bed told as having no rails (the head wedged against a wall is no
rail entrapment); a rail gap judged only by what it could take; a named safety check told as
done ("correct side, stop before you block done") read as a redo on the correct side; a ward's
floor told in brackets after its name. Each cue that can rule a never event out is shown in
innocent roles with the event still reached."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


# ---------------------------------------------------------------- 11: bed with no rails
@pytest.mark.parametrize(
    "text",
    [
        "Resident found in the early hours slumped at the foot of the bed, his head pushed "
        "against the wall and his neck bent. The bed had no rails fitted (not indicated). "
        "Helped back to bed, no marks.",
        "Pt slid down between the mattress and the radiator, head wedged against the pipe. "
        "Bed without bed rails as per assessment. Staff freed her, obs stable.",
    ],
)
def test_bed_without_rails_is_no_rail_entrapment(text: str) -> None:
    assert never_event_codes(text)[0] != "11"


@pytest.mark.parametrize(
    "text",
    [
        # the no-rails words name the bed moved to afterwards
        "Pt found with her neck trapped between the bed rail and the mattress, cyanosed, "
        "freed by staff. She was moved to a low bed with no rails fitted.",
        # ... another bed in the room
        "Resident's head and neck wedged in the gap of the cot side overnight, bruising to "
        "the neck found at 6am. The other bed in the room has no cot sides fitted.",
        # ... the plan from now on
        "Pt's chest trapped under the bed rail after he slid down the bed, bruising across "
        "the chest. Plan: a bed without rails from now on.",
    ],
)
def test_rail_entrapment_survives_no_rails_words(text: str) -> None:
    assert never_event_codes(text) == ("11", None)


# ------------------------------------------------------- 11: a gap judged, nobody in it
def test_rail_gap_judged_by_size_only_is_no_entrapment() -> None:
    text = (
        "Son worried the gap between his father's bed rails and the mattress is wide enough "
        "for his head to fit through; asked for rail covers. Covers fitted the same day."
    )
    assert never_event_codes(text)[0] != "11"


@pytest.mark.parametrize(
    "text",
    [
        "Pt's head caught in the gap between the bed rail and the mattress, neck compressed, "
        "freed by the HCA. Rail bumpers had not been fitted.",
        "Found with his neck stuck in the gap between the cot side and the mattress, "
        "struggling to breathe. Released and reviewed by the doctor.",
        "Resident's chest wedged in the gap between the two split rails, marks across chest.",
    ],
)
def test_body_in_the_rail_gap_is_never_event_11(text: str) -> None:
    assert never_event_codes(text) == ("11", None)


# -------------------------------------------------- 1: a safety check told as done
def test_check_done_on_the_correct_side_is_no_redo() -> None:
    text = (
        "R adductor canal block for TKR (correct side, stop before you block done). 20 min "
        "later pt had perioral tingling then a seizure; LA total over the max dose for her "
        "weight. Intralipid given, recovered."
    )
    assert never_event_codes(text)[0] != "1"


@pytest.mark.parametrize(
    "text",
    [
        "Consent and marking for R knee arthroscopy. Time out done. Surgeon made portals in "
        "the L knee; realised, closed and operated on the correct side.",
        "Femoral nerve block performed on the L leg, consent for R TKR. The anaesthetist did a "
        "second block on the correct side after stop before you block was done again.",
        "Planned L4/5 decompression; L3/4 decompressed in error. The correct level was then "
        "decompressed; sign in and time out had been completed.",
    ],
)
def test_wrong_site_survives_a_check_told_as_done(text: str) -> None:
    assert never_event_codes(text)[0] == "1"


# --------------------------------------------------------- 10: ground floor in brackets
def test_ground_floor_ward_in_brackets_is_no_fall_from_height() -> None:
    text = (
        "Pt on Birch ward (ground floor) climbed out through her bedroom window, the "
        "restrictor had been removed. Found in the park 2 hours later by security."
    )
    assert never_event_codes(text)[0] != "10"


@pytest.mark.parametrize(
    "text",
    [
        "Pt climbed out of the 2nd floor bedroom window, restrictor found broken, and fell to "
        "the car park. Fractured pelvis and wrist. Now nursed on Cedar ward (ground floor) "
        "while awaiting surgery.",
        "Admitted to Oak unit (ground floor) in March and moved upstairs in May. On the 3rd "
        "floor today. Restrictor had been removed, pt fell from the window of her room onto "
        "the roof below; head injury.",
        "Fell from the first floor window, the restrictor was missing; fractured ankle. "
        "Reviewed in ED. Discharged to Ash ward (ground floor) after surgery.",
        # the ground-floor ward and the upper floor of the fall in one sentence
        "Pt on Ash ward (ground floor) went up to the 2nd floor day room, opened the window "
        "whose restrictor had been removed and fell to the courtyard.",
    ],
)
def test_fall_from_height_survives_a_ground_floor_ward_told_elsewhere(text: str) -> None:
    assert never_event_codes(text)[0] == "10"
