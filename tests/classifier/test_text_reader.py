"""The fast ASCII reader gives exactly the tokens, sentences and clause breaks of the
reference single-pass scan, and the fast token offsets those of the reference search."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier.engine.text import _read_slowly, _token_offsets, _token_offsets_slowly, read

_PIECES = st.sampled_from(
    [
        "pt",
        "fell",
        "Dr",
        "dr.",
        "e.g.",
        "approx.",
        "i.e.",
        "KCl",
        "5mg/ml",
        "1,000",
        "0.9%",
        "NG",
        "(bed",
        "rail)",
        "fell,",
        "-",
        "–",
        " - ",
        "\n",
        "\n\n",
        ".",
        "!",
        "?",
        ";",
        ":",
        ",",
        "(",
        ")",
        "[NAME]",
        "[NHS_NUMBER]",
        "10U",
        "+",
        "%",
        "x2",
        "a.b.",
        "no.",
        "St.",
        " ",
        "  ",
        "\t",
        "1.",
        "2,",
        "end.\n",
        "-\n",
        " -\n",
        "O2",
        "sats",
        "84%.",
    ]
)
_ASCII_TEXT = st.lists(st.one_of(_PIECES, st.text("ab .,;:-\n()1", max_size=6)), max_size=40).map(
    lambda parts: " ".join(parts) if len(parts) % 2 else "".join(parts)
)


def _reading(text: str) -> tuple[list[str], list[int], list[int]]:
    doc = read(text)
    return doc.tokens, doc.sentence_of, doc.clause_breaks


def _reference(text: str) -> tuple[list[str], list[int], list[int]]:
    doc = _read_slowly(text, text.lower())
    return doc.tokens, doc.sentence_of, doc.clause_breaks


@settings(max_examples=400, deadline=None)
@given(_ASCII_TEXT)
def test_fast_reader_equals_the_reference_scan(text: str) -> None:
    assert _reading(text) == _reference(text)


@pytest.mark.parametrize(("text", "sentence_of"), [("1. -\n\npt", [0, 2]), ("a.\n -\n\nb", [0, 2])])
def test_dash_break_taking_a_line_break_before_a_blank_line_reads_alike(
    text: str, sentence_of: list[int]
) -> None:
    # the dash takes the line break; the blank line after it still parts the paragraphs by
    # two sentences, in the reference scan as in the fast reader
    assert _reading(text)[1] == sentence_of
    assert _reference(text)[1] == sentence_of


def test_reader_on_a_typical_narrative() -> None:
    text = "Pt fell (bed rail down) at 02:00, seen by Dr. Khan - no injury.\nObs 1,000 ml; NEWS 5."
    tokens, sentence_of, _ = _reading(text)
    assert tokens[:3] == ["pt", "fell", "bed"]
    assert "1,000" in tokens
    assert sentence_of[-1] > sentence_of[0]
    assert _reading(text) == _reference(text)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_ASCII_TEXT, st.text(max_size=80)))
def test_token_offsets_equal_the_reference_search(text: str) -> None:
    doc = read(text)
    assert _token_offsets(doc.lowered, doc.tokens) == _token_offsets_slowly(doc.lowered, doc.tokens)
