"""Fixtures for the simulation tests: small scenarios built in code, written to YAML."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from malaka.simulations.scenario import Scenario

BASE: dict[str, Any] = {
    "id": "small",
    "title": {"uz": "Kichik", "ru": "Малый", "en": "Small"},
    "calendar": {
        "start": "2026-03-02",
        "horizon_days": 10,
        "working_hours": {"start": 9, "end": 18},
        "holidays": ["2026-03-09"],
    },
    "districts": [{"id": "d1", "share": 0.6}, {"id": "d2", "share": 0.4}],
    "channels": [
        {
            "id": "e_murojaat",
            "rate_per_day": 20,
            "mix": {"theft": 0.5, "migration": 0.3, "social": 0.2},
            "anonymous_share": 0.05,
        },
        {
            "id": "hotline_1102",
            "rate_per_day": 10,
            "mix": {"misconduct": 1.0},
            "patience": {"dist": "exponential", "mean": 5, "unit": "minutes"},
        },
    ],
    "categories": [
        {"id": "theft", "requests": {"probability": 0.4, "agencies": {"prosecutor": 1.0}}},
        {"id": "migration"},
        {"id": "social"},
        {"id": "misconduct", "kinds": {"shikoyat": 1.0}},
    ],
    "stages": [
        {
            "id": "call",
            "channels": ["hotline_1102"],
            "pool": "hotline",
            "service": {"dist": "exponential", "mean": 6, "unit": "minutes"},
        },
        {
            "id": "registration",
            "role": "registration",
            "pool": "registry",
            "service": {"dist": "lognormal", "mean": 10, "sd": 4, "unit": "minutes"},
        },
        {
            "id": "triage",
            "role": "triage",
            "pool": "office",
            "service": {"dist": "gamma", "mean": 0.25, "sd": 0.1},
            "misroute_probability": 0.1,
            "reroute_delay": {"dist": "constant", "value": 1, "unit": "days"},
        },
        {
            "id": "handling",
            "role": "handling",
            "pool": "office",
            "pools_by_category": {"theft": "investigation"},
            "service": {"dist": "exponential", "mean": 1.5},
            "service_by_category": {
                "theft": {"dist": "empirical", "values": [1, 2, 4], "weights": [1, 2, 1]}
            },
        },
        {
            "id": "answer",
            "role": "answer",
            "pool": "office",
            "service": {"dist": "exponential", "mean": 0.3},
        },
    ],
    "pools": [
        {"id": "hotline", "shifts": [{"staff": 1, "on_holidays": True}]},
        {
            "id": "registry",
            "shifts": [
                {"days": ["mon", "tue", "wed", "thu", "fri"], "start": 9, "end": 18, "staff": 1}
            ],
        },
        {
            "id": "office",
            "cost_per_hour": 50000,
            "shifts": [
                {"days": ["mon", "tue", "wed", "thu", "fri"], "start": 9, "end": 13, "staff": 3},
                {"days": ["mon", "tue", "wed", "thu", "fri"], "start": 13, "end": 18, "staff": 2},
            ],
        },
        {
            "id": "investigation",
            "shifts": [
                {
                    "days": ["mon", "tue", "wed", "thu", "fri", "sat"],
                    "start": 9,
                    "end": 18,
                    "staff": 2,
                }
            ],
        },
    ],
    "agencies": [
        {
            "id": "prosecutor",
            "response": {"dist": "lognormal", "mean": 3, "sd": 2, "unit": "days"},
            "remind_after_days": 3,
            "escalate_after_days": 5,
            "escalated_response": {"dist": "exponential", "mean": 1, "unit": "days"},
        }
    ],
    "deadlines": {
        "rules": [
            {"regime": "criminal", "base": {"days": 10}},
            {
                "base": {"days": 15},
                "extra_study": {"probability": 0.2},
                "extension": {"probability": 0.5},
            },
        ]
    },
    "repeats": {
        "when_late": 0.5,
        "when_answered": 0.1,
        "delay": {"dist": "exponential", "mean": 2, "unit": "days"},
    },
    "campaigns": [{"date": "2026-03-04", "district": "d2", "factor": 3.0}],
    "replications": 2,
    "seed": 7,
}


def scenario_dict(**overrides: Any) -> dict[str, Any]:
    """A deep copy of the base scenario with top-level fields replaced."""
    data = copy.deepcopy(BASE)
    data.update(copy.deepcopy(overrides))
    return data


@pytest.fixture
def make_scenario() -> Callable[..., Scenario]:
    """Build a validated Scenario from the base with overrides."""

    def make(**overrides: Any) -> Scenario:
        return Scenario.model_validate(scenario_dict(**overrides))

    return make


@pytest.fixture
def write_scenario(tmp_path: Path) -> Callable[..., Path]:
    """Write a scenario dict as ``<id>.yaml`` in a temporary folder; return its path."""

    def write(data: dict[str, Any], name: str | None = None) -> Path:
        path = tmp_path / f"{name or data['id']}.yaml"
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "utf-8")
        return path

    return write


@pytest.fixture
def scenario_data() -> Callable[..., dict[str, Any]]:
    """A factory of fresh base-scenario dicts (tests may mutate them)."""
    return scenario_dict
