"""Round 53 (helper 2): formal reviews that name a never event without having one.

A review quoting the list by its number ("never event 6 covers ..."), three body parts all told
as not held in a bed rail entrapment, a never event of years ago or of another trust named as
learning, and a review placing a shower rail hanging on an acute general ward: none of these
words are this report's never event; the events told plainly stay never events.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# the framework's definition quoted by its number: the words after it are the category
NUMBERED_DEFINITION_QUOTED = [
    "Insulin review. Pt prescribed Humulin I but the HCA fetched a Humalog pen from the fridge and "
    "the nurse gave 16 units of it at 08:00. CBG 2.8 at 11:00, treated. Outcome: wrong insulin "
    "product, not a never event (never event 6 covers overdoses due to abbreviations or "
    "incorrect devices only).",
    "Wrong type of insulin given from a pen left in the drawer by the last patient, pt hypo at "
    "lunchtime. Not reportable as a NE: NE 6 only covers overdoses caused by abbreviations or a "
    "wrong device.",
]

# the abbreviation told as what caused the overdose: still never event 6
ABBREVIATION_OVERDOSE = [
    "Chart said 'Lantus 10U', the agency nurse read the U as a zero and gave 100 units of "
    "insulin. Pt hypoglycaemic overnight, CBG 1.9, IV glucose. Never event 6 declared.",
]

# head, neck and chest all told as not held: a limb in the rail, no near miss 11
THREE_PARTS_NOT_TRAPPED = [
    "Night staff found her forearm trapped between the bars of the bed rail, freed it, skin "
    "tear. Review: the arm only was involved; the pt's chest, head and neck were not trapped.",
    "Pt's leg wedged through the bed rail gap at 02:00, released by the HCA, bruising. On review "
    "his neck, chest and head were not trapped.",
]

# the neck told as held: still a never event 11
NECK_TRAPPED = [
    "Pt found with her neck trapped between the bed rail and the mattress, cyanosed, released by "
    "staff, obs escalated.",
]

# a never event of the ward's past named by its date, its kind in brackets after
DATED_PAST_NEVER_EVENT = [
    "Pt fell in the bay overnight, # NOF, moderate harm. The matron's statement mentions the "
    "never event on this unit in 2018 (a wrong site block) when describing the huddle culture; "
    "it is unrelated to this fall.",
]

# another trust's never event shared with us as learning
OTHER_TRUSTS_NEVER_EVENT = [
    "Audit report - learning (retained guidewire never event at another trust). A neighbouring "
    "trust shared learning through the regional network after a retained central line "
    "guidewire never event in their ICU. We audited our CVC insertions: checklists incomplete "
    "in 9 of 30. No retained wires found in our patients.",
]

# our own guidewire left in: still a never event 3
OWN_RETAINED_GUIDEWIRE = [
    "CXR after CVC insertion in ED showed the guidewire retained in the IVC; removed by IR the "
    "next day. Never event declared.",
]

# a hanging from a rail that held on an acute general ward, the review placing it there
ACUTE_WARD_HANGING = [
    "Pt on AMU after an overdose, awaiting liaison psychiatry, found with a ligature tied to the "
    "shower curtain rail, a standard non-collapsible rail; cut down, conscious. Not a never "
    "event: the framework applies to mental health inpatient settings; this occurred on an "
    "acute general ward.",
]

# the same hanging on a mental health ward: still a never event 9
MENTAL_HEALTH_WARD_HANGING = [
    "Pt on the acute mental health ward found with a ligature tied to the shower curtain rail, a "
    "standard non-collapsible rail; cut down by staff, conscious.",
]


@pytest.mark.parametrize(
    "text",
    NUMBERED_DEFINITION_QUOTED
    + THREE_PARTS_NOT_TRAPPED
    + DATED_PAST_NEVER_EVENT
    + OTHER_TRUSTS_NEVER_EVENT
    + ACUTE_WARD_HANGING,
)
def test_named_but_not_this_reports_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "code"),
    [(t, "6") for t in ABBREVIATION_OVERDOSE]
    + [(t, "11") for t in NECK_TRAPPED]
    + [(t, "3") for t in OWN_RETAINED_GUIDEWIRE]
    + [(t, "9") for t in MENTAL_HEALTH_WARD_HANGING],
)
def test_the_event_told_plainly_stays_a_never_event(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)
