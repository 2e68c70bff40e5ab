"""Shared fixtures: paths of the repository's declaration folders."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo() -> Path:
    """The repository root (scenarios, specs, courses live below it)."""
    return REPO
