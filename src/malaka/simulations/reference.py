"""The same model written the plain SimPy way: a reference for the fast engine, and for reading.

Every appeal is a generator process; every staff pool is a ``simpy.PriorityResource`` served by
urgency (then first come, first served); shifts take officers off duty with high-priority
"blocker" requests (SimPy cannot resize a resource during a run: a blocker holds an officer
until the next shift boundary, and waits for a busy officer to finish the appeal at hand). It
draws nothing of its own: it reads the same per-case draws as :mod:`.processes`, so on the
same scenario, replication and seed both engines give every appeal the same times, and the
tests check that they do.

It covers the core of a scenario: routes of stages by channel, pools by category, urgency,
shifts, registration in working hours, anonymous appeals set aside, appeals forwarded at
triage, hotline callers who hang up, legal deadlines. Misrouting, partner-agency requests,
deadline extensions and repeat appeals are the fast engine's alone: :func:`simulate` names
them when a scenario uses them. Four to five times slower than :mod:`.processes`.
"""

from __future__ import annotations

import math
from collections.abc import Generator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import simpy

from malaka import taxonomy
from malaka.simulations.model import Codes, Plan, draw_arrivals, draw_cases
from malaka.simulations.processes import CASE_OUTPUT_KEYS, ROW_WIDTH, RunResult, row_columns
from malaka.simulations.rng import Streams

BLOCKER = -1  # priority of an off-duty request: ahead of any appeal (urgency ranks are >= 0)
OUTCOMES = ("answered", "forwarded", "left_without_consideration", "abandoned")


@dataclass
class _Pool:
    """A staff pool: the resource, and which officers (codes) are free to take an appeal."""

    resource: simpy.PriorityResource
    free: list[int]  # a stack: the officer who became free last is taken first
    blockers: list[simpy.Event] = field(default_factory=list)  # set when a blocker may leave

    def waiting(self) -> int:
        """Appeals waiting for an officer (blockers are not appeals)."""
        return sum(1 for request in self.resource.queue if request.priority != BLOCKER)


def unsupported(plan: Plan) -> list[str]:
    """What in the scenario only the fast engine models (empty: the reference can run it)."""
    sc = plan.scenario
    found = []
    if any(st.misroute_probability > 0 for st in sc.stages):
        found.append("misrouting (stages[].misroute_probability)")
    if any(c.requests is not None and c.requests.probability > 0 for c in sc.categories):
        found.append("partner-agency requests (categories[].requests)")
    if bool(plan.ext_p.any()):
        found.append("deadline extensions (deadlines.rules[].extension)")
    if sc.repeats is not None:
        found.append("repeat appeals (repeats)")
    return found


def simulate(plan: Plan, replication: int, seed: int) -> RunResult:  # noqa: PLR0915 - one scope, as in processes.simulate
    """Run one replication with SimPy processes and resources."""
    missing = unsupported(plan)
    if missing:
        raise ValueError(
            f"scenario {plan.scenario.id!r}: the reference model does not cover "
            + "; ".join(missing)
        )
    sc = plan.scenario
    streams = Streams(seed, replication)
    t_arr, ch_arr, di_arr = draw_arrivals(plan, streams)
    drawn = draw_cases(plan, streams, t_arr, ch_arr)
    n = len(t_arr)
    env = simpy.Environment()

    officers: list[str] = []
    pools: dict[str, _Pool] = {}
    for pid in plan.pools:
        size = plan.pool_size[pid]
        first = len(officers)
        officers.extend(f"{pid}#{k}" for k in range(1, size + 1))
        pools[pid] = _Pool(
            simpy.PriorityResource(env, capacity=max(size, 1)), list(range(first, first + size))
        )

    codes = Codes()
    c_arrive = codes("arrive", "arrive")
    stage_codes = {
        st.id: {x: codes(st.id, x) for x in ("enqueue", "start", "complete", "abandon")}
        for st in sc.stages
    }
    close_codes = [codes("close", "close", "own", o) for o in OUTCOMES]
    routes = [
        [st for st in sc.stages if st.channels is None or ch in st.channels] for ch in plan.channels
    ]
    route_roles = [{st.role for st in route} for route in routes]
    stage_index = {st.id: si for si, st in enumerate(sc.stages)}
    rows: list[float] = []
    close_t = np.full(n, math.nan)
    outcome = np.full(n, -1, dtype=np.int64)

    def emit(i: int, code: int, officer: int, q: int) -> None:
        rows.extend((i, code, officer, env.now, q))

    def close(i: int, how: int) -> None:
        emit(i, close_codes[how], -1, 0)
        close_t[i] = env.now
        outcome[i] = how

    def forward_to(i: int, cat: int) -> str:
        spec = taxonomy.CATEGORY_BY_ID.get(plan.categories[cat])
        targets = list(spec.agencies) if spec and spec.agencies else ["other_body"]
        u = float(drawn["u_forward"][i])
        return targets[min(int(u * len(targets)), len(targets) - 1)]

    def appeal(i: int) -> Generator[simpy.Event, Any, None]:
        """One appeal, from its arrival to its close."""
        ch, cat = int(ch_arr[i]), int(drawn["category"][i])
        route, roles = routes[ch], route_roles[ch]
        anonymous = bool(drawn["anonymous"][i])
        forward = plan.forward_regime[cat]
        emit(i, c_arrive, -1, 0)
        if anonymous and "registration" not in roles:
            close(i, 2)
            return
        if forward and not roles & {"registration", "triage"}:
            emit(i, codes(sc.stages[0].id, "forward", forward_to(i, cat)), -1, 0)
            close(i, 1)
            return
        for k, st in enumerate(route):
            if st.role == "registration":  # same day, or the next opening
                t_open = plan.next_open(env.now)
                if t_open > env.now:
                    yield env.timeout(t_open - env.now)
            pool = pools[st.pool_for(plan.categories[cat])]
            sc_codes = stage_codes[st.id]
            emit(i, sc_codes["enqueue"], -1, pool.waiting())
            hung_up = False
            with pool.resource.request(priority=plan.urgency_rank[cat]) as request:
                patience = float(drawn["patience"][i])
                if k == 0 and math.isfinite(patience):
                    got = yield request | env.timeout(patience)
                    hung_up = request not in got
                else:
                    yield request
                if not hung_up:
                    officer = pool.free.pop()
                    emit(i, sc_codes["start"], officer, pool.waiting())
                    yield env.timeout(float(drawn["service"][stage_index[st.id]][i]))
                    emit(i, sc_codes["complete"], officer, 0)
                    pool.free.append(officer)
            if hung_up:  # the caller hung up (leaving the ``with`` withdrew the request)
                emit(i, sc_codes["abandon"], -1, pool.waiting())
                close(i, 3)
                return
            if st.role == "registration" and anonymous:
                close(i, 2)
                return
            if forward and (
                st.role == "triage" or (st.role == "registration" and "triage" not in roles)
            ):
                emit(i, codes(st.id, "forward", forward_to(i, cat)), -1, 0)
                close(i, 1)
                return
        close(i, 0)

    def off_duty(pool: _Pool, back: simpy.Event) -> Generator[simpy.Event, Any, None]:
        """A blocker: takes an officer off duty (a free one, or the next to finish) until
        ``back`` is set at a later shift boundary."""
        with pool.resource.request(priority=BLOCKER) as request:
            got = yield request | back
            if request in got:
                officer = pool.free.pop()
                if not back.triggered:
                    yield back
                pool.free.append(officer)

    def shifts(pool_id: str) -> Generator[simpy.Event, Any, None]:
        """The pool's headcount over time: blockers for the officers off duty."""
        pool = pools[pool_id]
        size = plan.pool_size[pool_id]
        for t, staff in plan.profiles[pool_id]:
            if t > env.now:
                yield env.timeout(t - env.now)
            while len(pool.blockers) < size - staff:
                back = env.event()
                pool.blockers.append(back)
                env.process(off_duty(pool, back))
            while len(pool.blockers) > max(size - staff, 0):
                pool.blockers.pop().succeed()

    def arrivals() -> Generator[simpy.Event, Any, None]:
        last = 0.0
        for i, t in enumerate(t_arr.tolist()):
            if t > last:
                yield env.timeout(t - last)
                last = t
            env.process(appeal(i))

    for pid in plan.pools:
        env.process(shifts(pid))
    env.process(arrivals())
    env.run(until=plan.end)

    cases = {
        "arrive": t_arr,
        "channel": ch_arr,
        "district": di_arr,
        "category": drawn["category"],
        "kind": drawn["kind"],
        "citizen": np.where(drawn["anonymous"], -1, np.arange(n)),
        "repeat_of": np.full(n, -1, dtype=np.int64),
        "deadline0": drawn["deadline0"],
        "deadline1": drawn["deadline1"],
        "extended": np.zeros(n, dtype=bool),
        "extend_t": np.full(n, math.inf),
        "close": close_t,
        "outcome": outcome,
    }
    assert tuple(cases) == CASE_OUTPUT_KEYS
    block = np.asarray(rows, dtype=np.float64)
    columns = row_columns([block], np.zeros((0, ROW_WIDTH)), n_cases=n, n_codes=len(codes.table))
    return RunResult(columns, codes.table, officers, cases)
