"""What one replication records: rows of the event log and the attributes of its appeals.

Rows are five numbers (case, event code, officer, time, queue length) appended to a flat list
and turned into float64 blocks every half a million numbers (a list append is far cheaper than
an array's per-number conversion). Most rows are written at the clock, so in time order; a few
are written off the clock (a deadline extension decided after the fact, a partner agency's
reminder known when the request goes out) and merged in by time at the end.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

ROW_WIDTH = 5
#: The columns of the rows a replication records, with their types in :class:`RunResult`.
ROW_COLUMNS = ("case", "code", "officer", "t", "queue_len")
FLUSH_EVERY = 500_000  # numbers buffered before conversion (recent objects convert faster)

#: The per-case attributes a replication returns.
CASE_OUTPUT_KEYS = (
    "arrive",
    "channel",
    "district",
    "category",
    "kind",
    "regime",
    "citizen",
    "repeat_of",
    "deadline0",
    "deadline1",
    "extended",
    "extend_t",
    "close",
    "outcome",
)
#: Attributes the run writes into (the others only grow, by repeat appeals).
WRITTEN_IN_PLACE = frozenset({"close", "outcome", "extended", "extend_t"})


@dataclass
class RunResult:
    """Raw output of one replication, turned into an Arrow table by the runner."""

    rows: dict[str, np.ndarray]  # ROW_COLUMNS, in time order, narrow integer types
    codes: list[tuple[str, str, str, str]]
    officers: list[str]
    cases: dict[str, np.ndarray]


class CaseColumns(dict[str, list[Any]]):
    """Per-case attributes as lists, each made from its numpy array when first looked up.

    Lists index fast and grow with repeat appeals; a scenario that never reads an attribute
    (deadlines in an M/M/c run, say) never converts it.
    """

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        super().__init__()
        self.arrays = arrays

    def __missing__(self, key: str) -> list[Any]:
        values: list[Any] = self.arrays[key].tolist()
        self[key] = values
        return values

    def array(self, key: str) -> np.ndarray:
        """The attribute as an array; the original where the list was never touched."""
        original = self.arrays[key]
        if key not in self:
            return original
        values = self[key]
        if key in WRITTEN_IN_PLACE:
            return np.array(values, dtype=original.dtype)
        n0 = len(original)
        if len(values) == n0:
            return original
        return np.concatenate([original, np.array(values[n0:], dtype=original.dtype)])


class Rows:
    """The event log being written: rows at the clock, and rows off the clock."""

    def __init__(self) -> None:
        self.buffer: list[float] = []
        self.blocks: list[np.ndarray] = []
        self.off_clock: list[float] = []

    def flush(self) -> None:
        """Turn the buffered numbers into a block (called every so often, and at the end)."""
        if self.buffer:
            self.blocks.append(np.fromiter(self.buffer, dtype=np.float64, count=len(self.buffer)))
            self.buffer.clear()

    def columns(self, *, n_cases: int, n_codes: int) -> dict[str, np.ndarray]:
        """Every row, as columns in time order (see :func:`row_columns`)."""
        self.flush()
        extra = np.asarray(self.off_clock, dtype=np.float64).reshape(-1, ROW_WIDTH)
        self.blocks.append(np.zeros(0))  # so that there is always a block
        return row_columns(self.blocks, extra, n_cases=n_cases, n_codes=n_codes)


def narrow(top: int) -> type[np.signedinteger[Any]]:
    """The narrowest signed integer type holding -1 .. ``top``."""
    for dtype in (np.int8, np.int16, np.int32):
        if top <= np.iinfo(dtype).max:
            return dtype
    return np.int64


def row_columns(
    blocks: list[np.ndarray], extra: np.ndarray, *, n_cases: int, n_codes: int
) -> dict[str, np.ndarray]:
    """The recorded rows as columns in time order, in narrow types (a log of 15 million rows
    is 0.6 GB as float64 rows; as columns it is half that, and nothing is copied twice).

    ``blocks`` hold rows recorded at the clock, so already in time order; ``extra`` rows were
    recorded off the clock (earlier or later times). Each extra row goes after every clock
    row up to its time (as if its event came last among those due then), and extra rows at
    equal times keep the order they were recorded.
    """
    dtypes = {
        "case": narrow(n_cases),
        "code": narrow(n_codes),
        "officer": np.int32,
        "t": np.float64,
        "queue_len": np.int32,
    }
    views = [b.reshape(-1, ROW_WIDTH) for b in blocks]
    columns: dict[str, np.ndarray] = {
        name: np.concatenate([v[:, j] for v in views]).astype(dtypes[name], copy=False)
        for j, name in enumerate(ROW_COLUMNS)
    }
    blocks.clear()
    if len(extra):
        extra = extra[np.argsort(extra[:, 3], kind="stable")]
        where = np.searchsorted(columns["t"], extra[:, 3], side="right")
        columns = {
            name: np.insert(col, where, extra[:, j].astype(col.dtype))
            for j, (name, col) in enumerate(columns.items())
        }
    return columns
