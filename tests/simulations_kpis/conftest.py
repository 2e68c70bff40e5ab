"""Build small event logs by hand, following the contract in malaka.eventlog."""

from __future__ import annotations

import math
from typing import Any

import pyarrow as pa
import pytest

from malaka import eventlog


class LogBuilder:
    """Append appeal transitions one by one; ``table()`` gives a contract-valid Arrow table."""

    def __init__(self) -> None:
        self.cols = eventlog.empty_columns()

    def row(
        self,
        rep: int,
        case: str,
        lifecycle: str,
        t: float,
        *,
        channel: str = "electronic",
        category: str = "cat_a",
        activity: str = "",
        resource: str = "",
        deadline: float = math.nan,
        outcome: str = "",
        repeat_of: str = "",
        agency: str = "own",
    ) -> None:
        """One transition; columns that KPIs do not read get plausible constants."""
        values: dict[str, Any] = {
            "run_id": f"test/{rep}",
            "replication": rep,
            "case_id": case,
            "citizen_id": f"c-{case}",
            "channel": channel,
            "kind": "ariza",
            "category": category,
            "urgency": "P3",
            "regime": "appeals_law",
            "district": "d1",
            "activity": activity,
            "lifecycle": lifecycle,
            "agency": agency,
            "resource": resource,
            "t": float(t),
            "deadline_t": float(deadline),
            "queue_len": 0,
            "outcome": outcome,
            "repeat_of": repeat_of,
        }
        for k, v in values.items():
            self.cols[k].append(v)

    def case(
        self,
        rep: int,
        case: str,
        arrive: float,
        *,
        stages: list[tuple[str, str, float, float]] = (),  # type: ignore[assignment]
        close: float | None = None,
        outcome: str = "answered",
        deadline: float = math.nan,
        **attrs: Any,
    ) -> None:
        """A whole appeal: arrive, (enqueue, start, complete) per stage, and an optional close."""
        self.row(rep, case, "arrive", arrive, deadline=deadline, **attrs)
        for stage, resource, start, end in stages:
            self.row(rep, case, "enqueue", start, activity=stage, deadline=deadline, **attrs)
            self.row(
                rep,
                case,
                "start",
                start,
                activity=stage,
                resource=resource,
                deadline=deadline,
                **attrs,
            )
            self.row(
                rep,
                case,
                "complete",
                end,
                activity=stage,
                resource=resource,
                deadline=deadline,
                **attrs,
            )
        if close is not None:
            self.row(rep, case, "close", close, deadline=deadline, outcome=outcome, **attrs)

    def table(self) -> pa.Table:
        """The log as an Arrow table with the contract schema."""
        return eventlog.to_table(self.cols, {"scenario_id": "test"})


@pytest.fixture
def log() -> LogBuilder:
    """A fresh, empty hand-made event log."""
    return LogBuilder()
