"""What every replication of a scenario shares (:class:`Plan`), and the draws behind it.

Numpy only: never SimPy (the engine, :mod:`malaka.simulations.engine`, runs the events),
never pandas or Faker. What is random is drawn up front, per case, from named streams
(:mod:`malaka.simulations.rng`), so two scenarios that differ only in staffing see identical
appeals with identical work content (common random numbers). Partner agencies and the head's
decisions keep office hours (:meth:`Plan.office_time`).
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, MutableMapping
from datetime import timedelta
from typing import Any

import numpy as np

from malaka import taxonomy
from malaka.simulations.calendar import WorkCalendar
from malaka.simulations.rng import Streams
from malaka.simulations.scenario import Scenario, Span, staffing_profile

URGENCY_RANK = {"P1": 0, "P2": 1, "P3": 2, "P4": 3}
#: Hours after the opening over which what fell due while the office was closed is spread
#: (the morning's mail and calls), see :meth:`Plan.office_time`.
OFFICE_SPREAD_H = 3.0
#: (deadline after an extension, decision lead, probability) where none is possible.
NO_EXTENSION = (math.nan, 0.0, 0.0)


# --- event codes ----------------------------------------------------------------------------
class Codes(dict[tuple[str, str, str, str], int]):
    """Interned (activity, lifecycle, agency, outcome) combinations: rows store one int."""

    def __call__(
        self, activity: str, lifecycle: str, agency: str = "own", outcome: str = ""
    ) -> int:
        """The code of a combination (the next number on first use)."""
        return self.setdefault((activity, lifecycle, agency, outcome), len(self))


# --- per-case draws ---------------------------------------------------------------------------
def _cum(weights: list[float]) -> np.ndarray:
    w = np.asarray(weights, dtype=float)
    c = np.cumsum(w / w.sum())
    c[-1] = 1.0
    return c


def _pick(u: np.ndarray, cum: np.ndarray) -> np.ndarray:
    return np.minimum(np.searchsorted(cum, u, side="right"), len(cum) - 1)


class Plan:
    """Everything precomputed about a scenario that does not depend on the replication."""

    def __init__(self, scenario: Scenario) -> None:  # noqa: PLR0915 - a list of lookups
        self.scenario = scenario
        sc = scenario
        self.cal: WorkCalendar = sc.calendar.work_calendar()
        self.horizon = sc.calendar.horizon_hours
        self.end = sc.calendar.end_hours
        self.channels = [c.id for c in sc.channels]
        self.districts = [d.id for d in sc.districts]
        self.categories = [c.id for c in sc.categories]
        self.kinds = ["ariza", "taklif", "shikoyat"]
        self.agencies = [a.id for a in sc.agencies]
        self.urgency = [c.effective_urgency for c in sc.categories]
        self.regime = [c.effective_regime for c in sc.categories]
        # Regimes per appeal: indices into the taxonomy's regimes; a category with a
        # ``regimes`` mix draws one per appeal (stream ``regimes``), any other has one.
        self.regime_ids = [r.id for r in taxonomy.REGIMES]
        for c in sc.categories:
            self.regime_ids.extend(r for r in c.effective_regimes if r not in self.regime_ids)
        self.regime_index = [self.regime_ids.index(r) for r in self.regime]
        self.regime_cum: list[np.ndarray | None] = [
            _cum([c.regimes.get(r, 0.0) for r in self.regime_ids]) if c.regimes else None
            for c in sc.categories
        ]
        self.has_regime_mix = any(c is not None for c in self.regime_cum)
        self.forward_by_regime = [r == "forward" for r in self.regime_ids]
        self.urgency_rank = [URGENCY_RANK[u] for u in self.urgency]
        self.kind_cum = [_cum([c.kinds.get(k, 0.0) for k in self.kinds]) for c in sc.categories]  # type: ignore[call-overload]
        self.pools = [p.id for p in sc.pools]
        self.profiles = {p.id: staffing_profile(sc, p.id) for p in sc.pools}
        self.pool_size = {
            p: max((n for _, n in prof), default=0) for p, prof in self.profiles.items()
        }
        # Hourly intensity factors over the horizon, shared by every channel.
        n_hours = math.ceil(self.horizon)
        how = [self.cal.hour_of_week(float(h)) for h in range(n_hours)]
        self.hour_dates = [self.cal.date_of(float(h)) for h in range(n_hours)]
        self.channel_lambda = []
        for ch in sc.channels:
            f = np.array([ch.profile.factor(wd, hr, hol) for wd, hr, hol in how])
            lam = f * (ch.rate_per_day / 24.0)
            if n_hours > self.horizon:  # last partial hour
                lam[-1] *= self.horizon - (n_hours - 1)
            self.channel_lambda.append(lam)
        self.district_share = np.array([d.share for d in sc.districts], dtype=float)
        self.district_share = self.district_share / self.district_share.sum()
        # Working periods for the registration rule (opening, closing) over the run.
        self.open_periods: list[tuple[float, float]] = []
        d = self.cal.date_of(0.0)
        while True:
            base = self.cal.day_start(d)
            if base > self.end + 24 * 14:
                break
            if self.cal.is_working_day(d):
                self.open_periods.append((base + self.cal.work_start, base + self.cal.work_end))
            d += timedelta(days=1)
        self.open_ends = [b for _, b in self.open_periods]
        # Partner agencies whose replies, reminders and escalations keep office hours.
        self.agency_in_hours = [a.hours == "working" for a in sc.agencies]
        # Study (the check's elapsed time) per stage and category: working hours per drawn
        # hour (a drawn day is a working day, a drawn hour a working hour); None: no study.
        day_h = self.cal.work_end - self.cal.work_start
        self.study_dists: list[list[Any]] = [
            [st.study_for(c) for c in self.categories] for st in sc.stages
        ]
        self.study_factor = [
            [1.0 if d is None or d.unit != "days" else day_h / 24.0 for d in row]
            for row in self.study_dists
        ]
        self.has_study = [any(d is not None for d in row) for row in self.study_dists]
        # The deadline rule of each (regime, kind), at ``regime * len(kinds) + kind``: the
        # regime is the appeal's own (drawn or fixed); None where no rule applies.
        rules = sc.deadlines.rules if sc.deadlines is not None else []
        self.rules: list[Any] = [
            next(
                (
                    r
                    for r in rules
                    if r.regime in (None, regime) and (r.kinds is None or kind in r.kinds)
                ),
                None,
            )
            for regime in self.regime_ids
            for kind in self.kinds
        ]
        self.deadline_cache: dict[tuple[int, int, int, bool], tuple[float, ...]] = {}

    def next_open(self, t: float) -> float:
        """Registration rule: ``t`` during working hours, else the next opening."""
        i = bisect.bisect_right(self.open_ends, t)
        if i >= len(self.open_periods):
            return t
        a, _ = self.open_periods[i]
        return t if a <= t else a

    def office_time(self, t: float) -> float:
        """``t`` during working hours; else within the first hour after the next opening.

        The rule for partner agencies' replies, reminders and escalations (a reply due at
        03:09 is not stamped at 03:09): what falls due while the office is closed is stamped
        in the first working hours after it reopens (:data:`OFFICE_SPREAD_H`, or the whole
        period if shorter), spread in the order it fell due, so that such rows neither pile
        up on 09:00:00 nor change order.
        """
        i = bisect.bisect_right(self.open_ends, t)
        if i >= len(self.open_periods):
            return t
        a, b = self.open_periods[i]
        if a <= t:
            return t
        closed_from = self.open_ends[i - 1] if i else min(t, 0.0)
        return a + min(OFFICE_SPREAD_H, b - a) * (t - closed_from) / (a - closed_from)

    def agency_times(
        self, agency: int, t: float, response: float, escalated: float
    ) -> tuple[float, float, float, float]:
        """(sent, reply, reminder, escalation) times of a request to ``agency`` made at ``t``.

        ``response`` and ``escalated`` are the drawn times to answer (hours); a reminder or an
        escalation that never happens is ``inf``. With an agency keeping office hours (the
        default) the request goes out, the reply comes in, and reminders and escalations go
        out in working time (:meth:`office_time`): an officer finishing after hours sends
        the request at the next opening. The agency answers ``response`` after the request,
        or once escalated within ``escalated`` of the escalation. A reminder (escalation)
        goes out only if the reply is not in by then.
        """
        spec = self.scenario.agencies[agency]
        office = self.office_time if self.agency_in_hours[agency] else _same
        remind = spec.remind_after_days
        escalate = spec.escalate_after_days
        t = office(t)
        t_rem = office(t + remind * 24.0) if remind is not None else math.inf
        t_esc = office(t + escalate * 24.0) if escalate is not None else math.inf
        t_rep = office(t + response)
        if t_rep > t_esc:
            t_rep = min(t_rep, office(t_esc + escalated))
        return t, t_rep, t_rem, t_esc

    def decision_time(self, deadline: float, lead: float, arrive: float) -> float:
        """When the head of the body decides on an extension: ``lead`` before ``deadline``,
        moved into office hours when that falls while the office is closed (and still before
        the deadline), never before the appeal arrived."""
        t = deadline - lead
        moved = self.office_time(t)
        if moved < deadline:
            t = moved
        return max(t, arrive)

    def add_working_hours(self, t: float, hours: float) -> float:
        """The moment ``hours`` of working time after ``t`` (a study counted in office time);
        ``t`` itself when ``hours`` is 0."""
        if hours <= 0.0:
            return t
        i = bisect.bisect_right(self.open_ends, t)
        left = hours
        while i < len(self.open_periods):
            a, b = self.open_periods[i]
            begin = max(t, a)
            if left < b - begin:
                return begin + left
            left -= b - begin
            i += 1
        # past the precomputed periods (after the run): the calendar, day by day
        cal = self.cal
        t = max(t, self.open_ends[-1]) if self.open_ends else t
        d = cal.date_of(t)
        while True:
            if cal.is_working_day(d):
                base = cal.day_start(d)
                begin = max(t, base + cal.work_start)
                end = base + cal.work_end
                if begin < end:
                    if left < end - begin:
                        return begin + left
                    left -= end - begin
            d += timedelta(days=1)

    def deadlines(
        self, t: float, regime: int, kind: int, u_extra: float
    ) -> tuple[float, float, float, float]:
        """(deadline, deadline after an extension, how long before the deadline the head
        decides on it, the probability of an extension) of an appeal of ``regime`` and ``kind``
        received at ``t``; ``u_extra`` decides on an extra study. Periods count from the day of
        receipt, so a day's appeals share them: each is worked out once."""
        rule = self.rules[regime * len(self.kinds) + kind]
        extra = bool(rule and rule.extra_study and u_extra < rule.extra_study.probability)
        key = (int(t // 24.0), regime, kind, extra)
        found = self.deadline_cache.get(key)
        if found is None:
            found = self.deadline_cache[key] = self._deadlines(t, regime, rule, extra)
        return found  # type: ignore[return-value]

    def _deadlines(self, t: float, regime: int, rule: Any, extra: bool) -> tuple[float, ...]:
        rules, cal = self.scenario.deadlines, self.cal
        if rules is not None and self.forward_by_regime[regime]:
            return cal.legal_deadline(t, rules.forward.days, rules.forward.months), *NO_EXTENSION
        if rule is None:
            return math.nan, *NO_EXTENSION
        span: Span = rule.extra_study.span if extra else rule.base
        base = cal.legal_deadline(t, span.days, span.months)
        ext = rule.extension
        if ext is None:
            return base, *NO_EXTENSION
        last_day = cal.date_of(base - 1e-6)
        extended = cal.deadline_for_day(last_day, ext.span.days, ext.span.months)
        return base, extended, ext.decided_days_before * 24.0, ext.probability


def _same(t: float) -> float:
    """Identity: the time rule of an agency working at any hour."""
    return t


def draw_arrivals(plan: Plan, streams: Streams) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Non-homogeneous Poisson arrivals by per-hour counts: (times, channel, district)."""
    sc = plan.scenario
    times, chans, dists = [], [], []
    n_d = len(plan.districts)
    camp: dict[tuple[int, Any], list[tuple[int, float]]] = {}
    for cp in sc.campaigns:
        di = plan.districts.index(cp.district)
        for ci, ch in enumerate(sc.channels):
            if cp.channels is None or ch.id in cp.channels:
                camp.setdefault((ci, cp.date), []).append((di, cp.factor))
    for ci in range(len(sc.channels)):
        rng = streams[f"arrivals:{plan.channels[ci]}"]
        lam = plan.channel_lambda[ci]
        mult = np.tile(plan.district_share, (len(lam), 1))
        for h, dte in enumerate(plan.hour_dates):
            for di, factor in camp.get((ci, dte), ()):
                mult[h, di] *= factor
        counts = rng.poisson(lam[:, None] * mult)  # per hour and district
        idx = np.repeat(np.arange(counts.size), counts.ravel())
        hours_i, di_arr = np.divmod(idx, n_d)
        t = hours_i.astype(float) + rng.random(len(idx))
        keep = t < plan.horizon
        times.append(t[keep])
        chans.append(np.full(int(keep.sum()), ci, dtype=np.int64))
        dists.append(di_arr[keep].astype(np.int64))
    t_all = np.concatenate(times) if times else np.zeros(0)
    order = np.argsort(t_all, kind="stable")
    return t_all[order], np.concatenate(chans)[order], np.concatenate(dists)[order]


def by_group(
    out: np.ndarray, groups: np.ndarray, draw: Callable[[int, np.ndarray], Any]
) -> np.ndarray:
    """``out`` with ``draw(g, mask)`` put where ``groups == g``, for every group present
    (``draw`` returns None to leave a group as it is)."""
    for g in np.unique(groups).tolist():
        mask = groups == g
        value = draw(g, mask)
        if value is not None:
            out[mask] = value
    return out


def draw_cases(  # noqa: PLR0915 - one block per random attribute
    plan: Plan,
    streams: Streams,
    t: np.ndarray,
    channel: np.ndarray,
    *,
    category: np.ndarray | None = None,
    prefix: str = "",
) -> dict[str, Any]:
    """Draw every random attribute of ``len(t)`` cases at once, from named streams: one per
    attribute, or one per attribute and group (a stage's work in a category, say), so that
    each group keeps its own sequence whatever the others draw."""
    sc = plan.scenario
    n = len(t)
    cats = plan.categories

    def stream(name: str) -> np.random.Generator:
        return streams[prefix + name]

    def per_group(
        groups: np.ndarray, ids: list[str], fill: float, dists: list[Any], name: str
    ) -> np.ndarray:
        """A draw of ``dists[g]`` for the cases of each group ``g`` from the stream
        ``<name>:<ids[g]>``; ``fill`` where that is None or the group is -1."""

        def draw(g: int, mask: np.ndarray) -> np.ndarray | None:
            dist = dists[g] if g >= 0 else None
            return None if dist is None else dist.sample(stream(f"{name}:{ids[g]}"), mask.sum())

        return by_group(np.full(n, fill), groups, draw)

    if category is None:
        mix = [_cum([ch.mix.get(c, 0.0) for c in cats]) for ch in sc.channels]
        category = by_group(
            np.zeros(n, dtype=np.int64),
            channel,
            lambda ci, m: _pick(stream(f"mix:{plan.channels[ci]}").random(m.sum()), mix[ci]),
        )
    u_kind = stream("kinds").random(n)
    kind = by_group(
        np.zeros(n, dtype=np.int64), category, lambda ci, m: _pick(u_kind[m], plan.kind_cum[ci])
    )
    regime = np.asarray(plan.regime_index, dtype=np.int64)[category]
    if plan.has_regime_mix:
        u_regime = stream("regimes").random(n)

        def pick_regime(ci: int, mask: np.ndarray) -> np.ndarray | None:
            cum = plan.regime_cum[ci]
            return None if cum is None else _pick(u_regime[mask], cum)

        regime = by_group(regime, category, pick_regime)
    anon_p = np.array([ch.anonymous_share for ch in sc.channels])[channel] if n else np.zeros(0)
    out: dict[str, Any] = {"category": category, "kind": kind, "regime": regime}
    out["anonymous"] = stream("anonymous").random(n) < anon_p
    # The officer's work per stage, and the study (the check's elapsed time) in working hours.
    out["service"] = [
        per_group(category, cats, 0.0, [st.service_for(c) for c in cats], f"service:{st.id}")
        for st in sc.stages
    ]
    out["study"] = [
        per_group(category, cats, 0.0, plan.study_dists[si], f"study:{st.id}")
        * np.asarray(plan.study_factor[si])[category]
        for si, st in enumerate(sc.stages)
    ]
    patience = [ch.patience for ch in sc.channels]
    out["patience"] = per_group(channel, plan.channels, np.inf, patience, "patience")
    out["u_misroute"] = stream("routing").random(n)
    out["u_forward"] = stream("forward").random(n)
    # Inter-agency requests: whether, to which agency, and how long it takes to answer.
    u_req, u_ag = stream("requests").random(n), stream("request-agency").random(n)
    agency = np.full(n, -1, dtype=np.int64)
    for ci, cat in enumerate(sc.categories):
        if cat.requests is None or cat.requests.probability <= 0:
            continue
        mask = (category == ci) & (u_req < cat.requests.probability)
        if mask.any():
            ids = list(cat.requests.agencies)
            picks = _pick(u_ag[mask], _cum([cat.requests.agencies[a] for a in ids]))
            agency[mask] = np.array([plan.agencies.index(a) for a in ids])[picks]
    out["request_agency"] = agency
    response = [a.response for a in sc.agencies]
    escalated = [a.escalated_response for a in sc.agencies]
    out["response"] = per_group(agency, plan.agencies, 0.0, response, "agency")
    out["escalated_response"] = per_group(
        agency, plan.agencies, np.inf, escalated, "agency-escalated"
    )
    out["u_extra"] = stream("extra-study").random(n)
    out["u_extend"] = stream("extension").random(n)
    if sc.deadlines is None:  # no deadlines (an M/M/c check, say)
        periods = np.tile(np.array([[math.nan, *NO_EXTENSION]]).T, n)
    else:
        received = zip(
            t.tolist(), regime.tolist(), kind.tolist(), out["u_extra"].tolist(), strict=True
        )
        periods = np.array([plan.deadlines(*appeal) for appeal in received]).reshape(n, 4).T
    out.update(zip(("deadline0", "deadline1", "extend_lead", "p_extend"), periods, strict=True))
    out["u_repeat"] = stream("repeats").random(n)
    repeats = sc.repeats
    out["repeat_delay"] = (
        np.full(n, np.inf) if repeats is None else repeats.delay.sample(stream("repeat-delay"), n)
    )
    return out


#: Per-case attributes a replication reads (from the draws; a repeat appeal appends to them).
CASE_LIST_KEYS = (
    "arrive",
    "channel",
    "district",
    "category",
    "kind",
    "regime",
    "anonymous",
    "patience",
    "u_misroute",
    "u_forward",
    "request_agency",
    "response",
    "escalated_response",
    "deadline0",
    "deadline1",
    "extend_lead",
    "u_extend",
    "p_extend",
    "u_repeat",
    "repeat_delay",
)
#: What a repeat appeal draws afresh (it keeps the parent's channel, district, category and
#: regime, and is not anonymous).
REPEAT_DRAWN = CASE_LIST_KEYS[7:]


def initial_cases(
    t_arr: np.ndarray, ch_arr: np.ndarray, di_arr: np.ndarray, drawn: dict[str, Any]
) -> dict[str, np.ndarray]:
    """A replication's per-case attributes before it runs: the arrivals and draws, and what
    the run fills in (every appeal open, none a repeat, none extended)."""
    n0 = len(t_arr)
    return {
        "arrive": t_arr,
        "channel": ch_arr,
        "district": di_arr,
        **{key: drawn[key] for key in CASE_LIST_KEYS[3:]},
        "citizen": np.where(drawn["anonymous"], -1, np.arange(n0)),
        "repeat_of": np.full(n0, -1, dtype=np.int64),
        "chain": np.zeros(n0, dtype=np.int64),
        "extended": np.zeros(n0, dtype=bool),
        "extend_t": np.full(n0, math.inf),
        "close": np.full(n0, math.nan),
        "outcome": np.full(n0, -1, dtype=np.int64),
    }


def append_repeat_case(
    case: MutableMapping[str, list[Any]],
    work: dict[str, list[list[float]]],
    parent: int,
    t_new: float,
    draw: dict[str, Any],
) -> None:
    """Add a repeat appeal to the per-case lists, and its ``service`` and ``study`` per stage
    to ``work``: the parent's channel, district, category, regime and citizen, received at
    ``t_new``, the rest from ``draw`` (:class:`RepeatDraws`), open."""
    for key in ("channel", "district", "category", "regime", "citizen"):
        case[key].append(case[key][parent])
    for key in REPEAT_DRAWN:
        case[key].append(draw[key])
    for key, value in (
        ("arrive", t_new),
        ("anonymous", False),
        ("kind", draw["kind"]),
        ("repeat_of", parent),
        ("chain", case["chain"][parent] + 1),
        ("close", math.nan),
        ("outcome", -1),
        ("extended", False),
        ("extend_t", math.inf),
    ):
        case[key].append(value)
    for key, columns in work.items():
        for column, value in zip(columns, draw[key], strict=True):
            column.append(value)


class RepeatDraws:
    """Draws for repeat appeals: a batch at a time per (channel, category), from streams of
    their own (repeats leave every other stream as it is), with the deadlines of the moment
    the repeat is received."""

    BATCH = 64

    def __init__(self, plan: Plan, streams: Streams) -> None:
        self.plan = plan
        self.streams = streams
        self._batches: dict[tuple[int, int], list[dict[str, Any]]] = {}

    def __call__(self, ch: int, cat: int, t_new: float, *, regime: int) -> dict[str, Any]:
        """The next draws for a repeat on channel ``ch`` in category ``cat`` at ``t_new`` (by
        the keys of :func:`append_repeat_case`); the repeat keeps the parent's ``regime`` (an
        index into ``plan.regime_ids``), and its deadlines follow it."""
        plan = self.plan
        batch = self._batches.get((ch, cat))
        if not batch:
            k = self.BATCH
            d = draw_cases(
                plan,
                self.streams,
                np.zeros(k),
                np.full(k, ch, dtype=np.int64),
                category=np.full(k, cat, dtype=np.int64),
                prefix=f"repeat:{plan.channels[ch]}:{plan.categories[cat]}:",
            )
            batch = [
                {
                    **{key: d[key][r].item() for key in ("kind", *REPEAT_DRAWN, "u_extra")},
                    "service": tuple(col[r].item() for col in d["service"]),
                    "study": tuple(col[r].item() for col in d["study"]),
                }
                for r in range(k)
            ]
            batch.reverse()
            self._batches[(ch, cat)] = batch
        draw = batch.pop()
        u_extra = draw.pop("u_extra")
        draw["regime"] = regime
        d0, d1, lead, p_ext = plan.deadlines(t_new, regime, draw["kind"], u_extra)
        draw.update(deadline0=d0, deadline1=d1, extend_lead=lead, p_extend=p_ext)
        return draw
