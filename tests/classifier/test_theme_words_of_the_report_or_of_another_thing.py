"""Round 73, helper 5: a theme's words used of the report, of a forum or of another thing, in
reports written by managers and governance staff, and a few ways of telling a theme's own
event that had no cue.

- Words of another thing are no evidence of the theme: a forum that reviews falls ("for the
  falls and bed rails group") is no fall; the neonatal unit named among the areas a doctor was
  covering is no neonatal care; a leak inside a machine or its circuit, or a machine's "blood
  leak detector", is no building leak; the number of a patient's record ("NHS no. ..."), a
  thing with "no replacement", a discharge named among symptoms ("offensive smell and
  discharge") and a patient visiting family "out of area" name no access, transfer or
  discharge; a result told by its test and figure "not seen until" a time is no wait to be
  seen; a harm review of a long wait named as the report's kind, a risk assessment "not
  reviewed despite" a change, and neurological observations told as started while a scan was
  not requested are no failure to monitor; an update added "as the original report did not
  say" is the reporting; staff unaware of a guideline or a competency requirement, or who
  misunderstood a policy, had a gap in knowledge, not information that failed to pass.
- Told of the event, the theme still counts (the look-alikes below each list).
- New cues: a role of the team told with "no ... cover" ("no ODP cover") is staffing; a result
  told by its test and figure not seen or acted on ("an Hb of 62 was not seen for 18 hrs") is
  assessment_diagnosis; a finding "not present on the crew's initial assessment" or "on
  admission" is new since then, not denied.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids

FALLS = "falls"
MATERNITY = "maternity_perinatal"
STAFFING = "staffing_infrastructure_estates"
ACCESS = "access_transfer_discharge"
MONITORING = "monitoring_deterioration"
COMMUNICATION = "communication_documentation"
ASSESSMENT = "assessment_diagnosis"
PRESSURE_ULCER = "pressure_ulcer"

FALLS_FORUM_CASES = [
    (
        "arm found through the gap in the bed rails, bruised. Reported for the falls and bed "
        "rails group to review",
        False,
    ),
    ("bed rail bumpers missing on 3 beds, to go to the falls steering group next month", False),
    ("sensor mats out of stock on the ward, raised at the falls meeting", False),
    ("pt found on the floor by the bed at 04:00, to go to the falls group for review", True),
    ("pt slipped in the shower, discussed at the falls and bed rails group", True),
]


@pytest.mark.parametrize(("text", "expected"), FALLS_FORUM_CASES)
def test_falls_forum_is_no_fall(text: str, expected: bool) -> None:
    assert (FALLS in rule_theme_ids(text)) is expected


NEONATAL_COVER_CASES = [
    (
        "PEWS 6 on the children's ward not reviewed for 2 hrs as the SHO was covering NNU and "
        "paeds ED as well",
        False,
    ),
    ("child with asthma not seen for 3 hrs, one reg covering SCBU plus the wards", False),
    ("baby on NNU desaturated during the feed, the SHO was covering NNU and the wards", True),
]


@pytest.mark.parametrize(("text", "expected"), NEONATAL_COVER_CASES)
def test_neonatal_unit_covered_is_no_neonatal_care(text: str, expected: bool) -> None:
    assert (MATERNITY in rule_theme_ids(text)) is expected


LEAK_CASES = [
    (
        "anaesthetic machine failed its pre use check (leak in the breathing system), first "
        "case started late",
        False,
    ),
    ("ventilator alarming, leak in the circuit found and the circuit changed", False),
    ("dialysis machine blood leak detector failed to alarm, session stopped", False),
    ("water leak through the ceiling of bay 3, 4 pts moved", True),
    ("leak from the pipe in the sluice, floor flooded and the ward closed", True),
]


@pytest.mark.parametrize(("text", "expected"), LEAK_CASES)
def test_leak_inside_a_machine_is_no_building_leak(text: str, expected: bool) -> None:
    assert (STAFFING in rule_theme_ids(text)) is expected


NO_ROLE_COVER_CASES = [
    ("two elective lists cancelled as no ODP cover, 7 pts rebooked", True),
    ("no HCA cover overnight so the 2 hourly turns were missed", True),
    ("pt told to bring a bag in as no PD nurse cover at the weekend", True),
    ("clinic cancelled at short notice, no radiographer cover for the session", True),
    ("no cover on the hot water bottle and the pt's leg was burnt", False),
    ("wound left open with no dressing cover overnight, redressed in the morning", False),
]


@pytest.mark.parametrize(("text", "expected"), NO_ROLE_COVER_CASES)
def test_a_role_with_no_cover_is_staffing(text: str, expected: bool) -> None:
    assert (STAFFING in rule_theme_ids(text)) is expected


ACCESS_CASES = [
    (
        "Clinic letter for pt (NHS no. 943 476 5919) containing sexual health clinic results "
        "was posted to a previous address",
        False,
    ),
    (
        "falls sensor mat had gone for repair and no replacement was on the ward, bed was at "
        "its lowest",
        False,
    ),
    ("day 6 postnatal, offensive smell and discharge, vaginal swab found and removed", False),
    ("she gave birth while visiting family out of area, tear sutured there", False),
    (
        "during the EPR outage one pt's potassium of 6.4 (sent at 13:30) was not seen until 18:10",
        False,
    ),
    ("pt moved to an out of area bed as no beds in the trust", True),
    ("pt discharged before the paediatric review, no follow up arranged", True),
    ("pt attended ED at 10:00 and was not seen until 16:40", True),
    ("no ITU bed available, pt kept in recovery overnight", True),
]


@pytest.mark.parametrize(("text", "expected"), ACCESS_CASES)
def test_other_things_name_no_access(text: str, expected: bool) -> None:
    assert (ACCESS in rule_theme_ids(text)) is expected


MONITORING_CASES = [
    (
        "Ambulance handover delay harm review. Pt 91F waited outside ED for 5 hrs, new "
        "pressure damage found",
        False,
    ),
    ("12 hour trolley wait harm review: pt waited 19 hrs in ED for a medical bed", False),
    (
        "cat 3 PU to heel. Waterlow not reviewed since March despite an obvious drop in mobility",
        False,
    ),
    (
        "pt slipped in the toilet, hit head, on apixaban. Neuro obs started but CT head not "
        "requested until 23:30",
        False,
    ),
    ("unwitnessed fall, no head strike so neuro obs not needed, pt back to bed", False),
    ("NEWS 7 not reviewed despite being escalated to the FY1 twice", True),
    ("pt fell and hit head, neuro obs not done overnight", True),
    ("delay in review of the deteriorating pt, NEWS 8 for 3 hrs", True),
]


@pytest.mark.parametrize(("text", "expected"), MONITORING_CASES)
def test_report_kind_and_other_checks_are_no_failure_to_monitor(text: str, expected: bool) -> None:
    assert (MONITORING in theme_ids(text)) is expected


COMMUNICATION_CASES = [
    (
        "Safeguarding team update: pt disclosed domestic abuse on home leave, S42 accepted. "
        "Adding this update as the original report did not say the DASH was high risk.",
        False,
    ),
    (
        "insulin stopped by the nurse while NBM (misunderstood the NBM policy), no VRIII, DKA "
        "by the morning",
        False,
    ),
    ("the SHO wasnt aware of the paeds fluid guideline and prescribed 0.18% saline", False),
    ("the initial Datix didnt mention that the pt also hit her head, now added", False),
    ("handover did not mention the pt was NBM and breakfast was given", True),
    (
        "Adding this update as the handover did not mention the penicillin allergy and "
        "amoxicillin was given",
        True,
    ),
    ("the nurse misread the chart and gave 10mg instead of 1mg", True),
]


@pytest.mark.parametrize(("text", "expected"), COMMUNICATION_CASES)
def test_report_update_and_knowledge_gap_are_no_failed_communication(
    text: str, expected: bool
) -> None:
    assert (COMMUNICATION in rule_theme_ids(text)) is expected


RESULT_CASES = [
    ("pt registered twice on PAS, an Hb of 62 was not seen for 18 hrs", True),
    ("K 6.9 not actioned until the next day, ECG changes", True),
    ("Hb 98 checked and stable, pt went home", False),
]


@pytest.mark.parametrize(("text", "expected"), RESULT_CASES)
def test_a_result_told_by_its_figure_not_seen(text: str, expected: bool) -> None:
    assert (ASSESSMENT in rule_theme_ids(text)) is expected


NEW_SINCE_CASES = [
    (
        "On arrival in ED skin check found a category 2 pressure ulcer to sacrum not present "
        "on the crew's initial assessment",
        True,
    ),
    ("new grade 2 PU to L heel not present on admission to the ward", True),
    ("heels checked, pressure damage not present, skin intact", False),
]


@pytest.mark.parametrize(("text", "expected"), NEW_SINCE_CASES)
def test_finding_not_present_at_an_earlier_check_is_new(text: str, expected: bool) -> None:
    assert (PRESSURE_ULCER in rule_theme_ids(text)) is expected
