"""Round 52, helper 2: a retained item found in a body space, fossa or wound edge, and the items
that are not retained in error.

An item of the procedure found later in a space, fossa or under the wound edge is a never event 3.
A fragment left in on an intra-operative judgement that taking it out would do more harm, a stent
left with its removal booked weeks later, a fragment of the patient's own tissue, and an item a
patient claims was left in that turns out to be what is expected, are not.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_never_event_codes

FOUND_IN_A_SPACE_FOSSA_OR_WOUND = [
    "Six weeks after a laparoscopic hernia repair a CT for abdominal pain showed a suture needle "
    "in the preperitoneal space. Count recorded as correct at the end of the case.",
    "Child brought back on day 2 after adenotonsillectomy with fever; a small gauze swab was "
    "removed from the R tonsil fossa in clinic.",
    "Practice nurse doing the wound check on day 5 pulled out a gauze swab from under the skin "
    "edge of the caesarean wound. Theatre count had been signed as complete.",
]

NOT_RETAINED_IN_ERROR = [
    # a fragment left on an intra-operative judgement
    "During plating of the radius the screw tip snapped off in the bone. The consultant decided "
    "retrieval would require removing the plate and weaken the construct, so it was left. Pt "
    "informed after surgery.",
    # a stent with its removal planned weeks later
    "JJ stent placed after ureteroscopy, op note reads stent in situ, remove in 6 weeks. The "
    "removal list was not booked and the pt came back 8 months later with a calcified stent.",
    # the patient's own tissue
    "Lumbar discectomy, a large disc fragment removed from the canal, pain improved. No "
    "concerns raised at the count.",
    # an item claimed to be left in, found to be what is expected
    "Pt rang the ward saying there was something left in her wound as a blue thread was poking "
    "out. Seen by the nurse: it is the tail of a dissolvable stitch, which is normal, and it was "
    "snipped.",
]


@pytest.mark.parametrize("text", FOUND_IN_A_SPACE_FOSSA_OR_WOUND)
def test_item_found_later_in_a_space_fossa_or_wound_is_never_event_3(text: str) -> None:
    assert rule_never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", NOT_RETAINED_IN_ERROR)
def test_item_left_by_judgement_plan_tissue_or_expected_is_not_never_event_3(text: str) -> None:
    assert rule_never_event_codes(text)[0] != "3"
