"""Round 64, helper 3: a device that fell out told without its name, time pressure, the
obstetric registrar, follow-up written "f/u", and medicines left off.

- A drain or tube named in one sentence and then told as "fell out overnight" or "fell out on
  the ward" in the next is a dislodged device, not a patient fall. A patient who "fell out of
  bed" is still a fall.
- A task done in a rush "as we were short of time" is time pressure on the list, not staffing.
  "As we were short" with no object, or short of nurses, still ties the event to staffing.
- "Obs reg" / "obs registrar" / "obs and gynae" name obstetrics, not observations: no
  monitoring_deterioration from them. Observations not done still count.
- Follow-up written "f/u" reads like "follow-up" where its booking failed ("no f/u booked",
  "f/u appt never made"); an f/u booked and attended is no access.
- Surgical or antibiotic prophylaxis not given is an omitted medicine (medication); a drug
  such as LMWH or insulin left off the TTO or the chart ("no LMWH was included on the TTO") is
  a prescribing omission (medication). Anti-D prophylaxis keeps to its own theme and a TTO told
  with nothing missing adds no medication.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

DEVICE_FELL_OUT = [
    "L chest drain put in on ITU on tuesday. Fell out overnight as it had only one stitch, "
    "pt needed a new drain in the morning.",
    "suprapubic catheter changed in clinic. Fell out on the ward the same evening, balloon "
    "found deflated, urology asked to replace it.",
]

PATIENT_FELL_OUT = [
    "pt confused and agitated overnight. Fell out of bed at 02:40, found on the floor by the "
    "HCA, no head injury, obs stable.",
]

SHORT_OF_TIME = [
    "specimen labels were written at the end of the clinic as we were short of time, 2 "
    "samples found with the wrong names on them.",
]

SHORT_STAFFED = [
    "specimen labels were written at the end of the clinic as we were short, only one nurse "
    "for the whole list, 2 samples found with the wrong names on them.",
]

OBSTETRIC_REGISTRAR = [
    "surgical ward pt who is 18 weeks pregnant had lower abdo pain after her op, seen by the "
    "obs registrar who was happy, no uterine activity.",
    "pt 21 weeks pregnant on the surgical ward after her lap appendix, CTG not indicated at "
    "this gestation, reviewed by obs reg, no contractions",
]

OBSERVATIONS_MISSED = [
    "surgical ward pt who is 18 weeks pregnant, obs not done for 8 hours overnight, found "
    "tachycardic and hypotensive in the morning.",
]

FOLLOW_UP_NOT_BOOKED = [
    "histology showed a melanoma but the letter went to the wrong consultant and no f/u was "
    "booked, pt only seen 4 months later.",
    "plan was repeat scan and clinic in 6 weeks, the f/u appt was never made and pt chased it "
    "herself.",
]

FOLLOW_UP_BOOKED = [
    "f/u booked in clinic for 6 weeks after the carpal tunnel release, wound healed, "
    "attended as planned.",
]

PROPHYLAXIS_OMITTED = [
    "antibiotic prophylaxis (co-amoxiclav) not given before knife to skin for the hip "
    "hemiarthroplasty, noticed at the end of the case.",
    "surgical prophylaxis not given at induction for the open appendicectomy, both the "
    "anaesthetist and the surgeon thought the other had given it.",
]

LEFT_OFF_THE_TTO = [
    "discharged after a tib plateau fixation in a cast, no LMWH was included on the TTO "
    "despite the trust guideline, readmitted with a DVT.",
    "pt with type 1 diabetes moved wards post op and no insulin was put on the new drug chart, "
    "CBG 21 in the morning.",
]

NOTHING_LEFT_OFF = [
    "no changes were included on the TTO as the pt was on the same tablets as before, "
    "discharged home with his wife.",
]


@pytest.mark.parametrize("text", DEVICE_FELL_OUT)
def test_a_device_that_fell_out_is_no_fall(text: str) -> None:
    assert "falls" not in theme_ids(text)


@pytest.mark.parametrize("text", PATIENT_FELL_OUT)
def test_a_patient_who_fell_out_of_bed_still_fell(text: str) -> None:
    assert "falls" in theme_ids(text)


@pytest.mark.parametrize("text", SHORT_OF_TIME)
def test_short_of_time_is_no_staffing(text: str) -> None:
    assert "staffing_infrastructure_estates" not in theme_ids(text)


@pytest.mark.parametrize("text", SHORT_STAFFED)
def test_short_of_staff_still_is_staffing(text: str) -> None:
    assert "staffing_infrastructure_estates" in theme_ids(text)


@pytest.mark.parametrize("text", OBSTETRIC_REGISTRAR)
def test_the_obs_registrar_is_no_monitoring(text: str) -> None:
    assert "monitoring_deterioration" not in theme_ids(text)


@pytest.mark.parametrize("text", OBSERVATIONS_MISSED)
def test_observations_not_done_still_are_monitoring(text: str) -> None:
    assert "monitoring_deterioration" in theme_ids(text)


@pytest.mark.parametrize("text", FOLLOW_UP_NOT_BOOKED)
def test_f_u_not_booked_is_access(text: str) -> None:
    assert "access_transfer_discharge" in theme_ids(text)


@pytest.mark.parametrize("text", FOLLOW_UP_BOOKED)
def test_f_u_booked_as_planned_is_no_access(text: str) -> None:
    assert "access_transfer_discharge" not in theme_ids(text)


@pytest.mark.parametrize("text", PROPHYLAXIS_OMITTED)
def test_prophylaxis_not_given_is_medication(text: str) -> None:
    assert "medication" in theme_ids(text)


@pytest.mark.parametrize("text", LEFT_OFF_THE_TTO)
def test_a_drug_left_off_the_tto_is_medication(text: str) -> None:
    assert "medication" in theme_ids(text)


@pytest.mark.parametrize("text", NOTHING_LEFT_OFF)
def test_a_tto_with_nothing_left_off_is_no_medication(text: str) -> None:
    assert "medication" not in theme_ids(text)
