# mypy: disable-error-code="import-untyped"
"""The per-appeal table (``cases``): one row per appeal per replication, derived from the log.

Everything here is computed from the event log alone, so it holds for any log that follows the
contract (:mod:`malaka.eventlog`). Columns are described in :data:`CASE_COLUMNS`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

import numpy as np
import pandas as pd
import pyarrow as pa

from malaka import eventlog


@dataclass(frozen=True, slots=True)
class CaseColumn:
    """One column of the cases table."""

    name: str
    type: pa.DataType
    meaning: str


CASE_COLUMNS: Final[tuple[CaseColumn, ...]] = (
    CaseColumn("run_id", pa.string(), "'<scenario id>/<replication>'"),
    CaseColumn("replication", pa.int32(), "replication number, from 0"),
    CaseColumn("case_id", pa.string(), "appeal id, unique within a run"),
    CaseColumn(
        "citizen_id", pa.string(), "citizen id (a repeat appeal keeps it); empty if anonymous"
    ),
    CaseColumn("channel", pa.string(), "channel the appeal came through"),
    CaseColumn("kind", pa.string(), "ariza, taklif or shikoyat"),
    CaseColumn("category", pa.string(), "triage category id"),
    CaseColumn("urgency", pa.string(), "P1 to P4"),
    CaseColumn("regime", pa.string(), "legal regime"),
    CaseColumn("district", pa.string(), "district the appeal concerns"),
    CaseColumn("repeat_of", pa.string(), "case id of the earlier appeal; empty if first"),
    CaseColumn("arrive_t", pa.float64(), "hours since start when the appeal arrived"),
    CaseColumn(
        "registered_t",
        pa.float64(),
        "end of the registration stage (of the first stage if none); NaN if never reached",
    ),
    CaseColumn("first_start_t", pa.float64(), "first time an officer started work; NaN if never"),
    CaseColumn("close_t", pa.float64(), "when the appeal left the system; NaN if still open"),
    CaseColumn("outcome", pa.string(), "one of eventlog.OUTCOMES; empty if still open"),
    CaseColumn(
        "deadline_t", pa.float64(), "final legal deadline (after any extension); NaN if none"
    ),
    CaseColumn("extended", pa.bool_(), "the head of the body extended the deadline once"),
    CaseColumn(
        "answered_in_time",
        pa.bool_(),
        "answered or forwarded by the deadline; null if no deadline applies or not yet known",
    ),
    CaseColumn(
        "time_to_answer_h",
        pa.float64(),
        "close - arrive for answered or forwarded appeals; NaN otherwise",
    ),
    CaseColumn("wait_h", pa.float64(), "hours spent queueing for officers (to the end if open)"),
    CaseColumn("service_h", pa.float64(), "hours officers spent on it"),
    CaseColumn("n_visits", pa.int32(), "stage services started (a misrouted appeal repeats one)"),
    CaseColumn("n_requests", pa.int32(), "inter-agency requests sent"),
    CaseColumn("n_overdue_requests", pa.int32(), "requests that needed a reminder or escalation"),
    CaseColumn("n_escalations", pa.int32(), "requests escalated"),
    CaseColumn("open_at_end", pa.bool_(), "still in the system when the run stopped"),
)
CASE_SCHEMA: Final[pa.Schema] = pa.schema([pa.field(c.name, c.type) for c in CASE_COLUMNS])


def describe_markdown() -> str:
    """The cases columns as a Markdown table."""
    rows = ["| column | type | meaning |", "|---|---|---|"]
    rows += [f"| `{c.name}` | {c.type} | {c.meaning} |" for c in CASE_COLUMNS]
    return "\n".join(rows)


def derive_cases(events: pa.Table) -> pa.Table:  # noqa: PLR0915 - one column after another
    """One row per appeal per replication, in (replication, arrival) order."""
    import pyarrow.compute as pc

    meta = eventlog.metadata_of(events)
    if events.num_rows == 0:
        return eventlog.with_metadata(CASE_SCHEMA.empty_table(), meta)
    t = events["t"].to_numpy()
    end_t = float(meta.get("end_hours", t.max()))
    rep = events["replication"].to_numpy().astype(np.int64)
    cid = pc.dictionary_encode(events["case_id"]).combine_chunks()
    cid_idx = cid.indices.to_numpy().astype(np.int64)
    codes, _ = pd.factorize(rep * (len(cid.dictionary) + 1) + cid_idx)
    n = int(codes.max()) + 1
    rows = np.arange(len(codes))
    first_idx = np.empty(n, dtype=np.int64)
    first_idx[codes[::-1]] = rows[::-1]
    last_idx = np.empty(n, dtype=np.int64)
    last_idx[codes] = rows
    life_enc = pc.dictionary_encode(events["lifecycle"]).combine_chunks()
    life_names = life_enc.dictionary.to_pylist()
    life_idx = life_enc.indices.to_numpy()

    def mask_of(name: str) -> np.ndarray:
        if name not in life_names:
            return np.zeros(len(codes), dtype=bool)
        return np.asarray(life_idx == life_names.index(name))

    def sum_of(name: str) -> np.ndarray:
        mask = mask_of(name)
        return np.bincount(codes[mask], weights=t[mask], minlength=n)

    def count_of(name: str) -> np.ndarray:
        return np.bincount(codes[mask_of(name)], minlength=n)

    def first_of(name: str) -> np.ndarray:
        out = np.full(n, np.nan)
        mask = mask_of(name)
        out[codes[mask][::-1]] = t[mask][::-1]  # reversed so the earliest write wins
        return out

    firsts = events.select(["run_id", "replication", "case_id", *eventlog.CASE_ATTRIBUTES]).take(
        pa.array(first_idx)
    )
    arrive = first_of("arrive")
    close = first_of("close")
    n_enq, n_start, n_abandon = count_of("enqueue"), count_of("start"), count_of("abandon")
    n_complete = count_of("complete")
    open_ = np.isnan(close)
    stop = np.where(open_, end_t, close)
    wait = sum_of("start") + sum_of("abandon") - sum_of("enqueue")
    wait += np.clip(n_enq - n_start - n_abandon, 0, None) * stop
    service = sum_of("complete") - sum_of("start") + np.clip(n_start - n_complete, 0, None) * stop
    close_mask = mask_of("close")
    outcome = np.full(n, "", dtype=object)
    outcome[codes[close_mask]] = np.asarray(
        events["outcome"].filter(pa.array(close_mask)).to_pylist(), dtype=object
    )
    deadline = events["deadline_t"].to_numpy()[last_idx]
    answered = np.isin(outcome, ["answered", "forwarded"])
    has_deadline = ~np.isnan(deadline)
    with np.errstate(invalid="ignore"):
        in_time = np.where(open_, end_t <= deadline, close <= deadline)
        late_open = open_ & (end_t > deadline)
    known = has_deadline & (answered | late_open)
    in_time_arr = pa.array(np.where(known, in_time, False), mask=~known, type=pa.bool_())
    tta = np.where(answered, close - arrive, math.nan)
    # An overdue request has a reminder or an escalation (at most one of each per request).
    n_esc = count_of("escalate")
    overdue = np.maximum(count_of("remind"), n_esc)

    # Registered: end of the registration stage when the log says which it is, else of the
    # first stage an appeal went through.
    roles = meta.get("stage_roles") or {}
    reg_stages = [s for s, r in roles.items() if r == "registration"]
    registered = first_of("complete")
    if reg_stages:
        act = events["activity"].to_numpy(zero_copy_only=False)
        mask = mask_of("complete") & np.isin(act, reg_stages)
        reg = np.full(n, np.nan)
        reg[codes[mask][::-1]] = t[mask][::-1]
        registered = np.where(np.isnan(reg), registered, reg)

    data: dict[str, object] = {c: firsts[c] for c in firsts.column_names}
    data.update(
        {
            "arrive_t": arrive,
            "registered_t": registered,
            "first_start_t": first_of("start"),
            "close_t": close,
            "outcome": outcome,
            "deadline_t": deadline,
            "extended": count_of("extend") > 0,
            "answered_in_time": in_time_arr,
            "time_to_answer_h": tta,
            "wait_h": wait,
            "service_h": service,
            "n_visits": n_start.astype(np.int32),
            "n_requests": count_of("request").astype(np.int32),
            "n_overdue_requests": overdue.astype(np.int32),
            "n_escalations": n_esc.astype(np.int32),
            "open_at_end": open_,
        }
    )
    arrays = [
        data[c.name]
        if isinstance(data[c.name], pa.ChunkedArray)
        else pa.array(data[c.name], type=c.type)
        for c in CASE_COLUMNS
    ]
    table = pa.Table.from_arrays(arrays, schema=CASE_SCHEMA)
    order = np.lexsort((np.nan_to_num(arrive, nan=np.inf), rep[first_idx]))
    table = table.take(pa.array(order))
    return eventlog.with_metadata(table, meta)
