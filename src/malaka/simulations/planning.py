# mypy: disable-error-code="import-untyped"
"""Staffing by simulation: the smallest staffing whose share of appeals answered on time
reaches a target, with the proof that it is the smallest and how sure that is.

The measure covers every appeal: abandoned calls count as not answered on time
(:func:`judge_replication`), so that leaving calls unanswered cannot raise it. The search
(Feldman, Mandelbaum, Massey and Whitt 2008 call this simulation-based staffing):

1. a *pilot* run of the scenario as written measures, per staff pool, the work arriving in each
   hour of the week and the mean service time (the log's enqueue, start and complete rows);
2. *analytic rules* turn that into posts per shift: the square-root rule on the load a shift
   must absorb (work arriving while it is on duty plus its share of the work arriving while
   nobody is), SIPP (Erlang C hour by hour on that hour's arrival rate) and the
   modified-offered-load variant (Erlang C on the infinite-server load ``m(t)``);
3. the square-root family's smallest safety factor that meets the target, then, round by
   round, every staffing with one post fewer (a shift may go to nobody while its pool keeps
   a post elsewhere), taking the cheapest that still meets the target; the last round, in
   which none does, is the proof of minimality;
4. the chosen staffing judged again on fresh appeals (another seed), giving the estimated
   probability that it meets the target.

A staffing "meets" the target when the lower bound of its interval does
(:mod:`malaka.simulations.shares`); replications are added while the interval contains the
target, up to a cap. Every staffing is judged with the same seed (common random numbers), so
two staffings differ only by their staffing, not by their luck.
"""

from __future__ import annotations

import contextlib
import functools
import math
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import numpy as np

from malaka import theory
from malaka.simulations import labels
from malaka.simulations.labels import Lang
from malaka.simulations.shares import ShareEstimate, estimate, probability_at_least

if TYPE_CHECKING:
    import pyarrow as pa

    from malaka.simulations.scenario import Scenario

Staff = dict[str, list[int]]
HOURS_PER_WEEK = 168


# --- evaluation ------------------------------------------------------------------------------


def judge_replication(scenario: Scenario, events: pa.Table) -> dict[str, Any]:
    """One replication's appeals answered on time, appeals counted, abandoned calls and
    utilisation: the search's reduction of a log, made where the replication ran (a
    :data:`~malaka.simulations.runner.Sink`), so only these few numbers travel back.

    The measure covers every appeal: one answered or forwarded by its deadline counts as on
    time, one late, still open past its deadline or abandoned (a caller who hung up) as not, so
    that leaving calls unanswered can never raise it. Appeals the law sets aside (anonymous)
    and those still open before their deadline at the end of the run are not counted.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    from malaka.simulations import kpis
    from malaka.simulations.cases import derive_cases

    window = kpis.window_of(scenario)
    facts = derive_cases(events).select(["arrive_t", "close_t", "deadline_t", "outcome"])
    frame = facts.to_pandas()
    counted = frame[frame["arrive_t"] >= window.warmup_h]
    share = kpis.compliance(counted, window.stop_h)
    abandoned = (counted["outcome"] == "abandoned").to_numpy()
    share[abandoned] = 0.0
    known = share.dropna()
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
        "on_time": int(known.sum()),
        "appeals": len(known),
        "abandoned": int(abandoned.sum()),
        "utilisation": util,
    }


@dataclass
class Candidate:
    """One staffing judged by simulation: what each replication counted, and the pooled share
    with its interval (:mod:`malaka.simulations.shares`)."""

    staff: Staff
    label: str
    confidence: float
    posts: int
    cost_per_week: float | None
    on_time: list[int] = field(default_factory=list)
    appeals: list[int] = field(default_factory=list)
    abandoned: list[int] = field(default_factory=list)
    utilisation_runs: list[dict[str, float]] = field(default_factory=list)
    seed: int | None = None

    def add(self, result: Mapping[str, Any]) -> None:
        """Count one more replication (a :func:`judge_replication` result)."""
        self.on_time.append(int(result["on_time"]))
        self.appeals.append(int(result["appeals"]))
        self.abandoned.append(int(result["abandoned"]))
        self.utilisation_runs.append(dict(result["utilisation"]))

    @property
    def replications(self) -> int:
        return len(self.appeals)

    @property
    def estimate(self) -> ShareEstimate | None:
        """The pooled share and its interval; None before two replications with appeals."""
        if sum(1 for n in self.appeals if n > 0) < 2:
            return None
        return estimate(self.on_time, self.appeals, self.confidence)

    @property
    def mean(self) -> float:
        est = self.estimate
        return est.share if est is not None else math.nan

    @property
    def lower(self) -> float:
        """Lower confidence bound of the share (what must reach the target)."""
        est = self.estimate
        return est.lower if est is not None else math.nan

    @property
    def upper(self) -> float:
        est = self.estimate
        return est.upper if est is not None else math.nan

    @property
    def per_replication(self) -> list[float]:
        return [x / n if n else math.nan for x, n in zip(self.on_time, self.appeals, strict=True)]

    @property
    def abandoned_share(self) -> float:
        total = sum(self.appeals)
        return sum(self.abandoned) / total if total else math.nan

    @property
    def utilisation(self) -> dict[str, float]:
        pools = sorted({p for r in self.utilisation_runs for p in r})
        runs = self.utilisation_runs
        return {p: float(np.mean([r.get(p, 0.0) for r in runs])) for p in pools}

    def meets(self, target: float) -> bool:
        """Whether the share is at least ``target`` with the chosen confidence."""
        return math.isfinite(self.lower) and self.lower >= target - 1e-12

    def decided(self, target: float) -> bool:
        """Whether the interval lies wholly above or wholly below ``target``."""
        est = self.estimate
        return est is not None and est.decided(target)

    def as_dict(self) -> dict[str, Any]:
        """JSON-able form (NaN becomes None)."""

        def clean(x: float | None) -> float | None:
            return None if x is None or not math.isfinite(x) else x

        return {
            "label": self.label,
            "staff": self.staff,
            "posts": self.posts,
            "cost_per_week": clean(self.cost_per_week),
            "replications": self.replications,
            "seed": self.seed,
            "on_time": {
                "share": clean(self.mean),
                "lower": clean(self.lower),
                "upper": clean(self.upper),
                "confidence": self.confidence,
                "per_replication": [clean(v) for v in self.per_replication],
                "appeals": self.appeals,
            },
            "abandoned_share": clean(self.abandoned_share),
            "utilisation": {k: clean(v) for k, v in self.utilisation.items()},
        }


def _key(staff: Mapping[str, Sequence[int]]) -> tuple[tuple[str, tuple[int, ...]], ...]:
    return tuple(sorted((p, tuple(v)) for p, v in staff.items()))


class Evaluator:
    """Judges staffings by simulation with common random numbers, caching every answer.

    A staffing first gets ``replications`` replications; while its interval still contains
    the target, more are added (doubling) up to ``max_replications``. Replication ``r`` of
    every staffing draws the same appeals (same seed and streams), so two staffings differ only
    by their staffing. Replications run on one executor
    (:func:`malaka.simulations.runner.executor`) that lives as long as the evaluator; each
    is reduced by :func:`judge_replication` where it ran.
    """

    def __init__(
        self,
        scenario: Scenario,
        *,
        target: float,
        replications: int,
        max_replications: int,
        seed: int,
        confidence: float,
        workers: int | None = None,
        scheduler: str | None = None,
        on_eval: Callable[[Candidate], None] | None = None,
    ) -> None:
        self.scenario = scenario
        self.target = target
        self.replications = replications
        self.max_replications = max(max_replications, replications)
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
            executor(self.workers, self.scheduler, tasks=self.max_replications)
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
        """The judged share of ``staff``; cached by headcounts."""
        return self.many([(staff, label)])[0]

    def _new(self, staff: Staff, label: str, seed: int) -> Candidate:
        return Candidate(
            staff={p: list(v) for p, v in staff.items()},
            label=label,
            confidence=self.confidence,
            posts=sum(sum(v) for v in staff.values()),
            cost_per_week=cost_per_week(self.scenario, staff),
            seed=seed,
        )

    def _run(self, candidates: Sequence[Candidate], upto: Callable[[Candidate], int]) -> None:
        """Add replications to each candidate until ``upto(candidate)`` says enough; all the
        candidates' replications of a round share the executor at once."""
        from malaka.simulations.model import Plan
        from malaka.simulations.runner import map_replications

        if self._executor is None:
            raise RuntimeError("an Evaluator judges staffings inside its `with` block")
        plans = {id(c): Plan(self.scenario.with_staff(c.staff)) for c in candidates}
        while True:
            owners: list[Candidate] = []
            runs: list[tuple[Plan, int]] = []
            for c in candidates:
                for r in range(c.replications, upto(c)):
                    owners.append(c)
                    runs.append((plans[id(c)], r))
            if not runs:
                return
            seeds = {c.seed for c in owners}
            for seed in sorted(s for s in seeds if s is not None):
                mine = [(o, run) for o, run in zip(owners, runs, strict=True) if o.seed == seed]
                results = map_replications(
                    self._executor, [run for _, run in mine], seed, judge_replication
                )
                for (owner, _), result in zip(mine, results, strict=True):
                    owner.add(result)

    def _next(self, c: Candidate) -> int:
        """How many replications ``c`` should have after this round (sequential rule)."""
        n = c.replications
        if n < self.replications:
            return self.replications
        if c.decided(self.target) or n >= self.max_replications:
            return n
        return min(self.max_replications, 2 * n)

    def many(self, jobs: Sequence[tuple[Staff, str]]) -> list[Candidate]:
        """Judge several staffings, each until its interval clears or falls below the target
        (or the cap); cached ones cost nothing."""
        fresh: dict[Any, Candidate] = {}
        for staff, label in jobs:
            key = _key(staff)
            hit = self.cache.get(key)
            if hit is not None:
                if label != "search" and hit.label == "search":
                    hit.label = label
                continue
            if key not in fresh:
                fresh[key] = self._new(staff, label, self.seed)
        self._run(list(fresh.values()), self._next)
        for key, cand in fresh.items():
            self.cache[key] = cand
            self.history.append(cand)
            if self.on_eval is not None:
                self.on_eval(cand)
        return [self.cache[_key(staff)] for staff, _ in jobs]

    def recheck(self, staff: Staff, seed: int, replications: int) -> Candidate:
        """``staff`` judged again on ``replications`` replications of another ``seed``: fresh
        appeals the search never saw, so that its choice is not tuned to one set of draws."""
        cand = self._new(staff, "recheck", seed)
        self._run([cand], lambda _cand: replications)
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
    """Staff cost per week in so'm, Σ cost_per_hour × posts × weekly shift hours; None if the
    scenario gives no costs."""
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


#: Weeks in an average month (365.25 / 12 / 7).
WEEKS_PER_MONTH = 365.25 / 12 / 7


def people_needed(
    scenario: Scenario,
    staff: Mapping[str, Sequence[int]],
    *,
    hours_per_week: float,
    availability: float,
) -> dict[str, float]:
    """People per pool to fill its posts: the posts' weekly hours over what one officer works
    in a week (``hours_per_week``) and is present for (``availability``: the share of the year
    not on leave, sick or training). A post open around the clock is 168 hours a week: 4.2
    people at 40 hours, 4.9 if they are present 85% of the time."""
    out: dict[str, float] = {}
    for pool in scenario.pools:
        counts = staff.get(pool.id, [s.staff for s in pool.shifts])
        hours = sum(
            n * len(s.days) * (s.end - s.start) for s, n in zip(pool.shifts, counts, strict=True)
        )
        out[pool.id] = hours / (hours_per_week * availability)
    return out


# --- the search ------------------------------------------------------------------------------


@dataclass
class Reduction:
    """One post fewer on one shift of the chosen plan: the proof that the plan is the smallest."""

    pool: str
    shift: int
    #: the staffing with that post removed, as judged (None: the pool's last post, which
    #: cannot go, since its stages would have no one)
    judged: Candidate | None


@dataclass
class PlanResult:
    """Everything ``malaka plan`` reports."""

    scenario_id: str
    target: float
    confidence: float
    replications: int
    max_replications: int
    seed: int
    best: Candidate | None
    reached: bool
    given: Candidate
    rules: dict[str, Candidate]
    history: list[Candidate]
    loads: dict[str, PoolLoad]
    sipp_within_h: float
    notes: list[str]
    reductions: list[Reduction] = field(default_factory=list)
    recheck: Candidate | None = None
    #: estimated probability that the chosen plan's true share reaches the target (re-check)
    probability: float | None = None
    hours_per_week: float = 40.0
    availability: float = 0.85

    @property
    def minimal(self) -> bool:
        """Every single-post reduction of the plan was judged and misses the target."""
        return self.best is not None and all(
            r.judged is None or not r.judged.meets(self.target) for r in self.reductions
        )

    @property
    def ties(self) -> list[Reduction]:
        """Reductions whose interval still contained the target at the replication cap: the
        plan keeps the post, but that staffing is too close to the target to tell."""
        return [
            r for r in self.reductions if r.judged is not None and not r.judged.decided(self.target)
        ]

    def frontier(self) -> list[Candidate]:
        """For each number of posts, the evaluated staffing with the best lower bound."""
        best: dict[int, Candidate] = {}
        for c in self.history:
            if not math.isfinite(c.mean):
                continue
            cur = best.get(c.posts)
            if cur is None or c.lower > cur.lower:
                best[c.posts] = c
        return [best[k] for k in sorted(best)]

    def as_dict(self) -> dict[str, Any]:
        """JSON-able summary."""
        return {
            "scenario_id": self.scenario_id,
            "target": self.target,
            "measure": "share of all appeals answered on time; abandoned calls count as not",
            "confidence": self.confidence,
            "replications": {"first": self.replications, "max": self.max_replications},
            "seed": self.seed,
            "reached": self.reached,
            "minimal": self.minimal,
            "best": self.best.as_dict() if self.best else None,
            "reductions": [
                {
                    "pool": r.pool,
                    "shift": r.shift,
                    "judged": r.judged.as_dict() if r.judged is not None else None,
                }
                for r in self.reductions
            ],
            "recheck": self.recheck.as_dict() if self.recheck is not None else None,
            "probability_meets_target": self.probability,
            "hours_per_week": self.hours_per_week,
            "availability": self.availability,
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


def single_reductions(staff: Staff) -> list[tuple[str, int, Staff | None]]:
    """Every staffing with one post fewer on one shift: ``(pool, shift, staffing)``.

    A shift may go down to no one while another shift of its pool keeps a post (its stages are
    still served, later); the last post of a pool cannot go (staffing ``None``). Shifts
    already at zero have nothing to take away.
    """
    out: list[tuple[str, int, Staff | None]] = []
    for pool, counts in staff.items():
        for i, n in enumerate(counts):
            if n == 0:
                continue
            if sum(counts) - 1 == 0:
                out.append((pool, i, None))
                continue
            fewer = {p: list(v) for p, v in staff.items()}
            fewer[pool][i] -= 1
            out.append((pool, i, fewer))
    return out


def _search(
    ev: Evaluator,
    *,
    loads: Mapping[str, PoolLoad],
    given: Staff,
    target: float,
    max_evaluations: int,
    notes: list[str],
) -> tuple[Candidate, bool, list[Reduction]]:
    """Smallest β of the square-root family that meets the target, then single-post
    reductions while one still meets it; the last round of reductions is the proof."""
    beta_rule = theory.halfin_whitt_beta(min(max(1.0 - target, 1e-6), 1 - 1e-6))
    hi, lo = beta_rule, -1.0
    cand = ev(staff_for(loads, hi, given))
    while not cand.meets(target) and len(ev.history) < max_evaluations:
        if hi > 12:
            notes.append(
                "the target was not reached even with generous staff: it is limited by "
                "something staffing does not change (e.g. partner agencies)"
            )
            break
        lo, hi = hi, hi + max(1.0, hi)
        cand = ev(staff_for(loads, hi, given))
    if not cand.meets(target):
        return cand, False, []
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
    # descend: all single-post reductions at once, the cheapest one that meets, again
    while True:
        options = single_reductions(cand.staff)
        judged = ev.many([(fewer, "search") for _, _, fewer in options if fewer is not None])
        meeting = [c for c in judged if c.meets(target)]
        if not meeting or len(ev.history) >= max_evaluations:
            break
        cand = min(meeting, key=lambda c: (c.posts, c.cost_per_week or 0.0, -c.lower))
    proof = [
        Reduction(pool, i, None if fewer is None else ev.cache[_key(fewer)])
        for pool, i, fewer in single_reductions(cand.staff)
    ]
    if any(r.judged is not None and r.judged.meets(target) for r in proof):
        notes.append(
            f"stopped after {max_evaluations} evaluated staffings: a smaller staffing still "
            "meets the target (raise --max-evaluations)"
        )
    return cand, True, proof


#: Added to the seed for the re-check on fresh appeals.
RECHECK_SEED_OFFSET = 7919


def plan_staffing(
    scenario: Scenario,
    *,
    target: float,
    confidence: float = 0.95,
    replications: int = 8,
    max_replications: int = 40,
    recheck_replications: int = 20,
    seed: int | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    sipp_within: float = 8.0,
    max_evaluations: int = 60,
    hours_per_week: float = 40.0,
    availability: float = 0.85,
    on_eval: Callable[[Candidate], None] | None = None,
) -> PlanResult:
    """Find the smallest staffing whose share of appeals answered on time reaches ``target``
    with ``confidence``, prove that no single post can go, and re-check it on fresh seeds.

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
        target=target,
        replications=replications,
        max_replications=max_replications,
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

        # 3. search by simulation, the proof of minimality, and the re-check on fresh seeds
        cand, reached, proof = _search(
            ev,
            loads=loads,
            given=given,
            target=target,
            max_evaluations=max_evaluations,
            notes=notes,
        )
        recheck = probability = None
        if reached:
            recheck = ev.recheck(cand.staff, seed + RECHECK_SEED_OFFSET, recheck_replications)
            est = recheck.estimate
            probability = probability_at_least(est, target) if est is not None else None
        return PlanResult(
            scenario_id=scenario.id,
            target=target,
            confidence=confidence,
            replications=replications,
            max_replications=ev.max_replications,
            seed=seed,
            best=cand if reached else None,
            reached=reached,
            given=given_c,
            rules=judged,
            history=list(ev.history),
            loads=loads,
            sipp_within_h=sipp_within,
            notes=notes,
            reductions=proof,
            recheck=recheck,
            probability=probability,
            hours_per_week=hours_per_week,
            availability=availability,
        )


# --- output ----------------------------------------------------------------------------------


def _share(c: Candidate, lang: Lang) -> str:
    """'97,5 % (96,7–98,1 %)': the share with its interval."""
    return labels.interval(c.mean, c.lower, c.upper, lang)


def _staff_text(staff: Mapping[str, Sequence[int]], lang: Lang, scenario: Scenario) -> str:
    return ", ".join(
        f"{labels.name(p, lang, scenario)} {'/'.join(str(n) for n in v)}" for p, v in staff.items()
    )


def _verdict(c: Candidate, target: float, lang: Lang) -> str:
    if c.meets(target):
        return labels.text("yes", lang)
    if c.decided(target):
        return labels.text("no", lang)
    return f"{labels.text('tie', lang)} ({c.replications} {labels.text('replications', lang)})"


def _best_section(result: PlanResult, scenario: Scenario, lang: Lang) -> list[str]:
    b = result.best
    assert b is not None
    people = people_needed(
        scenario, b.staff, hours_per_week=result.hours_per_week, availability=result.availability
    )
    t = functools.partial(labels.text, lang=lang)
    lines = [
        f"| {t('pool')} | {t('shifts')} | {t('posts')} | {t('people')} |",
        "|---|---|---:|---:|",
        *(
            f"| {labels.name(p, lang, scenario)} "
            f"| {' / '.join(_shift_text(scenario, p, i, lang) for i in range(len(v)))} "
            f"| {' / '.join(str(n) for n in v)} | {labels.number(people[p], lang)} |"
            for p, v in b.staff.items()
        ),
        "",
        "- "
        + t(
            "plan_on_time",
            share=_share(b, lang),
            replications=b.replications,
            abandoned=labels.percent(b.abandoned_share, lang),
        ),
        "- "
        + t(
            "plan_people",
            posts=b.posts,
            people=labels.number(sum(people.values()), lang),
            hours=labels.number(result.hours_per_week, lang, 0),
            availability=labels.percent(result.availability, lang, 0),
        ),
        "- "
        + t(
            "plan_cost",
            week=labels.money(b.cost_per_week, lang),
            month=labels.money(
                None if b.cost_per_week is None else b.cost_per_week * WEEKS_PER_MONTH, lang
            ),
        ),
    ]
    if result.recheck is not None and result.probability is not None:
        r = result.recheck
        lines.append(
            "- "
            + t(
                "plan_recheck",
                replications=r.replications,
                seed=r.seed,
                share=_share(r, lang),
                probability=labels.percent(result.probability, lang, 0),
            )
        )
    lines += ["", t("plan_why"), ""]
    lines += [
        f"| {t('plan_fewer_on')} | {t('on_time_share')} | {t('plan_meets')} |",
        "|---|---:|---|",
    ]
    for red in result.reductions:
        where = f"{labels.name(red.pool, lang, scenario)}, "
        where += _shift_text(scenario, red.pool, red.shift, lang)
        if red.judged is None:
            lines.append(f"| {where} | — | {t('plan_last_post')} |")
        else:
            verdict = _verdict(red.judged, result.target, lang)
            lines.append(f"| {where} | {_share(red.judged, lang)} | {verdict} |")
    if result.ties:
        lines += ["", t("plan_tie_note", most=result.max_replications)]
    return lines


def plan_markdown(result: PlanResult, scenario: Scenario, lang: Lang = "uz") -> str:
    """The plan as a Markdown page in ``lang``."""
    t = functools.partial(labels.text, lang=lang)
    title = getattr(scenario.title, lang)
    lines = [f"# {t('plan_title')}: {title}", ""]
    lines.append(
        t(
            "plan_target",
            target=labels.percent(result.target, lang, 0),
            confidence=labels.percent(result.confidence, lang, 0),
            first=result.replications,
            most=result.max_replications,
            seed=result.seed,
        )
    )
    lines += ["", f"## {t('plan_best')}", ""]
    if result.best is None:
        lines.append(t("plan_not_reached"))
        lines += [f"- {n}" for n in result.notes]
    else:
        lines += _best_section(result, scenario, lang)
    lines += ["", f"## {t('plan_rules')}", ""]
    lines += [
        f"| {t('plan_rule')} | {t('posts')} | {t('plan_cost_week')} | {t('on_time_share')} "
        f"| {t('plan_meets')} | {t('plan_staffing')} |",
        "|---|---:|---:|---:|---|---|",
    ]
    rows = [(t("plan_as_written"), result.given)]
    rows += [(t(name), c) for name, c in result.rules.items()]
    if result.best is not None:
        rows.append((t("plan_simulation"), result.best))
    for name, c in rows:
        extra = ""
        if result.best is not None and c is not result.best:
            extra = f" ({c.posts - result.best.posts:+d})"
        lines.append(
            f"| {name} | {c.posts}{extra} | {labels.money(c.cost_per_week, lang)} "
            f"| {_share(c, lang)} | {_verdict(c, result.target, lang)} "
            f"| {_staff_text(c.staff, lang, scenario)} |"
        )
    lines += [
        "",
        "- square_root: ⌈a + β√a⌉ (Halfin-Whitt); sipp: Erlang C "
        f"({labels.hours(result.sipp_within_h, lang)}); mol: Erlang C, m' = λ(t) − μ m.",
        "",
        f"## {t('plan_frontier')}",
        "",
        "![](frontier.png)",
        "",
        f"| {t('posts')} | {t('plan_cost_week')} | {t('on_time_share')} | {t('plan_lower')} "
        f"| {t('plan_staffing')} |",
        "|---:|---:|---:|---:|---|",
    ]
    lines += [
        f"| {c.posts} | {labels.money(c.cost_per_week, lang)} | {_share(c, lang)} "
        f"| {labels.percent(c.lower, lang)} | {_staff_text(c.staff, lang, scenario)} |"
        for c in result.frontier()
        if math.isfinite(c.lower)
    ]
    lines += ["", f"## {t('plan_loads')}", ""]
    lines += [
        f"| {t('pool')} | λ / 7 d | 1/μ | a (shift) | max λ |",
        "|---|---:|---:|---:|---|",
    ]
    for p, ld in result.loads.items():
        shift_a = " / ".join(labels.number(a, lang, 2) for a in shift_loads(ld))
        lines.append(
            f"| {labels.name(p, lang, scenario)} | {labels.number(float(ld.rate.sum()), lang)} "
            f"| {labels.hours(ld.mean_service, lang)} | {shift_a} | {_busiest(ld)} |"
        )
    lines.append("")
    if result.notes:
        lines += [f"## {t('plan_notes')}", "", *(f"- {n}" for n in result.notes), ""]
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


def _shift_text(scenario: Scenario, pool: str, i: int, lang: Lang = "en") -> str:
    s = scenario.pool(pool).shifts[i]
    return f"{labels.days(list(s.days), lang)} {s.start:g}–{s.end:g}"


def frontier_plot(path: Path, result: PlanResult, lang: Lang = "uz") -> None:
    """Posts against the share answered on time with its interval; rules and the chosen
    staffing marked; in ``lang``."""
    import matplotlib as mpl

    mpl.use("Agg")
    import matplotlib.pyplot as plt

    from malaka import atomic

    t = functools.partial(labels.text, lang=lang)
    pts = [c for c in result.history if math.isfinite(c.mean)]
    fig, ax = plt.subplots(figsize=(8, 4.5))
    ax.errorbar(
        [c.posts for c in pts],
        [100 * c.mean for c in pts],
        yerr=[[100 * (c.mean - c.lower) for c in pts], [100 * (c.upper - c.mean) for c in pts]],
        fmt="o",
        color="#718096",
        alpha=0.6,
        capsize=3,
        label=t("plan_evaluated"),
    )
    front = [c for c in result.frontier() if math.isfinite(c.mean)]
    ax.plot([c.posts for c in front], [100 * c.mean for c in front], color="#2b6cb0", lw=1)
    marks = {"given": "s", "square_root": "^", "sipp": "v", "mol": "D"}
    for name, marker in marks.items():
        c = result.given if name == "given" else result.rules.get(name)
        label = t("plan_as_written") if name == "given" else t(name)
        if c is not None and math.isfinite(c.mean):
            ax.plot(c.posts, 100 * c.mean, marker=marker, markersize=9, ls="", label=label)
    if result.best is not None:
        ax.plot(
            result.best.posts,
            100 * result.best.mean,
            marker="*",
            markersize=15,
            color="#c53030",
            linestyle="",
            label=t("plan_best_mark"),
        )
    ax.axhline(100 * result.target, color="#c53030", linestyle="--", linewidth=1)
    ax.set_xlabel(t("posts"))
    ax.set_ylabel(f"{t('on_time_share')}, %")
    ax.set_title(t("plan_frontier"), fontsize=10)
    ax.legend(fontsize=8, loc="lower right")
    fig.tight_layout()
    with atomic.replace_file(path) as tmp:
        fig.savefig(tmp, format="png", dpi=110, metadata={"Software": None})
    plt.close(fig)


def write_plan(out_dir: Path, result: PlanResult, scenario: Scenario, lang: Lang = "uz") -> Path:
    """Write ``plan.json``, and ``plan.md``, ``plan.html`` and ``frontier.png`` in ``lang``."""
    import json

    from malaka import atomic
    from malaka.simulations.htmlpage import write_html

    out_dir.mkdir(parents=True, exist_ok=True)
    data = {**result.as_dict(), "language": lang}
    atomic.write_text(
        out_dir / "plan.json",
        json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n",
    )
    frontier_plot(out_dir / "frontier.png", result, lang)
    path = out_dir / "plan.md"
    atomic.write_text(path, plan_markdown(result, scenario, lang))
    write_html(path, lang)
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


def _kpi_kind(name: str) -> str:
    """'share', 'hours' or 'count': how a KPI is printed."""
    if name.endswith(("share", "rate")) or name.startswith("utilisation."):
        return "share"
    if name.endswith("_h"):
        return "hours"
    return "count"


def _kpi_name(name: str, lang: Lang, scenario: Scenario | None) -> str:
    if name.startswith("utilisation."):
        pool = name.removeprefix("utilisation.")
        return f"{labels.text('utilisation', lang)}: {labels.name(pool, lang, scenario)}"
    return labels.name(name, lang, scenario)


def _kpi_value(name: str, x: float | None, lang: Lang) -> str:
    if x is None:
        return "—"
    kind = _kpi_kind(name)
    if kind == "share":
        return labels.percent(x, lang)
    if kind == "hours":
        return labels.hours(x, lang)
    return labels.number(x, lang)


def _kpi_diff(name: str, x: float | None, lang: Lang) -> str:
    if x is None:
        return "—"
    kind = _kpi_kind(name)
    sign = "+" if x > 0 else ""
    if kind == "share":
        return f"{sign}{labels.number(100 * x, lang)} {labels.text('points', lang)}"
    if kind == "hours":
        return f"{sign}{labels.number(x, lang)} {labels.text('hours', lang)}"
    return f"{sign}{labels.number(x, lang)}"


def compare_order(result: Mapping[str, Any]) -> list[str]:
    """The KPIs a comparison reports, in a fixed order: the headline ones (on-time share
    first), then utilisation by pool."""
    from malaka.simulations.kpis import HEADLINE

    diffs = result["differences"]
    util = sorted(n for n in diffs if n.startswith("utilisation."))
    return [n for n in HEADLINE if n in diffs] + util


def compare_sentences(
    result: Mapping[str, Any], lang: Lang, scenario: Scenario | None = None
) -> list[str]:
    """One sentence per headline KPI: whether B is better, worse or not distinguishable."""
    from malaka.simulations.kpis import HEADLINE

    out = []
    for name in compare_order(result):
        if name not in HEADLINE:
            continue
        e = result["differences"][name]
        if e.get("diff") is None:
            continue
        key = {True: "better", False: "worse"}.get(e.get("better"), "same")
        if e.get("significant") and "better" not in e:
            key = "same"
        out.append(
            labels.text(
                f"compare_sentence_{key}",
                lang,
                kpi=_kpi_name(name, lang, scenario),
                a=_kpi_value(name, e["a"], lang),
                b=_kpi_value(name, e["b"], lang),
                diff=_kpi_diff(name, e["diff"], lang),
            )
        )
    return out


def compare_markdown(
    result: Mapping[str, Any], lang: Lang = "uz", scenario: Scenario | None = None
) -> str:
    """The comparison as a Markdown page in ``lang``: a sentence per headline KPI, the plot of
    the paired differences, and the table."""
    lines = [
        f"# {labels.text('compare_title', lang)}: {result['a']} → {result['b']}",
        "",
        labels.text(
            "compare_intro",
            lang,
            seed=result["seed"],
            replications=result["replications"],
            confidence=labels.percent(result["confidence"], lang, 0),
        ),
        "",
        *(f"- {sentence}" for sentence in compare_sentences(result, lang, scenario)),
        "",
        "![](compare.png)",
        "",
        f"| {labels.text('kpi', lang)} | A | B | {labels.text('compare_difference', lang)} "
        f"| ± | {labels.text('compare_verdict', lang)} |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for name in compare_order(result):
        e = result["differences"][name]
        verdict = labels.text("compare_same", lang)
        if e.get("significant") and "better" in e:
            verdict = labels.text("compare_better" if e["better"] else "compare_worse", lang)
        hw = e.get("half_width")
        lines.append(
            f"| {_kpi_name(name, lang, scenario)} | {_kpi_value(name, e['a'], lang)} "
            f"| {_kpi_value(name, e['b'], lang)} | {_kpi_diff(name, e['diff'], lang)} "
            f"| {_kpi_diff(name, hw, lang).lstrip('+')} | {verdict} |"
        )
    lines.append("")
    return "\n".join(lines)


def compare_plot(
    path: Path, result: Mapping[str, Any], lang: Lang = "uz", scenario: Scenario | None = None
) -> None:
    """The paired differences B − A with their intervals, shares (percentage points) and times
    (hours) in two panels, zero marked: a bar clear of zero is a real difference."""
    import matplotlib as mpl

    mpl.use("Agg")
    import matplotlib.pyplot as plt

    from malaka import atomic

    groups: dict[str, list[str]] = {"share": [], "hours": []}
    for name in compare_order(result):
        kind = _kpi_kind(name)
        if kind in groups and result["differences"][name].get("diff") is not None:
            groups[kind].append(name)
    panels = [(k, v) for k, v in groups.items() if v]
    height = 1.2 + 0.45 * max((len(v) for _, v in panels), default=1)
    fig, axes = plt.subplots(1, max(1, len(panels)), figsize=(11, height), squeeze=False)
    for ax, (kind, names) in zip(axes[0], panels, strict=False):
        scale = 100.0 if kind == "share" else 1.0
        diffs = [scale * result["differences"][n]["diff"] for n in names]
        errs = [scale * (result["differences"][n].get("half_width") or 0.0) for n in names]
        colours = []
        for n in names:
            e = result["differences"][n]
            better = e.get("better") if e.get("significant") else None
            colours.append({True: "#2f855a", False: "#c53030"}.get(better, "#718096"))  # type: ignore[arg-type]
        ys = list(range(len(names)))
        ax.barh(ys, diffs, xerr=errs, color=colours, capsize=3)
        ax.set_yticks(ys, [_kpi_name(n, lang, scenario) for n in names], fontsize=8)
        ax.axvline(0, color="black", linewidth=0.8)
        ax.invert_yaxis()
        unit = labels.text("points" if kind == "share" else "hours", lang)
        ax.set_xlabel(f"B − A ({unit})", fontsize=8)
    fig.suptitle(labels.text("compare_plot", lang), fontsize=10)
    fig.tight_layout()
    with atomic.replace_file(path) as tmp:
        fig.savefig(tmp, format="png", dpi=110, metadata={"Software": None})
    plt.close(fig)
