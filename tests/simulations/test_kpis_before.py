"""The shipped scenarios' KPIs with today's engine, against the record of the engine before
its rewrite (``fixtures/kpis_before.json``, made by ``fixtures/kpis_before.py``).

The same settings (replications, scenarios, the project's KPI functions) on another seed, so
the two are independent estimates: each KPI's difference must lie within the combined
confidence interval, sqrt(h_before^2 + h_now^2) of the two 95 % t half-widths (the half-width
of the difference of two independent means). There are about a hundred KPIs, so at 95 % each a
handful would fall outside by chance alone: the intervals are widened to a family-wise 95 %
(Bonferroni: the t quantile at 1 - 0.05 / (2 m) for m KPIs compared, over the 95 % one). A
KPI that was exactly 0 or 1 in every replication has no spread; it may move by
:data:`FLOOR` (a share that never varied, a count that was always zero).
"""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from scipy import stats

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FLOOR = 0.005


def _load_recorder() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "malaka_tests_kpis_before", FIXTURES / "kpis_before.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


recorder = _load_recorder()
RECORD: dict[str, Any] = json.loads((FIXTURES / "kpis_before.json").read_text("utf-8"))
COMPARED = sum(
    1 for kpis in RECORD["scenarios"].values() for stat in kpis.values() if stat["mean"] is not None
)


def widening(n: int, m: int = COMPARED) -> float:
    """Bonferroni factor of a 95 % t interval over ``n`` replications, for ``m`` of them."""
    return float(stats.t.ppf(1 - 0.05 / (2 * m), n - 1) / stats.t.ppf(0.975, n - 1))


def test_the_record_is_of_the_engine_before_the_rewrite() -> None:
    assert RECORD["engine"] == "malaka.simulations.processes"
    assert RECORD["commit"] == recorder.ENGINE_COMMIT
    assert RECORD["replications"] == recorder.REPLICATIONS
    assert RECORD["seed"] == recorder.RECORD_SEED != recorder.CHECK_SEED
    assert set(RECORD["scenarios"]) == set(recorder.SCENARIOS)
    assert COMPARED > 50


@pytest.mark.slow
@pytest.mark.parametrize("name", recorder.SCENARIOS)
def test_kpis_match_the_engine_before_the_rewrite(name: str) -> None:
    before: dict[str, Any] = RECORD["scenarios"][name]
    now: dict[str, Any] = recorder.scenario_kpis(name, recorder.CHECK_SEED)
    assert set(now) == set(before)
    problems = []
    for kpi, old in sorted(before.items()):
        new = now[kpi]
        if old["mean"] is None or new["mean"] is None:
            if (old["mean"] is None) != (new["mean"] is None):
                problems.append(f"{kpi}: {old['mean']} before, {new['mean']} now")
            continue
        h_old, h_new = old["half_width"] or 0.0, new["half_width"] or 0.0
        n = min(old["n"], new["n"])
        tolerance = math.hypot(h_old, h_new) * widening(n) if n >= 2 else 0.0
        if old["mean"] in (0.0, 1.0) and h_old == 0.0:
            tolerance = max(tolerance, FLOOR)
        difference = abs(new["mean"] - old["mean"])
        if difference > tolerance:
            problems.append(
                f"{kpi}: {old['mean']:.6g} ± {h_old:.3g} before, {new['mean']:.6g} ± {h_new:.3g}"
                f" now; differs by {difference:.3g} > {tolerance:.3g}"
            )
    assert not problems, f"{name}, {RECORD['replications']} replications:\n" + "\n".join(problems)
