"""Golden event logs: the engine and the runner give, row for row, the logs fingerprinted in
``golden/golden.json`` (small scenarios that together take every transition of the model).

A failure names the fixture, the parts that changed (rows, codes, officers, cases, the
runner's table), the row and case counts and the rows per event kind whose count changed.
After an intended change of the model, regenerate the fingerprints (see golden/README.md).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pyarrow.compute as pc
import pytest

from malaka.simulations.engine import simulate
from malaka.simulations.model import Plan
from malaka.simulations.runner import run_replications
from malaka.simulations.scenario import load_scenario

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"


def _load_regenerate() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "malaka_tests_golden_regenerate", GOLDEN_DIR / "regenerate.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


golden = _load_regenerate()
STORED: dict[str, Any] = json.loads((GOLDEN_DIR / "golden.json").read_text("utf-8"))
HINT = f"after an intended change of the model, regenerate: {golden.REGENERATE}"


def differences(key: str, stored: dict[str, Any] | None, now: dict[str, Any]) -> list[str]:
    """What differs between the stored fingerprint of ``key`` and today's, one line each."""
    if stored is None:
        return [f"{key}: not in golden.json"]
    out: list[str] = []
    old, new = stored["simulate"], now["simulate"]
    if old["sha256"] != new["sha256"]:
        changed = [p for p in old["parts"] if old["parts"][p] != new["parts"].get(p)]
        out.append(
            f"{key}: simulate() differs in {', '.join(changed)}; "
            f"rows {old['rows']} -> {new['rows']}, cases {old['cases']} -> {new['cases']}"
        )
        for kind in sorted(set(old["kinds"]) | set(new["kinds"])):
            a, b = old["kinds"].get(kind), new["kinds"].get(kind)
            if a != b:
                out.append(f"    {kind}: {a} -> {b} rows")
    old_t, new_t = stored["run_one"], now["run_one"]
    if old_t["sha256"] != new_t["sha256"]:
        out.append(f"{key}: run_one() table differs; rows {old_t['rows']} -> {new_t['rows']}")
    return out


def test_every_golden_scenario_has_fingerprints() -> None:
    ids = {load_scenario(p).id for p in golden.scenario_paths()}
    keys = {f"{i}/{r}" for i in ids for r in golden.REPLICATIONS}
    assert len(ids) >= 5
    assert set(STORED["fixtures"]) == keys, HINT
    assert STORED["seed"] == golden.SEED, HINT


@pytest.mark.parametrize("path", golden.scenario_paths(), ids=lambda p: p.stem)
def test_golden_event_log(path: Path) -> None:
    now = golden.compute([path])
    problems = [
        line
        for key, fingerprint in now.items()
        for line in differences(key, STORED["fixtures"].get(key), fingerprint)
    ]
    assert not problems, "\n".join([*problems, HINT])


def test_fingerprint_sees_a_changed_time() -> None:
    """One float of one row changed by an ulp changes the fingerprint (and only the rows)."""
    sc = load_scenario(GOLDEN_DIR / "golden-mmc.yaml")
    res = simulate(Plan(sc), 0, golden.SEED)
    before = golden.fingerprint_result(res)
    res.rows["t"][7] = np.nextafter(res.rows["t"][7], np.inf)
    after = golden.fingerprint_result(res)
    assert before["sha256"] != after["sha256"]
    assert [p for p in before["parts"] if before["parts"][p] != after["parts"][p]] == ["rows"]


def test_one_worker_and_two_give_the_same_log() -> None:
    sc = load_scenario(GOLDEN_DIR / "golden-office.yaml")
    one = run_replications(sc, 2, golden.SEED, workers=1)
    two = run_replications(sc, 2, golden.SEED, workers=2)
    assert golden.fingerprint_table(one) == golden.fingerprint_table(two)
    # and each replication's rows are the golden ones
    for r in golden.REPLICATIONS:
        part = one.filter(pc.equal(one["replication"], r))
        stored = STORED["fixtures"][f"{sc.id}/{r}"]["run_one"]
        assert golden.fingerprint_table(part) == stored, HINT
