"""Thematic signal detection on weekly counts (pure)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
import statsmodels.api as sm
from hypothesis import given, settings
from hypothesis import strategies as st

from learning_feed.aggregates.rollups import Moved, WeeklyKey
from learning_feed.signals.detection import (
    SignalParameters,
    assess_week,
    farrington_limit,
    fit_poisson,
)
from learning_feed.signals.service import baseline_weeks, cells_to_assess

PARAMETERS = SignalParameters(alpha=0.01, min_baseline_weeks=4, min_count=5)


def test_a_spike_over_a_steady_baseline_is_a_signal() -> None:
    assessment = assess_week([8, 7, 9, 8, 8, 9, 7, 8], 25, PARAMETERS)
    assert assessment is not None and assessment.is_signal
    assert assessment.expected == pytest.approx(8.0, abs=0.01)
    assert 8 < assessment.limit < 25


def test_a_week_like_the_ones_before_is_not_a_signal() -> None:
    assessment = assess_week([8, 7, 9, 8, 8, 9, 7, 8], 9, PARAMETERS)
    assert assessment is not None and not assessment.is_signal
    assert assessment.observed == 9


def test_a_noisy_baseline_widens_the_limit() -> None:
    steady = assess_week([10] * 10, 20, PARAMETERS)
    noisy = assess_week([2, 18, 4, 16, 10, 1, 19, 8, 12, 10], 20, PARAMETERS)
    assert steady is not None and noisy is not None
    assert noisy.dispersion > 1 and noisy.limit > steady.limit
    assert steady.is_signal and not noisy.is_signal


def test_a_short_history_is_not_judged() -> None:
    assert assess_week([3, 4, 5], 40, PARAMETERS) is None


def test_small_counts_never_make_a_signal() -> None:
    assessment = assess_week([0, 0, 0, 0, 0, 0], 3, PARAMETERS)
    assert assessment is not None and assessment.limit == 0 and not assessment.is_signal


def test_counts_from_nothing_to_the_minimum_are_a_signal() -> None:
    assessment = assess_week([0, 0, 0, 0, 0, 0], 5, PARAMETERS)
    assert assessment is not None and assessment.is_signal


def test_a_significant_upward_trend_raises_the_expectation() -> None:
    rising = [10, 11, 13, 12, 14, 16, 15, 17, 19, 18, 20, 25]
    assessment = assess_week(rising, 24, PARAMETERS)
    assert assessment is not None and assessment.trend
    assert assessment.expected > sum(rising) / len(rising) + 4
    assert not assessment.is_signal


def test_a_trend_is_not_extrapolated_beyond_the_baseline_maximum() -> None:
    assessment = assess_week(list(range(10, 40, 2)), 60, PARAMETERS)
    assert assessment is not None and not assessment.trend
    assert assessment.expected == pytest.approx(sum(range(10, 40, 2)) / 15, rel=0.01)


def test_a_past_outbreak_is_down_weighted() -> None:
    with_outbreak = assess_week([5, 4, 6, 5, 60, 5, 4, 6, 5, 5, 4, 6], 20, PARAMETERS)
    assert with_outbreak is not None
    assert with_outbreak.expected < 10  # the outbreak week does not lift the baseline much


def test_the_farrington_limit_grows_with_the_expected_count() -> None:
    low = farrington_limit(5, 0.5, 1.0, 0.01)
    high = farrington_limit(50, 5, 1.0, 0.01)
    assert 5 < low < high and high / 50 < low / 5
    assert farrington_limit(0, 0, 1, 0.01) == 0


@pytest.mark.parametrize(
    "history", [[0] * 11 + [1], [1] + [0] * 11, [0] * 30 + [1], [0] * 9 + [40, 0, 0]]
)
def test_sparse_series_that_a_trend_cannot_fit_are_judged_without_one(history: list[int]) -> None:
    assessment = assess_week(history, 3, PARAMETERS)
    assert assessment is not None and not assessment.trend and not assessment.is_signal


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.just(0),
            st.integers(min_value=0, max_value=3),
            st.integers(min_value=0, max_value=500),
        ),
        min_size=4,
        max_size=40,
    )
)
def test_the_limit_never_falls_below_the_expected_count(history: list[int]) -> None:
    assessment = assess_week(history, 0, PARAMETERS)
    assert assessment is not None
    assert assessment.limit >= assessment.expected >= 0


def test_only_recent_weeks_whose_count_rose_are_assessed() -> None:
    today = dt.date(2026, 11, 23)
    moved = {
        WeeklyKey("falls", "Y61", dt.date(2026, 11, 16)): Moved(2, 0),
        WeeklyKey("falls", "Y62", dt.date(2026, 11, 16)): Moved(-1, 0),
        WeeklyKey("falls", "Y63", dt.date(2025, 1, 6)): Moved(3, 0),
    }
    assert cells_to_assess(moved, today=today, max_age_weeks=8) == [
        WeeklyKey("falls", "Y61", dt.date(2026, 11, 16))
    ]


def test_the_baseline_never_reaches_before_the_data_starts() -> None:
    week = dt.date(2026, 11, 16)
    weeks = baseline_weeks(week, weeks=12, data_start=dt.date(2026, 10, 26))
    assert weeks == [dt.date(2026, 10, 26), dt.date(2026, 11, 2), dt.date(2026, 11, 9)]


@pytest.mark.parametrize(
    "history",
    [
        [8, 7, 9, 8, 8, 9, 7, 8],
        [0, 1, 0, 3, 0, 0, 2, 1, 0, 4],
        [5, 4, 6, 5, 60, 5, 4, 6, 5, 5, 4, 6],
        [10, 11, 13, 12, 14, 16, 15, 17, 19, 18, 20, 25],
    ],
)
def test_the_poisson_fit_agrees_with_statsmodels(history: list[int]) -> None:
    counts = np.asarray(history, dtype=float)
    trend = np.column_stack([np.ones(len(counts)), np.arange(len(counts), dtype=float)])
    weights = np.linspace(0.5, 1.5, len(counts))
    for design in (trend, np.ones((len(counts), 1))):
        ours = fit_poisson(counts, design, weights)
        reference = sm.GLM(counts, design, family=sm.families.Poisson(), var_weights=weights).fit()
        assert np.allclose(ours.params, reference.params, rtol=1e-6, atol=1e-8)
        assert np.allclose(ours.normalized_cov_params, reference.normalized_cov_params, rtol=1e-5)
        assert ours.pearson_chi2 == pytest.approx(reference.pearson_chi2, rel=1e-6)
        unweighted = fit_poisson(counts, design, np.ones(len(counts)))
        plain = sm.GLM(counts, design, family=sm.families.Poisson()).fit()
        assert np.allclose(unweighted.resid_anscombe, plain.resid_anscombe, rtol=1e-6, atol=1e-9)
