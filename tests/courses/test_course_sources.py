"""Structure of the course sources: modules, lesson pages, exercises, hints and known-wrong answers.

These checks read the authored files only (no kernel, no nbgrader), so they run in about a second;
the grading self-test (tests/grading) executes the exercises themselves.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jupytext
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
COURSES = ROOT / "courses"
MUTANTS = ROOT / "grading" / "mutants"
SPECS = ROOT / "datasets" / "specs"
MODULES = sorted(p.name for p in COURSES.iterdir() if (p / "module.yaml").is_file())
GRADE_ID = re.compile(r"^q\d+[a-z]?_(answer|tests)$")
HINT = {
    "uz": "<summary>Maslahat</summary>",
    "ru": "<summary>Подсказка</summary>",
    "en": "<summary>Hint</summary>",
}


def _module(module_id: str) -> dict[str, Any]:
    data = yaml.safe_load((COURSES / module_id / "module.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _exercises() -> list[tuple[str, str]]:
    return [(m, stem) for m in MODULES for stem in _module(m)["exercises"]]


def _cells(module_id: str, stem: str) -> list[Any]:
    return list(jupytext.read(COURSES / module_id / f"{stem}.py").cells)


def _nbgrader(cell: Any) -> dict[str, Any]:
    meta = cell.metadata.get("nbgrader", {})
    assert isinstance(meta, dict)
    return meta


TOPIC_MODULES = {"m01-triage", "m02-analytics", "m03-interagency", "m04-cyber"}


def test_the_four_modules_exist() -> None:
    """The course has the four modules the syllabus names."""
    assert {"m01-triage", "m02-analytics", "m03-interagency", "m04-cyber"} <= set(MODULES)


@pytest.mark.parametrize("module_id", MODULES)
def test_module_file_and_lesson_pages(module_id: str) -> None:
    """module.yaml names the folder, three titles, known datasets and its exercises."""
    data = _module(module_id)
    folder = COURSES / module_id
    assert data["id"] == module_id
    assert set(data["title"]) >= {"uz", "ru", "en"}
    assert len(data["exercises"]) >= (4 if module_id in TOPIC_MODULES else 1)
    for stem in data["exercises"]:
        assert re.fullmatch(r"ex\d\d_[a-z0-9_]+", stem), stem
        assert (folder / f"{stem}.py").is_file(), f"{stem}.py is listed but missing"
    for dataset in data["datasets"]:
        assert (SPECS / f"{dataset}.yaml").is_file(), f"no dataset spec for {dataset!r}"
    for page in ("index.md", "index.ru.md", "index.en.md"):
        text = (folder / page).read_text(encoding="utf-8")
        for block in ("!!! question", "!!! abstract", "!!! success"):
            assert block in text, f"{page} lacks a {block!r} block"
    assert (folder / "instructor.md").is_file()
    listed = set(data["exercises"])
    on_disk = {p.stem for p in folder.glob("ex*.py")}
    assert on_disk == listed, f"exercises on disk but not in module.yaml: {on_disk - listed}"


@pytest.mark.parametrize(("module_id", "stem"), _exercises())
def test_exercise_structure(module_id: str, stem: str) -> None:
    """One setup cell with LANG, answer/test pairs, text and hint per question and language."""
    cells = _cells(module_id, stem)
    setup = [c for c in cells if c.cell_type == "code" and "setup" in c.metadata.get("tags", [])]
    assert len(setup) == 1
    assert setup[0].source.count('LANG = "uz"') == 1
    assert not _nbgrader(setup[0])
    langs = {c.metadata.get("lang") for c in cells if c.cell_type == "markdown"}
    assert {"uz", "ru"} <= langs
    ids = [_nbgrader(c)["grade_id"] for c in cells if _nbgrader(c)]
    assert len(ids) == len(set(ids)), "duplicate grade ids"
    assert all(GRADE_ID.match(i) for i in ids), ids
    answers = [i for i in ids if i.endswith("_answer")]
    assert len(answers) >= 2
    for gid in answers:
        question = gid.split("_")[0]
        assert any(i.startswith(question) and i.endswith("_tests") for i in ids), gid

    setup_at = cells.index(setup[0])
    prose: list[Any] = []
    for position, cell in enumerate(cells):
        meta = _nbgrader(cell)
        if cell.cell_type == "markdown":
            prose.append(cell)
            continue
        if meta.get("solution"):
            assert position > setup_at, f"{meta['grade_id']} comes before the setup cell"
            for lang, summary in HINT.items():
                if lang not in langs:
                    continue  # English is optional; when present, every question has it
                texts = [c.source for c in prose if c.metadata.get("lang") == lang]
                assert texts, f"{meta['grade_id']}: no {lang} question text"
                assert any(summary in t and "</details>" in t for t in texts), (
                    f"{meta['grade_id']}: no folded {lang} hint"
                )
            source = cell.source
            assert "### BEGIN SOLUTION" in source
            assert "### END SOLUTION" in source
        if meta.get("grade"):
            assert meta.get("points", 0) > 0
            assert "### BEGIN HIDDEN TESTS" in cell.source, (
                f"{meta['grade_id']} has no hidden tests"
            )
        prose = []


@pytest.mark.parametrize("module_id", MODULES)
def test_known_wrong_answers_cover_every_question(module_id: str) -> None:
    """Every solution cell has at least one known-wrong answer, and none names a missing cell."""
    path = MUTANTS / f"{module_id}.yaml"
    assert path.is_file(), f"no {path.relative_to(ROOT)}"
    mutants = yaml.safe_load(path.read_text(encoding="utf-8"))
    stems = set(_module(module_id)["exercises"])
    practice = set(_module(module_id).get("practice") or [])
    assert set(mutants) <= stems | practice, f"unknown notebooks: {set(mutants) - stems}"
    for stem in sorted(stems):
        answers = {
            _nbgrader(c)["grade_id"]
            for c in _cells(module_id, stem)
            if _nbgrader(c).get("solution")
        }
        given = mutants.get(stem) or {}
        assert set(given) <= answers, f"{stem}: unknown grade ids {set(given) - answers}"
        for gid in sorted(answers):
            snippets = given.get(gid) or []
            assert snippets, f"{stem} {gid}: no known-wrong answer"
            assert all(isinstance(s, str) and s.strip() for s in snippets)


def test_the_course_lists_every_module_once() -> None:
    """courses/course.yaml holds the module order and the pass mark for all modules."""
    from malaka.course import load_course

    course = load_course(COURSES)
    assert sorted(course.modules) == MODULES
    assert course.modules[0] == "m05-pretest", "the pre-test opens the course"
    assert course.modules[-1] == "m06-final", "the final assessment closes it"
    assert 0 < course.pass_mark <= 100


@pytest.mark.parametrize("module_id", MODULES)
def test_every_notebook_has_a_time_that_adds_up(module_id: str) -> None:
    """module.yaml gives each notebook's minutes; they add up to the lesson's exercise time."""
    from malaka.grading.authoring import lesson_minutes, load_module
    from malaka.grading.layout import Layout

    spec = load_module(Layout.default(), module_id)  # raises when the sum disagrees
    assert set(spec.minutes) == set(spec.stems), "every practice and exercise notebook is timed"
    for page in ("index.md", "index.ru.md", "index.en.md"):
        planned = lesson_minutes(COURSES / module_id / page)
        assert planned.get("exercises") == sum(spec.minutes.values()), page


def _first_answer(cells: list[Any]) -> int:
    for i, cell in enumerate(cells):
        if _nbgrader(cell).get("solution") or "practice" in cell.metadata:
            return i
    raise AssertionError("no answer cell")


WORKED = {"uz": "Namuna", "ru": "Пример"}


@pytest.mark.parametrize(
    ("module_id", "stem"),
    [
        (m, s)
        for m in MODULES
        for s in [*(_module(m).get("practice") or []), *_module(m)["exercises"]]
    ],
)
def test_a_worked_example_comes_before_the_first_question(module_id: str, stem: str) -> None:
    """Each notebook shows the skill solved ("Namuna" / "Пример") before asking for it."""
    cells = _cells(module_id, stem)
    before = cells[: _first_answer(cells)]
    for lang, word in WORKED.items():
        assert any(
            c.cell_type == "markdown" and c.metadata.get("lang") == lang and word in c.source
            for c in before
        ), f"{stem}: no {lang} worked example ({word}) before the first question"


@pytest.mark.parametrize(
    ("module_id", "stem"), [(m, s) for m in MODULES for s in _module(m).get("practice") or []]
)
def test_practice_notebooks_parse_and_every_question_has_a_known_mistake(
    module_id: str, stem: str
) -> None:
    """The practice source passes the format rules and each question has a mistake to catch."""
    from malaka.practice.build import load_mistakes, read_practice

    mistakes = load_mistakes(MUTANTS / f"{module_id}.yaml", [stem]).get(stem, {})
    practice = read_practice(COURSES / module_id / f"{stem}.py", mistakes)
    for qid, question in practice.questions.items():
        assert question.mistakes, f"{stem} {qid}: no known mistake with a message"
        assert question.hints.get("uz")
        assert question.hints.get("ru")
