"""FHIR R4 AdverseEvent (plain HL7, or profiled by LFPSE v5) to the platform's `Incident`.

A trust's local risk management system already sends LFPSE-profiled AdverseEvents to NHS
England; the same payload, or a plain HL7 R4 AdverseEvent, maps here to the `Incident` a native
submission would produce. Every problem is reported as a `FhirIssue` naming the FHIR element
(FHIRPath) it came from, ready for an `OperationOutcome`.
"""

from __future__ import annotations

import datetime as dt
import keyword
import re
from dataclasses import dataclass, field
from typing import Any, Final
from zoneinfo import ZoneInfo

from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.adverseevent import AdverseEvent
from fhir.resources.R4B.location import Location
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.practitioner import Practitioner
from pydantic import ValidationError

from intake.fhir import profile as p
from intake.fhir.issues import FhirIssue, FhirMappingError
from intake.fhir.reader import Complex, ExtensionReader, Kind
from shared.incident import EventType, Incident

__all__ = ["FhirIssue", "FhirMappingError", "adverse_event_to_incident"]

#: Wall-clock time zone of the platform: FHIR date-times carry offsets, the Incident does not.
LONDON: Final = ZoneInfo("Europe/London")
#: service-type-5 "I don't know": the service type when the payload gives none.
UNKNOWN_SERVICE_TYPE: Final = "15"
_MAX_ISSUES: Final = 50
_ROOT: Final = "AdverseEvent"

# Plain R4 harm signals -> level-of-physical-harm-5 (1 fatal, 2 severe, 3 moderate, 4 low).
_SEVERITY_HARM: Final = {"severe": "2", "moderate": "3", "mild": "4"}
_SERIOUSNESS_HARM: Final = {
    "SeriousResultsInDeath": "1",
    "SeriousIsLifeThreatening": "2",
    "SeriousResultsInPersistentDisability": "2",
    "SeriousIsBirthDefect": "2",
    "SeriousResultsInHospitalization": "3",
    "SeriousRequiresPreventImpairment": "3",
    "Serious": "3",
}
_OUTCOME_HARM: Final = {"fatal": "1", "resolvedWithSequelae": "3"}
_HARM_SIGNALS: Final = (
    ("severity", p.SEVERITY_SYSTEM, _SEVERITY_HARM),
    ("seriousness", p.SERIOUSNESS_SYSTEM, _SERIOUSNESS_HARM),
    ("outcome", p.OUTCOME_SYSTEM, _OUTCOME_HARM),
)
# Patient.gender (administrative-gender) -> gender-5.
_GENDER: Final = {"female": "1", "male": "2", "unknown": "3", "other": "4"}
# age-brackets-5 by the upper bound (in whole years) of each bracket from "1-4 years" up.
_AGE_BRACKETS: Final = (
    (4, "4"),
    (9, "5"),
    (15, "6"),
    (17, "7"),
    (25, "8"),
    (45, "9"),
    (65, "10"),
    (85, "11"),
)

_CODE_FIELDS: Final = frozenset(
    {
        "event_type",
        "service_type",
        "specialty",
        "location_type",
        "physical_harm",
        "psychological_harm",
        "patient_age_bracket",
        "patient_sex",
        "reporter_never_event_type",
    }
)
_MISSING_HINTS: Final = {
    "local_reference": "the trust's reference is required (identifier.value, or the LFPSE "
    "adverse-event-reference-metadata-5 ReferenceNumber)",
    "occurred": "the date of the event is required (date, or the LFPSE "
    "adverse-event-estimated-date-5 ApproximateDate)",
    "description": "a description of what happened is required (LFPSE description, or event.text)",
}
_GOVERNANCE: Final[tuple[tuple[str, str, Kind], ...]] = (
    ("reporter_never_event", "NeverEvent", "boolean"),
    ("reporter_never_event_type", "NeverEventType", "code"),
    ("duty_of_candour", "DutyOfCandour", "boolean"),
)
_MODEL_HINTS: Final = {
    "physical_harm": "send the LFPSE patient-information-5 PhysicalHarm, or severity, "
    "seriousness or outcome",
    "reporter_never_event_type": "set the LFPSE adverse-event-governance-5 NeverEvent to true",
}
_PARTIAL_DATE: Final = re.compile(r"^(\d{4})(?:-(\d{2}))?$")


@dataclass(slots=True)
class _Draft:
    """Incident fields found so far, and the FHIRPath each came from (or belongs at)."""

    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)

    def put(self, name: str, value: Any, source: str | None) -> None:
        if value is not None:
            self.values[name] = value
        if source is not None:
            self.sources[name] = source


@dataclass(frozen=True, slots=True)
class _Contained:
    """A contained resource referenced by the AdverseEvent, with its FHIRPath."""

    path: str
    resource: Any


@dataclass(frozen=True, slots=True)
class _Top:
    """The LFPSE complex extensions found on the AdverseEvent itself."""

    estimated_date: Complex | None
    outcome: Complex | None
    risk: Complex | None
    went_well: Complex | None
    reference: Complex | None
    governance: Complex | None

    @classmethod
    def read(cls, reader: ExtensionReader, ae: AdverseEvent) -> _Top:
        def one(url: str) -> Complex | None:
            return reader.one(ae.extension, url, _ROOT)

        return cls(
            estimated_date=one(p.EXT_ESTIMATED_DATE),
            outcome=one(p.EXT_OUTCOME),
            risk=one(p.EXT_RISK_DETAILS),
            went_well=one(p.EXT_WENT_WELL),
            reference=one(p.EXT_REFERENCE_METADATA),
            governance=one(p.EXT_GOVERNANCE),
        )


@dataclass(frozen=True, slots=True)
class _Parts:
    """The contained resources the AdverseEvent references, and their LFPSE extensions."""

    patient: _Contained | None
    patient_info: Complex | None
    location: _Contained | None
    location_details: Complex | None
    reporter_details: Complex | None

    @classmethod
    def read(cls, reader: ExtensionReader, ae: AdverseEvent) -> _Parts:
        patient = _contained(ae, ae.subject, Patient)
        location = _contained(ae, ae.location, Location)
        recorder = _contained(ae, ae.recorder, Practitioner)
        infos = (
            reader.all(patient.resource.extension, p.EXT_PATIENT_INFORMATION, patient.path)
            if patient
            else []
        )
        return cls(
            patient=patient,
            patient_info=_primary(infos),
            location=location,
            location_details=_one_on(reader, location, p.EXT_LOCATION_DETAILS),
            reporter_details=_one_on(reader, recorder, p.EXT_PRACTITIONER_DETAILS),
        )


def adverse_event_to_incident(resource: dict[str, Any], *, caller_ods_code: str) -> Incident:
    """Map a FHIR R4 AdverseEvent (plain or LFPSE v5 profiled) to an `Incident`.

    `caller_ods_code` (from the caller's token) is the organisation when the payload names
    none; an organisation named in the payload wins and must be authorised by the caller.
    Raises `FhirMappingError` listing every problem, each with the FHIRPath of its element.
    """
    body, description = _split_description(resource)
    ae = _parse(body)
    reader = ExtensionReader()
    _check_modifiers(ae, reader)
    top = _Top.read(reader, ae)
    parts = _Parts.read(reader, ae)
    draft = _Draft()
    _map_event_type(ae, top, draft, reader)
    _map_identity(ae, top, parts, draft, caller_ods_code)
    _map_occurred(ae, top.estimated_date, reader, draft)
    _map_location(parts, draft)
    _map_text(ae, top, description, _is_lfpse(ae, description), draft)
    _map_patient(ae, parts, draft)
    _map_governance(top.governance, draft)
    if reader.issues:
        raise FhirMappingError(reader.issues[:_MAX_ISSUES])
    return _build(draft)


# --- Parsing -------------------------------------------------------------------------------


def _fail(code: str, diagnostics: str, expression: str | None) -> FhirMappingError:
    return FhirMappingError([FhirIssue(code=code, diagnostics=diagnostics, expression=expression)])


def _split_description(resource: Any) -> tuple[dict[str, Any], str | None]:
    """Check the envelope; return the body without LFPSE's `description`, and that text."""
    if not isinstance(resource, dict):
        raise _fail("structure", "the body must be a JSON object: a FHIR AdverseEvent", None)
    kind = resource.get("resourceType")
    if kind is None:
        raise _fail("required", "resourceType is required", f"{_ROOT}.resourceType")
    if kind != "AdverseEvent":
        diagnostics = f"expected resourceType 'AdverseEvent', got {kind!r}"
        raise _fail("invalid", diagnostics, f"{_ROOT}.resourceType")
    _check_contained_types(resource.get("contained"))
    description = resource.get("description")
    if description is not None and not isinstance(description, str):
        raise _fail("structure", "description must be a string", f"{_ROOT}.description")
    body = {k: v for k, v in resource.items() if k not in ("description", "_description")}
    return body, description


def _check_contained_types(contained: Any) -> None:
    """fhir.resources fails obscurely on an unknown contained type: report it precisely."""
    if not isinstance(contained, list):
        return
    issues = []
    for index, item in enumerate(contained):
        path = f"{_ROOT}.contained[{index}].resourceType"
        kind = item.get("resourceType") if isinstance(item, dict) else None
        if not isinstance(kind, str):
            issues.append(FhirIssue("required", "a contained resource needs a resourceType", path))
            continue
        try:
            get_fhir_model_class(kind)
        except (KeyError, ValueError):
            issues.append(FhirIssue("structure", f"{kind!r} is not a FHIR R4 resource type", path))
    if issues:
        raise FhirMappingError(issues)


def _parse(body: dict[str, Any]) -> AdverseEvent:
    """Validate the body as an R4 AdverseEvent (R4B models: wire-compatible for it)."""
    try:
        return AdverseEvent.model_validate(body)
    except ValidationError as exc:
        raise FhirMappingError(_fhir_issues(exc, body)) from exc
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _fail("structure", f"not a valid FHIR AdverseEvent: {exc}", _ROOT) from exc


def _fhir_issues(exc: ValidationError, body: dict[str, Any]) -> list[FhirIssue]:
    issues = []
    for error in exc.errors()[:_MAX_ISSUES]:
        kind = error["type"]
        code = "value"
        if "missing" in kind:
            code = "required"
        elif kind == "extra_forbidden" or kind.endswith("_type") or "format" in kind:
            code = "structure"
        elif "wrong-resource-type" in kind:
            code = "invalid"
        message = str(error["msg"]).removeprefix("Value error, ")
        issues.append(FhirIssue(code, message, fhirpath(error["loc"], body)))
    return issues


def _element_name(key: str) -> str:
    if key == "resource_type":
        return "resourceType"
    if key.endswith("__ext"):
        return "_" + key.removesuffix("__ext")
    if key.endswith("_") and keyword.iskeyword(key[:-1]):
        return key[:-1]
    return key


def fhirpath(loc: tuple[int | str, ...], body: Any) -> str:
    """FHIRPath of a pydantic error location in `body`; extensions are named by their url."""
    path, node, last = _ROOT, body, ""
    for key in loc:
        if isinstance(key, int):
            item = node[key] if isinstance(node, list) and -len(node) <= key < len(node) else None
            url = item.get("url") if last == "extension" and isinstance(item, dict) else None
            path += f"('{url}')" if isinstance(url, str) else f"[{key}]"
            node = item
        elif key != "root":
            last = _element_name(key)
            path += f".{last}"
            node = node.get(last) if isinstance(node, dict) else None
    return path


def _check_modifiers(ae: AdverseEvent, reader: ExtensionReader) -> None:
    """FHIR requires rejecting a resource carrying a modifier extension one does not know."""
    for ext in ae.modifierExtension or ():
        where = f"{_ROOT}.modifierExtension('{ext.url}')"
        reader.report("extension", "modifier extension not understood by this service", where)


def _is_lfpse(ae: AdverseEvent, description: str | None) -> bool:
    if description is not None:
        return True
    if ae.meta is not None and p.PROFILE in (ae.meta.profile or ()):
        return True
    return any((ext.url or "").startswith(p.LFPSE_BASE) for ext in ae.extension or ())


def _contained(ae: AdverseEvent, reference: Any, cls: type) -> _Contained | None:
    """The contained `cls` the reference points at (`#id`), else the first contained `cls`."""
    target = getattr(reference, "reference", None) or ""
    wanted = target[1:] if target.startswith("#") else None
    found = [(i, r) for i, r in enumerate(ae.contained or ()) if isinstance(r, cls)]
    chosen = next(((i, r) for i, r in found if r.id == wanted), found[0] if found else None)
    return _Contained(f"{_ROOT}.contained[{chosen[0]}]", chosen[1]) if chosen else None


# --- Field mappings -----------------------------------------------------------------------


def _map_event_type(ae: AdverseEvent, top: _Top, draft: _Draft, reader: ExtensionReader) -> None:
    """Explicit platform category; else inferred from LFPSE extensions and actuality."""
    if ae.actuality not in ("actual", "potential"):
        message = f"actuality must be actual or potential, not {ae.actuality!r}"
        reader.report("code-invalid", message, f"{_ROOT}.actuality")
    for i, concept in enumerate(ae.category or ()):
        for j, coding in enumerate(concept.coding or ()):
            if coding.system == p.EVENT_TYPE_SYSTEM:
                draft.put("event_type", coding.code, f"{_ROOT}.category[{i}].coding[{j}].code")
                return
    outcome = top.outcome
    went_well = outcome if outcome and outcome.value("WentWell", "string") else top.went_well
    if top.risk is not None:
        draft.put("event_type", EventType.RISK, top.risk.path)
    elif went_well is not None:
        draft.put("event_type", EventType.GOOD_CARE, went_well.path)
    elif outcome is not None and outcome.values("OutcomeType", "code"):
        draft.put("event_type", EventType.OUTCOME, outcome.sub_path("OutcomeType"))
    elif ae.actuality == "potential":
        draft.put("event_type", EventType.RISK, f"{_ROOT}.actuality")
    else:
        draft.put("event_type", EventType.INCIDENT, f"{_ROOT}.actuality")


def _map_identity(
    ae: AdverseEvent, top: _Top, parts: _Parts, draft: _Draft, caller_ods_code: str
) -> None:
    """ODS code (payload, else caller's) and the trust's own reference."""
    reference = top.reference.value("ReferenceNumber", "string") if top.reference else None
    if reference is not None and top.reference is not None:
        draft.put("local_reference", reference, top.reference.sub_path("ReferenceNumber"))
    else:
        value = ae.identifier.value if ae.identifier is not None else None
        draft.put("local_reference", value, f"{_ROOT}.identifier.value")
    details = parts.reporter_details
    organisation = details.value("ReporterOrganisation", "code") if details else None
    if organisation is not None and details is not None:
        draft.put("ods_code", organisation, details.sub_path("ReporterOrganisation"))
        return
    location = parts.location_details
    involved = location.values("Organisation", "code") if location else []
    if involved and location is not None:
        draft.put("ods_code", _prefer(caller_ods_code, involved), location.sub_path("Organisation"))
    else:
        draft.put("ods_code", caller_ods_code, None)


def _prefer(caller_ods_code: str, involved: list[str]) -> str:
    """The caller's organisation if among those involved, else the first involved."""
    wanted = caller_ods_code.strip().upper()
    return next((code for code in involved if code.strip().upper() == wanted), involved[0])


def _one_on(reader: ExtensionReader, target: _Contained | None, url: str) -> Complex | None:
    return reader.one(target.resource.extension, url, target.path) if target else None


def _map_occurred(
    ae: AdverseEvent, when: Complex | None, reader: ExtensionReader, draft: _Draft
) -> None:
    """Date (exact or estimated) and time of the event, as London wall-clock."""
    date, time, estimated, date_path = _event_date(ae, when, reader)
    time_path = f"{_ROOT}.date"
    precise = when.value("PreciseTime", "time") if when else None
    if precise is not None and when is not None:
        time, time_path = precise, when.sub_path("PreciseTime")
    occurred = {"date": date, "time": time, "estimated": estimated} if date else None
    draft.put("occurred", occurred, date_path)
    draft.sources.update({"occurred.date": date_path, "occurred.time": time_path})


def _event_date(
    ae: AdverseEvent, when: Complex | None, reader: ExtensionReader
) -> tuple[dt.date | None, dt.time | None, bool, str]:
    approximate = when.value("ApproximateDate", "date") if when else None
    estimate = _parse_approximate(approximate) if approximate is not None else None
    if approximate is not None and estimate is None and when is not None:
        message = f"{approximate!r} is not a date (YYYY-MM-DD, YYYY-MM, YYYY or DD/MM/YYYY)"
        reader.report("value", message, when.sub_path("ApproximateDate"))
    if ae.date is not None:
        date, time, partial = _from_fhir_datetime(ae.date)
        return date, time, partial or approximate is not None, f"{_ROOT}.date"
    if approximate is not None and when is not None:
        return estimate, None, True, when.sub_path("ApproximateDate")
    today = when.value("TodaysDate", "date") if when else None
    if when is not None and isinstance(today, dt.date) and _occurred_today(when):
        return today, None, False, when.sub_path("TodaysDate")
    return None, None, False, f"{_ROOT}.date"


def _occurred_today(when: Complex) -> bool:
    return when.value("IncidentOccurredToday", "code") == "y"


def _from_fhir_datetime(value: Any) -> tuple[dt.date | None, dt.time | None, bool]:
    """(date, time, partial) of a FHIR dateTime; an instant is converted to London time."""
    if isinstance(value, dt.datetime):
        local = value.astimezone(LONDON) if value.tzinfo is not None else value
        return local.date(), local.time(), False
    if isinstance(value, dt.date):
        return value, None, False
    return _parse_approximate(str(value)), None, True


def _parse_approximate(value: Any) -> dt.date | None:
    """An estimated date: ISO date, FHIR partial date (first day of it), or DD/MM/YYYY."""
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    partial = _PARTIAL_DATE.match(text)
    try:
        if partial:
            return dt.date(int(partial[1]), int(partial[2] or 1), 1)
        if "/" in text:
            return dt.datetime.strptime(text, "%d/%m/%Y").date()
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _map_location(parts: _Parts, draft: _Draft) -> None:
    """Service type, specialty, kind of location and its name, from the contained Location."""
    location, details = parts.location, parts.location_details
    if location is not None:
        resource = location.resource
        name_path = f"{location.path}.name" if resource.name else f"{location.path}.description"
        draft.put("location", resource.name or resource.description, name_path)
    services = details.values("ServiceArea", "code") if details else []
    service_path = details.sub_path("ServiceArea") if details else f"{_ROOT}.location"
    draft.put("service_type", services[0] if services else UNKNOWN_SERVICE_TYPE, service_path)
    if details is not None:
        for name, element in (
            ("specialty", "ResponsibleSpecialty"),
            ("location_type", "LocationWithinService"),
        ):
            draft.put(name, details.value(element, "code"), details.sub_path(element))


def _map_text(
    ae: AdverseEvent, top: _Top, description: str | None, lfpse: bool, draft: _Draft
) -> None:
    """Description (LFPSE `description`, else `event.text`) and immediate actions."""
    event_text = ae.event.text if ae.event is not None else None
    if description is not None:
        draft.put("description", description, f"{_ROOT}.description")
    elif event_text is not None:
        draft.put("description", event_text, f"{_ROOT}.event.text")
    else:
        draft.put("description", None, f"{_ROOT}.description" if lfpse else f"{_ROOT}.event.text")
    if top.outcome is not None:
        actions = top.outcome.value("ImmediateActions", "string")
        draft.put("immediate_actions", actions, top.outcome.sub_path("ImmediateActions"))


def _map_patient(ae: AdverseEvent, parts: _Parts, draft: _Draft) -> None:
    """Harm, age bracket and sex: LFPSE PatientInformation, else plain R4 elements."""
    patient, info = parts.patient, parts.patient_info
    if info is not None:
        for name, element in (
            ("physical_harm", "PhysicalHarm"),
            ("psychological_harm", "PsychologicalHarm"),
            ("patient_age_bracket", "AgeBracket"),
            ("patient_sex", "Gender"),
        ):
            draft.put(name, info.value(element, "code"), info.sub_path(element))
    if "physical_harm" not in draft.values:
        _map_r4_harm(ae, draft)
    if patient is not None:
        _derive_age_and_sex(patient, info, draft)


def _primary(infos: list[Complex]) -> Complex | None:
    """The PatientInformation with the lowest PatientSequence (the first patient)."""
    if len(infos) <= 1:
        return infos[0] if infos else None

    def sequence(info: Complex) -> int:
        value = info.value("PatientSequence", "integer")
        return value if isinstance(value, int) else 1 << 30

    return min(infos, key=sequence)


def _map_r4_harm(ae: AdverseEvent, draft: _Draft) -> None:
    """Worst physical harm signalled by severity, seriousness or outcome of an actual event."""
    if ae.actuality != "actual":
        return
    signals = [
        (table[coding.code], f"{_ROOT}.{element}")
        for element, system, table in _HARM_SIGNALS
        for coding in _codings(getattr(ae, element))
        if coding.system in (None, system) and coding.code in table
    ]
    if signals:
        harm, path = min(signals, key=lambda signal: int(signal[0]))
        draft.put("physical_harm", harm, path)
    else:
        draft.sources.setdefault("physical_harm", f"{_ROOT}.severity")


def _codings(concept: Any) -> list[Any]:
    return list(concept.coding or ()) if concept is not None else []


def _derive_age_and_sex(patient: _Contained, info: Complex | None, draft: _Draft) -> None:
    """Age bracket from age in days or birth date, sex from Patient.gender, when not coded."""
    resource = patient.resource
    if "patient_sex" not in draft.values and resource.gender in _GENDER:
        draft.put("patient_sex", _GENDER[resource.gender], f"{patient.path}.gender")
    if "patient_age_bracket" in draft.values:
        return
    days = info.value("AgeAtTimeOfIncidentDays", "integer") if info else None
    if isinstance(days, int) and info is not None:
        bracket = _age_bracket(days, int(days / 365.2425))
        draft.put("patient_age_bracket", bracket, info.sub_path("AgeAtTimeOfIncidentDays"))
        return
    occurred = draft.values.get("occurred")
    birth = resource.birthDate
    if occurred and isinstance(birth, dt.date):
        date = occurred["date"]
        years = date.year - birth.year - ((date.month, date.day) < (birth.month, birth.day))
        bracket = _age_bracket((date - birth).days, years)
        draft.put("patient_age_bracket", bracket, f"{patient.path}.birthDate")


def _age_bracket(days: int, years: int) -> str | None:
    """The age-brackets-5 code of an age (None when negative)."""
    if days < 0:
        return None
    if days <= 14:
        return "1"
    if days <= 28:
        return "2"
    if years < 1:
        return "3"
    return next((code for upper, code in _AGE_BRACKETS if years <= upper), "12")


def _map_governance(governance: Complex | None, draft: _Draft) -> None:
    """Never event (and its type) and duty of candour, from adverse-event-governance-5."""
    if governance is None:
        return
    for name, element, kind in _GOVERNANCE:
        draft.put(name, governance.value(element, kind), governance.sub_path(element))


# --- Incident validation ------------------------------------------------------------------


def _build(draft: _Draft) -> Incident:
    try:
        return Incident.model_validate(draft.values)
    except ValidationError as exc:
        raise FhirMappingError(_incident_issues(exc, draft.sources)) from exc


def _incident_issues(exc: ValidationError, sources: dict[str, str]) -> list[FhirIssue]:
    """Incident validation errors, located at the FHIR elements the values came from."""
    issues = []
    for error in exc.errors()[:_MAX_ISSUES]:
        loc = tuple(str(part) for part in error["loc"])
        message = str(error["msg"]).removeprefix("Value error, ")
        name = loc[0] if loc else _field_in(message, sources)
        if error["type"] == "missing" and loc and loc[0] in _MISSING_HINTS:
            message = _MISSING_HINTS[loc[0]]
        elif loc:
            message = f"{'.'.join(loc)}: {message}"
        elif name in _MODEL_HINTS:
            message = f"{message} ({_MODEL_HINTS[name]})"
        path = _source(loc, sources) if loc else sources.get(name or "", _ROOT)
        issues.append(FhirIssue(_issue_code(error["type"], name, not loc, message), message, path))
    return issues


def _field_in(message: str, sources: dict[str, str]) -> str | None:
    """The Incident field a model-level message is about (longest name wins)."""
    names = sorted((n for n in sources if "." not in n), key=len, reverse=True)
    return next((name for name in names if name in message), None)


def _source(loc: tuple[str, ...], sources: dict[str, str]) -> str:
    for end in range(len(loc), 0, -1):
        found = sources.get(".".join(loc[:end]))
        if found is not None:
            return found
    return _ROOT


def _issue_code(kind: str, name: str | None, model_level: bool, message: str) -> str:
    if kind == "missing" or (model_level and "required" in message):
        return "required"
    if model_level:
        return "business-rule"
    if kind.endswith("too_long"):
        return "too-long"
    if name in _CODE_FIELDS and kind in ("value_error", "enum", "string_type"):
        return "code-invalid"
    return "structure" if kind.endswith("_type") else "value"
