"""Reading LFPSE complex extensions, collecting every problem instead of stopping at the first.

An LFPSE complex extension is an `Extension` with a profile `url` and no value, whose
sub-extensions are named by the taxonomy element (`NeverEvent`, `NeverEventType`, ...) and
each carry one simple value. Unknown sub-extensions are ignored (the taxonomy has far more
elements than the platform uses); malformed ones are reported with their FHIRPath.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from fhir.resources.R4B.extension import Extension

from intake.fhir.issues import FhirIssue

Kind = Literal["code", "boolean", "string", "time", "date", "integer"]

#: The value[x] elements accepted for each kind of taxonomy element (first is the profile's).
_ACCEPTED: Final[dict[Kind, tuple[str, ...]]] = {
    "code": ("valueCode", "valueCoding", "valueString", "valueInteger"),
    "boolean": ("valueBoolean",),
    "string": ("valueString", "valueMarkdown"),
    "time": ("valueTime",),
    "date": ("valueString", "valueDate", "valueDateTime"),
    "integer": ("valueInteger", "valueUnsignedInt", "valuePositiveInt"),
}


def _has_value(ext: Extension) -> bool:
    return any(name.startswith("value") for name in ext.model_fields_set)


@dataclass(slots=True)
class Complex:
    """One complex extension: its FHIRPath and its sub-extensions by url."""

    path: str
    subs: dict[str, list[Extension]]
    reader: ExtensionReader

    def sub_path(self, name: str) -> str:
        """FHIRPath of the sub-extension `name`."""
        return f"{self.path}.extension('{name}')"

    def value(self, name: str, kind: Kind) -> Any:
        """The single value of sub-extension `name`, or None (a repeat is reported)."""
        found = self.subs.get(name, [])
        if len(found) > 1:
            message = f"'{name}' may appear at most once"
            self.reader.report("structure", message, self.sub_path(name))
        return self._read(found[0], name, kind) if found else None

    def values(self, name: str, kind: Kind) -> list[Any]:
        """Every value of the repeating sub-extension `name`, in document order."""
        read = (self._read(ext, name, kind) for ext in self.subs.get(name, []))
        return [value for value in read if value is not None]

    def _read(self, ext: Extension, name: str, kind: Kind) -> Any:
        for attr in _ACCEPTED[kind]:
            value = getattr(ext, attr)
            if value is not None:
                return _normalise(attr, value, kind)
        expected = " or ".join(_ACCEPTED[kind][:2])
        problem = "has sub-extensions instead of a value" if ext.extension else "has no value"
        if _has_value(ext):
            problem = "has a value of the wrong type"
        message = f"'{name}' {problem}: expected {expected}"
        self.reader.report("structure", message, self.sub_path(name))
        return None


def _normalise(attr: str, value: Any, kind: Kind) -> Any:
    if attr == "valueCoding":
        return value.code
    if kind == "code" and isinstance(value, int):
        return str(value)
    if kind == "date" and isinstance(value, dt.datetime):
        return value.date()
    return value


@dataclass(slots=True)
class ExtensionReader:
    """Finds LFPSE complex extensions on an element and accumulates the issues met."""

    issues: list[FhirIssue] = field(default_factory=list)

    def report(self, code: str, diagnostics: str, expression: str | None) -> None:
        """Record one issue (severity error)."""
        self.issues.append(FhirIssue(code=code, diagnostics=diagnostics, expression=expression))

    def all(self, extensions: Sequence[Extension] | None, url: str, at: str) -> list[Complex]:
        """Every well-formed complex extension `url` on the element at FHIRPath `at`."""
        matches = [ext for ext in extensions or () if ext.url == url]
        base = f"{at}.extension('{url}')"
        if len(matches) == 1:
            return [c for c in [self._complex(matches[0], base)] if c is not None]
        made = (self._complex(ext, f"{base}[{i}]") for i, ext in enumerate(matches))
        return [c for c in made if c is not None]

    def one(self, extensions: Sequence[Extension] | None, url: str, at: str) -> Complex | None:
        """The complex extension `url` (at most one allowed) on the element at `at`, or None."""
        found = self.all(extensions, url, at)
        if len(found) > 1:
            self.report("structure", "this extension may appear at most once", found[1].path)
        return found[0] if found else None

    def _complex(self, ext: Extension, path: str) -> Complex | None:
        if _has_value(ext):
            self.report("structure", "a complex LFPSE extension must not have a value[x]", path)
            return None
        if not ext.extension:
            self.report("structure", "extension has neither sub-extensions nor a value", path)
            return None
        subs: dict[str, list[Extension]] = {}
        for sub in ext.extension:
            subs.setdefault(sub.url or "", []).append(sub)
        return Complex(path=path, subs=subs, reader=self)
