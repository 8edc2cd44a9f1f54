"""FHIR R4 AdverseEvent (plain HL7 and LFPSE v5 profiled) <-> Incident mapping."""

from __future__ import annotations

import copy
import datetime as dt
import json
from importlib import resources
from typing import Any

import pytest
from fhir.resources.R4B.adverseevent import AdverseEvent
from fhir.resources.R4B.operationoutcome import OperationOutcome
from hypothesis import given, settings
from hypothesis import strategies as st

import shared.lfpse as lfpse
from intake.fhir import (
    FhirIssue,
    FhirMappingError,
    adverse_event_to_incident,
    error_outcome,
    incident_to_adverse_event,
    operation_outcome,
)
from intake.fhir import profile as p
from intake.fhir.examples import LFPSE_EXAMPLE, lfpse_example, openapi_examples, plain_r4_example
from shared.incident import EventType, Incident

NATIVE_EXAMPLE = Incident.model_config["json_schema_extra"]["examples"][0]  # type: ignore[index]
GOVERNANCE = f"AdverseEvent.extension('{p.EXT_GOVERNANCE}')"
PATIENT_INFO = f"AdverseEvent.contained[0].extension('{p.EXT_PATIENT_INFORMATION}')"
LOCATION_DETAILS = f"AdverseEvent.contained[1].extension('{p.EXT_LOCATION_DETAILS}')"
REPORTER_DETAILS = f"AdverseEvent.contained[2].extension('{p.EXT_PRACTITIONER_DETAILS}')"


def native() -> Incident:
    return Incident.model_validate(NATIVE_EXAMPLE)


def to_incident(resource: dict[str, Any], caller: str = "RC9") -> Incident:
    return adverse_event_to_incident(resource, caller_ods_code=caller)


def issues_of(resource: Any, caller: str = "RC9") -> list[FhirIssue]:
    with pytest.raises(FhirMappingError) as caught:
        adverse_event_to_incident(resource, caller_ods_code=caller)
    return caught.value.issues


def only_issue(resource: Any) -> FhirIssue:
    issues = issues_of(resource)
    assert len(issues) == 1, issues
    return issues[0]


def sub_extensions(resource: dict[str, Any], url: str) -> list[dict[str, Any]]:
    """The sub-extension list of top-level complex extension `url` (to edit in place)."""
    return next(ext for ext in resource["extension"] if ext["url"] == url)["extension"]


def contained_subs(resource: dict[str, Any], index: int) -> list[dict[str, Any]]:
    return resource["contained"][index]["extension"][0]["extension"]


def set_sub(subs: list[dict[str, Any]], name: str, **value: Any) -> None:
    subs[:] = [sub for sub in subs if sub["url"] != name] + [{"url": name, **value}]


def without_description(resource: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in resource.items() if k != "description"}


# --- The examples ---------------------------------------------------------------------------


def test_lfpse_example_maps_to_its_native_twin() -> None:
    assert to_incident(lfpse_example(), caller="XYZ") == native()


def test_lfpse_example_is_the_rendering_of_the_native_example() -> None:
    assert incident_to_adverse_event(native()) == LFPSE_EXAMPLE


def test_lfpse_example_is_valid_r4_apart_from_lfpse_description() -> None:
    AdverseEvent.model_validate(without_description(lfpse_example()))


def test_plain_hl7_example_is_accepted_with_the_callers_organisation() -> None:
    incident = to_incident(plain_r4_example(), caller=" rc9 ")
    assert incident.ods_code == "RC9"
    assert incident.local_reference == "49476534"
    assert incident.description == "This was a mild rash on the left forearm"
    assert incident.event_type is EventType.INCIDENT
    assert incident.occurred.date == dt.date(2017, 1, 29)
    assert incident.occurred.time == dt.time(12, 34, 56)  # +00:00 is London time in January
    assert not incident.occurred.estimated
    assert incident.physical_harm == "4"  # severity mild -> low physical harm
    assert incident.service_type == "15"  # "I don't know"
    assert incident.reporter_never_event is False


def test_plain_example_is_shipped_unchanged_and_examples_are_private_copies() -> None:
    shipped = resources.files("intake.fhir") / "data" / "adverseevent-example-r4.json"
    assert plain_r4_example() == json.loads(shipped.read_text(encoding="utf-8"))
    mine = plain_r4_example()
    mine["id"] = "changed"
    assert plain_r4_example()["id"] == "example"
    lfpse_example()["meta"]["profile"].clear()
    assert LFPSE_EXAMPLE["meta"]["profile"] == [p.PROFILE]
    assert set(openapi_examples()) == {"lfpse", "plain-r4"}


# --- Round trip -------------------------------------------------------------------------------


ROUND_TRIPS = {
    "native example": NATIVE_EXAMPLE,
    "minimal incident": {
        "ods_code": "RYJ",
        "local_reference": "R-1",
        "occurred": {"date": "2025-03-30"},
        "service_type": "15",
        "description": "Fall on ward.",
        "physical_harm": "5",
    },
    "estimated risk": {
        "ods_code": "RX1",
        "local_reference": "RISK/77",
        "event_type": "risk",
        "occurred": {"date": "2026-10-01", "estimated": True},
        "service_type": "4",
        "description": "Ligature point found in bathroom.",
        "duty_of_candour": False,
    },
    "good care at a precise time": {
        "ods_code": "RC9",
        "local_reference": "GC-9",
        "event_type": "good_care",
        "occurred": {"date": "2026-06-01", "time": "03:04:05.123456", "estimated": True},
        "service_type": "19",
        "location": "Labour ward",
        "description": "Midwife spotted a deteriorating baby early.",
        "psychological_harm": "4",
        "patient_sex": "1",
    },
    "outcome": {
        "ods_code": "RAJ",
        "local_reference": "O-1",
        "event_type": "outcome",
        "occurred": {"date": "2024-02-29", "time": "23:59:59"},
        "service_type": "1",
        "specialty": "2",
        "location_type": "9",
        "description": "Unplanned return to theatre.",
        "physical_harm": "1",
        "patient_age_bracket": "12",
    },
}


@pytest.mark.parametrize("data", ROUND_TRIPS.values(), ids=list(ROUND_TRIPS))
def test_round_trip(data: dict[str, Any]) -> None:
    incident = Incident.model_validate(data)
    rendered = incident_to_adverse_event(incident)
    AdverseEvent.model_validate(without_description(rendered))
    assert to_incident(rendered, caller=incident.ods_code) == incident


def codes(system_id: str) -> st.SearchStrategy[str]:
    return st.sampled_from(sorted(lfpse.codes(system_id)))


TEXT = st.text(min_size=1, max_size=30).map(str.strip).filter(lambda t: bool(t) and "\x00" not in t)


@st.composite
def incidents(draw: st.DrawFn) -> Incident:
    event_type = draw(st.sampled_from(EventType))
    never_event = draw(st.booleans())
    harm = codes(lfpse.PHYSICAL_HARM)
    return Incident(
        ods_code=draw(st.from_regex(r"[A-Z0-9]{3,6}", fullmatch=True)),
        local_reference=draw(TEXT),
        event_type=event_type,
        occurred={
            "date": draw(st.dates(dt.date(1990, 1, 1), dt.date(2026, 11, 1))),
            "time": draw(st.none() | st.times()),
            "estimated": draw(st.booleans()),
        },
        service_type=draw(codes(lfpse.SERVICE_TYPE)),
        specialty=draw(st.none() | codes(lfpse.SPECIALTY)),
        location_type=draw(st.none() | codes(lfpse.INCIDENT_LOCATION)),
        location=draw(st.none() | TEXT),
        description=draw(TEXT),
        immediate_actions=draw(st.none() | TEXT),
        physical_harm=draw(harm if event_type is EventType.INCIDENT else st.none() | harm),
        psychological_harm=draw(st.none() | codes(lfpse.PSYCHOLOGICAL_HARM)),
        patient_age_bracket=draw(st.none() | codes(lfpse.AGE_BRACKET)),
        patient_sex=draw(st.none() | codes(lfpse.GENDER)),
        reporter_never_event=never_event,
        reporter_never_event_type=draw(
            st.none() | codes(lfpse.NEVER_EVENT_TYPE) if never_event else st.none()
        ),
        duty_of_candour=draw(st.none() | st.booleans()),
    )


@settings(max_examples=150, deadline=None)
@given(incidents())
def test_round_trip_property(incident: Incident) -> None:
    rendered = incident_to_adverse_event(incident)
    assert to_incident(rendered, caller=incident.ods_code) == incident


# --- Organisation and identity --------------------------------------------------------------


def test_payload_organisation_wins_over_the_callers() -> None:
    assert to_incident(lfpse_example(), caller="RYJ").ods_code == "RC9"


def test_involved_organisations_prefer_the_caller_then_the_first() -> None:
    resource = lfpse_example()
    contained_subs(resource, 2).clear()
    resource["contained"][2]["extension"] = []
    location = contained_subs(resource, 1)
    set_sub(location, "Organisation", valueCode="RX1")
    location.append({"url": "Organisation", "valueCode": "RYJ"})
    assert to_incident(resource, caller="ryj").ods_code == "RYJ"
    assert to_incident(resource, caller="RAJ").ods_code == "RX1"


def test_reference_number_wins_over_identifier() -> None:
    resource = lfpse_example()
    resource["identifier"] = {"system": "https://trust.example/ids", "value": "OTHER"}
    assert to_incident(resource).local_reference == "DCIQ-2026-004211"
    del resource["extension"][3]
    assert to_incident(resource).local_reference == "OTHER"


def test_unknown_extensions_and_sub_extensions_are_ignored() -> None:
    resource = lfpse_example()
    resource["extension"].append({"url": "https://example.org/x", "valueString": "x"})
    sub_extensions(resource, p.EXT_GOVERNANCE).append({"url": "CqcNotify", "valueBoolean": True})
    assert to_incident(resource) == native()


# --- Dates and times ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "expected_date", "expected_time"),
    [
        ("2026-07-01T13:20:00Z", dt.date(2026, 7, 1), dt.time(14, 20)),  # BST
        ("2026-07-01T23:30:00+00:00", dt.date(2026, 7, 2), dt.time(0, 30)),
        ("2026-01-10T09:00:00+01:00", dt.date(2026, 1, 10), dt.time(8, 0)),
    ],
)
def test_date_times_become_london_wall_clock(
    date: str, expected_date: dt.date, expected_time: dt.time
) -> None:
    resource = plain_r4_example()
    resource["date"] = date
    occurred = to_incident(resource).occurred
    assert (occurred.date, occurred.time, occurred.estimated) == (
        expected_date,
        expected_time,
        False,
    )


@pytest.mark.parametrize(
    ("approximate", "expected"),
    [
        ("2026-10-12", dt.date(2026, 10, 12)),
        ("2026-10", dt.date(2026, 10, 1)),
        ("2025", dt.date(2025, 1, 1)),
        ("12/10/2026", dt.date(2026, 10, 12)),
    ],
)
def test_approximate_date_is_an_estimate(approximate: str, expected: dt.date) -> None:
    resource = lfpse_example()
    del resource["date"]
    set_sub(
        sub_extensions(resource, p.EXT_ESTIMATED_DATE), "ApproximateDate", valueString=approximate
    )
    occurred = to_incident(resource).occurred
    assert (occurred.date, occurred.time, occurred.estimated) == (expected, dt.time(14, 20), True)


def test_partial_fhir_date_is_an_estimate() -> None:
    resource = plain_r4_example()
    resource["date"] = "2016-11"
    occurred = to_incident(resource).occurred
    assert (occurred.date, occurred.time, occurred.estimated) == (dt.date(2016, 11, 1), None, True)


# --- Plain R4 defaults ----------------------------------------------------------------------


def coded(system: str, code: str) -> dict[str, Any]:
    return {"coding": [{"system": system, "code": code}]}


@pytest.mark.parametrize(
    ("elements", "harm"),
    [
        ({"severity": coded(p.SEVERITY_SYSTEM, "moderate")}, "3"),
        ({"severity": coded(p.SEVERITY_SYSTEM, "severe")}, "2"),
        ({"seriousness": coded(p.SERIOUSNESS_SYSTEM, "SeriousResultsInDeath")}, "1"),
        ({"seriousness": coded(p.SERIOUSNESS_SYSTEM, "SeriousIsLifeThreatening")}, "2"),
        ({"seriousness": coded(p.SERIOUSNESS_SYSTEM, "SeriousResultsInHospitalization")}, "3"),
        ({"outcome": coded(p.OUTCOME_SYSTEM, "fatal")}, "1"),
        ({"outcome": coded(p.OUTCOME_SYSTEM, "resolvedWithSequelae")}, "3"),
        # the worst signal wins
        (
            {
                "severity": coded(p.SEVERITY_SYSTEM, "mild"),
                "outcome": coded(p.OUTCOME_SYSTEM, "fatal"),
            },
            "1",
        ),
    ],
)
def test_plain_r4_harm_mapping(elements: dict[str, Any], harm: str) -> None:
    resource = plain_r4_example()
    resource.pop("seriousness")
    resource.pop("severity")
    resource.update(elements)
    assert to_incident(resource).physical_harm == harm


def test_potential_event_is_a_risk_without_inferred_harm() -> None:
    resource = plain_r4_example()
    resource["actuality"] = "potential"
    incident = to_incident(resource)
    assert incident.event_type is EventType.RISK
    assert incident.physical_harm is None


@pytest.mark.parametrize(
    ("birth_date", "bracket"),
    [("1971-01-30", "9"), ("1971-01-29", "10"), ("2017-01-20", "1"), ("2016-02-01", "3")],
)
def test_patient_sex_and_age_bracket_from_plain_patient(birth_date: str, bracket: str) -> None:
    resource = plain_r4_example()  # the event is on 2017-01-29
    resource["contained"] = [
        {"resourceType": "Patient", "id": "p1", "gender": "female", "birthDate": birth_date}
    ]
    resource["subject"] = {"reference": "#p1"}
    incident = to_incident(resource)
    assert (incident.patient_sex, incident.patient_age_bracket) == ("1", bracket)


def test_age_bracket_from_age_in_days_and_primary_patient() -> None:
    resource = lfpse_example()
    patient = resource["contained"][0]
    first = patient["extension"][0]
    first["extension"] = [
        {"url": "PatientSequence", "valueInteger": 1},
        {"url": "PhysicalHarm", "valueCode": "4"},
        {"url": "AgeAtTimeOfIncidentDays", "valueInteger": 20},
    ]
    second = copy.deepcopy(LFPSE_EXAMPLE["contained"][0]["extension"][0])
    second["extension"][0]["valueInteger"] = 2
    patient["extension"] = [second, first]
    incident = to_incident(resource)
    assert (incident.physical_harm, incident.patient_age_bracket) == ("4", "2")


# --- Errors name the element ------------------------------------------------------------------


def test_wrong_never_event_type_code() -> None:
    resource = lfpse_example()
    set_sub(sub_extensions(resource, p.EXT_GOVERNANCE), "NeverEventType", valueCode="99")
    issue = only_issue(resource)
    assert issue.code == "code-invalid"
    assert issue.expression == f"{GOVERNANCE}.extension('NeverEventType')"
    assert "never-event-type-5" in issue.diagnostics


def test_wrong_codes_on_contained_resources_are_all_reported() -> None:
    resource = lfpse_example()
    set_sub(contained_subs(resource, 1), "ServiceArea", valueCode="zz")
    set_sub(contained_subs(resource, 0), "Gender", valueCode="9")
    issues = issues_of(resource)
    assert {(i.code, i.expression) for i in issues} == {
        ("code-invalid", f"{LOCATION_DETAILS}.extension('ServiceArea')"),
        ("code-invalid", f"{PATIENT_INFO}.extension('Gender')"),
    }


def test_invalid_ods_code_in_payload() -> None:
    resource = lfpse_example()
    set_sub(contained_subs(resource, 2), "ReporterOrganisation", valueCode="NOT AN ODS")
    issue = only_issue(resource)
    assert issue.expression == f"{REPORTER_DETAILS}.extension('ReporterOrganisation')"


def test_missing_lfpse_description() -> None:
    issue = only_issue(without_description(lfpse_example()))
    assert (issue.code, issue.expression) == ("required", "AdverseEvent.description")


def test_missing_plain_description() -> None:
    resource = plain_r4_example()
    del resource["event"]
    issue = only_issue(resource)
    assert (issue.code, issue.expression) == ("required", "AdverseEvent.event.text")


def test_blank_description() -> None:
    resource = lfpse_example()
    resource["description"] = "   "
    assert only_issue(resource).expression == "AdverseEvent.description"


def test_description_must_be_a_string() -> None:
    resource = lfpse_example()
    resource["description"] = {"text": "x"}
    assert only_issue(resource).expression == "AdverseEvent.description"


def test_missing_reference() -> None:
    resource = plain_r4_example()
    del resource["identifier"]
    issue = only_issue(resource)
    assert (issue.code, issue.expression) == ("required", "AdverseEvent.identifier.value")


@pytest.mark.parametrize("kind", ["Patient", "Bundle", None])
def test_wrong_resource_type(kind: str | None) -> None:
    resource = plain_r4_example()
    resource["resourceType"] = kind
    if kind is None:
        del resource["resourceType"]
    assert only_issue(resource).expression == "AdverseEvent.resourceType"


@pytest.mark.parametrize("body", [[], "AdverseEvent", None])
def test_body_not_an_object(body: Any) -> None:
    assert only_issue(body).code == "structure"


def test_complex_extension_with_a_value() -> None:
    resource = lfpse_example()
    resource["extension"][2]["valueCode"] = "1"
    issue = only_issue(resource)
    assert (issue.code, issue.expression) == ("structure", GOVERNANCE)


def test_complex_extension_without_sub_extensions() -> None:
    resource = lfpse_example()
    resource["extension"][2] = {"url": p.EXT_GOVERNANCE}
    assert only_issue(resource).expression == GOVERNANCE


def test_complex_extension_repeated() -> None:
    resource = lfpse_example()
    resource["extension"].append(copy.deepcopy(resource["extension"][2]))
    issue = only_issue(resource)
    assert (issue.code, issue.expression) == ("structure", f"{GOVERNANCE}[1]")


def test_sub_extension_of_the_wrong_type() -> None:
    resource = lfpse_example()
    set_sub(sub_extensions(resource, p.EXT_GOVERNANCE), "NeverEvent", valueString="yes")
    issue = only_issue(resource)
    assert (issue.code, issue.expression) == ("structure", f"{GOVERNANCE}.extension('NeverEvent')")


def test_sub_extension_without_a_value_or_repeated() -> None:
    resource = lfpse_example()
    subs = sub_extensions(resource, p.EXT_GOVERNANCE)
    set_sub(subs, "DutyOfCandour", extension=[{"url": "x", "valueBoolean": True}])
    subs.append({"url": "NeverEvent", "valueBoolean": True})
    assert {i.expression for i in issues_of(resource)} == {
        f"{GOVERNANCE}.extension('DutyOfCandour')",
        f"{GOVERNANCE}.extension('NeverEvent')",
    }


def test_fhir_type_error_is_located_by_extension_url() -> None:
    resource = lfpse_example()
    set_sub(contained_subs(resource, 0), "PhysicalHarm", valueCode=3)
    issue = only_issue(resource)
    assert issue.code == "structure"
    assert issue.expression == f"{PATIENT_INFO}.extension('PhysicalHarm').valueCode"


def test_extension_without_url() -> None:
    resource = lfpse_example()
    resource["extension"].append({"valueString": "x"})
    issue = only_issue(resource)
    assert (issue.code, issue.expression) == ("required", "AdverseEvent.extension[4].url")


def test_unparseable_approximate_date() -> None:
    resource = lfpse_example()
    set_sub(sub_extensions(resource, p.EXT_ESTIMATED_DATE), "ApproximateDate", valueString="soon")
    issue = only_issue(resource)
    expected = f"AdverseEvent.extension('{p.EXT_ESTIMATED_DATE}').extension('ApproximateDate')"
    assert (issue.code, issue.expression) == ("value", expected)


def test_invalid_and_future_dates() -> None:
    resource = plain_r4_example()
    resource["date"] = "2017-13-01"
    assert only_issue(resource).expression == "AdverseEvent.date"
    resource["date"] = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    issue = only_issue(resource)
    assert (issue.expression, "future" in issue.diagnostics) == ("AdverseEvent.date", True)


def test_missing_harm_for_an_actual_plain_incident() -> None:
    resource = plain_r4_example()
    del resource["severity"]
    issue = only_issue(resource)
    assert (issue.code, issue.expression) == ("required", "AdverseEvent.severity")


def test_missing_harm_for_an_lfpse_incident() -> None:
    resource = lfpse_example()
    contained_subs(resource, 0)[:] = [{"url": "PatientSequence", "valueInteger": 1}]
    issue = only_issue(resource)
    assert (issue.code, issue.expression) == (
        "required",
        f"{PATIENT_INFO}.extension('PhysicalHarm')",
    )


def test_never_event_type_without_never_event() -> None:
    resource = lfpse_example()
    set_sub(sub_extensions(resource, p.EXT_GOVERNANCE), "NeverEvent", valueBoolean=False)
    issue = only_issue(resource)
    assert issue.code == "business-rule"
    assert issue.expression == f"{GOVERNANCE}.extension('NeverEventType')"


def test_unknown_event_type_and_actuality() -> None:
    resource = lfpse_example()
    resource["category"][0]["coding"][0]["code"] = "gossip"
    issue = only_issue(resource)
    assert (issue.code, issue.expression) == (
        "code-invalid",
        "AdverseEvent.category[0].coding[0].code",
    )
    resource = plain_r4_example()
    resource["actuality"] = "imagined"
    assert only_issue(resource).expression == "AdverseEvent.actuality"


def test_unknown_contained_resource_type() -> None:
    resource = plain_r4_example()
    resource["contained"] = [{"resourceType": "Patient"}, {"resourceType": "Nope"}]
    issue = only_issue(resource)
    assert (issue.code, issue.expression) == ("structure", "AdverseEvent.contained[1].resourceType")


def test_unknown_modifier_extension_is_rejected() -> None:
    resource = plain_r4_example()
    resource["modifierExtension"] = [{"url": "https://example.org/m", "valueBoolean": True}]
    issue = only_issue(resource)
    assert (issue.code, issue.expression) == (
        "extension",
        "AdverseEvent.modifierExtension('https://example.org/m')",
    )


def test_unknown_element_is_rejected() -> None:
    resource = plain_r4_example()
    resource["severityLevel"] = "high"
    issue = only_issue(resource)
    assert (issue.code, issue.expression) == ("structure", "AdverseEvent.severityLevel")


# --- OperationOutcome -----------------------------------------------------------------------


def test_operation_outcome_from_mapping_issues_is_valid_fhir() -> None:
    resource = lfpse_example()
    set_sub(contained_subs(resource, 1), "ServiceArea", valueCode="zz")
    del resource["description"]
    issues = issues_of(resource)
    outcome = operation_outcome(issues)
    OperationOutcome.model_validate(outcome)
    assert outcome["resourceType"] == "OperationOutcome"
    assert [i["expression"][0] for i in outcome["issue"]] == [i.expression for i in issues]
    assert all(i["severity"] == "error" and i["diagnostics"] for i in outcome["issue"])


def test_error_outcome_is_valid_fhir() -> None:
    outcome = error_outcome("the organisation RC9 may not submit for RYJ", code="forbidden")
    OperationOutcome.model_validate(outcome)
    assert outcome == {
        "resourceType": "OperationOutcome",
        "issue": [
            {
                "severity": "error",
                "code": "forbidden",
                "diagnostics": "the organisation RC9 may not submit for RYJ",
            }
        ],
    }


def test_issue_codes_are_checked() -> None:
    with pytest.raises(ValueError, match="IssueType"):
        FhirIssue(code="bogus", diagnostics="x")
    with pytest.raises(ValueError, match="IssueSeverity"):
        FhirIssue(code="value", diagnostics="x", severity="bad")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        operation_outcome([])
