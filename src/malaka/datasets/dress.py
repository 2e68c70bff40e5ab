"""Dress a simulation event log as the records an officer meets: appeals, statuses, people.

The event log (``malaka.eventlog``) says *when* each appeal moved; this module says *who* and
*what*: registration numbers, Asia/Tashkent date-times, citizens with names, phones and PINFLs,
officers with names, appeal texts, legal deadlines and the inter-agency requests. Everything is
vectorised (pandas + numpy on integer codes, never a Python loop over rows) so that a million
appeals dress in seconds, and everything random comes from one seed, so a build is
reproducible. SimPy is never imported here: this module only reads the log.

Time: ``t`` counts wall-clock hours since the scenario's start (local midnight of the start
date in the scenario's time zone). Legal deadlines are recomputed here from the registration
date with the scenario's law settings (calendar or working days, holidays), so that a trainee
can check every ``due_at`` with the rule the course teaches.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Protocol

import numpy as np
import pandas as pd  # type: ignore[import-untyped]
import pyarrow as pa
import pyarrow.compute as pc

from malaka import eventlog, taxonomy


def _trim_heap() -> None:
    """Give the C heap's free pages back to the system (glibc keeps them after numpy frees
    arrays below its mmap threshold, up to 32 MiB each); elsewhere nothing to do."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        return


#: Statuses of the ``status_history`` table, in the order they sort at equal times.
STATUSES: Final[tuple[str, ...]] = (
    "received",
    "registered",
    "assigned",
    "in_progress",
    "request_sent",
    "reminder_sent",
    "escalated",
    "reply_received",
    "extended",
    "overdue",
    "forwarded",
    "answered",
    "left_without_consideration",
)

#: Final statuses of an appeal (``appeals.status``).
FINAL_STATUSES: Final[tuple[str, ...]] = (
    "received",
    "registered",
    "in_progress",
    "answered",
    "forwarded",
    "left_without_consideration",
)

#: Police ranks given to officers in the staff table (Uzbek names; weights illustrative).
RANKS: Final[tuple[tuple[str, float], ...]] = (
    ("leytenant", 0.25),
    ("katta leytenant", 0.3),
    ("kapitan", 0.25),
    ("mayor", 0.15),
    ("podpolkovnik", 0.05),
)

#: Columns of the event log that have few distinct values (read as dictionaries: less memory).
LOW_CARDINALITY: Final[tuple[str, ...]] = (
    "run_id",
    "channel",
    "kind",
    "category",
    "urgency",
    "regime",
    "district",
    "activity",
    "lifecycle",
    "agency",
    "resource",
    "outcome",
)


class PeopleFn(Protocol):
    """``malaka.datasets.pools.people``: ``n`` synthetic people as a DataFrame."""

    def __call__(
        self,
        n: int,
        rng: np.random.Generator,
        *,
        script_mix: Mapping[str, float] | None = ...,
        regions: Sequence[str] | None = ...,
        birth_years: tuple[int, int] = ...,
        home_districts: Sequence[str | int] | np.ndarray[Any, Any] | None = ...,
    ) -> pd.DataFrame: ...


#: ``malaka.datasets.texts.texts_for``: a text for each row of labels.
TextsFn = Callable[..., "pd.Series[str]"]


@dataclass(frozen=True, slots=True)
class Clock:
    """The scenario's clock: ``t`` = 0 is local midnight of ``start`` in ``timezone``."""

    start: dt.date
    timezone: str = "Asia/Tashkent"


def _codes(table: pa.Table, name: str) -> tuple[np.ndarray[Any, Any], pa.Array]:
    """Integer codes into the sorted dictionary of a string (or dictionary) column.

    Sorting the dictionary makes the codes independent of how the file was written (plain or
    dictionary-encoded strings, row order), so the same log always dresses the same way.
    """
    col = table.column(name)
    if pa.types.is_dictionary(col.type) and col.null_count == 0 and col.num_chunks > 1:
        return _codes_by_chunk(col)
    if not pa.types.is_dictionary(col.type):
        # one contiguous array, one hash pass: a single dictionary, nothing to unify
        col = pa.chunked_array([col.combine_chunks().dictionary_encode()])
    col = col.unify_dictionaries() if col.num_chunks > 1 else col
    chunks = col.chunks
    if not chunks:
        return np.zeros(0, dtype=np.int32), pa.array([], pa.string())
    dictionary = chunks[0].dictionary.cast(pa.string())
    codes = np.concatenate(
        [c.indices.to_numpy(zero_copy_only=False).astype(np.int32) for c in chunks]
    )
    order = pc.sort_indices(dictionary).to_numpy()
    # the narrowest integer that holds every code (a channel code needs one byte, not four)
    small = np.int8 if len(order) < 2**7 else np.int16 if len(order) < 2**15 else np.int32
    rank = np.empty(len(order), dtype=small)
    rank[order] = np.arange(len(order), dtype=small)
    return rank[codes], dictionary.take(pa.array(order))


def _codes_by_chunk(col: pa.ChunkedArray) -> tuple[np.ndarray[Any, Any], pa.Array]:
    """``_codes`` of a dictionary column read in many row groups, without unifying them.

    Each chunk's own (small) dictionary is mapped to ranks in the sorted union once, and its
    indices go through that map straight into the narrow output: one pass over the rows
    instead of four (unify, widen, concatenate, re-rank). Same codes and dictionary."""
    values = pa.concat_arrays([c.dictionary.cast(pa.string()) for c in col.chunks])
    dictionary = pc.unique(values)
    dictionary = dictionary.take(pc.sort_indices(dictionary))
    k = len(dictionary)
    small = np.int8 if k < 2**7 else np.int16 if k < 2**15 else np.int32
    out = np.empty(len(col), dtype=small)
    pos = 0
    for chunk in col.chunks:
        rank = pc.index_in(chunk.dictionary.cast(pa.string()), value_set=dictionary)
        rank_np = rank.to_numpy(zero_copy_only=False).astype(small)
        out[pos : pos + len(chunk)] = rank_np[chunk.indices.to_numpy(zero_copy_only=False)]
        pos += len(chunk)
    return out, dictionary


#: Order of transitions of one appeal at the same instant (a stage completes before the next
#: is queued; queued before started; an officer starts before sending a request).
_CAUSAL_RANK: Final[dict[str, int]] = {
    "arrive": 0,
    "complete": 1,
    "forward": 2,
    "extend": 3,
    "enqueue": 4,
    "start": 5,
    "request": 6,
    "remind": 7,
    "escalate": 8,
    "reply": 9,
    "abandon": 10,
    "close": 11,
}

#: Columns that hold one value per case (case attributes).
_PER_CASE: Final[tuple[str, ...]] = eventlog.CASE_ATTRIBUTES

#: Columns with one value per case or more (ids): their dictionaries stay in Arrow.
_HIGH_CARDINALITY: Final[tuple[str, ...]] = ("case_id", "citizen_id", "repeat_of")


@dataclass
class _Log:
    """The event log as integer codes, sorted by case and time."""

    case: np.ndarray[Any, Any]  # case index 0..n_cases-1 per row
    n_cases: int
    t: np.ndarray[Any, Any]
    deadline: np.ndarray[Any, Any]
    life: np.ndarray[Any, Any]  # index into eventlog.LIFECYCLES
    codes: dict[str, np.ndarray[Any, Any]]
    dicts: dict[str, list[str]]
    ids: dict[str, pa.Array]  # sorted dictionaries of the id columns


def _prepare(events: pa.Table) -> tuple[_Log, np.ndarray[Any, Any], list[str]]:
    """Code every column, find the cases and sort rows by (case, time, causal order)."""
    from malaka.eventlog import LIFECYCLES

    run_codes, run_dict = _codes(events, "run_id")
    case_codes, case_dict = _codes(events, "case_id")
    life_codes, life_dict = _codes(events, "lifecycle")
    life_names = life_dict.to_pylist()
    life_map = np.array([LIFECYCLES.index(x) if x in LIFECYCLES else -1 for x in life_names])
    life = (life_map[life_codes] if len(life_map) else life_codes).astype(np.int8)
    if (life < 0).any():
        bad = sorted({life_names[i] for i in np.unique(life_codes[life < 0])})
        raise ValueError(f"unknown lifecycle value(s): {', '.join(bad)}")
    n_case_dict = max(len(case_dict), 1)
    key = run_codes.astype(np.int64) * n_case_dict + case_codes
    # keys are dense (run x case code): rank them with a presence table instead of a sort
    present = np.zeros(len(run_dict) * n_case_dict, dtype=bool)
    present[key] = True
    uniq_keys = np.flatnonzero(present)
    rank = np.cumsum(present, dtype=np.int64) - 1
    case = rank[key].astype(np.int32)
    del key, present, rank
    t = events.column("t").to_numpy().astype(np.float64)
    causal = np.array([_CAUSAL_RANK[name] for name in LIFECYCLES], dtype=np.int8)
    order = np.lexsort((causal[life], t, case))
    # take each column into sorted order at once, so unsorted copies never pile up
    codes: dict[str, np.ndarray[Any, Any]] = {
        "run_id": run_codes[order],
        "case_id": case_codes[order],
        "lifecycle": life_codes[order],
    }
    dicts: dict[str, list[str]] = {"run_id": run_dict.to_pylist(), "lifecycle": life_names}
    ids: dict[str, pa.Array] = {"case_id": case_dict}
    del run_codes, case_codes, life_codes
    # per-case attributes are coded on one row per case only (a tenth of the rows)
    sorted_case = case[order]
    del case
    starts = np.flatnonzero(np.r_[True, sorted_case[1:] != sorted_case[:-1]])
    first_idx = order[starts]
    for name in (*LOW_CARDINALITY, *_HIGH_CARDINALITY):
        if name in codes:
            continue
        if name in _PER_CASE and name in _HIGH_CARDINALITY:
            column = events.column(name).take(pa.array(first_idx))
            col_codes, col_dict = _codes(pa.table({name: column}), name)
            codes[name] = col_codes  # indexed by case, not by row
        elif name in _PER_CASE:
            col_codes, col_dict = _codes(events, name)
            codes[name] = col_codes[first_idx]
        else:
            col_codes, col_dict = _codes(events, name)
            codes[name] = col_codes[order]
        if name in _HIGH_CARDINALITY:
            ids[name] = col_dict
        else:
            dicts[name] = col_dict.to_pylist()
    log = _Log(
        case=sorted_case,
        n_cases=len(uniq_keys),
        t=t[order],
        deadline=events.column("deadline_t").to_numpy().astype(np.float64)[order],
        life=life[order],
        codes=codes,
        dicts=dicts,
        ids=ids,
    )
    return log, uniq_keys, dicts["run_id"]


def _first_per_case(
    log: _Log, mask: np.ndarray[Any, Any], values: np.ndarray[Any, Any], fill: Any
) -> np.ndarray[Any, Any]:
    """Per case, ``values`` at the first row where ``mask`` holds (``fill`` where none)."""
    out = np.full(log.n_cases, fill, dtype=np.result_type(values.dtype, np.asarray(fill).dtype))
    idx = np.flatnonzero(mask)
    cases = log.case[idx]
    # rows are sorted by case then time: a row starts its case when the case changes
    first = np.ones(len(idx), dtype=bool)
    first[1:] = cases[1:] != cases[:-1]
    out[cases[first]] = values[idx[first]]
    return out


def _last_per_case(
    log: _Log, mask: np.ndarray[Any, Any], values: np.ndarray[Any, Any], fill: Any
) -> np.ndarray[Any, Any]:
    """Per case, ``values`` at the last row where ``mask`` holds (``fill`` where none)."""
    out = np.full(log.n_cases, fill, dtype=np.result_type(values.dtype, np.asarray(fill).dtype))
    idx = np.flatnonzero(mask)
    out[log.case[idx]] = values[idx]  # later rows overwrite earlier ones
    return out


def _to_local(hours: np.ndarray[Any, Any], cal: Clock) -> pd.Series:
    """Hours since the scenario start -> timezone-aware local date-times, to the second."""
    start = pd.Timestamp(cal.start).tz_localize(cal.timezone).as_unit("s")
    # in place: a status history has millions of rows, so no extra temporary copies
    secs = np.asarray(hours, dtype=np.float64) * 3600.0
    np.round(secs, out=secs)
    missing = np.isnan(secs)
    secs[missing] = 0
    stamps = secs.astype(np.int64)
    del secs
    stamps += start.value // 10**9
    stamps[missing] = np.iinfo(np.int64).min
    return pd.Series(stamps.view("datetime64[s]")).dt.tz_localize("UTC").dt.tz_convert(cal.timezone)


def _cat(values: np.ndarray[Any, Any], categories: Sequence[str]) -> pd.Categorical:
    """A categorical from codes (-1 = missing)."""
    return pd.Categorical.from_codes(values, categories=list(categories))


def _lookup_codes(dictionary: list[str], wanted: Sequence[str]) -> np.ndarray[Any, Any]:
    """Codes in ``dictionary`` of each value of ``wanted`` (-1 when absent)."""
    index = {v: i for i, v in enumerate(dictionary)}
    return np.array([index.get(w, -1) for w in wanted], dtype=np.int64)


@dataclass
class Dressed:
    """The dressed tables plus facts the manifest and card report."""

    tables: dict[str, pd.DataFrame]
    stats: dict[str, int]


def dress(  # noqa: PLR0915 - one pipeline, read top to bottom; its phases are commented
    events: pa.Table,
    cal: Clock,
    *,
    seed: int,
    people: PeopleFn,
    texts_for: TextsFn | None = None,
    script_mix: Mapping[str, float] | None = None,
    region: str | None = None,
    birth_years: tuple[int, int] = (1940, 2008),
    roster_size: int | None = None,
    text_noise: float = 0.3,
    step: Callable[[str], None] | None = None,
) -> Dressed:
    """Turn an event log into ``appeals``, ``status_history``, ``interagency_requests``,
    ``citizens`` and ``staff`` tables.

    Hotline calls abandoned before being served never became appeals and are left out (their
    number is in ``stats``). ``step`` is called with a label after each phase (progress bars).
    """
    from malaka.eventlog import LIFECYCLES

    progress = step or (lambda _label: None)

    def note(label: str) -> None:
        # Arrow's allocator keeps freed pages for reuse; hand them back between phases so
        # the peak is the largest phase, not the sum of them
        pa.default_memory_pool().release_unused()
        _trim_heap()
        progress(label)

    seeds = np.random.SeedSequence(seed).spawn(4)
    rng_cit, rng_staff, rng_text, rng_anon = (np.random.default_rng(s) for s in seeds)
    log, case_keys, runs = _prepare(events)
    note("read")
    lc = {name: i for i, name in enumerate(LIFECYCLES)}
    d = log.dicts
    c = log.codes

    # ---- per-case facts -------------------------------------------------------------
    # rows are sorted by case (0, 1, 2...) and every case has a row: its first row is where
    # the case number changes
    first_row = np.flatnonzero(np.r_[True, log.case[1:] != log.case[:-1]])
    attrs = {name: c[name] for name in _PER_CASE}  # already one value per case
    attrs |= {name: c[name][first_row] for name in ("run_id", "case_id")}
    arrive_t = _first_per_case(log, log.life == lc["arrive"], log.t, np.nan)
    arrive_t = np.where(np.isnan(arrive_t), log.t[first_row], arrive_t)
    complete = log.life == lc["complete"]
    registered_t = _first_per_case(log, complete, log.t, np.nan)
    close = log.life == lc["close"]
    close_t = _last_per_case(log, close, log.t, np.nan)
    outcome_code = _last_per_case(log, close, c["outcome"], -1)
    extended = _last_per_case(log, log.life == lc["extend"], np.ones(len(log.t), bool), False)
    has_forward = _last_per_case(log, log.life == lc["forward"], np.ones(len(log.t), bool), False)
    empty_res = _lookup_codes(d["resource"], [""])[0]
    start_named = (log.life == lc["start"]) & (c["resource"] != empty_res)
    officer_code = _last_per_case(log, start_named, c["resource"], -1)
    del complete, close, start_named
    outcomes = d["outcome"]
    abandoned_code = _lookup_codes(outcomes, ["abandoned"])[0]
    keep = outcome_code != abandoned_code if abandoned_code >= 0 else np.ones(log.n_cases, bool)
    stats = {
        "events": len(log.t),
        "cases": int(log.n_cases),
        "abandoned_calls": int((~keep).sum()),
        "replications": len(runs),
    }

    # ---- appeals: order by received time, number per year ----------------------------
    received = _to_local(arrive_t, cal)
    kept = np.flatnonzero(keep)
    order = kept[np.lexsort((case_keys[kept], arrive_t[kept]))]
    n = len(order)
    app = pd.DataFrame(index=pd.RangeIndex(n))
    app["received_at"] = received.iloc[order].reset_index(drop=True)
    years = app["received_at"].dt.year.to_numpy()
    seq = pd.Series(years).groupby(years).cumcount().to_numpy() + 1
    # IIV-<year>-<number, 6 digits or more>, joined in Arrow (no Python string per row)
    reg_arrow = pc.binary_join_element_wise(
        "IIV-",
        pc.cast(pa.array(years), pa.string()),
        "-",
        pc.utf8_lpad(pc.cast(pa.array(seq), pa.string()), 6, "0"),
        "",
    )
    reg_no = pd.Series(pd.arrays.ArrowStringArray(reg_arrow)).astype("str")
    reg_of_case = np.full(log.n_cases, -1, dtype=np.int64)
    reg_of_case[order] = np.arange(n)
    app.insert(0, "reg_no", reg_no)
    app.insert(1, "replication", _replication_numbers(runs)[attrs["run_id"][order]])
    app.insert(
        2,
        "case_id",
        _take_str(log.ids["case_id"], attrs["case_id"][order]),
    )
    app["registered_at"] = _to_local(registered_t[order], cal)
    for name in ("channel", "kind", "category", "urgency", "regime", "district"):
        app[name] = _cat(attrs[name][order], d[name])
    app["department"] = (
        app["category"].map({c_.id: c_.department for c_ in taxonomy.CATEGORIES}).astype("category")
    )

    # citizens: one per distinct non-empty citizen id; anonymous appeals have none
    cit_dict = log.ids["citizen_id"]
    cit_codes = attrs["citizen_id"][order]
    empty_cit = _index_of(cit_dict, "")
    anonymous = cit_codes == empty_cit
    used = np.unique(cit_codes[~anonymous])
    cit_ids = cit_dict.take(pa.array(used)).to_numpy(zero_copy_only=False)
    app["citizen_id"] = _take_str(cit_dict, np.where(anonymous, -1, cit_codes))
    app["anonymous"] = anonymous
    rep = attrs["repeat_of"][order]
    # repeat_of dictionary -> case codes (-1 when the value is not a case id, e.g. empty)
    rep_case = (
        pc.index_in(log.ids["repeat_of"], value_set=log.ids["case_id"])
        .fill_null(-1)
        .to_numpy(zero_copy_only=False)
        .astype(np.int64)
    )
    n_case_dict = max(len(log.ids["case_id"]), 1)
    rep_key = attrs["run_id"][order].astype(np.int64) * n_case_dict + rep_case[rep]
    pos = np.searchsorted(case_keys, rep_key)
    pos = np.clip(pos, 0, max(len(case_keys) - 1, 0))
    found = (rep_case[rep] >= 0) & (case_keys[pos] == rep_key) & (reg_of_case[pos] >= 0)
    # the row each appeal repeats (-1: none), for the repeat texts
    repeat_row = np.where(found, reg_of_case[pos], -1)
    rep_idx = pa.array(np.where(found, repeat_row, 0), mask=~found, type=pa.int64())
    app["repeat_of"] = pd.Series(pd.arrays.ArrowStringArray(reg_arrow.take(rep_idx))).astype("str")
    # intermediates of a million rows each: freed as soon as done, so that the peak (during
    # the texts, with every table built) does not carry them
    del received, kept, years, seq, rep, rep_case, rep_key, pos, found, rep_idx, reg_arrow
    del case_keys, first_row, arrive_t, attrs
    note("appeals")

    # deadlines: the simulator's legal deadline (``deadline_t``), first and after extension
    has_deadline = ~np.isnan(log.deadline)
    first_deadline = _first_per_case(log, has_deadline, log.deadline, np.nan)[order]
    last_deadline = _last_per_case(log, has_deadline, log.deadline, np.nan)[order]
    ext = extended[order] & (last_deadline > first_deadline)
    del has_deadline
    app["due_at"] = _to_local(first_deadline, cal)
    app["extended_until"] = _to_local(np.where(ext, last_deadline, np.nan), cal)
    closed_at = _to_local(close_t[order], cal)
    oc = outcome_code[order]
    out_names = np.asarray([*outcomes, ""], dtype=object)
    outcome = out_names[np.where(oc < 0, len(outcomes), oc)]
    answered = outcome == "answered"
    app["answered_at"] = closed_at.where(answered)
    app["closed_at"] = closed_at
    started = _last_per_case(log, log.life == lc["start"], np.ones(len(log.t), bool), False)[order]
    status = np.where(
        outcome != "",
        outcome,
        np.where(
            np.isnan(registered_t[order]),
            "received",
            np.where(started, "in_progress", "registered"),
        ),
    )
    app["status"] = pd.Categorical(status, categories=list(FINAL_STATUSES))
    app["outcome"] = pd.Series(outcome, dtype="str").replace("", None)
    limit_t = np.where(ext, last_deadline, first_deadline)
    log_end = log.t.max() if len(log.t) else 0.0
    end_t = np.where(np.isnan(close_t[order]), log_end, close_t[order])
    app["overdue"] = ~np.isnan(limit_t) & (end_t > limit_t)
    res_names = np.asarray(d["resource"], dtype=object)
    app["officer_id"] = _names(d["resource"], officer_code[order])
    del first_deadline, last_deadline, ext, closed_at, oc, out_names, outcome, answered, started
    del status, end_t, registered_t, close_t, outcome_code, extended, officer_code, keep, order
    note("deadlines")

    # ---- status history ----------------------------------------------------------------
    # built on integer codes (numpy), one DataFrame at the end: no concat, no re-sort of frames
    hist = _status_history(log, lc=lc, reg_of_case=reg_of_case, has_forward=has_forward)
    ov = np.flatnonzero(app["overdue"].to_numpy())
    if len(ov):
        # appended rows keep each column's small dtype (int8/int16 codes, int32 positions)
        hist["pos"] = np.concatenate([hist["pos"], ov.astype(hist["pos"].dtype)])
        overdue = np.full(len(ov), STATUSES.index("overdue"), dtype=hist["status"].dtype)
        hist["status"] = np.concatenate([hist["status"], overdue])
        hist["t"] = np.concatenate([hist["t"], limit_t[ov]])
        for col in ("stage", "officer_id", "agency"):
            hist[col] = np.concatenate([hist[col], np.full(len(ov), -1, dtype=hist[col].dtype)])
    hist_order = np.lexsort((hist["status"], hist["t"], hist["pos"]))

    def sorted_codes(name: str, by: np.ndarray[Any, Any] = hist_order) -> np.ndarray[Any, Any]:
        # each column is put in order and its unsorted copy dropped at once (peak memory)
        out: np.ndarray[Any, Any] = np.asarray(hist.pop(name))[by]
        return out

    h_pos = sorted_codes("pos")
    reg_dtype = pd.CategoricalDtype(pd.Index(reg_no), ordered=False)
    history = pd.DataFrame(
        {
            "reg_no": pd.Categorical.from_codes(h_pos, dtype=reg_dtype),
            "seq": _seq_in_groups(h_pos),
            "status": pd.Categorical.from_codes(sorted_codes("status"), categories=list(STATUSES)),
            "at": _to_local(sorted_codes("t"), cal),
            "stage": pd.Categorical.from_codes(
                sorted_codes("stage"), categories=log.dicts["activity"]
            ),
            "officer_id": pd.Categorical.from_codes(
                sorted_codes("officer_id"), categories=log.dicts["resource"]
            ),
            "agency": pd.Categorical.from_codes(
                sorted_codes("agency"), categories=hist["agencies"]
            ),
        }
    )
    app["n_status_changes"] = np.bincount(h_pos, minlength=n).astype(np.int32)
    hist.clear()
    del h_pos, hist_order, sorted_codes, limit_t, has_forward, ov, reg_dtype
    note("status_history")

    # ---- inter-agency requests ----------------------------------------------------------
    requests, req_pos = _requests(log, lc, reg_of_case, reg_no, cal)
    app["n_requests"] = np.bincount(req_pos, minlength=n).astype(np.int32)
    # the per-event arrays are not needed any more: free them before citizens and texts
    del log, c, req_pos, reg_of_case
    note("interagency_requests")

    # ---- citizens, texts ----------------------------------------------------------------
    # citizen of each appeal as a row of the citizens table (codes, not string look-ups):
    # ``used`` is sorted, and citizens are made in its order
    cit_row = np.searchsorted(used, cit_codes)
    named = np.flatnonzero(~anonymous)
    # district of each citizen's first appeal (appeals are in received order)
    first_app = np.full(len(used), -1, dtype=np.int64)
    first_app[cit_row[named][::-1]] = named[::-1]
    district = app["district"]
    # citizens of a district appeal in their own district: the scenario's district ids as
    # real districts (a key such as ``chilonzor``, or one of the region's districts)
    real = real_districts([str(x) for x in district.cat.categories], region)
    real_of_code = np.asarray([real[str(x)] for x in district.cat.categories], dtype=object)
    home = real_of_code[district.cat.codes.to_numpy()[first_app]] if len(used) else []
    citizens = people(
        len(cit_ids),
        rng_cit,
        script_mix=script_mix,
        regions=[region] if region else None,
        birth_years=birth_years,
        home_districts=home,
    ).reset_index(drop=True)
    citizens.insert(0, "citizen_id", pd.Series(cit_ids, dtype="str"))
    citizens["appeal_district"] = pd.Categorical.from_codes(
        district.cat.codes.to_numpy()[first_app], dtype=district.dtype
    ).remove_unused_categories()
    citizens["n_appeals"] = np.bincount(cit_row[named], minlength=len(used)).astype(np.int32)
    del cit_ids, first_app, home, cit_codes, used
    note("citizens")
    if texts_for is not None:
        mix = script_mix or {"uz_Latn": 1.0}
        keys = list(mix)
        p = np.array([mix[k] for k in keys], dtype=float)
        anon_pick = rng_anon.choice(len(keys), size=n, p=p / p.sum())
        cit_script, script_names = pd.factorize(citizens["script"])
        names = sorted(set(map(str, script_names)) | set(keys))
        to_name = np.array([names.index(str(x)) for x in script_names], dtype=np.int64)
        from_keys = np.array([names.index(k) for k in keys], dtype=np.int64)
        script_code = from_keys[anon_pick]
        script_code[named] = to_name[cit_script[cit_row[named]]]
        # the applicant's sex gives the text's voice (an anonymous writer's is drawn)
        female = rng_anon.random(n) < 0.5
        female[named] = citizens["sex"].to_numpy()[cit_row[named]] == "F"
        labels = pd.DataFrame(
            {
                "category": app["category"],
                "kind": app["kind"],
                "urgency": app["urgency"],
                "regime": app["regime"],
                "script": pd.Categorical.from_codes(script_code, categories=names),
                "sex": pd.Categorical.from_codes(female.astype(np.int8), categories=["M", "F"]),
                # real districts are distinct, so the scenario's codes carry over
                "district": pd.Categorical.from_codes(
                    district.cat.codes.to_numpy(), categories=[str(x) for x in real_of_code]
                ),
            }
        )
        del anon_pick, script_code, female, cit_script
        # categorical: the repeat texts are made on codes, one string per row only at the end
        text = texts_for(labels, rng_text, noise=text_noise, categorical=True)
        script, sex = labels["script"], labels["sex"]
        del labels
        app["text"] = _repeat_texts(text, repeat_row, script=script, sex=sex, rng=rng_anon)
        del text, script, sex
        note("texts")

    # ---- staff roster -------------------------------------------------------------------
    staff = _staff(res_names, roster_size, people, rng_staff, region)
    note("staff")
    stats.update({"appeals": n, "citizens": len(citizens), "staff": len(staff)})
    stats["status_changes"] = len(history)
    stats["interagency_requests"] = len(requests)
    return Dressed(
        tables={
            "appeals": app,
            "status_history": history,
            "interagency_requests": requests,
            "citizens": citizens,
            "staff": staff,
        },
        stats=stats,
    )


def real_districts(ids: Sequence[str], region: str | None) -> dict[str, str]:
    """Scenario district id -> key of a real district (``malaka.datasets.providers.places``).

    An id that names a district (``chilonzor``) is that district; other ids (``markaz``,
    ``shimoliy``) get distinct districts of ``region`` in order, so that each scenario district
    has its own real one and citizens live where they appeal.
    """
    from malaka.datasets.providers.places import district_key, resolve_district, resolve_region

    out: dict[str, str] = {}
    rest: list[str] = []
    for did in sorted(ids):
        try:
            out[did] = district_key(resolve_district(did, region).id)
        except KeyError:
            rest.append(did)
    if rest:
        reg = resolve_region(region) if region else resolve_region("Toshkent shahri")
        free = [district_key(d.id) for d in reg.districts if district_key(d.id) not in out.values()]
        if len(free) < len(rest):
            raise ValueError(f"region {reg.name_en} has too few districts for {rest}")
        out |= dict(zip(rest, free, strict=False))
    return out


def _repeat_texts(
    text: pd.Series,
    parent: np.ndarray[Any, Any],
    *,
    script: pd.Series,
    sex: pd.Series,
    rng: np.random.Generator,
) -> Any:
    """A repeat appeal (takroriy murojaat) opens with a sentence saying so, then repeats the
    matter of the first appeal of its chain in the same words: the only texts that repeat.

    ``text`` is categorical (each distinct text once): the repeat texts are added as new
    codes, and the million strings are made once, at the end, in Arrow. ``parent`` is the
    row of the appeal each row repeats (-1 for a first appeal).
    """
    from malaka.datasets.texts import repeat_text

    has = parent >= 0
    rows = np.flatnonzero(has)
    root = parent[rows]
    while True:  # follow chains to their first appeal (chains are short)
        up = parent[root]
        step = up >= 0
        if not step.any():
            break
        root[step] = up[step]
    distinct = [str(t) for t in text.cat.categories]
    codes = text.cat.codes.to_numpy().astype(np.int32)
    # categories at the repeat rows only (a million Python strings would cost 0.1 GiB)
    scripts = np.asarray(script.cat.categories, dtype=object)[script.cat.codes.to_numpy()[rows]]
    sexes = np.asarray(sex.cat.categories, dtype=object)[sex.cat.codes.to_numpy()[rows]]
    new = [
        repeat_text(distinct[first], sc, sx, rng)
        for first, sc, sx in zip(
            codes[root].tolist(), scripts.tolist(), sexes.tolist(), strict=True
        )
    ]
    codes[rows] = len(distinct) + np.arange(len(new), dtype=np.int32)
    out = pa.array(distinct + new, type=pa.large_string()).take(pa.array(codes))
    return pd.Series(pd.arrays.ArrowStringArray(out)).astype("str").array


def _replication_numbers(runs: list[str]) -> np.ndarray[Any, Any]:
    """Replication number of each run id ``'<scenario>/<replication>'`` (position if unparsable)."""
    out = []
    for i, run in enumerate(runs):
        tail = run.rsplit("/", 1)[-1]
        out.append(int(tail) if tail.isdigit() else i)
    return np.array(out, dtype=np.int32)


def _status_history(
    log: _Log,
    *,
    lc: dict[str, int],
    reg_of_case: np.ndarray[Any, Any],
    has_forward: np.ndarray[Any, Any],
) -> dict[str, Any]:
    """One row per status change, mapped from the event log's transitions, as codes: ``pos``
    (appeal row), ``status`` (into STATUSES), ``t``, ``stage`` (into the activities),
    ``officer_id`` (into the resources), ``agency`` (into ``agencies``); -1 = none.

    The registration stage's own queueing is not shown (an appeal is ``received``, then
    ``registered`` when that stage completes); later stages give ``assigned`` (queued for a
    department's pool) and ``in_progress`` (an officer starts). A ``close`` with outcome
    ``forwarded`` is shown once, at the ``forward`` transition when there is one.
    """
    # int32 rows and int8 statuses: these arrays have one entry per event (8 million)
    rows = np.arange(len(log.t), dtype=np.int32)
    kept = (reg_of_case >= 0)[log.case]
    first_complete = _first_per_case(
        log, log.life == lc["complete"], rows, np.int32(np.iinfo(np.int32).max)
    )[log.case]
    after_reg = rows > first_complete
    is_registration = rows == first_complete
    del rows, first_complete
    outcomes = log.dicts["outcome"]
    status = np.full(len(log.t), -1, dtype=np.int8)
    s = {name: i for i, name in enumerate(STATUSES)}
    life = log.life
    status[life == lc["arrive"]] = s["received"]
    status[is_registration] = s["registered"]
    status[(life == lc["enqueue"]) & after_reg] = s["assigned"]
    status[(life == lc["start"]) & after_reg] = s["in_progress"]
    for lifecycle, name in (
        ("request", "request_sent"),
        ("remind", "reminder_sent"),
        ("escalate", "escalated"),
        ("reply", "reply_received"),
        ("extend", "extended"),
        ("forward", "forwarded"),
    ):
        status[life == lc[lifecycle]] = s[name]
    close = life == lc["close"]
    for outcome, name in (
        ("answered", "answered"),
        ("left_without_consideration", "left_without_consideration"),
        ("forwarded", "forwarded"),
    ):
        if outcome in outcomes:
            hit = close & (log.codes["outcome"] == outcomes.index(outcome))
            if outcome == "forwarded":
                hit &= ~has_forward[log.case]
            status[hit] = s[name]
    pick = np.flatnonzero(kept & (status >= 0))
    life_p = life[pick]
    act = log.codes["activity"][pick]
    is_stage = np.isin(life_p, [lc["enqueue"], lc["start"]])
    is_agency = np.isin(life_p, [lc["request"], lc["remind"], lc["escalate"], lc["reply"]])
    agency_codes, agencies = _partner_codes(log, pick)
    res = log.codes["resource"][pick]
    empty_res = _lookup_codes(log.dicts["resource"], [""])[0]
    officer = np.where((life_p == lc["start"]) & (res != empty_res), res, -1)
    return {
        "pos": reg_of_case[log.case[pick]].astype(np.int32),
        "status": status[pick],
        "t": log.t[pick],
        "stage": np.where(is_stage, act, -1).astype(np.int16),
        "officer_id": officer.astype(np.int16 if len(log.dicts["resource"]) < 2**15 else np.int32),
        "agency": np.where(is_agency, agency_codes, -1).astype(np.int16),
        "agencies": agencies,
    }


def _seq_in_groups(pos: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """1, 2, 3... within each run of equal values of sorted ``pos``."""
    m = len(pos)
    starts = np.flatnonzero(np.r_[True, pos[1:] != pos[:-1]]) if m else np.zeros(0, np.int64)
    seq = np.arange(1, m + 1, dtype=np.int32)
    seq -= np.repeat(starts.astype(np.int32), np.diff(np.r_[starts, m]))
    return seq


def _take_str(dictionary: pa.Array, codes: np.ndarray[Any, Any]) -> pd.Series:
    """Strings of an Arrow dictionary at ``codes`` (a negative code gives NA)."""
    idx = pa.array(codes, mask=codes < 0, type=pa.int64())
    return pd.Series(dictionary.take(idx).to_pandas(), dtype="str")


def _index_of(dictionary: pa.Array, value: str) -> int:
    """Position of ``value`` in an Arrow dictionary (-1 when absent)."""
    return int(pc.index(dictionary, value).as_py())


def _names(dictionary: list[str], codes: np.ndarray[Any, Any]) -> pd.Series:
    """Strings from codes into ``dictionary``; a negative code or an empty string gives NA."""
    cats = pd.Categorical.from_codes(codes, categories=dictionary)
    out = pd.Series(cats).astype("str")
    return out.replace("", None)


def _partner_codes(log: _Log, pick: np.ndarray[Any, Any]) -> tuple[np.ndarray[Any, Any], list[str]]:
    """The partner agency of rows ``pick``: named in ``agency``, or in ``activity`` when
    ``agency`` says 'own' (the contract lets a request row name the agency either way)."""
    agencies = sorted(set(log.dicts["agency"]) | set(log.dicts["activity"]))
    # int16 look-ups: the result has one entry per picked event (millions)
    from_agency = _lookup_codes(agencies, log.dicts["agency"]).astype(np.int16)
    from_activity = _lookup_codes(agencies, log.dicts["activity"]).astype(np.int16)
    ag = log.codes["agency"][pick]
    codes = np.where(ag == _own(log), from_activity[log.codes["activity"][pick]], from_agency[ag])
    return codes, agencies


def _own(log: _Log) -> int:
    """Code of the agency value 'own' (-2 when absent, so nothing matches)."""
    return log.dicts["agency"].index("own") if "own" in log.dicts["agency"] else -2


def _requests(
    log: _Log,
    lc: dict[str, int],
    reg_of_case: np.ndarray[Any, Any],
    reg_no: pd.Series,
    cal: Clock,
) -> tuple[pd.DataFrame, np.ndarray[Any, Any]]:
    """One row per inter-agency request: when sent, reminded, escalated and answered (and the
    appeal row of each request)."""
    life = log.life
    pick = np.flatnonzero(
        np.isin(life, [lc["request"], lc["remind"], lc["escalate"], lc["reply"]])
        & (reg_of_case[log.case] >= 0)
    )
    agency_codes, agencies = _partner_codes(log, pick)
    agency = np.asarray(agencies, dtype=object)[agency_codes]
    frame = pd.DataFrame(
        {
            "case": log.case[pick],
            "agency": agency,
            "life": life[pick],
            "t": log.t[pick],
            "row": pick,
        }
    )
    frame = frame.sort_values(["case", "agency", "row"], kind="stable")
    is_req = (frame["life"] == lc["request"]).astype(np.int64)
    frame["req_no"] = is_req.groupby([frame["case"], frame["agency"]], sort=False).cumsum()
    frame = frame[frame["req_no"] > 0]
    keys = ["case", "agency", "req_no"]
    sent = frame[frame["life"] == lc["request"]].set_index(keys)[["t", "row"]]
    out = sent.rename(columns={"t": "sent_t"})
    for lifecycle, col in (
        ("remind", "reminded_t"),
        ("escalate", "escalated_t"),
        ("reply", "replied_t"),
    ):
        part = frame[frame["life"] == lc[lifecycle]].groupby(keys)["t"].min()
        out[col] = part.reindex(out.index)
    out = out.reset_index().sort_values(["row"], kind="stable")
    pos = reg_of_case[out["case"].to_numpy()]
    out = out.assign(_pos=pos).sort_values(["_pos", "row"], kind="stable").reset_index(drop=True)
    req_pos = out["_pos"].to_numpy()
    nth = _seq_in_groups(req_pos).astype(np.int64)
    regs = reg_no.to_numpy()[req_pos]
    result = pd.DataFrame(
        {
            "request_id": pd.Series(regs, dtype="str") + "-S" + pd.Series(nth).astype(str),
            "reg_no": pd.Series(regs, dtype="str"),
            "agency": pd.Series(out["agency"].to_numpy(), dtype="category"),
            "sent_at": _to_local(out["sent_t"].to_numpy(), cal),
            "reminded_at": _to_local(out["reminded_t"].to_numpy(), cal),
            "escalated_at": _to_local(out["escalated_t"].to_numpy(), cal),
            "replied_at": _to_local(out["replied_t"].to_numpy(), cal),
        }
    )
    result["status"] = pd.Categorical(
        np.where(result["replied_at"].notna(), "replied", "open"), categories=["open", "replied"]
    )
    return result, req_pos


def _staff(
    resources: np.ndarray[Any, Any],
    roster_size: int | None,
    people: PeopleFn,
    rng: np.random.Generator,
    region: str | None,
) -> pd.DataFrame:
    """The roster: every officer named in the log, plus extra officers up to ``roster_size``."""
    names = sorted(r for r in resources.tolist() if r)
    if roster_size is not None and roster_size < len(names):
        raise ValueError(
            f"roster_size {roster_size} is smaller than the {len(names)} officers in the event log"
        )
    pools = [r.split("#", 1)[0] for r in names] or ["officer"]
    if roster_size is not None and roster_size > len(names):
        next_no: dict[str, int] = {}
        for r in names:
            pool, _, num = r.partition("#")
            next_no[pool] = max(next_no.get(pool, 0), int(num) + 1 if num.isdigit() else 0)
        cycle = sorted(set(pools))
        for i in range(roster_size - len(names)):
            pool = cycle[i % len(cycle)]
            no = next_no.get(pool, 0)
            next_no[pool] = no + 1
            names.append(f"{pool}#{no}")
        pools = [r.split("#", 1)[0] for r in names]
    who = people(
        len(names),
        rng,
        script_mix={"uz_Latn": 0.8, "ru": 0.2},
        regions=[region] if region else None,
        birth_years=(1966, 2001),
    ).reset_index(drop=True)
    rank_names = np.array([r for r, _ in RANKS], dtype=object)
    weights = np.array([w for _, w in RANKS])
    staff = pd.DataFrame(
        {
            "officer_id": pd.Series(names, dtype="str"),
            "pool": pd.Series(pools, dtype="category"),
            "rank": pd.Series(
                rng.choice(rank_names, size=len(names), p=weights / weights.sum()), dtype="str"
            ),
        }
    )
    for col in ("full_name", "surname", "given_name", "patronymic", "sex", "phone"):
        staff[col] = who[col].to_numpy()
    return staff
