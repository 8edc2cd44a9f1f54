"""A narrative as the rules see it: lower-case tokens with character offsets and sentences."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Container, Iterator, Sequence
from operator import sub

from shared.taxonomy.phrases import TOKEN_RE

# A sentence ends at . ! ? ; followed by white space (or the end), or at a line break, except
# after an abbreviation such as "Dr." or "approx.".
_ABBREVIATIONS = frozenset(
    {"dr", "mr", "mrs", "ms", "prof", "sr", "st", "approx", "eg", "ie", "vs", "no", "fig", "ref"}
)

#: (first token, end token exclusive) of a phrase found in a document.
Span = tuple[int, int]

#: Words of priming a giving set or line (filled before it is joined to the patient), shared
#: by the readings of a unit's reach (`unit_reach`) and of a tube's use (`tube_and_air_use`,
#: which also reads "primes").
PRIMING_WORDS = frozenset({"prime", "primed", "priming"})


class Document:
    """Tokens of a (redacted) narrative, their sentence numbers and clause breaks; the tokens'
    character offsets are worked out when first asked for (only evidence needs them)."""

    __slots__ = (
        "_ends",
        "_starts",
        "clause_breaks",
        "lowered",
        "sentence_of",
        "sentence_starts",
        "text",
        "tokens",
    )

    def __init__(
        self,
        text: str,
        lowered: str,
        tokens: list[str],
        sentence_of: list[int],
        clause_breaks: list[int],
    ) -> None:
        self.text = text
        self.lowered = lowered
        self.tokens = tokens
        self.sentence_of = sentence_of
        self.clause_breaks = clause_breaks
        #: Index of the first token of each sentence (sentences without tokens are skipped).
        self.sentence_starts = [bisect_left(sentence_of, n) for n in sorted(set(sentence_of))]
        self._starts: list[int] | None = None
        self._ends: list[int] | None = None

    def sentence_tokens(self, first: int, last: int | None = None) -> tuple[int, int]:
        """The token index range (start, end) of sentences `first` to `last` (`first` alone
        when `last` is None)."""
        end = first if last is None else last
        return bisect_left(self.sentence_of, first), bisect_left(self.sentence_of, end + 1)

    def before_in_clause(self, at: int, limit: int) -> Iterator[int]:
        """Indexes of up to `limit` tokens before token `at`, nearest first, that share its
        sentence and clause."""
        return before_in_clause(self.sentence_of, self.clause_breaks, at, limit)

    def clause_opens_between(self, start: int, end: int) -> bool:
        """Whether a clause or sentence opens after token `start`, up to token `end`."""
        sentence = self.sentence_of[start]
        return any(
            i in self.clause_breaks or self.sentence_of[i] != sentence
            for i in range(start + 1, end + 1)
        )

    def after_in_clause(self, at: int, end: int, limit: int) -> Iterator[int]:
        """Indexes of up to `limit` tokens from token `end` on that share token `at`'s
        sentence, up to the next clause break."""
        sentence_of, breaks = self.sentence_of, self.clause_breaks
        for i in range(end, min(len(self.tokens), end + limit)):
            if sentence_of[i] != sentence_of[at] or i in breaks:
                return
            yield i

    def _offsets(self) -> tuple[list[int], list[int]]:
        if self._starts is None or self._ends is None:
            self._starts, self._ends = _token_offsets(self.lowered, self.tokens)
        return self._starts, self._ends

    @property
    def starts(self) -> list[int]:
        """Character offset of each token in `text`."""
        return self._offsets()[0]

    @property
    def ends(self) -> list[int]:
        """Character offset just after each token in `text`."""
        return self._offsets()[1]

    def char_span(self, span: Span) -> tuple[int, int]:
        """Character offsets in `text` of a token span."""
        starts, ends = self._offsets()
        return starts[span[0]], ends[span[1] - 1]

    def excerpt(self, span: Span) -> str:
        """The text a token span covers."""
        start, end = self.char_span(span)
        return self.text[start:end]


def before_in_clause(
    sentence_of: Sequence[int], clause_starts: Container[int], at: int, limit: int
) -> Iterator[int]:
    """Indexes of up to `limit` tokens before token `at`, nearest first, that share its
    sentence and clause (`clause_starts`: the tokens that open a clause within a sentence)."""
    for i in range(at - 1, max(-1, at - 1 - limit), -1):
        if sentence_of[i] != sentence_of[at] or (i + 1) in clause_starts:
            return
        yield i


def word_shortly_before(
    tokens: list[str], sentence_of: list[int], at: int, words: frozenset[str], reach: int
) -> bool:
    """Whether one of `words` is among the `reach` tokens before token `at`, in its sentence."""
    sentence = sentence_of[at]
    for i in range(max(0, at - reach), at):
        if tokens[i] in words and sentence_of[i] == sentence:
            return True
    return False


def first_word_after(
    tokens: list[str], sentence_of: list[int], at: int, words: frozenset[str], reach: int
) -> int | None:
    """The index of the first of `words` among the `reach` tokens after token `at`, in its
    sentence (None if there is none)."""
    sentence = sentence_of[at]
    for i in range(at + 1, min(len(tokens), at + 1 + reach)):
        if sentence_of[i] != sentence:
            return None
        if tokens[i] in words:
            return i
    return None


def denied_after(
    doc: Document,
    subjects: frozenset[str],
    denials: frozenset[str],
    denial_reach: int,
    verbs: frozenset[str],
    verb_reach: int,
) -> list[Span]:
    """Spans from each of `subjects` to one of `verbs` told denied after it, in its sentence: a
    word of `denials` within `denial_reach` tokens after the subject, then one of `verbs` within
    `verb_reach` tokens after the denial ("restrictors were not put back on", "his neck had not
    reached it")."""
    tokens, sentence_of = doc.tokens, doc.sentence_of
    spans = []
    for at, token in enumerate(tokens):
        if token not in subjects:
            continue
        denial = first_word_after(tokens, sentence_of, at, denials, denial_reach)
        if denial is None:
            continue
        verb = first_word_after(tokens, sentence_of, denial, verbs, verb_reach)
        if verb is not None:
            spans.append((at, verb + 1))
    return spans


def word_shortly_after(
    tokens: list[str], sentence_of: list[int], at: int, words: frozenset[str], reach: int
) -> bool:
    """Whether one of `words` is among the `reach` tokens after token `at`, in its sentence."""
    return first_word_after(tokens, sentence_of, at, words, reach) is not None


def _token_offsets_slowly(lowered: str, tokens: list[str]) -> tuple[list[int], list[int]]:
    """Start and end offsets of `tokens` in `lowered`: each token is the first occurrence of
    its text after the previous one (characters between tokens can never form a token). The
    reference for `_token_offsets`."""
    find = lowered.find
    lengths = list(map(len, tokens))
    position = 0
    ends = [
        (position := find(token, position) + n) for token, n in zip(tokens, lengths, strict=True)
    ]
    return list(map(sub, ends, lengths)), ends


def _token_offsets(lowered: str, tokens: list[str]) -> tuple[list[int], list[int]]:
    """`_token_offsets_slowly` as one plain loop (one `str.find` per token, no slicing)."""
    find = lowered.find
    starts: list[int] = []
    ends: list[int] = []
    end = 0  # the end of the previous token
    for token in tokens:
        start = find(token, end)
        end = start + len(token)
        starts.append(start)
        ends.append(end)
    return starts, ends


def _is_dotted_initial(text: str, dot: int) -> bool:
    """ "e.g." / "i.e." style: a single letter between two dots."""
    return dot >= 2 and text[dot - 2] == "." and text[dot - 1].isalpha()


_LETTERS_BEFORE_RE = re.compile(r"[^\W\d_]+\Z")


def _after_abbreviation(text: str, dot: int) -> bool:
    """Whether a single dot at `dot` follows an abbreviation ("Dr.", "approx.", "e.g.")."""
    if dot == 0 or not text[dot - 1].isalpha():
        return False
    letters = _LETTERS_BEFORE_RE.search(text, max(0, dot - 12), dot)
    if letters is None:
        return False
    return letters.group() in _ABBREVIATIONS or _is_dotted_initial(text, dot)


#: A line break that wraps a sentence: after a word or comma (no sentence end, colon or empty
#: line before it) and before a lower-case letter, maybe quoted ("labelled the\nsyringe",
#: "labelled the syringe\n'midazolam 1mg/ml'").
#: A line that starts with a capital, a digit, a dash or a bullet (a new time stamp, patient
#: or list item, or text in capitals) still starts a sentence.
_WRAPPED_LINE_RE = re.compile(r"(?<=[^\s.!?;:])[^\S\n]*\n(?=[^\S\n]*['\"‘“(]?[a-z])")


def _line_ended_its_sentence(sentence_of: list[int], line_start: int, sentence: int) -> bool:
    """Whether the line whose tokens start at `line_start` ended its last sentence itself
    ("given at 14:05." before a line break): the line break then starts no further sentence,
    so each line of a timeline counts once. A line without tokens still counts (a blank line
    between paragraphs parts them by two sentences)."""
    return len(sentence_of) > line_start and sentence_of[-1] != sentence


def _join_wrapped_lines(text: str, lowered: str) -> str:
    """`lowered` with each line break that wraps a sentence read as a space (same length, so
    the offsets hold)."""
    if "\n" not in text or len(text) != len(lowered):
        return lowered
    breaks = [m.end() - 1 for m in _WRAPPED_LINE_RE.finditer(text)]
    if not breaks:
        return lowered
    chars = list(lowered)
    for at in breaks:
        chars[at] = " "
    return "".join(chars)


# The reference reading: one pass of one pattern finds the tokens, the sentence ends (. ! ? ;
# before white space, or a line break) and the clause breaks (comma, colon, bracket, spaced
# dash); where two could start at the same place, the sentence end wins.
_SCAN_RE = re.compile(r"(?P<end>[.!?;]+(?=\s|$)|\n)|(?P<break>[,:()]|\s[-–]\s)|" + TOKEN_RE.pattern)


def _read_slowly(text: str, lowered: str) -> Document:
    """`read` for any text (non-ASCII included), by the reference single-pass scan."""
    tokens: list[str] = []
    sentence_of: list[int] = []
    clause_breaks: list[int] = []
    sentence = 0
    lowered = _join_wrapped_lines(text, lowered)
    line_start = 0  # the first token of the current line
    for m in _SCAN_RE.finditer(lowered):
        kind = m.lastgroup
        if kind == "break":
            clause_breaks.append(len(tokens))
            if m.group()[-1] == "\n":
                # a dash break that takes the line break still starts a new line ("1. -" then
                # a blank line parts the paragraphs by two, as without the dash)
                line_start = len(tokens)
        elif kind == "end":
            start = m.start()
            if lowered[start] == "\n":
                if not _line_ended_its_sentence(sentence_of, line_start, sentence):
                    sentence += 1
                line_start = len(tokens)
                continue
            dot = lowered[start] == "." and m.end() - start == 1
            if not (dot and _after_abbreviation(lowered, start)):
                sentence += 1
        else:
            tokens.append(m.group())
            sentence_of.append(sentence)
    return Document(text, lowered, tokens, sentence_of, clause_breaks)


#: The tokens and clause-break characters of an ASCII word holding more than letters.
_ASCII_WORD_RE = re.compile(r"(\[[a-z_]+\]|[a-z]+|[0-9]+(?:[.,][0-9]+)?|[+%])|[,:()]")
_END_CHARS = ".!?;"
_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"
_BREAK_CHARS = ",:()"


class _Reader:
    """Tokens, sentence numbers and clause breaks of a lower-case ASCII text, read word by word
    (split on white space first; only words holding more than letters need a pattern): the
    same result as `_read_slowly`, several times faster."""

    __slots__ = (
        "clause_breaks",
        "line_break_taken",
        "sentence",
        "sentence_of",
        "text",
        "tokens",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[str] = []
        self.sentence_of: list[int] = []
        self.clause_breaks: list[int] = []
        self.sentence = 0
        self.line_break_taken = False

    def read(self) -> None:
        """Read every line; a line break ends a sentence (unless a dash break takes it, or the
        line's last sentence already ended)."""
        offset = 0
        lines = self.text.split("\n")
        for number, line in enumerate(lines):
            line_start = len(self.tokens)
            self.line_break_taken = False
            self._line(line, offset, number == len(lines) - 1)
            offset += len(line) + 1
            if not self.line_break_taken and not _line_ended_its_sentence(
                self.sentence_of, line_start, self.sentence
            ):
                self.sentence += 1

    def _line(self, line: str, offset: int, last: bool) -> None:
        words = line.split()
        if not words:
            return
        if "".join(words).isalpha():
            self.tokens += words
            self.sentence_of += [self.sentence] * len(words)
            return
        # Runs of letters-only words are taken whole. A word holding a non-letter cannot occur
        # inside a letters-only word, so searching for it from the end of the previous such
        # word finds its own offset.
        position = 0
        consumed = 0  # white space before this offset belongs to a previous dash break
        done = 0
        for number in [i for i, word in enumerate(words) if not word.isalpha()]:
            if number > done:
                self.tokens += words[done:number]
                self.sentence_of += [self.sentence] * (number - done)
            word = words[number]
            position = line.find(word, position)
            if word == "-":
                consumed = self._dash(line, position, consumed, last)
            elif word[-1] == "," and word[:-1].isalpha():  # "fell," (the commonest), inline
                self.tokens.append(word[:-1])
                self.sentence_of.append(self.sentence)
                self.clause_breaks.append(len(self.tokens))
            else:
                self._word(word, offset + position)
            position += len(word)
            done = number + 1
        if done < len(words):
            self.tokens += words[done:]
            self.sentence_of += [self.sentence] * (len(words) - done)

    def _dash(self, line: str, position: int, consumed: int, last: bool) -> int:
        """A lone dash between two white-space characters is a clause break that takes both of
        them; when it takes the line break after it, that line break ends no sentence."""
        if position == 0 or position - 1 < consumed:
            return consumed
        if position + 1 < len(line):
            self.clause_breaks.append(len(self.tokens))
            return position + 2
        if not last:
            self.clause_breaks.append(len(self.tokens))
            self.line_break_taken = True  # the line break belongs to the clause break
        return consumed

    def _word(self, word: str, start: int) -> None:
        """Tokens and clause breaks of a word; trailing . ! ? ; end the sentence (a single dot
        after an abbreviation does not)."""
        core = word.rstrip(_END_CHARS)
        inner = core.lstrip(_BREAK_CHARS)
        middle = inner.rstrip(_BREAK_CHARS)
        if middle.isalpha() or middle.isdigit():  # e.g. "(bed", "fell," "5)"
            breaks = self.clause_breaks
            breaks += [len(self.tokens)] * (len(core) - len(inner))
            self.tokens.append(middle)
            self.sentence_of.append(self.sentence)
            breaks += [len(self.tokens)] * (len(inner) - len(middle))
        else:
            self._pieces(core)
        if len(core) < len(word):
            if len(word) - len(core) == 1 and word[-1] == "." and self._abbreviation(core, start):
                return
            self.sentence += 1

    def _abbreviation(self, core: str, start: int) -> bool:
        """Whether `core`, a word at `start` before its single final dot, ends with an
        abbreviation ("dr", "approx") or a dotted initial ("e.g")."""
        letters = core[len(core.rstrip(_ASCII_LOWER)) :]
        if not letters:
            return False
        dot = start + len(core)
        return letters in _ABBREVIATIONS or _is_dotted_initial(self.text, dot)

    def _pieces(self, core: str) -> None:
        """Tokens and clause breaks of a word holding digits, symbols or inner punctuation."""
        for m in _ASCII_WORD_RE.finditer(core):
            token = m.group(1)
            if token is None:
                self.clause_breaks.append(len(self.tokens))
            else:
                self.tokens.append(token)
                self.sentence_of.append(self.sentence)


def read(text: str) -> Document:
    """Tokenize `text` (lower case) and number its sentences."""
    lowered = text.lower()
    if len(lowered) != len(text):  # rare Unicode whose lower case changes length
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    if not lowered.isascii():
        return _read_slowly(text, lowered)
    lowered = _join_wrapped_lines(text, lowered)
    reader = _Reader(lowered)
    reader.read()
    return Document(text, lowered, reader.tokens, reader.sentence_of, reader.clause_breaks)
