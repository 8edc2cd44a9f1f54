"""`classify`: classify NDJSON incidents from stdin, one NDJSON result per line on stdout.

Each input line is a native Incident, or any JSON object with at least `description` (and
optionally `service_type`, `specialty`, `location_type`, `reporter_never_event`,
`reporter_never_event_type`). Results come out in input order, one per input line; a line that
cannot be read or classified gets `{"error": {"line": n, "message": ...}}` on its line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any

import orjson
from pydantic import ValidationError

from classifier.engine import (
    CLASSIFIER_VERSION,
    TAXONOMY_VERSION,
    classify,
    classify_text,
)
from shared.classification import Classification
from shared.incident import Incident
from shared.runtime import settle_garbage_collector

_OPTIONAL_TEXT_FIELDS = ("service_type", "specialty", "location_type", "reporter_never_event_type")


class InputError(ValueError):
    """An input line that is not a classifiable incident."""


def _optional_code(record: dict[str, Any], field: str) -> str | None:
    value = record.get(field)
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise InputError(f"'{field}' must be a string code")


def _classify_record(record: dict[str, Any]) -> Classification:
    """A native Incident is classified as such; any other object needs a description."""
    try:
        return classify(Incident.model_validate(record))
    except ValidationError:
        pass
    description = record.get("description")
    if not isinstance(description, str) or not description.strip():
        raise InputError("object has no non-empty string 'description'")
    reporter_never_event = record.get("reporter_never_event", False)
    if not isinstance(reporter_never_event, bool):
        raise InputError("'reporter_never_event' must be true or false")
    codes = {field: _optional_code(record, field) for field in _OPTIONAL_TEXT_FIELDS}
    return classify_text(description, reporter_never_event=reporter_never_event, **codes)


def classify_line(line: bytes | str, number: int) -> bytes:
    """The NDJSON output (without newline) for one input line."""
    try:
        record = orjson.loads(line)
        if not isinstance(record, dict):
            raise InputError("line is not a JSON object")
        return _classify_record(record).model_dump_json().encode()
    except (orjson.JSONDecodeError, InputError, ValueError) as exc:
        message = f"{type(exc).__name__}: {exc}".splitlines()[0][:500]
        return orjson.dumps({"error": {"line": number, "message": message}})


def classify_lines(lines: Iterable[bytes | str]) -> Iterator[bytes]:
    """NDJSON results for NDJSON input lines, in order, one per line."""
    for number, line in enumerate(lines, start=1):
        text = line.rstrip(b"\r\n") if isinstance(line, bytes) else line.rstrip("\r\n")
        yield classify_line(text, number)


def run(stdin: IO[bytes], stdout: IO[bytes]) -> int:
    """Classify every line of `stdin` onto `stdout`; returns the number of error lines."""
    errors = 0
    for result in classify_lines(stdin):
        if result.startswith(b'{"error"'):
            errors += 1
        stdout.write(result + b"\n")
    stdout.flush()
    return errors


def main(argv: list[str] | None = None) -> int:
    """Console entry point of `classify`. Exit status 0, even when some lines had errors."""
    parser = argparse.ArgumentParser(
        prog="classify",
        description="Classify NDJSON incidents (stdin) into NDJSON classifications (stdout).",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"classifier {CLASSIFIER_VERSION}, taxonomy {TAXONOMY_VERSION}",
    )
    parser.add_argument(
        "--strict", action="store_true", help="exit with status 1 if any line had an error"
    )
    args = parser.parse_args(argv)
    # Phrase patterns compile on first use: a run pays only for the patterns its narratives
    # need (compiling all of them first cost ~0.6 s of CPU on every run).
    settle_garbage_collector()
    try:
        errors = run(sys.stdin.buffer, sys.stdout.buffer)
    except BrokenPipeError:
        return 0
    if errors:
        print(f"classify: {errors} line(s) could not be classified", file=sys.stderr)
    return 1 if (errors and args.strict) else 0


if __name__ == "__main__":
    sys.exit(main())
