"""Closed-form queueing results against textbook numbers and against each other."""

from __future__ import annotations

import math

import pytest

from malaka import theory


def test_erlang_b_known_value() -> None:
    """B(c=10, a=5) = 0.018385 (standard Erlang B table)."""
    assert theory.erlang_b(10, 5.0) == pytest.approx(0.0183846, abs=1e-6)


@pytest.mark.parametrize(("c", "a"), [(1, 0.5), (5, 3.0), (30, 25.0), (200, 190.0), (2000, 1900.0)])
def test_erlang_b_recursion_equals_direct_formula(c: int, a: float) -> None:
    """The recursion and the log-space direct formula agree, also for thousands of servers."""
    assert theory.erlang_b_direct(c, a) == pytest.approx(theory.erlang_b(c, a), rel=1e-9)


def test_erlang_c_known_values() -> None:
    """M/M/2 at ρ=0.5 waits with 2ρ²/(1+ρ) = 1/3; a=10, c=11 gives 0.6821 (Koole's table)."""
    assert theory.erlang_c(2, 1.0) == pytest.approx(1 / 3, rel=1e-12)
    assert theory.erlang_c(11, 10.0) == pytest.approx(0.682118, abs=1e-6)


def test_erlang_c_is_one_when_unstable_and_zero_without_load() -> None:
    """A load at or above c makes everyone wait; no load, nobody waits."""
    assert theory.erlang_c(3, 3.0) == 1.0
    assert theory.erlang_c(3, 0.0) == 0.0


def test_mmc_reduces_to_mm1() -> None:
    """With one server, Erlang C gives the M/M/1 figures P(W>0)=ρ and Wq=ρ/(μ-λ)."""
    lam, mu = 0.9, 1.0
    m = theory.mm1(lam, mu)
    assert theory.mmc_prob_wait(lam, mu, 1) == pytest.approx(m.prob_wait)
    assert theory.mmc_mean_wait(lam, mu, 1) == pytest.approx(m.Wq)
    assert m.Wq == pytest.approx(9.0)
    assert pytest.approx(lam * m.W) == m.L  # Little's law
    assert m.Lq == pytest.approx(lam * m.Wq)


def test_mm1_rejects_unstable_queue() -> None:
    """No steady state when λ >= μ."""
    with pytest.raises(ValueError, match="unstable"):
        theory.mm1(1.0, 1.0)


def test_wait_tail_and_service_level() -> None:
    """P(W>t) = C·exp(-(cμ-λ)t); at t=0 it is Erlang C itself."""
    lam, mu, c = 10.0, 1.0, 11
    assert theory.mmc_wait_tail(lam, mu, c, 0.0) == pytest.approx(theory.erlang_c(c, 10.0))
    assert theory.mmc_wait_tail(lam, mu, c, 0.5) == pytest.approx(0.682118 * math.exp(-0.5), 1e-5)
    assert theory.mmc_service_level(lam, mu, c, 0.5) == pytest.approx(
        1 - 0.682118 * math.exp(-0.5), 1e-5
    )


def test_mean_wait_infinite_when_unstable() -> None:
    """λ >= cμ has no finite mean wait."""
    assert math.isinf(theory.mmc_mean_wait(2.0, 1.0, 2))


def test_erlang_a_with_patience_equal_to_service_is_infinite_server() -> None:
    """θ = μ makes M/M/c+M an M/M/∞: N ~ Poisson(a), so P(wait) = P(N >= c)."""
    lam, mu, c = 10.0, 1.0, 11
    res = theory.erlang_a(lam, mu, c, theta=mu)
    cdf = sum(math.exp(-10) * 10**k / math.factorial(k) for k in range(c))
    assert res.prob_wait == pytest.approx(1 - cdf, rel=1e-9)
    mean_excess = sum((k - c) * math.exp(-10) * 10**k / math.factorial(k) for k in range(c, 120))
    assert res.mean_queue == pytest.approx(mean_excess, rel=1e-9)
    assert res.mean_busy == pytest.approx(lam / mu - mean_excess, rel=1e-9)


def test_erlang_a_tends_to_erlang_c_as_patience_grows() -> None:
    """Very patient callers (θ → 0) give back Erlang C for a stable queue."""
    res = theory.erlang_a(9.0, 1.0, 10, theta=1e-7)
    assert res.prob_wait == pytest.approx(theory.erlang_c(10, 9.0), rel=1e-4)
    assert res.mean_wait == pytest.approx(theory.mmc_mean_wait(9.0, 1.0, 10), rel=1e-3)
    assert res.prob_abandon < 1e-5


def test_erlang_a_is_stable_beyond_capacity() -> None:
    """Abandonment keeps an overloaded queue finite; the served rate cannot exceed cμ."""
    res = theory.erlang_a(15.0, 1.0, 10, theta=0.5)
    assert 0 < res.prob_abandon < 1
    assert res.mean_busy <= 10 + 1e-9
    assert res.mean_busy == pytest.approx(15.0 * (1 - res.prob_abandon))


@pytest.mark.parametrize(("alpha", "beta"), [(0.5, 0.506), (0.2, 1.06), (0.1, 1.42)])
def test_halfin_whitt_beta_table(alpha: float, beta: float) -> None:
    """β for delay probabilities 0.5, 0.2, 0.1 (Halfin-Whitt tables: 0.506, 1.06, 1.42)."""
    assert theory.halfin_whitt_beta(alpha) == pytest.approx(beta, abs=0.01)


@pytest.mark.parametrize("a", [2.0, 5.0, 20.0, 100.0, 500.0, 2000.0])
def test_square_root_rule_within_one_server_of_exact(a: float) -> None:
    """Square-root staffing for P(W>0) <= 0.2 lands within one server of exact Erlang C."""
    beta = theory.halfin_whitt_beta(0.2)
    approx = theory.square_root_staffing(a, beta)
    exact = theory.erlang_c_staffing(a, 1.0, target=0.2, criterion="prob_wait")
    assert abs(approx - exact) <= 1


def test_erlang_c_staffing_is_smallest() -> None:
    """The returned c meets the target and c-1 does not (80% answered within 20 s, λ=100/min)."""
    lam, mu, within = 100.0 / 60, 1 / 180.0, 20.0  # per second, 3-minute calls
    c = theory.erlang_c_staffing(lam, mu, target=0.8, within=within)
    assert theory.mmc_service_level(lam, mu, c, within) >= 0.8
    assert theory.mmc_service_level(lam, mu, c - 1, within) < 0.8
    assert 300 < c < 330


def test_staffing_criteria() -> None:
    """Delay-probability and mean-wait criteria pick the first passing c."""
    c = theory.erlang_c_staffing(10.0, 1.0, target=0.1, criterion="prob_wait")
    assert theory.erlang_c(c, 10.0) <= 0.1 < theory.erlang_c(c - 1, 10.0)
    c = theory.erlang_c_staffing(10.0, 1.0, target=0.05, criterion="mean_wait")
    assert theory.mmc_mean_wait(10.0, 1.0, c) <= 0.05 < theory.mmc_mean_wait(10.0, 1.0, c - 1)


def test_sipp_staffs_each_period_independently() -> None:
    """SIPP of a constant rate is the stationary answer in every period; lag rotates rates."""
    flat = theory.sipp_staffing([5.0] * 4, 1.0, target=0.8, within=0.1)
    assert flat == [theory.erlang_c_staffing(5.0, 1.0, target=0.8, within=0.1)] * 4
    peaky = theory.sipp_staffing([1.0, 10.0, 1.0, 1.0], 1.0, target=0.8, lag=1)
    assert peaky.index(max(peaky)) == 2


def test_modified_offered_load_lags_and_smooths_arrivals() -> None:
    """With long service (μ small against the period) the load peaks after the arrival peak."""
    rates = [1.0] * 8 + [20.0] * 2 + [1.0] * 14
    loads = theory.modified_offered_load(rates, mu=0.25)
    ends = [e for _, e in loads]
    assert ends.index(max(ends)) == 9  # load rises through the whole peak
    assert ends[10] > rates[10] / 0.25  # still above the off-peak stationary load after it
    assert max(ends) < 20.0 / 0.25  # never reaches the peak's stationary load
    flat = theory.modified_offered_load([4.0] * 6, mu=2.0)
    assert all(s == pytest.approx(2.0) and e == pytest.approx(2.0) for s, e in flat)


def test_mol_staffs_after_the_peak_where_sipp_does_not() -> None:
    """SIPP drops staff the moment arrivals drop; MOL keeps it while the work is still there."""
    rates = [2.0] * 6 + [12.0] * 2 + [2.0] * 16
    sipp = theory.sipp_staffing(rates, 0.5, target=0.8, within=0.5)
    mol = theory.mol_staffing(rates, 0.5, target=0.8, within=0.5)
    assert mol[8] > sipp[8]


@pytest.mark.parametrize(
    "call",
    [
        lambda: theory.erlang_b(-1, 1.0),
        lambda: theory.erlang_c(2, -1.0),
        lambda: theory.mmc_mean_wait(1.0, 0.0, 1),
        lambda: theory.halfin_whitt_beta(1.5),
        lambda: theory.erlang_c_staffing(1.0, 1.0, target=1.5),
        lambda: theory.erlang_a(1.0, 1.0, 1, theta=0.0),
    ],
)
def test_bad_arguments_raise_value_error(call: object) -> None:
    """Nonsense parameters are refused, not silently computed."""
    with pytest.raises(ValueError):  # noqa: PT011 - the messages differ per function
        call()  # type: ignore[operator]


def test_pollaczek_khinchine_by_hand() -> None:
    """M/D/1 with λ = 0.5, S = 1: Wq = 0.5·1/(2·0.5) = 0.5; with S = 2 h and Var = 1 at
    λ = 0.25: ρ = 0.5, E[S²] = 5, Wq = 0.25·5/(2·0.5) = 1.25."""
    assert theory.mg1_mean_wait(0.5, 1.0, 0.0) == pytest.approx(0.5, rel=1e-15)
    assert theory.mg1_mean_wait(0.25, 2.0, 1.0) == pytest.approx(1.25, rel=1e-15)


def test_pollaczek_khinchine_with_exponential_service_is_mm1() -> None:
    """Variance = mean² (exponential) gives M/M/1's ρ/(μ-λ); a constant time, half of it."""
    lam, mu = 0.9, 1.0
    assert theory.mg1_mean_wait(lam, 1 / mu, 1 / mu**2) == pytest.approx(theory.mm1(lam, mu).Wq)
    assert theory.mg1_mean_wait(lam, 1 / mu, 0.0) == pytest.approx(theory.mm1(lam, mu).Wq / 2)


def test_pollaczek_khinchine_edges() -> None:
    """No arrivals, no wait; ρ >= 1, no steady state (infinite); bad inputs refused."""
    assert theory.mg1_mean_wait(0.0, 1.0, 1.0) == 0.0
    assert theory.mg1_mean_wait(1.0, 1.0, 0.0) == math.inf
    with pytest.raises(ValueError, match="variance"):
        theory.mg1_mean_wait(0.5, 1.0, -1.0)
    with pytest.raises(ValueError, match="mean"):
        theory.mg1_mean_wait(0.5, 0.0, 1.0)


def test_jackson_tandem_by_hand() -> None:
    """λ = 1 through M/M/1 (μ = 2), then M/M/2 (μ = 1.5).

    Station 1: ρ = 0.5, Wq = ρ/(μ-λ) = 0.5, sojourn 1.0. Station 2: a = 2/3, ρ = 1/3, Erlang C
    for two servers 2ρ²/(1+ρ) = 1/6, Wq = (1/6)/(2·1.5 - 1) = 1/12, sojourn 1/12 + 2/3 = 0.75.
    In the system: 1.75.
    """
    res = theory.jackson_tandem(1.0, [(2.0, 1), (1.5, 2)])
    assert res.waits == pytest.approx((0.5, 1 / 12), rel=1e-12)
    assert res.sojourns == pytest.approx((1.0, 0.75), rel=1e-12)
    assert res.total == pytest.approx(1.75, rel=1e-12)


def test_jackson_tandem_of_one_station_is_mm1_and_unstable_is_refused() -> None:
    """One station is M/M/1's W; a station with λ >= cμ has no steady state."""
    assert theory.jackson_tandem(0.8, [(1.0, 1)]).total == pytest.approx(theory.mm1(0.8, 1.0).W)
    with pytest.raises(ValueError, match="unstable"):
        theory.jackson_tandem(2.0, [(3.0, 1), (1.0, 2)])
