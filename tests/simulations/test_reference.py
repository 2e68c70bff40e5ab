"""The fast engine against the plain-SimPy reference model (generator processes, resources).

Both read the same per-case draws, so they must give every appeal the same history: the same
rows at the same times. Where several things happen at one instant (on the hour: a shift
boundary, the opening with the appeals received overnight), the engines may take them in
another order: rows are compared sorted, queue lengths only off the hour, and with shifts
which officer serves may differ (the reference takes officers off duty with blocker
requests), so the officer is left out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute
import pytest

from malaka.simulations.runner import _plan, _simulate, run_one
from malaka.simulations.scenario import Scenario, load_scenario

REPO = Path(__file__).resolve().parents[2]


def history(table: pa.Table, *, leave_out: tuple[str, ...]) -> list[tuple[object, ...]]:
    """Every row as a tuple of the columns kept, sorted (NaN deadlines made comparable)."""
    names = [n for n in table.column_names if n not in leave_out]
    cols = [table[n].to_pylist() for n in names]
    i = names.index("deadline_t")
    cols[i] = [None if v is None or np.isnan(v) else v for v in cols[i]]
    return sorted(zip(*cols, strict=True), key=repr)


def off_the_hour(table: pa.Table) -> pa.Table:
    """The rows at random instants (boundaries and openings fall on the hour)."""
    t = table["t"].to_numpy()
    return table.filter(pa.array(t != np.round(t)))


def test_mmc_logs_are_identical_row_for_row() -> None:
    sc = load_scenario(REPO / "simulations/scenarios/erlang-check.yaml")
    data = sc.model_dump(mode="json", by_alias=True)
    data["calendar"].update(horizon_days=40, warmup_days=0)
    sc = Scenario.model_validate(data)
    fast = run_one(sc, 0, 3)
    ref = run_one(sc, 0, 3, engine="reference")
    assert fast.num_rows == ref.num_rows > 40_000
    for name in fast.column_names:
        a, b = fast[name].to_numpy(), ref[name].to_numpy()
        if a.dtype.kind == "f":
            assert np.array_equal(a, b, equal_nan=True), name
        else:
            assert (a == b).all(), name


@pytest.fixture(params=[30, 0], ids=["drained", "cut-off"])
def full(make_scenario: Callable[..., Scenario], request: pytest.FixtureRequest) -> Scenario:
    """The small multi-stage scenario with everything: shifts, hotline callers who hang up,
    registration in working hours, anonymous and forwarded appeals, priorities, pools by
    category, a campaign day, misrouting with re-routing, partner-agency requests with
    reminders and escalations, deadlines with extra study and extensions, repeat appeals;
    run until the backlog drains, or cut off with appeals and requests still open."""
    sc = make_scenario()
    cal = sc.calendar.model_copy(update={"horizon_days": 30, "drain_days": request.param})
    return sc.model_copy(update={"calendar": cal})


@pytest.mark.parametrize("replication", [0, 1, 2])
def test_every_appeal_has_the_same_history(full: Scenario, replication: int) -> None:
    fast = run_one(full, replication, 11)
    ref = run_one(full, replication, 11, engine="reference")
    lifecycles = set(fast["lifecycle"].to_pylist())
    # every feature is exercised
    assert {"abandon", "forward", "request", "remind", "escalate", "reply", "extend"} <= lifecycles
    assert pa.compute.sum(pa.compute.not_equal(fast["repeat_of"], "")).as_py() > 0
    starts = fast.filter(
        pa.compute.and_(
            pa.compute.equal(fast["activity"], "triage"),
            pa.compute.equal(fast["lifecycle"], "start"),
        )
    )
    assert len(starts) > len(set(starts["case_id"].to_pylist()))  # second passes (misrouting)
    assert history(fast, leave_out=("resource", "queue_len")) == history(
        ref, leave_out=("resource", "queue_len")
    )
    random_fast, random_ref = off_the_hour(fast), off_the_hour(ref)
    assert random_fast.num_rows > fast.num_rows // 2
    kept = history(random_fast, leave_out=("resource",))
    assert kept == history(random_ref, leave_out=("resource",))


@pytest.mark.parametrize("name", ["tuman-iib", "viloyat-iib"])
def test_shipped_scenarios_give_every_appeal_the_same_history(name: str) -> None:
    sc = load_scenario(REPO / f"simulations/scenarios/{name}.yaml")
    fast = run_one(sc, 0, 1)
    ref = run_one(sc, 0, 1, engine="reference")
    assert history(fast, leave_out=("resource", "queue_len")) == history(
        ref, leave_out=("resource", "queue_len")
    )


def test_both_engines_return_cases_of_the_same_types(full: Scenario) -> None:
    plan = _plan(full)
    fast, ref = _simulate(plan, 0, 11), _simulate(plan, 0, 11, "reference")
    assert {k: v.dtype for k, v in fast.cases.items()} == {k: v.dtype for k, v in ref.cases.items()}
    for key, values in fast.cases.items():
        assert np.array_equal(values, ref.cases[key], equal_nan=values.dtype.kind == "f"), key


def test_unknown_engine_is_refused(make_scenario: Callable[..., Scenario]) -> None:
    with pytest.raises(ValueError, match="engine must be"):
        run_one(make_scenario(), 0, 1, engine="turbo")
