"""A category whose legal regime is drawn per appeal (``regimes: {id: share}``).

The law splits some categories case by case (a domestic conflict is a crime report or an
appeal, a public-order call an administrative offence or an appeal): the regime decides the
deadline, so the engine must give every appeal the regime drawn for it up front, a repeat
keeps its parent's, the event log carries it, and scenarios written the old way
(``regime: <id>`` or none) keep their hash and their runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from pydantic import ValidationError

from malaka.errors import InputError
from malaka.simulations.engine import simulate
from malaka.simulations.model import Plan, draw_arrivals, draw_cases
from malaka.simulations.rng import Streams
from malaka.simulations.runner import run_one
from malaka.simulations.scenario import Scenario, load_scenario

REPO = Path(__file__).resolve().parents[2]
MIX = {"criminal": 0.5, "appeals_law": 0.3, "forward": 0.2}


def _with_theft(data: dict[str, Any], **theft: Any) -> dict[str, Any]:
    """The base scenario with regime fields added to the theft category."""
    data["categories"][0].update(theft)
    return data


# --- validation --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("theft", "expected"),
    [
        (
            {"regimes": {"criminal": 0.5, "appeals_law": 0.4}},
            r"categories\[0\]\.regimes: shares must sum to 1 \(they sum to 0\.9\)",
        ),
        (
            {"regimes": {"criminal": 0.5, "civil": 0.5}},
            r"categories\[0\]\.regimes\.civil: unknown regime 'civil' \(known: administrative, ",
        ),
        (
            {"regime": "criminal", "regimes": {"criminal": 1.0}},
            r"categories\[0\]\.regimes: give either 'regime' or 'regimes', not both",
        ),
        ({"regimes": {}}, r"categories\[0\]\.regimes: give at least one regime"),
    ],
)
def test_a_wrong_mix_is_refused_naming_the_field(
    scenario_data: Callable[..., dict[str, Any]], theft: dict[str, Any], expected: str
) -> None:
    with pytest.raises(ValidationError, match=expected):
        Scenario.model_validate(_with_theft(scenario_data(), **theft))


def test_a_negative_share_is_refused(scenario_data: Callable[..., dict[str, Any]]) -> None:
    data = _with_theft(scenario_data(), regimes={"criminal": 1.5, "appeals_law": -0.5})
    with pytest.raises(ValidationError, match=r"regimes\.appeals_law"):
        Scenario.model_validate(data)


def test_a_file_with_a_wrong_mix_names_file_line_and_field(
    scenario_data: Callable[..., dict[str, Any]], write_scenario: Callable[..., Path]
) -> None:
    path = write_scenario(_with_theft(scenario_data(), regimes={"criminal": 0.7, "appeals": 0.3}))
    with pytest.raises(InputError) as info:
        load_scenario(path)
    text = str(info.value)
    assert "small.yaml" in text
    assert "categories[0].regimes.appeals: unknown regime 'appeals'" in text
    assert re.search(r"small\.yaml:\d+", text), text


# --- the engine gives every appeal its drawn regime ---------------------------------------------


@pytest.fixture
def mixed(make_scenario: Callable[..., Scenario]) -> Scenario:
    """The small scenario (repeats, extensions, forwarding...) with theft's regime drawn."""
    sc = make_scenario()
    data = sc.model_dump(mode="json", by_alias=True, exclude_none=True)
    data["categories"][0]["regimes"] = MIX
    data["calendar"]["horizon_days"] = 30
    return Scenario.model_validate(data)


@pytest.mark.parametrize("replication", [0, 1])
def test_the_engine_gives_every_appeal_its_drawn_regime(mixed: Scenario, replication: int) -> None:
    plan = Plan(mixed)
    fast = simulate(plan, replication, 5)
    # the first appeals are the arrivals, with the draws made for them up front
    streams = Streams(5, replication)
    t, ch, _ = draw_arrivals(plan, streams)
    drawn = draw_cases(plan, streams, t, ch)
    n0 = len(t)
    assert np.array_equal(fast.cases["arrive"][:n0], t)
    for key in ("category", "kind", "regime", "deadline0", "deadline1"):
        assert np.array_equal(fast.cases[key][:n0], drawn[key], equal_nan=True), key
    regime = fast.cases["regime"]
    theft = fast.cases["category"] == plan.categories.index("theft")
    assert {plan.regime_ids[r] for r in regime[theft]} == set(MIX)
    # the other categories keep their one regime
    for ci, cid in enumerate(plan.categories):
        if cid != "theft":
            mask = fast.cases["category"] == ci
            assert {plan.regime_ids[r] for r in regime[mask]} <= {plan.regime[ci]}
    # a repeat appeal keeps its parent's regime
    repeats = np.flatnonzero(fast.cases["repeat_of"] >= 0)
    assert len(repeats) > 0
    assert (regime[repeats] == regime[fast.cases["repeat_of"][repeats]]).all()


def test_the_event_log_carries_each_appeals_regime_and_its_deadline(mixed: Scenario) -> None:
    log = run_one(mixed, 0, 5).to_pandas()
    plan = Plan(mixed)
    cases = simulate(plan, 0, 5).cases
    per_case = log.drop_duplicates("case_id").set_index("case_id").sort_index()
    assert list(per_case.index) == [f"A{i:07d}" for i in range(len(cases["arrive"]))]
    assert per_case["category"].tolist() == [plan.categories[c] for c in cases["category"]]
    assert per_case["regime"].tolist() == [plan.regime_ids[r] for r in cases["regime"]]
    assert per_case["kind"].tolist() == [plan.kinds[k] for k in cases["kind"]]
    first = log.sort_values(["case_id", "t"]).drop_duplicates("case_id")
    theft = first[(first["category"] == "theft") & (first["repeat_of"] == "")]
    # forwarded at triage, whatever the category (anonymous ones are left at registration)
    anonymous = set(log.loc[log["outcome"] == "left_without_consideration", "case_id"])
    fwd = set(theft.loc[theft["regime"] == "forward", "case_id"]) - anonymous
    forwarded = set(log.loc[log["lifecycle"] == "forward", "case_id"])
    assert fwd
    assert fwd <= forwarded
    assert not forwarded & set(theft.loc[theft["regime"] != "forward", "case_id"])
    # the deadline follows the appeal's regime: 10 days (criminal), 5 (forward), 15 or more
    days = (theft["deadline_t"] - 24 * np.floor(theft["t"] / 24)) / 24
    by_regime = days.groupby(theft["regime"])
    assert by_regime.min()["criminal"] >= 10
    assert by_regime.max()["criminal"] < 15
    assert by_regime.min()["forward"] >= 5
    assert by_regime.max()["forward"] < 10
    assert by_regime.min()["appeals_law"] >= 15


def test_the_drawn_shares_match_the_mix(mixed: Scenario) -> None:
    plan = Plan(mixed)
    n = 40_000
    drawn = draw_cases(
        plan,
        Streams(3, 0),
        np.zeros(n),
        np.zeros(n, dtype=np.int64),
        category=np.zeros(n, dtype=np.int64),
    )
    shares = pd.Series([plan.regime_ids[r] for r in drawn["regime"]]).value_counts(normalize=True)
    for regime, share in MIX.items():
        # binomial sd <= 0.0025 at this size: 4 sd
        assert shares[regime] == pytest.approx(share, abs=0.01), regime


@pytest.mark.parametrize("name", ["tuman-iib", "viloyat-iib"])
def test_shipped_scenarios_split_domestic_and_public_order(name: str) -> None:
    sc = load_scenario(REPO / f"simulations/scenarios/{name}.yaml")
    plan = Plan(sc)
    streams = Streams(sc.seed, 0)
    t, ch, _ = draw_arrivals(plan, streams)
    drawn = draw_cases(plan, streams, t, ch)
    for cid in ("domestic", "public_order"):
        spec = sc.category(cid)
        assert spec.regimes is not None
        assert len(spec.regimes) == 2
        mask = drawn["category"] == plan.categories.index(cid)
        got = pd.Series([plan.regime_ids[r] for r in drawn["regime"][mask]])
        share = got.value_counts(normalize=True)
        n = int(mask.sum())
        for regime, expected in spec.regimes.items():
            sd = (expected * (1 - expected) / n) ** 0.5
            assert abs(share[regime] - expected) < 4 * sd, (cid, regime, n)
    # each regime meets its own deadline rule: criminal 10 days, the others 15 (or a month)
    ariza = plan.kinds.index("ariza")
    n_kinds = len(plan.kinds)
    rules = {
        regime: plan.rules[r * n_kinds + ariza].base for r, regime in enumerate(plan.regime_ids)
    }
    assert rules["criminal"].days == 10
    assert rules["administrative"].days == 15
    assert rules["appeals_law"].days == 15


# --- old-form scenarios are unchanged ----------------------------------------------------------


def test_one_regime_written_either_way_gives_the_same_run(
    scenario_data: Callable[..., dict[str, Any]],
) -> None:
    default = Scenario.model_validate(scenario_data())  # theft: the taxonomy's (criminal)
    single = Scenario.model_validate(_with_theft(scenario_data(), regime="criminal"))
    as_mix = Scenario.model_validate(_with_theft(scenario_data(), regimes={"criminal": 1.0}))
    base = run_one(default, 0, 9)
    assert base.num_rows > 1000
    for other in (run_one(single, 0, 9), run_one(as_mix, 0, 9)):
        assert other.column_names == base.column_names
        for name in base.column_names:
            a, b = base[name].to_numpy(), other[name].to_numpy()
            assert np.array_equal(a, b, equal_nan=a.dtype.kind == "f"), name
    # the mix is a new field: another scenario, another hash; the old form keeps its own
    assert as_mix.sha256() != single.sha256()
    assert "regimes" not in default.model_dump_json(exclude_none=True)


@pytest.mark.parametrize(
    ("card", "scenario"),
    [
        ("weekly-threats", "datasets/scenarios/shahar-haftalik.yaml"),
        ("national-year", "datasets/scenarios/respublika-yil.yaml"),
    ],
)
def test_scenarios_without_a_mix_keep_the_hash_their_card_quotes(card: str, scenario: str) -> None:
    text = (REPO / "datasets/cards" / f"{card}.md").read_text("utf-8")
    quoted = re.search(rf"`{re.escape(scenario)}` \(`[^`]+`, sha256 `([0-9a-f]{{64}})`", text)
    assert quoted, card
    assert load_scenario(REPO / scenario).sha256() == quoted.group(1)
