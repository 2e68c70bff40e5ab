"""The course site in Debian's Chromium: languages, switcher, search, notebooks, no outside request.

The real site is built once per session (``build_site_once``) and served on 127.0.0.1; every
request the browser makes is routed through a handler that aborts and records any request to
another host. Screenshots of the key pages go to ``build/screenshots/``.
"""

from __future__ import annotations

import functools
import http.server
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from malaka.browser import CHROMIUM_ARGS, find_chromium
from malaka.site.build import build_root, build_site_once, find_repo

pytestmark = pytest.mark.browser

LANG_PREFIX = {"uz": "", "ru": "ru/", "en": "en/"}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output clean."""


@pytest.fixture(scope="session")
def site_url() -> Iterator[str]:
    """The built site served on 127.0.0.1 (random port) for the whole session."""
    site = build_site_once(quick=True)
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def outside_requests() -> list[str]:
    """Every request to a host other than 127.0.0.1, across the session (must stay empty)."""
    return []


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium through Playwright (never a downloaded browser)."""
    chromium = find_chromium()
    if chromium is None:
        pytest.fail("chromium is missing: run 'malaka system install'")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(chromium), args=list(CHROMIUM_ARGS))
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, site_url: str, outside_requests: list[str]) -> Iterator[Any]:
    """A fresh page whose requests may only go to the local server."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    local = urlsplit(site_url).netloc

    def guard(route: Any) -> None:
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in {"data", "blob"} or parts.netloc == local:
            route.continue_()
        else:
            outside_requests.append(url)
            route.abort()

    context.route("**/*", guard)
    pg = context.new_page()
    yield pg
    context.close()


@pytest.fixture(scope="session")
def shots() -> Path:
    """Where screenshots are kept as test artifacts."""
    folder = build_root(find_repo()) / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("lang", ["uz", "ru", "en"])
def test_home_page_loads_in_each_language(
    page: Any, site_url: str, shots: Path, lang: str, outside_requests: list[str]
) -> None:
    """The home page answers in its language, with the syllabus and no outside request."""
    response = page.goto(site_url + LANG_PREFIX[lang])
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == lang
    expected = {"uz": "O'quv dasturi", "ru": "Программа курса", "en": "Syllabus"}[lang]
    assert page.locator("h2", has_text=expected).count() == 1
    page.screenshot(path=str(shots / f"home-{lang}.png"), full_page=True)
    assert outside_requests == []


def _h1(page: Any) -> str:
    return str(page.locator("h1").inner_text()).removesuffix("¶").strip()


def _switch(page: Any, lang: str) -> None:
    page.locator(".md-header__option .md-select").first.hover()
    page.locator(f'.md-select__link[hreflang="{lang}"]').first.click()
    page.wait_for_load_state()


def test_switcher_keeps_the_page(page: Any, site_url: str) -> None:
    """uz -> ru -> en -> uz on the glossary stays on the glossary."""
    page.goto(site_url + "glossary/")
    assert _h1(page) == "Atamalar lug'ati"
    _switch(page, "ru")
    assert page.url == site_url + "ru/glossary/"
    assert _h1(page) == "Глоссарий"
    _switch(page, "en")
    assert page.url == site_url + "en/glossary/"
    _switch(page, "uz")
    assert page.url == site_url + "glossary/"


def _search(page: Any, query: str) -> list[str]:
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")  # Material's search waits for a real keyup
    items = page.locator(".md-search-result__item")
    items.first.wait_for(timeout=15_000)
    return [a.get_attribute("href") or "" for a in page.locator(".md-search-result__link").all()]


SEARCHES = {
    "uz-okina": ("", "koʻrmay", "glossary/"),  # typed with U+02BB; the page writes ko'rmay
    "uz-quote": ("", "ko’rmay", "glossary/"),  # typed with U+2019
    "ru": ("ru/", "пересылка", "ru/glossary/"),
}


@pytest.mark.parametrize("case", sorted(SEARCHES))
def test_search_finds_known_terms(page: Any, site_url: str, shots: Path, case: str) -> None:
    """Uzbek search matches o' / oʻ / o’ alike; Russian search works."""
    start, query, expected = SEARCHES[case]
    page.goto(site_url + start)
    links = _search(page, query)
    assert any(expected in link for link in links), links
    name = "search-ru" if start else "search-uz"
    page.screenshot(path=str(shots / f"{name}.png"))


PLOT = re.compile(r'<img[^>]+src="data:image/png;base64')


def test_notebook_page_shows_a_rendered_plot(page: Any, site_url: str, shots: Path) -> None:
    """A notebook page is HTML with cells, a download link and a drawn plot."""
    site = build_site_once(quick=True)
    notebook_pages = sorted({nb.parent for nb in site.rglob("*.ipynb")})
    assert notebook_pages, "no notebook page in the built site"
    with_plot = [p for p in notebook_pages if PLOT.search((p / "index.html").read_text())]
    assert with_plot, "no notebook page shows a plot"
    url = site_url + with_plot[0].relative_to(site).as_posix() + "/"
    page.goto(url)
    assert page.locator(".jp-Cell").count() > 2
    img = page.locator(".jp-OutputArea-output img").first
    img.scroll_into_view_if_needed()
    assert img.evaluate("i => i.complete && i.naturalWidth > 100")
    href = page.locator("a.malaka-download").get_attribute("href")
    assert href is not None
    assert href.endswith(".ipynb")
    assert page.request.get(url + href).status == 200
    page.screenshot(path=str(shots / "notebook.png"), full_page=False)


def test_appeal_status_lookup(page: Any, site_url: str, shots: Path) -> None:
    """The status page looks an appeal up from the site's own files and draws its timeline."""
    page.goto(site_url + "ru/status/")
    sample = page.locator(".malaka-status__sample").first
    sample.wait_for(timeout=10_000)
    number = sample.inner_text()
    sample.click()
    card = page.locator(".malaka-status__card")
    assert number in card.locator("h2").inner_text()
    assert page.locator(".malaka-status__steps li").count() >= 2
    assert page.locator(".malaka-status__verdict").inner_text()
    assert page.locator(".malaka-status__deadline").count() >= 1
    page.screenshot(path=str(shots / "status-ru.png"), full_page=True)
    page.fill(".malaka-status__input", "IIV-0000-NOPE")
    page.press(".malaka-status__input", "Enter")
    assert "не найдено" in page.locator(".malaka-status__result").inner_text()


def test_key_pages_screenshots(page: Any, site_url: str, shots: Path) -> None:
    """Scenario catalogue, a report with plots and the Erlang C page render with their images."""
    for path, name in [
        ("simulations/", "simulations"),
        ("ru/course/", "syllabus-ru"),
        ("en/simulations/tuman-iib/", "report-tuman-iib-en"),
        ("simulations/erlang-c/", "erlang-c"),
        ("datasets/", "datasets"),
        ("guides/planners/", "planners"),
    ]:
        response = page.goto(site_url + path)
        assert response.status == 200, path
        broken = page.evaluate(
            "() => [...document.images].filter(i => !(i.complete && i.naturalWidth)).length"
        )
        assert broken == 0, path
        page.screenshot(path=str(shots / f"{name}.png"), full_page=True)


def test_no_request_left_127_0_0_1(outside_requests: list[str]) -> None:
    """Across every page visited in this session, nothing was requested from another host."""
    assert outside_requests == []
