# mypy: disable-error-code="import-untyped"
"""Key performance indicators of a simulated run, per replication and across replications.

Everything is computed from the event log (the contract in :mod:`malaka.eventlog`); the
per-appeal ``cases`` table is only consulted for columns the log cannot give. The warm-up is
excluded: appeals that arrive before it do not count, and time-based figures (backlog,
utilisation) cover ``[warm-up, horizon]`` only.

Across replications each KPI gets a mean and the half-width of a t-based confidence interval
(replications are independent and identically distributed, so the t interval over their means is
the honest one; Law, *Simulation Modeling and Analysis*, 5th ed., §9.4.1).

This module may use pandas; the SimPy model never imports it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import pyarrow as pa

if TYPE_CHECKING:
    from malaka.simulations.scenario import Scenario

#: Outcomes that have no legal deadline to meet (not counted in compliance).
_NO_DEADLINE_OUTCOMES = frozenset({"left_without_consideration", "abandoned"})

#: Headline KPIs printed by ``malaka simulate --json`` and compared by ``malaka compare``,
#: with whether larger is better (for reading differences).
HEADLINE: dict[str, bool] = {
    "on_time_share": True,
    "time_to_answer_mean_h": False,
    "time_to_answer_p50_h": False,
    "time_to_answer_p90_h": False,
    "time_to_answer_p95_h": False,
    "backlog_mean": False,
    "repeat_rate": False,
    "abandonment_rate": False,
    "overdue_request_share": False,
}

StaffHours = Callable[[str, float, float], float]


@dataclass(frozen=True)
class Window:
    """What the KPIs need to know about a scenario besides its event log."""

    warmup_h: float
    #: arrivals stop here; utilisation is measured on ``[warmup_h, horizon_h]``
    horizon_h: float
    #: officer-hours a pool has on duty between two times (for utilisation)
    staff_hours: StaffHours | None = None
    #: pool ids as they appear before '#' in the log's ``resource`` column
    pools: tuple[str, ...] = ()
    #: channels whose callers can hang up (abandonment is measured on them)
    realtime_channels: frozenset[str] = field(default_factory=frozenset)
    scenario_id: str = ""
    #: when the run stops (horizon plus drain); open appeals are judged against it
    end_h: float | None = None
    #: pool id -> scheduled headcount as change points ``(t, officers)``; lets utilisation
    #: count work finished after a shift's end (overtime) as time on duty
    schedules: Mapping[str, Sequence[tuple[float, int]]] = field(default_factory=dict)

    @property
    def stop_h(self) -> float:
        """End of the run (``end_h``, or the horizon when there is no drain)."""
        return self.horizon_h if self.end_h is None else self.end_h


def on_duty_hours(points: Sequence[tuple[float, int]], t0: float, t1: float) -> float:
    """Integral of a step function given as change points ``(t, value)`` over ``[t0, t1]``."""
    total = 0.0
    for i, (t, n) in enumerate(points):
        nxt = points[i + 1][0] if i + 1 < len(points) else math.inf
        lo, hi = max(t, t0), min(nxt, t1)
        if hi > lo:
            total += n * (hi - lo)
    return total


def window_of(scenario: Scenario) -> Window:
    """Warm-up, horizon, staff schedule and real-time channels of a scenario."""
    cal = scenario.calendar
    profiles = {p.id: scenario.staffing(p.id) for p in scenario.pools}

    def staff(pool: str, t0: float, t1: float) -> float:
        points = profiles.get(pool)
        return on_duty_hours(points, t0, t1) if points is not None else math.nan

    return Window(
        warmup_h=cal.warmup_days * 24.0,
        horizon_h=cal.horizon_hours,
        end_h=cal.end_hours,
        staff_hours=staff,
        pools=tuple(profiles),
        schedules=profiles,
        realtime_channels=frozenset(c.id for c in scenario.channels if c.patience is not None),
        scenario_id=scenario.id,
    )


def t_quantile(confidence: float, df: int) -> float:
    """The two-sided t critical value for ``confidence`` with ``df`` degrees of freedom."""
    from scipy import stats

    if df < 1:
        return math.nan
    return float(stats.t.ppf(0.5 + confidence / 2, df))


def t_half_width(values: Sequence[float], confidence: float = 0.95) -> float:
    """Half-width of the t confidence interval of the mean; NaN with fewer than two values."""
    n = len(values)
    if n < 2:
        return math.nan
    sd = float(np.std(np.asarray(values, dtype=float), ddof=1))
    return t_quantile(confidence, n - 1) * sd / math.sqrt(n)


def summarise(values: Sequence[float], confidence: float = 0.95) -> dict[str, float | int | None]:
    """Mean, CI half-width and count of the finite values (NaNs are replications without data)."""
    finite = [v for v in values if v is not None and math.isfinite(v)]
    if not finite:
        return {"mean": None, "half_width": None, "n": 0}
    hw = t_half_width(finite, confidence)
    return {
        "mean": float(np.mean(finite)),
        "half_width": None if math.isnan(hw) else hw,
        "n": len(finite),
    }


# --- per-case facts --------------------------------------------------------------------------


def case_facts(events: pa.Table) -> pd.DataFrame:
    """One row per (replication, case): arrival, close, last deadline, outcome and attributes.

    Built from the log so that it holds for any log that follows the contract; the deadline is
    the last one written for the case (an extension moves it).
    """
    df = events.select(
        [
            "replication",
            "case_id",
            "channel",
            "category",
            "lifecycle",
            "t",
            "deadline_t",
            "outcome",
            "repeat_of",
        ]
    ).to_pandas()
    if df.empty:
        return pd.DataFrame(
            columns=[
                "replication",
                "case_id",
                "channel",
                "category",
                "arrive_t",
                "close_t",
                "deadline_t",
                "outcome",
                "repeat_of",
            ]
        )
    keys = ["replication", "case_id"]
    arrive = (
        df[df["lifecycle"] == "arrive"]
        .groupby(keys, sort=False)
        .agg(
            arrive_t=("t", "min"),
            channel=("channel", "first"),
            category=("category", "first"),
            repeat_of=("repeat_of", "first"),
        )
    )
    close = (
        df[df["lifecycle"] == "close"]
        .groupby(keys, sort=False)
        .agg(close_t=("t", "max"), outcome=("outcome", "last"))
    )
    ordered = df.sort_values("t", kind="stable")
    deadline = ordered.groupby(keys, sort=False).agg(deadline_t=("deadline_t", "last"))
    out = arrive.join(close, how="left").join(deadline, how="left").reset_index()
    out["outcome"] = out["outcome"].fillna("")
    return out


def compliance(facts: pd.DataFrame, end: float) -> pd.Series:
    """Per case: 1.0 answered on time, 0.0 late (or still open past its deadline), NaN otherwise.

    NaN covers appeals with no legal deadline (anonymous, abandoned calls) and appeals still
    open whose deadline lies beyond the horizon (their fate is unknown: censored).
    """
    deadline = facts["deadline_t"].to_numpy(dtype=float)
    close = facts["close_t"].to_numpy(dtype=float)
    closed = ~np.isnan(close)
    has_deadline = np.isfinite(deadline) & ~facts["outcome"].isin(_NO_DEADLINE_OUTCOMES).to_numpy()
    out = np.full(len(facts), np.nan)
    on_time = closed & (close <= deadline + 1e-9)
    late = (closed & ~on_time) | (~closed & (deadline < end))
    out[has_deadline & on_time] = 1.0
    out[has_deadline & late] = 0.0
    return pd.Series(out, index=facts.index)


# --- per-replication KPIs --------------------------------------------------------------------


def excess_hours(lo: np.ndarray, hi: np.ndarray, points: Sequence[tuple[float, int]]) -> float:
    """∫ max(0, busy(t) - scheduled(t)) dt: officer-hours worked beyond the schedule.

    ``busy(t)`` counts the intervals ``[lo, hi)`` covering ``t``; ``scheduled(t)`` is the step
    function given by change points ``(t, officers)``. Officers finishing a case after their
    shift ended are the usual source.
    """
    keep = hi > lo
    lo, hi = lo[keep], hi[keep]
    if lo.size == 0:
        return 0.0
    times = np.concatenate([lo, hi])
    steps = np.concatenate([np.ones(lo.size), -np.ones(hi.size)])
    order = np.argsort(times, kind="stable")
    times, level = times[order], np.cumsum(steps[order])
    ptimes = np.asarray([t for t, _ in points], dtype=float)
    pcount = np.asarray([n for _, n in points], dtype=float)
    grid = np.union1d(times, ptimes[(ptimes > times[0]) & (ptimes < times[-1])])
    busy_at = np.concatenate([[0.0], level])[np.searchsorted(times, grid, side="right")]
    idx = np.searchsorted(ptimes, grid, side="right") - 1
    sched_at = np.where(idx >= 0, pcount[np.clip(idx, 0, None)], 0.0)
    excess = np.clip(busy_at[:-1] - sched_at[:-1], 0.0, None)
    return float((excess * np.diff(grid)).sum())


def busy_hours(
    events: pd.DataFrame,
    t0: float,
    t1: float,
    schedules: Mapping[str, Sequence[tuple[float, int]]] | None = None,
) -> tuple[dict[str, float], dict[str, float]]:
    """Officer-hours of stage work per pool within ``[t0, t1]``, and the part of it done
    beyond the schedule (overtime: more officers busy than scheduled at that moment).
    """
    rows = events[events["lifecycle"].isin(("start", "complete")) & (events["resource"] != "")]
    if rows.empty:
        return {}, {}
    rows = rows.sort_values("t", kind="stable")
    keys = ["case_id", "activity", "resource"]
    starts = rows[rows["lifecycle"] == "start"].copy()
    done = rows[rows["lifecycle"] == "complete"].copy()
    starts["k"] = starts.groupby(keys, sort=False).cumcount()
    done["k"] = done.groupby(keys, sort=False).cumcount()
    pairs = starts.merge(
        done[[*keys, "k", "t"]], on=[*keys, "k"], how="left", suffixes=("", "_end")
    )
    begin = pairs["t"].to_numpy(dtype=float)
    finish = pairs["t_end"].to_numpy(dtype=float)
    finish = np.where(np.isnan(finish), t1, finish)  # still in service at the end
    lo, hi = np.maximum(begin, t0), np.minimum(finish, t1)
    busy = np.clip(hi - lo, 0.0, None)
    pool = pairs["resource"].str.split("#", n=1).str[0].to_numpy()
    totals = {str(k): float(v) for k, v in pd.Series(busy).groupby(pool).sum().items()}
    overtime: dict[str, float] = {}
    for name, points in (schedules or {}).items():
        mask = (pool == name) & (busy > 0)
        if mask.any():
            overtime[name] = excess_hours(lo[mask], hi[mask], points)
    return totals, overtime


def _quantiles(values: np.ndarray) -> dict[str, float]:
    if values.size == 0:
        return dict.fromkeys(("mean", "p50", "p90", "p95"), math.nan)
    p50, p90, p95 = np.quantile(values, [0.5, 0.9, 0.95])
    return {"mean": float(values.mean()), "p50": float(p50), "p90": float(p90), "p95": float(p95)}


def _share(values: pd.Series) -> float:
    v = values.dropna()
    return float(v.mean()) if len(v) else math.nan


def _grid(window: Window, points: int = 3000) -> np.ndarray:
    """Times at which the backlog is sampled: hourly, or whole days for long horizons."""
    span = max(window.stop_h - window.warmup_h, 0.0)
    step = 1.0 if span <= points else 24.0 * math.ceil(span / points / 24.0)
    return np.arange(window.warmup_h, window.stop_h + 1e-9, step)


def replication_kpis(
    events: pd.DataFrame, facts: pd.DataFrame, window: Window, grid: np.ndarray
) -> tuple[dict[str, Any], np.ndarray]:
    """KPIs of one replication, and its backlog sampled on ``grid``."""
    end = window.horizon_h
    counted = facts[facts["arrive_t"] >= window.warmup_h]
    ok = compliance(counted, window.stop_h)
    answered = counted[(counted["outcome"] == "answered") & counted["close_t"].notna()]
    tta = (answered["close_t"] - answered["arrive_t"]).to_numpy(dtype=float)

    # Backlog: appeals arrived and not yet closed, at each grid time (all arrivals count, so
    # the warm-up's leftovers are part of the backlog the staff face after it).
    arr = np.sort(facts["arrive_t"].to_numpy(dtype=float))
    cls = np.sort(facts["close_t"].dropna().to_numpy(dtype=float))
    backlog = np.searchsorted(arr, grid, side="right") - np.searchsorted(cls, grid, side="right")

    # Utilisation: busy officer-hours over officer-hours on duty in the window, where time
    # spent finishing a case after the shift ended counts as on duty (so it stays <= 1).
    busy, overtime = busy_hours(events, window.warmup_h, end, window.schedules)
    pools = sorted(set(window.pools) | set(busy))
    util: dict[str, float] = {}
    for pool in pools:
        avail = window.staff_hours(pool, window.warmup_h, end) if window.staff_hours else math.nan
        avail += overtime.get(pool, 0.0)
        util[pool] = busy.get(pool, 0.0) / avail if avail and avail > 0 else math.nan

    # Inter-agency requests: a request is overdue once a reminder or escalation was sent.
    req = events[events["lifecycle"].isin(("request", "remind", "escalate"))]
    req = req[req["case_id"].isin(counted["case_id"])]
    n_req = int((req["lifecycle"] == "request").sum())
    overdue = req[req["lifecycle"].isin(("remind", "escalate"))]
    n_overdue = int(overdue[["case_id", "activity"]].drop_duplicates().shape[0])

    realtime = counted[counted["channel"].isin(window.realtime_channels)]
    if not window.realtime_channels:
        realtime = counted.iloc[0:0]
    tta_q = _quantiles(tta)
    kpis: dict[str, Any] = {
        "arrived": len(counted),
        "closed": int(counted["close_t"].notna().sum()),
        "answered": len(answered),
        "on_time_share": _share(ok),
        "on_time_by_category": {
            str(k): _share(v) for k, v in ok.groupby(counted["category"].to_numpy())
        },
        "on_time_by_channel": {
            str(k): _share(v) for k, v in ok.groupby(counted["channel"].to_numpy())
        },
        "time_to_answer_mean_h": tta_q["mean"],
        "time_to_answer_p50_h": tta_q["p50"],
        "time_to_answer_p90_h": tta_q["p90"],
        "time_to_answer_p95_h": tta_q["p95"],
        "backlog_mean": float(backlog.mean()) if backlog.size else math.nan,
        "backlog_max": int(backlog.max()) if backlog.size else 0,
        "utilisation": util,
        "overtime_h": {p: overtime.get(p, 0.0) for p in pools},
        "requests": n_req,
        "overdue_requests": n_overdue,
        "overdue_request_share": n_overdue / n_req if n_req else math.nan,
        "repeat_rate": float((counted["repeat_of"] != "").mean()) if len(counted) else math.nan,
        "abandonment_rate": (
            float((realtime["outcome"] == "abandoned").mean()) if len(realtime) else math.nan
        ),
    }
    return kpis, backlog


def flat(kpis: Mapping[str, Any]) -> dict[str, float]:
    """Flatten one replication's KPIs into ``name -> number`` (nested maps as ``a.b``)."""
    out: dict[str, float] = {}
    for key, value in kpis.items():
        if isinstance(value, Mapping):
            for sub, v in value.items():
                out[f"{key}.{sub}"] = math.nan if v is None else float(v)
        elif isinstance(value, int | float) and key != "replication":
            out[key] = float(value)
    return out


def compute_kpis(
    events: pa.Table,
    cases: pa.Table | None,
    scenario: Scenario | None = None,
    *,
    window: Window | None = None,
    confidence: float = 0.95,
) -> dict[str, Any]:
    """KPIs per replication and across replications (mean and t-based CI half-width).

    ``window`` overrides what would be read off ``scenario`` (tests pass one by hand).
    ``cases`` (the simulator's per-appeal table) saves re-deriving arrival, close and deadline
    per appeal from the log, and when it carries ``n_overdue_requests`` that count is used
    instead of the log's reminder/escalation rows; without it everything comes from the log.
    The result is JSON-able (NaN becomes ``None``); ``summary`` holds the headline KPIs.
    """
    if window is None:
        if scenario is None:
            raise ValueError("compute_kpis needs a scenario or a window")
        window = window_of(scenario)
    grid = _grid(window)
    facts = _facts_from_cases(cases)
    if facts is None:
        facts = case_facts(events)
    frame = events.select(["replication", "case_id", "activity", "lifecycle", "resource", "t"])
    log = frame.to_pandas()
    reps = sorted(int(r) for r in pd.unique(log["replication"])) if len(log) else []
    per_rep: list[dict[str, Any]] = []
    backlogs: list[np.ndarray] = []
    overdue_from_cases = _overdue_from_cases(cases, window.warmup_h)
    log_groups = dict(iter(log.groupby("replication", sort=True)))
    fact_groups = dict(iter(facts.groupby("replication", sort=True)))
    for rep in reps:
        k, backlog = replication_kpis(log_groups[rep], fact_groups[rep], window, grid)
        if overdue_from_cases is not None and rep in overdue_from_cases:
            n_req, n_over = overdue_from_cases[rep]
            k["requests"], k["overdue_requests"] = n_req, n_over
            k["overdue_request_share"] = n_over / n_req if n_req else math.nan
        per_rep.append({"replication": rep, **k})
        backlogs.append(backlog)

    flats = [flat(k) for k in per_rep]
    names = sorted({n for f in flats for n in f})
    across = {n: summarise([f.get(n, math.nan) for f in flats], confidence) for n in names}
    summary = {
        n: {"mean": across[n]["mean"], "half_width": across[n]["half_width"]}
        for n in [*HEADLINE, *(x for x in names if x.startswith("utilisation."))]
        if n in across
    }
    if backlogs:
        stack = np.vstack(backlogs).astype(float)
        bl_mean = stack.mean(axis=0)
        if stack.shape[0] < 2:
            bl_hw = [math.nan] * stack.shape[1]
        else:
            bl_hw = (
                t_quantile(confidence, stack.shape[0] - 1)
                * stack.std(axis=0, ddof=1)
                / math.sqrt(stack.shape[0])
            ).tolist()
    else:
        bl_mean, bl_hw = np.zeros(0), []
    result: dict[str, Any] = _jsonable(
        {
            "scenario_id": window.scenario_id,
            "replications": len(reps),
            "confidence": confidence,
            "warmup_h": window.warmup_h,
            "horizon_h": window.horizon_h,
            "end_h": window.stop_h,
            "summary": summary,
            "across": across,
            "per_replication": per_rep,
            "backlog": {
                "t": grid.tolist(),
                "mean": bl_mean.tolist(),
                "half_width": list(bl_hw),
            },
        }
    )
    return result


_FACT_COLUMNS = (
    "replication",
    "case_id",
    "channel",
    "category",
    "arrive_t",
    "close_t",
    "deadline_t",
    "outcome",
    "repeat_of",
)


def _facts_from_cases(cases: pa.Table | None) -> pd.DataFrame | None:
    """The per-case facts from the simulator's cases table, when it has every column needed."""
    if cases is None or not set(_FACT_COLUMNS) <= set(cases.column_names):
        return None
    facts = cases.select(list(_FACT_COLUMNS)).to_pandas()
    facts["outcome"] = facts["outcome"].fillna("")
    facts["repeat_of"] = facts["repeat_of"].fillna("")
    return facts


def _overdue_from_cases(
    cases: pa.Table | None, warmup_h: float
) -> dict[int, tuple[int, int]] | None:
    if cases is None or not {"n_requests", "n_overdue_requests", "replication"} <= set(
        cases.column_names
    ):
        return None
    df = cases.to_pandas()
    if "arrive_t" in df.columns:
        df = df[df["arrive_t"] >= warmup_h]
    g = df.groupby("replication")[["n_requests", "n_overdue_requests"]].sum()
    return {int(r): (int(v.n_requests), int(v.n_overdue_requests)) for r, v in g.iterrows()}


def per_replication_values(kpis: Mapping[str, Any]) -> dict[str, list[float]]:
    """``name -> [value per replication]`` in replication order (for paired comparisons)."""
    flats = [flat(k) for k in kpis["per_replication"]]
    names = sorted({n for f in flats for n in f})
    return {n: [f.get(n, math.nan) for f in flats] for n in names}


def _jsonable(obj: Any) -> Any:
    """Replace NaN/inf by None and numpy scalars by Python ones, recursively."""
    if isinstance(obj, Mapping):
        return {str(k): _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_jsonable(v) for v in obj]
    if isinstance(obj, np.integer):
        return int(obj)
    if isinstance(obj, float | np.floating):
        value = float(obj)
        return value if math.isfinite(value) else None
    return obj
