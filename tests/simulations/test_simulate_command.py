"""``malaka simulate`` end to end: files written, JSON summary on stdout, atomic output."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from malaka import eventlog
from malaka.simulations.cases import CASE_COLUMNS


def test_simulate_writes_log_cases_kpis_and_report(
    write_scenario: Callable[..., Path],
    scenario_data: Callable[..., dict[str, Any]],
    tmp_path: Path,
) -> None:
    path = write_scenario(scenario_data())
    out = tmp_path / "result"
    out.mkdir()
    (out / "stale.txt").write_text("from an earlier run")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "malaka.cli",
            "simulate",
            str(path),
            "--replications",
            "2",
            "--seed",
            "3",
            "--workers",
            "1",
            "--out",
            str(out),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert "on_time_share" in summary
    assert set(summary["on_time_share"]) == {"mean", "half_width"}
    names = {p.name for p in out.iterdir()}
    assert {
        "events.parquet",
        "cases.parquet",
        "kpis.json",
        "report.md",
        "report.html",
        "events.xes.gz",
        "process-log.parquet",
    } <= names
    assert any(n.endswith(".png") for n in names)
    assert "stale.txt" not in names  # the folder is replaced whole
    events = eventlog.read(out / "events.parquet")
    meta = eventlog.metadata_of(events)
    assert meta["replications"] == 2
    assert meta["seed"] == 3
    import pyarrow.parquet as pq

    cases = pq.read_table(out / "cases.parquet")
    assert cases.column_names == [c.name for c in CASE_COLUMNS]
    kpis = json.loads((out / "kpis.json").read_text("utf-8"))
    assert kpis["replications"] == 2


def test_workers_and_scheduler_are_exclusive(
    write_scenario: Callable[..., Path],
    scenario_data: Callable[..., dict[str, Any]],
    tmp_path: Path,
) -> None:
    path = write_scenario(scenario_data())
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "malaka.cli",
            "simulate",
            str(path),
            "--workers",
            "2",
            "--scheduler",
            "tcp://127.0.0.1:1",
            "--out",
            str(tmp_path / "x"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert "--workers" in proc.stderr
    assert not (tmp_path / "x").exists()
