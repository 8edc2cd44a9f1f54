"""Theme join of batch 109 (T6): look-alikes of four themes.

- Equipment nobody looked at or checked before use ("nobody had looked at the gauge") is a
  pre-use check of a device left out, no patient nobody assessed (assessment_diagnosis); a
  patient or a result nobody looked at still is.
- The event found by a person outside the team ("found by the GP 3 days later", "picked up
  by the DN") is how it came to light, no missed diagnosis; a diagnosis told as missed still is.
- An infection queried on admission ("admitted ?pyelonephritis", "admitted query UTI") is
  the reason for the stay (background), no infection of the event; an infection the care
  caused still is.
- A shift's staffing escalated to the site manager or outreach told as unable to help is no
  deteriorating patient escalated (monitoring_deterioration); a patient's NEWS not escalated
  still is.
- A transfer to intensive care told by the ventilation it brought is care escalated, no
  transfer that failed (access_transfer_discharge); a delayed transfer still is.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

EQUIPMENT_LOOKED_AT_CASES = [
    (
        "Transfer to MRI with a porter, pt on 3L O2. In the corridor the cylinder ran out - "
        "no one had looked at the gauge before we left. Sats dropped to 85%, back on wall O2 "
        "within 3 mins.",
        False,
    ),
    (
        "Escort to the cath lab. Portable suction failed on the way as nobody had checked the "
        "battery before leaving the ward. Not needed in the end, no harm.",
        False,
    ),
    (
        "Child on 1L via nasal specs taken to the play room. Nobody had looked at the contents "
        "of the cylinder and it emptied after 20 minutes, child went pale, sats 88%.",
        False,
    ),
    # contrast: a patient or a result nobody looked at
    (
        "Pt with abdo pain on the ward for 6 hours, nobody examined him until the night reg "
        "came, found a perforation.",
        True,
    ),
    (
        "Potassium of 6.9 on the morning bloods, nobody looked at the results until 16:00. "
        "ECG then showed peaked T waves.",
        True,
    ),
]

FOUND_BY_A_PERSON_CASES = [
    (
        "Discharged from ward 7 on new dalteparin injections with no DN referral. Found by the "
        "GP 4 days later when the daughter rang - no doses given. Referral now made.",
        False,
    ),
    (
        "Pt went home with no care package restarted. Discovered by his son 2 days later "
        "sitting in a wet chair, no food in the house. Readmitted.",
        False,
    ),
    # contrast: a diagnosis missed, however it came to light
    (
        "Seen in ED after a fall, x-ray reported as no fracture. Scaphoid fracture missed on the "
        "film, found by the GP 3 weeks later when still painful.",
        True,
    ),
    (
        "Chest pain attendance, troponin not reviewed before discharge, later diagnosed as NSTEMI "
        "3 days later.",
        True,
    ),
]

QUERIED_INFECTION_CASES = [
    (
        "Child admitted ?pyelonephritis. Paracetamol given at 14:00 and again at 16:00 by a "
        "second nurse who did not check the chart. Double dose, toxbase checked, no treatment.",
        False,
    ),
    (
        "Elderly lady admitted query UTI. Her regular warfarin was omitted for 3 nights as the "
        "drug chart was not rewritten after transfer. INR 1.4.",
        False,
    ),
    # contrast: an infection of the event
    (
        "Pt admitted for an elective hip. Developed a wound infection day 5, MRSA grown - "
        "admission screen had not been sent.",
        True,
    ),
    (
        "Cannula left in for 6 days without a VIP score, site red and hot, phlebitis and "
        "cellulitis of the forearm, antibiotics started.",
        True,
    ),
]

STAFFING_ESCALATION_CASES = [
    (
        "HDU night shift 2 nurses short after sickness, no bank fill. Outreach unable to help as "
        "covering ED. Escalated to site manager at 20:10. Breaks not taken, no harm identified.",
        False,
    ),
    (
        "Only 3 RNs for 30 pts on the stroke ward due to sickness. Escalated to bed manager and "
        "matron, no staff available.",
        False,
    ),
    # contrast: a deteriorating patient not escalated
    (
        "NEWS 7 at 02:00 not escalated to the doctor. Pt found unresponsive at 04:00, BP 70/40, "
        "outreach called and transferred to ITU.",
        True,
    ),
]

TRANSFER_AS_ESCALATION_CASES = [
    (
        "Methadone 100mg given instead of 10mg. Pt became unresponsive with pinpoint pupils, "
        "naloxone given, transferred to ICU and ventilated overnight. Recovered.",
        False,
    ),
    (
        "Morphine PCA programmed at 10x the concentration. RR 6, taken to HDU and intubated. "
        "Extubated next day.",
        False,
    ),
    # contrast: a transfer that failed
    (
        "Pt needed ICU but no ICU bed in the trust, waited 14 hours in recovery for a transfer "
        "to another hospital.",
        True,
    ),
]


@pytest.mark.parametrize(("text", "expected"), EQUIPMENT_LOOKED_AT_CASES)
def test_equipment_nobody_looked_at_is_no_patient_unassessed(text: str, expected: bool) -> None:
    assert ("assessment_diagnosis" in theme_ids(text)) is expected


@pytest.mark.parametrize(("text", "expected"), FOUND_BY_A_PERSON_CASES)
def test_event_found_by_a_person_is_no_missed_diagnosis(text: str, expected: bool) -> None:
    assert ("assessment_diagnosis" in theme_ids(text)) is expected


@pytest.mark.parametrize(("text", "expected"), QUERIED_INFECTION_CASES)
def test_infection_queried_on_admission_is_background(text: str, expected: bool) -> None:
    assert ("infection" in theme_ids(text)) is expected


@pytest.mark.parametrize(("text", "expected"), STAFFING_ESCALATION_CASES)
def test_staffing_escalated_is_no_deterioration_escalated(text: str, expected: bool) -> None:
    assert ("monitoring_deterioration" in theme_ids(text)) is expected


@pytest.mark.parametrize(("text", "expected"), TRANSFER_AS_ESCALATION_CASES)
def test_transfer_to_icu_for_ventilation_is_no_access_failure(text: str, expected: bool) -> None:
    assert ("access_transfer_discharge" in theme_ids(text)) is expected
