"""KPIs on small hand-built event logs whose answers are worked out by hand."""

from __future__ import annotations

import json
import math

import pytest

from malaka.simulations import kpis as K  # noqa: N812 - short alias keeps the hand counts readable

WINDOW = K.Window(
    warmup_h=10.0,
    horizon_h=100.0,
    staff_hours=lambda _pool, t0, t1: 2.0 * (t1 - t0),  # two officers on duty all the time
    pools=("registry", "handling"),
    realtime_channels=frozenset({"hotline"}),
    scenario_id="test",
)


def build_replication(log, rep: int, late_close: float) -> None:  # type: ignore[no-untyped-def]
    """Seven appeals covering every case the KPIs distinguish."""
    # Arrives during warm-up: not counted, but part of the backlog until it closes at 15.
    log.case(rep, "W", 5.0, close=15.0, deadline=50.0)
    # On time: 8 h to answer; 2 h registry + 6 h handling.
    log.case(
        rep,
        "B",
        12.0,
        stages=[("registration", "registry#1", 12.0, 14.0), ("handling", "handling#1", 14.0, 20.0)],
        close=20.0,
        deadline=50.0,
    )
    # Late: answered after its deadline; another category and channel.
    log.case(
        rep,
        "C",
        20.0,
        close=late_close,
        deadline=30.0,
        category="cat_b",
        channel="mail",
        stages=[("handling", "handling#2", 25.0, late_close)],
    )
    # Still open at the end, deadline passed: late.
    log.case(rep, "D", 30.0, deadline=60.0, stages=[("registration", "registry#1", 95.0, 100.0)])
    # Still open, deadline after the horizon: censored, not counted either way.
    log.case(rep, "E", 90.0, deadline=200.0)
    # Hotline: one abandons, one is answered on time and is a repeat of C.
    log.row(rep, "F", "arrive", 50.0, channel="hotline")
    log.row(rep, "F", "abandon", 50.5, channel="hotline")
    log.row(rep, "F", "close", 50.5, channel="hotline", outcome="abandoned")
    log.case(rep, "G", 60.0, close=64.0, deadline=80.0, channel="hotline", repeat_of="C")
    # Inter-agency: two requests, one overdue (reminder and escalation for the same request).
    for agency, overdue in (("prosecutor", True), ("court", False)):
        log.row(rep, "B", "request", 15.0, activity=agency, agency=agency, deadline=50.0)
        if overdue:
            log.row(rep, "B", "remind", 16.0, activity=agency, agency=agency, deadline=50.0)
            log.row(rep, "B", "escalate", 17.0, activity=agency, agency=agency, deadline=50.0)
        log.row(rep, "B", "reply", 18.0, activity=agency, agency=agency, deadline=50.0)


def test_single_replication_known_answers(log) -> None:  # type: ignore[no-untyped-def]
    """Every KPI of one replication equals the hand count."""
    build_replication(log, 0, late_close=40.0)
    out = K.compute_kpis(log.table(), None, window=WINDOW)
    r = out["per_replication"][0]
    assert r["arrived"] == 6  # W excluded
    # eligible: B on time, C late, D late, G on time; E censored, F no deadline
    assert r["on_time_share"] == pytest.approx(2 / 4)
    assert r["on_time_by_category"] == {"cat_a": pytest.approx(2 / 3), "cat_b": 0.0}
    assert r["on_time_by_channel"] == {"electronic": 0.5, "hotline": 1.0, "mail": 0.0}
    # answered: B 8 h, C 20 h, G 4 h
    assert r["time_to_answer_mean_h"] == pytest.approx(32 / 3)
    assert r["time_to_answer_p50_h"] == pytest.approx(8.0)
    assert r["abandonment_rate"] == pytest.approx(1 / 2)
    assert r["repeat_rate"] == pytest.approx(1 / 6)
    assert r["requests"] == 2
    assert r["overdue_requests"] == 1
    assert r["overdue_request_share"] == 0.5
    # registry busy 2 h (B) + 5 h (D, started 95, still busy at 100) over 2*90 officer-hours
    assert r["utilisation"]["registry"] == pytest.approx(7 / 180)
    # handling: B 6 h + C 15 h (25..40)
    assert r["utilisation"]["handling"] == pytest.approx(21 / 180)


def test_backlog_counts_open_appeals_on_the_grid(log) -> None:  # type: ignore[no-untyped-def]
    """Backlog at t is arrivals up to t minus closes up to t, warm-up leftovers included."""
    build_replication(log, 0, late_close=40.0)
    out = K.compute_kpis(log.table(), None, window=WINDOW)
    grid = out["backlog"]["t"]
    assert grid[0] == 10.0
    assert grid[-1] == 100.0
    at = dict(zip(grid, out["backlog"]["mean"], strict=True))
    assert at[10.0] == 1  # W
    assert at[12.0] == 2  # W, B
    assert at[15.0] == 1  # B (W closed at 15)
    assert at[35.0] == 2  # C, D
    assert at[100.0] == 2  # D, E
    assert out["per_replication"][0]["backlog_max"] == 2


def test_across_replications_t_interval(log) -> None:  # type: ignore[no-untyped-def]
    """Two replications: mean and t(0.975, 1)·sd/√2 half-width of a KPI that differs."""
    build_replication(log, 0, late_close=40.0)
    build_replication(log, 1, late_close=28.0)  # C now on time: share 3/4, C answers in 8 h
    out = K.compute_kpis(log.table(), None, window=WINDOW)
    share = out["summary"]["on_time_share"]
    assert share["mean"] == pytest.approx(0.625)
    sd = math.sqrt(((0.5 - 0.625) ** 2 + (0.75 - 0.625) ** 2) / 1)
    assert share["half_width"] == pytest.approx(12.706204736 * sd / math.sqrt(2), rel=1e-6)
    assert out["across"]["on_time_by_category.cat_b"]["mean"] == 0.5
    assert out["replications"] == 2
    assert "utilisation.handling" in out["summary"]


def test_output_is_json_without_nan(log) -> None:  # type: ignore[no-untyped-def]
    """Undefined KPIs (one replication: no half-width) are null, and the dict is strict JSON."""
    build_replication(log, 0, late_close=40.0)
    out = K.compute_kpis(log.table(), None, window=WINDOW)
    text = json.dumps(out, allow_nan=False)
    assert json.loads(text)["summary"]["on_time_share"]["half_width"] is None


def test_cases_table_overrides_overdue_counts(log) -> None:  # type: ignore[no-untyped-def]
    """When cases carries request counts (the engine's own definition), they are used."""
    import pyarrow as pa

    build_replication(log, 0, late_close=40.0)
    cases = pa.table(
        {
            "replication": [0, 0, 0],
            "case_id": ["W", "B", "C"],
            "arrive_t": [5.0, 12.0, 20.0],
            "n_requests": [4, 2, 1],
            "n_overdue_requests": [4, 0, 1],
        }
    )
    r = K.compute_kpis(log.table(), cases, window=WINDOW)["per_replication"][0]
    assert (r["requests"], r["overdue_requests"]) == (3, 1)


def test_summarise_ignores_missing_values() -> None:
    """Replications without data for a KPI do not drag its mean."""
    s = K.summarise([1.0, math.nan, 3.0])
    assert s["mean"] == 2.0
    assert s["n"] == 2
    assert K.summarise([])["mean"] is None


def test_on_duty_hours_integrates_the_schedule() -> None:
    """Officer-hours of a step schedule over a window that cuts its steps."""
    points = [(0.0, 0), (9.0, 3), (18.0, 0), (33.0, 2), (42.0, 0)]
    assert K.on_duty_hours(points, 0.0, 48.0) == 3 * 9 + 2 * 9
    assert K.on_duty_hours(points, 10.0, 35.0) == 3 * 8 + 2 * 2


def test_open_appeals_are_judged_at_the_end_of_the_drain(log) -> None:  # type: ignore[no-untyped-def]
    """With a drain period, an open appeal whose deadline falls inside it counts as late."""
    log.case(0, "X", 20.0, deadline=110.0)  # open; deadline after horizon, before end of drain
    log.case(0, "Y", 20.0, deadline=150.0)  # open; deadline after the end: censored
    log.case(0, "Z", 20.0, close=30.0, deadline=110.0)
    window = K.Window(warmup_h=10.0, horizon_h=100.0, end_h=120.0)
    r = K.compute_kpis(log.table(), None, window=window)["per_replication"][0]
    assert r["on_time_share"] == 0.5


def test_overtime_counts_as_time_on_duty(log) -> None:  # type: ignore[no-untyped-def]
    """Work finished after the shift ends is overtime; utilisation then stays at most 1."""
    # one officer on duty 0-8 and 24-32; a case served 6-11 runs 3 h past the shift
    schedule = [(0.0, 1), (8.0, 0), (24.0, 1), (32.0, 0)]
    log.case(0, "A", 0.0, stages=[("handling", "handling#1", 0.0, 6.0)], close=6.0)
    log.case(0, "B", 1.0, stages=[("handling", "handling#1", 6.0, 11.0)], close=11.0)
    window = K.Window(
        warmup_h=0.0,
        horizon_h=48.0,
        staff_hours=lambda _p, t0, t1: K.on_duty_hours(schedule, t0, t1),
        pools=("handling",),
        schedules={"handling": schedule},
    )
    r = K.compute_kpis(log.table(), None, window=window)["per_replication"][0]
    assert r["overtime_h"]["handling"] == pytest.approx(3.0)
    assert r["utilisation"]["handling"] == pytest.approx(11.0 / (16.0 + 3.0))


def test_empty_log_gives_empty_kpis(log) -> None:  # type: ignore[no-untyped-def]
    """A log without rows (nothing arrived) gives no replications and an empty summary."""
    out = K.compute_kpis(log.table(), None, window=WINDOW)
    assert out["replications"] == 0
    assert out["per_replication"] == []
    assert all(v["mean"] is None for v in out["summary"].values())


def test_kpis_from_log_alone_equal_kpis_with_the_cases_table() -> None:
    """The simulator's cases table and the log give the same KPIs (one district replication)."""
    from pathlib import Path

    from malaka.simulations.cases import derive_cases
    from malaka.simulations.runner import run_one
    from malaka.simulations.scenario import load_scenario

    repo = Path(__file__).resolve().parents[2]
    sc = load_scenario(repo / "simulations" / "scenarios" / "tuman-iib.yaml")
    events = run_one(sc, 0, 5)
    alone = K.compute_kpis(events, None, sc)
    with_cases = K.compute_kpis(events, derive_cases(events), sc)
    a, b = alone["per_replication"][0], with_cases["per_replication"][0]
    for key in (
        "arrived",
        "closed",
        "answered",
        "on_time_share",
        "on_time_by_category",
        "on_time_by_channel",
        "time_to_answer_mean_h",
        "time_to_answer_p90_h",
        "backlog_mean",
        "repeat_rate",
        "abandonment_rate",
        "requests",
        "overdue_requests",
        "utilisation",
    ):
        assert a[key] == pytest.approx(b[key]), key
    assert 0 < a["on_time_share"] <= 1
    assert all(0 <= u <= 1 for u in a["utilisation"].values())


def test_excess_hours_counts_busy_officers_beyond_the_schedule() -> None:
    """Two officers busy while one is scheduled: the second one's time is overtime."""
    import numpy as np

    schedule = [(0.0, 2), (10.0, 1), (20.0, 0)]
    lo = np.array([8.0, 9.0, 19.0])
    hi = np.array([12.0, 11.0, 22.0])
    # 10-11: two busy, one scheduled -> 1 h; 20-22: one busy, none scheduled -> 2 h
    assert K.excess_hours(lo, hi, schedule) == pytest.approx(3.0)
    assert K.excess_hours(lo[:0], hi[:0], schedule) == 0.0
