"""Hypothesis property tests over generated scenarios: invariants every run must keep.

Lifecycle order (per appeal and per visit to a stage), conservation (every arrival is closed,
abandoned or still in the system, and the drain empties it), capacity (an officer serves one
appeal at a time, a pool never has more busy than on duty), the queue lengths the log records
(the number waiting for the pool at that moment), and Little's law on the sample path: with
the system empty at both ends, the area under the number in system (in queue) equals the sum
of the times in system (in queue), i.e. L = lambda W exactly.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from malaka.simulations.cases import derive_cases
from malaka.simulations.runner import run_one
from malaka.simulations.scenario import Scenario, staffing_profile

WEEK = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


@st.composite
def dists(draw: st.DrawFn, lo: float = 0.05, hi: float = 1.5) -> dict[str, Any]:
    mean = draw(st.floats(lo, hi))
    kind = draw(st.sampled_from(["exponential", "lognormal", "gamma", "constant", "empirical"]))
    if kind == "exponential":
        return {"dist": kind, "mean": mean}
    if kind in ("lognormal", "gamma"):
        return {"dist": kind, "mean": mean, "sd": mean * draw(st.floats(0.2, 1.5))}
    if kind == "constant":
        return {"dist": kind, "value": mean}
    return {"dist": kind, "values": [mean * 0.5, mean, mean * 2]}


@st.composite
def pools(draw: st.DrawFn, pool_id: str) -> dict[str, Any]:
    if draw(st.booleans()):
        shifts = [{"staff": draw(st.integers(1, 3)), "on_holidays": True}]
    else:
        split = draw(st.integers(10, 16))
        shifts = [
            {"days": WEEK[:5], "start": 8, "end": split, "staff": draw(st.integers(1, 4))},
            {"days": WEEK[:6], "start": split, "end": 20, "staff": draw(st.integers(1, 3))},
        ]
    return {"id": pool_id, "shifts": shifts}


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    hotline = draw(st.booleans())
    channels: list[dict[str, Any]] = [
        {
            "id": "e_murojaat",
            "rate_per_day": draw(st.floats(3, 40)),
            "mix": {"theft": 0.5, "social": 0.2, "migration": 0.3},
            "anonymous_share": draw(st.sampled_from([0.0, 0.1])),
        }
    ]
    stages: list[dict[str, Any]] = []
    pool_list = [draw(pools("office")), draw(pools("registry"))]
    if hotline:
        channels.append(
            {
                "id": "hotline_1102",
                "rate_per_day": draw(st.floats(3, 40)),
                "mix": {"misconduct": 1.0},
                "patience": draw(dists(0.02, 0.5)),
            }
        )
        stages.append(
            {
                "id": "call",
                "channels": ["hotline_1102"],
                "pool": "hotline",
                "service": draw(dists(0.02, 0.3)),
            }
        )
        pool_list.append(draw(pools("hotline")))
    if draw(st.booleans()):
        stages.append(
            {
                "id": "registration",
                "role": "registration",
                "pool": "registry",
                "service": draw(dists(0.05, 0.3)),
            }
        )
    p_mis = draw(st.sampled_from([0.0, 0.2]))
    triage: dict[str, Any] = {
        "id": "triage",
        "role": "triage",
        "pool": "office",
        "service": draw(dists(0.05, 0.5)),
        "misroute_probability": p_mis,
    }
    if p_mis:
        triage["reroute_delay"] = draw(dists(1.0, 24.0))
    stages += [
        triage,
        {
            "id": "handling",
            "role": "handling",
            "pool": "office",
            "service": draw(dists()),
            "service_by_category": {"theft": draw(dists())},
        },
    ]
    data: dict[str, Any] = {
        "id": "generated",
        "title": {"uz": "g", "ru": "g", "en": "g"},
        "calendar": {
            "start": "2026-03-02",
            "horizon_days": draw(st.floats(1, 5)),
            "drain_days": 120,
            "working_hours": {"start": 9, "end": 18},
            "holidays": ["2026-03-09"],
        },
        "districts": [{"id": "a", "share": 0.5}, {"id": "b", "share": 0.5}],
        "channels": channels,
        "categories": [
            {
                "id": "theft",
                "requests": {
                    "probability": draw(st.sampled_from([0.0, 0.5])),
                    "agencies": {"court": 1.0},
                },
            },
            {"id": "social"},
            {"id": "migration"},
            {"id": "misconduct"},
        ],
        "stages": stages,
        "pools": pool_list,
        "agencies": [
            {
                "id": "court",
                "response": draw(dists(1.0, 100.0)),
                "remind_after_days": 1,
                "escalate_after_days": 2,
                "escalated_response": draw(dists(1.0, 24.0)),
            }
        ],
        "deadlines": {
            "rules": [{"base": {"days": 3}, "extension": {"probability": 0.5, "span": {"days": 3}}}]
        }
        if draw(st.booleans())
        else None,
        "repeats": {"when_late": 0.5, "when_answered": 0.2, "delay": draw(dists(1.0, 48.0))}
        if draw(st.booleans())
        else None,
    }
    return Scenario.model_validate(data)


ORDER = {"enqueue": 0, "start": 1, "complete": 2, "abandon": 2}


def check_lifecycles(df: pd.DataFrame) -> None:
    """Every case: arrive first, close last (if closed), enqueue -> start -> complete per visit."""
    assert (np.diff(df.t.to_numpy()) >= 0).all()  # the log is in time order
    for _, rows in df.groupby("case_id", sort=False):
        life = rows.lifecycle.tolist()
        t = rows.t.to_numpy()
        assert life[0] == "arrive"
        assert (np.diff(t) >= 0).all()
        assert life.count("arrive") == 1
        assert life.count("close") <= 1
        if "close" in life:
            assert life[-1] == "close"
        state = None
        for step in life:
            if step == "enqueue":
                assert state in (None, "complete", "abandon"), life
            elif step == "start":
                assert state == "enqueue", life
            elif step == "complete":
                assert state == "start", life
            elif step == "abandon":
                assert state == "enqueue", life
            elif step == "close":  # not while waiting or in service
                assert state in (None, "complete", "abandon"), life
            if step in ORDER:
                state = step


def check_queue_lengths(df: pd.DataFrame, scenario: Scenario) -> None:
    """The ``queue_len`` of a row is the number waiting for the row's pool at that moment:
    before the appeal joins on ``enqueue``, after it left on ``start`` and ``abandon``.

    The number waiting is rebuilt from the rows, in log order: +1 per enqueue, -1 per start
    or abandon (an appeal an idle officer takes at once is both, at the same moment).
    """
    stages = {st.id: st for st in scenario.stages}
    rows = df[df.lifecycle.isin(["enqueue", "start", "abandon"])]
    waiting: dict[str, int] = {}
    for activity, category, life, qlen in zip(
        rows.activity, rows.category, rows.lifecycle, rows.queue_len, strict=True
    ):
        pool = stages[activity].pool_for(category)
        n = waiting.get(pool, 0)
        if life == "enqueue":
            assert qlen == n, (pool, life, qlen, n)
            waiting[pool] = n + 1
        else:
            waiting[pool] = n - 1
            assert qlen == n - 1, (pool, life, qlen, n - 1)
    assert all(n == 0 for n in waiting.values())  # drained


def area_under(times: np.ndarray, steps: np.ndarray, end: float) -> float:
    """Integral of the running sum of ``steps`` (applied at ``times``) up to ``end``."""
    order = np.argsort(times, kind="stable")
    t, level = times[order], np.cumsum(steps[order])
    widths = np.diff(np.append(t, end))
    return float((level * widths).sum())


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)
@given(scenarios(), st.integers(0, 2**31 - 1))
def test_invariants_hold_on_generated_scenarios(scenario: Scenario, seed: int) -> None:
    events = run_one(scenario, 0, seed)
    df = events.to_pandas()
    cases = derive_cases(events).to_pandas()
    end = scenario.calendar.end_hours

    check_lifecycles(df)
    check_queue_lengths(df, scenario)

    # no negative waits or service times
    assert (cases.wait_h >= -1e-9).all()
    assert (cases.service_h >= -1e-9).all()

    # conservation: arrived = closed + abandoned + in system; the drain empties the system
    n_arrived = int((df.lifecycle == "arrive").sum())
    closed = cases.outcome.isin(["answered", "forwarded", "left_without_consideration"]).sum()
    abandoned = (cases.outcome == "abandoned").sum()
    in_system = cases.open_at_end.sum()
    assert n_arrived == closed + abandoned + in_system == len(cases)
    assert in_system == 0

    # utilisation: an officer does one case at a time; a pool never exceeds its headcount
    busy = df[df.lifecycle.isin(["start", "complete"])]
    for officer, rows in busy.groupby("resource"):
        seq = rows.lifecycle.tolist()
        assert seq == ["start", "complete"] * (len(seq) // 2), officer
    for pool in scenario.pools:
        prof = staffing_profile(scenario, pool.id)
        times = np.array([t for t, _ in prof])
        heads = np.array([n for _, n in prof])
        rows = busy[busy.resource.str.startswith(pool.id + "#")]
        level = np.cumsum(np.where(rows.lifecycle == "start", 1, -1))
        starts = (rows.lifecycle == "start").to_numpy()
        cap = heads[np.searchsorted(times, rows.t.to_numpy(), side="right") - 1]
        assert (level[starts] <= cap[starts]).all(), pool.id
    # each officer's busy time fits in the run; the KPI utilisation stays in [0, 1]
    spans = busy.assign(sign=np.where(busy.lifecycle == "start", -1.0, 1.0) * busy.t)
    per_officer = spans.groupby("resource").sign.sum()
    assert ((per_officer >= 0) & (per_officer <= end)).all()
    from malaka.simulations.kpis import compute_kpis

    kpis = compute_kpis(events, derive_cases(events), scenario)
    for name, stat in kpis["summary"].items():
        if name.startswith("utilisation.") and stat["mean"] is not None:
            # busy / on-duty hours of a pool busy all along may round one ulp above 1
            assert 0.0 <= stat["mean"] <= 1.0 + 1e-12, (name, stat)

    # exact sample-path Little's law: L = lambda * W when the system starts and ends empty
    arr = df[df.lifecycle == "arrive"]
    cls = df[df.lifecycle == "close"]
    times = np.concatenate([arr.t.to_numpy(), cls.t.to_numpy()])
    steps = np.concatenate([np.ones(len(arr)), -np.ones(len(cls))])
    area = area_under(times, steps, end)
    total_sojourn = float((cases.close_t - cases.arrive_t).sum())
    if n_arrived:
        big_l = area / end
        lam = n_arrived / end
        w = total_sojourn / n_arrived
        assert abs(big_l - lam * w) <= 1e-9 * max(1.0, big_l)
    # and per queue: the time-average queue length equals arrival rate times mean wait
    enq = df[df.lifecycle == "enqueue"]
    left = df[df.lifecycle.isin(["start", "abandon"])]
    times = np.concatenate([enq.t.to_numpy(), left.t.to_numpy()])
    steps = np.concatenate([np.ones(len(enq)), -np.ones(len(left))])
    assert abs(area_under(times, steps, end) - float(cases.wait_h.sum())) <= 1e-6 * max(
        1.0, float(cases.wait_h.sum())
    )
