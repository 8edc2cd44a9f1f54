"""Round 43 (helper 2), never events 4 to 15 in long reports: a review's own verdict that the
error was a near miss, told far from the timeline that shows the catch, makes the finding a near
miss (not a verdict of a past incident, a question, a first view later upgraded, or a near miss
of another kind); the framework's definition of a never event quoted by a review ("the never
event for wrong route covers ...") is the category, not this report's event, while the true
event told beside such a definition still stands; an IV drug put into an epidural, told as a
heading, is no epidural medicine given IV."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NG_FEED_INTO_BRONCHUS = (
    "Pt had NG feed started at 10:00 via a fine bore NGT which had not been confirmed. Pt "
    "coughing and desaturated. CXR showed the tube in the R main bronchus. Feed stopped. Pt "
    "needed ICU. "
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Pt on ward 3 prescribed enoxaparin 40mg. At 18:00 the RN drew up KCl 15% 10ml from "
            "the wrong box thinking it was the sodium chloride flush for the cannula. She labelled "
            "the syringe and took it to the bay. Meanwhile the doctor arrived to review the "
            "patient. The pt was talking to the physio. The bed was moved for the X-ray. Her "
            "colleague then checked the tray and queried the ampoule. Syringe discarded. Reviewed "
            "by pharmacy and recorded as a near miss for the potassium never event.",
            "4",
        ),
        (
            "Datix: pt on medical ward, T1DM, lantus 20 units due at 22:00. No insulin syringes on "
            "the ward so the night RN drew up 20 units with a 2ml luer syringe. She went to the "
            "pt's bay. The pt was asleep. She went to get the 2nd checker. The NIC came over and "
            "saw the syringe. The NIC binned it and got an insulin pen from the next ward. The DSN "
            "review: the panel classified this as a near miss under the insulin never event.",
            "6",
        ),
    ],
)
def test_review_verdict_of_a_near_miss_far_from_the_catch_is_a_near_miss(
    text: str, code: str
) -> None:
    assert never_event_codes(text) == (None, code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a past incident's verdict
        (
            NG_FEED_INTO_BRONCHUS + "The ward had a similar incident last year which was "
            "reported as a near miss.",
            "13",
        ),
        # the verdict asked, not given
        (
            NG_FEED_INTO_BRONCHUS + "The team discussed whether this was a near miss but the feed "
            "had run for 2 hours.",
            "13",
        ),
        # a first view later upgraded
        (
            NG_FEED_INTO_BRONCHUS + "Initially reported as a near miss by the night team, "
            "upgraded to a never event by the governance lead.",
            "13",
        ),
        # a near miss of another kind
        (
            "Pt found with head and neck trapped between the bed rail and mattress at 03:00, "
            "cyanosed, freed by staff, needed O2. Bed rails were an old model. Logged as a near "
            "miss fall as well since she was half out of bed.",
            "11",
        ),
        # the verdict denied
        (
            "Strip wash given with water from the basin tap, pt's back reddened and blistered, "
            "TMV found failed at 60C. Burns team review: superficial partial thickness scald. This "
            "is not a near miss: the pt was scalded.",
            "14",
        ),
        # another trust's verdict
        (
            "KCl 15% ampoule was drawn up instead of 0.9% saline flush and given via the cannula, "
            "pt had chest pain and arrhythmia. Another trust reported it as a near miss in 2021.",
            "4",
        ),
    ],
)
def test_verdict_of_another_event_or_in_doubt_leaves_the_never_event(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt given oral morphine IM by mistake by the agency RN. Review: the never event for wrong "
        "route covers oral medicines given by any parenteral route; IM of an injectable is not "
        "one, and oramorph was given orally on review of the MAR. No harm.",
        "Insulin given 2 hrs late on ward 6, CBG 19. The insulin never event (which covers "
        "overdoses from U abbreviations or insulin drawn from a pen with a syringe) did not "
        "occur. Omitted dose incident.",
        "Pt on methotrexate 15mg weekly for RA, LFTs not checked for 6 months. The never event "
        "for methotrexate is an overdose for non-cancer treatment, typically daily dosing; this "
        "did not occur. Monitoring incident.",
        "Wrong route: IV co-amoxiclav into epidural filter by agency RN, stopped after 2ml, "
        "anaesthetist informed, no harm.",
    ],
)
def test_quoted_framework_definition_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Oramorph 5ml drawn up in an IV syringe and given via the pt's cannula at 14:00. This "
            "meets the never event as an oral medicine was given by the parenteral route.",
            "5",
        ),
        (
            "The never event for wrong route covers oral medicines given IV. At 14:00 the RN gave "
            "10ml oral paracetamol suspension via the pt's cannula in error.",
            "5",
        ),
        (
            "Pt on oxygen 2L for COPD was found connected to the air flowmeter at 09:00, sats 82%. "
            "This is the never event for air flowmeters.",
            "15",
        ),
    ],
)
def test_event_told_beside_a_definition_still_stands(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)
