"""Times that look like a department's: answer times of days, office hours for agencies.

The shipped district and region must answer appeals-law cases in several working days (most
well within the 15-day deadline, a tail close to it), and partner-agency requests, replies,
reminders and escalations, and the head's extension decisions, must fall in working hours of
working days unless an agency is set to work at any hour (``hours: always``). Short horizons
keep these runs fast; the bands are wide enough for any seed, narrow enough to fail if the
study (the check's elapsed time) or the office-hours rule were lost.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from malaka.simulations.cases import derive_cases
from malaka.simulations.engine import simulate
from malaka.simulations.model import OFFICE_SPREAD_H, Plan, draw_arrivals, draw_cases
from malaka.simulations.rng import Streams
from malaka.simulations.runner import run_one
from malaka.simulations.scenario import Scenario, load_scenario

REPO = Path(__file__).resolve().parents[2]
SHIPPED = ("tuman-iib", "viloyat-iib")
OFFICE_ROWS = ("request", "remind", "escalate", "reply", "extend")

#: The band a department's median appeals-law answer must lie in (calendar days): several
#: working days, not hours (the old model answered in about one day), not weeks.
MEDIAN_DAYS = (3.0, 10.0)


def short(name: str, horizon_days: int = 56) -> Scenario:
    """A shipped scenario over a shorter horizon (same rules, same rates)."""
    sc = load_scenario(REPO / f"simulations/scenarios/{name}.yaml")
    cal = sc.calendar.model_copy(
        update={"horizon_days": horizon_days, "warmup_days": 7, "drain_days": 45}
    )
    return sc.model_copy(update={"calendar": cal})


@pytest.fixture(scope="module", params=SHIPPED)
def shipped(request: pytest.FixtureRequest) -> tuple[Scenario, pd.DataFrame]:
    sc = short(request.param)
    return sc, run_one(sc, 0, 5).to_pandas()


def test_agencies_and_extensions_keep_office_hours(shipped: tuple[Scenario, pd.DataFrame]) -> None:
    sc, df = shipped
    cal = sc.calendar.work_calendar()
    assert all(a.hours == "working" for a in sc.agencies)
    for lifecycle in OFFICE_ROWS:
        t = df[df.lifecycle == lifecycle].t
        assert len(t) > 0, lifecycle
        outside = [x for x in t if not cal.is_working_time(float(x))]
        assert not outside, f"{lifecycle} at {cal.to_datetime(float(outside[0]))}"


def test_misrouted_appeals_come_back_in_office_hours(
    shipped: tuple[Scenario, pd.DataFrame],
) -> None:
    sc, df = shipped
    cal = sc.calendar.work_calendar()
    tri = df[(df.activity == "triage") & (df.lifecycle == "enqueue")]
    again = tri[tri.duplicated("case_id")]
    assert len(again) > 0
    assert all(cal.is_working_time(float(t)) for t in again.t)


def test_appeals_law_answers_take_working_days(shipped: tuple[Scenario, pd.DataFrame]) -> None:
    sc, df = shipped
    cases = derive_cases(run_one(sc, 0, 5)).to_pandas()
    warm = sc.calendar.warmup_days * 24.0
    answered = cases[
        (cases.regime == "appeals_law")
        & (cases.outcome == "answered")
        & (cases.arrive_t >= warm)
        & (cases.arrive_t < sc.calendar.horizon_hours)
    ]
    assert len(answered) > 100
    days = answered.time_to_answer_h / 24.0
    assert MEDIAN_DAYS[0] <= days.median() <= MEDIAN_DAYS[1]
    within = float((days <= 15).mean())
    assert 0.85 <= within < 1.0  # most in time, and a tail close to the deadline
    assert days.quantile(0.9) >= 8.0
    assert float(answered.answered_in_time.mean()) >= 0.9
    # the answers themselves go out in (or just after) office hours, never at night
    hours = [sc.calendar.work_calendar().to_datetime(float(t)).hour for t in answered.close_t]
    assert min(hours) >= sc.calendar.working_hours.start
    assert sum(df.lifecycle == "close") > 0


def test_an_agency_working_at_any_hour_keeps_its_drawn_times() -> None:
    sc = short("tuman-iib")
    agencies = [a.model_copy(update={"hours": "always"}) for a in sc.agencies]
    sc = sc.model_copy(update={"agencies": agencies})
    cal = sc.calendar.work_calendar()
    df = run_one(sc, 0, 5).to_pandas()
    replies = df[df.lifecycle == "reply"].t
    assert any(not cal.is_working_time(float(t)) for t in replies)
    # and a reminder is exactly remind_after_days after its request
    req = df[df.lifecycle == "request"].drop_duplicates("case_id").set_index("case_id").t
    rem = df[df.lifecycle == "remind"]
    days = {a.id: a.remind_after_days or 0.0 for a in sc.agencies}
    for case_id, agency, t in zip(rem.case_id, rem.agency, rem.t, strict=True):
        assert t == pytest.approx(req[case_id] + 24.0 * days[agency])


def test_the_study_holds_no_officer_and_counts_working_time() -> None:
    sc = short("tuman-iib", horizon_days=28)
    plan = Plan(sc)
    result = simulate(plan, 0, 9)
    streams = Streams(9, 0)
    t_arr, ch_arr, _ = draw_arrivals(plan, streams)
    drawn = draw_cases(plan, streams, t_arr, ch_arr)
    si = next(k for k, s in enumerate(sc.stages) if s.role == "handling")
    study = drawn["study"][si]
    codes = result.codes
    rows = pd.DataFrame(result.rows)
    rows["what"] = [codes[c][:2] for c in rows.code]
    n0 = len(t_arr)
    first = rows[rows.case < n0]
    done = first[first.what == ("handling", "complete")].groupby("case").t.first()
    nxt = first[first.what == ("answer", "enqueue")].groupby("case").t.first()
    asked = set(rows[[codes[c][1] == "request" for c in rows.code]].case)
    both = [i for i in done.index.intersection(nxt.index) if i not in asked]
    assert len(both) > 50
    cal = sc.calendar.work_calendar()
    for i in both:
        assert study[i] > 0
        assert cal.working_hours_between(done[i], nxt[i]) == pytest.approx(study[i], abs=1e-6)
    # officers' busy time is the service time alone: a handling visit lasts its service
    start = first[first.what == ("handling", "start")].groupby("case").t.first()
    busy = done[both] - start[both]
    assert (busy < 24.0).all()
    assert float(np.median(nxt[both] - done[both])) > 24.0


def test_study_days_are_working_days(make_scenario: Callable[..., Scenario]) -> None:
    data = make_scenario().model_dump(mode="json", by_alias=True, exclude_none=True)
    si = next(k for k, s in enumerate(data["stages"]) if s["role"] == "handling")
    data["stages"][si]["study"] = {"dist": "constant", "value": 2, "unit": "days"}
    plan = Plan(Scenario.model_validate(data))
    assert plan.has_study[si]
    assert plan.study_factor[si][0] == pytest.approx(9.0 / 24.0)  # 9-18: a day is 9 hours
    # Friday 6 March 17:00 plus two working days (18 working hours), Monday 9 March being a
    # holiday: Wednesday 17:00
    cal = plan.cal
    fri = cal.day_start(cal.start.replace(day=6)) + 17.0
    assert plan.add_working_hours(fri, 18.0) == pytest.approx(fri + 5 * 24.0)


def test_office_time_moves_closed_hours_to_the_next_morning(
    make_scenario: Callable[..., Scenario],
) -> None:
    plan = Plan(make_scenario())
    cal = plan.cal
    monday = cal.day_start(cal.start)  # 2026-03-02, a Monday
    # in working hours: unchanged
    assert plan.office_time(monday + 11.5) == monday + 11.5
    # 03:09 on Tuesday: within the first hours of Tuesday's opening
    tue = monday + 24.0
    moved = plan.office_time(tue + 3.15)
    assert tue + 9.0 < moved < tue + 9.0 + OFFICE_SPREAD_H
    # a reminder due on Sunday goes on the next working day's morning; 9 March is a holiday
    sunday = monday + 6 * 24.0
    moved = plan.office_time(sunday + 14.0)
    assert cal.date_of(moved).isoformat() == "2026-03-10"
    assert cal.is_working_time(moved)
    assert cal.to_datetime(moved).hour < 9 + OFFICE_SPREAD_H


@settings(max_examples=200, deadline=None)
@given(t=st.floats(0.0, 24.0 * 40), h=st.floats(0.0, 24.0 * 40), dt=st.floats(0.0, 48.0))
def test_office_time_and_working_hours_agree_with_the_calendar(
    t: float, h: float, dt: float
) -> None:
    plan = _tuman_plan()
    cal = plan.cal
    moved = plan.office_time(t)
    assert moved >= t
    assert cal.is_working_time(moved)
    if not cal.is_working_time(t) and not cal.is_working_time(t + dt):
        assert plan.office_time(t + dt) >= moved  # the order things fell due is kept
    end = plan.add_working_hours(t, h)
    assert cal.working_hours_between(t, end) == pytest.approx(h, abs=1e-6)
    if h > 0:
        assert cal.is_working_time(end) or cal.is_working_time(end - 1e-9)


def test_defaults_leave_a_scenario_as_it_was() -> None:
    sc = load_scenario(REPO / "simulations/scenarios/erlang-check.yaml")
    plan = Plan(sc)
    assert not any(plan.has_study)
    # a 24/7 calendar: office time is the time itself
    assert all(plan.office_time(t) == t for t in (0.5, 3.15, 100.25, 1000.0))


def test_study_by_category_must_name_a_scenario_category(
    make_scenario: Callable[..., Scenario],
) -> None:
    data = make_scenario().model_dump(mode="json", by_alias=True, exclude_none=True)
    data["stages"][3]["study_by_category"] = {"arson": {"dist": "constant", "value": 1}}
    with pytest.raises(ValidationError, match=r"stages\[3\]\.study_by_category\.arson"):
        Scenario.model_validate(data)
    data["stages"][3]["study_by_category"] = {}
    data["agencies"][0]["hours"] = "nights"
    with pytest.raises(ValidationError, match="hours"):
        Scenario.model_validate(data)


@cache
def _tuman_plan() -> Plan:
    """The district's plan (working days, holidays), built once for the property test."""
    return Plan(load_scenario(REPO / "simulations/scenarios/tuman-iib.yaml"))


def test_the_new_settings_change_the_hash_only_when_used(
    make_scenario: Callable[..., Scenario],
) -> None:
    sc = make_scenario()
    data = sc.model_dump(mode="json", by_alias=True, exclude_none=True)
    # spelled out at their defaults: the same scenario, the same hash (cards keep theirs)
    data["agencies"][0]["hours"] = "working"
    data["stages"][3]["study_by_category"] = {}
    assert Scenario.model_validate(data).sha256() == sc.sha256()
    # used: another scenario, another hash (plans are cached by it)
    data["agencies"][0]["hours"] = "always"
    always = Scenario.model_validate(data)
    data["agencies"][0]["hours"] = "working"
    data["stages"][3]["study"] = {"dist": "constant", "value": 1, "unit": "days"}
    studied = Scenario.model_validate(data)
    assert len({sc.sha256(), always.sha256(), studied.sha256()}) == 3
