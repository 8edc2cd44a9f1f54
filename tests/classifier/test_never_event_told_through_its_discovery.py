"""Never events told through the way they came to light (a film, a post mortem, the implant
record, the paperwork squared up afterwards, the stitches coming out), by staff who rarely
report, and the look-alikes of each reading: what decides is whether the product, tube, item or
procedure reached the patient before the catch."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # --- a feed told in the past perfect came before the film, it is no redo after it
        (
            "SCBU: babygram done for a line check showed the OGT tip in the right main bronchus. "
            "Baby had had 3 x 2ml EBM feeds down it since it was re-passed at 06:00.",
            ("13", None),
        ),
        (
            "Check film: NGT in the right main bronchus. NGT re-passed, feed restarted after "
            "position confirmed.",
            (None, "13"),
        ),
        # --- "as it was due" is why the milk was given, not milk still to come
        (
            "Student midwife on NNU. OGT re-passed, nothing aspirated, but the nurse gave 3ml of "
            "milk anyway as it was due. Baby bradycardic, film shows the tube tip in the trachea.",
            ("13", None),
        ),
        (
            "NG passed at 10:00 and the first feed was due at 11:00. The film at 10:40 showed the "
            "NG in the L main bronchus, tube removed before any feed.",
            (None, "13"),
        ),
        # --- the feed found in the airways at post mortem
        (
            "Coroner's post mortem: NG tube tip in the left lower lobe bronchus with feed in the "
            "airways. Tube had been placed the day before death.",
            ("13", None),
        ),
        (
            "Post mortem: the NG tube tip lay in the stomach and there was no feed in the airways.",
            (None, None),
        ),
        # --- the feed joined to the tube, told verb first
        (
            "Healthcare assistant: I watched the nurse connect the feed to Mr Jones's NG at 22:00, "
            "an hour after it was passed. At 23:30 he was coughing, x-ray showed the tube in the "
            "right lung.",
            ("13", None),
        ),
        # --- a giving set joined to the feed bottle is no feed given down the tube
        (
            "Night SHO reviewed the film before the feed went up - NG in the right main bronchus. "
            "The nurse had primed the giving set from the feed bottle but it was not attached to "
            "the patient. NG removed.",
            (None, "13"),
        ),
        (
            "Film showed the NG in the right lower lobe bronchus after the feed had been running "
            "through the giving set for 3 hours. Feed stopped.",
            ("13", None),
        ),
        # --- the paperwork squared up after the units went in
        (
            "Trauma call, massive transfusion. Pt is group A. Two units of group O FFP from the "
            "emergency fridge went through the rapid infuser. Picked up when the traceability "
            "tags were being returned to the lab.",
            ("12", None),
        ),
        (
            "Pt is group A. Two units of group B FFP were brought to the bedside; the bedside "
            "check picked up the wrong group before spiking and they were returned to the lab.",
            (None, "12"),
        ),
        # --- the loose wire found days later on a film
        (
            "Midline placed on the ward 3 days ago. CXR for a cough shows a guidewire in the "
            "basilic vein and SVC. Wire not attached to the line, snared out by IR.",
            ("3", None),
        ),
        # --- found at a later look, embedded
        (
            "Check ureteroscopy 4 weeks after laser lithotripsy: a fragment of the basket wire was "
            "found embedded in the ureter wall and removed.",
            ("3", None),
        ),
        # --- found when the stitches came out days later, not a planned removal
        (
            "Minor injuries unit glued and sutured a scalp wound. At suture removal at the "
            "practice 7 days later a piece of gauze was found under the wound edge, wound "
            "infected.",
            ("3", None),
        ),
        # --- a wrong size implant found on the implant record, the agency nurse "not used to"
        # the kit (unfamiliar, nothing held back)
        (
            "Scrub practitioner, R TKR. Template said size 3 femur and size 3 tibia. The runner, "
            "not used to this system, opened a size 4 tibial tray and it was cemented. Found when "
            "the implant record was completed.",
            ("2", None),
        ),
        (
            "R TKR templated size 3 tibia. Size 4 tibial tray opened, not used - swapped for the "
            "size 3 before cementing.",
            (None, "2"),
        ),
        # --- a block with no effect on the operated side: the block went elsewhere
        (
            "Recovery: pt woke with a dense right arm and no block on the operated side - the "
            "interscalene catheter had been sited on the R for a L shoulder replacement.",
            ("1", None),
        ),
        # --- the side told before the joint: a left component in a right knee
        (
            "Right lateral unicompartmental knee replacement. The femoral component used was a "
            "LEFT lateral component. Noticed when the rep completed the implant record.",
            ("2", None),
        ),
        # --- the levels one out on the saved images, the anatomy normal
        (
            "Audit of saved screening images: the L4/5 medial branch injections were done a level "
            "high. The levels were one out; normal lumbar anatomy, nothing unusual on the MRI.",
            ("1", None),
        ),
        (
            "Audit of saved screening images: the L4/5 medial branch injections were done a level "
            "high because of a transitional vertebra not visible on AP screening.",
            (None, None),
        ),
        # --- a fall from a ward window ending in the courtyard
        (
            "Pt missing from bay 2 at 03:00. Found in the courtyard with an injured wrist. The "
            "window by his bed had no restrictor - it had been taken off for repairs.",
            ("10", None),
        ),
        (
            "Pt missing from bay 2 at 03:00, found in the courtyard having a cigarette. Walked out "
            "through the fire door.",
            (None, None),
        ),
    ],
)
def test_never_event_told_through_its_discovery(text: str, expected: tuple) -> None:
    assert never_event_codes(text) == expected


def test_feed_given_before_xray_is_never_event_13() -> None:
    text = (
        "Care home nurse: NG re-sited by the visiting team. Resident had been given two bolus "
        "feeds via it since, then became breathless. Hospital CXR: NG in the right lung."
    )
    assert never_event_codes(text) == ("13", None)


def test_misplaced_tube_queried_and_shown_on_review_to_be_gastric_is_no_event() -> None:
    text = (
        "FY1 queried the NGT in the left bronchus on the check film and held the feed. The "
        "consultant radiologist reviewed it: tip well below the diaphragm, the shadow seen was "
        "an ECG lead. Feed started."
    )
    assert never_event_codes(text) == (None, None)


def test_misplaced_tube_confirmed_on_review_is_still_caught() -> None:
    text = (
        "FY1 queried the NGT in the left bronchus on the check film and held the feed. The "
        "consultant radiologist agreed it was in the left main bronchus, tube removed."
    )
    assert never_event_codes(text) == (None, "13")


def test_new_tube_in_the_stomach_after_a_misplaced_one_used_keeps_the_never_event() -> None:
    text = (
        "Queried NG in the R bronchus on the morning film after the overnight feed had run. "
        "NG re-sited, repeat film: tip below the diaphragm in the stomach."
    )
    assert never_event_codes(text) == ("13", None)


def test_wrong_patient_cystoscopy_found_at_specimen_labelling_is_wrong_patient_not_retained() -> (
    None
):
    text = (
        "Day surgery, two men called Mr Ahmed on the list. The porter took the wrong one; he "
        "had the cystoscopy and biopsy that was meant for the other Mr Ahmed. Noticed in "
        "recovery when the specimen pot was labelled."
    )
    assert never_event_codes(text)[0] == "1"


def test_swab_found_and_count_made_good_before_closure_is_near_miss_3() -> None:
    text = (
        "Closing count at closure of the laparotomy - one large swab missing. Surgeon re-explored "
        "and found it in the pelvis. Removed, count correct, closed."
    )
    assert never_event_codes(text) == (None, "3")


def test_swab_found_on_next_day_film_after_count_correct_is_never_event_3() -> None:
    text = (
        "Laparotomy: count correct, closed. Next day AXR showed a swab in the pelvis; returned to "
        "theatre to remove it."
    )
    assert never_event_codes(text) == ("3", None)
