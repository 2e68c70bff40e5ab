"""Where an ``appeals`` dataset's event log comes from: a file, or a run of the scenario.

This is the only module of ``malaka.datasets`` that may lead to SimPy, and only inside
:func:`run_scenario`, so the rule "dataset code never imports SimPy" holds for everything
else (a test imports :mod:`malaka.datasets.build` in a fresh process and looks at
``sys.modules``). Scenarios themselves are read with :mod:`malaka.simulations.scenario`, which
is SimPy-free by design.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from malaka import eventlog
from malaka.errors import InputError, Problem

if TYPE_CHECKING:
    from malaka.simulations.scenario import Scenario


def load_scenario(path: Path, spec_file: str, line: int | None) -> Scenario:
    """Read the scenario a spec names; a missing file is the spec's error (field ``scenario``)."""
    from malaka.simulations.scenario import load_scenario as _load

    if not path.is_file():
        raise InputError([Problem(spec_file, "scenario", f"scenario file not found: {path}", line)])
    return _load(path)


def run_scenario(scenario: Scenario, replications: int, seed: int, progress: bool) -> pa.Table:
    """Simulate the scenario (this import brings in SimPy, and only here)."""
    from malaka.simulations.runner import run_replications

    return run_replications(scenario, replications, seed, workers=1, progress=progress)


_IDS = ("case_id", "citizen_id", "repeat_of")
_UNUSED = ("replication", "queue_len")


def read_events(path: Path, spec_file: str, field: str, line: int | None = None) -> pa.Table:
    """Read an event log file with string columns as dictionaries (a 10-million-row log then
    fits in a few hundred MB), checking every contract column and type."""
    if not path.is_file():
        raise InputError([Problem(spec_file, field, f"event log file not found: {path}", line)])
    try:
        schema = pq.read_schema(path)
    except (pa.ArrowInvalid, OSError) as exc:
        raise InputError.single(path.name, "", f"not a readable Parquet file: {exc}") from exc
    names = set(schema.names)
    problems = []
    for col in eventlog.COLUMNS:
        if col.name not in names:
            problems.append(Problem(path.name, col.name, "column is missing"))
            continue
        typ = schema.field(col.name).type
        if pa.types.is_dictionary(typ):
            typ = typ.value_type
        if typ not in (col.type, pa.large_string() if col.type == pa.string() else col.type):
            problems.append(Problem(path.name, col.name, f"has type {typ}, expected {col.type}"))
    if problems:
        raise InputError(problems)
    # ids (one value per case or more) stay plain: per-row-group dictionaries of a million ids
    # would cost more to unify than to hash once; replication and queue_len stay on disk
    strings = [c.name for c in eventlog.COLUMNS if c.type == pa.string() and c.name not in _IDS]
    wanted = [n for n in eventlog.COLUMN_NAMES if n not in _UNUSED]
    try:
        table = pq.read_table(path, columns=wanted, read_dictionary=strings)
    except (pa.ArrowInvalid, OSError) as exc:
        raise InputError.single(path.name, "", f"not a readable Parquet file: {exc}") from exc
    return table


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes (streamed)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def provenance_of_events(table: pa.Table) -> dict[str, Any]:
    """The ``malaka.*`` metadata an event log carries (scenario hash, seed, versions)."""
    return eventlog.metadata_of(table)
