"""No module of the classifier binds the same top-level name twice, and no class defines the
same method twice: the later binding silently wins for every use, so a word set written for one
reading changes another (it happened twice: a second `_BEFORE_WORDS` and a second
`_DISCHARGE_WORDS` in context.py replaced the first ones). ruff's F811 catches redefined
functions only when the first is unused; this catches constants too."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = sorted(
    [
        *(ROOT / "services" / "classifier" / "src" / "classifier").rglob("*.py"),
        *(ROOT / "shared" / "src" / "shared").rglob("*.py"),
    ]
)


def _bound_names(body: list[ast.stmt]) -> dict[str, list[int]]:
    """Top-level names bound by assignments, functions and classes in `body`, with their lines."""
    lines: dict[str, list[int]] = defaultdict(list)
    for node in body:
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            lines[node.name].append(node.lineno)
            continue
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Name):
                lines[target.id].append(node.lineno)
    return lines


def _defined_twice(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    scopes = [("", tree.body)] + [
        (f"{node.name}.", node.body) for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
    ]
    return [
        f"{prefix}{name} at lines {lines}"
        for prefix, body in scopes
        for name, lines in _bound_names(body).items()
        if len(lines) > 1
    ]


def test_the_modules_are_found() -> None:
    assert len(MODULES) > 20


@pytest.mark.parametrize("path", MODULES, ids=lambda path: str(path.relative_to(ROOT)))
def test_no_name_is_bound_twice(path: Path) -> None:
    assert _defined_twice(path) == []


def test_a_second_binding_is_found(tmp_path: Path) -> None:
    path = tmp_path / "defined_twice.py"
    path.write_text(
        "WORDS = frozenset({'a'})\n\ndef f():\n    return WORDS\n\nWORDS = frozenset()\n",
        encoding="utf-8",
    )
    assert _defined_twice(path) == ["WORDS at lines [1, 6]"]
