"""The site's Uzbek Cyrillic edition, on the sandbox checkout built by ``sandbox_site``."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from malaka.cyrillic import CYRILLIC, NAME
from malaka.site.cyrillic_edition import add_edition, material_partial, nav_translations

REPO = Path(__file__).resolve().parents[2]
#: Uzbek Latin words of the sandbox's lesson and notebook: none may reach a Cyrillic page's prose.
LATIN_PROSE = re.compile(
    r"\b(?:Namuna|modul|Dars|matni|Mashqlar|qo'lda|yozilgan|Matn|Daftarni|yuklab|olish)\b"
)


def _site(root: Path) -> Path:
    return root / "build" / "site"


def _prose(page: str) -> str:
    """The article's text with code (``<code>``, ``<pre>``, notebook inputs) and tags removed."""
    article = page[page.index("<article") : page.index("</article>")]
    article = re.sub(r"<(script|style)\b.*?</\1>", " ", article, flags=re.DOTALL)
    article = re.sub(r"<(pre|code)\b.*?</\1>", " ", article, flags=re.DOTALL)
    return html.unescape(re.sub(r"<[^>]+>", " ", article))


def test_cyrillic_lesson_page_has_cyrillic_prose_and_keeps_code(sandbox_site: Path) -> None:
    page = _site(sandbox_site) / CYRILLIC / "course" / "m00-demo" / "index.html"
    text = page.read_text(encoding="utf-8")
    assert f'<html lang="{CYRILLIC}"' in text
    prose = _prose(text)
    assert "Намуна модул" in prose
    assert "Дарс матни." in prose
    assert "қўлда ёзилган" in prose
    assert not LATIN_PROSE.search(prose), LATIN_PROSE.findall(prose)
    assert "<code>ex01_demo</code>" in text  # the code span is left as written
    assert "ex01_demo/" in text  # and the link to the notebook page still resolves


def test_cyrillic_notebook_page_keeps_code_and_sets_lang(sandbox_site: Path) -> None:
    folder = _site(sandbox_site) / CYRILLIC / "course" / "m00-demo" / "ex01_demo"
    text = (folder / "index.html").read_text(encoding="utf-8")
    assert "jp-Cell" in text
    assert "Намуна машқ" in _prose(text)
    assert "Дафтарни юклаб олиш (.ipynb)" in text  # the download button speaks Cyrillic too
    nb = json.loads((folder / f"ex01_demo.{CYRILLIC}.ipynb").read_text(encoding="utf-8"))
    code = "".join(
        "".join(c["source"]) if isinstance(c["source"], list) else c["source"]
        for c in nb["cells"]
        if c["cell_type"] == "code"
    )
    assert f'LANG = "{CYRILLIC}"' in code
    assert 'pd.read_csv("data/demo/values.csv")' in code  # code is never transliterated
    assert re.search(r'<img[^>]+src="data:image/png;base64', text)  # outputs kept


@pytest.mark.parametrize(
    "page",
    [
        Path("index.html"),
        Path("course") / "m00-demo" / "index.html",
        Path("course") / "m00-demo" / "ex01_demo" / "index.html",
    ],
)
def test_language_switcher_lists_the_cyrillic_edition(sandbox_site: Path, page: Path) -> None:
    text = (_site(sandbox_site) / page).read_text(encoding="utf-8")
    links = re.findall(r'<a href="([^"]*)" hreflang="([^"]+)"[^>]*>\s*([^<]+?)\s*<', text)
    by_lang = {lang: (href, name) for href, lang, name in links}
    assert list(by_lang) == ["uz", CYRILLIC, "ru", "en"]
    href, name = by_lang[CYRILLIC]
    assert name == NAME
    base = _site(sandbox_site) if href.startswith("/") else (_site(sandbox_site) / page).parent
    target = base / href.lstrip("/")
    assert (target / "index.html").is_file()
    assert f"{CYRILLIC}/" in href


def test_home_glossary_guides_and_navigation_are_cyrillic(sandbox_site: Path) -> None:
    root = _site(sandbox_site) / CYRILLIC
    home = (root / "index.html").read_text(encoding="utf-8")
    nav = " ".join(re.findall(r'class="md-nav__link[^"]*"[^>]*>\s*(?:<[^>]+>\s*)*([^<]+)', home))
    for title in ("Бош саҳифа", "Курс", "Қўлланмалар", "Луғат", "M00 · Намуна модул"):
        assert title in nav, nav
    assert "Bosh sahifa" not in nav
    glossary = (root / "glossary" / "index.html").read_text(encoding="utf-8")
    assert "Атамалар луғати" in glossary
    guides = sorted((root / "guides").glob("*/index.html"))
    assert len(guides) >= 3  # planners, instructors and the tutorial notebook
    for guide in guides:
        prose = _prose(guide.read_text(encoding="utf-8"))
        if "jp-Cell" in guide.read_text(encoding="utf-8"):  # a notebook: its markdown cells
            found = re.findall(r"<h1[^>]*>(.*?)</h1>", guide.read_text(encoding="utf-8"))
            prose = re.sub(r"<[^>]+>", " ", " ".join(found))
        cyr = len(re.findall("[а-яўқғҳ]", prose, flags=re.IGNORECASE))
        assert cyr > 3 * len(re.findall("[a-z]", prose, flags=re.IGNORECASE)), (guide, prose)
    assert "Қидириш" in home  # Material's own strings, from the uz-Cyrl theme partial


def test_edition_is_made_from_the_staged_uzbek_files(tmp_path: Path) -> None:
    (tmp_path / "course" / "m01").mkdir(parents=True)
    (tmp_path / "datasets").mkdir()
    (tmp_path / "index.md").write_text("# Bosh sahifa\n", encoding="utf-8")
    (tmp_path / "index.ru.md").write_text("# Главная\n", encoding="utf-8")
    (tmp_path / "course" / "m01" / "index.md").write_text("Dars `x`\n", encoding="utf-8")
    (tmp_path / "datasets" / "a.md").write_text("# Ma'lumot\n", encoding="utf-8")
    kept = tmp_path / "course" / "m01" / f"ex01.{CYRILLIC}.ipynb"
    kept.write_text('{"cells": [], "released": true}', encoding="utf-8")
    (tmp_path / "course" / "m01" / "ex01.ipynb").write_text('{"cells": []}', encoding="utf-8")
    made = sorted(p.relative_to(tmp_path).as_posix() for p in add_edition(tmp_path))
    assert made == [f"course/m01/index.{CYRILLIC}.md", f"index.{CYRILLIC}.md"]
    assert (tmp_path / f"index.{CYRILLIC}.md").read_text(encoding="utf-8") == "# Бош саҳифа\n"
    assert "released" in kept.read_text(encoding="utf-8")  # a released Cyrillic notebook stays
    assert not (tmp_path / "datasets" / f"a.{CYRILLIC}.md").exists()  # cards stay trilingual


def test_nav_translations_cover_every_title() -> None:
    nav = [{"Bosh sahifa": "index.md"}, {"Kurs": ["a.md", {"M01 · Saralash": ["b.md"]}]}]
    assert nav_translations(nav) == {
        "Bosh sahifa": "Бош саҳифа",
        "Kurs": "Курс",
        "M01 · Saralash": "M01 · Саралаш",
    }


def test_theme_partial_is_material_uzbek_transliterated() -> None:
    import material

    uz = Path(material.__file__).parent / "templates" / "partials" / "languages" / "uz.html"
    shipped = REPO / "site" / "overrides" / "partials" / "languages" / f"{CYRILLIC}.html"
    expected = material_partial(uz.read_text(encoding="utf-8"))
    assert shipped.read_text(encoding="utf-8") == expected, (
        "regenerate site/overrides/partials/languages/uz-Cyrl.html with material_partial()"
    )
    assert f'"language": "{CYRILLIC}"' in expected
    assert '"search.config.lang": "ru"' in expected
