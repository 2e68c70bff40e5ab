"""One replication of a scenario on SimPy: officers in pools, appeals passing through stages.

An appeal arrives, is registered (the same day, or at the next opening after hours), triaged
(maybe misrouted and sent back after a delay), handled (the check then runs its study time in
working hours, maybe waiting for a partner agency that is reminded and escalated to), and
closed: answered, left without consideration (anonymous), forwarded (outside competence) or
abandoned (a caller who hangs up). An answered citizen may appeal again. Each of these steps
is one method of :class:`Replication`; each runs as the callback of a SimPy event, and waiting
that holds no officer (after hours, re-routing, the study, an agency, a repeat) is a
``Timeout`` carrying what it waits for as its value. Shift changes are SimPy processes.

SimPy is used through its public interface only (``Environment.timeout``/``process``/``run``,
event callbacks, ``Event.value``). What is random was drawn up front, per case, from named
streams (:mod:`malaka.simulations.model`), so two scenarios that differ only in staffing see
the same appeals with the same work (common random numbers).

Officers are not processes: a pool keeps one FIFO of waiting visits per urgency rank (taking
the next costs the same however long the backlog), a stack of idle officers and a heap of
those off duty. An idle officer takes an arriving appeal at once, as a SimPy ``Resource``
grants a free slot at once. An officer whose shift ends finishes the appeal at hand first.
"""

from __future__ import annotations

import heapq
import math
from collections import deque
from collections.abc import Generator
from dataclasses import dataclass, field
from typing import Any, Protocol

import simpy

from malaka import taxonomy
from malaka.simulations.model import (
    URGENCY_RANK,
    Codes,
    Plan,
    RepeatDraws,
    append_repeat_case,
    draw_arrivals,
    draw_cases,
    initial_cases,
)
from malaka.simulations.records import (
    CASE_OUTPUT_KEYS,
    FLUSH_EVERY,
    ROW_COLUMNS,
    CaseColumns,
    Rows,
    RunResult,
)
from malaka.simulations.rng import Streams

__all__ = ["CASE_OUTPUT_KEYS", "ROW_COLUMNS", "RunResult", "simulate"]

#: Outcomes of a closed appeal, by their number in the case attribute ``outcome``.
ANSWERED, FORWARDED, SET_ASIDE, ABANDONED = range(4)
OUTCOMES = ("answered", "forwarded", "left_without_consideration", "abandoned")
#: States of a :class:`Visit`.
WAITING, TAKEN, WITHDRAWN = range(3)


class Timer(Protocol):
    """What a transition reads of the SimPy timeout that called it: the value it carries."""

    @property
    def value(self) -> Any: ...


@dataclass(slots=True, eq=False)
class Pool:
    """Officers of one pool: waiting visits by urgency, idle officers, the headcount target."""

    id: str
    first_code: int
    size: int
    queues: tuple[deque[Visit], ...] = field(
        default_factory=lambda: tuple(deque() for _ in URGENCY_RANK)
    )
    waiting: int = 0  # visits waiting (a withdrawn one left the count when it was withdrawn)
    idle: list[Officer] = field(default_factory=list)  # the last one idle is picked first
    off_duty: list[int] = field(default_factory=list)  # codes, as a heap: lowest first back
    on_duty: int = 0
    target: int = 0

    def next_visit(self) -> Visit | None:
        """The most urgent visit waiting longest (skipping callers who hung up), or None."""
        if not self.waiting:
            return None
        for queue in self.queues:
            while queue:
                visit = queue.popleft()
                if visit.state == WAITING:
                    visit.state = TAKEN
                    self.waiting -= 1
                    return visit
        raise AssertionError("the count holds a visit no queue holds")  # pragma: no cover


@dataclass(slots=True, eq=False)
class Officer:
    """One officer (``pool#k`` in the log, by its global code) and the visit at hand."""

    code: int
    pool: Pool
    visit: Visit | None = None


@dataclass(slots=True, eq=False)
class Stage:
    """One stage of the scenario, with what the engine asks of it at every visit."""

    index: int
    spec: Any  # malaka.simulations.scenario.Stage
    role: str
    pool_by_category: list[Pool]
    enqueue: int  # event codes
    start: int
    complete: int
    abandon: int
    misroute: float
    study: bool  # a study (the check's elapsed time) follows the officer's work


@dataclass(slots=True, eq=False)
class Visit:
    """Appeal ``case`` at position ``k`` of its route, waiting for or with an officer."""

    case: int
    k: int
    stage: Stage
    state: int = WAITING


@dataclass(frozen=True, slots=True)
class AgencyCodes:
    """Event codes of a partner agency's request."""

    request: int
    remind: int
    escalate: int
    reply: int


class Replication:
    """One replication of a planned scenario: its state, and one method per transition."""

    def __init__(self, plan: Plan, replication: int, seed: int) -> None:
        sc = plan.scenario
        self.plan = plan
        self.env = simpy.Environment()
        self.streams = streams = Streams(seed, replication)
        t_arr, ch_arr, di_arr = draw_arrivals(plan, streams)
        drawn = draw_cases(plan, streams, t_arr, ch_arr)
        self.first_arrivals: list[float] = t_arr.tolist()
        self.case = CaseColumns(initial_cases(t_arr, ch_arr, di_arr, drawn))
        self.work: dict[str, list[list[float]]] = {  # per stage: the officer's, the study's
            key: [col.tolist() for col in drawn[key]] for key in ("service", "study")
        }
        self.rows = Rows()
        self.repeat_draws = RepeatDraws(plan, streams)
        self.extra_service = {st.id: streams[f"service-extra:{st.id}"] for st in sc.stages}
        self.reroute_rng = streams["reroute"]
        self.sent_back: set[tuple[int, int]] = set()  # (case, stage index) re-routed once
        self.at_opening: dict[float, list[tuple[int, int]]] = {}  # after hours, by opening

        self.officers: list[str] = []
        self.pools: dict[str, Pool] = {}
        for pid in plan.pools:
            size = plan.pool_size[pid]
            first = len(self.officers)
            self.pools[pid] = Pool(pid, first, size, off_duty=list(range(first, first + size)))
            self.officers.extend(f"{pid}#{k}" for k in range(1, size + 1))
        self.staff = [Officer(code, p) for p in self.pools.values() for code in p.off_duty]

        self.codes = codes = Codes()  # interned in this order: codes are stable across runs
        self.c_arrive = codes("arrive", "arrive")
        self.stages = [self._stage(si, st) for si, st in enumerate(sc.stages)]
        self.c_close = [codes("close", "close", "own", o) for o in OUTCOMES]
        self.agency_codes = [
            AgencyCodes(*(codes(a.id, x, a.id) for x in ("request", "remind", "escalate", "reply")))
            for a in sc.agencies
        ]
        self.c_extend = codes("extend", "extend")
        self.routes = [[stage for stage in self.stages if st_ok(stage, ch)] for ch in plan.channels]
        self.has_registration = [any(s.role == "registration" for s in r) for r in self.routes]
        self.has_triage = [any(s.role == "triage" for s in r) for r in self.routes]
        self.forward_targets = []
        for cid in plan.categories:
            spec = taxonomy.CATEGORY_BY_ID.get(cid)
            self.forward_targets.append(
                list(spec.agencies) if spec and spec.agencies else ["other_body"]
            )
        # The attributes every appeal reads, bound once (the others are looked up when used).
        self.channel_of: list[int] = self.case["channel"]
        self.category_of: list[int] = self.case["category"]
        self.emit = self.rows.buffer.extend
        self.timeout = self.env.timeout

    def _stage(self, si: int, st: Any) -> Stage:
        plan, codes = self.plan, self.codes
        return Stage(
            index=si,
            spec=st,
            role=st.role,
            pool_by_category=[self.pools[st.pool_for(c)] for c in plan.categories],
            enqueue=codes(st.id, "enqueue"),
            start=codes(st.id, "start"),
            complete=codes(st.id, "complete"),
            abandon=codes(st.id, "abandon"),
            misroute=st.misroute_probability,
            study=plan.has_study[si],
        )

    # --- the clock -----------------------------------------------------------------------
    def after(self, delay: float, callback: Any, value: Any) -> None:
        """Call ``callback(event)`` in ``delay`` hours; ``event.value`` is ``value``."""
        self.timeout(delay, value).callbacks.append(callback)

    def log(self, case: int, code: int, officer: int = -1, queue: int = 0) -> None:
        """A row of the event log, at the clock."""
        self.emit((case, code, officer, self.env.now, queue))

    def log_later(self, case: int, code: int, t: float) -> None:
        """A row at time ``t`` that changes nothing but the log (merged in by time)."""
        self.rows.off_clock.extend((case, code, -1, t, 0))

    # --- appeals -------------------------------------------------------------------------
    def arrivals(self) -> Generator[simpy.Event, Any, None]:
        """The appeals drawn for the run arrive, each at its time."""
        now = 0.0
        for i, t in enumerate(self.first_arrivals):
            if t > now:
                if len(self.rows.buffer) > FLUSH_EVERY:
                    self.rows.flush()
                yield self.timeout(t - now)
                now = t
            self.arrive(i)

    def arrive(self, i: int) -> None:
        """An appeal arrives: log it, apply the arrival rules, send it to its first stage."""
        case = self.case
        self.log(i, self.c_arrive)
        ch = case["channel"][i]
        if case["anonymous"][i] and not self.has_registration[ch]:
            self.close(i, SET_ASIDE)
        elif self.plan.forward_by_regime[case["regime"][i]] and not (
            self.has_triage[ch] or self.has_registration[ch]
        ):
            self.forward(i, self.plan.scenario.stages[0].id)
        else:
            self.advance(i, 0)

    def advance(self, i: int, k: int) -> None:
        """Send appeal ``i`` to position ``k`` of its route, or close it past the end."""
        route = self.routes[self.channel_of[i]]
        if k >= len(route):
            self.close(i, ANSWERED)
            return
        stage = route[k]
        if stage.role == "registration":
            now = self.env.now
            t_open = self.plan.next_open(now)
            if t_open > now:
                self.register_at(t_open, i, k)
                return
        self.enqueue(i, k, stage)

    def register_at(self, t_open: float, i: int, k: int) -> None:
        """Received after hours: registered at the next opening, in order of receipt (one
        timer per opening holds them all)."""
        waiting = self.at_opening.get(t_open)
        if waiting is None:
            waiting = self.at_opening[t_open] = []
            self.after(t_open - self.env.now, self.opening, t_open)
        waiting.append((i, k))

    def opening(self, event: Timer) -> None:
        """The office opens: the appeals received while it was closed join their queues."""
        for i, k in self.at_opening.pop(event.value):
            self.enqueue(i, k, self.routes[self.channel_of[i]][k])

    def advance_event(self, event: Timer) -> None:
        """``advance`` as an event's callback (the event's value is ``(case, position)``)."""
        self.advance(*event.value)

    def enqueue(self, i: int, k: int, stage: Stage) -> None:
        """Appeal ``i`` joins the queue of the stage's pool; an idle officer takes it at once."""
        cat = self.category_of[i]
        pool = stage.pool_by_category[cat]
        self.log(i, stage.enqueue, -1, pool.waiting)
        visit = Visit(i, k, stage)
        if pool.idle:
            visit.state = TAKEN
            self.serve(pool.idle.pop(), visit)
            return
        pool.queues[self.plan.urgency_rank[cat]].append(visit)
        pool.waiting += 1
        if k == 0:
            patience = self.case["patience"][i]
            if patience != math.inf and (i, stage.index) not in self.sent_back:
                self.after(patience, self.hang_up, (pool, visit))

    def hang_up(self, event: Timer) -> None:
        """A caller's patience runs out: abandoned, unless an officer took the call."""
        pool, visit = event.value
        if visit.state != WAITING:
            return
        visit.state = WITHDRAWN
        pool.waiting -= 1
        self.log(visit.case, visit.stage.abandon, -1, pool.waiting)
        self.close(visit.case, ABANDONED)

    def serve(self, officer: Officer, visit: Visit) -> None:
        """An officer starts on a visit; done after the appeal's service time at the stage."""
        i, stage = visit.case, visit.stage
        self.log(i, stage.start, officer.code, officer.pool.waiting)
        if stage.misroute and (i, stage.index) in self.sent_back:  # a second pass: fresh work
            cat_id = self.plan.categories[self.category_of[i]]
            service = stage.spec.service_for(cat_id).sample(self.extra_service[stage.spec.id], 1)
            duration = float(service[0])
        else:
            duration = self.work["service"][stage.index][i]
        officer.visit = visit
        self.after(duration, self.complete, officer)

    def complete(self, event: Timer) -> None:
        """An officer finishes a visit, hands the appeal on, then leaves or takes the next."""
        officer: Officer = event.value
        visit = officer.visit
        assert visit is not None
        i, stage = visit.case, visit.stage
        self.log(i, stage.complete, officer.code)
        self.hand_on(i, visit.k, stage)
        officer.visit = None
        pool = officer.pool
        if pool.on_duty > pool.target:  # the shift is over: leave after this appeal
            pool.on_duty -= 1
            heapq.heappush(pool.off_duty, officer.code)
        else:
            self.take_next(officer)

    def take_next(self, officer: Officer) -> None:
        """An officer on duty takes the next waiting visit, or waits idle."""
        visit = officer.pool.next_visit()
        if visit is None:
            officer.pool.idle.append(officer)
        else:
            self.serve(officer, visit)

    def hand_on(self, i: int, k: int, stage: Stage) -> None:
        """What follows the officer's work at a stage: sent back if misrouted, set aside if
        anonymous, forwarded if outside competence, else the study and any partner request,
        then the next stage."""
        now = self.env.now
        case = self.case
        si = stage.index
        if (
            stage.misroute
            and case["u_misroute"][i] < stage.misroute
            and (i, si) not in self.sent_back
        ):
            self.send_back(i, k, stage)
            return
        if stage.role == "registration" and case["anonymous"][i]:
            self.close(i, SET_ASIDE)
            return
        if self.plan.forward_by_regime[case["regime"][i]] and (
            stage.role == "triage"
            or (stage.role == "registration" and not self.has_triage[case["channel"][i]])
        ):
            self.forward(i, stage.spec.id)
            return
        # The study (the check's elapsed time) runs from now, alongside any request.
        study = self.work["study"][si][i] if stage.study else 0.0
        study_end = self.plan.add_working_hours(now, study)
        if stage.role == "handling" and case["request_agency"][i] >= 0:
            self.request(i, k, study_end)
        elif study_end > now:
            self.after(study_end - now, self.advance_event, (i, k + 1))
        else:
            self.advance(i, k + 1)

    def send_back(self, i: int, k: int, stage: Stage) -> None:
        """Misrouted: the unit sends the appeal back to this stage, in office hours."""
        self.sent_back.add((i, stage.index))
        now = self.env.now
        delay = float(stage.spec.reroute_delay.sample(self.reroute_rng, 1)[0])
        self.after(self.plan.office_time(now + delay) - now, self.advance_event, (i, k))

    def forward(self, i: int, stage_id: str) -> None:
        """Outside competence: forwarded to one of the category's partner bodies, and closed."""
        targets = self.forward_targets[self.category_of[i]]
        u = self.case["u_forward"][i]
        target = targets[min(int(u * len(targets)), len(targets) - 1)]
        self.log(i, self.codes(stage_id, "forward", target))
        self.close(i, FORWARDED)

    def request(self, i: int, k: int, study_end: float) -> None:
        """Ask a partner agency; its reminder and escalation rows are known now (they change
        nothing but the log); the appeal goes on after the reply and the study."""
        case, now = self.case, self.env.now
        a = case["request_agency"][i]
        codes = self.agency_codes[a]
        t_req, t_rep, t_rem, t_esc = self.plan.agency_times(
            a, now, case["response"][i], case["escalated_response"][i]
        )
        if t_req > now:  # finished after hours: the request goes out at the opening
            if t_req < self.plan.end:
                self.log_later(i, codes.request, now + (t_req - now))
        else:
            self.log(i, codes.request)
        if t_rep > t_rem:
            self.remind(i, codes, now, t_rem)
        if t_rep > t_esc:
            self.escalate(i, codes, now, t_esc)
        self.after(t_rep - now, self.reply, (i, k, codes.reply, study_end))

    def remind(self, i: int, codes: AgencyCodes, now: float, t: float) -> None:
        """The reply is overdue: a reminder goes out at ``t``."""
        if t < self.plan.end:
            self.log_later(i, codes.remind, now + (t - now))

    def escalate(self, i: int, codes: AgencyCodes, now: float, t: float) -> None:
        """Still no reply: the request is escalated at ``t``."""
        if t < self.plan.end:
            self.log_later(i, codes.escalate, now + (t - now))

    def reply(self, event: Timer) -> None:
        """The partner agency replies; the appeal goes on when the study is over too."""
        i, k, code, study_end = event.value
        now = self.env.now
        self.log(i, code)
        if study_end > now:
            self.after(study_end - now, self.advance_event, (i, k + 1))
        else:
            self.advance(i, k + 1)

    def close(self, i: int, outcome: int) -> None:
        """The appeal is closed; the deadline's extension is decided and the citizen may
        appeal again."""
        now = self.env.now
        case = self.case
        self.log(i, self.c_close[outcome])
        case["close"][i] = now
        case["outcome"][i] = outcome
        if case["p_extend"][i] > 0.0:
            self.extend(i, now)
        if outcome == ANSWERED and self.plan.scenario.repeats is not None:
            self.maybe_repeat(i, now)

    def extend(self, i: int, until: float) -> None:
        """The head decides on extending the deadline at the decision time, for an appeal
        still open then (open ``until``): decided after the fact, logged at its time."""
        case = self.case
        if math.isnan(case["deadline1"][i]):  # no extension rule
            return
        decide = self.plan.decision_time(
            case["deadline0"][i], case["extend_lead"][i], case["arrive"][i]
        )
        if until > decide and case["u_extend"][i] < case["p_extend"][i]:
            case["extended"][i] = True
            case["extend_t"][i] = decide
            self.log_later(i, self.c_extend, decide)

    def maybe_repeat(self, i: int, now: float) -> None:
        """The citizen may appeal again, more likely when the answer came late."""
        repeats = self.plan.scenario.repeats
        assert repeats is not None
        case = self.case
        final = case["deadline1"][i] if case["extended"][i] else case["deadline0"][i]
        p = repeats.when_late if now > final else repeats.when_answered
        if case["u_repeat"][i] >= p or case["chain"][i] >= repeats.max_chain:
            return
        t_new = now + case["repeat_delay"][i]
        if t_new < self.plan.horizon:
            self.after(t_new - now, self.repeat, (i, t_new))

    def repeat(self, event: Timer) -> None:
        """The same citizen appeals again: a new appeal of the parent's channel, district,
        category and regime."""
        parent, t_new = event.value
        case = self.case
        j = len(case["arrive"])
        draw = self.repeat_draws(
            case["channel"][parent], case["category"][parent], t_new, regime=case["regime"][parent]
        )
        append_repeat_case(case, self.work, parent, t_new, draw)
        self.arrive(j)

    # --- shifts --------------------------------------------------------------------------
    def shift_changes(self, pool: Pool) -> Generator[simpy.Event, Any, None]:
        """Apply a pool's headcount change points as simulated time passes."""
        env = self.env
        for t, n in self.plan.profiles[pool.id]:
            if t > env.now:
                yield env.timeout(t - env.now)
            self.shift_change(pool, n)

    def shift_change(self, pool: Pool, n: int) -> None:
        """Officers come on duty now, or leave: idle ones now, busy ones when done."""
        pool.target = n
        while pool.on_duty < n and pool.off_duty:
            pool.on_duty += 1
            self.after(0.0, self.come_on_duty, self.staff[heapq.heappop(pool.off_duty)])
        while pool.on_duty > n and pool.idle:
            pool.on_duty -= 1
            self.after(0.0, self.go_off_duty, pool.idle.pop())

    def come_on_duty(self, event: Timer) -> None:
        """An officer's shift begins: the next waiting visit, or idle."""
        self.take_next(event.value)

    def go_off_duty(self, event: Timer) -> None:
        """An idle officer's shift ends."""
        officer: Officer = event.value
        heapq.heappush(officer.pool.off_duty, officer.code)

    # --- the run -------------------------------------------------------------------------
    def run(self) -> RunResult:
        """Run to the scenario's end; the rows, the codes, the officers and the cases."""
        env, plan, case = self.env, self.plan, self.case
        for pool in self.pools.values():
            env.process(self.shift_changes(pool))
        env.process(self.arrivals())
        env.run(until=plan.end)
        for i, (close, p_extend) in enumerate(zip(case["close"], case["p_extend"], strict=True)):
            if p_extend > 0.0 and math.isnan(close):  # still open at the end
                self.extend(i, plan.end)
        cases = {key: case.array(key) for key in CASE_OUTPUT_KEYS}
        n_cases = len(case["arrive"])
        rows = self.rows.columns(n_cases=n_cases, n_codes=len(self.codes))
        return RunResult(rows, list(self.codes), self.officers, cases)


def st_ok(stage: Stage, channel: str) -> bool:
    """Whether appeals of ``channel`` pass through ``stage``."""
    return stage.spec.channels is None or channel in stage.spec.channels


def simulate(plan: Plan, replication: int, seed: int) -> RunResult:
    """Run one replication of the planned scenario."""
    return Replication(plan, replication, seed).run()
