"""Shared fixtures of the grading tests: the fixture module released once per session."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from malaka.grading.layout import Layout

FIXTURES = Path(__file__).resolve().parent / "fixtures"
MODULE = "m00-fixture"


def fixture_layout(build: Path) -> Layout:
    """The fixture course with outputs under ``build``."""
    return Layout(
        courses=FIXTURES / "courses",
        build=build,
        mutants=FIXTURES / "grading" / "mutants",
        dataset_specs=FIXTURES / "specs",
        data_fixtures=FIXTURES / "data",
    )


@pytest.fixture(scope="session")
def released(tmp_path_factory: pytest.TempPathFactory) -> Layout:
    """The fixture module rendered, generated (gradebook created) and released."""
    from malaka.grading.release import release

    layout = fixture_layout(tmp_path_factory.mktemp("grading") / "build")
    release(MODULE, layout)
    return layout


def load_nb(path: Path) -> dict[str, Any]:
    """Read a notebook as JSON."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def write_nb(path: Path, nb: dict[str, Any]) -> None:
    """Write a notebook as JSON (creating folders)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(nb), encoding="utf-8")


def cell_by_id(nb: dict[str, Any], grade_id: str) -> dict[str, Any]:
    """The cell carrying ``grade_id``."""
    for cell in nb["cells"]:
        if cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") == grade_id:
            return cell
    raise KeyError(grade_id)


@pytest.fixture
def handin(tmp_path: Path, released: Layout) -> Callable[..., Path]:
    """Make a hand-in folder ``<trainee>/`` from the reference (or blank) notebooks plus edits.

    ``edits`` maps ``(stem, grade_id)`` to new source for that cell.
    """

    def make(
        trainee: str,
        edits: dict[tuple[str, str], str] | None = None,
        *,
        blank: bool = False,
        lang: str = "uz",
    ) -> Path:
        folder = tmp_path / "handins" / trainee
        if folder.exists():
            shutil.rmtree(folder)
        base = released.release / MODULE if blank else released.source / MODULE
        for src in sorted(base.glob("ex*.ipynb")):
            if src.name.count(".") > 1:
                continue
            nb = load_nb(src)
            for (stem, gid), code in (edits or {}).items():
                if stem == src.stem:
                    cell_by_id(nb, gid)["source"] = code
            for cell in nb["cells"]:
                if "setup" in cell.get("metadata", {}).get("tags", []):
                    text = "".join(cell["source"])
                    cell["source"] = text.replace('LANG = "uz"', f'LANG = "{lang}"')
            suffix = "" if lang == "uz" else f".{lang}"
            write_nb(folder / f"{src.stem}{suffix}.ipynb", nb)
        return folder

    return make
