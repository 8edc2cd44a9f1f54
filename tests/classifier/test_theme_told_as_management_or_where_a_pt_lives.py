"""Round 72, helper 5: medicines told as how the event was managed, doses not given on time
told in lay words, a request that went to one team instead of another, and where a patient
is left or lives read as access.

- A PRN dose the patient accepted after an incident ("PRN lorazepam 1mg PO accepted", "PRN
  offered and accepted") and a uterotonic named in the treatment of a bleed ("PPH 1500ml,
  atony, syntocinon infusion, carboprost") are how it was managed, not medication; a PRN
  given over the maximum or an infusion not started or run at the wrong rate still is.
- A medicine not given on time ("the nurses didnt give her sinemet on time", "never gave him
  his insulin on time") is medication with the drug named; an ambulance or an appointment
  that did not come on time is not.
- A request, referral or result that went to one team or place instead of the one that
  needed it ("the repeat request went to the birth hospital instead of the community team")
  is communication_documentation; a patient sent to the wrong ward by the bed manager is not.
- A family told as having moved out of area is no placement out of area (access); a patient
  moved to an out of area bed still is.
- An ambulance crew leaving the patient at home ("assessed, left at home with daughter,
  referred to GP") is no access_transfer_discharge for the learned model (README convention);
  a wait for the ambulance still is.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids

MEDICATION = "medication"
COMMUNICATION = "communication_documentation"
ACCESS = "access_transfer_discharge"

CASES = [
    # a medicine told as how the event was managed
    (
        "Pt punched RMN in the face in the dining room, restrained in standing hold 2 mins, "
        "PRN promethazine 25mg offered and accepted, RMN to ED.",
        MEDICATION,
        False,
    ),
    (
        "informal pt threw a cup at the HCA when told his leave was off, de-escalated in his "
        "room, PRN lorazepam 1mg orally accepted, settled by 16:00",
        MEDICATION,
        False,
    ),
    (
        "PPH 1500ml after SVD, uterine atony, syntocinon infusion and carboprost 250mcg given, "
        "to theatre for EUA.",
        MEDICATION,
        False,
    ),
    (
        "PRN lorazepam 2mg given twice within 1 hour, max dose on chart is 2mg in 24hrs - second "
        "dose not checked against the chart.",
        MEDICATION,
        True,
    ),
    (
        "PPH 1200ml, syntocinon infusion prescribed but not started for 90 mins as no pump "
        "available.",
        MEDICATION,
        True,
    ),
    (
        "EBL 800ml at LSCS, syntocinon infusion set up at 125ml/hr instead of 12.5ml/hr, "
        "hyperstimulation.",
        MEDICATION,
        True,
    ),
    # a dose not given on time, in lay words
    (
        "my dad is diabetic and the staff never gave him his insulin on time, his sugars were "
        "all over the place",
        MEDICATION,
        True,
    ),
    (
        "my husband has parkinsons and on ward 9 they didnt give him his madopar on time all "
        "weekend, he froze and couldnt walk",
        MEDICATION,
        True,
    ),
    (
        "the ambulance did not get to her on time and she was on the floor for 5 hours",
        MEDICATION,
        False,
    ),
    # a request that went to one team instead of another
    (
        "Urgent 2WW referral for suspected lung cancer was sent to the general respiratory "
        "clinic instead of the lung cancer pathway, pt not seen for 6 weeks.",
        COMMUNICATION,
        True,
    ),
    (
        "Blood results for pt were routed to the locum GP's inbox rather than the usual GP who "
        "had requested them, abnormal potassium not actioned for 4 days.",
        COMMUNICATION,
        True,
    ),
    (
        "pt was sent to ward 5 instead of ward 15 by the bed manager, no harm",
        COMMUNICATION,
        False,
    ),
    # moved out of area
    (
        "heel prick repeat card went to the old HV team as the family had moved out of area, "
        "repeat taken on day 18",
        ACCESS,
        False,
    ),
    (
        "No MH beds in the Trust, pt moved to an out of area bed in Manchester 60 miles away, "
        "family unable to visit.",
        ACCESS,
        True,
    ),
]


@pytest.mark.parametrize(("text", "theme", "expected"), CASES)
def test_theme_told_as_management_or_where_a_pt_lives(
    text: str, theme: str, expected: bool
) -> None:
    assert (theme in rule_theme_ids(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crew attended 88F, slipped in her bathroom, assessed, mobilising with pain in R "
            "hip, left at home with her son and referred to GP + falls team. Re-attended via "
            "999 the next day after a second fall; ED XR showed an impacted R NOF #.",
            False,
        ),
        (
            "Long lie: 84F waited 6 hours on the floor for an ambulance, crew attended at "
            "03:00, conveyed to ED, CK 4000.",
            True,
        ),
    ],
)
def test_crew_leaving_pt_at_home_is_no_access(text: str, expected: bool) -> None:
    assert (ACCESS in theme_ids(text)) is expected
