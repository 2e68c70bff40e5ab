# mypy: disable-error-code="import-untyped"
"""The simulator checked against Erlang C: the M/M/c validation scenario at chosen (λ, μ, c).

:func:`mmc_variant` turns the shipped single-stage scenario (``erlang-check.yaml``) into an
M/M/c with the wanted arrival rate, service rate and headcount; :func:`measure_waits` runs
independent replications and estimates the mean wait in queue and P(wait > 0) with standard
errors over replications; :func:`erlang_curve` does this across ρ and writes a plot and JSON
for the site. The theory tests use the same functions, so the site shows what the tests check.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from malaka import atomic, theory

if TYPE_CHECKING:
    import pyarrow as pa

    from malaka.simulations.scenario import Scenario

#: The validation scenario shipped with the project.
ERLANG_CHECK = Path("simulations/scenarios/erlang-check.yaml")


def mmc_variant(
    base: Scenario,
    *,
    lam: float,
    mu: float,
    c: int,
    customers: int,
    warmup_share: float = 0.1,
    patience_mean: float | None = None,
) -> Scenario:
    """``base`` (a one-channel, one-stage, one-pool scenario) as an M/M/c at λ, μ per hour.

    The horizon is chosen so that about ``customers`` appeals arrive; the first
    ``warmup_share`` of it is warm-up, and a drain lets the last arrivals finish, so no wait is
    cut short. ``patience_mean`` (hours) adds exponential patience: M/M/c+M, Erlang A.
    """
    from malaka.simulations.scenario import Scenario

    if len(base.channels) != 1 or len(base.stages) != 1 or len(base.pools) != 1:
        raise ValueError("the M/M/c variant needs one channel, one stage and one pool")
    data = base.model_dump(mode="json", by_alias=True, exclude_none=True)
    horizon_days = customers / (lam * 24.0)
    data["calendar"]["horizon_days"] = horizon_days
    data["calendar"]["warmup_days"] = warmup_share * horizon_days
    # Enough drain for the queue left at the horizon to empty (many mean busy periods).
    drain_h = 50.0 / (c * mu - lam) if lam < c * mu else 50.0 / mu
    data["calendar"]["drain_days"] = max(drain_h, 200.0 / mu) / 24.0
    ch = data["channels"][0]
    ch["rate_per_day"] = lam * 24.0
    ch.pop("profile", None)
    if patience_mean is None:
        ch.pop("patience", None)
    else:
        ch["patience"] = {"dist": "exponential", "mean": patience_mean, "unit": "hours"}
    st = data["stages"][0]
    st["service"] = {"dist": "exponential", "mean": 1.0 / mu, "unit": "hours"}
    st.pop("service_by_category", None)
    data["pools"][0]["shifts"] = [{"staff": c}]
    return Scenario.model_validate(data)


@dataclass(frozen=True)
class WaitEstimate:
    """Simulated waits at one (λ, μ, c) with standard errors over replications, and theory."""

    lam: float
    mu: float
    c: int
    rho: float
    replications: int
    customers: int
    mean_wait: float
    mean_wait_se: float
    prob_wait: float
    prob_wait_se: float
    theory_mean_wait: float
    theory_prob_wait: float
    abandon: float = math.nan
    abandon_se: float = math.nan
    theory_abandon: float = math.nan

    def z_mean_wait(self) -> float:
        """Distance of the simulated mean wait from theory, in standard errors."""
        return abs(self.mean_wait - self.theory_mean_wait) / self.mean_wait_se

    def z_prob_wait(self) -> float:
        """Distance of the simulated P(wait > 0) from theory, in standard errors."""
        return abs(self.prob_wait - self.theory_prob_wait) / self.prob_wait_se


def waits_of(events: pa.Table, warmup_h: float) -> dict[int, tuple[np.ndarray, np.ndarray]]:
    """Per replication: waits in queue of appeals arriving after warm-up, and abandon flags.

    A wait runs from ``enqueue`` to ``start`` at the stage; an appeal that hangs up waited
    from ``enqueue`` to ``abandon`` and is flagged.
    """
    return {rep: (w, a) for rep, (w, a, _) in waits_with_arrivals(events, warmup_h).items()}


def waits_with_arrivals(
    events: pa.Table, warmup_h: float
) -> dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Like :func:`waits_of`, with each appeal's arrival time as a third array."""
    df = events.select(["replication", "case_id", "lifecycle", "t"]).to_pandas()
    out: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
    for rep, g in df.groupby("replication", sort=True):
        arrive = g[g["lifecycle"] == "arrive"].drop_duplicates("case_id").set_index("case_id")["t"]
        enq = g[g["lifecycle"] == "enqueue"].drop_duplicates("case_id").set_index("case_id")["t"]
        start = g[g["lifecycle"] == "start"].drop_duplicates("case_id").set_index("case_id")["t"]
        gone = g[g["lifecycle"] == "abandon"].drop_duplicates("case_id").set_index("case_id")["t"]
        counted = arrive[arrive >= warmup_h].index
        enq = enq.reindex(counted)
        end = start.reindex(counted).fillna(gone.reindex(counted))
        ok = enq.notna() & end.notna()
        waits = (end[ok] - enq[ok]).to_numpy(dtype=float)
        abandoned = gone.reindex(counted)[ok].notna().to_numpy()
        arrived = arrive.reindex(counted)[ok].to_numpy(dtype=float)
        out[int(str(rep))] = (np.maximum(waits, 0.0), abandoned, arrived)
    return out


def _mean_se(values: Sequence[float]) -> tuple[float, float]:
    arr = np.asarray(values, dtype=float)
    if arr.size < 2:
        return float(arr.mean()) if arr.size else math.nan, math.nan
    return float(arr.mean()), float(arr.std(ddof=1) / math.sqrt(arr.size))


def measure_waits(
    scenario: Scenario,
    *,
    lam: float,
    mu: float,
    c: int,
    replications: int,
    seed: int,
    workers: int | None = 1,
    patience_mean: float | None = None,
) -> WaitEstimate:
    """Run ``replications`` of an M/M/c (or M/M/c+M) scenario; compare with Erlang C (or A).

    Standard errors are over replication means, which are independent: the honest error bars
    for autocorrelated waits (Law 2015, §9.4).
    """
    from malaka.simulations.runner import run_replications

    events = run_replications(scenario, replications, seed, workers=workers)
    per_rep = waits_of(events, scenario.calendar.warmup_days * 24.0)
    mean_waits = [float(w.mean()) for w, _ in per_rep.values() if w.size]
    probs = [float((w > 1e-9).mean()) for w, _ in per_rep.values() if w.size]
    aband = [float(a.mean()) for w, a in per_rep.values() if w.size]
    mw, mw_se = _mean_se(mean_waits)
    pw, pw_se = _mean_se(probs)
    if patience_mean is None:
        t_mw, t_pw, t_ab = theory.mmc_mean_wait(lam, mu, c), theory.mmc_prob_wait(lam, mu, c), 0.0
        ab, ab_se = math.nan, math.nan
    else:
        ea = theory.erlang_a(lam, mu, c, 1.0 / patience_mean)
        t_mw, t_pw, t_ab = ea.mean_wait, ea.prob_wait, ea.prob_abandon
        ab, ab_se = _mean_se(aband)
    return WaitEstimate(
        lam=lam,
        mu=mu,
        c=c,
        rho=lam / (c * mu),
        replications=len(mean_waits),
        customers=sum(w.size for w, _ in per_rep.values()),
        mean_wait=mw,
        mean_wait_se=mw_se,
        prob_wait=pw,
        prob_wait_se=pw_se,
        theory_mean_wait=t_mw,
        theory_prob_wait=t_pw,
        abandon=ab,
        abandon_se=ab_se,
        theory_abandon=t_ab,
    )


def erlang_curve(
    out_dir: Path,
    *,
    base: Scenario | None = None,
    c: int = 5,
    mu: float = 1.0,
    rhos: Sequence[float] = (0.3, 0.5, 0.7, 0.8, 0.9),
    customers: int = 20_000,
    replications: int = 6,
    seed: int = 2026,
    workers: int | None = None,
) -> tuple[Path, Path]:
    """Simulated against Erlang C mean waits across ρ: writes ``erlang_curve.png`` and ``.json``.

    Each point runs ``replications`` independent replications of about ``customers`` appeals
    of the M/M/c variant of ``erlang-check.yaml``; error bars are 95% CIs (±1.96 SE).
    """
    import matplotlib as mpl

    mpl.use("Agg")
    import matplotlib.pyplot as plt

    from malaka.simulations.scenario import load_scenario

    if base is None:
        base = load_scenario(ERLANG_CHECK)
    points: list[dict[str, Any]] = []
    for rho in rhos:
        lam = rho * c * mu
        sc = mmc_variant(base, lam=lam, mu=mu, c=c, customers=customers)
        est = measure_waits(
            sc, lam=lam, mu=mu, c=c, replications=replications, seed=seed, workers=workers
        )
        points.append(
            {
                k: (None if isinstance(v, float) and math.isnan(v) else v)
                for k, v in asdict(est).items()
            }
        )
    grid = np.linspace(min(rhos) * 0.9, max(0.97, *rhos), 200)
    curve = [theory.mmc_mean_wait(r * c * mu, mu, c) for r in grid]

    fig, ax = plt.subplots(figsize=(7, 4))
    ax.plot(grid, curve, color="#2b6cb0", label="Erlang C")
    ax.errorbar(
        [p["rho"] for p in points],
        [p["mean_wait"] for p in points],
        yerr=[1.96 * (p["mean_wait_se"] or 0.0) for p in points],
        fmt="o",
        color="#c53030",
        capsize=4,
        label="Simulyatsiya / Моделирование / Simulation (95% CI)",
    )
    ax.set_xlabel("ρ = λ / (c·μ)")
    ax.set_ylabel("Wq (soat / ч / h)")
    ax.set_title(f"M/M/{c}: navbatda kutish / ожидание в очереди / wait in queue", fontsize=10)
    ax.legend(fontsize=8)
    fig.tight_layout()
    png = out_dir / "erlang_curve.png"
    out_dir.mkdir(parents=True, exist_ok=True)
    with atomic.replace_file(png) as tmp:
        fig.savefig(tmp, format="png", dpi=110, metadata={"Software": None})
    plt.close(fig)
    payload = {
        "c": c,
        "mu": mu,
        "customers_per_replication": customers,
        "replications": replications,
        "seed": seed,
        "points": points,
        "theory": {"rho": grid.tolist(), "mean_wait": curve},
    }
    js = out_dir / "erlang_curve.json"
    atomic.write_text(js, json.dumps(payload, indent=2, allow_nan=False) + "\n")
    return png, js


def hourly_variant(
    base: Scenario,
    *,
    rates: Sequence[float],
    mu: float,
    staff: Sequence[int],
    days: float,
    warmup_days: float = 2.0,
) -> Scenario:
    """``base`` as an M_t/M/c_t: hour-of-day arrival rates and one one-hour shift per hour."""
    from malaka.simulations.scenario import Scenario

    if len(rates) != 24 or len(staff) != 24:
        raise ValueError("give 24 hourly rates and 24 hourly headcounts")
    mean_rate = sum(rates) / 24.0
    data = base.model_dump(mode="json", by_alias=True, exclude_none=True)
    data["calendar"].update(horizon_days=days, warmup_days=warmup_days, drain_days=1.0)
    ch = data["channels"][0]
    ch["rate_per_day"] = mean_rate * 24.0
    ch["profile"] = {"hours": [r / mean_rate for r in rates]}
    ch.pop("patience", None)
    data["stages"][0]["service"] = {"dist": "exponential", "mean": 1.0 / mu, "unit": "hours"}
    data["pools"][0]["shifts"] = [
        {"start": h, "end": h + 1, "staff": int(n), "on_holidays": True}
        for h, n in enumerate(staff)
    ]
    return Scenario.model_validate(data)


def hourly_service_level(events: pa.Table, warmup_h: float, within: float) -> np.ndarray:
    """Share of appeals arriving in each hour of the day that start within ``within`` hours."""
    hits, counts = np.zeros(24), np.zeros(24)
    for w, _, arrived in waits_with_arrivals(events, warmup_h).values():
        hours = (np.floor(arrived) % 24).astype(np.int64)
        np.add.at(hits, hours, w <= within)
        np.add.at(counts, hours, 1)
    level: np.ndarray = np.divide(hits, counts, out=np.full(24, np.nan), where=counts > 0)
    return level


def sipp_versus_mol(
    base: Scenario,
    *,
    mean_rate: float = 10.0,
    amplitude: float = 0.8,
    mu: float = 1.0,
    target: float = 0.8,
    within: float = 1.0 / 3.0,
    days: float = 40.0,
    replications: int = 4,
    seed: int = 2026,
    workers: int | None = 1,
) -> dict[str, Any]:
    """Hour-by-hour staffing by SIPP and by modified offered load, judged by simulation.

    Arrivals follow ``λ(h) = mean_rate·(1 + amplitude·sin(2π(h + ½ - 6)/24))`` (peak at
    noon); service is exponential with mean ``1/mu`` hours, long against one-hour periods when
    ``mu`` is about 1. Returns the staffings and the simulated share starting within
    ``within`` hours for arrivals of each hour of the day.
    """
    from malaka.simulations.runner import run_replications

    rates = [
        mean_rate * (1 + amplitude * math.sin(2 * math.pi * (h + 0.5 - 6) / 24)) for h in range(24)
    ]
    out: dict[str, Any] = {"rates": rates, "target": target, "within_h": within}
    for name, staff in (
        ("sipp", theory.sipp_staffing(rates, mu, target=target, within=within)),
        ("mol", theory.mol_staffing(rates, mu, target=target, within=within)),
    ):
        sc = hourly_variant(base, rates=rates, mu=mu, staff=staff, days=days)
        events = run_replications(sc, replications, seed, workers=workers)
        level = hourly_service_level(events, sc.calendar.warmup_days * 24.0, within)
        out[name] = {"staff": list(staff), "service_level": level.tolist()}
    return out


def sipp_figure(
    out_dir: Path,
    *,
    base: Scenario | None = None,
    replications: int = 4,
    seed: int = 2026,
    workers: int | None = None,
) -> tuple[Path, Path]:
    """Write ``sipp_vs_mol.png`` and ``.json``: hour-by-hour service levels of both rules.

    For the site and the lessons: SIPP staffs each hour for that hour's arrivals and falls
    short after the peak, while modified offered load keeps the target all day.
    """
    import matplotlib as mpl

    mpl.use("Agg")
    import matplotlib.pyplot as plt

    from malaka.simulations.scenario import load_scenario

    if base is None:
        base = load_scenario(ERLANG_CHECK)
    res = sipp_versus_mol(base, replications=replications, seed=seed, workers=workers)
    hours = np.arange(24) + 0.5
    fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(8, 6), sharex=True)
    ax1.plot(hours, res["rates"], color="#718096", label="λ(t)")
    edges = np.arange(25)
    for name, color in (("sipp", "#dd6b20"), ("mol", "#2b6cb0")):
        staff = res[name]["staff"]
        ax1.step(edges, [*staff, staff[-1]], where="post", color=color, label=name.upper())
    ax1.set_ylabel("λ / xodim / сотрудники / officers")
    ax1.legend(fontsize=8)
    ax2.plot(hours, res["sipp"]["service_level"], "o-", color="#dd6b20", label="SIPP")
    ax2.plot(hours, res["mol"]["service_level"], "s-", color="#2b6cb0", label="MOL")
    ax2.axhline(res["target"], color="#c53030", linestyle="--", linewidth=1)
    ax2.set_ylabel(f"P(W ≤ {60 * res['within_h']:.0f} min)")
    ax2.set_xlabel("Soat / Час / Hour of day")
    ax2.legend(fontsize=8)
    fig.suptitle(
        "SIPP va MOL / SIPP и MOL / SIPP against modified offered load (1 h service)",
        fontsize=10,
    )
    fig.tight_layout()
    out_dir.mkdir(parents=True, exist_ok=True)
    png = out_dir / "sipp_vs_mol.png"
    with atomic.replace_file(png) as tmp:
        fig.savefig(tmp, format="png", dpi=110, metadata={"Software": None})
    plt.close(fig)
    js = out_dir / "sipp_vs_mol.json"
    atomic.write_text(js, json.dumps(res, indent=2, allow_nan=False) + "\n")
    return png, js
