"""Round 71, helper 4: theme words that tell who the person is or what staff could reach, not
what went wrong; and staffing told as clinicians counted against the rota or one of them
covering several sites.

- A wish for where to die ("wanted to die at home", "preferred place of death") is end of life
  care, and a person "hanging on" or "hanging in there" is coping: no self_harm; a wish to
  die, a ligature or a person found hanging still is.
- A patient's own means of communicating ("no verbal communication", "non-verbal", "uses
  Makaton") is who they are, no communication_documentation; "no communication between the
  teams" and a hospital passport not sent still are.
- Records staff could not get into in an outage ("unable to access the care plans") are no
  patient's access to a service (access_transfer_discharge); a patient unable to get an
  appointment, or a transfer delayed, still is.
- Clinicians, call handlers or crews counted against the rota ("5 clinicians on out of 12")
  and one of them covering several sites or branches are staffing; a dose "instead of" another
  and a doctor covering the wards of one hospital are not read so.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

CASES = [
    # a wish for where to die, coping / intent and acts of self-harm
    (
        "Fast track referral made so pt could die at home as she wished, care package not "
        "started in time, she died on the ward 3 days later.",
        "self_harm",
        False,
    ),
    (
        "pt wanted to die in the hospice but no bed was free, family very upset he passed "
        "away in the acute trust.",
        "self_harm",
        False,
    ),
    (
        "His preferred place of death was home, ReSPECT form not sent with the crew so he was "
        "conveyed.",
        "self_harm",
        False,
    ),
    (
        "Referral to CMHT lost for 7 weeks. On the phone pt said he was just about hanging on, "
        "no thoughts of harming himself.",
        "self_harm",
        False,
    ),
    (
        "waited 10 weeks for the memory clinic, wife says they are hanging in there but "
        "struggling.",
        "self_harm",
        False,
    ),
    ("pt told the HCA she wanted to die and had cut both forearms with a razor", "self_harm", True),
    (
        "Found hanging by a belt on the back of the en suite door, cut down by staff, CPR.",
        "self_harm",
        True,
    ),
    # the person's own communication / a communication failure
    (
        "Pt with severe LD, no verbal communication, was restless and grimacing for 2 days "
        "before the fractured wrist was found.",
        "communication_documentation",
        False,
    ),
    (
        "Resident (dementia, limited speech) had a swollen ankle for 3 days that was not "
        "picked up until the GP visit.",
        "communication_documentation",
        False,
    ),
    (
        "there was no communication between the ward and the district nurses about the "
        "discharge, no visit booked.",
        "communication_documentation",
        True,
    ),
    (
        "Pt (LD, non-verbal) transferred to the ward, hospital passport not sent with him so "
        "staff did not know how he shows pain.",
        "communication_documentation",
        True,
    ),
    # records out of reach / a patient's access to care
    (
        "SystmOne down 2 hours, staff unable to access the care plans or risk assessments, "
        "paper downtime forms used.",
        "access_transfer_discharge",
        False,
    ),
    (
        "EPR outage overnight: nurses could not view the notes or allergy status of new "
        "admissions until 06:00.",
        "access_transfer_discharge",
        False,
    ),
    (
        "pt tried for 3 weeks but could not get an appointment at the practice, seen in ED "
        "with sepsis.",
        "access_transfer_discharge",
        True,
    ),
    # clinicians counted against the rota, one covering several sites / look-alikes
    (
        "Clinical queue 70 calls overnight with 5 clinicians on out of 12 rostered, call back "
        "to the pt made 4 hrs late.",
        "staffing_infrastructure_estates",
        True,
    ),
    (
        "only 3 call handlers on instead of 8, 999 calls waited up to 9 mins to be answered.",
        "staffing_infrastructure_estates",
        True,
    ),
    (
        "The pharmacist was covering both branches so the final check was missed and the wrong "
        "strength was dispensed.",
        "staffing_infrastructure_estates",
        True,
    ),
    (
        "pt was given 2 tablets instead of 1 of her amlodipine, no harm.",
        "staffing_infrastructure_estates",
        False,
    ),
    (
        "agency nurse covering round read the dose as 40 units and gave 40 units via pen.",
        "staffing_infrastructure_estates",
        False,
    ),
]


@pytest.mark.parametrize(("text", "theme", "expected"), CASES)
def test_theme_words_of_the_person_and_the_record(text: str, theme: str, expected: bool) -> None:
    assert (theme in theme_ids(text)) is expected
