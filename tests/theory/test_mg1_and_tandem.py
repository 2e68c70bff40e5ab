"""The simulator against Pollaczek-Khinchine (M/G/1) and Jackson (M/M/c stations in series).

As in ``test_against_simulation.py``: independent replications with a fixed seed, waits read
from the event log by :func:`malaka.simulations.validation.waits_of`, estimates and standard
errors over replication means in a :class:`~malaka.simulations.validation.WaitEstimate`; the
simulated means must lie within three standard errors of theory, and a guard checks that the
standard errors are small enough for a pass to mean something.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from pydantic import TypeAdapter

from malaka import theory
from malaka.simulations import validation
from malaka.simulations.distributions import Dist
from malaka.simulations.kpis import case_facts
from malaka.simulations.runner import run_replications
from malaka.simulations.scenario import Scenario, load_scenario

REPO = Path(__file__).resolve().parents[2]
SEED = 20261205
REPLICATIONS = 10
Z = 3.0  # standard errors


def mean_se(values: list[float]) -> tuple[float, float]:
    """Mean and standard error over replications (independent, so the honest error bar)."""
    arr = np.asarray(values, dtype=float)
    return float(arr.mean()), float(arr.std(ddof=1) / math.sqrt(arr.size))


def estimate(
    events: pa.Table,
    warmup_h: float,
    *,
    lam: float,
    mu: float,
    c: int,
    theory_mean_wait: float,
    theory_prob_wait: float,
) -> validation.WaitEstimate:
    """Mean wait in queue and P(wait > 0) of the appeals arriving after warm-up, per
    replication, summarised against theory."""
    per_rep = validation.waits_of(events, warmup_h)
    waits = [w for w, _ in per_rep.values() if w.size]
    mw, mw_se = mean_se([float(w.mean()) for w in waits])
    pw, pw_se = mean_se([float((w > 1e-9).mean()) for w in waits])
    return validation.WaitEstimate(
        lam=lam,
        mu=mu,
        c=c,
        rho=lam / (c * mu),
        replications=len(waits),
        customers=sum(w.size for w in waits),
        mean_wait=mw,
        mean_wait_se=mw_se,
        prob_wait=pw,
        prob_wait_se=pw_se,
        theory_mean_wait=theory_mean_wait,
        theory_prob_wait=theory_prob_wait,
    )


def check(est: validation.WaitEstimate, rel_se: float = 0.05) -> None:
    assert est.replications == REPLICATIONS
    assert est.mean_wait_se < rel_se * est.theory_mean_wait, f"too noisy to test anything: {est}"
    assert est.z_mean_wait() < Z, est
    assert est.z_prob_wait() < Z, est


@pytest.fixture(scope="module")
def base() -> Scenario:
    """The shipped M/M/c scenario."""
    return load_scenario(REPO / validation.ERLANG_CHECK)


@pytest.mark.theory
@pytest.mark.slow
@pytest.mark.parametrize(
    ("service", "rho"),
    [
        ({"dist": "constant", "value": 1.0}, 0.8),  # M/D/1
        ({"dist": "lognormal", "mean": 1.0, "sd": 1.5}, 0.7),  # coefficient of variation 1.5
        ({"dist": "empirical", "values": [0.5, 1.0, 3.0], "weights": [2, 1, 1]}, 0.75),
    ],
    ids=["constant", "lognormal", "empirical"],
)
def test_mg1_agrees_with_pollaczek_khinchine(
    base: Scenario, service: dict[str, Any], rho: float
) -> None:
    """One officer, Poisson arrivals, a general service time: the mean wait in queue is
    Pollaczek-Khinchine's and P(wait > 0) = ρ (an arrival sees the time-average, PASTA)."""
    dist = TypeAdapter(Dist).validate_python(service)
    mean, variance = dist.mean, dist.variance
    lam = rho / mean
    sc = validation.mmc_variant(base, lam=lam, mu=1.0 / mean, c=1, customers=40_000)
    data = sc.model_dump(mode="json", by_alias=True, exclude_none=True)
    data["stages"][0]["service"] = service
    sc = Scenario.model_validate(data)
    assert sc.stages[0].service.variance == pytest.approx(variance)
    events = run_replications(sc, REPLICATIONS, SEED, workers=1)
    est = estimate(
        events,
        sc.calendar.warmup_days * 24.0,
        lam=lam,
        mu=1.0 / mean,
        c=1,
        theory_mean_wait=theory.mg1_mean_wait(lam, mean, variance),
        theory_prob_wait=rho,
    )
    check(est)


#: (μ, c) of the three stations: ρ = 0.6, 0.8 and 0.8 at λ = 1.2 an hour.
STATIONS = [(1.0, 2), (1.5, 1), (0.5, 3)]
TANDEM_LAM = 1.2


def tandem_scenario(lam: float, stations: list[tuple[float, int]], customers: int) -> Scenario:
    """Poisson arrivals through one stage per station, each stage its own pool, 24/7."""
    horizon_days = customers / (lam * 24.0)
    return Scenario.model_validate(
        {
            "id": "tandem",
            "title": {"uz": "Ketma-ket", "ru": "Тандем", "en": "Tandem"},
            "calendar": {
                "start": "2026-01-05",
                "horizon_days": horizon_days,
                "warmup_days": 0.1 * horizon_days,
                "drain_days": 20.0,
                "working_hours": {"start": 0, "end": 24},
                "working_days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
            },
            "districts": [{"id": "markaz"}],
            "channels": [{"id": "e_murojaat", "rate_per_day": lam * 24.0, "mix": {"traffic": 1}}],
            "categories": [{"id": "traffic"}],
            "stages": [
                {
                    "id": f"s{k}",
                    "pool": f"p{k}",
                    "service": {"dist": "exponential", "mean": 1.0 / mu},
                }
                for k, (mu, _) in enumerate(stations, start=1)
            ],
            "pools": [
                {"id": f"p{k}", "shifts": [{"staff": c, "on_holidays": True}]}
                for k, (_, c) in enumerate(stations, start=1)
            ],
        }
    )


@pytest.mark.theory
@pytest.mark.slow
def test_three_stage_tandem_agrees_with_jackson() -> None:
    """Each stage waits as its own M/M/c (mean wait and P(wait > 0) by Erlang C), and the
    mean time from arrival to close is the sum of the stages' sojourns."""
    sc = tandem_scenario(TANDEM_LAM, STATIONS, customers=30_000)
    warmup = sc.calendar.warmup_days * 24.0
    events = run_replications(sc, REPLICATIONS, SEED, workers=1)
    jackson = theory.jackson_tandem(TANDEM_LAM, STATIONS)
    for k, (mu, c) in enumerate(STATIONS):
        stage = events.filter(pc.is_in(events["activity"], pa.array([f"s{k + 1}", "arrive"])))
        est = estimate(
            stage,
            warmup,
            lam=TANDEM_LAM,
            mu=mu,
            c=c,
            theory_mean_wait=jackson.waits[k],
            theory_prob_wait=theory.erlang_c(c, TANDEM_LAM / mu),
        )
        check(est)
    facts = case_facts(events)
    facts = facts[facts["arrive_t"] >= warmup]
    assert facts["close_t"].notna().all()  # the drain emptied the system
    facts["sojourn"] = facts["close_t"] - facts["arrive_t"]
    per_rep = facts.groupby("replication")["sojourn"].mean().to_list()
    assert len(per_rep) == REPLICATIONS
    total, total_se = mean_se(per_rep)
    assert total_se < 0.05 * jackson.total, "too noisy to test anything"
    assert abs(total - jackson.total) < Z * total_se, (total, total_se, jackson)
