"""The event log: the contract between the simulator and everything that reads its output.

One row per transition of one appeal. The simulator (SimPy only) writes it; KPIs, reports,
the dataset builder and the exercises read it. Nothing else crosses that boundary, so this
module imports neither SimPy nor pandas nor Faker.

:data:`XES_NAMES` says which process-mining (XES / IEEE 1849) attribute each column becomes in
the process log that :mod:`malaka.processmining` derives from it (``process-log.parquet`` and
``events.xes.gz``, with real time stamps and case ids unique across replications).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import pyarrow as pa
import pyarrow.parquet as pq

from malaka import atomic
from malaka.errors import InputError, Problem

#: Lifecycle transitions, in the order they can occur for one appeal.
LIFECYCLES: Final[tuple[str, ...]] = (
    "arrive",  # the appeal reaches the body through a channel
    "enqueue",  # it waits for a staff pool at a stage
    "start",  # an officer starts work on it at a stage
    "complete",  # the officer finishes that stage
    "forward",  # sent on to the competent body (outside competence)
    "request",  # an inter-agency request is sent to a partner agency
    "remind",  # a reminder about an overdue inter-agency request
    "escalate",  # an overdue inter-agency request is escalated
    "reply",  # the partner agency answers
    "extend",  # the head of the body extends the legal deadline once
    "abandon",  # a real-time caller hangs up before being served
    "close",  # the appeal leaves the system (answered, forwarded, left without consideration)
)

#: Outcomes written on ``close`` rows (empty on every other row).
OUTCOMES: Final[tuple[str, ...]] = (
    "answered",
    "forwarded",
    "left_without_consideration",
    "abandoned",
)


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the event log: its Arrow type, XES name and meaning."""

    name: str
    type: pa.DataType
    xes: str | None
    meaning: str


COLUMNS: Final[tuple[Column, ...]] = (
    Column("run_id", pa.string(), None, "'<scenario id>/<replication>'"),
    Column("replication", pa.int32(), "case:replication", "replication number, from 0"),
    Column("case_id", pa.string(), "case:concept:name", "appeal id, unique within a run"),
    Column("citizen_id", pa.string(), "case:citizen", "citizen id; a repeat appeal keeps it"),
    Column("channel", pa.string(), "case:channel", "channel the appeal came through"),
    Column("kind", pa.string(), "case:kind", "ariza, taklif or shikoyat"),
    Column("category", pa.string(), "case:category", "triage category id"),
    Column("urgency", pa.string(), "case:urgency", "P1 (immediate) to P4 (up to a month)"),
    Column(
        "regime", pa.string(), "case:regime", "legal regime: appeals_law, criminal, administrative"
    ),
    Column("district", pa.string(), "case:district", "district (tuman) the appeal concerns"),
    Column("activity", pa.string(), "concept:name", "stage id, or the agency id for requests"),
    Column("lifecycle", pa.string(), "lifecycle:transition", "one of LIFECYCLES"),
    Column("agency", pa.string(), "org:group", "body doing the work: 'own' or a partner agency id"),
    Column(
        "resource",
        pa.string(),
        "org:resource",
        "individual officer, e.g. 'registry#3'; empty if none",
    ),
    Column("t", pa.float64(), "time:timestamp", "hours since the scenario start"),
    Column(
        "deadline_t",
        pa.float64(),
        "case:deadline",
        "legal deadline in hours since start; NaN if none",
    ),
    Column(
        "queue_len", pa.int32(), "queue_len", "appeals waiting for the same pool at this moment"
    ),
    Column(
        "outcome", pa.string(), "case:outcome", "on close rows: one of OUTCOMES; empty otherwise"
    ),
    Column(
        "repeat_of", pa.string(), "case:repeat_of", "case id of the earlier appeal; empty if first"
    ),
)

COLUMN_NAMES: Final[tuple[str, ...]] = tuple(c.name for c in COLUMNS)

#: Columns that hold one value per appeal: the same on every row of a case.
CASE_ATTRIBUTES: Final[tuple[str, ...]] = (
    "citizen_id",
    "channel",
    "kind",
    "category",
    "urgency",
    "regime",
    "district",
    "repeat_of",
)
SCHEMA: Final[pa.Schema] = pa.schema([pa.field(c.name, c.type, nullable=False) for c in COLUMNS])
XES_NAMES: Final[dict[str, str]] = {c.name: c.xes for c in COLUMNS if c.xes is not None}

#: Keys every event log file carries in its Parquet metadata (``malaka.*``).
METADATA_KEYS: Final[tuple[str, ...]] = (
    "scenario_id",
    "scenario_sha256",
    "seed",
    "replications",
    "malaka_version",
    "simpy_version",
    "time_unit",
    "start",
    "timezone",
)

_META_PREFIX = "malaka."


def empty_columns() -> dict[str, list[Any]]:
    """Fresh column lists a recorder appends to (columnar: cheap to append, cheap to convert)."""
    return {name: [] for name in COLUMN_NAMES}


def to_table(
    columns: Mapping[str, list[Any]], metadata: Mapping[str, Any] | None = None
) -> pa.Table:
    """Build an Arrow table with the event-log schema from column lists."""
    missing = [n for n in COLUMN_NAMES if n not in columns]
    if missing:
        raise ValueError(f"event log columns missing: {', '.join(missing)}")
    arrays = [pa.array(columns[c.name], type=c.type) for c in COLUMNS]
    table = pa.Table.from_arrays(arrays, schema=SCHEMA)
    return with_metadata(table, metadata or {})


def with_metadata(table: pa.Table, metadata: Mapping[str, Any]) -> pa.Table:
    """Attach ``malaka.*`` metadata (values JSON-encoded) to a table."""
    existing = dict(table.schema.metadata or {})
    for key, value in metadata.items():
        existing[f"{_META_PREFIX}{key}".encode()] = json.dumps(value, sort_keys=True).encode()
    return table.replace_schema_metadata(existing)


def metadata_of(table: pa.Table) -> dict[str, Any]:
    """Read back the ``malaka.*`` metadata of a table."""
    out: dict[str, Any] = {}
    for key, value in (table.schema.metadata or {}).items():
        k = key.decode()
        if k.startswith(_META_PREFIX):
            out[k.removeprefix(_META_PREFIX)] = json.loads(value.decode())
    return out


def write(table: pa.Table, path: Path) -> None:
    """Write an event log (or any malaka table) to Parquet atomically and reproducibly."""
    with atomic.replace_file(path) as tmp:
        pq.write_table(table, tmp, compression="zstd", write_statistics=True)


def read(path: Path) -> pa.Table:
    """Read an event log, checking that it has every contract column with the right type."""
    if not path.is_file():
        raise InputError.single(str(path), "", "event log file not found")
    try:
        table = pq.read_table(path)
    except (pa.ArrowInvalid, OSError) as exc:
        raise InputError.single(path.name, "", f"not a readable Parquet file: {exc}") from exc
    problems = []
    for col in COLUMNS:
        if col.name not in table.column_names:
            problems.append(f"column '{col.name}' is missing")
        elif table.schema.field(col.name).type != col.type:
            found = table.schema.field(col.name).type
            problems.append(f"column '{col.name}' has type {found}, expected {col.type}")
    if problems:
        raise InputError([Problem(path.name, "columns", p) for p in problems])
    return table


def describe_markdown() -> str:
    """The column table as Markdown, for the README, data cards and the site."""
    rows = ["| column | type | XES name | meaning |", "|---|---|---|---|"]
    rows += [f"| `{c.name}` | {c.type} | {c.xes or ''} | {c.meaning} |" for c in COLUMNS]
    return "\n".join(rows)
