"""Round 61, helper 1: stem cells, urinary catheters, a stock audit, a borrowing area, the
redo of a misplaced tube and a weekly drug given on consecutive mornings.

- Haematopoietic stem cells (a PBSC harvest, an apheresis collection) are a tissue product,
  not the "stem" of a hip: a mislabelled bag is no wrong implant. A wrong femoral stem
  implanted stays never event 2.
- A urinary catheter told by what it was put in for ("for retention") or by its trial without
  catheter ("no TWOC date") and "still in situ" is the catheter's care, not an object retained
  after a procedure. A fragment of a catheter tip found in the bladder stays never event 3.
- A pharmacy or CD audit "of" the sedation area finding high strength midazolam in stock,
  with no dose made ready or given, is a risk, not never event 8. A 5 mg/ml dose given at a
  sedation stays never event 8.
- High strength midazolam lent to ("loaned to the palliative team") an area where it belongs
  and then back in the sedation room: that area borrowed it, it is not the area of the
  sedation. Midazolam given in palliative care stays excluded.
- An NG tube found in the airway, then re-passed and its position confirmed with the feed
  started later in the same sentence: the feed went down the new tube, near miss 13. A feed
  given before the film was read stays never event 13.
- Weekly methotrexate for a non-cancer condition given "3 mornings running" or "on 4
  consecutive nights" is given daily: never event 7. Something else done on consecutive
  nights (obs checked) is no overdose.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

STEM_CELL_PRODUCT_MISLABELLED = [
    "apheresis suite. the peripheral blood stem cell collection for the pt in bay 2 came to "
    "the processing lab with a different pt's label on it, noticed as the donation number did "
    "not match. quarantined until identity confirmed.",
    "stem cell collection bag for the myeloma pt was labelled with the other pt's ID from the "
    "same session, found at receipt in the cell therapy lab before freezing.",
]

WRONG_HIP_STEM_IMPLANTED = [
    "hemiarthroplasty, a size 12 stem was templated but the wrong stem was implanted, a size "
    "14 cemented one, found on the post op film. revision discussed with pt.",
]

URINARY_CATHETER_STILL_IN = [
    "catheter inserted on AMU 10 days ago for retention, nobody documented a review since, "
    "still in situ when he went to the rehab ward, now febrile with a CAUTI.",
    "urinary catheter put in by the GP out of hours, no TWOC plan recorded in the notes, still "
    "in situ on admission to the frailty unit 5 weeks later.",
]

CATHETER_FRAGMENT_RETAINED = [
    "cystoscopy 3 weeks after TURP showed a fragment of catheter tip retained in the bladder, "
    "removed with graspers.",
]

MIDAZOLAM_FOUND_AT_AUDIT = [
    "controlled drugs audit of the endoscopy suite. 2 ampoules of midazolam 10mg/2ml in the "
    "conscious sedation cupboard next to the 1mg/ml, register shows none signed out. "
    "returned to pharmacy.",
]

MIDAZOLAM_GIVEN_AT_SEDATION = [
    "colonoscopy under conscious sedation. midazolam 5mg/ml drawn up instead of 1mg/ml and "
    "3mg given, pt became apnoeic and needed flumazenil.",
]

MIDAZOLAM_LENT_TO_PALLIATIVE = [
    "gastroscopy list, conscious sedation. midazolam 5mg/ml given instead of 1mg/ml, pt "
    "very drowsy and needed flumazenil. the 5mg/ml box had been lent to the palliative care "
    "team and was put back in the endoscopy cupboard.",
]

MIDAZOLAM_IN_PALLIATIVE_CARE = [
    "hospice inpatient unit, midazolam 10mg/2ml used in the syringe driver for terminal "
    "agitation as prescribed, pt comfortable.",
]

NG_REPASSED_FEED_LATER = [
    "fine bore NG passed on the stroke ward, xray reported the tip in the R lower lobe "
    "bronchus. tube pulled out. new tube passed by the nutrition nurse the next day with "
    "aspirate pH 4 and the overnight feed was then started",
]

NG_FEED_GIVEN_BEFORE_FILM = [
    "NG passed on the stroke ward. xray reported the tip in the R lower lobe bronchus. 250ml "
    "of feed had been given via it before the film was reviewed.",
]

MTX_GIVEN_CONSECUTIVE_MORNINGS = [
    "rheumatoid pt on methotrexate 15mg weekly. the kardex said mane with no day marked, so "
    "the HCA and nurses gave it 3 mornings running.",
]

MTX_WEEKLY_OTHER_THING_NIGHTLY = [
    "rheumatoid pt on methotrexate 15mg weekly, given on the correct day. her obs were "
    "checked 3 nights running as she was unsettled.",
]


@pytest.mark.parametrize("text", STEM_CELL_PRODUCT_MISLABELLED)
def test_stem_cell_product_is_no_implant(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", WRONG_HIP_STEM_IMPLANTED)
def test_wrong_hip_stem_is_still_wrong_implant(text: str) -> None:
    assert never_event_codes(text)[0] == "2"


@pytest.mark.parametrize("text", URINARY_CATHETER_STILL_IN)
def test_urinary_catheter_still_in_is_not_retained(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", CATHETER_FRAGMENT_RETAINED)
def test_catheter_fragment_is_still_retained(text: str) -> None:
    assert never_event_codes(text)[0] == "3"


@pytest.mark.parametrize("text", MIDAZOLAM_FOUND_AT_AUDIT)
def test_audit_of_the_area_is_a_risk(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", MIDAZOLAM_GIVEN_AT_SEDATION)
def test_high_strength_given_at_sedation_is_still_ne8(text: str) -> None:
    assert never_event_codes(text)[0] == "8"


@pytest.mark.parametrize("text", MIDAZOLAM_LENT_TO_PALLIATIVE)
def test_area_that_borrowed_it_is_not_the_sedation_area(text: str) -> None:
    assert never_event_codes(text)[0] == "8"


@pytest.mark.parametrize("text", MIDAZOLAM_IN_PALLIATIVE_CARE)
def test_palliative_use_stays_excluded(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", NG_REPASSED_FEED_LATER)
def test_feed_after_the_redo_in_its_sentence_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize("text", NG_FEED_GIVEN_BEFORE_FILM)
def test_feed_before_the_film_stays_ne13(text: str) -> None:
    assert never_event_codes(text)[0] == "13"


@pytest.mark.parametrize("text", MTX_GIVEN_CONSECUTIVE_MORNINGS)
def test_weekly_methotrexate_given_consecutive_mornings(text: str) -> None:
    assert never_event_codes(text)[0] == "7"


@pytest.mark.parametrize("text", MTX_WEEKLY_OTHER_THING_NIGHTLY)
def test_other_care_on_consecutive_nights_is_no_overdose(text: str) -> None:
    assert never_event_codes(text) == (None, None)
