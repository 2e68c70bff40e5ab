"""Self-test of every module: blank scores 0, the reference full marks, every mutant less.

Runs real nbgrader ``generate_assignment`` and Malaka's sandboxed autograde. The fixture module
runs by default; each module in ``courses/`` is marked slow (it builds its datasets).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from malaka.grading.cage import Limits
from malaka.grading.layout import Layout
from malaka.grading.selftest import selftest

from .conftest import MODULE, fixture_layout

REAL = Layout.default().module_ids()


def test_fixture_module_selftest(released: Layout) -> None:
    report = selftest(MODULE, released, limits=Limits(cell_timeout=20))
    assert report.failures == []
    assert report.mutants_checked == 5


@pytest.mark.slow
def test_selftest_notices_a_mutant_that_scores_full_marks(tmp_path: Path) -> None:
    import shutil

    mutants = tmp_path / "mutants"
    mutants.mkdir()
    shutil.copy(fixture_layout(tmp_path).mutants / f"{MODULE}.yaml", mutants)
    with (mutants / f"{MODULE}.yaml").open("a", encoding="utf-8") as fh:
        right = 'means = numbers.groupby("group")["value"].mean()'
        fh.write(f"ex02_table:\n  q1_answer:\n    - |\n      {right}\n")
    layout = fixture_layout(tmp_path / "build")
    layout = Layout(
        layout.courses, layout.build, mutants, layout.dataset_specs, layout.data_fixtures
    )
    report = selftest(MODULE, layout)
    assert any("ex02_table q1_answer scores full marks" in f for f in report.failures)


@pytest.mark.slow
@pytest.mark.parametrize("module_id", REAL)
def test_course_module_selftest(module_id: str, tmp_path: Path) -> None:
    layout = Layout.default().with_build(tmp_path / "build")
    report = selftest(module_id, layout, limits=Limits(cell_timeout=60))
    assert report.failures == [], "\n".join(report.failures)
    assert report.mutants_checked > 0, f"{module_id} has no known-wrong answers"
