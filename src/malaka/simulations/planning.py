# mypy: disable-error-code="import-untyped"
"""Staffing by simulation: the smallest headcounts that meet a deadline-compliance target.

The search (Feldman, Mandelbaum, Massey and Whitt 2008 call this simulation-based staffing):

1. a *pilot* run of the scenario as written measures, per staff pool, the work arriving in each
   hour of the week and the mean service time (the log's enqueue, start and complete rows);
2. *analytic rules* turn that into headcounts per shift: the square-root rule on the load a
   shift must absorb (work arriving while it is on duty plus its share of the work arriving
   while nobody is), SIPP (Erlang C hour by hour on that hour's arrival rate) and the
   modified-offered-load variant (Erlang C on the infinite-server load ``m(t)``);
3. starting from the square-root answer, the bottleneck pool (highest utilisation) gains
   officers until the lower confidence bound of compliance reaches the target, then every
   (pool, shift) in turn loses officers while the bound stays above the target.

Every candidate is judged with the same seed and replications (common random numbers), so two
candidates differ only by their staffing, not by their luck. The rules' own answers are judged
the same way, which is how the report shows that SIPP under-staffs when work arrives while no
one is on duty or when service is long compared with the period.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import numpy as np

from malaka import theory

if TYPE_CHECKING:
    import pyarrow as pa

    from malaka.simulations.scenario import Scenario

Staff = dict[str, list[int]]
HOURS_PER_WEEK = 168


# --- evaluation ------------------------------------------------------------------------------


def judge_replication(scenario: Scenario, events: pa.Table) -> dict[str, Any]:
    """One replication's compliance and utilisation: the search's reduction of a log, made
    where the replication ran (a :data:`~malaka.simulations.runner.Sink`), so only these few
    numbers travel back.

    Uses the same definitions as :func:`malaka.simulations.kpis.compute_kpis` without its
    other figures, since the search judges dozens of staffings.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    from malaka.simulations import kpis
    from malaka.simulations.cases import derive_cases

    window = kpis.window_of(scenario)
    facts = derive_cases(events).select(["arrive_t", "close_t", "deadline_t", "outcome"])
    frame = facts.to_pandas()
    counted = frame[frame["arrive_t"] >= window.warmup_h]
    share = kpis.compliance(counted, window.stop_h).dropna()
    work = events.filter(pc.is_in(events["lifecycle"], pa.array(["start", "complete"])))
    log = work.select(["case_id", "activity", "lifecycle", "resource", "t"]).to_pandas()
    busy, overtime = kpis.busy_hours(log, window.warmup_h, window.horizon_h, window.schedules)
    util = {}
    for pool in window.pools:
        assert window.staff_hours is not None
        avail = window.staff_hours(pool, window.warmup_h, window.horizon_h)
        avail += overtime.get(pool, 0.0)
        util[pool] = busy.get(pool, 0.0) / avail if avail > 0 else 0.0
    return {
        "on_time_share": float(share.mean()) if len(share) else None,
        "utilisation": util,
    }


@dataclass
class Candidate:
    """One staffing judged by simulation."""

    staff: Staff
    label: str
    per_replication: list[float]
    mean: float
    half_width: float
    utilisation: dict[str, float]
    officers: int
    cost_per_week: float | None

    @property
    def lower(self) -> float:
        """Lower confidence bound of compliance (what must reach the target)."""
        return self.mean - self.half_width

    def meets(self, target: float) -> bool:
        """Whether compliance is at least ``target`` with the chosen confidence."""
        return math.isfinite(self.lower) and self.lower >= target - 1e-12

    def as_dict(self) -> dict[str, Any]:
        """JSON-able form (NaN becomes None)."""

        def clean(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else x

        return {
            "label": self.label,
            "staff": self.staff,
            "officers": self.officers,
            "cost_per_week": clean(self.cost_per_week),
            "compliance": {
                "mean": clean(self.mean),
                "half_width": clean(self.half_width),
                "lower": clean(self.lower),
                "per_replication": [clean(v) for v in self.per_replication],
            },
            "utilisation": {k: clean(v) for k, v in self.utilisation.items()},
        }


def _key(staff: Mapping[str, Sequence[int]]) -> tuple[tuple[str, tuple[int, ...]], ...]:
    return tuple(sorted((p, tuple(v)) for p, v in staff.items()))


class Evaluator:
    """Judges staffings by simulation with common random numbers, caching every answer.

    Replications run on one executor (:func:`malaka.simulations.runner.executor`) that lives
    as long as the evaluator, so worker start-up is paid once per plan, not once per
    candidate; each replication is reduced by :func:`judge_replication` where it ran.
    """

    def __init__(
        self,
        scenario: Scenario,
        *,
        replications: int,
        seed: int,
        confidence: float,
        workers: int | None = None,
        scheduler: str | None = None,
        on_eval: Callable[[Candidate], None] | None = None,
    ) -> None:
        self.scenario = scenario
        self.replications = replications
        self.seed = seed
        self.confidence = confidence
        self.workers = workers
        self.scheduler = scheduler
        self.cache: dict[Any, Candidate] = {}
        self.history: list[Candidate] = []
        self.on_eval = on_eval
        self._stack = contextlib.ExitStack()
        self._executor: Executor | None = None

    def __enter__(self) -> Evaluator:
        from malaka.simulations.runner import executor

        self._executor = self._stack.enter_context(
            executor(self.workers, self.scheduler, tasks=self.replications)
        )
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._executor = None
        self._stack.__exit__(kind, error, trace)

    def __call__(self, staff: Staff, label: str = "search") -> Candidate:
        """Compliance (mean, CI) and utilisation of ``staff``; cached by headcounts."""
        return self.many([(staff, label)])[0]

    def many(self, jobs: Sequence[tuple[Staff, str]]) -> list[Candidate]:
        """Judge several staffings; all their replications share the executor at once."""
        from malaka.simulations.model import Plan
        from malaka.simulations.runner import map_replications

        if self._executor is None:
            raise RuntimeError("an Evaluator judges staffings inside its `with` block")
        pending: dict[Any, tuple[Staff, str]] = {}
        runs: list[tuple[Plan, int]] = []
        for staff, label in jobs:
            key = _key(staff)
            hit = self.cache.get(key)
            if hit is not None:
                if label != "search" and hit.label == "search":
                    hit.label = label
                continue
            if key in pending:
                continue
            pending[key] = (staff, label)
            plan = Plan(self.scenario.with_staff(staff))
            runs += [(plan, r) for r in range(self.replications)]
        results = map_replications(self._executor, runs, self.seed, judge_replication)
        for i, (key, (staff, label)) in enumerate(pending.items()):
            mine = results[i * self.replications : (i + 1) * self.replications]
            self._record(key, staff, label, mine)
        return [self.cache[_key(staff)] for staff, _ in jobs]

    def _record(
        self, key: Any, staff: Staff, label: str, results: list[dict[str, Any]]
    ) -> Candidate:
        from malaka.simulations.kpis import t_half_width

        shares = [
            float("nan") if r["on_time_share"] is None else float(r["on_time_share"])
            for r in results
        ]
        finite = [s for s in shares if math.isfinite(s)]
        mean = float(np.mean(finite)) if finite else math.nan
        hw = t_half_width(finite, self.confidence) if len(finite) > 1 else math.nan
        pools = sorted({p for r in results for p in r["utilisation"]})
        util = {p: float(np.mean([r["utilisation"].get(p, 0.0) for r in results])) for p in pools}
        cand = Candidate(
            staff={p: list(v) for p, v in staff.items()},
            label=label,
            per_replication=shares,
            mean=mean,
            half_width=hw,
            utilisation=util,
            officers=sum(sum(v) for v in staff.values()),
            cost_per_week=cost_per_week(self.scenario, staff),
        )
        self.cache[key] = cand
        self.history.append(cand)
        if self.on_eval is not None:
            self.on_eval(cand)
        return cand


# --- the pilot: work per pool by hour of the week ---------------------------------------------


@dataclass
class PoolLoad:
    """What the pilot run measured for one pool."""

    pool: str
    #: arrivals per hour at the pool's stages, by hour of the week (0 = Monday 00-01)
    rate: np.ndarray
    #: mean service time in hours
    mean_service: float
    #: weekly work in officer-hours
    work_per_week: float
    #: per shift: hour-of-week slots it covers
    cover: list[np.ndarray] = field(default_factory=list)


def shift_cover(scenario: Scenario, pool_id: str) -> list[np.ndarray]:
    """For each shift of a pool, a boolean mask over the 168 hours of the week."""
    from malaka.simulations.calendar import WEEKDAYS

    out = []
    for s in scenario.pool(pool_id).shifts:
        mask = np.zeros(HOURS_PER_WEEK, dtype=bool)
        for wd, name in enumerate(WEEKDAYS):
            if name not in s.days:
                continue
            for h in range(24):
                if s.start <= h + 0.5 < s.end:
                    mask[wd * 24 + h] = True
        out.append(mask)
    return out


def measure_loads(scenario: Scenario, events: pa.Table) -> dict[str, PoolLoad]:
    """Per pool: hourly arrival rates by hour of the week, mean service, weekly work."""
    df = events.select(
        ["replication", "case_id", "category", "activity", "lifecycle", "resource", "t"]
    ).to_pandas()
    cal = scenario.calendar
    warm = cal.warmup_days * 24.0
    horizon = cal.horizon_hours
    n_reps = max(1, int(df["replication"].nunique())) if len(df) else 1
    weeks = max((horizon - warm) / HOURS_PER_WEEK, 1e-9) * n_reps
    stages = {s.id: s for s in scenario.stages}
    start_wd = cal.start.weekday()

    enq = df[(df["lifecycle"] == "enqueue") & df["activity"].isin(list(stages))]
    enq = enq[(enq["t"] >= warm) & (enq["t"] < horizon)]
    pools_of = [
        stages[a].pool_for(c) for a, c in zip(enq["activity"], enq["category"], strict=True)
    ]
    t = enq["t"].to_numpy(dtype=float)
    slot = ((start_wd + np.floor(t / 24.0)).astype(np.int64) % 7) * 24 + np.floor(t % 24.0).astype(
        np.int64
    )

    work = df[df["lifecycle"].isin(("start", "complete")) & (df["resource"] != "")]
    work = work.sort_values("t", kind="stable")
    keys = ["replication", "case_id", "activity", "resource"]
    st = work[work["lifecycle"] == "start"].copy()
    en = work[work["lifecycle"] == "complete"].copy()
    st["k"] = st.groupby(keys, sort=False).cumcount()
    en["k"] = en.groupby(keys, sort=False).cumcount()
    pairs = st.merge(en[[*keys, "k", "t"]], on=[*keys, "k"], suffixes=("", "_end"))
    pairs["pool"] = pairs["resource"].str.split("#", n=1).str[0]
    pairs["d"] = pairs["t_end"] - pairs["t"]
    mean_service = pairs.groupby("pool")["d"].mean().to_dict()

    pools_arr = np.asarray(pools_of, dtype=object)
    out: dict[str, PoolLoad] = {}
    for pool in scenario.pools:
        mask = pools_arr == pool.id
        counts = np.bincount(slot[mask], minlength=HOURS_PER_WEEK).astype(float)
        rate = counts / weeks
        ms = float(mean_service.get(pool.id, math.nan))
        if not math.isfinite(ms):
            ms = _nominal_service(scenario, pool.id)
        out[pool.id] = PoolLoad(
            pool=pool.id,
            rate=rate,
            mean_service=ms,
            work_per_week=float(rate.sum() * ms),
            cover=shift_cover(scenario, pool.id),
        )
    return out


def _nominal_service(scenario: Scenario, pool_id: str) -> float:
    """Mean service of a pool's stages from the scenario when the pilot saw no work."""
    means = [float(s.service.mean) for s in scenario.stages if s.pool == pool_id]
    return float(np.mean(means)) if means else 1.0


# --- analytic rules --------------------------------------------------------------------------


def shift_loads(load: PoolLoad) -> list[float]:
    """Offered load (officers busy) each shift must absorb, by the fluid argument.

    Work arriving while a shift is on duty is its own; work arriving while no shift is on duty
    waits and is shared among the shifts in proportion to their weekly hours.
    """
    if not load.cover:
        return []
    covered = np.zeros(HOURS_PER_WEEK, dtype=bool)
    for m in load.cover:
        covered |= m
    hours = [float(m.sum()) for m in load.cover]
    total_hours = sum(hours)
    overlap = np.sum([m.astype(float) for m in load.cover], axis=0)
    off_work = float(load.rate[~covered].sum()) * load.mean_service
    out = []
    for m, h in zip(load.cover, hours, strict=True):
        if h == 0:
            out.append(0.0)
            continue
        # overlapping shifts split the work arriving in the overlap
        own = float((load.rate[m] / np.maximum(overlap[m], 1.0)).sum()) * load.mean_service
        out.append((own + off_work * h / total_hours) / h)
    return out


def square_root_rule(loads: Mapping[str, PoolLoad], target: float, fixed: Staff) -> Staff:
    """``n = ⌈a + β√a⌉`` per shift, β from Halfin-Whitt for a delay probability 1 - target."""
    beta = theory.halfin_whitt_beta(min(max(1.0 - target, 1e-6), 1 - 1e-6))
    out: Staff = {}
    for pool, load in loads.items():
        out[pool] = [
            0 if fixed[pool][i] == 0 else max(1, theory.square_root_staffing(a, beta))
            for i, a in enumerate(shift_loads(load))
        ]
    return out


def sipp_rule(
    loads: Mapping[str, PoolLoad],
    target: float,
    fixed: Staff,
    *,
    within: float,
    modified: bool = False,
) -> Staff:
    """Erlang C hour by hour (SIPP), or on the modified offered load; a shift takes its peak.

    Each hour of the week is staffed as a stationary M/M/c with that hour's arrival rate so that
    ``target`` of arrivals wait at most ``within`` hours.
    """
    out: Staff = {}
    for pool, load in loads.items():
        mu = 1.0 / load.mean_service
        rates = load.rate.tolist()
        if modified:
            need = theory.mol_staffing(rates, mu, target=target, within=within)
        else:
            need = theory.sipp_staffing(rates, mu, target=target, within=within)
        arr = np.asarray(need)
        out[pool] = [
            0 if fixed[pool][i] == 0 or not m.any() else max(1, int(arr[m].max()))
            for i, m in enumerate(load.cover)
        ]
    return out


def cost_per_week(scenario: Scenario, staff: Mapping[str, Sequence[int]]) -> float | None:
    """Staff cost per week, Σ cost_per_hour × headcount × weekly shift hours; None if no costs."""
    if all(p.cost_per_hour is None for p in scenario.pools):
        return None
    total = 0.0
    for pool in scenario.pools:
        if pool.cost_per_hour is None:
            continue
        counts = staff.get(pool.id, [s.staff for s in pool.shifts])
        for s, n in zip(pool.shifts, counts, strict=True):
            total += pool.cost_per_hour * n * len(s.days) * (s.end - s.start)
    return total


# --- the search ------------------------------------------------------------------------------


@dataclass
class PlanResult:
    """Everything ``malaka plan`` reports."""

    scenario_id: str
    target: float
    confidence: float
    replications: int
    seed: int
    best: Candidate | None
    reached: bool
    given: Candidate
    rules: dict[str, Candidate]
    history: list[Candidate]
    loads: dict[str, PoolLoad]
    sipp_within_h: float
    notes: list[str]

    def frontier(self) -> list[Candidate]:
        """For each total headcount, the evaluated staffing with the best compliance."""
        best: dict[int, Candidate] = {}
        for c in self.history:
            if not math.isfinite(c.mean):
                continue
            cur = best.get(c.officers)
            if cur is None or c.lower > cur.lower:
                best[c.officers] = c
        return [best[k] for k in sorted(best)]

    def as_dict(self) -> dict[str, Any]:
        """JSON-able summary."""
        return {
            "scenario_id": self.scenario_id,
            "target": self.target,
            "confidence": self.confidence,
            "replications": self.replications,
            "seed": self.seed,
            "reached": self.reached,
            "best": self.best.as_dict() if self.best else None,
            "given": self.given.as_dict(),
            "rules": {k: v.as_dict() for k, v in self.rules.items()},
            "frontier": [c.as_dict() for c in self.frontier()],
            "evaluated": [c.as_dict() for c in self.history],
            "loads": {
                p: {
                    "mean_service_h": ld.mean_service,
                    "work_per_week_h": ld.work_per_week,
                    "arrivals_per_week": float(ld.rate.sum()),
                    "shift_loads": shift_loads(ld),
                }
                for p, ld in self.loads.items()
            },
            "sipp_within_h": self.sipp_within_h,
            "notes": self.notes,
        }


def staff_for(loads: Mapping[str, PoolLoad], beta: float, fixed: Staff) -> Staff:
    """The square-root family ``max(1, ⌈a + β√a⌉)`` per shift; shifts fixed at 0 stay closed."""
    out: Staff = {}
    for pool, load in loads.items():
        out[pool] = [
            0 if fixed[pool][i] == 0 else max(1, math.ceil(a + beta * math.sqrt(a) - 1e-9))
            for i, a in enumerate(shift_loads(load))
        ]
    return out


def _search(
    ev: Evaluator,
    *,
    loads: Mapping[str, PoolLoad],
    given: Staff,
    target: float,
    max_evaluations: int,
    notes: list[str],
) -> tuple[Candidate, bool]:
    """Smallest β of the square-root family that meets the target, then per-shift trims."""
    # search the square-root family for the smallest safety factor β that meets the
    # target (compliance grows with β), then trim (pool, shift) by (pool, shift)
    beta_rule = theory.halfin_whitt_beta(min(max(1.0 - target, 1e-6), 1 - 1e-6))
    hi, lo = beta_rule, -1.0
    cand = ev(staff_for(loads, hi, given))
    while not cand.meets(target) and len(ev.history) < max_evaluations:
        if hi > 12:
            notes.append(
                "compliance did not reach the target even with generous staff: it is "
                "limited by something staffing does not change (e.g. partner agencies)"
            )
            break
        lo, hi = hi, hi + max(1.0, hi)
        cand = ev(staff_for(loads, hi, given))
    reached = cand.meets(target)
    if reached:
        best_staff = staff_for(loads, hi, given)
        # bisection on β; staffings already judged come from the cache at no cost
        while hi - lo > 0.02 and len(ev.history) < max_evaluations:
            mid = 0.5 * (lo + hi)
            trial = staff_for(loads, mid, given)
            if trial == best_staff:
                hi = mid
                continue
            res = ev(trial)
            if res.meets(target):
                hi, best_staff, cand = mid, trial, res
            else:
                lo = mid
        staff = best_staff
        order = sorted(
            ((p, i) for p in staff for i in range(len(staff[p])) if staff[p][i] > 1),
            key=lambda pi: (cand.utilisation.get(pi[0], 0.0), pi[0], pi[1]),
        )
        for pool, i in order:
            while staff[pool][i] > 1 and len(ev.history) < max_evaluations:
                trial = {p: list(v) for p, v in staff.items()}
                trial[pool][i] -= 1
                res = ev(trial)
                if not res.meets(target):
                    break
                staff, cand = trial, res
    return cand, reached


def plan_staffing(
    scenario: Scenario,
    *,
    target: float,
    confidence: float = 0.95,
    replications: int = 4,
    seed: int | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    sipp_within: float = 8.0,
    max_evaluations: int = 40,
    on_eval: Callable[[Candidate], None] | None = None,
) -> PlanResult:
    """Find the smallest staffing whose compliance lower bound reaches ``target``.

    ``workers`` and ``scheduler`` choose where replications run, as for
    :func:`malaka.simulations.runner.executor`.
    """
    if not 0 < target < 1:
        raise ValueError("target must be in (0, 1)")
    if not 0 < confidence < 1:
        raise ValueError("confidence must be in (0, 1)")
    if replications < 2:
        raise ValueError("at least two replications are needed for a confidence interval")
    if scenario.deadlines is None:
        raise ValueError("the scenario sets no legal deadlines: nothing to plan for")
    seed = scenario.seed if seed is None else seed
    given: Staff = {p.id: [s.staff for s in p.shifts] for p in scenario.pools}
    notes: list[str] = []
    with Evaluator(
        scenario,
        replications=replications,
        seed=seed,
        confidence=confidence,
        workers=workers,
        scheduler=scheduler,
        on_eval=on_eval,
    ) as ev:
        # 1. pilot: the scenario as written measures the load per pool and hour of the week
        from malaka.simulations.runner import run_one

        pilot_events = run_one(scenario, 0, seed)
        loads = measure_loads(scenario, pilot_events)

        # 2. the staffing as written and the analytic rules, judged together
        rules = {
            "square_root": square_root_rule(loads, target, given),
            "sipp": sipp_rule(loads, target, given, within=sipp_within),
            "mol": sipp_rule(loads, target, given, within=sipp_within, modified=True),
        }
        first = ev.many([(given, "given"), *((staff, name) for name, staff in rules.items())])
        given_c = first[0]
        judged = dict(zip(rules, first[1:], strict=True))

        # 3. search by simulation
        cand, reached = _search(
            ev,
            loads=loads,
            given=given,
            target=target,
            max_evaluations=max_evaluations,
            notes=notes,
        )
        if len(ev.history) >= max_evaluations:
            notes.append(f"stopped after {max_evaluations} evaluated staffings")
        return PlanResult(
            scenario_id=scenario.id,
            target=target,
            confidence=confidence,
            replications=replications,
            seed=seed,
            best=cand if reached else None,
            reached=reached,
            given=given_c,
            rules=judged,
            history=list(ev.history),
            loads=loads,
            sipp_within_h=sipp_within,
            notes=notes,
        )


# --- output ----------------------------------------------------------------------------------

_PLAN_LABELS = {
    "title": ("Shtat rejasi", "План штатной численности", "Staffing plan"),
    "best": ("Tavsiya etilgan shtat", "Рекомендуемая численность", "Recommended staffing"),
    "frontier": (
        "Xodimlar soni va muddatida javob",
        "Численность и доля ответов в срок",
        "Headcount against share answered on time",
    ),
    "rules": (
        "Analitik qoidalar va simulyatsiya bahosi",
        "Аналитические правила и их оценка моделированием",
        "Analytic rules, judged by simulation",
    ),
    "loads": ("Guruhlar yuklamasi", "Нагрузка групп", "Load per pool"),
}


def _tri(key: str) -> str:
    return " / ".join(_PLAN_LABELS[key])


def _pct(c: Candidate) -> str:
    if not math.isfinite(c.mean):
        return "—"
    hw = f" ± {100 * c.half_width:.1f}" if math.isfinite(c.half_width) else ""
    return f"{100 * c.mean:.1f}%{hw}"


def _staff_text(staff: Mapping[str, Sequence[int]]) -> str:
    return ", ".join(
        f"{p} {v[0]}" if len(v) == 1 else f"{p} {'/'.join(str(n) for n in v)}"
        for p, v in staff.items()
    )


def _money(x: float | None) -> str:
    return "—" if x is None else f"{x:,.0f}".replace(",", " ")


def plan_markdown(result: PlanResult, scenario: Scenario) -> str:
    """The plan as a trilingual Markdown page."""
    lines = [f"# {_tri('title')}: {scenario.title.uz}", ""]
    lines.append(
        f"Maqsad / Цель / Target: **{100 * result.target:.0f}%** "
        f"({100 * result.confidence:.0f}% ishonch / доверие / confidence), "
        f"{result.replications} replications per staffing, seed `{result.seed}`."
    )
    lines.append("")
    lines += [f"## {_tri('best')}", ""]
    if result.best is None:
        lines.append("Maqsadga erishilmadi / Цель не достигнута / Target not reached.")
        lines += [f"- {n}" for n in result.notes]
    else:
        b = result.best
        lines += [
            "| pool | shifts | officers |",
            "|---|---|---:|",
            *(
                f"| {p} | {' / '.join(_shift_text(scenario, p, i) for i in range(len(v)))} "
                f"| {' / '.join(str(n) for n in v)} |"
                for p, v in b.staff.items()
            ),
            "",
            f"- compliance: {_pct(b)} (lower bound {100 * b.lower:.1f}%)",
            f"- officers: {b.officers}",
            f"- cost per week: {_money(b.cost_per_week)}",
        ]
    lines += ["", f"## {_tri('rules')}", ""]
    lines += [
        "| rule | officers | cost per week | compliance (95% CI) | meets target | staffing |",
        "|---|---:|---:|---:|---|---|",
    ]
    rows = [("as written", result.given), *result.rules.items()]
    if result.best is not None:
        rows.append(("simulation (best)", result.best))
    for name, c in rows:
        verdict = "yes" if c.meets(result.target) else "**no**"
        extra = ""
        if result.best is not None and name != "simulation (best)":
            diff = c.officers - result.best.officers
            extra = f" ({diff:+d})"
        lines.append(
            f"| {name} | {c.officers}{extra} | {_money(c.cost_per_week)} | {_pct(c)} "
            f"| {verdict} | {_staff_text(c.staff)} |"
        )
    lines += [
        "",
        "- square_root: ⌈a + β√a⌉ per shift, a = the work the shift must absorb (arriving on "
        "duty, plus its share of work arriving off duty), β from Halfin-Whitt for a delay "
        f"probability of {1 - result.target:.2f}.",
        f"- sipp: Erlang C hour by hour of the week on that hour's arrival rate, so that "
        f"{100 * result.target:.0f}% start within {result.sipp_within_h:g} h; a shift takes its "
        "busiest hour. Work arriving while nobody is on duty, and work carried over from "
        "earlier hours, are invisible to it.",
        "- mol: the same on the modified offered load m(t) (m' = λ(t) - μ m), which follows "
        "the lag between arrivals and work.",
        "",
        f"## {_tri('frontier')}",
        "",
        "![](frontier.png)",
        "",
        "| officers | cost per week | compliance (95% CI) | lower bound | staffing |",
        "|---:|---:|---:|---:|---|",
    ]
    lines += [
        f"| {c.officers} | {_money(c.cost_per_week)} | {_pct(c)} | {100 * c.lower:.1f}% "
        f"| {_staff_text(c.staff)} |"
        for c in result.frontier()
        if math.isfinite(c.lower)
    ]
    lines += ["", f"## {_tri('loads')}", ""]
    lines += [
        "| pool | arrivals per week | mean service (h) | work per week (h) "
        "| load per shift (officers busy) | busiest hour on duty (arrivals/h) |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for p, ld in result.loads.items():
        shift_a = " / ".join(f"{a:.2f}" for a in shift_loads(ld))
        lines.append(
            f"| {p} | {ld.rate.sum():.1f} | {ld.mean_service:.2f} | {ld.work_per_week:.1f} "
            f"| {shift_a} | {_busiest(ld)} |"
        )
    lines += [
        "",
        "SIPP staffs a shift for its busiest hour as if that hour's arrival rate lasted: "
        "bursts (such as Monday morning, when the weekend's appeals come through registration) "
        "make it over-staff a fixed shift; where staffing can change hour by hour it "
        "under-staffs after peaks instead, because work from the peak is still there "
        "(see the SIPP/MOL validation figure).",
    ]
    lines.append("")
    if result.notes:
        lines += ["## Notes", "", *(f"- {n}" for n in result.notes), ""]
    return "\n".join(lines)


def _busiest(load: PoolLoad) -> str:
    """The on-duty hour of the week with the most arrivals, as 'mon 10:00 (4.1)'."""
    from malaka.simulations.calendar import WEEKDAYS

    covered = np.zeros(HOURS_PER_WEEK, dtype=bool)
    for m in load.cover:
        covered |= m
    if not covered.any() or load.rate[covered].max() <= 0:
        return "—"
    slot = int(np.flatnonzero(covered)[np.argmax(load.rate[covered])])
    return f"{WEEKDAYS[slot // 24]} {slot % 24:02d}:00 ({load.rate[slot]:.2f})"


def _shift_text(scenario: Scenario, pool: str, i: int) -> str:
    s = scenario.pool(pool).shifts[i]
    days = ",".join(s.days) if len(s.days) < 7 else "every day"
    return f"{days} {s.start:g}-{s.end:g}"


def frontier_plot(path: Path, result: PlanResult) -> None:
    """Officers against compliance with CI bars; rules and the best staffing marked."""
    import matplotlib as mpl

    mpl.use("Agg")
    import matplotlib.pyplot as plt

    from malaka import atomic

    pts = [c for c in result.history if math.isfinite(c.mean)]
    fig, ax = plt.subplots(figsize=(8, 4.5))
    ax.errorbar(
        [c.officers for c in pts],
        [c.mean for c in pts],
        yerr=[c.half_width if math.isfinite(c.half_width) else 0.0 for c in pts],
        fmt="o",
        color="#718096",
        alpha=0.6,
        capsize=3,
        label="evaluated",
    )
    front = [c for c in result.frontier() if math.isfinite(c.mean)]
    ax.plot([c.officers for c in front], [c.mean for c in front], color="#2b6cb0", linewidth=1)
    marks = {"given": "s", "square_root": "^", "sipp": "v", "mol": "D"}
    for name, marker in marks.items():
        c = result.given if name == "given" else result.rules.get(name)
        if c is not None and math.isfinite(c.mean):
            ax.plot(c.officers, c.mean, marker=marker, markersize=9, linestyle="", label=name)
    if result.best is not None:
        ax.plot(
            result.best.officers,
            result.best.mean,
            marker="*",
            markersize=15,
            color="#c53030",
            linestyle="",
            label="best",
        )
    ax.axhline(result.target, color="#c53030", linestyle="--", linewidth=1)
    ax.set_xlabel("Xodimlar / Сотрудники / Officers")
    ax.set_ylabel("Muddatida / В срок / On time")
    ax.set_title(
        "\n".join(_PLAN_LABELS["frontier"][:2]) + "\n" + _PLAN_LABELS["frontier"][2], fontsize=9
    )
    ax.legend(fontsize=8, loc="lower right")
    fig.tight_layout()
    with atomic.replace_file(path) as tmp:
        fig.savefig(tmp, format="png", dpi=110, metadata={"Software": None})
    plt.close(fig)


def write_plan(out_dir: Path, result: PlanResult, scenario: Scenario) -> Path:
    """Write ``plan.md``, ``plan.json`` and ``frontier.png`` into ``out_dir``."""
    import json

    from malaka import atomic

    out_dir.mkdir(parents=True, exist_ok=True)
    atomic.write_text(
        out_dir / "plan.json",
        json.dumps(result.as_dict(), indent=2, ensure_ascii=False, allow_nan=False) + "\n",
    )
    frontier_plot(out_dir / "frontier.png", result)
    path = out_dir / "plan.md"
    atomic.write_text(path, plan_markdown(result, scenario))
    return path


# --- what-if comparison ----------------------------------------------------------------------


def replication_kpis(scenario: Scenario, events: pa.Table) -> dict[str, Any]:
    """One replication's KPIs (as in ``compute_kpis(...)["per_replication"]``): a comparison's
    reduction of a log, made where the replication ran."""
    from malaka.simulations.kpis import compute_kpis

    per_replication: list[dict[str, Any]] = compute_kpis(events, None, scenario)["per_replication"]
    return per_replication[0]


def compare_scenarios(
    a: Scenario,
    b: Scenario,
    *,
    replications: int,
    seed: int,
    workers: int | None = None,
    scheduler: str | None = None,
    confidence: float = 0.95,
    progress: bool = False,
) -> dict[str, Any]:
    """Run A and B on the same seed and streams; paired differences B - A with t-based CIs.

    Replication r of both scenarios draws the same appeals and work content (common random
    numbers), so the paired difference is far less noisy than two independent estimates.
    Both run on one executor (``workers``, ``scheduler``: see
    :func:`malaka.simulations.runner.executor`), each replication reduced to its KPIs where
    it ran.
    """
    from malaka.simulations.kpis import HEADLINE, per_replication_values, summarise
    from malaka.simulations.model import Plan
    from malaka.simulations.runner import executor, map_replications

    if replications < 2:
        raise ValueError("at least two replications are needed for a confidence interval")
    plan_a, plan_b = Plan(a), Plan(b)
    runs = [(plan, r) for plan in (plan_a, plan_b) for r in range(replications)]
    with executor(workers, scheduler, tasks=len(runs)) as ex:
        per_rep = map_replications(ex, runs, seed, replication_kpis, progress=progress)
    ka = {"per_replication": per_rep[:replications]}
    kb = {"per_replication": per_rep[replications:]}
    va, vb = per_replication_values(ka), per_replication_values(kb)
    names = [n for n in va if n in vb]
    diffs: dict[str, Any] = {}
    for n in names:
        pairs = [
            (x, y)
            for x, y in zip(va[n], vb[n], strict=True)
            if math.isfinite(x) and math.isfinite(y)
        ]
        d = summarise([y - x for x, y in pairs], confidence)
        entry: dict[str, Any] = {
            "a": summarise([x for x, _ in pairs], confidence)["mean"],
            "b": summarise([y for _, y in pairs], confidence)["mean"],
            "diff": d["mean"],
            "half_width": d["half_width"],
            "n": d["n"],
        }
        if d["mean"] is not None and d["half_width"] is not None:
            lo, hi = d["mean"] - d["half_width"], d["mean"] + d["half_width"]
            entry["significant"] = lo > 0 or hi < 0
            base = n.split(".", 1)[0]
            if base in HEADLINE and entry["significant"]:
                entry["better"] = (d["mean"] > 0) == HEADLINE[base]
        diffs[n] = entry
    return {
        "a": a.id,
        "b": b.id,
        "seed": seed,
        "replications": replications,
        "confidence": confidence,
        "headline": {n: diffs[n] for n in HEADLINE if n in diffs},
        "differences": diffs,
    }


def compare_markdown(result: Mapping[str, Any]) -> str:
    """The comparison as a trilingual Markdown page."""

    def num(x: Any) -> str:
        return "—" if x is None else f"{x:.4g}"

    lines = [
        f"# Taqqoslash / Сравнение / Comparison: {result['a']} → {result['b']}",
        "",
        f"Bir xil tasodifiy sonlar / Общие случайные числа / Common random numbers: seed "
        f"`{result['seed']}`, {result['replications']} replications; B - A with "
        f"{100 * result['confidence']:.0f}% CI.",
        "",
        "| KPI | A | B | B - A | ± | verdict |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for name, e in result["differences"].items():
        if name.startswith(("on_time_by_", "overtime_h")):
            continue
        verdict = ""
        if e.get("significant"):
            verdict = {True: "better", False: "worse"}.get(e.get("better"), "differs")
        lines.append(
            f"| {name} | {num(e['a'])} | {num(e['b'])} | {num(e['diff'])} "
            f"| {num(e['half_width'])} | {verdict} |"
        )
    lines.append("")
    return "\n".join(lines)
