"""Run replications of a scenario: one interface, wherever they run.

:func:`run_one` simulates one replication here and returns its event log as an Arrow table.
Many replications run through :func:`executor`, a ``concurrent.futures`` executor: this
process for one worker, local worker processes by default, or a Dask cluster
(``Client(address).get_executor()``). On it runs :func:`replicate`, which simulates one
replication and writes its log as one Parquet part (``part-00003.parquet`` in an ``events/``
folder) or reduces it to a small result where it ran, so only small results cross processes.
:func:`run_replications` reads the parts back as one log, in replication order.

Replication ``r`` always draws from the streams of ``(seed, r)``: results do not depend on the
number of workers or on where a replication ran.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import shutil
import signal
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import BrokenExecutor, Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from malaka import atomic, eventlog
from malaka.simulations.scenario import Scenario

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

    from malaka.simulations.model import Plan
    from malaka.simulations.records import RunResult


def _version(pkg: str) -> str:
    try:
        return version(pkg)
    except PackageNotFoundError:  # pragma: no cover - only in odd installs
        return "unknown"


def run_metadata(scenario: Scenario, seed: int, replications: int) -> dict[str, Any]:
    """The ``malaka.*`` metadata every event log carries (eventlog.METADATA_KEYS and more)."""
    cal = scenario.calendar
    return {
        "scenario_id": scenario.id,
        "scenario_sha256": scenario.sha256(),
        "seed": seed,
        "replications": replications,
        "malaka_version": _version("malaka"),
        "simpy_version": _version("simpy"),
        "time_unit": "hours",
        "start": cal.start.isoformat(),
        "timezone": cal.timezone,
        "horizon_hours": cal.horizon_hours,
        "warmup_hours": cal.warmup_days * 24.0,
        "end_hours": cal.end_hours,
        "stage_roles": {s.id: s.role for s in scenario.stages},
        "stage_pools": {
            s.id: sorted({s.pool, *s.pools_by_category.values()}) for s in scenario.stages
        },
    }


# --- one replication ---------------------------------------------------------------------------


def run_one(scenario: Scenario | Plan, replication: int, seed: int) -> pa.Table:
    """Simulate one replication in this process; its event log sorted by time, with metadata.

    ``scenario`` may be a :class:`~malaka.simulations.model.Plan` made from it already (what
    every replication of a scenario shares, made once).
    """
    from malaka.simulations.engine import simulate
    from malaka.simulations.model import Plan

    plan = scenario if isinstance(scenario, Plan) else Plan(scenario)
    return _to_table(plan, replication, simulate(plan, replication, seed), seed)


def _strings(values: Sequence[str], index: np.ndarray) -> pa.Array:
    """Strings picked by integer index from a small vocabulary."""
    return pa.array(values, pa.string()).take(index)


def _ids(prefix: str, numbers: np.ndarray, index: np.ndarray) -> pa.Array:
    """``prefix`` + ``numbers[index]`` zero-padded to seven digits; empty where it is < 0."""
    return _strings([f"{prefix}{n:07d}" if n >= 0 else "" for n in numbers.tolist()], index)


def _to_table(plan: Plan, replication: int, res: RunResult, seed: int) -> pa.Table:
    """The event log of one replication (of ``plan.scenario``) from its raw rows and cases."""
    scenario = plan.scenario
    rows = res.rows
    t = rows["t"]
    if len(t) > 1 and not bool((t[1:] >= t[:-1]).all()):
        order = np.argsort(t, kind="stable")
        rows = {name: col[order] for name, col in rows.items()}
        t = rows["t"]
    case, code, officer, qlen = rows["case"], rows["code"], rows["officer"], rows["queue_len"]
    cs = res.cases
    n_cases = len(cs["arrive"])
    n = len(t)

    category = cs["category"][case]
    per_case = {
        "case_id": _ids("A", np.arange(n_cases), case),
        "citizen_id": _ids("C", cs["citizen"], case),
        "channel": _strings(plan.channels, cs["channel"][case]),
        "kind": _strings(plan.kinds, cs["kind"][case]),
        "category": _strings(plan.categories, category),
        "urgency": _strings(plan.urgency, category),
        "regime": _strings(plan.regime_ids, cs["regime"][case]),
        "district": _strings(plan.districts, cs["district"][case]),
        "repeat_of": _ids("A", cs["repeat_of"], case),
    }
    acts, lifes, agencies, outcomes = (list(x) for x in zip(*res.codes, strict=True))
    officers = [*res.officers, ""]
    officer = np.where(officer < 0, len(officers) - 1, officer)

    # The deadline in force at each row: the extended one from the extension's moment on;
    # none for an abandoned appeal.
    abandoned = cs["outcome"] == 3
    d0 = np.where(abandoned, np.nan, cs["deadline0"])
    d1 = np.where(abandoned, np.nan, cs["deadline1"])
    ext_from = np.where(cs["extended"], cs["extend_t"], np.inf)
    deadline = d0[case]
    later = t >= ext_from[case]
    deadline[later] = d1[case[later]]

    columns: dict[str, Any] = dict(per_case)
    columns.update(
        {
            "run_id": pa.repeat(pa.scalar(f"{scenario.id}/{replication}"), n),
            "replication": pa.repeat(pa.scalar(replication, pa.int32()), n),
            "activity": _strings(acts, code),
            "lifecycle": _strings(lifes, code),
            "agency": _strings(agencies, code),
            "resource": _strings(officers, officer),
            "t": pa.array(t, pa.float64()),
            "deadline_t": pa.array(deadline, pa.float64()),
            "queue_len": pa.array(qlen, pa.int32()),
            "outcome": _strings(outcomes, code),
        }
    )
    table = pa.Table.from_arrays(
        [columns[c.name] for c in eventlog.COLUMNS], schema=eventlog.SCHEMA
    )
    meta = run_metadata(scenario, seed, 1)
    meta["replication"] = replication
    meta["cases"] = n_cases
    return eventlog.with_metadata(table, meta)


# --- many replications: where each one goes ----------------------------------------------------

#: What becomes of a replication's log where it ran: a folder (the log is written there as one
#: Parquet part, see :class:`Part`) or a reduction ``reduce(scenario, events) -> result``, a
#: top-level function (it travels to the workers by name) whose result is small.
Sink = Path | str | Callable[[Scenario, pa.Table], Any]


@dataclass(frozen=True)
class Part:
    """A replication's log written by :func:`replicate`: where, and what it holds."""

    replication: int
    path: str
    rows: int
    cases: int


def part_name(replication: int) -> str:
    """The file name of a replication's part: ``part-00003.parquet`` (names sort in order)."""
    return f"part-{replication:05d}.parquet"


def write_part(events: pa.Table, folder: Path, replication: int) -> Part:
    """``events`` as ``folder/part-NNNNN.parquet``, whole or not at all (written beside it and
    renamed), in one row group: read back as one chunk, as the table was."""
    path = folder / part_name(replication)
    with atomic.replace_file(path) as tmp:
        pq.write_table(events, tmp, row_group_size=max(1, events.num_rows))
    cases = int(eventlog.metadata_of(events).get("cases", 0))
    return Part(replication, str(path), events.num_rows, cases)


def read_parts(folder: Path) -> pa.Table:
    """Every part in ``folder`` as one log, in replication order (the metadata is the first
    part's: see :func:`run_replications` for the run's own)."""
    paths = sorted(folder.glob("part-*.parquet"))
    if not paths:
        raise FileNotFoundError(f"no event log parts in {folder}")
    return pa.concat_tables(pq.read_table(p) for p in paths)


def replicate(plan: Scenario | Plan, replication: int, seed: int, sink: Sink) -> Any:
    """What a worker runs: one replication, its log written as a part into the folder ``sink``
    (returns the :class:`Part`) or reduced by ``sink(scenario, events)`` (returns that).

    An error says which replication it came from; one that could not travel back from a
    worker process (it does not pickle) travels as its text.
    """
    from malaka.simulations.model import Plan

    if _CTRL_C.received:  # a local worker after Ctrl-C: the calls queued for it do not run
        raise KeyboardInterrupt
    _CTRL_C.running = True
    try:
        plan = plan if isinstance(plan, Plan) else Plan(plan)
        events = run_one(plan, replication, seed)
        if callable(sink):
            return sink(plan.scenario, events)
        return write_part(events, Path(sink), replication)
    except Exception as exc:
        scenario_id = plan.scenario.id if isinstance(plan, Plan) else plan.id
        note = f"in replication {replication} of scenario {scenario_id!r} (seed {seed})"
        try:
            pickle.loads(pickle.dumps(exc))  # noqa: S301 - made just above
        except Exception:
            error = RuntimeError(f"{type(exc).__name__}: {exc}")
            error.add_note(note)
            raise error from exc
        exc.add_note(note)
        raise
    finally:
        _CTRL_C.running = False


def whole_log(_scenario: Scenario, events: pa.Table) -> pa.Table:
    """The sink that keeps a replication's log as it is (for replications run in this process,
    where nothing has to travel)."""
    return events


# --- executors -----------------------------------------------------------------------------------


class InProcessExecutor(Executor):
    """Runs every call in this process (one worker): no pool, nothing pickled.

    ``submit`` runs the call at once; ``map`` runs each call when its result is asked for, so
    a progress bar moves as replications finish.
    """

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:
            future.set_exception(exc)
        return future

    def map(
        self,
        fn: Callable[..., Any],
        *iterables: Iterable[Any],
        timeout: float | None = None,  # noqa: ARG002 - nothing waits: every call runs here
        chunksize: int = 1,  # noqa: ARG002 - one call at a time
    ) -> Iterator[Any]:
        return (fn(*args) for args in zip(*iterables, strict=False))


@dataclass
class _CtrlC:
    """Ctrl-C as a local worker process sees it (see :func:`start_worker`)."""

    received: bool = False
    running: bool = False  # a replication is running in this process


_CTRL_C = _CtrlC()


def _on_ctrl_c(_signal: int, _frame: object) -> None:
    _CTRL_C.received = True
    if _CTRL_C.running:
        raise KeyboardInterrupt


def start_worker() -> None:
    """How a local worker process starts: with the project's settings (:mod:`malaka.tuning`)
    and its own answer to Ctrl-C, which a terminal sends to every process of the run: the
    replication at hand stops, those already queued for this worker stop before they start,
    and an idle worker carries on (waiting for the pool to end it: a pool whose worker dies
    while its calls are being cancelled can hang, on Python 3.11)."""
    from malaka import tuning

    tuning.configure()
    signal.signal(signal.SIGINT, _on_ctrl_c)


def local_workers(workers: int | None, tasks: int | None = None) -> int:
    """How many local workers run: ``workers`` (default: the CPU count), at most ``tasks``."""
    if workers is not None and workers < 1:
        raise ValueError("workers must be >= 1")
    n = workers or os.cpu_count() or 1
    return max(1, min(n, tasks)) if tasks is not None else n


#: What the fork server imports once per session, so that every worker starts with it (pandas:
#: Arrow imports it to build a table, a third of a second in a fresh process).
WORKER_MODULES = ["malaka.simulations.runner", "malaka.simulations.engine", "pandas"]


def process_context() -> BaseContext:
    """How local workers start: from a fork server where there is one (Linux), else spawn.

    A fork server is a clean single-threaded process that imports :data:`WORKER_MODULES` once
    and forks every worker from there: a worker starts in milliseconds with the simulation
    imported, and inherits neither this process's threads and locks (a progress bar, Arrow's
    thread pools) nor its memory, as a fork of this process would. Like spawn, a worker
    imports the caller's main module: a script keeps its work under
    ``if __name__ == "__main__":``.
    """
    if "forkserver" not in get_all_start_methods():
        return get_context("spawn")
    ctx = get_context("forkserver")
    ctx.set_forkserver_preload(WORKER_MODULES)
    return ctx


@contextlib.contextmanager
def executor(
    workers: int | None = None, scheduler: str | None = None, *, tasks: int | None = None
) -> Iterator[Executor]:
    """The executor replications run on, for as long as the ``with`` block lasts.

    ``scheduler``: the address of a Dask distributed scheduler; its workers run the calls
    (``Client(scheduler).get_executor()``). Otherwise ``workers`` local processes (default:
    the CPU count, at most ``tasks``); one runs everything in this process, without a pool.
    On leaving with an error, calls not started yet are cancelled; running ones finish.
    """
    if scheduler is not None:
        from distributed import Client

        with Client(scheduler, set_as_default=False) as client:  # type: ignore[no-untyped-call]
            dask = client.get_executor(pure=False)
            try:
                yield dask
            except BaseException:
                dask.shutdown(wait=False)  # cancels what has not run
                raise
            dask.shutdown(wait=True)
        return
    n = local_workers(workers, tasks)
    if n == 1:
        yield InProcessExecutor()
        return
    pool = ProcessPoolExecutor(
        max_workers=n, mp_context=process_context(), initializer=start_worker
    )
    try:
        try:  # a worker that cannot start says so before any work or folder is made
            pool.submit(int).result()
        except BrokenExecutor as exc:
            exc.add_note(
                "a worker process could not start (its error is printed above; a script that"
                ' runs replications keeps its work under `if __name__ == "__main__":`)'
            )
            raise
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def map_replications(
    ex: Executor,
    runs: Sequence[tuple[Scenario | Plan, int]],
    seed: int,
    sink: Sink,
    *,
    progress: bool = False,
) -> list[Any]:
    """``replicate(plan, replication, seed, sink)`` for every ``(plan, replication)`` of
    ``runs`` on ``ex``, the results in that order (a progress bar on stderr if asked)."""
    n = len(runs)  # lists, not endless iterators: Dask's map takes only sized ones
    calls: Iterable[Any] = ex.map(
        replicate, [p for p, _ in runs], [r for _, r in runs], [seed] * n, [sink] * n
    )
    if progress:
        from rich.console import Console
        from rich.progress import track

        calls = track(calls, "replications", n, console=Console(stderr=True), transient=True)
    results: list[Any] = []
    try:
        for result in calls:
            results.append(result)
    except BrokenExecutor as exc:
        exc.add_note(
            f"waiting for replication {runs[len(results)][1]}: a worker process ended before it"
            " was done (its own error, if any, is printed above; a script that runs"
            ' replications keeps its work under `if __name__ == "__main__":`)'
        )
        raise
    return results


def run_replications(
    scenario: Scenario,
    replications: int,
    seed: int,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: bool = False,
    events_dir: Path | None = None,
) -> pa.Table:
    """Run ``replications`` replications and concatenate their logs in replication order.

    ``workers``: local processes (default: the CPU count, at most one per replication; 1 runs
    everything in this process). ``scheduler``: address of a Dask distributed scheduler.
    Replications run elsewhere write their logs as parts into ``events_dir`` (created if
    missing, the parts left there for the caller), by default a temporary folder under the
    build folder, removed at the end. With a scheduler it must be a path every Dask worker
    sees as this process does (a shared file system). Run in this process, logs stay in memory.
    """
    from malaka.simulations.model import Plan

    if replications < 1:
        raise ValueError("replications must be >= 1")
    plan = Plan(scenario)
    runs = [(plan, r) for r in range(replications)]
    here = scheduler is None and local_workers(workers, replications) == 1
    with contextlib.ExitStack() as stack:
        folder = events_dir
        made: list[str] = []  # removed last, after the workers end
        stack.callback(_remove_folders, made)
        ex = stack.enter_context(executor(workers, scheduler, tasks=replications))
        if not here and folder is None:
            made.append(_temporary_events_dir())
            folder = Path(made[0])
        if folder is None or isinstance(ex, InProcessExecutor):
            tables = map_replications(ex, runs, seed, whole_log, progress=progress)
            cases = [int(eventlog.metadata_of(t)["cases"]) for t in tables]
        else:
            folder.mkdir(parents=True, exist_ok=True)
            parts = map_replications(ex, runs, seed, str(folder), progress=progress)
            tables = [pq.read_table(p.path) for p in parts]
            cases = [p.cases for p in parts]
    combined = pa.concat_tables(tables)
    meta = run_metadata(scenario, seed, replications)
    meta["cases"] = cases
    return eventlog.with_metadata(combined.replace_schema_metadata({}), meta)


def _remove_folders(folders: list[str]) -> None:
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)


def _temporary_events_dir() -> str:
    """A fresh folder for a run's parts under the build folder (the system's temp folder
    outside a project); the caller removes it with its contents, however the run ends."""
    from malaka.paths import build_dir

    try:
        parent: Path | None = build_dir()
    except FileNotFoundError:
        parent = None
    if parent is not None:
        parent.mkdir(parents=True, exist_ok=True)
    return tempfile.mkdtemp(prefix="malaka-events-", dir=parent)
