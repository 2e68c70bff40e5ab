"""Properties the closed forms must have for any load and headcount (Hypothesis)."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from malaka import theory

loads = st.floats(min_value=0.01, max_value=500.0, allow_nan=False)
servers = st.integers(min_value=1, max_value=600)


@settings(max_examples=150, deadline=None)
@given(c=servers, a=loads)
def test_erlang_b_and_c_are_probabilities_ordered(c: int, a: float) -> None:
    """0 <= B <= C <= 1: an arrival that would be blocked in M/M/c/c waits in M/M/c."""
    b, cc = theory.erlang_b(c, a), theory.erlang_c(c, a)
    assert 0.0 <= b <= 1.0
    assert 0.0 <= cc <= 1.0
    assert b <= cc + 1e-12


@settings(max_examples=150, deadline=None)
@given(c=servers, a=loads)
def test_more_servers_never_wait_longer(c: int, a: float) -> None:
    """Erlang C and the mean wait fall (weakly) when one server is added."""
    assert theory.erlang_c(c + 1, a) <= theory.erlang_c(c, a) + 1e-12
    assert theory.mmc_mean_wait(a, 1.0, c + 1) <= theory.mmc_mean_wait(a, 1.0, c)


@settings(max_examples=100, deadline=None)
@given(
    lam=st.floats(min_value=0.05, max_value=200.0),
    target=st.floats(min_value=0.05, max_value=0.99),
    within=st.floats(min_value=0.0, max_value=2.0),
)
def test_staffing_is_the_smallest_that_passes(lam: float, target: float, within: float) -> None:
    """The staffing meets its service level and one server fewer does not (or is unstable)."""
    c = theory.erlang_c_staffing(lam, 1.0, target=target, within=within)
    assert c > lam  # stable
    assert theory.mmc_service_level(lam, 1.0, c, within) >= target
    if c - 1 > lam:
        assert theory.mmc_service_level(lam, 1.0, c - 1, within) < target


@settings(max_examples=60, deadline=None)
@given(
    lam=st.floats(min_value=0.1, max_value=50.0),
    c=st.integers(min_value=1, max_value=60),
    theta=st.floats(min_value=0.01, max_value=5.0),
)
def test_erlang_a_conserves_flow(lam: float, c: int, theta: float) -> None:
    """Arrivals are either served or abandon: λ = μ·E[busy] + θ·E[Q], with E[busy] <= c."""
    res = theory.erlang_a(lam, 1.0, c, theta)
    assert 0.0 <= res.prob_abandon <= 1.0
    assert 0.0 <= res.prob_wait <= 1.0
    assert res.mean_busy <= c + 1e-9
    assert math.isclose(res.mean_busy + theta * res.mean_queue, lam, rel_tol=1e-9)


@settings(max_examples=100, deadline=None)
@given(
    mean=st.floats(min_value=0.01, max_value=100.0),
    rho=st.floats(min_value=0.01, max_value=0.99),
    cv=st.floats(min_value=0.0, max_value=5.0),
)
def test_pollaczek_khinchine_grows_with_variance_and_matches_mm1(
    mean: float, rho: float, cv: float
) -> None:
    """Exponential service gives M/M/1's wait; more variance, a longer wait (E[S²] grows)."""
    lam = rho / mean
    exp_wait = theory.mg1_mean_wait(lam, mean, mean * mean)
    assert math.isclose(exp_wait, theory.mmc_mean_wait(lam, 1.0 / mean, 1), rel_tol=1e-9)
    wait = theory.mg1_mean_wait(lam, mean, (cv * mean) ** 2)
    assert (wait <= exp_wait) == (cv <= 1.0) or math.isclose(wait, exp_wait, rel_tol=1e-12)


@settings(max_examples=60, deadline=None)
@given(
    lam=st.floats(min_value=0.05, max_value=20.0),
    stations=st.lists(
        st.tuples(st.floats(min_value=0.1, max_value=10.0), st.integers(1, 40)),
        min_size=1,
        max_size=5,
    ),
)
def test_jackson_tandem_is_the_sum_of_its_stations(
    lam: float, stations: list[tuple[float, int]]
) -> None:
    """The time in a stable series is the sum of each M/M/c's wait plus service."""
    stable = [(mu, c) for mu, c in stations if lam < c * mu]
    if not stable:
        return
    res = theory.jackson_tandem(lam, stable)
    expected = math.fsum(theory.mmc_mean_wait(lam, mu, c) + 1 / mu for mu, c in stable)
    assert math.isclose(res.total, expected, rel_tol=1e-12)
    assert all(w >= 0 for w in res.waits)
    assert all(s > w for s, w in zip(res.sojourns, res.waits, strict=True))
