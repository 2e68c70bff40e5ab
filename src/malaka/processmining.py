"""The event log as process-mining tools open it: XES names, real time stamps, one case per appeal.

``events.parquet`` is the project's own contract: hours since the scenario start, case ids that
restart in every replication, one activity name for a stage's enqueue, start and complete.
Process-mining tools (pm4py, ProM, Disco, Apromore) read IEEE 1849 XES instead, so
:func:`process_log` turns the log into that form and :func:`write_xes` writes it:

- ``case:concept:name`` is unique in the file (``<scenario>/<replication>/<appeal>``);
- ``concept:name`` is an activity and ``lifecycle:transition`` a transition of XES's standard
  lifecycle model: a stage's enqueue, start and complete are ``schedule``, ``start`` and
  ``complete`` of one activity, an inter-agency request and its reply ``start`` and ``complete``
  of ``request:<agency>``, every other step a ``complete`` of its own name (:data:`STEPS`);
- ``time:timestamp`` is the scenario start in its time zone plus ``t``;
- case attributes (``case:...``) are the same on every row of a case, the final outcome and
  the final deadline included; a missing value (no officer, no deadline) is null, never "".

The XES writer is the project's own: pm4py, which reads it in the tests, is AGPL-licensed and
only a test dependency.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Final
from zoneinfo import ZoneInfo

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from malaka import atomic, eventlog

#: How the log's lifecycle becomes an XES event: (activity name, standard transition); the
#: name's ``{activity}`` is the row's activity (a stage, or a partner agency for requests).
STEPS: Final[dict[str, tuple[str, str]]] = {
    "arrive": ("arrive", "complete"),
    "enqueue": ("{activity}", "schedule"),
    "start": ("{activity}", "start"),
    "complete": ("{activity}", "complete"),
    "forward": ("forward", "complete"),
    "request": ("request:{activity}", "start"),
    "remind": ("remind:{activity}", "complete"),
    "escalate": ("escalate:{activity}", "complete"),
    "reply": ("request:{activity}", "complete"),
    "extend": ("extend", "complete"),
    "abandon": ("abandon", "complete"),
    "close": ("close", "complete"),
}

#: Case attributes taken from the log as they are (their XES names without ``case:``).
_CASE_COLUMNS: Final[dict[str, str]] = {
    c: eventlog.XES_NAMES[c].removeprefix("case:") for c in eventlog.CASE_ATTRIBUTES
}

#: Rows turned into XES text at a time (the text of a million events would not fit in memory).
_ROWS_AT_ONCE: Final = 100_000

XES_NAMESPACE: Final = "http://www.xes-standard.org/"
_EXTENSIONS: Final = (
    ("Concept", "concept"),
    ("Time", "time"),
    ("Lifecycle", "lifecycle"),
    ("Organizational", "org"),
)


def start_instant(events: pa.Table) -> datetime:
    """The scenario start (local midnight of its first day, in its time zone) of a log."""
    meta = eventlog.metadata_of(events)
    day = date.fromisoformat(meta["start"])
    return datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(meta["timezone"]))


def timestamps(t: pa.ChunkedArray | pa.Array, start: datetime) -> pa.Array:
    """``start`` plus ``t`` hours, as time-zone-aware Arrow time stamps (microseconds)."""
    base = int(
        (start.astimezone(UTC) - datetime(1970, 1, 1, tzinfo=UTC)) / timedelta(microseconds=1)
    )
    hours = np.nan_to_num(t.to_numpy(), nan=0.0)  # NaN (no deadline) is masked by the caller
    micros = base + np.rint(hours * 3.6e9).astype(np.int64)
    return pa.array(micros, type=pa.timestamp("us", tz=str(start.tzinfo)))


def _null_if_empty(column: pa.ChunkedArray) -> pa.ChunkedArray:
    return pc.if_else(pc.equal(column, ""), pa.scalar(None, pa.string()), column)


def _steps(activity: pa.ChunkedArray, lifecycle: pa.ChunkedArray) -> tuple[pa.Array, pa.Array]:
    """``concept:name`` and ``lifecycle:transition`` of every row (:data:`STEPS`)."""
    keys = pc.binary_join_element_wise(activity, lifecycle, "\x1f").combine_chunks()
    encoded = keys.dictionary_encode()
    names, transitions = [], []
    for key in encoded.dictionary.to_pylist():
        act, life = key.split("\x1f")
        name, transition = STEPS[life]
        names.append(name.format(activity=act))
        transitions.append(transition)
    return (
        pa.array(names, pa.string()).take(encoded.indices),
        pa.array(transitions, pa.string()).take(encoded.indices),
    )


def process_log(events: pa.Table, cases: pa.Table) -> pa.Table:
    """The log in XES form, one row per event, sorted by case then time (see the module).

    ``cases`` is the per-appeal table of the same log (:func:`malaka.simulations.cases.
    derive_cases`): it gives each case its final outcome and final deadline."""
    start = start_instant(events)
    case_id = pc.binary_join_element_wise(events["run_id"], events["case_id"], "/")
    names, transitions = _steps(events["activity"], events["lifecycle"])
    columns: dict[str, Any] = {
        "case:concept:name": case_id,
        "concept:name": names,
        "lifecycle:transition": transitions,
        "time:timestamp": timestamps(events["t"], start),
        "org:resource": _null_if_empty(events["resource"]),
        "org:group": events["agency"],
        "queue_len": events["queue_len"],
    }
    for column, name in _CASE_COLUMNS.items():
        columns[f"case:{name}"] = _null_if_empty(events[column])
    columns["case:replication"] = events["replication"]
    deadline = timestamps(cases["deadline_t"], start)
    final = pa.table(
        {
            "run_id": cases["run_id"],
            "case_id": cases["case_id"],
            "case:outcome": _null_if_empty(cases["outcome"]),
            "case:deadline": pc.if_else(
                pc.is_nan(cases["deadline_t"]), pa.scalar(None, deadline.type), deadline
            ),
        }
    )
    table = (
        pa.table(columns)
        .append_column("run_id", events["run_id"])
        .append_column("case_id", events["case_id"])
    )
    table = table.append_column("row", pa.array(np.arange(table.num_rows), pa.int64()))
    table = table.join(final, ["run_id", "case_id"], join_type="left outer")
    order = pc.sort_indices(
        table, [("case:replication", "ascending"), ("case_id", "ascending"), ("row", "ascending")]
    )
    table = table.take(order).drop_columns(["run_id", "case_id", "row"])
    return table.replace_schema_metadata({})


# --- XES --------------------------------------------------------------------------------------
def _escaped(text: pa.Array) -> pa.Array:
    """XML-escaped text for an attribute value in double quotes."""
    for raw, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;")):
        text = pc.replace_substring(text, raw, entity)
    return text


def _elements(key: str, column: pa.ChunkedArray) -> pa.Array:
    """One XES attribute element per row (``""`` where the value is null)."""
    kind = column.type
    if pa.types.is_timestamp(kind):
        # xs:dateTime: local time with the offset written +05:00 (strftime gives +0500)
        text = pc.strftime(column, format="%Y-%m-%dT%H:%M:%S%z")
        text = pc.replace_substring_regex(text, r"([+-]\d\d)(\d\d)$", r"\1:\2")
        tag = "date"
    elif pa.types.is_integer(kind):
        text, tag = pc.cast(column, pa.string()), "int"
    elif pa.types.is_floating(kind):
        text, tag = pc.cast(column, pa.string()), "float"
    else:
        text, tag = _escaped(column), "string"
    element = pc.binary_join_element_wise(f'<{tag} key="{key}" value="', text, '"/>', "")
    return pc.fill_null(element, "").combine_chunks()


def _joined(parts: list[pa.Array]) -> list[str]:
    return pc.binary_join_element_wise(*parts, "").to_pylist()  # type: ignore[no-any-return]


def xes_lines(log: pa.Table) -> Iterator[str]:
    """The XES document of a :func:`process_log` table, line by line (one trace per case).

    Every attribute element is built column by column with Arrow; only the joining of lines
    runs per row."""
    yield '<?xml version="1.0" encoding="UTF-8"?>'
    yield f'<log xes.version="1849-2016" xes.features="" xmlns="{XES_NAMESPACE}">'
    for name, prefix in _EXTENSIONS:
        uri = f"{XES_NAMESPACE}{name.lower()}.xesext"
        yield f'<extension name="{name}" prefix="{prefix}" uri="{uri}"/>'
    yield '<classifier name="Activity" keys="concept:name"/>'
    yield '<classifier name="Activity and transition" keys="concept:name lifecycle:transition"/>'
    if log.num_rows:
        case = log["case:concept:name"].combine_chunks()
        first = np.ones(log.num_rows, dtype=bool)
        first[1:] = pc.not_equal(case[1:], case[:-1]).to_numpy(zero_copy_only=False)
        case_keys = [c for c in log.column_names if c.startswith("case:")]
        event_keys = [c for c in log.column_names if not c.startswith("case:")]
        for offset in range(0, log.num_rows, _ROWS_AT_ONCE):  # bounded memory for big logs
            part = log.slice(offset, _ROWS_AT_ONCE)
            starts = first[offset : offset + part.num_rows]
            at = pa.array(np.flatnonzero(starts))
            heads = iter(
                _joined([_elements(c.removeprefix("case:"), part[c].take(at)) for c in case_keys])
            )
            events = _joined([_elements(c, part[c]) for c in event_keys])
            for i, (event, new_case) in enumerate(zip(events, starts.tolist(), strict=True)):
                if new_case:
                    if offset + i:
                        yield "</trace>"
                    yield f"<trace>{next(heads)}"
                yield f"<event>{event}</event>"
        yield "</trace>"
    yield "</log>"


def write_xes(log: pa.Table, path: Path) -> None:
    """Write a :func:`process_log` table as gzipped XES (``.xes.gz``), atomically."""
    with (
        atomic.replace_file(path) as tmp,
        tmp.open("wb") as file,
        # no name and no time in the header: the same log gives the same bytes
        gzip.GzipFile("", "wb", compresslevel=5, fileobj=file, mtime=0) as raw,
        io.TextIOWrapper(raw, encoding="utf-8") as out,
    ):
        for line in xes_lines(log):
            out.write(line)
            out.write("\n")
