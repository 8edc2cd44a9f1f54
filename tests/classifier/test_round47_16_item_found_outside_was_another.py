"""A retained item found at a later operation stays a never event when the review tells the item
"found" outside the patient at the first count as another one, in the review's own belief and
with no "but" ("we now think the swab on the floor came from a different pack"); an item found
outside that was the missing one, or from the same pack, still clears the count."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "RCA: re-look laparoscopy day 12, a suture needle removed from the pelvis. At the first "
        "op a needle was found on the drape and the count closed. We now think the needle on "
        "the drape came from another suture packet opened late.",
        "Letter to pt: the scan showed a swab left inside after your caesarean and it was removed "
        "on 4/6. A swab located in the bin at the count was taken as the missing one, but the "
        "panel found it belonged to a separate pack not on the board.",
        "Timeline - wk 3 xray showed a small blade tip in the wound, removed under LA. On the day "
        "a blade was found on the trolley and the count signed correct; it was from a "
        "different set used on the previous case.",
    ],
)
def test_found_item_told_as_another_leaves_the_retained_one(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize(
    "text",
    [
        "Swab count incorrect at closure, one swab missing. Swab found in the linen skip, it "
        "came from the same pack. Count reconciled, xray clear.",
        "Needle missing at count, found on the drape. Pt closed, no retained item, x-ray not "
        "needed as all needles accounted for.",
        "Needle found on the floor came from a different tray used for the previous pt; count "
        "for this case correct throughout, nothing missing.",
    ],
)
def test_item_found_outside_clears_the_count(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "never_event"),
    [
        # the query answered by a conclusion naming what was not retained
        (
            "Query retained swab after the perineal repair as the count was queried: pelvic x-ray "
            "taken. Conclusion: no retained foreign object.",
            None,
        ),
        # a retained swab found, with "no retained swab" said of other cases
        (
            "Pt readmitted with pain; CT showed a retained swab in the abdomen from the "
            "laparotomy in May. Never event declared. The audit of other cases found no "
            "retained swabs.",
            "3",
        ),
    ],
)
def test_a_conclusion_of_no_retained_object_answers_the_query(
    text: str, never_event: str | None
) -> None:
    assert never_event_codes(text)[0] == never_event
