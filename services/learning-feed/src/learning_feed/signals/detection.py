"""Detecting a rise in a weekly count series (pure): a Farrington-flexible style threshold.

The baseline is the previous weeks' counts. A quasi-Poisson GLM (log link, fitted by
iteratively reweighted least squares in numpy; the tests check it against statsmodels,
which is too slow to import in the service) with an intercept, and a linear trend when the
series is long enough and the trend significant, predicts the expected count; weeks with
large Anscombe residuals (past outbreaks) are down-weighted and the model refitted, as in
Farrington et al. (1996) and Noufaily et al. (2013). The upper limit uses the 2/3-power
transformation:

    U = mu * (1 + 2/3 * z * sqrt((phi * mu + Var(mu)) / mu^2)) ** 1.5

where phi >= 1 is the overdispersion. A week is a signal when its observed count exceeds U
and reaches a minimum count (so one or two incidents never make a signal).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np

#: Anscombe residuals above this mark a baseline week as an outlier (Farrington's 2.58).
OUTLIER_RESIDUAL = 2.58
#: p-value under which the trend term is kept.
TREND_P_VALUE = 0.05


@dataclass(frozen=True, slots=True)
class SignalParameters:
    """How signals are found."""

    alpha: float = 0.01
    min_baseline_weeks: int = 4
    min_count: int = 5
    trend_min_weeks: int = 10


@dataclass(frozen=True, slots=True)
class Assessment:
    """The verdict on one week: what was expected, the limit, and whether it is a signal."""

    observed: int
    expected: float
    limit: float
    is_signal: bool
    baseline_weeks: int
    dispersion: float
    trend: bool


@dataclass(frozen=True, slots=True)
class _Fit:
    expected: float
    variance: float
    dispersion: float
    trend: bool


def farrington_limit(expected: float, variance: float, dispersion: float, alpha: float) -> float:
    """Upper limit of the count under the 2/3-power transformation."""
    if expected <= 0:
        return 0.0
    z = NormalDist().inv_cdf(1 - alpha)
    tau = (dispersion * expected + variance) / expected**2
    return float(expected * (1 + 2 / 3 * z * math.sqrt(tau)) ** 1.5)


@dataclass(frozen=True)
class PoissonFit:
    """A fitted Poisson log-linear model (quasi-likelihood: dispersion estimated apart)."""

    params: np.ndarray
    fitted: np.ndarray
    normalized_cov_params: np.ndarray
    pearson_chi2: float
    resid_anscombe: np.ndarray
    nobs: int


class FitError(ArithmeticError):
    """The model cannot be fitted to this series (it diverges)."""


def fit_poisson(
    counts: np.ndarray, design: np.ndarray, weights: np.ndarray, *, iterations: int = 50
) -> PoissonFit:
    """Poisson GLM with log link and prior weights, by iteratively reweighted least squares.

    Raises FitError when the fit diverges (a trend through a series of zeros, say).
    """
    if design.shape[1] == 1 and np.all(design == 1):  # intercept only: the weighted mean
        mean = float(np.sum(weights * counts) / np.sum(weights))
        mu = np.full(len(counts), mean)
        return PoissonFit(
            np.array([math.log(mean)]),
            mu,
            np.array([[1 / (mean * float(np.sum(weights)))]]),
            float(np.sum(weights * (counts - mean) ** 2 / mean)),
            1.5 * (np.cbrt(counts**2) - mean ** (2 / 3)) / mean ** (1 / 6),
            len(counts),
        )
    mu = (counts + counts.mean()) / 2 + 1e-9
    eta = np.log(mu)
    params = np.zeros(design.shape[1])
    with np.errstate(over="raise", divide="raise", invalid="raise", under="ignore"):
        try:
            for _ in range(iterations):
                w = weights * mu
                information = design.T @ (design * w[:, None])
                updated = np.linalg.solve(information, design.T @ (w * (eta + (counts - mu) / mu)))
                converged = float(np.max(np.abs(updated - params))) < 1e-10 * (
                    1 + float(np.max(np.abs(updated)))
                )
                params = updated
                eta = design @ params
                mu = np.exp(eta)
                if converged:
                    break
            information = design.T @ (design * (weights * mu)[:, None])
            covariance = np.linalg.inv(information)
            anscombe = 1.5 * (np.cbrt(counts**2) - np.cbrt(mu**2)) / mu ** (1 / 6)
            pearson = float(np.sum(weights * (counts - mu) ** 2 / mu))
        except (np.linalg.LinAlgError, FloatingPointError) as error:
            raise FitError(str(error)) from error
    if not (np.all(np.isfinite(params)) and np.all(np.isfinite(covariance))):
        raise FitError("the fit did not converge to finite values")
    return PoissonFit(params, mu, covariance, pearson, anscombe, len(counts))


def _dispersion(fit: PoissonFit, n_params: int) -> float:
    """Quasi-Poisson overdispersion (Pearson), never below 1."""
    return max(1.0, fit.pearson_chi2 / max(fit.nobs - n_params, 1))


def _reweighted(counts: np.ndarray, design: np.ndarray) -> PoissonFit:
    """Fit, down-weight outlying weeks (weights s^-2, scaled to sum n), fit again."""
    n = len(counts)
    fit = fit_poisson(counts, design, np.ones(n))
    residuals = fit.resid_anscombe / math.sqrt(_dispersion(fit, design.shape[1]))
    weights = np.where(residuals > OUTLIER_RESIDUAL, 1 / np.maximum(residuals, 1e-9) ** 2, 1.0)
    if np.all(weights == 1.0):
        return fit
    return fit_poisson(counts, design, weights * n / weights.sum())


def _trend_p_value(fit: PoissonFit) -> float:
    """Two-sided p-value of the trend coefficient under the quasi-Poisson variance."""
    standard_error = math.sqrt(float(fit.normalized_cov_params[1, 1]) * _dispersion(fit, 2))
    return 2 * (1 - NormalDist().cdf(abs(float(fit.params[1])) / standard_error))


def _prediction(fit: PoissonFit, design_row: np.ndarray, n_params: int) -> _Fit:
    expected = math.exp(float(design_row @ fit.params))
    dispersion = _dispersion(fit, n_params)
    eta_variance = float(design_row @ fit.normalized_cov_params @ design_row) * dispersion
    return _Fit(expected, expected**2 * eta_variance, dispersion, trend=n_params == 2)


def fit_baseline(history: Sequence[int], *, trend_min_weeks: int) -> _Fit:
    """Expected count for the week after `history`, its variance and the overdispersion."""
    counts = np.asarray(history, dtype=float)
    n = len(counts)
    if counts.sum() == 0:
        return _Fit(0.0, 0.0, 1.0, trend=False)
    if n >= trend_min_weeks:
        with suppress(FitError):
            design = np.column_stack([np.ones(n), np.arange(n, dtype=float)])
            fit = _reweighted(counts, design)
            prediction = _prediction(fit, np.array([1.0, float(n)]), 2)
            if _trend_p_value(fit) < TREND_P_VALUE and prediction.expected <= counts.max():
                return prediction
    fit = _reweighted(counts, np.ones((n, 1)))
    return _prediction(fit, np.array([1.0]), 1)


def assess_week(
    history: Sequence[int], observed: int, parameters: SignalParameters
) -> Assessment | None:
    """Judge `observed` against the `history` of the weeks before it (oldest first).

    None when the history is too short to judge.
    """
    if len(history) < parameters.min_baseline_weeks:
        return None
    fit = fit_baseline(history, trend_min_weeks=parameters.trend_min_weeks)
    limit = farrington_limit(fit.expected, fit.variance, fit.dispersion, parameters.alpha)
    return Assessment(
        observed=observed,
        expected=round(fit.expected, 3),
        limit=round(limit, 3),
        is_signal=observed > limit and observed >= parameters.min_count,
        baseline_weeks=len(history),
        dispersion=round(fit.dispersion, 3),
        trend=fit.trend,
    )
