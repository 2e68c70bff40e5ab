"""The SimPy model and runner: reproducibility, rules of the domain, parallel runs."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import date, datetime
from multiprocessing import get_context
from pathlib import Path
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


def test_worker_count_does_not_change_results(drained: Scenario) -> None:
    serial = run_replications(drained, 3, 5, workers=1)
    parallel = run_replications(drained, 3, 5, workers=2)
    assert frame(serial).equals(frame(parallel))
    assert eventlog.metadata_of(serial)["replications"] == 3
    assert sorted(set(frame(serial)["replication"])) == [0, 1, 2]


def _fork_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers forked from this process, so that they see what a test patches here (the
    runner's own fork server starts them from a clean process)."""
    from malaka.simulations import runner

    monkeypatch.setattr(runner, "_mp_context", lambda: get_context("fork"))


def test_workers_start_from_a_clean_process() -> None:
    """Children are not forked from this process (they would share its pages, and every page
    this process wrote afterwards would cost it a page fault): where there is a fork server,
    it is their parent."""
    from malaka.simulations import runner

    ctx = runner._mp_context()
    assert ctx.get_start_method() in {"forkserver", "spawn"}
    if ctx.get_start_method() != "forkserver" or not Path("/proc/self/status").exists():
        return
    proc = ctx.Process(target=time.sleep, args=(2.0,), daemon=True)
    proc.start()
    try:
        status = Path(f"/proc/{proc.pid}/status").read_text()
        parent = int(next(ln for ln in status.splitlines() if ln.startswith("PPid:")).split()[1])
    finally:
        proc.terminate()
        proc.join()
    assert parent not in {os.getpid(), 0}


def test_workers_without_room_to_spool_send_results_whole(
    drained: Scenario, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Where shared memory is full, each worker sends its table itself; nothing is left."""
    from malaka.simulations import runner

    def full(path: str, _table: object) -> None:
        Path(path).write_bytes(b"partial")
        raise OSError(28, "No space left on device")

    _fork_workers(monkeypatch)
    monkeypatch.setattr(runner, "_write_table", full)
    monkeypatch.setattr(runner, "_spool_parent", lambda: str(tmp_path))
    parallel = run_replications(drained, 3, 5, workers=2)
    assert frame(parallel).equals(frame(run_replications(drained, 3, 5, workers=1)))
    assert list(tmp_path.iterdir()) == []


def test_workers_spool_to_the_temp_dir_where_shared_memory_is_small(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A container's 64 MB of shared memory would not hold the tables: the temp dir does."""
    import shutil

    from malaka.simulations import runner

    real = shutil.disk_usage

    def free(megabytes: int) -> None:
        monkeypatch.setattr(
            runner.shutil, "disk_usage", lambda p: real(p)._replace(free=megabytes * 2**20)
        )

    free(64)
    assert runner._spool_parent() is None
    free(4096)
    shm = Path("/dev/shm")  # noqa: S108 - only looked at
    if shm.is_dir() and os.access(shm, os.W_OK):
        assert runner._spool_parent() == str(shm)


def test_a_spooled_table_comes_back_whole_and_the_file_goes(
    drained: Scenario, tmp_path: Path
) -> None:
    """A worker's table read back from the spool is the table it wrote, metadata and missing
    values included, at aligned addresses; the spool file is gone once read (and the table
    outlives the mapping's closing)."""
    from malaka.simulations import runner

    table = run_one(drained, 0, 5)
    assert np.isnan(table.column("deadline_t").to_numpy()).any()  # missing values travel too
    path = tmp_path / "replication-0.arrow"
    runner._write_table(str(path), table)
    back = runner._read_table(str(path))
    assert not path.exists()
    assert back.schema.equals(table.schema, check_metadata=True)
    assert frame(back).equals(frame(table))
    for column in back.columns:
        for buffer in column.chunks[0].buffers():
            assert buffer is None or buffer.address % 8 == 0


def test_spooling_an_empty_table(tmp_path: Path) -> None:
    from malaka.simulations import runner

    empty = eventlog.SCHEMA.empty_table()
    path = tmp_path / "replication-0.arrow"
    runner._write_table(str(path), empty)
    back = runner._read_table(str(path))
    assert back.num_rows == 0
    assert back.schema.equals(empty.schema)
    assert not path.exists()


def test_a_worker_does_not_import_pandas(drained: Scenario, tmp_path: Path) -> None:
    """A fresh worker process simulates, builds its table and spools it without importing
    pandas (a third of a second of every parallel run, before the worker's first
    replication)."""
    import pickle
    import subprocess
    import sys

    from malaka.simulations import runner, worker_start

    (tmp_path / "plan.pickle").write_bytes(pickle.dumps(runner._plan(drained)))
    code = (
        "import pickle, sys\n"
        f"import {', '.join(worker_start.WORKER_MODULES)}\n"
        "from malaka.simulations.runner import _simulate_spooled\n"
        f"plan = pickle.loads(open({str(tmp_path / 'plan.pickle')!r}, 'rb').read())\n"
        f"sent = _simulate_spooled(plan, 0, 5, {str(tmp_path)!r})\n"
        "assert sent.path.endswith('.arrow'), sent\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pandas'))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]"


def test_a_script_without_a_main_guard_is_told_the_fix(tmp_path: Path) -> None:
    """Worker processes import the script's main module; one that runs replications at import
    time, unguarded, stops with the fix named (not a broken pipe, not a hang)."""
    import subprocess
    import sys

    script = tmp_path / "unguarded.py"
    scenario = Path(__file__).resolve().parents[2] / "simulations/scenarios/tuman-iib.yaml"
    script.write_text(
        "from pathlib import Path\n"
        "from malaka.simulations.runner import run_replications\n"
        "from malaka.simulations.scenario import load_scenario\n"
        f"run_replications(load_scenario(Path({str(scenario)!r})), 2, 1, workers=2)\n"
    )
    out = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=False
    )
    assert out.returncode != 0
    last = out.stderr.strip().splitlines()[-1]
    assert last.startswith("RuntimeError: a worker process ended with exit code")
    assert 'if __name__ == "__main__":' in last


def _children_fail(monkeypatch: pytest.MonkeyPatch, failure: Callable[[], object]) -> None:
    """Make every child process fail with ``failure`` (this process, slowed down, lets the
    child take a replication before it takes them all)."""
    from malaka.simulations import runner

    caller = os.getpid()
    simulate = runner._simulate

    def failing(*args: Any, **kwargs: Any) -> Any:
        if os.getpid() != caller:
            failure()
        time.sleep(0.5)
        return simulate(*args, **kwargs)

    _fork_workers(monkeypatch)
    monkeypatch.setattr(runner, "_simulate", failing)


class Unpicklable(Exception):  # noqa: N818 - named for what the test is about
    def __init__(self, a: int, b: int) -> None:
        super().__init__(f"{a} and {b}")


def _raise_value_error() -> None:
    raise ValueError("no such pool: registry")


def _raise_unpicklable() -> None:
    raise Unpicklable(1, 2)


def _die() -> None:
    os._exit(3)


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (_raise_value_error, (ValueError, "no such pool: registry")),
        (_raise_unpicklable, (RuntimeError, "Unpicklable: 1 and 2")),
        (_die, (RuntimeError, "worker process ended with exit code 3")),
    ],
)
def test_a_failing_worker_stops_the_run_with_its_error(
    drained: Scenario,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    failure: Callable[[], object],
    expected: tuple[type[Exception], str],
) -> None:
    """A child's error is raised here with the child's traceback; a child that dies is
    named; no child is left running and no spool file is left behind."""
    import multiprocessing

    from malaka.simulations import runner

    monkeypatch.setattr(runner, "_spool_parent", lambda: str(tmp_path))
    _children_fail(monkeypatch, failure)
    with pytest.raises(expected[0], match=expected[1]) as raised:
        run_replications(drained, 4, 5, workers=2)
    if failure is not _die:
        notes = getattr(raised.value, "__notes__", [])
        assert any("in the worker process simulating replication" in note for note in notes)
    assert multiprocessing.active_children() == []
    assert list(tmp_path.iterdir()) == []


def test_a_worker_that_cannot_read_the_plan_says_why(
    drained: Scenario, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The plan a worker reads from the spool is loaded where its errors travel back."""
    import multiprocessing
    import pickle

    from malaka.simulations import runner

    def unreadable(_plan: object, spool: str) -> str:
        path = Path(spool) / "plan.pickle"
        path.write_bytes(b"not a pickle")
        return str(path)

    monkeypatch.setattr(runner, "_spool_parent", lambda: str(tmp_path))
    _children_fail(monkeypatch, lambda: None)  # this process slowed: the child takes one
    monkeypatch.setattr(runner, "_pickled", unreadable)
    with pytest.raises(pickle.UnpicklingError) as raised:
        run_replications(drained, 4, 5, workers=2)
    notes = getattr(raised.value, "__notes__", [])
    assert any("in the worker process simulating replication" in note for note in notes)
    assert multiprocessing.active_children() == []
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_dask_local_cluster_equals_local_run(drained: Scenario) -> None:
    distributed = pytest.importorskip("distributed")
    local = run_replications(drained, 2, 9, workers=1)
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        remote = run_replications(drained, 2, 9, scheduler=cluster.scheduler_address)
    assert frame(local).equals(frame(remote))


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


def test_a_run_leaves_the_process_settings_as_it_found_them(drained: Scenario) -> None:
    """A run pauses the garbage collector, numpy's huge-page advice and Arrow's default
    allocator; the caller gets all three back, also when the run fails."""
    import gc

    import pyarrow as pa

    from malaka.simulations import runner

    def huge_pages() -> bool:
        """numpy's current advice (read by setting it and putting it back)."""
        now = runner._set_numpy_huge_pages(False)
        runner._set_numpy_huge_pages(now)
        return now

    before = (gc.isenabled(), pa.default_memory_pool().backend_name, huge_pages())
    run_one(drained, 0, 1)
    with pytest.raises(ValueError, match="engine must be"):
        run_one(drained, 0, 1, engine="none")
    assert (gc.isenabled(), pa.default_memory_pool().backend_name, huge_pages()) == before


def test_workers_find_the_scripts_main_module_imported(drained: Scenario, tmp_path: Path) -> None:
    """The fork server imports a script's main module once per session, and its workers find
    it imported: a script importing pandas at its top does not pay for that in every worker of
    every run (before Python 3.14, the fork server's own preloading of ``__main__`` does
    nothing). The results are the same."""
    import pickle
    import subprocess
    import sys

    (tmp_path / "scenario.pickle").write_bytes(pickle.dumps(drained))
    imports = tmp_path / "imports.txt"
    script = tmp_path / "planner.py"
    script.write_text(
        "import pickle\n"
        "from malaka.simulations.runner import run_replications\n"
        f"with open({str(imports)!r}, 'a') as log:\n"
        "    log.write(__name__ + '\\n')\n"
        'if __name__ == "__main__":\n'
        f"    scenario = pickle.loads(open({str(tmp_path / 'scenario.pickle')!r}, 'rb').read())\n"
        "    runs = [run_replications(scenario, 3, 5, workers=2) for _ in range(3)]\n"
        "    serial = run_replications(scenario, 3, 5, workers=1)\n"
        "    print(all(run.to_pandas().equals(serial.to_pandas()) for run in runs))\n"
    )
    out = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=300, check=True
    )
    assert out.stdout.strip() == "True"
    assert sorted(imports.read_text().split()) == ["__main__", "__mp_main__"]
