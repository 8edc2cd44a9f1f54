"""Drug strength reasoning: "10mg/2ml", "5 mg in 1ml", "50mg per 10 mls" read as mg per ml.

High-strength midazolam is 2 mg/ml or 5 mg/ml; the strength for conscious sedation is 1 mg/ml.
Reporters state a strength in many shapes, so rather than listing them, this module reads every
"<number> mg [in|per|/] [<number>] ml" and works out its concentration.

Pure: tokens in, spans out; no taxonomy, no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

_MG = frozenset({"mg", "mgs", "milligram", "milligrams"})
_ML = frozenset({"ml", "mls", "millilitre", "millilitres", "milliliter", "milliliters"})
_JOINERS = frozenset({"in", "per", "to", "x", "each", "every"})
#: mg per ml at or above which a midazolam strength is high (2 mg/ml and 5 mg/ml products).
HIGH_STRENGTH_MG_PER_ML = 2.0


@dataclass(frozen=True, slots=True)
class Strength:
    """A stated strength and its concentration in mg per ml."""

    mg_per_ml: float
    start: int
    end: int

    @property
    def span(self) -> tuple[int, int]:
        """Token span [start, end)."""
        return self.start, self.end


def _number(token: str) -> float | None:
    try:
        return float(token.replace(",", "."))
    except ValueError:
        return None


def _strength_at(tokens: Sequence[str], i: int) -> Strength | None:
    """The strength whose mg amount starts at token i ("10 mg 2 ml", "5 mg in 1 ml", "2 mg ml")."""
    if i + 2 >= len(tokens) or tokens[i + 1] not in _MG:
        return None
    mg = _number(tokens[i])
    if mg is None:
        return None
    j = i + 2
    if j < len(tokens) and tokens[j] in _JOINERS:
        j += 1
    if j >= len(tokens):
        return None
    if tokens[j] in _ML:
        return Strength(mg, i, j + 1)
    ml = _number(tokens[j])
    if ml and j + 1 < len(tokens) and tokens[j + 1] in _ML:
        return Strength(mg / ml, i, j + 2)
    return None


def strengths(tokens: Sequence[str]) -> list[Strength]:
    """Every mg-per-ml strength stated in the tokens."""
    found = []
    for i in range(len(tokens) - 2):
        if tokens[i + 1] not in _MG:  # the cheap test of `_strength_at`, inline
            continue
        strength = _strength_at(tokens, i)
        if strength is not None:
            found.append(strength)
    return found


def high_strengths(tokens: Sequence[str]) -> list[Strength]:
    """The stated strengths of 2 mg/ml or more."""
    return [s for s in strengths(tokens) if s.mg_per_ml >= HIGH_STRENGTH_MG_PER_ML]
