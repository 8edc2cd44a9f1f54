"""Helper X6: batch 109's tube and air near misses.

- A giving told in its base form and joined by "and" / "then" to a predicate told still to come
  ("was about to do a 'whoosh test' ... and then start the feed", "was going to check it with
  air and give the meds", "had planned to auscultate with air and then administer"): the giving
  shares that prospect and is no use of the tube, so a tube then found in the airway is near
  miss 13 (dev-181910). A giving told done ("started the feed", "gave 30ml water") or after a
  verb of doing ("proceeded to do a whoosh test and then start the feed") stays a use: never
  event 13.
- An oxygen device's tubing moved onto the air flowmeter and the flow not yet turned up when the
  air was seen ("was about to turn it up when the paramedic said 'that's air'"): no gas given
  yet, near miss 15 (dev-181940). Turned up and the patient told on it, or a flow turned up
  after a saturation or a time told on the air ("1 hr obs sats 86% ... I went to turn the flow
  up", dev-137910): never event 15.
- A saturation read on room air ("sats 91% in air") owns its "air": read on into "salbutamol
  nebs prescribed" it is no air prescribed, so a nebuliser prescribed on oxygen and set up on
  the air flowmeter, caught before it went on, is near miss 15 (dev-181980). A nebuliser
  prescribed to be driven by medical air is still air intended.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# ------------------------------------------------------------------ 13: giving still to come

WHOOSH_TEST_STOPPED = (
    "Nutrition nurse specialist. Called to help on ward 8 - staff nurse had passed an NG on a pt "
    "post stroke, couldn't get aspirate after repositioning and was about to do a 'whoosh test' "
    "with a 50ml syringe of air and then start the feed. I stopped this, explained why it is not "
    "a safe check, and requested CXR. CXR showed the tube in the trachea, tip just above the "
    "carina. Tube removed. Nothing had been given down it. Staff nurse had last done NG training "
    "in 2015, will arrange update for the ward."
)


def test_the_whoosh_test_stopped_before_the_feed_and_the_tube_in_the_trachea_is_a_near_miss() -> (
    None
):
    assert never_event_codes(WHOOSH_TEST_STOPPED) == (None, "13")


GIVING_JOINED_TO_A_PROSPECT = [
    "FY1 asked to review NG position. Nurse had planned to auscultate with air and then "
    "administer the evening medications via the tube. Xray showed NG tip in R bronchus. Tube "
    "removed before any use.",
    "NG placed overnight, no aspirate, night RN was going to check with a 50 ml syringe of air "
    "and start the feed. I stopped this and requested a CXR which showed the tube in the "
    "trachea. Pulled out. Nothing had gone down it.",
    "NG tube passed on ward, no aspirate obtained. HCA was going to push 20ml of air down it and "
    "listen and then give the 10:00 meds. I stopped her and asked for an xray. CXR: NGT in the "
    "right main bronchus. Removed. Nothing given.",
    "Agency nurse inserted NGT, pH strips unavailable so she was about to do the whoosh test and "
    "then start the Nutrison. Sister intervened, xray requested - tube in the left lung. Tube "
    "removed, no feed given.",
]


@pytest.mark.parametrize("text", GIVING_JOINED_TO_A_PROSPECT)
def test_a_giving_joined_to_a_predicate_still_to_come_is_no_use_of_the_tube(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


GIVING_TOLD_DONE = [
    "Staff nurse passed NG, couldn't get aspirate, did a whoosh test and then started the feed "
    "at 50ml/hr. Pt coughing, CXR showed tube in the right main bronchus. Feed stopped.",
    "NG passed, no aspirate, nurse proceeded to do a whoosh test and then start the feed. Next "
    "morning CXR tube in the left lower lobe bronchus. Feed stopped.",
    "NGT inserted, whoosh test done and then gave 30ml water flush. Pt desaturated, CXR tube in "
    "trachea.",
]


@pytest.mark.parametrize("text", GIVING_TOLD_DONE)
def test_a_giving_told_done_down_a_tube_in_the_airway_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


def test_a_tube_found_in_the_airway_with_nothing_given_stays_a_near_miss() -> None:
    text = (
        "NG passed, no aspirate after repositioning, CXR requested which showed the tube in the "
        "trachea. Tube removed, nothing given."
    )
    assert never_event_codes(text) == (None, "13")


# ------------------------------------------------------------ 15: flow not yet turned up

AIR_FLOWMETER_CAUGHT_AT_HANDOVER = (
    "Handover in ED resus from ambulance crew. Pt on 15L non-rebreathe from the ambulance "
    "cylinder. ED nurse took the tubing off the cylinder and pushed it onto the air flowmeter on "
    "the pendant and was about to turn it up when the paramedic said 'that's air' - it was. "
    "Moved onto the oxygen flowmeter before the mask lost any flow. No desat. Both flowmeters "
    "are white/unmarked apart from small print. Have asked for air flowmeters to be stored away "
    "when not in use."
)


def test_tubing_on_the_air_flowmeter_caught_before_it_was_turned_up_is_a_near_miss() -> None:
    assert never_event_codes(AIR_FLOWMETER_CAUGHT_AT_HANDOVER) == (None, "15")


FLOW_NOT_YET_TURNED_UP = [
    "Pt arrived in resus on a non-rebreathe mask at 15L from the ambulance cylinder. Staff nurse "
    "moved the tubing from the cylinder onto the air flowmeter on the wall and was going to turn "
    "it up when the crew pointed out it was medical air. Swapped to the oxygen flowmeter "
    "straight away. Sats maintained.",
    "Transfer from ITU, pt on 10L via venturi from the portable cylinder. HCA connected the "
    "tubing to the air flowmeter at the bedspace and went to turn the flow up when I noticed the "
    "AIR label. Moved to O2 before any flow. No harm.",
]


@pytest.mark.parametrize("text", FLOW_NOT_YET_TURNED_UP)
def test_an_air_flowmeter_seen_before_the_flow_was_turned_up_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "15")


FLOW_TURNED_UP_ON_A_PATIENT_ON_AIR = [
    "Pt on 3L nasal specs back from endoscopy, HCA put the tubing onto the wall flowmeter which "
    "was the air one. Obs at 30 mins sats 85%. I only realised when I went to turn the flow up "
    "and saw the AIR label. Moved to O2, sats 96%.",
    "Post op pt on 4L via hudson mask, porter attached the tubing to the medical air flowmeter "
    "on transfer. Pt had been on it for 45 mins when the RN was about to turn it up for low "
    "sats and saw it was air. Changed to oxygen.",
]


@pytest.mark.parametrize("text", FLOW_TURNED_UP_ON_A_PATIENT_ON_AIR)
def test_a_flow_turned_up_after_the_patient_is_told_on_the_air_stays_a_never_event(
    text: str,
) -> None:
    assert never_event_codes(text) == ("15", None)


def test_an_air_flowmeter_turned_up_and_the_patient_desaturating_stays_a_never_event() -> None:
    text = (
        "Pt on 15L non-rebreathe from the ambulance cylinder. ED nurse pushed the tubing onto the "
        "air flowmeter and turned it up to 15L. Sats dropped from 96% to 84% over 10 minutes "
        "before the paramedic noticed it was air. Moved to oxygen."
    )
    assert never_event_codes(text) == ("15", None)


# ----------------------------------------------- 15: the room air of a saturation reading

NEBULISER_ON_AIR_CAUGHT = (
    "Paeds assessment unit: 4yo with acute asthma, sats 91% in air, salbutamol nebs prescribed to "
    "be driven by O2 6L. HCA set up the neb on the air flowmeter. I checked before we turned it "
    "on and put the mask on the child, moved it to O2. No harm."
)


def test_a_saturation_in_air_before_the_nebuliser_prescription_is_no_air_prescribed() -> None:
    assert never_event_codes(NEBULISER_ON_AIR_CAUGHT) == (None, "15")


SATURATION_IN_AIR_THEN_NEBULISER = [
    "Child with bronchiolitis, sats 89% in air, nebs prescribed via oxygen 6L. Student nurse "
    "attached the nebuliser to the air flowmeter. I spotted it before the mask went on the child "
    "and moved it to the O2 outlet. No harm.",
    "Asthma, sats 92% on air. Salbutamol nebs to be driven by O2 8L as prescribed. HCA set the "
    "neb up on the medical air flowmeter, caught before we turned it on, moved to oxygen. No "
    "harm.",
]


@pytest.mark.parametrize("text", SATURATION_IN_AIR_THEN_NEBULISER)
def test_an_oxygen_nebuliser_on_the_air_caught_before_use_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "15")


def test_a_nebuliser_prescribed_on_medical_air_stays_air_intended() -> None:
    text = (
        "COPD pt, sats 88% on air, nebs prescribed to be driven by medical air due to CO2 "
        "retention. Neb set up on the air flowmeter as prescribed."
    )
    assert never_event_codes(text) == (None, None)


def test_a_nebuliser_run_on_the_air_with_sats_falling_stays_a_never_event() -> None:
    text = (
        "Pt with asthma, sats 91% in air. Salbutamol neb set up on the air flowmeter and given "
        "for 10 mins, sats fell to 86%. Nurse realised it was air and moved it to O2."
    )
    assert never_event_codes(text) == ("15", None)
