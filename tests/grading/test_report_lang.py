"""Item analysis and feedback in the reader's language.

The item analysis has a page per language with questions named as the trainee reads them; an
exercise a trainee did not hand in gets a "not submitted" page in the language of what they did
hand in; the page header follows the language the notebook is written in; the histogram counts
whole trainees. Graded notebooks are written directly, as in ``test_feedback_hostile.py``.
"""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from malaka.grading import feedback as fb
from malaka.grading.layout import Layout

from .conftest import MODULE, fixture_layout, load_nb, write_nb


@pytest.fixture
def layout(released: Layout, tmp_path: Path) -> Layout:
    """A fresh build folder with the released fixture module (no other test's trainees)."""
    lay = fixture_layout(tmp_path / "build")
    shutil.copytree(released.source / MODULE, lay.source / MODULE)
    shutil.copytree(released.release / MODULE, lay.release / MODULE)
    return lay


def _graded(layout: Layout, trainee: str, stem: str, nb: dict[str, Any]) -> None:
    write_nb(layout.autograded / trainee / MODULE / f"{stem}.ipynb", nb)


def _manifest(layout: Layout, trainee: str, notebooks: dict[str, dict[str, str]]) -> None:
    path = layout.autograded / trainee / MODULE / "collect.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    manifest = {"trainee": trainee, "module": MODULE, "notebooks": notebooks}
    path.write_text(json.dumps(manifest), encoding="utf-8")


def _blank(layout: Layout, stem: str, why: str = "missing") -> dict[str, Any]:
    """What collect writes for an exercise not handed in: the blank Uzbek version, marked."""
    nb = load_nb(layout.release / MODULE / f"{stem}.ipynb")
    nb["metadata"]["malaka"]["collect"] = why
    return nb


def _as_handed_in(layout: Layout, name: str, lang: str) -> dict[str, Any]:
    """The released notebook ``name`` with the metadata collect records (reference answers)."""
    nb = load_nb(layout.release / MODULE / name)
    nb["metadata"]["malaka"]["lang"] = lang
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            cell["outputs"] = []
    return nb


def _page(layout: Layout, trainee: str, stem: str) -> str:
    return html.unescape(
        (layout.feedback / trainee / MODULE / f"{stem}.html").read_text(encoding="utf-8")
    )


def test_an_exercise_not_handed_in_gets_a_not_submitted_page_in_the_trainee_language(
    layout: Layout,
) -> None:
    _graded(layout, "t-en", "ex02_table", _as_handed_in(layout, "ex02_table.en.ipynb", "en"))
    _graded(layout, "t-en", "ex01_sum", _blank(layout, "ex01_sum"))
    _manifest(
        layout,
        "t-en",
        {"ex01_sum": {"status": "missing"}, "ex02_table": {"status": "ok", "lang": "en"}},
    )
    result = fb.feedback(MODULE, layout)
    assert result.problems == []
    page = _page(layout, "t-en", "ex01_sum")
    assert '<html lang="en">' in page
    assert "Not submitted: Score: 0 / 3 points" in page
    assert "was not handed in" in page
    assert "1-mashq. Yig'indi" in page  # no English ex01: its Uzbek title
    for uzbek in ("Natija", "JAVOBINGIZNI", "hali aniqlanmagan", "Topshirilmagan"):
        assert uzbek not in page
    assert fb.unsafe_markup(page) == []
    handed = _page(layout, "t-en", "ex02_table")
    assert "Score:" in handed
    assert "Question 1" in handed  # the summary names questions as the trainee reads them


def test_nothing_handed_in_says_so_in_every_language_and_corrupt_files_are_named(
    layout: Layout,
) -> None:
    _graded(layout, "t-none", "ex01_sum", _blank(layout, "ex01_sum"))
    _graded(layout, "t-none", "ex02_table", _blank(layout, "ex02_table", "corrupt: not JSON"))
    _manifest(
        layout,
        "t-none",
        {"ex01_sum": {"status": "missing"}, "ex02_table": {"status": "corrupt"}},
    )
    assert fb.feedback(MODULE, layout).problems == []
    missing = _page(layout, "t-none", "ex01_sum")
    for text in ("Topshirilmagan", "Не сдано", "Not submitted"):
        assert text in missing
    corrupt = _page(layout, "t-none", "ex02_table")
    assert "Fayl o'qib bo'lmadi" in corrupt
    assert "Файл не удалось прочитать" in corrupt


def test_the_header_follows_the_language_the_notebook_is_written_in(layout: Layout) -> None:
    uz_body = _as_handed_in(layout, "ex01_sum.ipynb", "ru")  # Uzbek notebook saved as .ru
    _graded(layout, "t-mixed", "ex01_sum", uz_body)
    _manifest(layout, "t-mixed", {"ex01_sum": {"status": "ok", "lang": "ru"}})
    ru_body = _as_handed_in(layout, "ex01_sum.ru.ipynb", "ru")
    _graded(layout, "t-ru", "ex01_sum", ru_body)
    _manifest(layout, "t-ru", {"ex01_sum": {"status": "ok", "lang": "ru"}})
    assert fb.feedback(MODULE, layout).problems == []
    mixed = _page(layout, "t-mixed", "ex01_sum")
    assert '<html lang="uz">' in mixed
    assert "Natija: 3 / 3 ball" in mixed
    assert "Результат" not in mixed
    assert "1-savol" in mixed
    ru = _page(layout, "t-ru", "ex01_sum")
    assert '<html lang="ru">' in ru
    assert "Результат: 3 из 3 баллов" in ru
    assert "Вопрос 1" in ru


def test_item_analysis_has_a_page_per_language_with_human_question_names(
    layout: Layout, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from malaka.grading import report as rep

    rows = [
        rep.Row(t, nb, q, s, m)
        for t, scores in (("a", (2, 1, 3)), ("b", (0, 1, 0)), ("c", (2, 0, 3)))
        for (nb, q, m), s in zip(
            (
                ("ex01_sum", "q1_tests", 2),
                ("ex01_sum", "q2_tests", 1),
                ("ex02_table", "q1_tests", 3),
            ),
            scores,
            strict=True,
        )
    ]
    monkeypatch.setattr(rep, "score_rows", lambda _module_id, _layout: rows)
    page = rep.report(MODULE, tmp_path / "rep", layout)
    pages = {lang: page.with_name(rep.page_name(lang)).read_text("utf-8") for lang in rep.LANGS}
    assert page.name == "item-analysis.md"
    assert "1-mashq. Yig'indi — 1-savol" in pages["uz"]
    assert "Eng qiyin savollar" in pages["uz"]
    assert "Упражнение 1. Сумма — Вопрос 1" in pages["ru"]
    assert "Самые трудные вопросы" in pages["ru"]
    assert "— Question 2" in pages["en"]
    assert "Hardest questions" in pages["en"]
    for lang, text in pages.items():
        table = [line for line in text.splitlines() if line.startswith("| ") and "q1_tests" in line]
        assert table, lang
        for line in table:  # the grade id only in the Id column, after the human name
            assert line.split("|")[1].strip()[0] != "`", line
    for name in ("hardest-questions.png", "hardest-questions.ru.png", "hardest-questions.en.png"):
        assert (tmp_path / "rep" / name).read_bytes().startswith(b"\x89PNG")


def test_the_score_histogram_counts_whole_trainees() -> None:
    import matplotlib.pyplot as plt

    from malaka.grading.report import score_histogram

    fig = score_histogram([0.0, 3.0, 6.0], 6.0)
    ticks = fig.axes[0].get_yticks()
    plt.close(fig)
    assert len(ticks) >= 2
    assert all(float(t).is_integer() for t in ticks), ticks
