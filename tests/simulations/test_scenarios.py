"""The scenario format: shipped scenarios validate, bad files get one line per problem."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from pydantic import TypeAdapter, ValidationError

from malaka.errors import InputError
from malaka.simulations.distributions import Dist
from malaka.simulations.scenario import (
    Scenario,
    load_scenario,
    schema_text,
    staffing_profile,
)

REPO = Path(__file__).resolve().parents[2]
SCENARIOS = sorted((REPO / "simulations" / "scenarios").glob("*.yaml"))


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_every_shipped_scenario_validates(path: Path) -> None:
    scenario = load_scenario(path)
    assert scenario.id == path.stem
    assert scenario.title.uz
    assert scenario.title.ru
    assert scenario.title.en
    assert "illustrative" in path.read_text("utf-8").lower()


def test_the_shipped_set_is_complete() -> None:
    assert {p.stem for p in SCENARIOS} >= {"erlang-check", "tuman-iib", "viloyat-iib"}


def test_erlang_check_is_a_plain_mmc_with_enough_appeals() -> None:
    sc = load_scenario(REPO / "simulations/scenarios/erlang-check.yaml")
    assert len(sc.stages) == 1
    assert len(sc.pools) == 1
    assert len(sc.categories) == 1
    assert sc.deadlines is None
    assert sc.repeats is None
    assert sc.stages[0].service.dist == "exponential"
    assert sc.channels[0].patience is None
    appeals = sum(c.rate_per_day for c in sc.channels) * sc.calendar.horizon_days
    assert appeals >= 100_000
    profile = staffing_profile(sc, sc.pools[0].id)
    assert len({n for _, n in profile}) == 1  # constant headcount, 24/7


def test_exported_schema_is_not_stale() -> None:
    path = REPO / "simulations" / "scenario.schema.json"
    assert path.read_text("utf-8") == schema_text(), (
        "regenerate with: python -m malaka.simulations.scenario"
    )
    assert json.loads(path.read_text("utf-8"))["additionalProperties"] is False


def test_bad_file_lists_every_problem_with_line_and_path(
    write_scenario: Callable[..., Path],
    scenario_data: Callable[..., dict[str, Any]],
) -> None:
    data: dict[str, Any] = scenario_data()
    data["pools"][2]["shifts"][0]["staff"] = -1
    data["stages"][3]["pool"] = "nowhere"
    data["channels"][0]["mix"]["theft"] = 0.9
    data["calendar"]["colour"] = "blue"
    path = write_scenario(data)
    with pytest.raises(InputError) as err:
        load_scenario(path)
    lines = [str(p) for p in err.value.problems]
    assert any(
        line.startswith("small.yaml:") and "pools[2].shifts[0].staff: must be >= 0" in line
        for line in lines
    ), lines
    assert any("calendar.colour: unknown field" in line for line in lines), lines
    # structural errors come first; cross-reference errors are reported once those are fixed
    data["pools"][2]["shifts"][0]["staff"] = 1
    del data["calendar"]["colour"]
    path = write_scenario(data)
    with pytest.raises(InputError) as err:
        load_scenario(path)
    text = [str(p) for p in err.value.problems]
    assert any("stages[3].pool: unknown pool 'nowhere'" in t for t in text), text
    assert any("channels[0].mix: shares must sum to 1" in t for t in text), text
    for problem in err.value.problems:
        assert problem.file == "small.yaml"
        assert problem.line is not None
        assert problem.line > 1


def test_id_must_equal_the_file_stem(
    write_scenario: Callable[..., Path], scenario_data: Callable[..., dict[str, Any]]
) -> None:
    path = write_scenario(scenario_data(), name="other-name")
    with pytest.raises(InputError) as err:
        load_scenario(path)
    assert [p.field for p in err.value.problems] == ["id"]


def test_cli_bad_scenario_exits_2_and_writes_nothing(
    write_scenario: Callable[..., Path],
    tmp_path: Path,
    scenario_data: Callable[..., dict[str, Any]],
) -> None:
    data = scenario_data()
    data["stages"][1]["service"] = {"dist": "lognormal", "mean": 1}
    data["pools"][0]["shifts"][0]["staff"] = -2
    path = write_scenario(data)
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "malaka.cli", "simulate", str(path), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2, proc.stderr
    err_lines = proc.stderr.strip().splitlines()
    assert len(err_lines) == 2, proc.stderr
    assert any(
        "stages[1].service" in line and "give either 'mean' and 'sd'" in line for line in err_lines
    ), proc.stderr
    assert any("pools[0].shifts[0].staff: must be >= 0" in line for line in err_lines)
    assert "Traceback" not in proc.stderr
    assert not out.exists()
    assert list(tmp_path.glob(".out*")) == []


def test_with_staff_sets_pools_and_shifts(make_scenario: Callable[..., Scenario]) -> None:
    sc = make_scenario()
    one = sc.with_staff({"office": 5})
    assert [s.staff for s in one.pool("office").shifts] == [5, 5]
    two = sc.with_staff({"office": [4, 1], "registry": 2})
    assert [s.staff for s in two.pool("office").shifts] == [4, 1]
    assert [s.staff for s in two.pool("registry").shifts] == [2]
    assert sc.pool("office").shifts[0].staff == 3  # the original is untouched
    assert two.sha256() != sc.sha256()
    with pytest.raises(ValueError, match="2 shifts"):
        sc.with_staff({"office": [1, 2, 3]})
    with pytest.raises(ValueError, match="unknown pools"):
        sc.with_staff({"nobody": 1})


def test_sha256_is_stable_and_content_based(make_scenario: Callable[..., Scenario]) -> None:
    a, b = make_scenario(), make_scenario()
    assert a.sha256() == b.sha256()
    assert make_scenario(seed=8).sha256() != a.sha256()


def test_staffing_profile_follows_shifts_weekdays_and_holidays(
    make_scenario: Callable[..., Scenario],
) -> None:
    sc = make_scenario()
    prof = dict(staffing_profile(sc, "office"))
    monday = 0.0  # 2026-03-02 is a Monday, hour 0 is local midnight
    assert prof[monday] == 0
    assert prof[monday + 9] == 3
    assert prof[monday + 13] == 2
    assert prof[monday + 18] == 0
    holiday = 7 * 24.0  # 2026-03-09 is a holiday (Monday)
    assert all(
        not (holiday <= t < holiday + 24) or n == 0 for t, n in staffing_profile(sc, "office")
    )
    assert staffing_profile(sc, "hotline") == [(0.0, 1)]


DIST = TypeAdapter(Dist)


@pytest.mark.parametrize(
    ("spec", "mean", "var"),
    [
        ({"dist": "exponential", "mean": 2.0}, 2.0, 4.0),
        ({"dist": "exponential", "rate": 30, "unit": "days"}, 24 / 30, (24 / 30) ** 2),
        ({"dist": "lognormal", "mean": 3.0, "sd": 2.0}, 3.0, 4.0),
        ({"dist": "gamma", "mean": 30, "sd": 10, "unit": "minutes"}, 0.5, (10 / 60) ** 2),
        ({"dist": "gamma", "shape": 2.0, "scale": 1.5}, 3.0, 4.5),
        ({"dist": "empirical", "values": [1, 3], "weights": [3, 1]}, 1.5, 0.75),
        ({"dist": "constant", "value": 2, "unit": "days"}, 48.0, 0.0),
    ],
)
def test_distribution_moments_match_samples(spec: dict[str, Any], mean: float, var: float) -> None:
    d = DIST.validate_python(spec)
    assert d.mean == pytest.approx(mean)
    assert d.variance == pytest.approx(var)
    x = d.sample(np.random.default_rng(1), 200_000)
    assert (x >= 0).all()
    se = math.sqrt(var / len(x)) if var else 1e-12
    assert abs(x.mean() - mean) < 5 * se + 1e-12


@pytest.mark.parametrize(
    "spec",
    [
        {"dist": "exponential"},
        {"dist": "exponential", "mean": 1, "rate": 1},
        {"dist": "lognormal", "mean": 1},
        {"dist": "gamma", "mean": 1, "sd": 1, "shape": 2},
        {"dist": "empirical", "values": [1, 2], "weights": [1]},
        {"dist": "weibull", "mean": 1},
        {"dist": "exponential", "mean": -1},
    ],
)
def test_bad_distributions_are_rejected(spec: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        DIST.validate_python(spec)


def test_scenario_module_does_not_import_simpy() -> None:
    code = (
        "import sys, malaka.simulations, malaka.simulations.scenario, "
        "malaka.simulations.calendar\n"
        "bad = [m for m in ('simpy', 'pandas', 'faker', 'matplotlib') if m in sys.modules]\n"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_model_imports_neither_pandas_nor_faker() -> None:
    code = (
        "import sys, malaka.simulations.model, malaka.simulations.engine, "
        "malaka.simulations.runner\n"
        "bad = [m for m in ('pandas', 'faker') if m in sys.modules]\n"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
