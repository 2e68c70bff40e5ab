"""The simulator against closed-form queueing theory on the M/M/c validation scenario.

Each point runs independent replications with a fixed seed; the simulated mean wait in queue and
P(wait > 0) must lie within three standard errors (over replications) of Erlang C, Erlang A or
M/M/1. A guard checks that the standard errors are small, so a pass means something.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from malaka import theory
from malaka.simulations import validation
from malaka.simulations.scenario import Scenario, load_scenario

REPO = Path(__file__).resolve().parents[2]
SEED = 20261122


@pytest.fixture(scope="module")
def base() -> Scenario:
    """The shipped M/M/c scenario."""
    return load_scenario(REPO / validation.ERLANG_CHECK)


def _check(est: validation.WaitEstimate, rel_se: float = 0.12) -> None:
    assert est.replications >= 6
    assert est.mean_wait_se < rel_se * est.theory_mean_wait, "too noisy to test anything"
    assert est.z_mean_wait() < 3.0, est
    assert est.z_prob_wait() < 3.0, est


@pytest.mark.theory
@pytest.mark.slow
@pytest.mark.parametrize(
    ("lam", "mu", "c"),
    [
        (1.5, 1.0, 2),  # ρ = 0.75
        (4.0, 1.0, 5),  # ρ = 0.8
        (9.0, 1.0, 10),  # ρ = 0.9, the shipped scenario's own point
        (12.0, 0.5, 30),  # ρ = 0.8, two-hour service, many officers
    ],
)
def test_mmc_agrees_with_erlang_c(base: Scenario, lam: float, mu: float, c: int) -> None:
    """Mean wait in queue and P(wait > 0) within 3 SE of Erlang C."""
    sc = validation.mmc_variant(base, lam=lam, mu=mu, c=c, customers=15_000)
    est = validation.measure_waits(sc, lam=lam, mu=mu, c=c, replications=8, seed=SEED, workers=1)
    assert est.theory_prob_wait == pytest.approx(theory.erlang_c(c, lam / mu))
    _check(est)


@pytest.mark.theory
@pytest.mark.slow
@pytest.mark.parametrize("rho", [0.5, 0.8])
def test_mm1_agrees_with_theory(base: Scenario, rho: float) -> None:
    """M/M/1: Wq = ρ/(μ-λ) and P(wait > 0) = ρ, within 3 SE."""
    mu = 1.0
    lam = rho * mu
    sc = validation.mmc_variant(base, lam=lam, mu=mu, c=1, customers=15_000)
    est = validation.measure_waits(sc, lam=lam, mu=mu, c=1, replications=8, seed=SEED, workers=1)
    mm1 = theory.mm1(lam, mu)
    assert est.theory_mean_wait == pytest.approx(mm1.Wq)
    assert est.theory_prob_wait == pytest.approx(mm1.prob_wait)
    _check(est, rel_se=0.2)


@pytest.mark.theory
@pytest.mark.slow
def test_erlang_a_with_hotline_patience(base: Scenario) -> None:
    """An overloaded M/M/10+M (ρ = 1.1, patience 2 h): waits and abandonment match Erlang A."""
    lam, mu, c, patience = 11.0, 1.0, 10, 2.0
    sc = validation.mmc_variant(base, lam=lam, mu=mu, c=c, customers=15_000, patience_mean=patience)
    est = validation.measure_waits(
        sc, lam=lam, mu=mu, c=c, replications=8, seed=SEED, workers=1, patience_mean=patience
    )
    _check(est)
    assert abs(est.abandon - est.theory_abandon) < 3 * est.abandon_se
    assert est.abandon_se < 0.1 * est.theory_abandon


def test_mmc_variant_sets_rates_and_staff(base: Scenario) -> None:
    """The variant has the asked arrival rate, service mean, headcount and a drain."""
    sc = validation.mmc_variant(base, lam=3.0, mu=0.5, c=7, customers=7200)
    assert sc.channels[0].rate_per_day == 72.0
    assert sc.stages[0].service.mean == pytest.approx(2.0)
    assert [s.staff for s in sc.pools[0].shifts] == [7]
    assert sc.calendar.horizon_days == pytest.approx(100.0)
    assert sc.calendar.warmup_days == pytest.approx(10.0)
    assert sc.calendar.drain_days > 0


@pytest.mark.theory
@pytest.mark.slow
def test_sipp_understaffs_after_the_peak_and_mol_does_not(base: Scenario) -> None:
    """With 60-minute service and hourly periods, SIPP misses an 80% target for many hours
    (work from the peak is still there after arrivals fall); modified offered load does not.
    """
    res = validation.sipp_versus_mol(base, replications=4, seed=SEED, workers=1)
    sipp_miss = [h for h, v in enumerate(res["sipp"]["service_level"]) if v < 0.8 - 0.03]
    mol_miss = [h for h, v in enumerate(res["mol"]["service_level"]) if v < 0.8 - 0.03]
    assert len(sipp_miss) >= 5, res["sipp"]
    assert len(mol_miss) <= 1, res["mol"]
    # the misses come after the noon peak, while arrivals fall
    assert sum(14 <= h <= 23 for h in sipp_miss) >= 4
