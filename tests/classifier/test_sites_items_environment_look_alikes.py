"""Look-alikes of the wrong-site, retained-item and environment readings (reviewer R4): a plan
or record word beside a pack left for haemostasis is no plan kept when the same sentence tells
the pack found retained; the other wordings probe the new readings with what a reporter could
write instead (a level moved and then operated on, a prep after a block, a paper put right and
the other side done, water measured hot at the check, a limb at the rail gap)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NOTHING = (None, None)
NEVER_EVENT_1 = ("1", None)
NEAR_MISS_1 = (None, "1")
NEVER_EVENT_3 = ("3", None)
NEAR_MISS_3 = (None, "3")
NEAR_MISS_11 = (None, "11")
NEAR_MISS_14 = (None, "14")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pack's insertion recorded, the pack then found retained: the retention
        (
            "vaginal pack inserted for haemostasis and documented in the notes, retained pack "
            "found by GP 10 days later as nobody removed it",
            NEVER_EVENT_3,
        ),
        # ... the leaving recorded and the pack removed as planned: a plan kept
        (
            "vaginal pack left for haemostasis, documented and handed over, removed next "
            "morning as planned",
            NOTHING,
        ),
        # a localiser moved, but the operation still at its first level
        (
            "marker needle at L2/3 on first image, moved down one level. decompression "
            "performed at L2/3 instead of L3/4 identified on post op imaging",
            NEVER_EVENT_1,
        ),
        # levels that only partly agree: one level outside the plan
        (
            "L3-L5 fusion planned, screws placed at L2-L5, extra level noticed on post op xray",
            NEVER_EVENT_1,
        ),
        # a prep after a block, then an incision on the prepped (wrong) side
        (
            "right femoral block done then the left leg was prepped and draped and incision "
            "made on the left, realised after incision that right TKR was planned",
            NEVER_EVENT_1,
        ),
        # a block on the wrong side before the prep is the never event itself
        (
            "IV antibiotics given and block performed on the left, skin prep then on the left, "
            "but right hip was consented. noticed at time out",
            NEVER_EVENT_1,
        ),
        # a paper put right ahead of the day, the other side operated
        (
            "booking said right knee in error, noticed at pre op assessment 2 weeks before, "
            "amended. Left knee operated on the day with no issues",
            NOTHING,
        ),
        # ... but the paper's side marked on the day and caught at time out
        (
            "list had left hip instead of right, noticed in pre op clinic and changed, but on "
            "the day the left side was marked and prepped, caught at time out",
            NEAR_MISS_1,
        ),
        # retained items found while the procedure was open
        (
            "laparoscopic chole, count short 1 swab, surgeon did not desufflate, swab found in "
            "the abdomen and removed",
            NEAR_MISS_3,
        ),
        (
            "guidewire tip broken during line insertion. Site re-inspected, nothing seen. CXR "
            "next day showed retained wire fragment in the IVC",
            NEVER_EVENT_3,
        ),
        (
            "lap chole completed, patient woke and went to recovery. 2 days later swab found on "
            "CT. We had not desufflated fully at the time",
            NEVER_EVENT_3,
        ),
        # hot water measured at the check before anyone got in: nothing
        (
            "bath run for pt, temperature checked with thermometer 48 degC before pt got in, "
            "cold water added, pt bathed at 38",
            NOTHING,
        ),
        # a body temperature in a washing report is no water measured hot
        (
            "pt assisted with strip wash at the sink, pt temp 38.5 degC, obs escalated",
            NOTHING,
        ),
        # a TMV's setting is no water measured hot
        (
            "TMV maximum set at 44 degC as per policy. bath filled, temp checked at 38 degC, "
            "pt hoisted in, foot went in, pt said it felt a bit warm, no redness",
            NOTHING,
        ),
        (
            "pt in shower chair being wheeled in, shower water at 49 degC, water touched her "
            "foot, removed, no redness",
            NEAR_MISS_14,
        ),
        # a limb at the rail gap, the head elsewhere: no neck nor chest
        ("pt's leg went through the rail gap, head was on the pillow, not trapped", NOTHING),
        (
            "pt's head slipped towards the gap between the bed rail and mattress, staff "
            "repositioned, not trapped",
            NEAR_MISS_11,
        ),
        # an entrapment risk assessment missing is no hold denied
        (
            "pt head near the rail gap on night checks. no entrapment risk assessment done. "
            "bumpers fitted",
            NOTHING,
        ),
    ],
)
def test_sites_items_environment_look_alikes(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
