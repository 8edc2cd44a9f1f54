"""Never events in long reports: an earlier incident, a stated exclusion, another product of a
multi-issue review or the corrected care must not decide the outcome; the event told in the
middle must still be found (concepts, not one narrative's phrases)."""

from __future__ import annotations

import pytest

from classifier.engine.closure_order import timing
from classifier.engine.text import read
from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earlier incident named by its date is background
        (
            "Since the wrong site incident in 2021 the unit uses a LocSSIP. Today the clinic "
            "over-ran and two pts were cancelled as no trained operator was available.",
            (None, None),
        ),
        # the wrong side came from the referral letter (framework exclusion)
        (
            "Carpal tunnel release on the L done as per the GP referral letter. Pt said at "
            "follow up the symptoms had always been in the R hand; the referral had the wrong "
            "side.",
            (None, None),
        ),
        # the report says the ward is not a mental health setting
        (
            "General surgical ward (not a mental health unit). Pt tried to hang himself from "
            "the bed curtain rail, standard track, found by the nurse, no injury.",
            (None, None),
        ),
        # the report says the scald was not from washing water
        (
            "Pt knocked over a mug on the ward and had a small scald on her hand. The scald was "
            "not from bathing or washing water. Reported for the aggression between pts.",
            (None, None),
        ),
        # a stock check told tersely is a hazard found, not an event
        (
            "stock check found midazolam 5mg/ml in the bronchoscopy cupboard, only 1mg/ml "
            "should be kept there, removed",
            (None, None),
        ),
        # a swab missing at the count but found outside the patient
        (
            "count one swab short at the end, searched, found it stuck to the bottom of the "
            "scrub nurse's shoe, count reconciled",
            (None, None),
        ),
    ],
)
def test_background_and_stated_exclusions_make_no_never_event(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit stopped at the bedside; a later item of the same review was given
        (
            "Transfusion review, three issues. (1) Sample rejected. (2) Red cells for the pt in "
            "bed 2 (group O) taken to bed 12 - the unit was group B and the pt in bed 12 is "
            "group O; the bedside check found it and the unit was not spiked. (3) FFP given "
            "over 2 hours.",
            (None, "12"),
        ),
        # the feed started after the tube was re-passed is the corrected care
        (
            "NGT passed at 0900. CXR 1000 showed the tip in the L main bronchus. Tube removed "
            "before anything was given. Re-passed, pH 4.5. Discharge planning discussed. "
            "Feed started 1400.",
            (None, "13"),
        ),
        # the needle had not touched the skin when the wrong side was noticed
        (
            "Pt listed for L knee arthroscopy, adductor canal block planned. Anaesthetist had "
            "the probe on the R thigh when the ODP asked to see the arrow, which was on the L. "
            "The needle had not touched the skin. Block done on the L.",
            (None, "1"),
        ),
        # the co-signing nurse asked about the amount of a misread "U"
        (
            "Chart said 'Novorapid 6U'. The nurse read it as 60 and drew up 60 units; the nurse "
            "countersigning asked why it was so much and checked with the DSN. 6 units given.",
            (None, "6"),
        ),
        # the mask tubing corrected before the mask went on
        (
            "Recovery: HCA started to connect the mask tubing to the air flowmeter, the nurse "
            "saw and moved it to oxygen before the mask was on the pt.",
            (None, "15"),
        ),
    ],
)
def test_caught_errors_in_long_reports_are_near_misses(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rail refitted with fixed fixings after it kept coming down
        (
            "Adult mental health ward. Pt found with a ligature tied to the en-suite shower "
            "curtain rail, cut down, CPR. The rail should be the collapsible type but had been "
            "refitted with bolts after it kept coming down last year.",
            ("9", None),
        ),
        # the infusion ran for a while before the second nurse spotted the vial
        (
            "I added strong KCl to the bag instead of the glucose I meant to, I took the wrong "
            "vial. It ran 40 mins before the 2nd nurse spotted the vial.",
            ("4", None),
        ),
        # a relative's account: the "salt water" flush was potassium
        (
            "My mum had an injection into her drip that the nurse said was salt water to flush "
            "it. Later the doctors told us it was potassium and put her on a heart monitor.",
            ("4", None),
        ),
        # a strong potassium ampoule drawn up when the ward was short of the premixed syringes
        (
            "Ward was short of the premixed KCl syringes so the nurse drew up a strong "
            "potassium chloride ampoule believing it was the sodium chloride flush and gave it "
            "through the central line.",
            ("4", None),
        ),
        # oxygen tubing pushed into the air flowmeter left on the wall
        (
            "Pt on O2 2L for COPD. The HCA pushed the tubing into the air flowmeter, which had "
            "been left in place after a nebuliser. Sats 82%, switched to oxygen.",
            ("15", None),
        ),
    ],
)
def test_events_told_among_detail_are_found(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


def test_converted_operation_is_not_a_later_one() -> None:
    doc = read(
        "Lap appendicectomy converted to laparotomy. Count short, swab found on x-ray and "
        "retrieved before closure."
    )
    assert not timing(doc.tokens, doc.sentence_of).after


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the check was skipped, so naming it is no prevention
        (
            "I did the ankle block on the R foot, pt listed for L bunion. We skipped the stop "
            "before you block moment as the list was running late. Noticed in recovery.",
            ("1", None),
        ),
        # nothing went into the line
        (
            "I had drawn up the oral paracetamol suspension in a luer syringe and attached it "
            "to the cannula when the HCA asked if it was oral. Stopped, nothing pushed in.",
            (None, "5"),
        ),
        # a patient saw the wrong mark; it was rubbed off and redrawn
        (
            "I told the nurse they had put the arrow on the wrong knee, it is my left not my "
            "right. The surgeon came and rubbed it off and redrew it on the left.",
            (None, "1"),
        ),
        # caught at a check told without an article
        ("k c l amp picked up not the saline flush, picked up at check b4 giving", (None, "4")),
        # a hot water fault with no patient scalded
        (
            "TMV failed on the bathroom basin, water too hot, no pt harmed, estates called",
            (None, None),
        ),
    ],
)
def test_first_person_and_terse_wording(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an epidural bag about to be joined to the vein
        (
            "Post-op epidural bupivacaine infusion prescribed. The nurse primed the line and was "
            "about to connect it to the peripheral cannula when the anaesthetist stopped her.",
            (None, "5"),
        ),
        # an oral liquid meant to go through the cannula, stopped before it was given
        (
            "oral paracetamol susp drawn up in an IV syringe to go via the cannula, stopped by "
            "the nurse in charge before given",
            (None, "5"),
        ),
        # high strength kept in the sedation area for other patients is no exemption
        (
            "Endoscopy: OGD under conscious sedation. The unit keeps 5mg/ml midazolam (the high "
            "strength is for the ICU pts who come for PEGs). Nurse gave 10mg thinking it was "
            "1mg/ml, pt apnoeic, flumazenil given.",
            ("8", None),
        ),
        # "BMs" are blood sugars, not bare metal stents
        (
            "Insulin chart read 'Lantus 8U' and the nurse gave 80 units. BMs hourly, needed a "
            "10% glucose infusion overnight.",
            ("6", None),
        ),
    ],
)
def test_route_strength_and_abbreviation_concepts(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
