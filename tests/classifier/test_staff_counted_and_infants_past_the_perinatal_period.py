"""Round 72, helper 3: staff counted in the words of the ward, and a baby brought or admitted at
an age in weeks past the perinatal period.

- The staff on a shift counted as "only 2 of us", "short 3 nurses", "down 2 midwives" or "2
  doctors covering", one nurse's caseload told with her role in between ("nurse caring had 7
  pts", "the nurse in charge had 9 pts") and a role a service had none of at the weekend ("no
  screener at weekends") are staffing; "only 2 of us knew the code", a mother asked if she had
  had 2 babies, two nurses who covered a wound, a caseload set aside ("but said ...") and a
  screening referral not sent are not.
- A baby told by an age in weeks past the first four at which it was brought or admitted ("6
  wk old admitted with reflux", "a 10 week old boy brought in", "infant (7 wks)") is a child in
  paediatric care, not the perinatal period (maternity_perinatal), for the rules and the
  learned model; the age a baby has reached when a miss of the postnatal ward is found ("baby
  now 8 wks old"), a baby 2 weeks old, and a baby weeks old on the neonatal unit still are.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids

STAFFING = "staffing_infrastructure_estates"
MATERNITY = "maternity_perinatal"

STAFFING_CASES = [
    (
        "03:00 the 2 hourly turns were missed, there were only 2 of us on the bay and the other "
        "nurse was with a dying pt",
        True,
    ),
    ("only 3 of us on tonight for the whole unit so the drug round finished at 11:30", True),
    ("obs not repeated for 5 hrs. Nurse caring had 8 pts incl 1 on a VRIII.", True),
    ("the nurse in charge had 9 pts as well as the bleep, NEWS 6 not escalated", True),
    ("ward short 3 nurses on the night, pressure area care not done", True),
    ("we were down 2 midwives on the night shift and the CTG was not reviewed for 2 hrs", True),
    ("ED had 52 waiting and 2 doctors covering majors, the child waited 4 hrs to be seen", True),
    ("newborn hearing screen not done before discharge, no screener on weekends", True),
    ("anomaly scan delayed 10 days, no sonographer at the weekend and the list was full", True),
    ("only 2 of us knew the code for the CD cupboard, so it was opened late", False),
    ("the nurse asked mum if she had had 2 babies before, she said no", False),
    ("two nurses covered the wound with a dressing and called the reg", False),
    ("NEWS 7 missed. Nurse caring had 9 pts but said she was not rushed that night.", False),
    ("no screener referral sent from the postnatal ward so the hearing test was missed", False),
]


@pytest.mark.parametrize(("text", "expected"), STAFFING_CASES)
def test_staff_counted_in_the_words_of_the_ward(text: str, expected: bool) -> None:
    assert (STAFFING in rule_theme_ids(text)) is expected


INFANT_CASES = [
    (
        "6 wk old admitted with reflux on thickened feeds, given standard formula by the "
        "night HCA, baby vomited and desatted briefly",
        False,
    ),
    ("Paeds ED: 10 week old boy brought in with a bruise behind the ear, baby sent home", False),
    ("infant (7 wks) with bronchiolitis put in a bay with 3 other babies, 2 became RSV +ve", False),
    ("9 wk old with pertussis on the children's ward, baby apnoeic during feeds", False),
    (
        "hearing screen not done before discharge from the postnatal ward, baby now 8 wks old "
        "and referred",
        True,
    ),
    ("2 week old baby admitted with jaundice, phototherapy delayed by 6 hrs", True),
    ("NNU: 6 wk old ex-prem baby on the unit, TPN line tissued, extravasation injury", True),
]


@pytest.mark.parametrize(("text", "expected"), INFANT_CASES)
def test_infant_past_the_perinatal_period(text: str, expected: bool) -> None:
    assert (MATERNITY in theme_ids(text)) is expected
