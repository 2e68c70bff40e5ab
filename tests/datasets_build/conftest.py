"""Fixtures for the dataset builder: a small fake event log, a tiny spec folder, one build."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent


def load_factory() -> ModuleType:
    """The event-log maker (tests/datasets_build/factory.py), loaded by path."""
    spec = importlib.util.spec_from_file_location("malaka_test_factory", HERE / "factory.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def factory() -> ModuleType:
    """The fake event-log maker."""
    return load_factory()


@pytest.fixture(scope="session")
def tuman_build(tmp_path_factory: pytest.TempPathFactory, repo: Path) -> Path:
    """The default appeals dataset, built once per session."""
    from malaka.datasets.build import build_spec

    out = tmp_path_factory.mktemp("tuman") / "tuman-appeals"
    return build_spec(repo / "datasets/specs/tuman-appeals.yaml", out)


@pytest.fixture
def project(tmp_path: Path, repo: Path) -> Path:
    """A scratch project: pyproject marker, the district scenario and the shipped specs."""
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'scratch'\n")
    (tmp_path / "simulations/scenarios").mkdir(parents=True)
    shutil.copy(repo / "simulations/scenarios/tuman-iib.yaml", tmp_path / "simulations/scenarios")
    shutil.copytree(repo / "datasets/specs", tmp_path / "datasets/specs")
    return tmp_path


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory, repo: Path, tuman_build: Path) -> Any:
    """Build a shipped spec once per session: ``built('<id>') -> output folder``."""
    from malaka.datasets.build import build_spec

    cache: dict[str, Path] = {"tuman-appeals": tuman_build}

    def get(spec_id: str) -> Path:
        if spec_id not in cache:
            out = tmp_path_factory.mktemp(spec_id) / spec_id
            cache[spec_id] = build_spec(repo / "datasets/specs" / f"{spec_id}.yaml", out)
        return cache[spec_id]

    return get
