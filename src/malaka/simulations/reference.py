"""The same model written the plain SimPy way: a reference for the fast engine, and for reading.

Every appeal is a generator process; every staff pool is a ``simpy.PriorityResource`` served by
urgency (then first come, first served); shifts take officers off duty with high-priority
"blocker" requests (SimPy cannot resize a resource during a run: a blocker holds an officer
until the next shift boundary, and waits for a busy officer to finish the appeal at hand).
The check after a stage (its study, in working time) is a timeout; partner-agency requests
sent at the next opening, reminders and escalations are timers of their own, all in office
hours (:meth:`~malaka.simulations.model.Plan.agency_times`); the head of the body
decides on a deadline extension at the decision time, if the appeal is still open then; a
repeat appeal is the citizen coming back after a delay. It draws nothing of its own: it reads
the same per-case draws as :mod:`.processes` (and the same streams for second passes and
repeats), so on the same scenario, replication and seed both engines give every appeal the
same times, and the tests check that they do. Two to five times slower than
:mod:`.processes`.
"""

from __future__ import annotations

import math
from collections.abc import Generator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import simpy

from malaka import taxonomy
from malaka.simulations.model import (
    Codes,
    Plan,
    RepeatDraws,
    append_repeat_case,
    draw_arrivals,
    draw_cases,
    initial_cases,
)
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


def simulate(plan: Plan, replication: int, seed: int) -> RunResult:  # noqa: PLR0915 - one scope, as in processes.simulate
    """Run one replication with SimPy processes and resources."""
    sc = plan.scenario
    streams = Streams(seed, replication)
    t_arr, ch_arr, di_arr = draw_arrivals(plan, streams)
    drawn = draw_cases(plan, streams, t_arr, ch_arr)
    env = simpy.Environment()

    # Per-case attributes as lists: a repeat appeal is a new case appended to them.
    initial = initial_cases(t_arr, ch_arr, di_arr, drawn)
    case: dict[str, list[Any]] = {key: values.tolist() for key, values in initial.items()}
    service = [col.tolist() for col in drawn["service"]]
    study = [col.tolist() for col in drawn["study"]]
    repeat_draws = RepeatDraws(plan, streams)
    extra_service = {st.id: streams[f"service-extra:{st.id}"] for st in sc.stages}
    reroute_rng = streams["reroute"]
    repeats = sc.repeats

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
    c_extend = codes("extend", "extend")
    agency_codes = [
        {x: codes(a.id, x, a.id) for x in ("request", "remind", "escalate", "reply")}
        for a in sc.agencies
    ]
    routes = [
        [st for st in sc.stages if st.channels is None or ch in st.channels] for ch in plan.channels
    ]
    route_roles = [{st.role for st in route} for route in routes]
    stage_index = {st.id: si for si, st in enumerate(sc.stages)}
    rows: list[float] = []
    decided: list[float] = []  # extension rows, written with the decision's time

    def emit(i: int, code: int, officer: int, q: int) -> None:
        rows.extend((i, code, officer, env.now, q))

    def close(i: int, how: int) -> None:
        emit(i, close_codes[how], -1, 0)
        case["close"][i] = env.now
        case["outcome"][i] = how
        if how == 0 and repeats is not None:
            maybe_repeat(i)

    def forward_to(i: int, cat: int) -> str:
        spec = taxonomy.CATEGORY_BY_ID.get(plan.categories[cat])
        targets = list(spec.agencies) if spec and spec.agencies else ["other_body"]
        u = float(case["u_forward"][i])
        return targets[min(int(u * len(targets)), len(targets) - 1)]

    def appeal(i: int) -> Generator[simpy.Event, Any, None]:
        """One appeal, from its arrival to its close."""
        ch, cat = case["channel"][i], case["category"][i]
        route, roles = routes[ch], route_roles[ch]
        anonymous = bool(case["anonymous"][i])
        forward = plan.forward_by_regime[case["regime"][i]]
        emit(i, c_arrive, -1, 0)
        if case["p_extend"][i] > 0.0 and not math.isnan(case["deadline1"][i]):
            env.process(extension(i))
        if anonymous and "registration" not in roles:
            close(i, 2)
            return
        if forward and not roles & {"registration", "triage"}:
            emit(i, codes(sc.stages[0].id, "forward", forward_to(i, cat)), -1, 0)
            close(i, 1)
            return
        second_pass: set[int] = set()  # stages this appeal was sent back to once
        k = 0
        while k < len(route):
            st = route[k]
            si = stage_index[st.id]
            again = si in second_pass
            if st.role == "registration":  # same day, or the next opening
                t_open = plan.next_open(env.now)
                if t_open > env.now:
                    yield env.timeout(t_open - env.now)
            served = yield from at_stage(i, st, k == 0 and not again, again)
            if not served:  # the caller hung up
                close(i, 3)
                return
            p_mis = st.misroute_probability
            if p_mis > 0 and case["u_misroute"][i] < p_mis and not again:
                second_pass.add(si)  # misrouted: it comes back to this stage after a delay
                delay = float(st.reroute_delay.sample(reroute_rng, 1)[0])
                # the unit sends it back in office hours
                yield env.timeout(plan.office_time(env.now + delay) - env.now)
                continue
            if st.role == "registration" and anonymous:
                close(i, 2)
                return
            if forward and (
                st.role == "triage" or (st.role == "registration" and "triage" not in roles)
            ):
                emit(i, codes(st.id, "forward", forward_to(i, cat)), -1, 0)
                close(i, 1)
                return
            # the check (study) runs in working time from now, alongside any request
            study_end = plan.add_working_hours(env.now, study[si][i])
            agency = case["request_agency"][i]
            if st.role == "handling" and agency >= 0:
                yield from request_partner(i, agency)
            if study_end > env.now:
                yield env.timeout(study_end - env.now)
            k += 1
        close(i, 0)

    def at_stage(
        i: int, st: Any, may_hang_up: bool, again: bool
    ) -> Generator[simpy.Event, Any, bool]:
        """Appeal ``i`` waits for an officer of the stage's pool and is served; False when
        a caller hangs up first (``may_hang_up``: at the first stage of a real-time channel).
        A second pass (``again``) takes fresh work."""
        cat_id = plan.categories[case["category"][i]]
        pool = pools[st.pool_for(cat_id)]
        sc_codes = stage_codes[st.id]
        emit(i, sc_codes["enqueue"], -1, pool.waiting())
        with pool.resource.request(priority=plan.urgency_rank[case["category"][i]]) as request:
            patience = float(case["patience"][i])
            if may_hang_up and math.isfinite(patience):
                got = yield request | env.timeout(patience)
                hung_up = request not in got
            else:
                yield request
                hung_up = False
            if not hung_up:
                officer = pool.free.pop()
                emit(i, sc_codes["start"], officer, pool.waiting())
                if again:
                    svc = float(st.service_for(cat_id).sample(extra_service[st.id], 1)[0])
                else:
                    svc = service[stage_index[st.id]][i]
                yield env.timeout(svc)
                emit(i, sc_codes["complete"], officer, 0)
                pool.free.append(officer)
        if hung_up:  # counted once out of the queue (leaving the ``with`` withdrew it)
            emit(i, sc_codes["abandon"], -1, pool.waiting())
        return not hung_up

    def request_partner(i: int, agency: int) -> Generator[simpy.Event, Any, None]:
        """Ask a partner agency and wait for its reply (the legal clock keeps running); a
        reminder and an escalation go out when the reply is overdue."""
        ac = agency_codes[agency]
        # office hours (unless the agency works at any hour); escalated: it answers within
        # its escalated time
        t_req, t_rep, t_rem, t_esc = plan.agency_times(
            agency, env.now, case["response"][i], case["escalated_response"][i]
        )
        if t_req > env.now:  # finished after hours: the request goes out at the opening
            env.process(note(i, ac["request"], t_req - env.now))
        else:
            emit(i, ac["request"], -1, 0)
        if t_rep > t_rem:
            env.process(note(i, ac["remind"], t_rem - env.now))
        if t_rep > t_esc:
            env.process(note(i, ac["escalate"], t_esc - env.now))
        yield env.timeout(t_rep - env.now)
        emit(i, ac["reply"], -1, 0)

    def note(i: int, code: int, delay: float) -> Generator[simpy.Event, Any, None]:
        """A row written ``delay`` hours from now (a reminder, an escalation)."""
        yield env.timeout(delay)
        emit(i, code, -1, 0)

    def extension(i: int) -> Generator[simpy.Event, Any, None]:
        """The head of the body decides, ahead of the deadline, whether to extend it: only
        for an appeal still open then, with the appeal's probability."""
        decide = plan.decision_time(case["deadline0"][i], case["extend_lead"][i], case["arrive"][i])
        yield env.timeout(max(decide - env.now, 0.0))
        if math.isnan(case["close"][i]) and case["u_extend"][i] < case["p_extend"][i]:
            case["extended"][i] = True
            case["extend_t"][i] = decide
            decided.extend((i, c_extend, -1, decide, 0))

    def maybe_repeat(i: int) -> None:
        """The citizen may appeal again, more likely when the answer came late."""
        assert repeats is not None
        final = case["deadline1"][i] if case["extended"][i] else case["deadline0"][i]
        p = repeats.when_late if env.now > final else repeats.when_answered
        if case["u_repeat"][i] >= p or case["chain"][i] >= repeats.max_chain:
            return
        t_new = env.now + case["repeat_delay"][i]
        if t_new < plan.horizon:
            env.process(repeat(i, t_new))

    def repeat(parent: int, t_new: float) -> Generator[simpy.Event, Any, None]:
        """The same citizen appeals again at ``t_new``: a new appeal of the same channel,
        district and category."""
        yield env.timeout(t_new - env.now)
        j = len(case["arrive"])
        d = repeat_draws(
            case["channel"][parent], case["category"][parent], t_new, regime=case["regime"][parent]
        )
        append_repeat_case(case, service, parent, t_new, d, study=study)
        yield from appeal(j)

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

    cases = {key: np.asarray(case[key], dtype=initial[key].dtype) for key in CASE_OUTPUT_KEYS}
    block = np.asarray(rows, dtype=np.float64)
    extra = np.asarray(decided, dtype=np.float64).reshape(-1, ROW_WIDTH)
    n_cases = len(case["arrive"])
    columns = row_columns([block], extra, n_cases=n_cases, n_codes=len(codes.table))
    return RunResult(columns, codes.table, officers, cases)
