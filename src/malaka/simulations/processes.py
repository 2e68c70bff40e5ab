"""The SimPy event schedule of one replication: arrivals, officers, shift changes.

SimPy only (and numpy for the draws made up front). An officer takes the most urgent waiting
appeal from its pool, serves it and hands it on; an appeal is data: it arrives, is registered
(same day, or at the next opening after hours), triaged (maybe misrouted and sent back after a
delay), handled (then the check runs its study time in working hours, maybe waiting for a
partner agency, with reminders and escalations in office hours), answered and closed; or it
is left without consideration (anonymous), forwarded (outside competence) or abandoned (a
caller who hangs up). Waiting that holds no officer (after hours, re-routing, the study,
agencies, a citizen's repeat appeal) is a timer on SimPy's event queue.

Speed: officers and arrivals are scheduled calls on SimPy's queue, ordered by (time,
priority, insertion) as SimPy orders every event, but without a generator resumption, a
``Timeout`` object or a closure per event (an officer, having at most one pending event, is
scheduled as itself); shift changes stay SimPy processes. ``Environment.step`` is inlined in
one loop (:func:`_run_until`). An idle officer takes an arriving appeal at once (a SimPy
``Resource`` grants the request at the same moment; only the order among simultaneous
events differs). A pool's waiting appeals are one FIFO per urgency rank.

Rows go to one flat list, five numbers per row (case, event code, officer, t, queue length),
converted to float64 blocks every half a million numbers: a list append costs a tenth of an
``array('d')`` append, which converts each number. Rows are recorded at the clock, so they
come out in time order, except rows that change nothing but the log: deadline extensions,
decided lazily when the case closes (or at the end of the run) from whether the case was
still open at the decision time and a pre-drawn number, and the reminders and escalations
of a partner-agency request, known when it is made (and the request itself when the officer
finished after hours: it goes out at the next opening). Those are merged in afterwards
(:func:`row_columns`).
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import simpy
from simpy.events import NORMAL, URGENT

from malaka import taxonomy
from malaka.simulations.model import (
    Codes,
    OfficerPool,
    Plan,
    RepeatDraws,
    append_repeat_case,
    draw_arrivals,
    draw_cases,
    initial_cases,
    shift_process,
)
from malaka.simulations.rng import Streams

ROW_WIDTH = 5  # case, code, officer (-1 none), t, queue_len
FLUSH_EVERY = 500_000  # numbers buffered before conversion (recent objects convert faster)


class _Call:
    """A scheduled call: what ``Environment.step`` needs of an event, and three payload slots.

    Cheaper than a ``Timeout`` with a callback appended (no Event initialisation, no
    closure): the step pops it, sets ``callbacks`` to None and calls each with the event.
    """

    __slots__ = ("a", "b", "c", "callbacks")
    _ok = True

    def __init__(
        self, callbacks: tuple[Callable[[_Call], None], ...] | None, a: Any, b: Any, c: Any
    ) -> None:
        self.callbacks = callbacks
        self.a = a
        self.b = b
        self.c = c


class _Officer:
    """One officer, scheduled as its own event (it never has two pending at once)."""

    __slots__ = ("callbacks", "code", "i", "k", "pool", "stage")
    _ok = True

    def __init__(self, pool: OfficerPool, code: int) -> None:
        self.callbacks: tuple[Callable[[_Officer], None], ...] | None = None
        self.pool = pool
        self.code = code
        self.i = self.k = 0
        self.stage: tuple[Any, ...] = ()


@dataclass
class RunResult:
    """Raw output of one replication, turned into an Arrow table by the runner."""

    rows: dict[str, np.ndarray]  # ROW_COLUMNS, in time order, narrow integer types
    codes: list[tuple[str, str, str, str]]
    officers: list[str]
    cases: dict[str, np.ndarray]


#: The columns of the rows a replication records, with their types in :class:`RunResult`.
ROW_COLUMNS = ("case", "code", "officer", "t", "queue_len")


CASE_OUTPUT_KEYS = (
    "arrive",
    "channel",
    "district",
    "category",
    "kind",
    "regime",
    "citizen",
    "repeat_of",
    "deadline0",
    "deadline1",
    "extended",
    "extend_t",
    "close",
    "outcome",
)


class _CaseLists(dict[str, list[Any]]):
    """Case attributes as lists, each made from its numpy array when first looked up."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        super().__init__()
        self.arrays = arrays

    def __missing__(self, key: str) -> list[Any]:
        values: list[Any] = self.arrays[key].tolist()
        self[key] = values
        return values

    def array(self, key: str) -> np.ndarray:
        """The attribute as an array; the original where the list only grew (repeat appeals)."""
        original = self.arrays[key]
        if key not in self:
            return original
        values = self[key]
        if key in _WRITTEN_IN_PLACE:
            return np.array(values, dtype=original.dtype)
        n0 = len(original)
        if len(values) == n0:
            return original
        return np.concatenate([original, np.array(values[n0:], dtype=original.dtype)])


_WRITTEN_IN_PLACE = frozenset({"close", "outcome", "extended", "extend_t"})


def simulate(plan: Plan, replication: int, seed: int) -> RunResult:  # noqa: PLR0915 - one closure scope keeps the hot loop on fast local names
    """Run one replication of the planned scenario."""
    sc = plan.scenario
    streams = Streams(seed, replication)
    env = simpy.Environment()
    t_arr, ch_arr, di_arr = draw_arrivals(plan, streams)
    drawn = draw_cases(plan, streams, t_arr, ch_arr)
    n0 = len(t_arr)

    # Case attributes as plain lists (fast indexing; repeats append), each converted from
    # its numpy array on first use: a scenario without deadlines, say, never converts those.
    case_attr = _CaseLists(initial_cases(t_arr, ch_arr, di_arr, drawn))
    service: list[list[float]] = [col.tolist() for col in drawn["service"]]
    study: list[list[float]] = [col.tolist() for col in drawn["study"]]

    # Staff pools: officer codes are global, names 'pool#k' from 1.
    officers: list[str] = []
    pools: dict[str, OfficerPool] = {}
    for pid in plan.pools:
        size = plan.pool_size[pid]
        pools[pid] = OfficerPool(pid, size, len(officers))
        officers.extend(f"{pid}#{k}" for k in range(1, size + 1))
    staff = [_Officer(pool, code) for pool in pools.values() for code in pool.off_codes]
    second_pass: set[tuple[int, int]] = set()  # (case, stage) re-routed once already

    codes = Codes()
    c_arrive = codes("arrive", "arrive")
    outcomes = ("answered", "forwarded", "left_without_consideration", "abandoned")

    # Per-stage constants.
    any_requests = any(c.requests is not None and c.requests.probability > 0 for c in sc.categories)
    stages = []
    for si, st in enumerate(sc.stages):
        channel_ok = (
            [True] * len(plan.channels)
            if st.channels is None
            else [c in st.channels for c in plan.channels]
        )
        by_cat = [pools[st.pool_for(c)] for c in plan.categories]
        stages.append(
            (
                si,
                st,
                by_cat,
                channel_ok,
                codes(st.id, "enqueue"),
                codes(st.id, "start"),
                codes(st.id, "complete"),
                codes(st.id, "abandon"),
                st.role,
                st.misroute_probability,
                st.role == "registration",
                # whether a completion needs ``after`` (else the appeal goes straight on)
                st.misroute_probability > 0
                or st.role in ("registration", "triage")
                or (st.role == "handling" and any_requests)
                or plan.has_study[si],
                plan.has_study[si],  # a study (elapsed check) follows the officer's work
            )
        )
    # Each channel's route: the stages its appeals visit, in order.
    routes = [[stage for stage in stages if stage[3][ch]] for ch in range(len(plan.channels))]
    # Per channel: whether its route has a registration / triage stage (where anonymous
    # appeals are set aside and appeals outside competence are forwarded).
    has_registration = [any(s[8] == "registration" for s in r) for r in routes]
    has_triage = [any(s[8] == "triage" for s in r) for r in routes]
    close_codes = {o: codes("close", "close", "own", o) for o in outcomes}
    first_stage_id = sc.stages[0].id
    # Extra draws for second passes (misrouting) and repeat appeals.
    extra_service = {st.id: streams[f"service-extra:{st.id}"] for st in sc.stages}
    reroute_rng = streams["reroute"]
    agencies = sc.agencies
    agency_codes = [
        (
            codes(a.id, "request", a.id),
            codes(a.id, "remind", a.id),
            codes(a.id, "escalate", a.id),
            codes(a.id, "reply", a.id),
        )
        for a in agencies
    ]
    agency_times = plan.agency_times
    office_time = plan.office_time
    add_working_hours = plan.add_working_hours
    # Forwarded appeals go to one of the category's partner bodies (taxonomy), chosen per case.
    forward_targets = []
    for cid in plan.categories:
        cat = taxonomy.CATEGORY_BY_ID.get(cid)
        targets = list(cat.agencies) if cat and cat.agencies else ["other_body"]
        forward_targets.append(targets)
    repeats = sc.repeats
    horizon = plan.horizon
    run_end = plan.end
    next_open = plan.next_open

    # The event log: rows of five numbers appended to a flat list (far cheaper than an
    # array's per-number conversion), turned into float64 blocks every half a million numbers.
    buf: list[float] = []
    emit = buf.extend
    blocks: list[np.ndarray] = []
    # Rows not at the clock: deadline extensions (decided after the fact, earlier times) and
    # reminders and escalations of partner agencies (known when the request is sent, later
    # times: they change nothing but the log, so they need no event).
    off_clock: list[float] = []

    def flush() -> None:
        if buf:
            blocks.append(np.fromiter(buf, dtype=np.float64, count=len(buf)))
            buf.clear()

    # Scheduling without SimPy's Timeout objects: a light event (callbacks, three payload
    # slots) pushed straight onto the environment's queue, as ``Environment.schedule`` does.
    queue: list[Any] = env._queue
    eid = env._eid
    push = heapq.heappush

    def later(delay: float, callback: Callable[[_Call], None], a: Any, b: Any, c: Any) -> None:
        """Call ``callback(event)`` after ``delay`` hours (the event carries ``a, b, c``)."""
        push(queue, (env._now + delay, NORMAL, next(eid), _Call((callback,), a, b, c)))

    arrive_l = case_attr["arrive"]
    chan_l = case_attr["channel"]
    cat_l = case_attr["category"]
    anon_l = case_attr["anonymous"]
    # Lists read only when the scenario has the feature (else never converted).
    any_patience = bool(np.isfinite(drawn["patience"]).any())
    any_misroute = any(st.misroute_probability > 0 for st in sc.stages)
    any_extension = bool(plan.ext_p.any())
    empty: list[Any] = []
    patience_l = case_attr["patience"] if any_patience else empty
    u_mis_l = case_attr["u_misroute"] if any_misroute else empty
    agency_l = case_attr["request_agency"] if any_requests else empty
    response_l = case_attr["response"] if any_requests else empty
    esc_l = case_attr["escalated_response"] if any_requests else empty
    close_l = case_attr["close"]
    outcome_l = case_attr["outcome"]
    urgency_rank = plan.urgency_rank
    forward_regime = plan.forward_by_regime
    regime_l = case_attr["regime"]

    close_code_list = [close_codes[o] for o in outcomes]
    close_answered = close_code_list[0]
    p_extend_l = case_attr["p_extend"] if any_extension else empty
    inf = math.inf

    def close(i: int, outcome: int, now: float) -> None:
        emit((i, close_code_list[outcome], -1, now, 0))
        close_l[i] = now
        outcome_l[i] = outcome
        if any_extension and p_extend_l[i] > 0.0:
            _maybe_extend(i, now)
        if repeats is not None and outcome == 0:
            _maybe_repeat(i, now)

    def _maybe_extend(i: int, until: float) -> None:
        d1 = case_attr["deadline1"][i]
        if math.isnan(d1):  # no extension rule
            return
        decide = plan.decision_time(
            case_attr["deadline0"][i], case_attr["extend_lead"][i], arrive_l[i]
        )
        if until > decide and case_attr["u_extend"][i] < case_attr["p_extend"][i]:
            case_attr["extended"][i] = True
            case_attr["extend_t"][i] = decide
            off_clock.extend((i, c_extend, -1, decide, 0))

    c_extend = codes("extend", "extend")

    def _maybe_repeat(i: int, now: float) -> None:
        assert repeats is not None
        final = case_attr["deadline1"][i] if case_attr["extended"][i] else case_attr["deadline0"][i]
        late = now > final
        p = repeats.when_late if late else repeats.when_answered
        if case_attr["u_repeat"][i] >= p or case_attr["chain"][i] >= repeats.max_chain:
            return
        t_new = now + case_attr["repeat_delay"][i]
        if t_new >= horizon:
            return
        later(t_new - now, _repeat, i, t_new, None)

    def _repeat(ev: _Call) -> None:
        parent, t_new = ev.a, ev.b
        j = len(arrive_l)
        d = _repeat_draws(chan_l[parent], cat_l[parent], t_new, regime=regime_l[parent])
        append_repeat_case(case_attr, service, parent, t_new, d, study=study)
        start(j)

    _repeat_draws = RepeatDraws(plan, streams)

    def start(i: int) -> None:
        """An appeal arrives: log it, apply the arrival rules, send it to its first stage."""
        now = env._now
        emit((i, c_arrive, -1, now, 0))
        ch = chan_l[i]
        if anon_l[i] and not has_registration[ch]:
            close(i, 2, now)
            return
        cat = cat_l[i]
        if forward_regime[regime_l[i]] and not has_triage[ch] and not has_registration[ch]:
            emit((i, codes(first_stage_id, "forward", _fwd(i, cat)), -1, now, 0))
            close(i, 1, now)
            return
        route = routes[ch]
        if not route:
            close(i, 0, now)
            return
        stage = route[0]
        if stage[10]:  # registration: same day, or the next opening
            t_open = next_open(now)
            if t_open > now:
                register_at(t_open, now, i, 0)
                return
        enqueue(i, 0, stage)

    def advance(i: int, k: int) -> None:
        """Send appeal ``i`` to position ``k`` of its route (or close it at the end)."""
        route = routes[chan_l[i]]
        if k >= len(route):
            close(i, 0, env._now)
            return
        stage = route[k]
        if stage[10]:  # registration: same day, or the next opening
            now = env._now
            t_open = next_open(now)
            if t_open > now:
                register_at(t_open, now, i, k)
                return
        enqueue(i, k, stage)

    # Appeals received after hours wait for the next opening: one timer per opening, holding
    # them in order of receipt (as one timer each would, at a fraction of the queue's size).
    at_opening: dict[float, list[tuple[int, int]]] = {}

    def register_at(t_open: float, now: float, i: int, k: int) -> None:
        waiting = at_opening.get(t_open)
        if waiting is None:
            waiting = at_opening[t_open] = []
            later(t_open - now, _opening, t_open, None, None)
        waiting.append((i, k))

    def _opening(ev: _Call) -> None:
        for i, k in at_opening.pop(ev.a):
            enqueue(i, k, routes[chan_l[i]][k])

    def _advance_later(ev: _Call) -> None:
        advance(ev.a, ev.b)

    def enqueue(i: int, k: int, stage: tuple[Any, ...]) -> None:
        """Appeal ``i`` joins the queue of the pool serving route position ``k``."""
        cat = cat_l[i]
        pool = stage[2][cat]
        now = env._now
        emit((i, stage[4], -1, now, pool.nwait))
        idle = pool.idle
        if idle:  # an idle officer takes it at once
            serve(staff[idle.pop()], i, k, stage)
            return
        entry = [i, k, 0]  # see OfficerPool.queues
        pool.queues[urgency_rank[cat]].append(entry)
        pool.nwait += 1
        if any_patience and k == 0:
            patience = patience_l[i]
            if patience != inf and (i, stage[0]) not in second_pass:
                later(patience, hang_up, pool, entry, stage)

    def hang_up(ev: _Call) -> None:
        pool, entry = ev.a, ev.b
        if pool.withdraw(entry):
            i = entry[0]
            now = env._now
            emit((i, ev.c[7], -1, now, pool.nwait))
            close(i, 3, now)

    # Officers: an officer on duty looks for work (``seek``); with work, serves it (``serve``)
    # and when done hands it on (``done``), then leaves if the shift is over, or seeks again.
    # An officer has at most one pending event, so the officer object itself is scheduled.
    # ``done`` inlines the common path of ``after``, ``close``, ``seek`` and ``serve``.
    def seek(o: _Officer) -> None:
        pool = o.pool
        entry = pool.pop()
        if entry is None:
            pool.idle.append(o.code)
        else:
            i, k = entry[0], entry[1]
            serve(o, i, k, routes[chan_l[i]][k])

    def serve(o: _Officer, i: int, k: int, stage: tuple[Any, ...]) -> None:
        now = env._now
        emit((i, stage[5], o.code, now, o.pool.nwait))
        if stage[9] and (i, stage[0]) in second_pass:
            cat_id = plan.categories[cat_l[i]]
            svc = float(stage[1].service_for(cat_id).sample(extra_service[stage[1].id], 1)[0])
        else:
            svc = service[stage[0]][i]
        o.i, o.k, o.stage, o.callbacks = i, k, stage, done_cb
        push(queue, (now + svc, NORMAL, next(eid), o))

    def done(o: _Officer) -> None:  # noqa: PLR0912 - inlined calls: one frame per completion
        i, stage = o.i, o.stage
        now = env._now
        code = o.code
        emit((i, stage[6], code, now, 0))
        if stage[11]:
            after(i, o.k, stage)
        else:
            k = o.k + 1
            route = routes[chan_l[i]]
            if k < len(route):
                advance(i, k)
            else:  # close(i, 0, now), inlined
                emit((i, close_answered, -1, now, 0))
                close_l[i] = now
                outcome_l[i] = 0
                if any_extension and p_extend_l[i] > 0.0:
                    _maybe_extend(i, now)
                if repeats is not None:
                    _maybe_repeat(i, now)
        pool = o.pool
        if pool.on_duty > pool.target:  # the shift is over: leave after this appeal
            pool.on_duty -= 1
            pool.go_off_duty(code)
            return
        if pool.nwait:  # seek (OfficerPool.pop), inlined
            for waiting in pool.queues:
                while waiting:
                    entry = waiting.popleft()
                    if entry[2] == 0:
                        entry[2] = 1
                        nwait = pool.nwait = pool.nwait - 1
                        i, k = entry[0], entry[1]
                        stage = routes[chan_l[i]][k]
                        # serve, inlined
                        emit((i, stage[5], code, now, nwait))
                        if stage[9] and (i, stage[0]) in second_pass:
                            cat_id = plan.categories[cat_l[i]]
                            sv = stage[1].service_for(cat_id).sample(extra_service[stage[1].id], 1)
                            svc = float(sv[0])
                        else:
                            svc = service[stage[0]][i]
                        o.i, o.k, o.stage = i, k, stage
                        o.callbacks = done_cb
                        push(queue, (now + svc, NORMAL, next(eid), o))
                        return
        pool.idle.append(code)

    def leave(o: _Officer) -> None:
        o.pool.go_off_duty(o.code)

    done_cb, wake_cb, leave_cb = (done,), (seek,), (leave,)

    def wake_now(code: int) -> None:
        o = staff[code]
        o.callbacks = wake_cb
        push(queue, (env._now, NORMAL, next(eid), o))

    def leave_now(code: int) -> None:
        o = staff[code]
        o.callbacks = leave_cb
        push(queue, (env._now, NORMAL, next(eid), o))

    def after(i: int, k: int, stage: tuple[Any, ...]) -> None:
        """What follows a stage: re-routing, setting aside, forwarding, the study and requests,
        the next stage."""
        si, role, p_mis = stage[0], stage[8], stage[9]
        now = env._now
        if p_mis > 0.0 and u_mis_l[i] < p_mis and (i, si) not in second_pass:
            second_pass.add((i, si))
            delay = float(stage[1].reroute_delay.sample(reroute_rng, 1)[0])
            # the unit sends it back in office hours
            later(office_time(now + delay) - now, _advance_later, i, k, None)
            return
        if role == "registration" and anon_l[i]:
            close(i, 2, now)
            return
        cat = cat_l[i]
        if forward_regime[regime_l[i]] and (
            role == "triage" or (role == "registration" and not has_triage[chan_l[i]])
        ):
            emit((i, codes(stage[1].id, "forward", _fwd(i, cat)), -1, now, 0))
            close(i, 1, now)
            return
        # The study (elapsed check) runs from now, in working time, alongside any request.
        study_end = add_working_hours(now, study[si][i]) if stage[12] else now
        if role == "handling" and any_requests and agency_l[i] >= 0:
            a = agency_l[i]
            c_req, c_rem, c_esc, c_rep = agency_codes[a]
            t_req, t_rep, t_rem, t_esc = agency_times(a, now, response_l[i], esc_l[i])
            # rows not at the clock as a timer from now would write them (the reference's)
            if t_req > now:  # finished after hours: the request goes out at the opening
                if t_req < run_end:
                    off_clock.extend((i, c_req, -1, now + (t_req - now), 0))
            else:
                emit((i, c_req, -1, now, 0))
            if t_rep > t_rem and t_rem < run_end:
                off_clock.extend((i, c_rem, -1, now + (t_rem - now), 0))
            if t_rep > t_esc and t_esc < run_end:
                off_clock.extend((i, c_esc, -1, now + (t_esc - now), 0))
            later(t_rep - now, _replied, i, k, (c_rep, study_end))
            return
        if study_end > now:
            later(study_end - now, _advance_later, i, k + 1, None)
            return
        advance(i, k + 1)

    def _replied(ev: _Call) -> None:
        i = ev.a
        c_rep, study_end = ev.c
        now = env._now
        emit((i, c_rep, -1, now, 0))
        if study_end > now:  # the check is still running: the reply waits for it
            later(study_end - now, _advance_later, i, ev.b + 1, None)
            return
        advance(i, ev.b + 1)

    def _fwd(i: int, cat: int) -> str:
        targets = forward_targets[cat]
        u = case_attr["u_forward"][i]
        return targets[min(int(u * len(targets)), len(targets) - 1)]

    for pool in pools.values():
        pool.on_wake = wake_now
        pool.on_leave = leave_now
        env.process(shift_process(env, pool, plan.profiles[pool.id]))

    # Arrivals: one timer at a time, the next one set after the current arrivals started
    # (times are sorted; the arithmetic is the one a process with timeouts would do).
    arrive_first = arrive_l[:n0]
    next_index = 0  # the next arrival
    last_time = 0.0  # time of the last arrival

    def arrivals(_ev: _Call) -> None:
        """Start the arrivals due now (none at the first call), then set the next timer."""
        nonlocal next_index, last_time
        i, last = next_index, last_time
        if _ev is arrival:
            start(i)
            i += 1
        while i < n0:
            t = arrive_first[i]
            if t > last:
                next_index, last_time = i, t
                arrival.callbacks = arrive_cb  # one arrival pending at a time: reuse it
                push(queue, (env._now + (t - last), NORMAL, next(eid), arrival))
                break
            start(i)
            i += 1
        if len(buf) > FLUSH_EVERY:
            flush()

    arrive_cb = (arrivals,)
    arrival = _Call(None, 0, 0, 0)
    # In place of a process's initialisation: urgent, at time 0, after the shift processes.
    push(queue, (env._now, URGENT, next(eid), _Call((arrivals,), 0, 0, 0)))
    _run_until(env, plan.end)
    flush()
    # Extensions of cases still open at the end of the run.
    if any_extension:
        still_open = np.isnan(np.asarray(close_l, dtype=np.float64))
        for i in np.flatnonzero(still_open & (np.asarray(p_extend_l, dtype=np.float64) > 0.0)):
            _maybe_extend(int(i), plan.end)
    cases = {key: case_attr.array(key) for key in CASE_OUTPUT_KEYS}
    extra = np.asarray(off_clock, dtype=np.float64).reshape(-1, ROW_WIDTH)
    blocks.append(np.zeros(0))  # so that there is always a block
    rows = row_columns(blocks, extra, n_cases=len(arrive_l), n_codes=len(codes.table))
    return RunResult(rows, codes.table, officers, cases)


def _run_until(env: simpy.Environment, until: float) -> None:
    """``env.run(until=until)``, with the body of ``Environment.step`` inlined in one loop.

    Same order of events: SimPy's ``until`` is an urgent event at ``until``, so it stops
    before any event due at that time; here the loop stops at the first such event. Saves a
    method call, a try block and an ``until`` event per step (a quarter of the loop's cost).
    """
    queue: list[Any] = env._queue
    pop = heapq.heappop
    while queue and queue[0][0] < until:
        env._now, _, _, event = pop(queue)
        callbacks, event.callbacks = event.callbacks, None
        for callback in callbacks:
            callback(event)
        if not event._ok and not hasattr(event, "_defused"):
            # A failed SimPy event nobody handled: crash as Environment.step does.
            exc = type(event._value)(*event._value.args)
            exc.__cause__ = event._value
            raise exc
    env._now = until


def _narrow(top: int) -> type[np.signedinteger[Any]]:
    """The narrowest signed integer type holding -1 .. ``top``."""
    for dtype in (np.int8, np.int16, np.int32):
        if top <= np.iinfo(dtype).max:
            return dtype
    return np.int64


def row_columns(
    blocks: list[np.ndarray], extra: np.ndarray, *, n_cases: int, n_codes: int
) -> dict[str, np.ndarray]:
    """The recorded rows as columns in time order, in narrow types (a log of 15 million rows
    is 0.6 GB as float64 rows; as columns it is half that, and nothing is copied twice).

    ``blocks`` hold rows recorded at the clock, so already in time order; ``extra`` rows were
    recorded off the clock (earlier or later times). Each extra row goes after every clock
    row up to its time (as if its event came last among those due then), and extra rows at
    equal times keep the order they were recorded.
    """
    dtypes = {
        "case": _narrow(n_cases),
        "code": _narrow(n_codes),
        "officer": np.int32,
        "t": np.float64,
        "queue_len": np.int32,
    }
    views = [b.reshape(-1, ROW_WIDTH) for b in blocks]
    columns: dict[str, np.ndarray] = {
        name: np.concatenate([v[:, j] for v in views]).astype(dtypes[name], copy=False)
        for j, name in enumerate(ROW_COLUMNS)
    }
    blocks.clear()
    if len(extra):
        extra = extra[np.argsort(extra[:, 3], kind="stable")]
        where = np.searchsorted(columns["t"], extra[:, 3], side="right")
        columns = {
            name: np.insert(col, where, extra[:, j].astype(col.dtype))
            for j, (name, col) in enumerate(columns.items())
        }
    return columns
