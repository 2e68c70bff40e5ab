"""The grading commands end to end through the ``malaka`` executable, and the nbgrader config."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from malaka.grading.layout import Layout, nbgrader_config

from .conftest import FIXTURES, MODULE

MALAKA = str(Path(sys.executable).parent / "malaka")


def _root(tmp_path: Path) -> Path:
    """A checkout-like folder whose courses/ and grading/mutants/ are the fixtures."""
    root = tmp_path / "root"
    (root / "grading").mkdir(parents=True)
    (root / "courses").symlink_to(FIXTURES / "courses")
    (root / "grading" / "mutants").symlink_to(FIXTURES / "grading" / "mutants")
    return root


def _run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "MALAKA_ROOT": str(root),
        "MALAKA_DATA_FIXTURES": str(FIXTURES / "data"),
    }
    env.pop("MALAKA_BUILD", None)
    return subprocess.run(
        [MALAKA, *args], capture_output=True, text=True, env=env, cwd=root, check=False, timeout=600
    )


def test_bad_trainee_id_exits_2_naming_the_path(tmp_path: Path) -> None:
    root = _root(tmp_path)
    bad = tmp_path / "no spaces allowed"
    bad.mkdir()
    proc = _run(root, "grade", "collect", MODULE, str(bad))
    assert proc.returncode == 2, proc.stderr
    assert "no spaces allowed: trainee id:" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_unknown_module_exits_2(tmp_path: Path) -> None:
    proc = _run(_root(tmp_path), "course", "release", "m42-nothing")
    assert proc.returncode == 2
    assert "no such module" in proc.stderr


@pytest.mark.slow
def test_release_collect_run_feedback_report_check(tmp_path: Path) -> None:
    root = _root(tmp_path)
    assert _run(root, "course", "release", MODULE).returncode == 0
    release = root / "build" / "release" / MODULE
    source = root / "build" / "grading" / "source" / MODULE
    ref = tmp_path / "hand" / "t-ref"
    ref.mkdir(parents=True)
    for nb in source.glob("*.ipynb"):
        shutil.copy(nb, ref / nb.name)
    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
    proc = _run(root, "grade", "collect", MODULE, str(ref), str(blank))
    assert proc.returncode == 0, proc.stderr
    proc = _run(root, "grade", "run", MODULE, "--workers", "2")
    assert proc.returncode == 0, proc.stderr
    assert "t-ref: 6/6" in proc.stdout
    assert "t-blank: 0/6" in proc.stdout
    assert _run(root, "grade", "feedback", MODULE).returncode == 0
    assert (root / "build" / "feedback" / "t-ref" / MODULE / "ex01_sum.html").is_file()
    out = tmp_path / "report"
    proc = _run(root, "grade", "report", MODULE, "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    header = (out / "scores.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "trainee,notebook,question,score,max_score"
    proc = _run(root, "check", str(release / "ex01_sum.ru.ipynb"))
    assert proc.returncode == 1
    assert "Вопрос 1: ✗ не пройдено" in proc.stdout
    proc = _run(root, "check", str(source / "ex01_sum.ipynb"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Barcha ko'rinadigan tekshiruvlar o'tdi." in proc.stdout


def test_nbgrader_config_file_matches_the_python_layout() -> None:
    from traitlets.config.loader import PyFileConfigLoader

    repo = Path(__file__).resolve().parents[2]
    loaded = PyFileConfigLoader("nbgrader_config.py", path=str(repo / "grading")).load_config()
    expected = nbgrader_config(Layout.default(repo))
    for key in (
        "root",
        "source_directory",
        "release_directory",
        "submitted_directory",
        "autograded_directory",
        "feedback_directory",
        "db_url",
    ):
        assert loaded.CourseDirectory[key] == expected.CourseDirectory[key], key
    assert loaded.CourseDirectory.db_url.startswith("sqlite:////")
