"""The code stays clean under the project's own ruff and strict mypy configuration."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _tool(name: str) -> str:
    """The tool installed beside this interpreter (the test extras install it)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: install the test extras (pip install -e '.[test]')")
    return found


@pytest.mark.slow
def test_ruff_check_and_format() -> None:
    """`ruff check` and `ruff format --check` find nothing."""
    for args in (["check", "."], ["format", "--check", "."]):
        proc = subprocess.run(
            [_tool("ruff"), *args], cwd=REPO, capture_output=True, text=True, check=False
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.slow
def test_mypy_strict() -> None:
    """Strict mypy over the package reports no issue."""
    proc = subprocess.run(
        [_tool("mypy"), "--cache-dir", str(REPO / "build" / ".mypy_cache")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
