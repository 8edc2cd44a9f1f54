"""The learned model's communication_documentation needs evidence beyond the words that frame
a report (round 29): a complaint, a PALS record or a letter is told through a title and a name,
what someone "said" and what the family was "told", under "Letter from Mrs ...". Those words
are no evidence of a failure to communicate; what a document said (a referral letter, a
chart) and a family nobody told still are."""

from __future__ import annotations

import classifier.engine as engine
from classifier.engine.text import Span
from classifier.engine.themes import framing_tests
from tests.classifier.outcomes import any_span, model_theme_ids, theme_ids

COMMUNICATION = "communication_documentation"

FRAMED_FALL = (
    "PALS record. Caller Mr Hall says his mother was told by the doctor that she had fallen "
    "in the night. He said the nurse told him she was found on the floor and had a scan."
)


def _token(text: str, word: str, occurrence: int = 0) -> Span:
    tokens = engine._COMPILED.analyse(engine.redact(text)).doc.tokens
    at = [i for i, token in enumerate(tokens) if token == word][occurrence]
    return (at, at + 1)


def test_framing_words_alone_no_longer_make_the_model_tag_communication() -> None:
    assert COMMUNICATION in model_theme_ids(FRAMED_FALL, framing=False)
    assert COMMUNICATION not in model_theme_ids(FRAMED_FALL, framing=True)
    # the theme the narrative is about is untouched
    assert "falls" in model_theme_ids(FRAMED_FALL, framing=True)


def test_a_framed_report_of_a_fall_is_not_a_communication_failure() -> None:
    themes = theme_ids(FRAMED_FALL)
    assert "falls" in themes
    assert COMMUNICATION not in themes


def test_a_letter_telling_a_family_nobody_told_keeps_communication() -> None:
    text = (
        "Email to the ward manager from Mrs Obi. Nobody told us my husband had been moved to "
        "another ward and we found his bed empty when we visited."
    )
    assert COMMUNICATION in theme_ids(text)


def test_what_a_person_said_is_framing_and_what_a_document_said_is_not() -> None:
    text = "Referral letter from the GP said right knee; the nurse said it was the left one."
    analysis = engine._COMPILED.analyse(engine.redact(text))
    test = framing_tests(analysis, any_span)[COMMUNICATION]
    assert test(_token(text, "said", 0))  # the letter's content stays evidence
    assert not test(_token(text, "said", 1))  # the nurse's words are reported speech


def test_titles_and_letter_headings_are_framing() -> None:
    text = "Letter from Mrs Green to the Chief Executive about her husband's care on the ward."
    analysis = engine._COMPILED.analyse(engine.redact(text))
    test = framing_tests(analysis, any_span)[COMMUNICATION]
    assert not test(_token(text, "letter"))
    assert not test(_token(text, "mrs"))
    assert test(_token(text, "ward"))


def test_a_narrative_without_framing_words_has_no_framing_test() -> None:
    analysis = engine._COMPILED.analyse("NG tube flushed before the pH check, pt coughing.")
    assert framing_tests(analysis, any_span) == {}
