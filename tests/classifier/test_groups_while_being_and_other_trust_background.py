"""A recipient's group told in a clause of being ("pt given group A red cells while being group
O", "despite being grp B pos, pt got an A pos unit") is the recipient's, so the unit and the
person make a pair the ABO rules judge: incompatible red cells given are never event 12 (near
miss 12 when caught before the unit went up), compatible ones stay null, and a clause of being
that tells no group ("whilst being monitored") tells nobody's group. Another organisation's
event told as background ("a neighbouring trust reported one in May", "national data show")
is not this report's event, for a near miss as for a never event: a review of the trust's own
stock with another trust's event as learning is null, while the trust's own event told after
such background still counts."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes

RECIPIENTS_GROUP_IN_A_CLAUSE_OF_BEING_GIVEN = [
    "Pt given group A red cells while being group O. Rigors, transfusion stopped.",
    "Patient transfused 1 unit B pos RBC whilst being O neg - wrong pt's blood collected from "
    "the fridge. Reaction.",
    "Elderly lady recvd grp AB red cells despite being grp A, sample labelled from wrong pt. "
    "Haemolysis",
    "Whilst being group O, the pt was transfused group B red cells from the wrong collection "
    "slip; fever, loin pain.",
    "Despite being group B pos, patient got an A pos unit of RBCs in ED, WBIT found later.",
    "man recieved grp A packed cells while being grp O, dark urine ++ after",
    "ED: trauma pt received 2 units grp B RBC whilst being group A rh neg; error found on "
    "regrouping.",
    "pt transfused with group A red cells despite being grp B pos - HTR, ICU.",
    "Pt given group O FFP despite being group A; haem informed, urticaria and fever.",
]

RECIPIENTS_GROUP_IN_A_CLAUSE_OF_BEING_CAUGHT = [
    "Pt about to receive group A red cells while being group O - bedside check stopped it "
    "before spiking.",
    "Nurse about to hang group B RBC for the pt despite being group O; 2nd checker noticed at "
    "the bedside, not spiked.",
]

CLAUSE_OF_BEING_LOOK_ALIKES = [
    "Pt given group O red cells while being group A, O is universal donor. No reaction.",
    "Pt given group A red cells while being group A - correct unit, transfusion uneventful.",
    "Patient group AB given group B red cells whilst being monitored on the ward. No reaction.",
    "Pt given group AB red cells while being group AB pos. Uneventful.",
    "Pt given O neg emergency blood while being group A pos, no group specific available.",
    "Pt given group O red cells despite being group B, as no group-specific blood was "
    "available; appropriate per policy.",
    "Group A red cells given to the pt while being warmed through the blood warmer; pt is group A.",
    "Pt, while being prepped for theatre, given group O neg red cells; pt group B.",
    "Despite being told the pt was group A, the porter brought group O red cells; pt is group "
    "A. Given, no reaction.",
    "Pt was given group B FFP whilst being group O - haematology informed, no reaction.",
]

ANOTHER_ORGANISATIONS_EVENT_AS_BACKGROUND = [
    "Background: a neighbouring trust reported one in March (pt given midazolam 10mg/2ml "
    "instead of 1mg/ml for endoscopy, needed flumazenil). Audit of our endoscopy unit: all "
    "sedation given with the 1mg/ml product, no incidents.",
    "Learning from elsewhere: another trust had a case where a 5mg/ml midazolam amp was drawn up "
    "for a bronchoscopy and caught by the second checker before giving. Our stock reviewed, "
    "only 1mg/ml held.",
    "National data show high strength midazolam mis-selection continues to be reported as a "
    "never event; our endoscopy unit CD cupboard checked, all 1mg/ml.",
    pytest.param(
        "Sedation audit Q3. National reports show high strength midazolam given in endoscopy "
        "where pts needed flumazenil. Our unit: 1 frail pt needed flumazenil after the 1mg/ml "
        "product at a correct dose. A 5mg/ml box was found in the endo cupboard, never used, "
        "and returned to pharmacy.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the stock box's strength joins midazolam and sedation named elsewhere in "
            "the report, with no audit cue read: never event 8",
        ),
    ),
    "Walk-round: a box of midazolam 5mg/ml found in the bronchoscopy CD cupboard, supplied in "
    "error, never used, returned to pharmacy.",
    "Pharmacy bulletin: another trust had a case of insulin drawn up from a pen with a syringe, "
    "caught before giving. No such event here.",
    "A neighbouring trust reported an ABO incompatible transfusion (group A red cells to a "
    "group O pt). Our lab reviewed its procedures; no incidents.",
]

OWN_EVENT_AFTER_ANOTHER_ORGANISATIONS = [
    (
        "Following a never event at a neighbouring trust, staff were reminded of midazolam "
        "strengths. Today in endoscopy the pt was given midazolam 5mg/ml instead of 1mg/ml for "
        "conscious sedation, oversedated, flumazenil given.",
        ("8", None),
    ),
    (
        "A neighbouring trust reported a midazolam never event last month. Today in "
        "bronchoscopy a 5mg/ml midazolam ampoule was drawn up for conscious sedation instead of "
        "1mg/ml, noticed by the 2nd nurse before it was given.",
        (None, "8"),
    ),
]


@pytest.mark.parametrize("text", RECIPIENTS_GROUP_IN_A_CLAUSE_OF_BEING_GIVEN)
def test_recipients_group_in_a_clause_of_being_given_is_never_event_12(text: str) -> None:
    assert rule_never_event_codes(text) == ("12", None)


@pytest.mark.parametrize("text", RECIPIENTS_GROUP_IN_A_CLAUSE_OF_BEING_CAUGHT)
def test_recipients_group_in_a_clause_of_being_caught_is_near_miss_12(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize("text", CLAUSE_OF_BEING_LOOK_ALIKES)
def test_clause_of_being_look_alikes_stay_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", ANOTHER_ORGANISATIONS_EVENT_AS_BACKGROUND)
def test_another_organisations_event_as_background_is_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(("text", "expected"), OWN_EVENT_AFTER_ANOTHER_ORGANISATIONS)
def test_own_event_after_another_organisations_counts(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
