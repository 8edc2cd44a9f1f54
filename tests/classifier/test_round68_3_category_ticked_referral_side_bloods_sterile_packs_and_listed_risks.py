"""Round 68, helper 3: never events read from a form's box, a referrer's letter, blood taking,
steriliser output and a list of risks.

- The never event box named before its tick ("the Datix form had never event wrong site surgery
  ticked"): the reporter's category, not a procedure done on the wrong site; no never event 1.
- The referrer confirming their letter carried the wrong side ("the GP confirmed the letter had
  the side wrong"): a wrong site from an incorrect referral letter, excluded from never event 1.
- Blood taken in the outpatient department ("OP phlebotomy", "OP clinic bloods"): "OP" is the
  outpatient department and phlebotomy a sample, not an operation; a wrong patient bled is no
  never event 1.
- Instrument sets coming out of the steriliser ("trays came out as wet packs", "came out of the
  autoclave damp"): reprocessing, not an item passed from a body; no never event 3.
- A report that says nothing happened and lists the never events a shortfall risks ("no
  incidents occurred but risks include a retained swab, wrong site surgery"): no never event.
Each has a look-alike in which the never event happens and keeps its outcome.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # the never event box named before its tick
    (
        "Radiotherapy: 20Gy in 5 fractions planned to the left shoulder; fraction 1 was set up "
        "on the right shoulder marks. Picked up at image review. The Datix form had never "
        "event wrong site surgery ticked.",
        (None, None),
    ),
    # look-alike: the wrong knee operated on, with the box ticked
    (
        "Arthroscopy listed for the left knee; the surgeon operated on the right knee. Datix "
        "form had never event wrong site surgery ticked.",
        ("1", None),
    ),
    # the referrer confirming the letter carried the wrong side
    (
        "Minor ops: the GP referral letter asked for removal of a lipoma on the right forearm, "
        "which was excised. At review the pt said the lump was on the left; the GP confirmed "
        "the letter had the side wrong. Left lipoma removed later.",
        (None, None),
    ),
    # look-alike: the right lipoma marked and the left excised
    (
        "Minor ops: the lipoma on the right forearm was marked and consented, but the left "
        "forearm lump was excised in error. Right lipoma removed later.",
        ("1", None),
    ),
    # outpatient blood taking from the wrong man
    (
        "OP phlebotomy: the wrong Mr Jones came through when called and had his bloods taken "
        "and labelled as the other Mr Jones; noticed when the results were odd.",
        (None, None),
    ),
    (
        "OP clinic: the wrong man answered when called and had bloods taken under the other "
        "patient's name.",
        (None, None),
    ),
    # look-alike: the wrong man taken for a procedure
    (
        "The wrong Mr Jones came through when called and had a colonoscopy meant for the other "
        "Mr Jones.",
        ("1", None),
    ),
    # instrument sets coming out of the steriliser wet
    (
        "Sterile services: 4 trays came out as wet packs after the morning cycle; all "
        "reprocessed and the morning list started late.",
        (None, None),
    ),
    (
        "Sterile services: two hip sets came out of the autoclave damp, so the list was "
        "delayed while replacements were found.",
        (None, None),
    ),
    # look-alike: a vaginal pack coming out days after the birth
    (
        "Day 5 postnatal: a vaginal pack came out when she went to the toilet; it had been left "
        "in after the repair.",
        ("3", None),
    ),
    # a report of a shortfall listing the never events it risks
    (
        "Only one registered scrub nurse for two lists due to sickness. No incidents occurred "
        "but risks include a retained swab, wrong site surgery and delayed cases.",
        (None, None),
    ),
    (
        "Staffing concern: the list ran without a second scrub. No harm occurred, however the "
        "risks are a retained instrument (counts not checked by two registered staff) and "
        "wrong site surgery.",
        (None, None),
    ),
    # look-alike: a swab retained, with the staffing shortfall named
    (
        "Only one registered scrub nurse due to sickness. A swab was left in the abdomen and "
        "found on CT day 3; risks include further surgery.",
        ("3", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_category_ticked_referral_side_bloods_sterile_packs_and_listed_risks(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
