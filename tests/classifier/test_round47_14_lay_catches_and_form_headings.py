"""Round 47, helper 14: lay wording of never events and their catches, and form headings.

The contraction "I'd" is no I&D; a made-up dose "discarded, not given", a regimen put right
"before the next drug round" and an implant stopped "before the surgeon took it" are catches;
a tube "down the right side of his lungs", a head "between the top of the side rail and the
mattress" and tubing "on the air not the oxygen" are the events told in lay words; the form's
category heading ("Incident type: Surgical - wrong site") is the reporter's pick, not the event.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CONTRACTION_IS_NO_INCISION_AND_DRAINAGE = [
    "I was having radiotherapy to my left chest wall and on the 3rd visit the radiographer said "
    "I'd been lined up for the right side, they stopped and said I'd had a small dose to the "
    "wrong side.",
]

INCISION_AND_DRAINAGE_ON_THE_WRONG_SIDE = [
    "pt listed for I&D of L axillary abscess, R axilla incised in error, wrong side, noticed "
    "when no pus found.",
    "came for an I&D of a right groin abscess but the surgeon drained the left groin, wrong side.",
]

CAUGHT = [
    (
        "HCA handed the nurse a potassium chloride ampoule instead of sodium chloride for the "
        "flush, nurse drew it up, checked label, discarded, not given.",
        "4",
    ),
    (
        "methotrexate 10mg written as daily instead of weekly on the chart for pt with psoriasis, "
        "pharmacist spotted it and it was changed before the next drug round.",
        "7",
    ),
    (
        "new NGT passed, no aspirate, xray showed it sitting in the lower part of the right lung, "
        "removed before anything went down it.",
        "13",
    ),
    (
        "wrong lens for the patient opened, the circulator noticed before the surgeon took it, "
        "right lens fetched.",
        "2",
    ),
]

REACHED = [
    (
        "KCl 15% ampoule was given as flush instead of saline by mistake, pt had arrhythmia. the "
        "rest of the ampoule was discarded, not used.",
        "4",
    ),
    (
        "methotrexate 10mg given daily for 4 days instead of weekly for RA, pt got mouth ulcers "
        "and low WCC, picked up before the next drug round by pharmacist.",
        "7",
    ),
    (
        "NG tube put in, my dad was given his feed through it and started coughing, the x-ray "
        "then showed the end was in the bottom part of his lung.",
        "13",
    ),
    (
        "pts nasal specs were on the air not the oxygen when we found her sats 82%, she is on 2L "
        "O2.",
        "15",
    ),
    (
        "found with her head and neck between the top of the side rail and the mattress, neck "
        "red, freed by staff.",
        "11",
    ),
    (
        "Incident type: Surgical - wrong site\nDescription: wrong IOL implanted, the lens "
        "meant for the next patient on the list was put in, lens exchange booked.",
        "2",
    ),
]

NO_EVENT = [
    "i took the swabs to the bin like i had seen them do after the op, the count was correct.",
    "we checked the outlets after the audit, the label on the air not the oxygen was peeling, no "
    "patient involved.",
    "pt on room air not the oxygen as she doesnt need it, sats 97%.",
    "she had pneumonia in the bottom part of her lung, NG tube in stomach on xray, pH 4, feed "
    "started.",
    "his arm was trapped between the rail and the mattress, no head or neck involvement.",
    "Incident type: Surgical - wrong site\nDescription: consent form had the L written, surgeon "
    "re-consented for the R, op done on the R as listed, no harm.",
]


@pytest.mark.parametrize("text", CONTRACTION_IS_NO_INCISION_AND_DRAINAGE)
def test_the_contraction_i_d_is_no_incision_and_drainage(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", INCISION_AND_DRAINAGE_ON_THE_WRONG_SIDE)
def test_an_incision_and_drainage_named_as_one_is_a_procedure(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(("text", "code"), CAUGHT)
def test_a_catch_told_in_plain_words_is_a_near_miss(text: str, code: str) -> None:
    assert never_event_codes(text) == (None, code)


@pytest.mark.parametrize(("text", "code"), REACHED)
def test_the_event_in_lay_words_or_under_another_heading_is_read(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)


@pytest.mark.parametrize("text", NO_EVENT)
def test_look_alikes_of_the_lay_wording_are_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)
