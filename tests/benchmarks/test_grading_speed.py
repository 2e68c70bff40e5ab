"""Benchmark: ``malaka grade run`` against plain ``nbgrader autograde`` on the same 30 hand-ins.

Both start from the same released module, gradebook and collected submissions (copied), and
both are timed as the instructor runs them: one command for the whole class. Prints the wall
times and the ratio. Run with ``pytest -m benchmark tests/benchmarks/test_grading_speed.py -s``;
``MALAKA_BENCH_MODULE`` picks a module from ``courses/`` instead of the test fixture module.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from malaka.grading.collect import collect
from malaka.grading.layout import Layout
from malaka.grading.release import release
from malaka.grading.samples import make_samples

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "grading" / "fixtures"
TRAINEES = 30


def _layout(tmp_path: Path, module_id: str) -> tuple[Layout, dict[str, str]]:
    if module_id == "m00-fixture":
        root = tmp_path / "root"
        (root / "grading").mkdir(parents=True)
        (root / "courses").symlink_to(FIXTURES / "courses")
        (root / "grading" / "mutants").symlink_to(FIXTURES / "grading" / "mutants")
        env = {"MALAKA_ROOT": str(root), "MALAKA_DATA_FIXTURES": str(FIXTURES / "data")}
        layout = Layout.default(root)
        layout = Layout(
            layout.courses, layout.build, layout.mutants, layout.dataset_specs, FIXTURES / "data"
        )
        return layout, env
    build = tmp_path / "build"
    return Layout.default(REPO).with_build(build), {"MALAKA_BUILD": str(build)}


@pytest.mark.benchmark
def test_malaka_grade_run_vs_plain_nbgrader_autograde(tmp_path: Path) -> None:
    module_id = os.environ.get("MALAKA_BENCH_MODULE", "m00-fixture")
    layout, env_extra = _layout(tmp_path, module_id)
    release(module_id, layout)
    folders = make_samples(module_id, layout, TRAINEES, tmp_path / "handins")
    collect(module_id, folders, layout)
    plain = tmp_path / "plain-build"
    shutil.copytree(layout.build, plain, symlinks=True)
    bindir = str(Path(sys.executable).parent)
    env = {**os.environ, **env_extra, "PATH": f"{bindir}:{os.environ.get('PATH', '')}"}

    start = time.perf_counter()
    nbgrader = subprocess.run(
        [
            f"{bindir}/nbgrader",
            "autograde",
            module_id,
            f"--CourseDirectory.root={plain}",
            "--CourseDirectory.source_directory=grading/source",
            "--CourseDirectory.submitted_directory=grading/submitted",
            "--CourseDirectory.autograded_directory=grading/autograded",
            f"--CourseDirectory.db_url=sqlite:///{plain / 'grading' / 'gradebook.db'}",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    plain_seconds = time.perf_counter() - start
    assert nbgrader.returncode == 0, nbgrader.stderr[-2000:]

    workers = str(os.cpu_count() or 2)
    start = time.perf_counter()
    ours = subprocess.run(
        [f"{bindir}/malaka", "grade", "run", module_id, "--workers", workers],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    malaka_seconds = time.perf_counter() - start
    assert ours.returncode == 0, ours.stderr[-2000:]
    graded = [line for line in ours.stdout.splitlines() if line.startswith("sample-")]
    assert len(graded) == TRAINEES

    ratio = plain_seconds / malaka_seconds
    print(
        f"\n{TRAINEES} trainees, module {module_id}, {os.cpu_count()} cores: "
        f"nbgrader autograde {plain_seconds:.1f} s, malaka grade run {malaka_seconds:.1f} s "
        f"(--workers {workers}, a sandbox per trainee, a fresh process per notebook, "
        f"scored by the judge): {ratio:.1f}x faster"
    )
    assert ratio >= 4.0, f"target: at least 4x plain nbgrader autograde, measured {ratio:.1f}x"
