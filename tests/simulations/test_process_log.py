"""The process log (``events.xes.gz``, ``process-log.parquet``) as process-mining tools read it.

pm4py (AGPL, a test dependency only) loads what ``malaka simulate`` wrote for the district
scenario, discovers a model with the inductive miner and replays the log on it; case durations
agree with ``cases.parquet``.
"""

from __future__ import annotations

import gzip
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
import pm4py
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from malaka import eventlog
from malaka.processmining import STEPS, process_log, write_xes
from malaka.simulations.commands import simulate_to

REPO = Path(__file__).resolve().parents[2]
#: XES's standard lifecycle model (IEEE 1849, lifecycle extension).
STANDARD_TRANSITIONS = {
    "schedule", "assign", "reassign", "start", "suspend", "resume", "pi_abort", "ate_abort",
    "complete", "autoskip", "manualskip", "withdraw", "unknown",
}  # fmt: skip


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``malaka simulate`` of the district scenario, two replications."""
    out = tmp_path_factory.mktemp("district") / "out"
    simulate_to(REPO / "simulations/scenarios/tuman-iib.yaml", out, replications=2, workers=1)
    return out


@pytest.fixture(scope="module")
def log(district: Path) -> pd.DataFrame:
    return pd.read_parquet(district / "process-log.parquet")


@pytest.fixture(scope="module")
def cases(district: Path) -> pd.DataFrame:
    return pq.read_table(district / "cases.parquet").to_pandas()


def test_one_case_per_appeal_of_each_replication(log: pd.DataFrame, cases: pd.DataFrame) -> None:
    """Case ids restart in every replication in ``events.parquet``; here they do not."""
    assert cases["replication"].nunique() == 2
    assert log["case:concept:name"].nunique() == len(cases)
    expected = set(cases["run_id"] + "/" + cases["case_id"])
    assert set(log["case:concept:name"]) == expected


def test_time_stamps_are_the_start_in_tashkent_plus_t(district: Path, log: pd.DataFrame) -> None:
    events = pq.read_table(district / "events.parquet")
    assert str(log["time:timestamp"].dt.tz) == "Asia/Tashkent"
    start = datetime(2026, 3, 2, tzinfo=ZoneInfo("Asia/Tashkent"))
    hours = (log["time:timestamp"] - pd.Timestamp(start)).dt.total_seconds() / 3600
    expected = np.sort(events["t"].to_numpy())
    assert np.abs(np.sort(hours.to_numpy()) - expected).max() < 1e-9 * 3600  # a microsecond


def test_standard_names_and_no_empty_strings(log: pd.DataFrame) -> None:
    assert set(log["lifecycle:transition"]) <= STANDARD_TRANSITIONS
    assert {"arrive", "close", "registration"} <= set(log["concept:name"])
    for column in log.columns:
        if log[column].dtype == object or pd.api.types.is_string_dtype(log[column]):
            assert not (log[column] == "").any(), column
    assert log["org:resource"].isna().any()  # rows without an officer: missing, not ""
    stage_start = (log["lifecycle:transition"] == "start") & ~log["concept:name"].str.startswith(
        "request:"
    )
    assert log.loc[stage_start, "org:resource"].notna().all()


def test_case_attributes_are_constant_per_case(log: pd.DataFrame, cases: pd.DataFrame) -> None:
    """Outcome and deadline are the final ones, on every row of the case."""
    case_columns = [c for c in log.columns if c.startswith("case:")]
    per_case = log.groupby("case:concept:name")[case_columns].nunique(dropna=False)
    assert (per_case <= 1).all().all(), per_case.max()
    first = log.groupby("case:concept:name").first()
    key = cases["run_id"] + "/" + cases["case_id"]
    outcome = pd.Series(cases["outcome"].replace("", None).to_numpy(), index=key)
    assert first["case:outcome"].reindex(key).fillna("").tolist() == outcome.fillna("").tolist()
    extended = cases.loc[cases["extended"], ["run_id", "case_id", "deadline_t"]]
    assert len(extended) > 0
    start = pd.Timestamp(datetime(2026, 3, 2, tzinfo=ZoneInfo("Asia/Tashkent")))
    for row in extended.itertuples():
        got = first.loc[f"{row.run_id}/{row.case_id}", "case:deadline"]
        assert (got - start).total_seconds() / 3600 == pytest.approx(row.deadline_t, abs=1e-6)


def test_inductive_miner_model_replays_the_log(log: pd.DataFrame) -> None:
    """Discovery on the completions (one event per activity instance): the model replays the
    log with token-based fitness >= 0.99, and the process map has no stage looping on itself
    except the triage an appeal repeats after a misrouting."""
    done = log[log["lifecycle:transition"] == "complete"]
    net, im, fm = pm4py.discover_petri_net_inductive(done)
    fitness = pm4py.fitness_token_based_replay(done, net, im, fm)
    assert fitness["log_fitness"] >= 0.99
    dfg, _start, _end = pm4py.discover_dfg(done)
    loops = {a for (a, b) in dfg if a == b}
    assert loops <= {"triage"}
    assert sum(n for (a, b), n in dfg.items() if a == b) < 0.05 * sum(dfg.values())


@pytest.mark.filterwarnings("ignore:Install the optional requirement:UserWarning")
def test_xes_reads_back_as_the_parquet_and_durations_match_cases(
    district: Path, log: pd.DataFrame, cases: pd.DataFrame
) -> None:
    xes = pm4py.read_xes(str(district / "events.xes.gz"))
    assert len(xes) == len(log)
    assert xes["case:concept:name"].nunique() == len(cases)
    assert sorted(set(xes["concept:name"])) == sorted(set(log["concept:name"]))
    times = xes.groupby("case:concept:name")["time:timestamp"]
    duration_h = (times.max() - times.min()).dt.total_seconds() / 3600
    closed = cases[cases["close_t"].notna()]
    expected = pd.Series(
        (closed["close_t"] - closed["arrive_t"]).to_numpy(),
        index=closed["run_id"] + "/" + closed["case_id"],
    )
    got = duration_h.reindex(expected.index)
    assert (got - expected).abs().max() < 1e-5  # hours: microsecond time stamps


def test_xes_is_well_formed_escaped_and_reproducible(tmp_path: Path) -> None:
    """Values with XML's special characters are escaped; the same log gives the same bytes."""
    events = eventlog.to_table(
        {
            "run_id": ["s/0", "s/0"],
            "replication": [0, 0],
            "case_id": ["A1", "A1"],
            "citizen_id": ['C"1', 'C"1'],
            "channel": ["a&b", "a&b"],
            "kind": ["ariza", "ariza"],
            "category": ["<x>", "<x>"],
            "urgency": ["P2", "P2"],
            "regime": ["appeals_law", "appeals_law"],
            "district": ["d", "d"],
            "activity": ["arrive", "close"],
            "lifecycle": ["arrive", "close"],
            "agency": ["own", "own"],
            "resource": ["", ""],
            "t": [1.5, 2.25],
            "deadline_t": [float("nan")] * 2,
            "queue_len": [0, 0],
            "outcome": ["", "answered"],
            "repeat_of": ["", ""],
        },
        {"start": "2026-03-02", "timezone": "Asia/Tashkent"},
    )
    cases = pa.table(
        {
            "run_id": ["s/0"],
            "case_id": ["A1"],
            "outcome": ["answered"],
            "deadline_t": [float("nan")],
        }
    )
    table = process_log(events, cases)
    first, second = tmp_path / "a.xes.gz", tmp_path / "b.xes.gz"
    write_xes(table, first)
    write_xes(table, second)
    assert first.read_bytes() == second.read_bytes()
    root = ET.fromstring(gzip.decompress(first.read_bytes()))  # noqa: S314 - written just above
    ns = {"x": "http://www.xes-standard.org/"}
    trace = root.find("x:trace", ns)
    assert trace is not None
    values = {a.get("key"): a.get("value") for a in trace if a.tag != f"{{{ns['x']}}}event"}
    assert values["citizen"] == 'C"1'
    assert values["channel"] == "a&b"
    assert values["category"] == "<x>"
    assert "deadline" not in values
    stamps = [e.find("x:date", ns).get("value") for e in trace.findall("x:event", ns)]  # type: ignore[union-attr]
    assert stamps == ["2026-03-02T01:30:00.000000+05:00", "2026-03-02T02:15:00.000000+05:00"]


def test_every_lifecycle_of_the_log_has_a_step() -> None:
    assert set(STEPS) == set(eventlog.LIFECYCLES)


def test_xes_is_the_same_whatever_rows_are_written_at_once(
    district: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Big logs are written in slices; a trace cut by a slice boundary is still one trace."""
    from malaka import processmining

    table = pq.read_table(district / "process-log.parquet")
    whole, sliced = tmp_path / "whole.xes.gz", tmp_path / "sliced.xes.gz"
    write_xes(table, whole)
    monkeypatch.setattr(processmining, "_ROWS_AT_ONCE", 997)
    write_xes(table, sliced)
    assert whole.read_bytes() == sliced.read_bytes()
    text = gzip.decompress(whole.read_bytes()).decode("utf-8")
    assert text.count("<trace>") == len(table["case:concept:name"].unique())
