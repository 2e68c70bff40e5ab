"""``malaka grade progress`` on a graded cohort of the fixture module.

The cohort (shared with ``test_certificates.py``): ``a-full`` hands in the reference (6/6),
``b-low`` only ex01 with question 1 wrong (1/6, ex02 missing), ``c-mid`` ex01 right and ex02
wrong (3/6 = 50 %); ``d-absent`` is only on the roster. The course file is our own, in a copy
of the fixture courses, with a pass mark of 60 %.
"""

from __future__ import annotations

import csv
import dataclasses
import shutil
from pathlib import Path

import pytest

from malaka.errors import InputError
from malaka.grading.layout import Layout

from .conftest import FIXTURES, MODULE, cell_by_id, fixture_layout, load_nb, write_nb

COURSE_YAML = """title:
  uz: "Sinov kursi"
  ru: "Тестовый курс"
  en: "Test course"
modules: [m00-fixture]
pass_mark: {mark}
days: 5
"""

ROSTER = "id,name,name_ru\na-full,Aziz Karimov,Азиз Каримов\nb-low,Bobur Aliyev,\n"
ROSTER += "c-mid,Charos Tursunova,\nd-absent,Dilnoza Rahimova,\n"


def with_course(layout: Layout, root: Path, mark: float) -> Layout:
    """``layout`` reading a copy of the fixture courses with our own ``course.yaml``."""
    courses = root / f"courses-{mark:g}"
    if not courses.exists():
        shutil.copytree(FIXTURES / "courses", courses)
        (courses / "course.yaml").write_text(COURSE_YAML.format(mark=mark), encoding="utf-8")
    return dataclasses.replace(layout, courses=courses)


@pytest.fixture(scope="session")
def cohort_layout(tmp_path_factory: pytest.TempPathFactory) -> Layout:
    """The fixture module released, three hand-ins collected and graded; pass mark 60."""
    from malaka.grading.autograde import grade_module
    from malaka.grading.collect import collect
    from malaka.grading.release import release

    root = tmp_path_factory.mktemp("cohort")
    layout = with_course(fixture_layout(root / "build"), root, 60)
    release(MODULE, layout)
    source = layout.source / MODULE
    hand = root / "handins"
    for trainee, stems, wrong in (
        ("a-full", ("ex01_sum", "ex02_table"), {}),
        ("b-low", ("ex01_sum",), {("ex01_sum", "q1_answer"): "total = 0"}),
        ("c-mid", ("ex01_sum", "ex02_table"), {("ex02_table", "q1_answer"): "means = None"}),
    ):
        for stem in stems:
            nb = load_nb(source / f"{stem}.ipynb")
            for (s, gid), code in wrong.items():
                if s == stem:
                    cell_by_id(nb, gid)["source"] = code
            write_nb(hand / trainee / f"{stem}.ipynb", nb)
    collect(MODULE, sorted(hand.iterdir()), layout)
    grade_module(MODULE, layout, workers=2)
    return layout


def _rows(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return {r["trainee"]: r for r in csv.DictReader(fh)}


@pytest.mark.slow
def test_progress_lists_every_trainee_with_score_and_pass(
    cohort_layout: Layout, tmp_path: Path
) -> None:
    from malaka.grading.progress import CSV_COLUMNS, progress

    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    paths, notes = progress([MODULE], tmp_path / "out", cohort_layout, roster=roster)
    assert notes == []
    with paths[0].open(encoding="utf-8") as fh:
        assert tuple(next(csv.reader(fh))) == CSV_COLUMNS
    rows = _rows(paths[0])
    assert set(rows) == {"a-full", "b-low", "c-mid", "d-absent"}
    a, b, c, d = (rows[t] for t in ("a-full", "b-low", "c-mid", "d-absent"))
    assert (a["name"], a["score"], a["max_score"], a["percent"], a["passed"]) == (
        "Aziz Karimov",
        "6",
        "6",
        "100.0",
        "yes",
    )
    assert (b["submitted"], b["exercises_submitted"], b["exercises"]) == ("yes", "1", "2")
    assert (b["score"], b["passed"]) == ("1", "no")
    assert (c["score"], c["percent"], c["passed"]) == ("3", "50.0", "no")
    assert (d["submitted"], d["exercises_submitted"], d["score"], d["passed"]) == (
        "no",
        "0",
        "",
        "",
    )
    page = paths[1].read_text(encoding="utf-8")
    for heading in ("Tinglovchi", "Слушатель", "Trainee", "Dilnoza Rahimova", "topshirilmagan"):
        assert heading in page
    assert "data:image/png;base64," in page
    assert "<script" not in page.lower()
    assert paths[2].read_bytes().startswith(b"\x89PNG")


@pytest.mark.slow
def test_the_pass_mark_comes_from_course_yaml(cohort_layout: Layout, tmp_path: Path) -> None:
    from malaka.grading.progress import cohort

    lenient = with_course(cohort_layout, tmp_path, 50)
    assert cohort([MODULE], lenient).passed_all("c-mid")  # 3/6 = 50 %
    assert not cohort([MODULE], cohort_layout).passed_all("c-mid")  # the 60 % course


@pytest.mark.slow
def test_a_module_not_in_the_gradebook_is_a_clear_error(
    cohort_layout: Layout, tmp_path: Path
) -> None:
    from malaka.grading.progress import progress

    with pytest.raises(InputError, match=r"gradebook\.db: module: m09-none: not in the gradebook"):
        progress([MODULE, "m09-none"], tmp_path / "out", cohort_layout)
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_progress_cli_without_modules_uses_the_course(
    cohort_layout: Layout, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from malaka.cli import app

    monkeypatch.setattr(Layout, "default", classmethod(lambda _cls, _root=None: cohort_layout))
    proc = CliRunner().invoke(app, ["grade", "progress", "--out", str(tmp_path / "p")])
    assert proc.exit_code == 0, proc.output
    assert set(_rows(tmp_path / "p" / "progress.csv")) == {"a-full", "b-low", "c-mid"}


def test_plot_counts_whole_trainees() -> None:
    from malaka.course import Course
    from malaka.grading.progress import Cohort, ModuleResult, status_counts

    course = Course.model_validate(
        {"title": {"uz": "a", "ru": "b", "en": "c"}, "modules": ["m"], "pass_mark": 60}
    )
    results = {
        ("t1", "m"): ModuleResult("t1", "m", 2, 2, 5.0, 6.0, True),
        ("t2", "m"): ModuleResult("t2", "m", 0, 2, 0.0, 6.0, False),
        ("t3", "m"): ModuleResult("t3", "m", 1, 2, None, 6.0, False),
        ("t4", "m"): ModuleResult("t4", "m", 2, 2, 1.0, 6.0, False),
    }
    data = Cohort(course, ["m"], ["t1", "t2", "t3", "t4"], results)
    assert status_counts(data) == {"m": {"passed": 1, "failed": 1, "missing": 1, "ungraded": 1}}


def test_certificate_rule_the_final_decides_the_rest_must_be_handed_in() -> None:
    """A low topic-module score does not block the certificate; a missing module does."""
    from malaka.course import Course
    from malaka.grading.progress import Cohort, ModuleResult

    course = Course.model_validate(
        {
            "title": {"uz": "a", "ru": "b", "en": "c"},
            "modules": ["topic", "final"],
            "pass_mark": 60,
            "certify": ["final"],
        }
    )
    results = {
        ("low", "topic"): ModuleResult("low", "topic", 2, 2, 1.0, 10.0, False),
        ("low", "final"): ModuleResult("low", "final", 1, 1, 7.0, 10.0, True),
        ("absent", "topic"): ModuleResult("absent", "topic", 0, 2, 0.0, 10.0, False),
        ("absent", "final"): ModuleResult("absent", "final", 1, 1, 9.0, 10.0, True),
        ("failed", "topic"): ModuleResult("failed", "topic", 2, 2, 10.0, 10.0, True),
        ("failed", "final"): ModuleResult("failed", "final", 1, 1, 5.0, 10.0, False),
    }
    data = Cohort(course, ["topic", "final"], ["low", "absent", "failed"], results)
    assert [t for t in data.trainees if data.passed_all(t)] == ["low"]
    only_topic = Cohort(course, ["topic"], ["low", "failed"], results)
    assert [t for t in only_topic.trainees if only_topic.passed_all(t)] == ["failed"]
