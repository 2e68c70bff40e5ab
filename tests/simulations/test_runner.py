"""The runner: one executor interface, parts written where replications run, same results
whatever the number of workers, errors named by replication, nothing left behind."""

from __future__ import annotations

import importlib
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from concurrent.futures import BrokenExecutor, ProcessPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest

from malaka import eventlog
from malaka.simulations import runner
from malaka.simulations.kpis import compute_kpis
from malaka.simulations.model import Plan
from malaka.simulations.runner import (
    InProcessExecutor,
    Part,
    executor,
    map_replications,
    read_parts,
    run_one,
    run_replications,
)
from malaka.simulations.scenario import Scenario

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


def frame(table: Any) -> pd.DataFrame:
    return table.to_pandas()


@pytest.fixture
def drained(make_scenario: Callable[..., Scenario]) -> Scenario:
    """The small scenario with a drain period, so most appeals finish."""
    sc = make_scenario()
    cal = sc.calendar.model_copy(update={"drain_days": 40})
    return sc.model_copy(update={"calendar": cal})


@pytest.fixture
def sinks(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """The test sinks, importable by name here and in worker processes (which start with
    this process's ``sys.path``)."""
    monkeypatch.syspath_prepend(str(HERE))
    return importlib.import_module("runner_sinks")


@pytest.fixture
def build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A build folder of its own, where a run's temporary parts go; nothing may be left in it
    and no worker process left running."""
    folder = tmp_path / "build"
    monkeypatch.setenv("MALAKA_BUILD", str(folder))
    yield folder
    assert not folder.exists() or list(folder.iterdir()) == []
    assert multiprocessing.active_children() == []


# --- the executor ------------------------------------------------------------------------------


def test_one_worker_runs_here_and_more_run_in_a_process_pool() -> None:
    with executor(1) as ex:
        assert isinstance(ex, InProcessExecutor)
    with executor(8, tasks=1) as ex:  # never more workers than calls
        assert isinstance(ex, InProcessExecutor)
    with executor(2, tasks=5) as ex:
        assert isinstance(ex, ProcessPoolExecutor)
        assert ex.submit(os.getpid).result() != os.getpid()
    with pytest.raises(ValueError, match="workers must be >= 1"), executor(0):
        pass


def test_local_workers_start_from_a_fork_server_or_spawn() -> None:
    """Never forked from this process (they would inherit its threads' locks and share its
    pages); a fork server where the platform has one."""
    ctx = runner.process_context()
    expected = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    assert ctx.get_start_method() == expected


def test_the_in_process_executor_runs_a_map_lazily() -> None:
    calls: list[int] = []

    def note(x: int) -> int:
        calls.append(x)
        return x * 2

    results = InProcessExecutor().map(note, [1, 2, 3])
    assert calls == []
    assert next(results) == 2
    assert calls == [1]
    assert list(results) == [4, 6]
    with pytest.raises(ZeroDivisionError):
        InProcessExecutor().submit(lambda: 1 / 0).result()


# --- results -----------------------------------------------------------------------------------


@pytest.mark.parametrize("workers", [2, 3])
def test_worker_count_does_not_change_results(
    drained: Scenario, build: Path, tmp_path: Path, workers: int
) -> None:
    """One worker and several give the same log (its Parquet file byte for byte, metadata
    included) and the same KPIs."""
    serial = run_replications(drained, 3, 5, workers=1)
    parallel = run_replications(drained, 3, 5, workers=workers)
    assert frame(serial).equals(frame(parallel))
    assert serial.schema.equals(parallel.schema, check_metadata=True)
    assert eventlog.metadata_of(serial)["replications"] == 3
    assert len(eventlog.metadata_of(serial)["cases"]) == 3
    assert sorted(set(frame(serial)["replication"])) == [0, 1, 2]
    eventlog.write(serial, tmp_path / "one.parquet")
    eventlog.write(parallel, tmp_path / "many.parquet")
    assert (tmp_path / "one.parquet").read_bytes() == (tmp_path / "many.parquet").read_bytes()
    assert compute_kpis(serial, None, drained) == compute_kpis(parallel, None, drained)


def test_parts_are_written_one_per_replication_and_read_back_in_order(
    drained: Scenario, tmp_path: Path
) -> None:
    events = tmp_path / "events"
    table = run_replications(drained, 3, 5, workers=2, events_dir=events)
    assert sorted(p.name for p in events.iterdir()) == [
        "part-00000.parquet",
        "part-00001.parquet",
        "part-00002.parquet",
    ]
    for r in range(3):
        part = pq.read_table(events / runner.part_name(r))
        assert set(part["replication"].to_pylist()) == {r}
        assert frame(part).equals(frame(run_one(drained, r, 5)))
    assert frame(read_parts(events)).equals(frame(table))


def test_a_part_sink_in_this_process_writes_parts_too(drained: Scenario, tmp_path: Path) -> None:
    plan = Plan(drained)
    with executor(1) as ex:
        parts = map_replications(ex, [(plan, 1), (plan, 0)], 5, tmp_path)
    assert [p.replication for p in parts] == [1, 0]
    assert all(isinstance(p, Part) and Path(p.path).parent == tmp_path for p in parts)
    assert parts[1].rows == pq.read_metadata(parts[1].path).num_rows
    assert parts[1].cases == eventlog.metadata_of(run_one(drained, 0, 5))["cases"]
    assert frame(read_parts(tmp_path)).equals(frame(run_replications(drained, 2, 5, workers=1)))


def test_replications_are_reduced_where_they_run(drained: Scenario, sinks: ModuleType) -> None:
    """With a reduction as the sink only its result comes back, in the order asked for."""
    plan = Plan(drained)
    runs = [(plan, r) for r in (3, 0, 2, 1)]
    with executor(2) as ex:
        results = map_replications(ex, runs, 5, sinks.where)
    assert [r for r, _, _ in results] == [3, 0, 2, 1]
    assert os.getpid() not in {pid for _, _, pid in results}
    assert [rows for _, rows, _ in results] == [run_one(drained, r, 5).num_rows for _, r in runs]


def test_planning_and_comparison_do_not_depend_on_the_workers(drained: Scenario) -> None:
    """Staffings are judged, and scenarios compared, on the same executor interface, each
    replication reduced where it ran: one worker and two give the same figures."""
    from malaka.simulations.planning import Evaluator, compare_scenarios

    staff = {"office": [4, 2]}
    judged = []
    for workers in (1, 2):
        with Evaluator(
            drained,
            target=0.95,
            replications=2,
            max_replications=4,
            seed=3,
            confidence=0.95,
            workers=workers,
        ) as evaluator:
            judged.append(evaluator(staff).as_dict())
    assert judged[0] == judged[1]
    other = drained.with_staff(staff)
    one, two = (
        compare_scenarios(drained, other, replications=2, seed=3, workers=w) for w in (1, 2)
    )
    assert one == two


# --- process settings --------------------------------------------------------------------------


def test_no_process_setting_changes_at_import() -> None:
    """Importing the command, the runner or the dataset dresser changes neither the garbage
    collector nor Arrow's memory pool; :func:`malaka.tuning.configure` does, when called."""
    code = textwrap.dedent(
        """
        import gc, os
        os.environ.pop("ARROW_DEFAULT_MEMORY_POOL", None)
        import malaka.cli, malaka.simulations.runner, malaka.datasets.dress
        import pyarrow as pa
        before = (gc.get_threshold()[0], pa.default_memory_pool().backend_name)
        from malaka import tuning
        tuning.configure()
        print(before, (gc.get_threshold()[0], pa.default_memory_pool().backend_name))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    # Python's and pyarrow's defaults, then the project's settings
    assert out.stdout.strip() == "(700, 'mimalloc') (100000, 'jemalloc')"


# --- failures ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sink", "expected", "note"),
    [
        ("fail_on_two", (ValueError, "no such pool: registry"), "in replication 2 of"),
        ("unpicklable_on_two", (RuntimeError, "Unpicklable: 1 and 2"), "in replication 2 of"),
        # a dead worker breaks the pool: the note names the replication the run waited for
        # (2, or one still running on the other worker when it died)
        ("die_on_two", (BrokenExecutor, "terminated abruptly"), "waiting for replication "),
    ],
)
@pytest.mark.usefixtures("build")
def test_a_failing_worker_stops_the_run_naming_its_replication(
    drained: Scenario,
    sinks: ModuleType,
    sink: str,
    expected: tuple[type[Exception], str],
    note: str,
) -> None:
    """A worker's error is raised here with the replication it came from (an error that does
    not pickle, as its text; a worker that dies, as a broken pool); no worker is left running
    and no part is left behind (see the ``build`` fixture)."""
    plan = Plan(drained)
    with pytest.raises(expected[0], match=expected[1]) as raised, executor(2) as ex:
        map_replications(ex, [(plan, r) for r in range(4)], 5, getattr(sinks, sink))
    notes = getattr(raised.value, "__notes__", [])
    assert any(note in n for n in notes), notes


def test_an_error_in_this_process_names_its_replication_too(
    drained: Scenario, sinks: ModuleType
) -> None:
    with pytest.raises(ValueError, match="no such pool") as raised, executor(1) as ex:
        map_replications(ex, [(Plan(drained), r) for r in range(4)], 5, sinks.fail_on_two)
    assert "in replication 2 of scenario 'small' (seed 5)" in raised.value.__notes__


def test_a_failed_simulate_leaves_the_previous_output_alone(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    write_scenario: Callable[..., Path],
    scenario_data: Callable[..., dict[str, Any]],
) -> None:
    """``malaka simulate`` writes its parts inside the output it builds: a failure after the
    replications leaves neither parts nor a half-written folder, and the last output stays."""
    from malaka.simulations import cases, commands

    out = tmp_path / "out"
    out.mkdir()
    (out / "events.parquet").write_bytes(b"the last run")

    def broken(_events: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(cases, "derive_cases", broken)
    scenario = write_scenario(scenario_data())
    with pytest.raises(RuntimeError, match="disk full"):
        commands.simulate_to(scenario, out, replications=2, workers=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["out", scenario.name])
    assert [p.name for p in out.iterdir()] == ["events.parquet"]
    assert (out / "events.parquet").read_bytes() == b"the last run"


def test_simulate_writes_the_log_and_no_parts(
    tmp_path: Path,
    write_scenario: Callable[..., Path],
    scenario_data: Callable[..., dict[str, Any]],
) -> None:
    """The parts make ``events.parquet`` and go; its metadata is the run's (cases per
    replication included), as with one worker."""
    from malaka.simulations import commands

    scenario = write_scenario(scenario_data())
    one, _ = commands.simulate_to(scenario, tmp_path / "one", replications=2, workers=1)
    two, _ = commands.simulate_to(scenario, tmp_path / "two", replications=2, workers=2)
    assert "events" not in {p.name for p in two.iterdir()}
    for name in ("events.parquet", "cases.parquet", "kpis.json"):
        assert (one / name).read_bytes() == (two / name).read_bytes(), name
    meta = eventlog.metadata_of(pq.read_table(two / "events.parquet"))
    assert meta["replications"] == 2
    assert len(meta["cases"]) == 2


def _script(tmp_path: Path, body: str) -> Path:
    script = tmp_path / "script.py"
    script.write_text(textwrap.dedent(body))
    return script


def test_a_script_without_a_main_guard_is_told_the_fix(tmp_path: Path) -> None:
    """Worker processes import the script's main module; one that runs replications at import
    time, unguarded, stops with the fix named (not a hang)."""
    scenario = REPO / "simulations/scenarios/tuman-iib.yaml"
    script = _script(
        tmp_path,
        f"""
        from pathlib import Path
        from malaka.simulations.runner import run_replications
        from malaka.simulations.scenario import load_scenario
        run_replications(load_scenario(Path({str(scenario)!r})), 2, 1, workers=2)
        """,
    )
    out = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "MALAKA_BUILD": str(tmp_path / "build")},
    )
    assert out.returncode != 0
    assert "BrokenProcessPool" in out.stderr
    assert 'keeps its work under `if __name__ == "__main__":`' in out.stderr
    build = tmp_path / "build"
    assert not build.exists() or list(build.iterdir()) == []  # no parts left behind


def test_ctrl_c_stops_the_run_and_leaves_nothing(tmp_path: Path) -> None:
    """Ctrl-C (SIGINT to the whole process group, as a terminal sends it) while workers
    write their parts: the run stops at once, its temporary parts go, no worker is left."""
    scenario = REPO / "simulations/scenarios/viloyat-iib.yaml"
    build = tmp_path / "build"
    script = _script(
        tmp_path,
        f"""
        import os, sys
        from pathlib import Path
        from malaka.simulations.runner import run_replications
        from malaka.simulations.scenario import load_scenario
        if __name__ == "__main__":
            sc = load_scenario(Path({str(scenario)!r}))
            try:
                run_replications(sc, 40, 1, workers=2)
            except KeyboardInterrupt:
                print("interrupted", flush=True)
                sys.exit(130)
        """,
    )
    proc = subprocess.Popen(
        [sys.executable, str(script)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env={**os.environ, "MALAKA_BUILD": str(build)},
    )
    try:
        deadline = time.monotonic() + 120
        while not list(build.glob("malaka-events-*/part-*.parquet")):
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    assert proc.returncode == 130, err[-3000:]
    assert out.strip() == "interrupted"
    assert list(build.iterdir()) == []
    assert _group_ends(proc.pid, within=10.0)  # workers, the fork server: all gone


def _group_ends(group: int, within: float) -> bool:
    """Whether every process of ``group`` has ended within ``within`` seconds."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


# --- Dask --------------------------------------------------------------------------------------


def test_dask_runs_replications_like_local_processes(
    drained: Scenario, sinks: ModuleType, tmp_path: Path
) -> None:
    """``--scheduler``: Dask's executor runs the same calls, writes the same parts (its
    workers see this machine's folders), reduces where it runs, and gives the same log."""
    distributed = pytest.importorskip("distributed")
    local = run_replications(drained, 2, 9, workers=1)
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
    ) as cluster:
        address = cluster.scheduler_address
        remote = run_replications(drained, 2, 9, scheduler=address, events_dir=tmp_path)
        with executor(scheduler=address) as ex:
            assert type(ex).__name__ == "ClientExecutor"
            reduced = map_replications(ex, [(Plan(drained), 1)], 9, sinks.where)
    assert frame(local).equals(frame(remote))
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "part-00000.parquet",
        "part-00001.parquet",
    ]
    assert reduced[0][:2] == (1, run_one(drained, 1, 9).num_rows)
