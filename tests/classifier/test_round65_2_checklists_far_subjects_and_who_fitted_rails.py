"""Round 65, helper 2: never events and near misses told through a checklist, a subject far
from its verb, a person named as the wrong one, another patient's biometry and the staff who
fitted the rails.

- A LocSSIP (Local Safety Standards for Invasive Procedures) checklist named as under way is
  an invasive procedure: the wrong side prepped and draped, found when the checklist is read
  out and put right before any needle, is near miss 1. A LocSSIP done on the planned side
  stays no event.
- An oral liquid drawn up by anyone and "about to be pushed into" a subcutaneous butterfly or
  a cannula, stopped before it went in, is near miss 5; an injection about to go into its own
  line is no event.
- The person on the table told as the wrong one ("the team realised it was the wrong
  patient") once the procedure had started is never event 1; "the wrong patient's notes" is a
  paper, no wrong patient.
- A lens power calculated from the biometry of another patient and put in is never event 2.
- Rails a family bought but the provider's own staff fitted ("our OT fitted them") are the
  provider's: a neck caught between rail and mattress is never event 11. Rails a relative
  fitted stay outside the framework.
- A blood group told after "was"/"is" far from its subject ("the unit taken from the cool box
  for the MHP was B pos", "the lady in bed 6 with the GI bleed, already transfused twice, is
  group O neg") belongs to that subject, the unit or the patient, and is judged with the ABO
  rules; a compatible unit stays no event.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # LocSSIP checklist read out: wrong side prepped, caught before any needle
    (
        "R pneumothorax on CXR, consent form says R. the FY2 prepped and draped the left side "
        "of the chest. during the LocSSIP checklist, before any LA, the side was read out from "
        "the consent and did not match. stopped, R side prepped and drain sited R.",
        (None, "1"),
    ),
    (
        "consent for R sided chest drain. R side prepped and draped. LocSSIP checklist "
        "completed with the whole team, drain sited on the R without problem.",
        (None, None),
    ),
    # an oral liquid about to be pushed into a parenteral line
    (
        "daughter drew up mum's oramorph in one of the syringes the nurses left and was about "
        "to push it into the butterfly in her tummy when the nurse arrived and stopped her.",
        (None, "5"),
    ),
    (
        "the nurse drew up the prescribed diamorphine injection and was about to push it into "
        "the subcut line when the 2nd checker asked to recheck the chart, all correct and given.",
        (None, None),
    ),
    # the person told as the wrong one once the procedure had started
    (
        "colonoscopy commenced and the scope was at the splenic flexure when the endoscopist "
        "realised it was the wrong patient. scope withdrawn and DoC given.",
        ("1", None),
    ),
    (
        "the nurse realised it was the wrong patient's notes on the trolley before the "
        "colonoscopy. correct notes fetched and the colonoscopy went ahead as planned.",
        (None, None),
    ),
    # a lens power calculated from another patient's biometry, put in
    (
        "lens in situ; its power was from the A-scan of another lady whose printout was in the "
        "wrong notes",
        ("2", None),
    ),
    # rails the family bought, fitted by the provider's own staff
    (
        "family bought bed rails from a mobility shop and our community OT fitted them to his "
        "bed. next morning carer found him with his neck caught between the rail and the "
        "mattress, blue around the lips, 999 called.",
        ("11", None),
    ),
    (
        "family bought bed rails from a mobility shop and his grandson fitted them to his bed. "
        "next morning carer found him with his neck caught between the rail and the mattress, "
        "blue around the lips, 999 called.",
        (None, None),
    ),
    # a group told far from its subject: the unit's, and the patient's after an aside
    (
        "the unit taken out of the cool box from the lab by the runner was B pos. our pt is "
        "group O pos. caught at the bedside check by 2 nurses, not spiked, returned to the lab.",
        (None, "12"),
    ),
    (
        "the lady in bed 6 with the GI bleed, on her third day with us, is group O neg. a group "
        "B unit was brought to her bedside, caught at the 2 person check before spiking, "
        "returned to lab.",
        (None, "12"),
    ),
    # ... a compatible unit told the same way is no event
    (
        "the unit taken out of the cool box from the lab by the runner was O neg and was for "
        "another pt. our pt is group A pos. 20ml had gone in when the error was noticed, "
        "stopped, no reaction.",
        (None, None),
    ),
    # ... and another person's group after an aside is no mismatch with our patient's unit
    (
        "the man in bed 8, also admitted overnight, is group B pos. our pt is group O pos and "
        "the group O unit was checked and given without problem.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round65_2_outcome(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
