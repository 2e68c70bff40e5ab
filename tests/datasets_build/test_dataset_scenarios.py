"""Scenarios that only feed datasets live in ``datasets/scenarios/``: valid, and each one used.

They are not planners' scenarios, so the site and the planner catalogue leave them out
(``simulations/scenarios/`` holds those); a spec names its scenario by path.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from malaka.simulations.scenario import load_scenario

REPO = Path(__file__).resolve().parents[2]
SCENARIOS = sorted((REPO / "datasets" / "scenarios").glob("*.yaml"))
SPECS = sorted((REPO / "datasets" / "specs").glob("*.yaml"))


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_every_dataset_scenario_validates_and_is_used(path: Path) -> None:
    scenario = load_scenario(path)
    assert scenario.id == path.stem
    used = [
        spec.stem
        for spec in SPECS
        if yaml.safe_load(spec.read_text(encoding="utf-8")).get("scenario")
        == f"datasets/scenarios/{path.name}"
    ]
    assert used, f"{path.name} is not the scenario of any dataset spec"


def test_specs_name_existing_scenarios() -> None:
    for spec in SPECS:
        named = yaml.safe_load(spec.read_text(encoding="utf-8")).get("scenario")
        if named:
            assert (REPO / named).is_file(), f"{spec.name}: scenario {named} not found"
