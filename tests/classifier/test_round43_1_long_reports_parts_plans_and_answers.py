"""Never events 1-3 read in round 43's long reports: a fitting's wrong end caps and the other
breast operated on for symmetry are no wrong site; a complaint answer that puts the patient's
account back to them and finds the planned side treated overturns it; a report headed
"EXTRACT (sections 2-6)" names no tooth taken out; a check against the plan set as an action is
no implant mismatch; a count that came up short makes an item packed on purpose a missed one,
found before closure (a closure begun, the report's operation under its heading) a near
miss."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        # a rail's wrong end brackets or stops: estates hardware, not a site operated on
        "Estates found the shower rail had been fitted with the incorrect end brackets so it "
        "did not release. Pt on a general surgical ward, no harm.",
        "Audit of bedroom curtain tracks: 3 with wrong end stops, replaced. No pt involved.",
        # the other breast operated on as part of the plan
        "Bilateral procedure: right mastectomy with contralateral left breast reduction for "
        "symmetry as planned. Uneventful.",
        # a complaint answered: the planned, consented side was the one treated
        "Dear Mr A, you say that the nurse injected your left shoulder when you were expecting "
        "the right. The records show the injection was given into the shoulder that had been "
        "consented and marked, so I do not consider this to be a wrong site procedure.",
        # an action to check implants against the plan, no implant wrong on this case
        "Action plan: implants to be checked against the plan at the team brief; loan kits "
        "will be checked against the template before the list. No implant issue on this case.",
    ],
)
def test_hardware_plans_and_answered_complaints_are_no_never_event(text: str) -> None:
    assert rule_never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wrong end of a spine or a bowel is still a wrong site
        (
            "L4/5 microdiscectomy performed at L3/4 - level counted from the wrong end on the "
            "fluoro image. Pt returned to theatre.",
            ("1", None),
        ),
        (
            "Scoped the wrong end - pt booked for gastroscopy, colonoscope passed per rectum by "
            "mistake before the error was noticed.",
            ("1", None),
        ),
        # the contralateral side operated on in error
        (
            "Pt listed for R inguinal hernia repair; hernia repair performed on the contralateral "
            "side in error, noticed in recovery.",
            ("1", None),
        ),
        # the complaint answered by confirming the error
        (
            "Dear Mrs B, you say that your right eye was lasered instead of the left. I am sorry "
            "to confirm that the laser was performed on the right eye in error; the consent was "
            "for the left. This was a never event.",
            ("1", None),
        ),
        # a report headed as an extract, the wrong level told in it
        (
            "Extract 2 of the RCA: wrong level lumbar discectomy performed at L3/4 instead of "
            "L4/5. Returned to theatre.",
            ("1", None),
        ),
        # an implant put in wrong, the check against the template the lesson
        (
            "Hip revision: wrong size liner (36 instead of 32 templated) implanted, found on the "
            "post op xray. Going forward implants must be checked against the template by two "
            "people.",
            ("2", None),
        ),
        # a check against the plan told as made is the catch
        (
            "Cup opened was a 52 instead of the planned 54, checked against the plan by the "
            "scrub nurse before it was implanted and swapped.",
            (None, "2"),
        ),
    ],
)
def test_wrong_site_and_implant_told_as_fact_still_count(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Closing count: 9 of 10 swabs. A swab that had been packed for haemostasis was found in "
        "the right paracolic gutter and removed before closure. Count then correct.",
        "Count discrepancy at the closing count, one pack short. Pack placed deliberately for "
        "haemostasis earlier was found behind the liver and removed before the sheath was "
        "closed.",
        "At the closing count 19 of 20 large swabs. A large swab packed into the pelvis for "
        "bleeding was found and removed before the abdominal wall was closed.",
        # the closure begun, not finished, when the count came up short
        "Count prior to closure one swab short. The reg had already started placing the "
        "sutures for the closure. Closure halted, swab found in the pelvis and removed. Then "
        "closed.",
        # the report's own operation under its heading, after a title telling the find
        "Theatre log - swab count. Procedure: emergency laparotomy for bowel perforation. "
        "Closing count 1 swab short, swab found in the pelvis and removed before the sheath "
        "was closed.",
    ],
)
def test_packed_item_missing_at_a_short_count_found_before_closure_is_near_miss_3(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize(
    "text",
    [
        "Pt returned from theatre with a pack deliberately left in the nasal cavity as "
        "documented in the op note, plan to remove in 24 hrs. Removed on ward as planned.",
        "Vaginal pack inserted for haemostasis after the repair, documented on the board and "
        "handed over, removal planned at 6 hrs. Count correct. Removed at 6 hrs.",
    ],
)
def test_item_left_on_purpose_with_a_plan_stays_excluded(text: str) -> None:
    assert never_event_codes(text) == (None, None)
