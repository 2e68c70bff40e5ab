"""The SimPy model: reproducibility, rules of the domain, the calendar (the runner itself:
test_runner.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
import pytest

from malaka import eventlog
from malaka.simulations.calendar import WorkCalendar, add_months
from malaka.simulations.cases import CASE_COLUMNS, derive_cases
from malaka.simulations.model import Plan
from malaka.simulations.runner import run_one, run_replications
from malaka.simulations.scenario import Scenario, staffing_profile

TZ = ZoneInfo("Asia/Tashkent")


def frame(table: Any) -> pd.DataFrame:
    return table.to_pandas()


@pytest.fixture
def drained(make_scenario: Callable[..., Scenario]) -> Scenario:
    """The small scenario with a drain period, so most appeals finish."""
    sc = make_scenario()
    cal = sc.calendar.model_copy(update={"drain_days": 40})
    return sc.model_copy(update={"calendar": cal})


def test_log_follows_the_contract(drained: Scenario) -> None:
    table = run_one(drained, 0, 3)
    assert table.schema.equals(eventlog.SCHEMA)
    meta = eventlog.metadata_of(table)
    assert set(eventlog.METADATA_KEYS) <= set(meta)
    assert meta["scenario_id"] == "small"
    assert meta["scenario_sha256"] == drained.sha256()
    assert meta["seed"] == 3
    df = frame(table)
    assert set(df["lifecycle"]) <= set(eventlog.LIFECYCLES)
    assert set(df["outcome"]) <= {*eventlog.OUTCOMES, ""}
    assert (df.loc[df.lifecycle != "close", "outcome"] == "").all()
    assert (df.loc[df.lifecycle == "close", "outcome"] != "").all()
    assert df["t"].is_monotonic_increasing
    starts = df[df.lifecycle == "start"]
    assert starts["resource"].str.match(r"^[a-z_]+#\d+$").all()


def test_same_seed_same_log_other_seed_other_log(drained: Scenario) -> None:
    a, b, c = run_one(drained, 0, 11), run_one(drained, 0, 11), run_one(drained, 0, 12)
    assert frame(a).equals(frame(b))
    assert not frame(a).equals(frame(c))
    assert not frame(a).equals(frame(run_one(drained, 1, 11)))


def test_common_random_numbers_keep_arrivals_when_staff_changes(drained: Scenario) -> None:
    a = frame(run_one(drained, 0, 4))
    b = frame(run_one(drained.with_staff({"office": [6, 4]}), 0, 4))
    cols = ["case_id", "t", "channel", "category", "kind", "district"]
    first = a[(a.lifecycle == "arrive") & (a.repeat_of == "")][cols].reset_index(drop=True)
    second = b[(b.lifecycle == "arrive") & (b.repeat_of == "")][cols].reset_index(drop=True)
    assert first.equals(second)

    # the work content is the same too: service times of first passes match case by case
    def services(df: pd.DataFrame) -> pd.Series:
        s = df[
            df.lifecycle.isin(["start", "complete"])
            & (df.activity == "registration")
            & (df.repeat_of == "")
        ]
        g = s.groupby("case_id")["t"]
        return (g.max() - g.min()).round(9)

    common = services(a).index.intersection(services(b).index)
    assert len(common) > 50
    assert (services(a)[common] == services(b)[common]).all()


def test_shift_headcount_is_never_exceeded(drained: Scenario) -> None:
    df = frame(run_one(drained, 0, 2))
    for pool in ("office", "registry", "investigation", "hotline"):
        prof = staffing_profile(drained, pool)
        times = np.array([t for t, _ in prof])
        heads = np.array([n for _, n in prof])
        rows = df[df.resource.str.startswith(pool + "#")].sort_values("t", kind="stable")
        busy = 0
        for life, t in zip(rows.lifecycle, rows.t, strict=True):
            busy += 1 if life == "start" else -1
            if life == "start":
                cap = heads[np.searchsorted(times, t, side="right") - 1]
                assert busy <= cap, (pool, t, busy, cap)


def test_registration_happens_in_working_hours(drained: Scenario) -> None:
    cal = drained.calendar.work_calendar()
    df = frame(run_one(drained, 0, 2))
    reg = df[(df.activity == "registration") & (df.lifecycle == "enqueue")]
    assert len(reg) > 50
    assert all(cal.is_working_time(t) for t in reg.t)
    arrivals = df[df.lifecycle == "arrive"].set_index("case_id").t
    late = reg[reg.t > reg.case_id.map(arrivals) + 1e-9]
    assert len(late) > 0  # after-hours appeals wait for the next opening


def test_domain_rules_show_in_the_log(drained: Scenario) -> None:
    df = frame(run_one(drained, 0, 8))
    cases = frame(derive_cases(run_one(drained, 0, 8)))
    by = cases.set_index("case_id")
    # anonymous appeals are left without consideration right after registration
    lwc = by[by.outcome == "left_without_consideration"]
    assert len(lwc) > 0
    assert (lwc.citizen_id == "").all()
    # outside competence (social) is forwarded within 5 days' deadline, never handled
    social = by[by.category == "social"]
    assert set(social.outcome) <= {"forwarded", "left_without_consideration", ""}
    cal = drained.calendar.work_calendar()
    forwarded = by[by.outcome == "forwarded"]
    assert len(forwarded) > 0
    for arrive, deadline in zip(forwarded.arrive_t, forwarded.deadline_t, strict=True):
        assert deadline == cal.legal_deadline(arrive, days=5)
    assert not df[(df.category == "social") & (df.activity == "handling")].shape[0]
    fwd = df[df.lifecycle == "forward"]
    assert (fwd.agency != "own").all()
    # only hotline callers hang up, and only at the call stage
    ab = df[df.lifecycle == "abandon"]
    assert set(ab.channel) <= {"hotline_1102"}
    assert set(ab.activity) <= {"call"}
    # requests: reminders at 3 days, escalations at 5 days after the request, moved into
    # office hours when they fall due while the office is closed
    req = df[df.lifecycle == "request"].set_index("case_id").t
    rem = df[df.lifecycle == "remind"].set_index("case_id").t
    esc = df[df.lifecycle == "escalate"].set_index("case_id").t
    assert len(req) > 0
    plan = Plan(drained)
    np.testing.assert_allclose(rem, [plan.office_time(t + 72.0) for t in req[rem.index]])
    np.testing.assert_allclose(esc, [plan.office_time(t + 120.0) for t in req[esc.index]])
    assert all(cal.is_working_time(t) for t in [*rem, *esc])
    assert (rem - req[rem.index] > 72.0 + 1e-9).any()  # some fell due after hours
    # misrouted appeals visit triage twice, a day apart
    tri = df[(df.activity == "triage") & (df.lifecycle == "enqueue")].groupby("case_id").size()
    assert (tri == 2).any()
    assert tri.max() <= 2


def test_extensions_move_the_deadline_once(drained: Scenario) -> None:
    df = frame(run_one(drained, 0, 8))
    ext = df[df.lifecycle == "extend"]
    assert len(ext) > 0
    for case_id, t_ext in zip(ext.case_id, ext.t, strict=True):
        rows = df[df.case_id == case_id]
        before = rows[rows.t < t_ext].deadline_t.unique()
        after = rows[rows.t >= t_ext].deadline_t.unique()
        assert len(before) == 1
        assert len(after) == 1
        assert after[0] > before[0]


def test_repeat_appeals_keep_the_citizen(drained: Scenario) -> None:
    cases = frame(derive_cases(run_one(drained, 0, 8))).set_index("case_id")
    rep = cases[cases.repeat_of != ""]
    assert len(rep) > 0
    parents = cases.loc[rep.repeat_of]
    assert (rep.citizen_id.to_numpy() == parents.citizen_id.to_numpy()).all()
    assert (rep.arrive_t.to_numpy() > parents.close_t.to_numpy()).all()


def test_urgent_appeals_are_served_first(make_scenario: Callable[..., Scenario]) -> None:
    sc = make_scenario(
        channels=[
            {"id": "e_murojaat", "rate_per_day": 60, "mix": {"theft": 0.5, "misconduct": 0.5}}
        ],
        categories=[{"id": "theft", "urgency": "P1"}, {"id": "misconduct", "urgency": "P4"}],
        stages=[
            {
                "id": "handling",
                "pool": "office",
                "service": {"dist": "exponential", "mean": 0.75},
            }
        ],
        pools=[{"id": "office", "shifts": [{"staff": 2}]}],
        deadlines=None,
        repeats=None,
        agencies=[],
    )
    cases = frame(derive_cases(run_one(sc, 0, 1)))
    waits = cases.groupby("urgency").wait_h.mean()
    assert waits["P1"] < waits["P4"] / 3


def test_cases_table_has_documented_columns(drained: Scenario) -> None:
    events = run_replications(drained, 2, 1, workers=1)
    cases = derive_cases(events)
    assert cases.column_names == [c.name for c in CASE_COLUMNS]
    df = frame(cases)
    ev = frame(events)
    assert len(df) == ev[ev.lifecycle == "arrive"].groupby("replication").size().sum()
    assert (df.wait_h >= 0).all()
    assert (df.service_h >= 0).all()
    done = df[df.outcome.isin(["answered", "forwarded"])]
    assert (done.time_to_answer_h > 0).all()
    judged = done[done.deadline_t.notna()]
    assert (judged.answered_in_time == (judged.close_t <= judged.deadline_t)).all()
    assert df[df.outcome == "abandoned"].answered_in_time.isna().all()
    assert (df.n_overdue_requests <= df.n_requests).all()
    # registered = end of the registration stage (hotline calls come before it)
    reg = ev[(ev.activity == "registration") & (ev.lifecycle == "complete")]
    reg_t = reg.groupby(["replication", "case_id"]).t.min()
    got = df.set_index(["replication", "case_id"]).registered_t
    np.testing.assert_array_equal(got[reg_t.index].to_numpy(), reg_t.to_numpy())
    assert (df.registered_t.dropna() >= df.arrive_t[df.registered_t.notna()]).all()


# --- calendar ----------------------------------------------------------------------------------
CAL = WorkCalendar(start=date(2026, 3, 2), holidays=[date(2026, 3, 9)])


def test_hours_map_onto_tashkent_time() -> None:
    assert CAL.to_datetime(0.0) == datetime(2026, 3, 2, tzinfo=TZ)
    assert CAL.to_datetime(33.5) == datetime(2026, 3, 3, 9, 30, tzinfo=TZ)
    assert CAL.to_hours(datetime(2026, 3, 3, 4, 30, tzinfo=ZoneInfo("UTC"))) == 33.5


def test_registration_rule_same_day_or_next_working_day() -> None:
    assert CAL.next_working_time(10.0) == 10.0  # Monday 10:00
    assert CAL.next_working_time(8.0) == 9.0  # before opening: same day 09:00
    assert CAL.next_working_time(19.0) == 24 + 9.0  # after hours: Tuesday 09:00
    friday_evening = 4 * 24 + 20.0
    assert CAL.next_working_time(friday_evening) == 8 * 24 + 9.0  # Mon 9 Mar is a holiday
    assert CAL.working_hours_between(0.0, 48.0) == 18.0


def test_deadlines_in_calendar_and_working_days() -> None:
    # received Monday 2 March; 15 calendar days end on Tuesday 17 March (end of day)
    assert CAL.date_of(CAL.legal_deadline(10.0, days=15) - 1e-6) == date(2026, 3, 17)
    working = WorkCalendar(
        start=date(2026, 3, 2), holidays=[date(2026, 3, 9)], deadline_days="working"
    )
    # 15 working days after 2 March, skipping weekends and the 9 March holiday: 24 March
    assert working.date_of(working.legal_deadline(10.0, days=15) - 1e-6) == date(2026, 3, 24)
    # a calendar deadline that ends on a Sunday moves to Monday
    assert CAL.date_of(CAL.legal_deadline(10.0, days=13) - 1e-6) == date(2026, 3, 16)
    assert CAL.date_of(CAL.legal_deadline(10.0, months=1) - 1e-6) == date(2026, 4, 2)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)


def test_arrivals_follow_profile_holidays_and_campaigns(
    make_scenario: Callable[..., Scenario],
) -> None:
    office_hours = [0.0] * 9 + [1.0] * 8 + [0.0] * 7
    sc = make_scenario(
        calendar={"start": "2026-03-02", "horizon_days": 28, "holidays": ["2026-03-09"]},
        channels=[
            {
                "id": "mail",
                "rate_per_day": 40,
                "profile": {
                    "hours": office_hours,
                    "weekdays": [1, 1, 1, 1, 1, 0, 0],
                    "holidays": 0,
                },
                "mix": {"migration": 1.0},
            },
            {"id": "hotline_1102", "rate_per_day": 0, "mix": {"misconduct": 1.0}},
        ],
        campaigns=[{"date": "2026-03-11", "district": "d2", "factor": 5.0}],
        repeats=None,
    )
    cal = sc.calendar.work_calendar()
    df = frame(run_one(sc, 0, 6))
    arr = df[df.lifecycle == "arrive"]
    local = [cal.to_datetime(t) for t in arr.t]
    assert all(9 <= d.hour < 17 for d in local)
    assert all(d.weekday() < 5 for d in local)
    assert not any(d.date() == date(2026, 3, 9) for d in local)
    # 40 a day on average over the week means 56 per working day; 19 working days
    assert abs(len(arr) - 56 * 19 - 56 * 0.4 * 4) < 4 * np.sqrt(56 * 20)
    on_day = pd.Series([d.date() for d in local], index=arr.index)
    d2 = arr.district == "d2"
    campaign = (on_day == date(2026, 3, 11)) & d2
    assert campaign.sum() > 3 * (on_day == date(2026, 3, 12))[d2].sum()
