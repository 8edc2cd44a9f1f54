"""Disclosure control of single cells: exact nationally, suppressed or rounded below."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from learning_feed.aggregates.disclosure import DisclosurePolicy, publish, round_randomly

POLICY = DisclosurePolicy(suppress_up_to=7, rounding_base=5)


@pytest.mark.parametrize("count", [0, 1, 2, 7])
def test_sub_national_counts_up_to_seven_zero_included_are_suppressed(count: int) -> None:
    published = publish(count, 123, exact=False, policy=POLICY)
    assert published.count is None and published.suppressed
    assert published.display == "*"


@pytest.mark.parametrize("count", [0, 1, 3, 8, 13, 1234])
def test_national_counts_are_exact(count: int) -> None:
    published = publish(count, 77, exact=True, policy=POLICY)
    assert (published.count, published.suppressed) == (count, False)


@pytest.mark.parametrize("count", [10, 15, 1000])
def test_multiples_of_the_base_are_shown_as_they_are(count: int) -> None:
    assert {publish(count, key, exact=False, policy=POLICY).count for key in range(256)} == {count}


def test_other_counts_go_to_one_of_the_two_nearest_multiples() -> None:
    assert {publish(12, key, exact=False, policy=POLICY).count for key in range(256)} == {10, 15}
    assert {publish(8, key, exact=False, policy=POLICY).count for key in range(256)} == {5, 10}


@pytest.mark.parametrize("count", [8, 9, 11, 12, 13, 14, 101, 999])
def test_random_rounding_is_unbiased_over_cell_keys(count: int) -> None:
    shown = [round_randomly(count, 5, key) for key in range(256)]
    assert sum(shown) / len(shown) == pytest.approx(count, abs=0.02)


def test_the_same_cell_key_always_rounds_the_same_way() -> None:
    assert len({publish(13, 4242, exact=False, policy=POLICY) for _ in range(10)}) == 1
    assert round_randomly(13, 5, 4242) == round_randomly(13, 5, 4242 % 256)


def test_the_thresholds_are_configurable() -> None:
    policy = DisclosurePolicy(suppress_up_to=4, rounding_base=10)
    assert publish(4, 0, exact=False, policy=policy).suppressed
    assert publish(5, 0, exact=False, policy=policy).count in (0, 10)
    assert {publish(14, k, exact=False, policy=policy).count for k in range(256)} == {10, 20}


def test_a_negative_count_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        publish(-1, 0, exact=False, policy=POLICY)


@given(st.integers(min_value=8, max_value=10**6), st.integers(min_value=0, max_value=10**9))
def test_a_published_count_is_a_multiple_of_five_less_than_five_away(count: int, key: int) -> None:
    shown = publish(count, key, exact=False, policy=POLICY).count
    assert shown is not None and shown % 5 == 0 and abs(shown - count) <= 4
