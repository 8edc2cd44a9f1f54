"""`classify`: NDJSON incidents in, one NDJSON classification per line out, in order."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

from classifier.cli import classify_lines, main, run
from shared.classification import Classification

INCIDENT = {
    "ods_code": "RC9",
    "local_reference": "CLI-1",
    "occurred": {"date": "2026-01-05"},
    "service_type": "4",
    "physical_harm": "3",
    "description": "Pt found hanging from the shower curtain rail, rail did not collapse.",
    "reporter_never_event": True,
    "reporter_never_event_type": "9",
}


def _run(lines: list[str]) -> list[dict]:
    stdout = io.BytesIO()
    run(io.BytesIO("".join(line + "\n" for line in lines).encode()), stdout)
    return [json.loads(line) for line in stdout.getvalue().decode().splitlines()]


def test_a_native_incident_is_classified_with_its_structured_fields() -> None:
    (result,) = _run([json.dumps(INCIDENT)])
    classification = Classification.model_validate(result)
    assert classification.never_event is not None
    assert classification.never_event.code == "9"
    assert classification.review_flag is None


def test_any_object_with_a_description_is_classified() -> None:
    (result,) = _run([json.dumps({"id": "x", "description": "pt fell, found on floor"})])
    assert [t["id"] for t in result["themes"]] == ["falls"]


def test_optional_codes_may_be_integers() -> None:
    text = "Pt attempted to hang from the shower curtain rail, rail did not collapse."
    (result,) = _run([json.dumps({"description": text, "service_type": 4})])
    assert result["never_event"]["code"] == "9"


def test_one_output_line_per_input_line_in_order_with_errors_in_place() -> None:
    lines = [
        json.dumps({"description": "pt fell"}),
        "{not json",
        "",
        json.dumps([1, 2]),
        json.dumps({"text": "no description field"}),
        json.dumps({"description": "KCl given instead of saline flush IV"}),
    ]
    results = _run(lines)
    assert len(results) == len(lines)
    assert [("error" in r) for r in results] == [False, True, True, True, True, False]
    assert [r["error"]["line"] for r in results if "error" in r] == [2, 3, 4, 5]
    assert results[5]["never_event"]["code"] == "4"


def test_a_wrongly_typed_field_is_an_error_line_not_a_crash() -> None:
    (result,) = _run([json.dumps({"description": "pt fell", "reporter_never_event": "yes"})])
    assert "reporter_never_event" in result["error"]["message"]


def test_output_is_redacted() -> None:
    (result,) = _run([json.dumps({"description": "Mr Smith fell, tel 07700 900123"})])
    assert result["redacted_description"] == "Mr [NAME] fell, tel [PHONE]"
    assert "Smith" not in json.dumps(result)


def test_classify_lines_accepts_text_lines() -> None:
    out = list(classify_lines(['{"description": "pt fell"}\n']))
    assert json.loads(out[0])["themes"][0]["id"] == "falls"


def test_strict_mode_exits_non_zero_when_a_line_failed(monkeypatch, capsys) -> None:
    class _Stdin:
        buffer = io.BytesIO(b'{"description": "pt fell"}\nnope\n')

    class _Stdout:
        buffer = io.BytesIO()

    monkeypatch.setattr(sys, "stdin", _Stdin)
    monkeypatch.setattr(sys, "stdout", _Stdout)
    assert main(["--strict"]) == 1
    assert "1 line(s) could not be classified" in capsys.readouterr().err


def test_the_console_script_streams_stdin_to_stdout() -> None:
    script = Path(sys.executable).parent / "classify"
    command = [str(script)] if script.exists() else [shutil.which("classify") or "classify"]
    completed = subprocess.run(
        command,
        input="\n".join([json.dumps(INCIDENT), "oops"]) + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0
    lines = completed.stdout.splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0])["never_event"]["code"] == "9"
    assert json.loads(lines[1])["error"]["line"] == 2
