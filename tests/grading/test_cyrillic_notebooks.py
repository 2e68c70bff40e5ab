"""The Uzbek Cyrillic edition of the exercises: released, checked and graded in Cyrillic."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from malaka import cyrillic
from malaka.cyrillic import CYRILLIC
from malaka.grading import checks
from malaka.grading.authoring import check_exercise, read_exercise
from malaka.grading.check import format_results, notebook_language, run_checks
from malaka.grading.judge import stopped_message
from malaka.grading.layout import Layout
from malaka.grading.release import scan_release

from .conftest import FIXTURES, MODULE, cell_by_id, load_nb

STEMS = ("ex01_sum", "ex02_table")
#: Uzbek Latin words of the fixture's text that must not survive in the Cyrillic edition.
LATIN_WORDS = re.compile(r"\b(?:savol|Savol|mashq|Maslahat|ball|JAVOBINGIZNI|qiymati)\b")


def _source(cell: dict[str, Any]) -> str:
    source = cell["source"]
    return "".join(source) if isinstance(source, list) else str(source)


def _outside_code(text: str) -> str:
    return re.sub(r"`[^`]*`", "", text)


@pytest.mark.parametrize("stem", STEMS)
def test_release_holds_a_cyrillic_notebook_made_from_the_uzbek_one(
    released: Layout, stem: str
) -> None:
    folder = released.release / MODULE
    uz = load_nb(folder / f"{stem}.ipynb")
    cy = load_nb(folder / f"{stem}.{CYRILLIC}.ipynb")
    assert cy["metadata"]["malaka"]["lang"] == CYRILLIC
    assert [c["cell_type"] for c in cy["cells"]] == [c["cell_type"] for c in uz["cells"]]
    for u, c in zip(uz["cells"], cy["cells"], strict=True):
        if c["cell_type"] == "markdown":
            assert _source(c) == cyrillic.markdown(_source(u))
            assert not LATIN_WORDS.search(_outside_code(_source(c))), _source(c)
        elif "setup" in c["metadata"].get("tags", []):
            assert f'LANG = "{CYRILLIC}"' in _source(c)
            assert _source(c).replace(CYRILLIC, "uz") == _source(u)
        elif c["metadata"].get("nbgrader", {}).get("solution"):
            assert _source(c).strip() == "# ЖАВОБИНГИЗНИ ШУ ЕРГА ЁЗИНГ"
        else:
            assert _source(c) == _source(u)  # test cells and other code: exactly the same
    sources = {p.stem: load_nb(p) for p in (released.source / MODULE).glob("*.ipynb")}
    assert scan_release(folder, sources) == []


def test_visible_checks_speak_cyrillic_in_a_cyrillic_notebook(
    released: Layout, tmp_path: Path
) -> None:
    folder = tmp_path / "trainee"
    shutil.copytree(released.release / MODULE, folder)
    path = folder / f"ex01_sum.{CYRILLIC}.ipynb"
    lang, results = run_checks(path)
    assert lang == CYRILLIC
    assert results
    assert not any(r.passed for r in results)
    assert "`total` ҳали аниқланмаган" in results[0].message
    for r in results:
        assert not LATIN_WORDS.search(_outside_code(r.message))
        assert "aniqlanmagan" not in r.message
    shown = format_results(lang, results)
    assert shown.startswith("Савол 1: ✗ ўтмади")
    assert notebook_language(load_nb(path)) == CYRILLIC


def test_check_helpers_read_a_cyrillic_lang() -> None:
    namespace: dict[str, Any] = {"LANG": CYRILLIC, **checks.HELPERS}
    cases = {
        'check(False, uz="`total` bo\'sh", ru="`total` пусто")': "`total` бўш",
        "check_equal(1, 2)": "`жавоб` қиймати нотўғри. Шартни яна бир бор ўқинг",
        'check_in("x", ["ariza", "shikoyat"], "kind")': "`kind` рухсат этилган",
    }
    for code, expected in cases.items():
        with pytest.raises(AssertionError) as caught:
            exec(code, namespace)  # noqa: S102 - our own test code, in the notebook's shape
        assert str(caught.value).startswith(expected), str(caught.value)
    # the allowed values are data a trainee types: they stay in Latin
    with pytest.raises(AssertionError, match="'ariza', 'shikoyat'"):
        exec('check_in("x", ["ariza", "shikoyat"], "kind")', namespace)  # noqa: S102
    assert checks.message("nan", CYRILLIC, name="x") == (
        "`x` NaN (сон эмас): бўш қийматлар ёки нолга бўлишни текширинг."
    )


def test_judge_messages_for_a_cyrillic_trainee() -> None:
    assert stopped_message("timeout", CYRILLIC).startswith("Бу савол баҳоланмади")


def test_sources_stay_latin_the_cyrillic_edition_is_derived(tmp_path: Path) -> None:
    source = (FIXTURES / "courses" / MODULE / "ex01_sum.py").read_text(encoding="utf-8")
    path = tmp_path / "ex01_sum.py"
    path.write_text(source.replace('lang="ru"', f'lang="{CYRILLIC}"', 1), encoding="utf-8")
    problems = [p.message for p in check_exercise(read_exercise(path), path)]
    assert any("is not one of" in m for m in problems), problems


def test_a_cyrillic_handin_is_graded_and_told_in_cyrillic(
    released: Layout, handin: Callable[..., Path]
) -> None:
    from malaka.grading.autograde import grade_module
    from malaka.grading.collect import collect

    folder = handin("cyr-one", {("ex01_sum", "q2_answer"): "biggest = 3"}, lang=CYRILLIC)
    assert sorted(p.name for p in folder.glob("*.ipynb")) == [
        f"{stem}.{CYRILLIC}.ipynb" for stem in STEMS
    ]
    (report,) = collect(MODULE, [folder], released)
    assert report.collected == dict.fromkeys(STEMS, CYRILLIC)
    (result,) = grade_module(MODULE, released, trainees=["cyr-one"])
    assert result.scores[("ex01_sum", "q1_tests")] == (2.0, 2.0)
    assert result.scores[("ex01_sum", "q2_tests")][0] == 0.0
    graded = load_nb(released.autograded / "cyr-one" / MODULE / "ex01_sum.ipynb")
    failure = cell_by_id(graded, "q2_tests")["outputs"][0]["evalue"]
    assert failure.startswith("`biggest` қиймати нотўғри"), failure
