"""What a new user saw on the site (issue 14, section 4): ids, duplicate sections, the datasets
index, the replications a scenario page states, and the timetable page."""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

import pytest

from malaka.site import stage
from malaka.site.stage import Module, card_summary, datasets_index, report_replications

LANG_PREFIX = {"uz": "", "ru": "ru/", "en": "en/"}
REPO = Path(__file__).resolve().parents[2]
_ID = re.compile(r'\sid="([^"]+)"')


def _page(site: Path, lang: str, path: str) -> str:
    return (site / LANG_PREFIX[lang] / path / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["uz", "ru", "en"])
def test_status_page_ids_are_unique(sandbox_site: Path, lang: str) -> None:
    """No id appears twice on the status page (the English heading took the widget's id)."""
    text = _page(sandbox_site / "build" / "site", lang, "status")
    ids = Counter(_ID.findall(text))
    assert [i for i, n in ids.items() if n > 1] == []
    assert 'data-malaka-widget="appeal-status"' in text
    if lang == "en":  # the heading keeps its anchor; the widget no longer claims the same id
        assert re.search(r'<h1 id="appeal-status"', text)


def test_status_widget_uses_no_element_ids() -> None:
    """The script neither looks up nor creates an id, so no heading text can ever collide."""
    js = (REPO / "site" / "assets" / "appeal-status.js").read_text(encoding="utf-8")
    assert "getElementById" not in js
    assert not re.search(r"\.id\s*=", js)
    assert 'setAttribute("for"' not in js
    assert "[data-malaka-widget=" in js
    for page in (REPO / "site" / "status").glob("index*.md"):
        text = page.read_text(encoding="utf-8")
        assert 'data-malaka-widget="appeal-status"' in text, page
        assert not re.search(r"<div[^>]*\sid=", text), page


def test_every_page_has_unique_ids(sandbox_site: Path) -> None:
    """Across the whole sandbox site no page repeats an id (anchors and widgets stay apart)."""
    site = sandbox_site / "build" / "site"
    dupes = {}
    for page in site.rglob("*.html"):
        if "course" in page.parts and page.parent.name.startswith(("ex", "p")):
            continue  # notebook pages: nbconvert's own markup
        counts = Counter(_ID.findall(page.read_text(encoding="utf-8")))
        repeated = sorted(i for i, n in counts.items() if n > 1)
        if repeated:
            dupes[str(page.relative_to(site))] = repeated
    assert dupes == {}


@pytest.mark.parametrize(
    ("lang", "hand", "generated", "practice", "assessment", "minute"),
    [
        (
            "uz",
            "Mashqlar",
            "Daftarlar va ma'lumotlar",
            "Mashq qilish",
            "Baholanadigan mashq",
            "daq.",
        ),
        ("ru", "Упражнения", "Тетради и данные", "Практика", "Оцениваемое задание", "мин"),
    ],
)
def test_lesson_page_has_one_exercise_section_and_a_notebook_table(  # noqa: PLR0917
    sandbox_site: Path,
    lang: str,
    hand: str,
    generated: str,
    practice: str,
    assessment: str,
    minute: str,
) -> None:
    """The hand-written list stays alone; the generated section lists kind and time per notebook."""
    text = _page(sandbox_site / "build" / "site", lang, "course/m00-demo")
    h2 = [
        html.unescape(re.sub(r"<[^>]+>", "", h)).rstrip("¶").strip()
        for h in re.findall(r"<h2[^>]*>(.*?)</h2>", text)
    ]
    assert h2.count(hand) == 1, h2
    assert h2.count(generated) == 1, h2
    rows = re.findall(r"<tr>(.*?)</tr>", text, re.DOTALL)
    practice_row = next(r for r in rows if "p01_demo" in r)
    exercise_row = next(r for r in rows if "ex01_demo" in r)
    assert practice in practice_row
    assert f"20 {minute}" in practice_row
    assert assessment in exercise_row
    assert f"25 {minute}" in exercise_row
    assert rows.index(practice_row) < rows.index(exercise_row)  # practice first
    assert f"45 {minute}" in text  # the total


def test_lesson_page_without_minutes_invents_no_time(tmp_path: Path) -> None:
    """A module.yaml without ``minutes`` gives a dash, never a made-up time."""
    src = tmp_path / "src"
    src.mkdir()
    dest = tmp_path / "dest"
    dest.mkdir()
    (dest / "ex01_a.ipynb").write_text('{"cells": []}')
    mod = Module("m09-x", dict.fromkeys(("uz", "ru", "en"), "X"), ["ex01_a"], [])
    mod.notebooks = ["ex01_a.ipynb"]
    page = stage._lesson_page(src, dest, mod, "en", zip_name=None, dataset_ids=[])
    row = next(line for line in page.splitlines() if "ex01_a" in line)
    assert row.endswith("| Assessment | — |")
    assert "min" not in page


def test_module_minutes_must_be_positive_integers(tmp_path: Path) -> None:
    """A bad ``minutes`` entry is reported with the file and the field."""
    from malaka.errors import InputError

    mod = tmp_path / "courses" / "m09-x"
    mod.mkdir(parents=True)
    (mod / "module.yaml").write_text("id: m09-x\nexercises: [ex01_a]\nminutes: {ex01_a: ten}\n")
    with pytest.raises(InputError, match=r"minutes\.ex01_a"):
        stage._read_modules(tmp_path)


@pytest.mark.parametrize(
    ("lang", "title", "header"),
    [
        ("uz", "Namuna to'plam", "Jadvallar (qatorlar)"),
        ("ru", "Пример набора", "Таблицы (строк)"),
        ("en", "Demo set", "Tables (rows)"),
    ],
)
def test_datasets_index_is_a_table(sandbox_site: Path, lang: str, title: str, header: str) -> None:
    """Title in the page's language, contents, tables with rows, and the module that uses it."""
    text = _page(sandbox_site / "build" / "site", lang, "datasets")
    assert "<table>" in text
    assert header in text
    row = next(r for r in re.findall(r"<tr>(.*?)</tr>", text, re.DOTALL) if "demo/" in r)
    assert title.replace("'", "&#39;") in row or title in row
    assert "Synthetic." in row
    assert "<code>t</code> (2)" in row  # rows from the built Parquet table
    assert re.search(r'href="\.\./course/m00-demo/"[^>]*>M00<', row)


def test_card_summary_reads_a_generated_card() -> None:
    """Every committed card gives a title per language, contents, tables and modules."""
    cards = sorted((REPO / "datasets" / "cards").glob("*.md"))
    assert cards
    for card in cards:
        s = card_summary(card.stem, card.read_text(encoding="utf-8"))
        assert all(s.title[lang] and s.holds[lang] for lang in ("uz", "ru", "en")), card
        assert s.title["uz"] != s.title["ru"], card
        assert s.tables, card
        assert all(n > 0 for _, n in s.tables), card
        assert not any(name.startswith("answer_key") for name, _ in s.tables), card
    text = (REPO / "datasets/cards/tuman-appeals.md").read_text(encoding="utf-8")
    rows = int(re.search(r"### `appeals` \((\d+) rows", text).group(1))
    assert 1000 < rows < 10_000  # four-digit, so the thousands separator shows below
    tuman = card_summary("tuman-appeals", text)
    assert ("appeals", rows) in tuman.tables
    assert {"m01-triage", "m02-analytics", "m03-interagency"} <= set(tuman.used_by)
    table = datasets_index({"tuman-appeals": tuman}, [], "ru")
    assert "Обращения в районный ОВД (квартал)" in table
    assert f"{rows // 1000}\u202f{rows % 1000:03d}" in table


@pytest.mark.parametrize(
    ("lang", "said", "param"),
    [
        ("uz", "<strong>2</strong> ta takror", "10 (faylda); hisobotda: 2"),
        ("ru", "по <strong>2</strong> прогонам", "10 (в файле); в отчёте: 2"),
        ("en", "from <strong>2</strong> replications", "10 (in the file); in the report: 2"),
    ],
)
def test_scenario_page_states_the_reports_replications(
    sandbox_site: Path, lang: str, said: str, param: str
) -> None:
    """The file asks for 10, the embedded report used 2: the page says 2, and why."""
    text = _page(sandbox_site / "build" / "site", lang, "simulations/erlang-check")
    assert said in text
    assert param in text
    row = next(r for r in re.findall(r"<tr>(.*?)</tr>", text, re.DOTALL) if "replications" in r)
    assert re.sub(r"<[^>]+>", "", row).split() != ["replications", "10"]


def test_report_replications_sources(tmp_path: Path) -> None:
    """kpis.json first, then the report's own "About this run" line, else unknown."""
    assert report_replications(tmp_path) is None
    (tmp_path / "report.md").write_text("## About\n\n- scenario: `x`\n- replications: `5`\n")
    assert report_replications(tmp_path) == 5
    (tmp_path / "kpis.json").write_text('{"replications": 3}')
    assert report_replications(tmp_path) == 3


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("uz", ["Dars jadvali", "1-mashg'ulot", "Tushlik", "Mashq qilish", "Uyga vazifa"]),
        ("ru", ["Расписание занятий", "Занятие 1", "Обед", "Практика", "Домашнее задание"]),
        ("en", ["Timetable", "Session 1", "Lunch", "Practice", "Homework"]),
    ],
)
def test_timetable_page_in_every_language(sandbox_site: Path, lang: str, words: list[str]) -> None:
    """The generated timetable page, reachable from the navigation, with the sandbox's times."""
    site = sandbox_site / "build" / "site"
    text = _page(site, lang, "course/timetable")
    for word in words:
        assert word.replace("'", "&#39;") in text or word in text, word
    assert "09:00–10:30" in text
    assert "2026-03-02" in text
    assert "p01_demo" in text
    assert 'class="malaka-timetable"' in text
    assert "<table>" in text  # Markdown inside the wrapper was rendered, not left as text
    assert "| **09:00" not in text
    home = (site / LANG_PREFIX[lang] / "index.html").read_text(encoding="utf-8")
    assert 'href="course/timetable/"' in home


def test_timetable_page_explains_missing_inputs(tmp_path: Path) -> None:
    """A courses folder whose course lists a missing module gives a page naming the problem."""
    (tmp_path / "course.yaml").write_text(
        "title: {uz: a, ru: b, en: c}\nmodules: [m05-pretest]\npass_mark: 60\n"
    )
    page = stage.timetable_page(tmp_path, "ru")
    assert page.startswith("# Расписание занятий")
    assert '!!! warning "Расписание пока не построить"' in page
    assert "m05-pretest" in page


def test_print_stylesheet_hides_navigation_and_fits_tables() -> None:
    """Printing drops the navigation and lets tables take the A4 width."""
    css = (REPO / "site" / "assets" / "malaka.css").read_text(encoding="utf-8")
    media = css[css.index("@media print") :]
    for selector in (".md-header", ".md-sidebar", ".md-footer", ".md-tabs"):
        assert selector in media
    assert "size: A4" in media
    assert "width: 100%" in media
