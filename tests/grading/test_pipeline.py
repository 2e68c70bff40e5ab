"""The instructor's pipeline on the fixture module: release, collect, grade (hostile work
included), rerun after an interruption, feedback without hidden tests, per-question report."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from malaka.grading import autograde
from malaka.grading.autograde import grade_module
from malaka.grading.collect import collect
from malaka.grading.feedback import feedback
from malaka.grading.layout import Layout
from malaka.grading.release import ANSWER_STUB, scan_release, secret_lines
from malaka.grading.report import read_scores, report

from .conftest import FIXTURES, MODULE, load_nb


def _q(results: list[autograde.TraineeResult], trainee: str) -> dict[tuple[str, str], float]:
    result = next(r for r in results if r.trainee == trainee)
    return {key: score for key, (score, _max) in result.scores.items()}


FULL = {
    ("ex01_sum", "q1_tests"): 2.0,
    ("ex01_sum", "q2_tests"): 1.0,
    ("ex02_table", "q1_tests"): 3.0,
}


def _practice_source(stem: str) -> dict[str, Any]:
    """The practice notebook's course source as notebook JSON, hint cells left out (they are
    not released, so a solution line quoted in a hint is still a secret)."""
    import jupytext

    nb = jupytext.read(FIXTURES / "courses" / MODULE / f"{stem}.py")
    cells = [c for c in nb.cells if "hint" not in c.metadata]
    return {"cells": [{"cell_type": c.cell_type, "source": c.source} for c in cells]}


def test_release_has_every_language_and_no_secrets(released: Layout) -> None:
    folder = released.release / MODULE
    names = sorted(p.name for p in folder.glob("*.ipynb"))
    assert names == [
        "ex01_sum.ipynb",
        "ex01_sum.ru.ipynb",
        "ex01_sum.uz-Cyrl.ipynb",
        "ex02_table.en.ipynb",
        "ex02_table.ipynb",
        "ex02_table.ru.ipynb",
        "ex02_table.uz-Cyrl.ipynb",
        "p01_basics.en.ipynb",
        "p01_basics.ipynb",
        "p01_basics.ru.ipynb",
        "p01_basics.uz-Cyrl.ipynb",
    ]
    dotted = [p.relative_to(folder) for p in folder.rglob("*")]
    hidden = sorted(p.as_posix() for p in dotted if any(part.startswith(".") for part in p.parts))
    assert hidden == [".practice", ".practice/p01_basics.json"]
    assert (folder / "data" / "fixture-numbers" / "numbers.csv").is_file()
    text = "".join(p.read_text(encoding="utf-8") for p in folder.glob("*.ipynb"))
    assert "BEGIN SOLUTION" not in text
    assert "hidden bound" not in text
    assert "NotImplementedError" not in text
    assert "YOUR CODE HERE" not in text
    # Every solution or hidden-test line, of the exercises and of the practice notebook, is
    # looked for in every released notebook, practice ones included.
    sources = {p.stem: load_nb(p) for p in (released.source / MODULE).glob("*.ipynb")}
    sources["p01_basics"] = _practice_source("p01_basics")
    practice_secrets = secret_lines(sources["p01_basics"], kinds=("SOLUTION",))
    assert 'total = numbers["value"].sum()' in practice_secrets  # also quoted in a hint
    assert "return 2 * x" in practice_secrets
    assert scan_release(folder, sources) == []
    for path in folder.glob("p01_basics*.ipynb"):
        released_text = "".join("".join(c["source"]) for c in load_nb(path)["cells"])
        assert not [s for s in practice_secrets if s in released_text], path.name
        assert 'total = numbers["value"].____()' in released_text  # the fill-in stub
    # The check file carries the practice solutions (q1.solution() shows them) but nothing of
    # the graded exercises.
    checks = (folder / ".practice" / "p01_basics.json").read_text(encoding="utf-8")
    exercise_secrets = set().union(*(secret_lines(sources[s]) for s in ("ex01_sum", "ex02_table")))
    assert exercise_secrets
    assert not [s for s in exercise_secrets if s in checks or json.dumps(s)[1:-1] in checks]
    for name, stub in (
        ("ex01_sum.ipynb", "# JAVOBINGIZNI SHU YERGA YOZING"),
        ("ex01_sum.ru.ipynb", "# ВАШ ОТВЕТ ЗДЕСЬ"),
        ("ex01_sum.uz-Cyrl.ipynb", ANSWER_STUB["uz-Cyrl"]),
        ("ex02_table.en.ipynb", "# YOUR ANSWER HERE"),
    ):
        answers = [
            c
            for c in load_nb(folder / name)["cells"]
            if c["metadata"].get("nbgrader", {}).get("solution")
        ]
        assert answers
        assert all("".join(c["source"]).strip() == stub for c in answers)
    ru = load_nb(folder / "ex01_sum.ru.ipynb")
    assert any("Упражнение 1" in "".join(c["source"]) for c in ru["cells"])
    assert any('LANG = "ru"' in "".join(c["source"]) for c in ru["cells"])


def test_release_scan_catches_leaks(released: Layout, tmp_path: Path) -> None:
    folder = tmp_path / "rel"
    shutil.copytree(released.release / MODULE, folder)
    nb = load_nb(folder / "ex01_sum.ipynb")
    nb["cells"].append(
        {
            "cell_type": "code",
            "metadata": {},
            "outputs": [],
            "source": 'judge.value("biggest", expect=11)',
            "execution_count": None,
        }
    )
    (folder / "ex01_sum.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    (folder / "ex02_table.ipynb").write_text("### BEGIN HIDDEN TESTS", encoding="utf-8")
    sources = {p.stem: load_nb(p) for p in (released.source / MODULE).glob("*.ipynb")}
    problems = [str(p) for p in scan_release(folder, sources)]
    assert any("leaked" in p and "biggest" in p for p in problems)
    assert any("BEGIN HIDDEN TESTS" in p for p in problems)


def test_collect_edge_cases(released: Layout, handin: Callable[..., Path], tmp_path: Path) -> None:
    good = handin("t-good")
    (good / "notes.txt").write_text("not a notebook", encoding="utf-8")
    (good / "ex01_sum.ipynb").write_text("{broken json", encoding="utf-8")
    zipped = tmp_path / "t-zip.zip"
    ru = handin("t-zip-src", lang="ru")
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.write(ru / "ex01_sum.ru.ipynb", "work/ex01_sum.ru.ipynb")
        zf.writestr("__MACOSX/._ex01_sum.ipynb", "junk")
        zf.writestr("work/ex03_other.ipynb", "{}")
    reports = {r.trainee: r for r in collect(MODULE, [good, zipped], released)}
    assert "ex01_sum" in reports["t-good"].corrupt
    assert any("notes.txt" in s for s in reports["t-good"].skipped)
    assert reports["t-zip"].collected == {"ex01_sum": "ru"}
    assert reports["t-zip"].missing == ["ex02_table"]
    assert any("ex03_other" in s for s in reports["t-zip"].skipped)
    sub = released.submitted / "t-good" / MODULE
    assert (sub / "ex01_sum.ipynb.corrupt").read_text(encoding="utf-8") == "{broken json"
    manifest = json.loads((sub / "collect.json").read_text(encoding="utf-8"))
    assert manifest["notebooks"]["ex01_sum"]["status"] == "corrupt"
    zsub = load_nb(released.submitted / "t-zip" / MODULE / "ex01_sum.ipynb")
    assert zsub["metadata"]["malaka"]["lang"] == "ru"


def test_a_bad_hand_in_is_refused_and_the_others_collected(
    released: Layout, handin: Callable[..., Path], tmp_path: Path
) -> None:
    bad = tmp_path / "bad id!"
    bad.mkdir()
    ok = handin("t-fine")
    reports = {r.trainee: r for r in collect(MODULE, [ok, bad, tmp_path / "nope.zip"], released)}
    assert (released.submitted / "t-fine" / MODULE / "ex01_sum.ipynb").is_file()
    refused = [r for r in reports.values() if r.rejected]
    fields = sorted(r.rejected.field for r in refused)
    assert fields == ["path", "trainee id"]
    assert not reports["t-fine"].rejected


@pytest.fixture(scope="module")
def graded(
    released: Layout, tmp_path_factory: pytest.TempPathFactory
) -> list[autograde.TraineeResult]:
    """Two honest trainees and a blank hand-in graded together in one parallel run.

    Hostile hand-ins have their own suite: ``test_hostile.py``.
    """
    from .conftest import write_nb

    root = tmp_path_factory.mktemp("pipeline")
    folders: list[Path] = []
    for trainee, base in (
        ("honest-a", released.source / MODULE),
        ("blank-b", released.release / MODULE),
        ("honest-z", released.source / MODULE),
    ):
        for src in sorted(base.glob("ex*.ipynb")):
            if src.name.count(".") == 1:
                write_nb(root / trainee / src.name, load_nb(src))
        folders.append(root / trainee)
    collect(MODULE, folders, released)
    return grade_module(MODULE, released, workers=2, trainees=[f.name for f in folders])


def test_honest_trainees_full_marks_blank_zero(graded: list[autograde.TraineeResult]) -> None:
    assert _q(graded, "honest-a") == FULL
    assert _q(graded, "honest-z") == FULL
    assert set(_q(graded, "blank-b").values()) == {0.0}


def test_blank_answers_say_not_answered_in_the_graded_notebook(
    graded: list[autograde.TraineeResult], released: Layout
) -> None:
    text = json.dumps(load_nb(released.autograded / "blank-b" / MODULE / "ex01_sum.ipynb"))
    assert "WrongAnswer" in text
    assert "hali aniqlanmagan" in text  # "not defined yet", in the trainee's language (uz)


def test_rerun_after_interruption_keeps_gradebook_consistent(
    released: Layout, handin: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    folders = [handin("r-one"), handin("r-two", blank=True)]
    collect(MODULE, folders, released)
    real = autograde.save_grades
    calls = {"n": 0}

    def interrupted(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(autograde, "save_grades", interrupted)
    with pytest.raises(KeyboardInterrupt):
        grade_module(MODULE, released, workers=1, trainees=["r-one", "r-two"])
    monkeypatch.setattr(autograde, "save_grades", real)
    results = grade_module(MODULE, released, workers=2, trainees=["r-one", "r-two"])
    assert _q(results, "r-one") == FULL
    assert set(_q(results, "r-two").values()) == {0.0}
    out = released.build / "report-rerun"
    report(MODULE, out, released)
    rows = [r for r in read_scores(out / "scores.csv") if r["trainee"] in {"r-one", "r-two"}]
    assert len(rows) == 6  # one row per trainee and question: no duplicates after the rerun


def test_feedback_hides_hidden_tests_and_speaks_the_trainee_language(
    graded: list[autograde.TraineeResult], released: Layout, handin: Callable[..., Path]
) -> None:
    folder = handin("f-ru", {("ex01_sum", "q2_answer"): "biggest = 3"}, lang="ru")
    for path in folder.glob("*.ru.ipynb"):  # the Russian notebook's text, as a trainee has it
        nb, ru = load_nb(path), load_nb(released.release / MODULE / path.name)
        md = [c for c in nb["cells"] if c["cell_type"] == "markdown"]
        ru_md = [c for c in ru["cells"] if c["cell_type"] == "markdown"]
        for cell, ru_cell in zip(md, ru_md, strict=True):
            cell["source"] = ru_cell["source"]
        path.write_text(json.dumps(nb), encoding="utf-8")
    collect(MODULE, [folder], released)
    grade_module(MODULE, released, trainees=["f-ru"])
    pages = feedback(MODULE, released)
    assert pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "HIDDEN TESTS" not in html
        assert "hidden bound" not in html
        assert 'judge.value("total")' not in html
        assert "<test cell" not in html
    ru = (released.feedback / "f-ru" / MODULE / "ex01_sum.html").read_text(encoding="utf-8")
    assert "Результат: 2 из 3 баллов" in ru
    assert "не пройдено" in ru
    assert "Значение `biggest` неверно" in ru


def test_report_has_one_row_per_question_and_an_item_analysis(
    graded: list[autograde.TraineeResult], released: Layout, tmp_path: Path
) -> None:
    page = report(MODULE, tmp_path / "rep", released)
    rows = read_scores(tmp_path / "rep" / "scores.csv")
    assert list(rows[0]) == ["trainee", "notebook", "question", "score", "max_score"]
    honest = {
        (r["notebook"], r["question"]): float(r["score"])
        for r in rows
        if r["trainee"] == "honest-a"
    }
    assert honest == FULL
    text = page.with_name("item-analysis.en.md").read_text(encoding="utf-8")
    assert "Hardest questions" in text
    assert "ex01_sum q1_tests" in text
    assert "Most frequent failure messages" in text
    assert "Savol" in page.read_text(encoding="utf-8")  # item-analysis.md is the Uzbek page
    assert (tmp_path / "rep" / "score-distribution.png").stat().st_size > 1000


def test_without_root_grading_still_works_with_a_warning(
    released: Layout, handin: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from malaka.grading import cage

    collect(MODULE, [handin("n-ref")], released)
    monkeypatch.setattr(cage.os, "geteuid", lambda: 1000)
    with pytest.warns(cage.IsolationWarning, match="not root"):
        results = grade_module(MODULE, released, trainees=["n-ref"])
    assert _q(results, "n-ref") == FULL


def test_without_bubblewrap_grading_still_works_with_a_warning(
    released: Layout, handin: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from malaka.grading import cage

    collect(MODULE, [handin("n-plain"), handin("n-blank", blank=True)], released)
    monkeypatch.setattr(cage, "bwrap_works", lambda: False)
    with pytest.warns(cage.IsolationWarning, match="bubblewrap is not installed"):
        results = grade_module(MODULE, released, trainees=["n-plain", "n-blank"])
    assert _q(results, "n-plain") == FULL
    assert set(_q(results, "n-blank").values()) == {0.0}


def test_grade_samples_runs_the_whole_chain(released: Layout) -> None:
    from malaka.grading.samples import grade_samples

    out = grade_samples(MODULE, 3, released)
    rows = read_scores(out / "scores.csv")
    totals: dict[str, float] = {}
    for r in rows:
        totals[r["trainee"]] = totals.get(r["trainee"], 0.0) + float(r["score"])
    assert totals["sample-01-blank"] == 0.0
    assert totals["sample-02-reference"] == 6.0
    assert totals["sample-03-mutant-ru"] < 6.0
    assert (out / "item-analysis.md").is_file()
    page = (released.feedback / "sample-03-mutant-ru" / MODULE / "ex01_sum.html").read_text(
        encoding="utf-8"
    )
    assert '<html lang="ru">' in page  # a Russian notebook was graded, its page is Russian
    assert "Результат:" in page


def test_sample_trainees_hand_in_the_notebooks_released_in_their_language(
    released: Layout, tmp_path: Path
) -> None:
    from malaka.grading.samples import make_samples

    folders = {f.name: f for f in make_samples(MODULE, released, 6, tmp_path / "samples")}
    handed = {name: sorted(p.name for p in f.glob("*.ipynb")) for name, f in folders.items()}
    assert handed == {
        "sample-01-blank": ["ex01_sum.ipynb", "ex02_table.ipynb"],
        "sample-02-reference": ["ex01_sum.ipynb", "ex02_table.ipynb"],
        "sample-03-mutant-ru": ["ex01_sum.ru.ipynb", "ex02_table.ru.ipynb"],
        "sample-04-mutant-uz": ["ex01_sum.ipynb", "ex02_table.ipynb"],
        "sample-05-mutant-uz-Cyrl": ["ex01_sum.uz-Cyrl.ipynb", "ex02_table.uz-Cyrl.ipynb"],
        # ex01_sum has no English version: an English trainee works in the Uzbek one
        "sample-06-mutant-en": ["ex01_sum.ipynb", "ex02_table.en.ipynb"],
    }
    for folder, name in (
        ("sample-03-mutant-ru", "ex01_sum.ru.ipynb"),
        ("sample-05-mutant-uz-Cyrl", "ex01_sum.uz-Cyrl.ipynb"),
        ("sample-06-mutant-en", "ex02_table.en.ipynb"),
    ):
        nb = load_nb(folders[folder] / name)
        mine = ["".join(c["source"]) for c in nb["cells"]]
        shipped = ["".join(c["source"]) for c in load_nb(released.release / MODULE / name)["cells"]]
        answers = [
            (text, was)
            for c, text, was in zip(nb["cells"], mine, shipped, strict=True)
            if c["metadata"].get("nbgrader", {}).get("solution")
        ]
        # the released notebook, markdown and tests as shipped, only the answers filled in
        assert [t for t, w in zip(mine, shipped, strict=True) if t != w] == [t for t, _ in answers]
        assert answers
        assert all(text.strip() and text != was for text, was in answers)
        assert not any("SOLUTION" in text for text, _ in answers)
        assert nb["metadata"]["malaka"]["lang"] == name.split(".")[1]
