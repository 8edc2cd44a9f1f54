"""Round 59, helper 1: never events on surgical wards, in post-op care and in community and
mental health services.

- A urinary catheter told by the days it stayed in ("was left 11 days") or as not taken out on
  the day it was due ("not removed by day 3"): a catheter's care, no retained object. A catheter
  tip found left in the bladder after removal still is never event 3.
- A block told verb first with the volume it was done with ("did the L femoral block with 15 ml
  bupivacaine") before the side was found wrong: never event 1, even with "before realising ...
  the op note" after it. A wrong side caught before any injection stays near miss 1.
- Methotrexate charted daily, "the weekly dose was given" on its day and the chart corrected
  before a further dose: the weekly dose is the right one, near miss 7. "His weekly dose was
  given daily" is still never event 7.
- A drain or sutures taken out of the wrong patient: the end of a device's care, not an invasive
  procedure on the wrong patient. A drain put into the wrong patient is still never event 1.
- High strength midazolam kept on the ward "for end of life care" and drawn up for conscious
  sedation: the stock's intended use, not the area of the sedation; caught before it was given,
  near miss 8. Midazolam given by syringe driver to a palliative patient stays no never event.
- A patient's own insulin overdose met by a crisis team or psychiatric liaison: self-harm, no
  never event 6. A "U" misread by staff stays never event 6 whatever mental health review
  follows.
- A mental health inpatient "admitted from the CMHT" found hanging from a rail that held: the
  community team is where the patient came from, never event 9. A hanging in the patient's own
  flat stays excluded.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CATHETER_KEPT_TOO_LONG = [
    "foley put in during the open hernia repair was left 11 days, nobody reviewed it, pt spiked "
    "a temp with a CAUTI. the catheter was not removed by day 3 as the enhanced recovery "
    "pathway says.",
    "IDC inserted in theatre for the cystectomy remained 3 weeks with no TWOC date written, "
    "urosepsis on readmission.",
]

CATHETER_TIP_LEFT_IN = [
    "at cystoscopy 3 weeks after the TURP a fragment of the catheter tip was found retained in "
    "the bladder, the catheter had been cut on removal on the ward.",
]

BLOCK_DONE_WITH_VOLUME = [
    "anaesthetist in recovery did the L femoral block with 15 ml bupivacaine before realising "
    "from the op note that the hip fixed was the right one. right block then done.",
]

BLOCK_SIDE_CAUGHT_BEFORE_INJECTION = [
    "anaesthetist had the needle over the L groin for a femoral block for a R hip fracture, the "
    "ODP spotted the R arrow before any injection, block done on the right.",
]

WEEKLY_DOSE_GIVEN_THEN_CAUGHT = [
    "pt with RA in for a lap chole, methotrexate 15mg written up OD on the drug chart. her "
    "weekly dose was given on the ward on Monday. pharmacist changed the chart to weekly on "
    "Tuesday before any further dose given.",
]

WEEKLY_DOSE_GIVEN_DAILY = [
    "pt with psoriasis admitted, methotrexate 10mg charted OD. his weekly dose was given daily "
    "for 4 days before the pharmacist noticed on Friday.",
]

DEVICE_REMOVED_FROM_WRONG_PATIENT = [
    "two ladies called Patel on ward 9, the plan to take out sutures was carried out on the "
    "wrong Mrs Patel, her sutures were removed 5 days early and the wound gaped.",
    "two men with the same surname in bay 4, 'remove drain' was done on the wrong Mr Khan, his "
    "drain was pulled out while still draining, needed re-insertion in IR.",
]

DRAIN_INSERTED_IN_WRONG_PATIENT = [
    "two pts with the same surname in bay 1, chest drain inserted into the wrong patient by the "
    "reg, the correct pt still had the pneumothorax.",
]

MIDAZOLAM_KEPT_FOR_END_OF_LIFE = [
    "registrar drew up midazolam 5mg/ml for conscious sedation to reduce a shoulder on the ward "
    "believing it was the 1mg/ml, the nurse noticed before any was given. the 5mg/ml stock is "
    "stored on the unit for palliative pts on syringe drivers.",
]

MIDAZOLAM_GIVEN_FOR_END_OF_LIFE = [
    "pt on the hospice ward given midazolam 10mg/2ml via syringe driver for end of life care, "
    "kept in the CD cupboard for palliative patients.",
]

OWN_INSULIN_OVERDOSE = [
    "34M T1DM injected 80u Lantus at home after losing his job, partner found him drowsy, BM "
    "1.7, glucagon given by crew. seen by psych liaison in ED.",
    "19yo with T1DM took 60u humalog at her flat after an argument, BM 2.2 on arrival, crisis "
    "team saw her in ED.",
]

U_MISREAD_THEN_LIAISON = [
    "pt given 60 units novorapid as the chart said 6u, the u read as a zero. BM 1.8, iv glucose. "
    "pt anxious, referred to psych liaison for low mood.",
]

HANGING_ADMITTED_FROM_COMMUNITY_TEAM = [
    "pt admitted to the acute ward from the CMHT last week, found hanging by a belt from the "
    "shower curtain rail in the en-suite, the rail did not collapse, cut down by staff, "
    "transferred to ED.",
]

HANGING_IN_OWN_FLAT = [
    "CMHT pt found hanging from the curtain rail in her flat by her care coordinator, the rail "
    "did not give way, ambulance called.",
]


@pytest.mark.parametrize(
    "text",
    CATHETER_KEPT_TOO_LONG
    + DEVICE_REMOVED_FROM_WRONG_PATIENT
    + MIDAZOLAM_GIVEN_FOR_END_OF_LIFE
    + OWN_INSULIN_OVERDOSE,
)
def test_no_never_event_and_no_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", CATHETER_TIP_LEFT_IN)
def test_catheter_tip_left_in_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize(
    "text",
    BLOCK_DONE_WITH_VOLUME + DRAIN_INSERTED_IN_WRONG_PATIENT,
)
def test_wrong_site_procedure_done_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", BLOCK_SIDE_CAUGHT_BEFORE_INJECTION)
def test_block_side_caught_before_injection_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", WEEKLY_DOSE_GIVEN_THEN_CAUGHT)
def test_weekly_dose_given_then_daily_chart_caught_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "7")


@pytest.mark.parametrize("text", WEEKLY_DOSE_GIVEN_DAILY)
def test_weekly_dose_given_daily_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("7", None)


@pytest.mark.parametrize("text", MIDAZOLAM_KEPT_FOR_END_OF_LIFE)
def test_end_of_life_stock_drawn_up_for_sedation_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "8")


@pytest.mark.parametrize("text", U_MISREAD_THEN_LIAISON)
def test_u_misread_by_staff_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("6", None)


@pytest.mark.parametrize("text", HANGING_ADMITTED_FROM_COMMUNITY_TEAM)
def test_inpatient_admitted_from_community_team_is_never_event(text: str) -> None:
    assert never_event_codes(text, service_type="4", location_type="10") == ("9", None)


@pytest.mark.parametrize("text", HANGING_IN_OWN_FLAT)
def test_hanging_in_own_flat_is_excluded(text: str) -> None:
    assert never_event_codes(text, service_type="4") == (None, None)
