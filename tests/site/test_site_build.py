"""The site machinery on a sandbox checkout: strict build, links, notebooks, leaks, requests."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from malaka.site import checks
from malaka.site.build import prerequisites
from malaka.site.i18n import localized

LANG_PREFIX = {"uz": "", "ru": "ru/", "en": "en/"}


def test_strict_build_writes_every_language(sandbox_site: Path) -> None:
    """``mkdocs build --strict`` passed and each language has its home page and glossary."""
    site = sandbox_site / "build" / "site"
    for lang, prefix in LANG_PREFIX.items():
        home = (site / prefix / "index.html").read_text(encoding="utf-8")
        assert f'<html lang="{lang}"' in home
        assert (site / prefix / "glossary" / "index.html").is_file()


def test_sources_folder_untouched(sandbox_site: Path) -> None:
    """Nothing generated is written into ``site/`` (staging lives under ``build/``)."""
    names = {p.name for p in (sandbox_site / "site").rglob("*")}
    assert "course" not in names
    assert "appeal-status-data.js" not in names
    assert (sandbox_site / "build" / "site-src" / "course" / "m00-demo").is_dir()


def test_no_broken_internal_links(sandbox_site: Path) -> None:
    """Every href/src inside the built site resolves to a file."""
    assert checks.broken_links(sandbox_site / "build" / "site") == []


def test_link_checker_catches_a_broken_link(tmp_path: Path) -> None:
    """The link checker itself reports a missing target (so the test above can fail)."""
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text('<a href="a/">ok</a> <img src="missing.png">')
    (tmp_path / "a" / "index.html").write_text('<a href="../nowhere/">x</a>')
    assert sorted(checks.broken_links(tmp_path)) == [
        "a/index.html: ../nowhere/",
        "index.html: missing.png",
    ]


@pytest.mark.parametrize("lang", ["uz", "ru", "en"])
def test_notebook_page_is_rendered_html_in_every_language(sandbox_site: Path, lang: str) -> None:
    """Each language's notebook page has rendered cells and a plot, not raw JSON."""
    site = sandbox_site / "build" / "site"
    page = site / LANG_PREFIX[lang] / "course" / "m00-demo" / "ex01_demo" / "index.html"
    text = page.read_text(encoding="utf-8")
    assert "jp-Cell" in text
    assert re.search(r'<img[^>]+src="data:image/png;base64', text)  # the plot cell was run
    assert '"nbformat"' not in text
    assert f'lang="{lang}"' in text
    assert "malaka-download" in text
    source = page.parent / localized("ex01_demo.ipynb", lang)
    assert source.is_file()  # the download link's target
    assert re.search(r'href="' + re.escape(source.name) + '"', text)
    assert all(checks.notebook_pages(site).values())


def test_notebook_pages_switch_language_to_the_same_page(sandbox_site: Path) -> None:
    """The language switcher on a notebook page links to the same notebook in other languages."""
    site = sandbox_site / "build" / "site"
    text = (site / "ru" / "course" / "m00-demo" / "ex01_demo" / "index.html").read_text()
    links = dict(re.findall(r'<a href="([^"]*)" hreflang="([a-z]{2})"', text))
    assert {
        "../../../../course/m00-demo/ex01_demo/",
        "./",
        "../../../../en/course/m00-demo/ex01_demo/",
    } == set(links)


def test_answers_are_never_executed_nor_published(sandbox_site: Path) -> None:
    """No solution or hidden-test line of the source, and no instructor notes, reach the site."""
    site = sandbox_site / "build" / "site"
    secrets = checks.secret_lines([sandbox_site / "courses" / "m00-demo" / "ex01_demo.py"])
    assert any("secret_answer_value == 315" in s for s in secrets)  # the check sees the secrets
    assert checks.leaks(site, secrets) == []
    everything = "".join(p.read_text(errors="replace") for p in site.rglob("*.html"))
    assert "NEVER-PUBLISH-INSTRUCTOR" not in everything
    nb = json.loads((site / "course" / "m00-demo" / "ex01_demo" / "ex01_demo.ipynb").read_text())
    answer = [c for c in nb["cells"] if c["metadata"].get("nbgrader", {}).get("solution")]
    assert answer
    assert answer[0]["outputs"] == []  # the blank answer cell was not run


def test_leak_check_catches_a_published_solution(sandbox_site: Path, tmp_path: Path) -> None:
    """The leak check reports a page that quotes a hidden test."""
    secrets = checks.secret_lines([sandbox_site / "courses" / "m00-demo" / "ex01_demo.py"])
    (tmp_path / "p.html").write_text(
        "<pre><span>assert</span> secret_answer_value == 315, "
        "&quot;hidden check of the demo answer&quot;</pre>"
    )
    assert checks.leaks(tmp_path, secrets)


def test_no_request_leaves_the_site(sandbox_site: Path) -> None:
    """No page, stylesheet or script loads fonts, scripts or styles from another host."""
    site = sandbox_site / "build" / "site"
    assert checks.external_requests(site) == []
    home = (site / "index.html").read_text()
    assert "fonts.googleapis" not in home


def test_generated_pages(sandbox_site: Path) -> None:
    """Scenario catalogue from YAML, report with plot, Erlang C page, data card with columns."""
    site = sandbox_site / "build" / "site"
    scen = (site / "ru" / "simulations" / "erlang-check" / "index.html").read_text()
    assert "Параметры" in scen
    assert "rate_per_day" in scen
    assert "216" in scen
    assert "backlog.png" in scen
    assert (site / "simulations" / "validation" / "erlang_curve.png").is_file()
    assert "Erlang" in (site / "en" / "simulations" / "erlang-c" / "index.html").read_text()
    card = (site / "datasets" / "demo" / "index.html").read_text()
    assert "a value" in card
    assert "<code>t</code>" in card
    assert "../specs/demo.yaml" not in card  # a link outside the site became plain text
    ru_card = (site / "ru" / "datasets" / "demo" / "index.html").read_text()
    assert re.search(r"<h1[^>]*>Пример набора", ru_card)


def test_appeal_status_data_is_static_and_has_no_personal_data(sandbox_site: Path) -> None:
    """The status page's data sits in the site's own assets, without citizen ids."""
    data_js = sandbox_site / "build" / "site" / "assets" / "appeal-status-data.js"
    text = data_js.read_text(encoding="utf-8")
    data = json.loads(text.removeprefix("window.MALAKA_APPEALS = ").rstrip().rstrip(";"))
    appeal = data["appeals"]["IIV-2026-000001"]
    assert [s["status"] for s in appeal["steps"]] == ["registered", "assigned", "answered"]
    assert appeal["due_at"].startswith("2026-02-17")
    assert "citizen_id" not in text
    assert "C1" not in json.dumps(appeal)
    assert data["labels"]["statuses"]["answered"]["ru"] == "Дан ответ"


def test_module_zip_holds_the_release(sandbox_site: Path) -> None:
    """The lesson page offers the released module (notebooks + data) as one zip."""
    import zipfile

    site = sandbox_site / "build" / "site"
    names = zipfile.ZipFile(site / "course" / "m00-demo" / "m00-demo.zip").namelist()
    assert "m00-demo/ex01_demo.ru.ipynb" in names
    assert "m00-demo/data/demo/values.csv" in names
    assert "m00-demo.zip" in (site / "ru" / "course" / "m00-demo" / "index.html").read_text()


def test_syllabus_on_home_page(sandbox_site: Path) -> None:
    """The home page's syllabus lists the module with its title in the page's language."""
    ru_home = (sandbox_site / "build" / "site" / "ru" / "index.html").read_text()
    assert "Пример модуля" in ru_home
    assert "malaka:syllabus" not in ru_home


def test_russian_headings_get_unicode_anchors(sandbox_site: Path) -> None:
    """Heading ids keep Cyrillic letters (readable anchors), lower-cased."""
    text = (sandbox_site / "build" / "site" / "ru" / "glossary" / "index.html").read_text()
    assert 'id="обращение-murojaat"' in text


def test_prerequisites_lists_only_what_is_missing(sandbox_site: Path, tmp_path: Path) -> None:
    """With every output present nothing reruns; with an empty build/ each part is scheduled."""
    assert prerequisites(sandbox_site, sandbox_site / "build", quick=True) == []
    names = [s.name for s in prerequisites(sandbox_site, tmp_path, quick=True)]
    assert names == ["simulate erlang-check", "Erlang C curve", "release m00-demo"]


def test_site_commands_are_registered() -> None:
    """``malaka site build`` and ``malaka site serve`` exist."""
    from typer.testing import CliRunner

    from malaka.cli import app

    result = CliRunner().invoke(app, ["site", "--help"])
    assert result.exit_code == 0
    assert "build" in result.output
    assert "serve" in result.output


def test_navigation_lists_generated_pages(sandbox_site: Path) -> None:
    """The sidebar reaches the exercise, the tutorial, the scenario and the Erlang C page."""
    text = (sandbox_site / "build" / "site" / "en" / "index.html").read_text()
    for href in (
        "course/m00-demo/ex01_demo/",
        "guides/tut01_simulation_output/",
        "simulations/erlang-check/",
        "simulations/erlang-c/",
        "datasets/demo/",
        "status/",
    ):
        assert f'href="{href}"' in text, href
