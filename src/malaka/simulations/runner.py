"""Run replications of a scenario and return event logs as Arrow tables.

``run_one`` runs one replication in this process; ``run_replications`` runs many, in parallel
local processes by default or on an existing Dask distributed cluster. Replication ``r`` always
draws from the streams of ``(seed, r)``, so results do not depend on the number of workers or on
where a replication ran.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import shutil
import signal
import tempfile
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa

from malaka import eventlog
from malaka.simulations.scenario import Scenario

if TYPE_CHECKING:
    from malaka.simulations.processes import RunResult

_PLAN_CACHE: dict[str, Any] = {}


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


def _plan(scenario: Scenario) -> Any:
    from malaka.simulations.model import Plan

    key = scenario.sha256()
    plan = _PLAN_CACHE.get(key)
    if plan is None:
        if len(_PLAN_CACHE) > 16:
            _PLAN_CACHE.clear()
        plan = Plan(scenario)
        _PLAN_CACHE[key] = plan
    return plan


def _narrow_index(index: np.ndarray, size: int) -> np.ndarray:
    """Indices into ``size`` values in the narrowest integer type (smaller and faster)."""
    dtype = np.int8 if size <= 127 else np.int16 if size <= 32767 else np.int32
    return np.asarray(index).astype(dtype, copy=False)


def _strings(values: Sequence[str], index: np.ndarray) -> pa.Array:
    """Strings picked by integer index from a small vocabulary (fast dictionary take; a
    column holding one value, such as ``run_id``, is laid out directly)."""
    index = _narrow_index(index, len(values))
    if len(index) and index.min() == index.max():
        return _fixed_width(values[int(index[0])].encode(), index)
    return _vocabulary(values).take(_numbers(index))


def _numbers(values: np.ndarray) -> pa.Array:
    """A numeric Arrow array over ``values``, without a copy.

    Every table is built with ``from_buffers``: ``pa.array`` imports pandas (a third of a
    second in a fresh worker process, which builds its replications' tables too).
    """
    data = np.ascontiguousarray(values)
    if data.dtype.kind not in "iuf":
        raise TypeError(f"not a numeric array: {data.dtype}")
    return pa.Array.from_buffers(
        pa.from_numpy_dtype(data.dtype), len(data), [None, pa.py_buffer(data)]
    )


def _vocabulary(values: Sequence[str]) -> pa.Array:
    """A string array of ``values`` (laid out by hand: see :func:`_numbers`)."""
    encoded = [value.encode() for value in values]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int32)
    np.cumsum([len(e) for e in encoded], out=offsets[1:])
    return pa.StringArray.from_buffers(
        len(encoded), pa.py_buffer(offsets), pa.py_buffer(b"".join(encoded))
    )


def _ids(prefix: str, numbers: np.ndarray, index: np.ndarray) -> pa.Array:
    """``prefix`` + ``numbers[index]`` zero-padded to seven digits, as strings; empty where
    the number is < 0.

    The digits are made once per number (a few numpy operations per digit, on the cases,
    not the rows), then every row takes its number's fixed-width cell.
    """
    nums = np.asarray(numbers, dtype=np.int64)
    top = int(nums.max(initial=0))
    width = max(7, len(str(top)))
    head = prefix.encode()
    cell = len(head) + width
    block = np.empty((len(nums), cell), dtype=np.uint8)
    block[:, : len(head)] = np.frombuffer(head, dtype=np.uint8)
    rest = np.maximum(nums, 0).astype(np.uint64 if top >= 2**31 else np.uint32)
    digit = np.empty_like(rest)  # buffers reused for every digit: no fresh memory per digit
    for col in range(cell - 1, len(head) - 1, -1):
        np.divmod(rest, 10, out=(rest, digit))
        digit += 48  # '0'
        block[:, col] = digit
    cells = block.view(np.dtype((np.void, cell))).reshape(len(nums))
    missing = (nums < 0)[index]
    return _fixed_width(cells, index, missing if missing.any() else None)


def _fixed_width(
    cells: np.ndarray | bytes, index: np.ndarray, missing: np.ndarray | None = None
) -> pa.Array:
    """A string array of ``cells[index]`` (cells of one byte length; ``bytes``: that one
    value on every row), empty where ``missing``: data and offsets handed to Arrow without
    a copy."""
    if isinstance(cells, bytes):
        cell = len(cells)
        data = np.frombuffer(cells * len(index), dtype=np.uint8)
    else:
        cell = cells.dtype.itemsize
        picked = cells[index] if missing is None else cells[index[~missing]]
        data = picked.view(np.uint8)
    n = len(index)
    if missing is None:
        offsets = np.arange(0, (n + 1) * cell, cell, dtype=np.int64)
    else:
        offsets = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.where(missing, 0, cell), out=offsets[1:])
    if offsets[-1] < 2**31:
        return pa.StringArray.from_buffers(
            n, pa.py_buffer(offsets.astype(np.int32)), pa.py_buffer(data)
        )
    return pa.LargeStringArray.from_buffers(n, pa.py_buffer(offsets), pa.py_buffer(data)).cast(
        pa.string()
    )


@contextlib.contextmanager
def _lean_run() -> Iterator[None]:
    """How a replication runs: without the cyclic garbage collector and without huge pages.

    A run makes millions of short-lived objects that reference counting frees; collector
    passes over them cost about a quarter of the time. Its arrays and tables are written
    once, and huge pages for them (numpy's default, and Arrow's default allocator, mimalloc)
    make the kernel zero and compact 2 MiB at a time: on the virtual machines we measured,
    two to four times the system time of ordinary pages (Arrow's jemalloc allocator and
    numpy without huge-page advice). Every setting is restored afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    huge_pages = _set_numpy_huge_pages(False)
    pool = pa.default_memory_pool()
    with contextlib.suppress(NotImplementedError):  # a pyarrow built without jemalloc
        pa.set_memory_pool(pa.jemalloc_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(pool)
        _set_numpy_huge_pages(huge_pages)
        if was_enabled:
            gc.enable()


def _set_numpy_huge_pages(enabled: bool) -> bool:
    """numpy's huge-page advice for new arrays (Linux); returns the previous setting."""
    setter = getattr(getattr(np, "_core", None), "multiarray", None)
    setter = getattr(setter, "_set_madvise_hugepage", None)
    if setter is None:  # pragma: no cover - a numpy without the switch
        return enabled
    return bool(setter(enabled))


def run_one(scenario: Scenario, replication: int, seed: int, *, engine: str = "fast") -> pa.Table:
    """Simulate one replication; the event log sorted by time, with metadata.

    ``engine="reference"`` runs the plain-SimPy model (:mod:`.reference`): the same model,
    slower, for checks and for reading.
    """
    return _replication_table(_plan(scenario), replication, seed, engine)


def _replication_table(plan: Any, replication: int, seed: int, engine: str = "fast") -> pa.Table:
    """One replication simulated and turned into its event log, the way every replication
    runs (in this process, a local worker or a Dask worker): see :func:`_lean_run`."""
    with _lean_run():
        return _to_table(plan, replication, _simulate(plan, replication, seed, engine), seed)


def _simulate(plan: Any, replication: int, seed: int, engine: str = "fast") -> RunResult:
    if engine == "fast":
        from malaka.simulations.processes import simulate
    elif engine == "reference":
        from malaka.simulations.reference import simulate
    else:
        raise ValueError(f"engine must be 'fast' or 'reference', not {engine!r}")
    result: RunResult = simulate(plan, replication, seed)
    return result


def _to_table(plan: Any, replication: int, res: RunResult, seed: int) -> pa.Table:
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

    # Case attributes at row level: integer gathers, then strings from small vocabularies
    # (identifiers are formatted straight from the numbers).
    def at_rows(values: np.ndarray, size: int) -> np.ndarray:
        """A case attribute (an index into ``size`` values) at every row, in a narrow type."""
        narrow: np.ndarray = _narrow_index(values, size)[case]
        return narrow

    cats = plan.categories
    category = at_rows(cs["category"], len(cats))
    per_case = {
        "case_id": _ids("A", np.arange(n_cases), case),
        "citizen_id": _ids("C", cs["citizen"], case),
        "channel": _strings(plan.channels, at_rows(cs["channel"], len(plan.channels))),
        "kind": _strings(plan.kinds, at_rows(cs["kind"], len(plan.kinds))),
        "category": _strings(cats, category),
        "urgency": _strings(plan.urgency, category),
        "regime": _strings(plan.regime_ids, at_rows(cs["regime"], len(plan.regime_ids))),
        "district": _strings(plan.districts, at_rows(cs["district"], len(plan.districts))),
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
            "run_id": _strings([f"{scenario.id}/{replication}"], np.zeros(n, dtype=np.int8)),
            "replication": _numbers(np.full(n, replication, dtype=np.int32)),
            "activity": _strings(acts, code),
            "lifecycle": _strings(lifes, code),
            "agency": _strings(agencies, code),
            "resource": _strings(officers, officer),
            "t": _numbers(t.astype(np.float64, copy=False)),
            "deadline_t": _numbers(deadline.astype(np.float64, copy=False)),
            "queue_len": _numbers(qlen.astype(np.int32, copy=False)),
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


def _mp_context() -> Any:
    """How worker processes start: :func:`.worker_start.context` (imported here, not at the
    top: the fork server imports that module last, once this one is whole)."""
    from malaka.simulations import worker_start

    return worker_start.context()


def _run_one_worker(scenario: Scenario, replication: int, seed: int) -> pa.Table:
    """Dask entry point (top level so it pickles): the table itself travels back (a remote
    worker shares no memory with the caller)."""
    return run_one(scenario, replication, seed)


@dataclass(frozen=True)
class _Spooled:
    """What a local worker sends back: the file in the spool holding its table."""

    path: str


def _simulate_spooled(plan: Any, replication: int, seed: int, spool: str) -> pa.Table | _Spooled:
    """Local-process entry point: simulate, build the table, and write it as an Arrow file to
    ``spool`` (shared memory where there is some); only its place travels back, and the caller
    maps it (nothing large is pickled or copied). Every process builds the tables of the
    replications it simulated: the work of a replication stays in one piece, and the
    processes finish together. Where the spool has no room, the table itself travels back."""
    table = _replication_table(plan, replication, seed)
    path = str(Path(spool) / f"replication-{replication}.arrow")
    try:
        _write_table(path, table)
    except OSError:
        Path(path).unlink(missing_ok=True)
        return table
    return _Spooled(path)


def _write_table(path: str, table: pa.Table) -> None:
    """``table`` as an Arrow IPC file (schema metadata included) at ``path``."""
    with pa.OSFile(path, "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)


def _read_table(path: str) -> pa.Table:
    """The table :func:`_write_table` wrote, mapped (its buffers are not copied); the file is
    then unlinked (the mapping lives on while the table uses it)."""
    try:
        with pa.memory_map(path) as source:
            return pa.ipc.open_file(source).read_all()
    finally:
        Path(path).unlink()


def _unspool(result: pa.Table | _Spooled) -> pa.Table:
    """The table a worker sent, read back from the spool where it was put there."""
    return _read_table(result.path) if isinstance(result, _Spooled) else result


#: Free shared memory below which workers spool to the temp dir instead (a container's
#: ``/dev/shm`` is often 64 MB; twelve regional replications' tables take 500 MB).
_SHM_ROOM = 512 * 2**20


def _spool_parent() -> str | None:
    """Where workers put their tables: shared memory where there is room, else the temp dir
    (its files are mapped just the same, through the page cache)."""
    shm = Path("/dev/shm")  # noqa: S108 - a private directory is made inside it
    if shm.is_dir() and os.access(shm, os.W_OK) and shutil.disk_usage(shm).free >= _SHM_ROOM:
        return str(shm)
    return None


def run_replications(
    scenario: Scenario,
    replications: int,
    seed: int,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: bool = False,
) -> pa.Table:
    """Run ``replications`` replications and concatenate their logs in replication order.

    ``workers``: local processes working at once, this one included (default: the CPU count,
    at most one per replication; 1 runs everything in this process). ``scheduler``: address of
    an existing Dask distributed scheduler.
    """
    if replications < 1:
        raise ValueError("replications must be >= 1")
    if workers is not None and workers < 1:
        raise ValueError("workers must be >= 1")
    tables: dict[int, pa.Table] = {}
    with _Progress(progress, replications) as advance:
        if scheduler is not None:
            _run_dask(
                scenario=scenario,
                replications=replications,
                seed=seed,
                scheduler=scheduler,
                tables=tables,
                advance=advance,
            )
        else:
            n_workers = min(workers or os.cpu_count() or 1, replications)
            if n_workers == 1:
                for r in range(replications):
                    tables[r] = run_one(scenario, r, seed)
                    advance()
            else:
                _run_local(
                    scenario=scenario,
                    replications=replications,
                    seed=seed,
                    n_workers=n_workers,
                    tables=tables,
                    advance=advance,
                )
    combined = pa.concat_tables([tables[r] for r in range(replications)])
    meta = run_metadata(scenario, seed, replications)
    meta["cases"] = [eventlog.metadata_of(tables[r])["cases"] for r in range(replications)]
    return eventlog.with_metadata(combined.replace_schema_metadata({}), meta)


def _run_local(
    *,
    scenario: Scenario,
    replications: int,
    seed: int,
    n_workers: int,
    tables: dict[int, pa.Table],
    advance: Callable[[], None],
) -> None:
    """Replications on ``n_workers`` cores: ``n_workers - 1`` child processes, and this one.

    Every process takes the next replication nobody has taken from a shared counter, so the
    cores stay busy to the end and no child waits for this process to hand it work (this
    process is busy simulating: a hand-over through its threads costs a child tens of
    milliseconds per replication). Every process builds the tables of its replications, so
    each is as busy as the others (built here, a child's tables made this process the last to
    finish).
    """
    plan = _plan(scenario)
    ctx = _mp_context()
    counter = ctx.Value("q", 0)
    with (
        tempfile.TemporaryDirectory(prefix="malaka-runs-", dir=_spool_parent()) as spool,
        _Children(
            ctx, n_workers - 1, _Work(_pickled(plan, spool), seed, spool, counter, replications)
        ) as kids,
    ):

        def receive(wait: bool) -> None:
            for r, sent in kids.results(wait=wait):
                tables[r] = _unspool(sent)
                advance()

        while (mine := _take(counter, replications)) is not None:
            tables[mine] = _replication_table(plan, mine, seed)
            advance()
            receive(wait=False)
        while len(tables) < replications:
            receive(wait=True)


def _pickled(plan: Any, spool: str) -> str:
    """The plan, pickled to a file in ``spool`` for the children to read: given to them as
    an argument, it would fill the pipe that starts each one, and this process would wait
    while the child imports the script's main module before reading it (a tenth of a second
    or more under the ``malaka`` command or pytest)."""
    path = Path(spool) / "plan.pickle"
    path.write_bytes(pickle.dumps(plan, protocol=pickle.HIGHEST_PROTOCOL))
    return str(path)


def _take(counter: Any, replications: int) -> int | None:
    """The next replication nobody has taken (``counter`` is shared by the processes)."""
    with counter.get_lock():
        r: int = counter.value
        if r >= replications:
            return None
        counter.value = r + 1
    return r


@dataclass(frozen=True)
class _Work:
    """What every child process is given: the run (its plan, made once, in the caller, and
    pickled to ``plan_file``), and the counter of taken replications."""

    plan_file: str
    seed: int
    spool: str
    counter: Any  # a multiprocessing Value shared by the processes
    replications: int


def _child(work: _Work, conn: Connection) -> None:
    """A child process: simulates replications taken from the shared counter until none is
    left, sending ``(replication, result)`` for each, or ``(replication, error, traceback)``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C: the caller stops its children
    with contextlib.closing(conn):
        plan = None
        while (r := _take(work.counter, work.replications)) is not None:
            try:
                if plan is None:  # inside the try: an error here travels back too
                    plan = pickle.loads(Path(work.plan_file).read_bytes())  # noqa: S301 - ours
                sent = _simulate_spooled(plan, r, work.seed, work.spool)
            except Exception as exc:
                text = traceback.format_exc()
                try:
                    error = pickle.loads(pickle.dumps(exc))  # noqa: S301 - made just above
                except Exception:  # an error that does not travel: its text does
                    error = RuntimeError(f"{type(exc).__name__}: {exc}")
                conn.send((r, error, text))
                return
            conn.send((r, sent))


class _Children:
    """Child processes running :func:`_child`, each with a pipe back to this process."""

    def __init__(self, ctx: Any, count: int, work: _Work) -> None:
        self.ctx = ctx
        self.count = count
        self.work = work
        self.procs: list[Any] = []
        self.pipes: dict[Connection, Any] = {}  # receiving end -> process

    def __enter__(self) -> _Children:
        try:
            for _ in range(self.count):
                recv, send = self.ctx.Pipe(duplex=False)
                proc = self.ctx.Process(target=_child, args=(self.work, send), daemon=True)
                proc.start()
                send.close()  # the child holds the only sending end: its exit ends the pipe
                self.procs.append(proc)
                self.pipes[recv] = proc
        except BaseException:
            self.__exit__()
            raise
        return self

    def results(self, *, wait: bool) -> list[tuple[int, pa.Table | _Spooled]]:
        """What the children have sent (waiting for something when ``wait``)."""
        from multiprocessing.connection import wait as ready

        if not self.pipes:
            if wait:  # nothing will come: say so rather than wait for ever
                raise RuntimeError("the worker processes ended before every replication was done")
            return []
        out = []
        for recv in ready(list(self.pipes), timeout=None if wait else 0):
            assert isinstance(recv, Connection)
            try:
                message: Any = recv.recv()
            except EOFError:
                proc = self.pipes.pop(recv)
                proc.join()
                recv.close()
                if proc.exitcode:
                    raise RuntimeError(
                        f"a worker process ended with exit code {proc.exitcode} before its"
                        " replication was done (its own error, if any, is printed above; a"
                        " script that runs replications keeps its work under"
                        ' `if __name__ == "__main__":`)'
                    ) from None
                continue
            if len(message) == 3:
                r, exc, text = message
                exc.add_note(f"in the worker process simulating replication {r}:\n{text}")
                raise exc
            out.append(message)
        return out

    def __exit__(self, *exc: object) -> None:
        for proc in self.procs:
            if proc.is_alive():
                proc.terminate()
        for proc in self.procs:
            proc.join()
        for recv in self.pipes:
            recv.close()


def _run_dask(
    *,
    scenario: Scenario,
    replications: int,
    seed: int,
    scheduler: str,
    tables: dict[int, pa.Table],
    advance: Callable[[], None],
) -> None:
    from distributed import Client

    with Client(scheduler, set_as_default=False) as client:  # type: ignore[no-untyped-call]
        futures = client.map(
            _run_one_worker,
            [scenario] * replications,
            list(range(replications)),
            [seed] * replications,
            pure=False,
        )
        for r, fut in enumerate(futures):  # in order: progress still moves as they finish
            tables[r] = fut.result()
            advance()


class _Progress:
    """A rich progress bar on stderr, or nothing."""

    def __init__(self, enabled: bool, total: int) -> None:
        self.enabled = enabled
        self.total = total
        self._bar: Any = None

    def __enter__(self) -> Callable[[], None]:
        if not self.enabled:
            return lambda: None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

        self._bar = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._bar.__enter__()
        task = self._bar.add_task("replications", total=self.total)
        bar = self._bar
        return lambda: bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)
