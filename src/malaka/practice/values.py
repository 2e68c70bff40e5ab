"""Values a practice question judges, as tagged JSON, and how two of them are compared.

Expected values are recorded once at release (from the reference run) and stored beside the
notebook, so a check needs neither the solution nor the data pipeline. The same encoder turns the
trainee's value into the same form, and :func:`compare` says *what* differs (a missing label, a
wrong row count), which the check turns into a sentence in the trainee's language.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Tagged = dict[str, Any]

#: How many labels or rows a message may name.
SHOWN = 5


@dataclass(frozen=True, slots=True)
class Mismatch:
    """Why a value is not the expected one: a message key and what to fill into the message."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)


def _number(value: Any) -> Tagged | None:
    """Numbers of every kind (Python, numpy) as one tag; bools are not numbers here."""
    if isinstance(value, bool):
        return None
    try:
        import numpy as np

        if isinstance(value, np.bool_):
            return None
        if isinstance(value, np.integer):
            return {"t": "num", "v": int(value)}
        if isinstance(value, np.floating):
            value = float(value)
    except ImportError:  # pragma: no cover - numpy ships with pandas
        pass
    if isinstance(value, int):
        return {"t": "num", "v": value}
    if isinstance(value, float):
        return {"t": "num", "v": value}
    return None


def encode(value: Any) -> Tagged:  # noqa: PLR0911, PLR0912 - one branch per kind of value
    """A JSON-ready tagged form of ``value`` (anything unknown keeps its type name)."""
    import numpy as np
    import pandas as pd  # type: ignore[import-untyped]

    if value is None or (isinstance(value, float | np.floating) and math.isnan(value)):
        return {"t": "none"}
    number = _number(value)
    if number is not None:
        return number
    if isinstance(value, bool | np.bool_):
        return {"t": "bool", "v": bool(value)}
    if isinstance(value, str):
        return {"t": "str", "v": value}
    if isinstance(value, pd.Timestamp | dt.datetime | dt.date):
        if pd.isna(value):
            return {"t": "none"}
        return {"t": "time", "v": pd.Timestamp(value).isoformat()}
    if isinstance(value, pd.Timedelta | dt.timedelta):
        return {"t": "delta", "v": pd.Timedelta(value).total_seconds()}
    if value is pd.NaT or value is pd.NA:
        return {"t": "none"}
    if isinstance(value, pd.DataFrame):
        return {
            "t": "frame",
            "columns": [str(c) for c in value.columns],
            "index": [encode(i) for i in value.index],
            "rows": [[encode(v) for v in row] for row in value.itertuples(index=False)],
        }
    if isinstance(value, pd.Series):
        return {
            "t": "series",
            "index": [encode(i) for i in value.index],
            "values": [encode(v) for v in value.tolist()],
        }
    if isinstance(value, pd.Index | np.ndarray):
        return {"t": "list", "v": [encode(v) for v in value.tolist()]}
    if isinstance(value, list | tuple):
        return {"t": "list", "v": [encode(v) for v in value]}
    if isinstance(value, set | frozenset):
        return {"t": "set", "v": sorted((encode(v) for v in value), key=canonical)}
    if isinstance(value, dict):
        return {"t": "dict", "v": [[encode(k), encode(v)] for k, v in value.items()]}
    return {"t": "other", "type": type(value).__name__}


def canonical(tagged: Tagged) -> str:
    """A sort key that equal values share (numbers rounded, so 0.1 + 0.2 sorts with 0.3)."""

    def rounded(node: Any) -> Any:
        if isinstance(node, float):
            return float(f"{node:.9g}")
        if isinstance(node, list):
            return [rounded(n) for n in node]
        if isinstance(node, dict):
            return {k: rounded(v) for k, v in node.items()}
        return node

    text: str = json.dumps(rounded(tagged), sort_keys=True, ensure_ascii=False)
    return text


def show(tagged: Tagged) -> str:
    """A short human form of a value for a message (``12``, ``'shikoyat'``, ``3 rows``)."""
    kind = tagged["t"]
    if kind == "num":
        v = tagged["v"]
        return f"{v:g}" if isinstance(v, float) else str(v)
    if kind == "str":
        text = str(tagged["v"])
        return repr(text if len(text) <= 60 else text[:57] + "...")
    if kind in ("bool", "time", "delta"):
        return str(tagged["v"])
    if kind == "none":
        return "None"
    if kind == "list":
        return (
            "["
            + ", ".join(show(v) for v in tagged["v"][:SHOWN])
            + (", ...]" if len(tagged["v"]) > SHOWN else "]")
        )
    return str(kind)


def kind_of(tagged: Tagged) -> str:
    """The kind a message names ("a number", "a table"): a key of ``messages.KINDS``."""
    return str(tagged["t"])


def _num_close(a: Any, b: Any, rel: float, abs_: float) -> bool:
    return bool(math.isclose(float(a), float(b), rel_tol=rel, abs_tol=abs_))


def equal(a: Tagged, b: Tagged, rel: float = 1e-6, abs_: float = 1e-9) -> bool:
    """Whether two tagged values are the same (numbers within tolerance; order matters)."""
    return compare(a, b, ordered=True, rel=rel, abs_=abs_) is None


def _labels(items: list[Tagged]) -> list[str]:
    return [show(i) for i in items[:SHOWN]]


def _compare_list(a: list[Tagged], b: list[Tagged], ordered: bool, rel: float, abs_: float) -> bool:
    if len(a) != len(b):
        return False
    if not ordered:
        a, b = sorted(a, key=canonical), sorted(b, key=canonical)
    return all(equal(x, y, rel, abs_) for x, y in zip(a, b, strict=True))


def _compare_series(
    a: Tagged, b: Tagged, ordered: bool, rel: float, abs_: float
) -> Mismatch | None:
    got = {canonical(i): (i, v) for i, v in zip(a["index"], a["values"], strict=True)}
    want = {canonical(i): (i, v) for i, v in zip(b["index"], b["values"], strict=True)}
    missing = [want[k][0] for k in want if k not in got]
    extra = [got[k][0] for k in got if k not in want]
    if missing or extra:
        return Mismatch("index", {"missing": _labels(missing), "extra": _labels(extra)})
    wrong = [want[k][0] for k in want if not equal(got[k][1], want[k][1], rel, abs_)]
    if wrong:
        return Mismatch("labels_value", {"labels": _labels(wrong)})
    if ordered and [canonical(i) for i in a["index"]] != [canonical(i) for i in b["index"]]:
        return Mismatch("order")
    return None


def _compare_frame(a: Tagged, b: Tagged, ordered: bool, rel: float, abs_: float) -> Mismatch | None:
    missing = [c for c in b["columns"] if c not in a["columns"]]
    extra = [c for c in a["columns"] if c not in b["columns"]]
    if missing or extra:
        return Mismatch("columns", {"missing": missing[:SHOWN], "extra": extra[:SHOWN]})
    if len(a["rows"]) != len(b["rows"]):
        return Mismatch("rows", {"got": len(a["rows"]), "want": len(b["rows"])})
    at = [a["columns"].index(c) for c in b["columns"]]
    rows_a = [{"t": "list", "v": [row[i] for i in at]} for row in a["rows"]]
    rows_b = [{"t": "list", "v": row} for row in b["rows"]]
    if _compare_list(rows_a, rows_b, True, rel, abs_):
        return None
    if _compare_list(rows_a, rows_b, False, rel, abs_):
        return Mismatch("order") if ordered else None
    return Mismatch("cells")


def _scalar(
    got: Tagged,
    want: Tagged,
    _ordered: bool,
    rel: float,
    abs_: float,
) -> Mismatch | None:
    if want["t"] in ("num", "delta"):
        ok = _num_close(got["v"], want["v"], rel, abs_)
    elif want["t"] == "str":
        ok = got["v"].strip() == want["v"].strip()
    else:
        ok = got == want
    return None if ok else Mismatch("value", {"got": show(got)})


def _sequence(
    got: Tagged,
    want: Tagged,
    ordered: bool,
    rel: float,
    abs_: float,
) -> Mismatch | None:
    if len(got["v"]) != len(want["v"]):
        return Mismatch("length", {"got": len(got["v"]), "want": len(want["v"])})
    if _compare_list(got["v"], want["v"], True, rel, abs_):
        return None
    if _compare_list(got["v"], want["v"], False, rel, abs_):
        return Mismatch("order") if ordered and want["t"] == "list" else None
    return Mismatch("items")


def _mapping(
    got: Tagged,
    want: Tagged,
    _ordered: bool,
    rel: float,
    abs_: float,
) -> Mismatch | None:
    def as_series(tagged: Tagged) -> Tagged:
        return {"index": [k for k, _ in tagged["v"]], "values": [v for _, v in tagged["v"]]}

    return _compare_series(as_series(got), as_series(want), False, rel, abs_)


def _bars(
    got: Tagged,
    want: Tagged,
    _ordered: bool,
    rel: float,
    abs_: float,
) -> Mismatch | None:
    got_h = [{"t": "num", "v": h} for h in got["heights"]]
    want_h = [{"t": "num", "v": h} for h in want["heights"]]
    if len(got_h) != len(want_h):
        return Mismatch("bars_count", {"got": len(got_h), "want": len(want_h)})
    if not _compare_list(got_h, want_h, True, rel, abs_):
        return Mismatch("bars_heights")
    if want["labels"] and got["labels"] != want["labels"]:
        return Mismatch("bars_labels")
    return None


def _calls(
    got: Tagged,
    want: Tagged,
    _ordered: bool,
    rel: float,
    abs_: float,
) -> Mismatch | None:
    for (args, result), (_, expected) in zip(got["v"], want["v"], strict=True):
        if equal(result, expected, rel, abs_):
            continue
        shown = ", ".join(show(encode(a)) for a in args)
        if result["t"] == "raised":
            return Mismatch("call_raised", {"args": shown, "error": result["v"]})
        return Mismatch("call", {"args": shown, "got": show(result)})
    return None


_BY_KIND = {
    "list": _sequence,
    "set": _sequence,
    "dict": _mapping,
    "series": _compare_series,
    "frame": _compare_frame,
    "bars": _bars,
    "calls": _calls,
}


def compare(
    got: Tagged, want: Tagged, *, ordered: bool = False, rel: float = 1e-6, abs_: float = 1e-9
) -> Mismatch | None:
    """``None`` when ``got`` is the expected value, else what differs."""
    kinds = (got["t"], want["t"])
    if kinds[0] != kinds[1] and not ({"list", "set"} >= set(kinds) and not ordered):
        return Mismatch("type", {"want": kind_of(want), "got": kind_of(got)})
    return _BY_KIND.get(want["t"], _scalar)(got, want, ordered, rel, abs_)


def bars(axes: Any) -> Tagged:
    """Bar heights (or widths of horizontal bars) and tick labels of a matplotlib Axes."""
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    if isinstance(axes, Figure) and axes.axes:
        axes = axes.axes[0]
    if not isinstance(axes, Axes):
        return {"t": "other", "type": type(axes).__name__}
    from matplotlib.container import BarContainer

    containers = [c for c in axes.containers if isinstance(c, BarContainer)]
    horizontal = bool(containers) and containers[0].orientation == "horizontal"
    rects = [r for c in containers for r in c.patches]
    heights = [float(r.get_width() if horizontal else r.get_height()) for r in rects]
    ticks = axes.get_yticklabels() if horizontal else axes.get_xticklabels()
    labels = [t.get_text() for t in ticks if t.get_text()]
    return {"t": "bars", "heights": heights, "labels": labels}


def table_file(path: Any) -> Tagged:
    """The CSV file a trainee saved, read back (``other`` when there is none)."""
    import pandas as pd

    if not isinstance(path, str | Path):
        return {"t": "other", "type": type(path).__name__}
    file = Path(path)
    if not file.is_file():
        return {"t": "nofile", "v": str(path)}
    try:
        return encode(pd.read_csv(file))
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        return {"t": "badfile", "v": type(exc).__name__}
