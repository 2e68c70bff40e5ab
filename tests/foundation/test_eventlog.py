"""The event log contract: schema, metadata round trip, validation on read."""

from __future__ import annotations

import math
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from malaka import eventlog
from malaka.errors import InputError


def one_row() -> dict[str, list[object]]:
    """Columns holding a single 'arrive' row."""
    cols = eventlog.empty_columns()
    values: dict[str, object] = {
        "run_id": "s/0",
        "replication": 0,
        "case_id": "C-1",
        "citizen_id": "P-1",
        "channel": "e_murojaat",
        "kind": "ariza",
        "category": "theft",
        "urgency": "P2",
        "regime": "criminal",
        "district": "d1",
        "activity": "registration",
        "lifecycle": "arrive",
        "agency": "own",
        "resource": "",
        "t": 1.5,
        "deadline_t": math.nan,
        "queue_len": 0,
        "outcome": "",
        "repeat_of": "",
    }
    for key, value in values.items():
        cols[key].append(value)
    return cols


def test_round_trip_keeps_rows_and_metadata(tmp_path: Path) -> None:
    """Written and read back, the table and its malaka metadata are unchanged."""
    table = eventlog.to_table(one_row(), {"scenario_id": "s", "seed": 7})
    path = tmp_path / "events.parquet"
    eventlog.write(table, path)
    back = eventlog.read(path)
    assert back.to_pylist()[0]["case_id"] == "C-1"
    assert eventlog.metadata_of(back) == {"scenario_id": "s", "seed": 7}


def test_missing_column_refused() -> None:
    """Building a table without a contract column fails loudly."""
    cols = one_row()
    del cols["queue_len"]
    with pytest.raises(ValueError, match="queue_len"):
        eventlog.to_table(cols)


def test_read_rejects_wrong_types(tmp_path: Path) -> None:
    """A Parquet file whose columns do not match the contract is named, column by column."""
    path = tmp_path / "bad.parquet"
    pq.write_table(pa.table({"case_id": [1, 2]}), path)
    with pytest.raises(InputError) as caught:
        eventlog.read(path)
    text = str(caught.value)
    assert "bad.parquet" in text
    assert "column 'case_id' has type int64, expected string" in text
    assert "column 'run_id' is missing" in text


def test_read_missing_and_garbage_files(tmp_path: Path) -> None:
    """A missing file and a non-Parquet file give InputErrors naming the file."""
    with pytest.raises(InputError, match="not found"):
        eventlog.read(tmp_path / "none.parquet")
    junk = tmp_path / "junk.parquet"
    junk.write_text("not parquet")
    with pytest.raises(InputError, match=r"junk\.parquet"):
        eventlog.read(junk)


def test_every_column_documented_and_xes_names_unique() -> None:
    """Every column has a meaning, and XES names do not collide."""
    assert all(c.meaning for c in eventlog.COLUMNS)
    xes = list(eventlog.XES_NAMES.values())
    assert len(xes) == len(set(xes))
    table = eventlog.describe_markdown()
    for name in eventlog.COLUMN_NAMES:
        assert f"`{name}`" in table


def test_readme_documents_the_current_columns(repo: Path) -> None:
    """The README's event-log table is the one the code defines (no drift)."""
    readme = (repo / "README.md").read_text(encoding="utf-8")
    assert eventlog.describe_markdown() in readme
