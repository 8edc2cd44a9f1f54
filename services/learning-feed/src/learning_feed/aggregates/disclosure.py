"""Statistical disclosure control of published counts (pure).

National-level answers (no trust, ICB or region in the grouping or the filters) are exact.
Below national level every published cell, totals included, is protected on its own:

- counts up to `suppress_up_to` (7) are suppressed, zero included: sub-national tables
  list every cell of their domain, so an empty cell cannot be told from a small one
  (otherwise an exact national count of 1 next to one suppressed trust gives it away);
- the others are rounded to a multiple of `rounding_base` (5), up or down at random with
  the probability that keeps them unbiased (12 becomes 10 with probability 3/5, 15 with
  2/5). The draw comes from the cell key (ONS cell key method): the sum of the random
  record keys (0-255) of the incidents in the cell, modulo 256. The same incidents always
  give the same answer, however the cell was asked for, so repeating or rephrasing a
  query reveals nothing new; a cell differing by one incident gets an independent draw.

Rounding to the nearest multiple instead is defeated by differencing: an ICB of two trusts
publishing 25 (23..27) next to one of its trusts publishing 20 (18..22) proves the other
trust had an incident, and sums of weekly cells against a total bound it from above. With
random rounding a published value only says the count lies within base-1 of it, and the
residues that would make such bounds tight contradict each other.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Record keys are drawn from 0..CELL_KEY_MODULUS-1; a cell key is their sum modulo it.
CELL_KEY_MODULUS = 256


@dataclass(frozen=True, slots=True)
class DisclosurePolicy:
    """How sub-national counts are protected."""

    suppress_up_to: int = 7
    rounding_base: int = 5


@dataclass(frozen=True, slots=True)
class Published:
    """A count as published: the value (None when suppressed) and the suppression flag."""

    count: int | None
    suppressed: bool

    @property
    def display(self) -> str:
        """The count as shown in tables ('*' when suppressed)."""
        return "*" if self.count is None else str(self.count)


def round_randomly(count: int, base: int, cell_key: int) -> int:
    """`count` rounded down or up to a multiple of `base`, unbiased, drawn by the cell key."""
    remainder = count % base
    if remainder == 0:
        return count
    draw = (cell_key % CELL_KEY_MODULUS + 0.5) / CELL_KEY_MODULUS
    return count - remainder + (base if draw < remainder / base else 0)


def publish(count: int, key_sum: int, *, exact: bool, policy: DisclosurePolicy) -> Published:
    """One cell as published: exact at national level, else suppressed or rounded."""
    if count < 0:
        raise ValueError("a count cannot be negative")
    if exact:
        return Published(count, suppressed=False)
    if count <= policy.suppress_up_to:
        return Published(None, suppressed=True)
    return Published(round_randomly(count, policy.rounding_base, key_sum), suppressed=False)
