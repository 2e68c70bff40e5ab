"""A trainee's JupyterLab in Debian's Chromium: open a released exercise, run it, read the check.

Releases the fixture module into a temporary ``build/``, starts ``jupyter lab --no-browser`` on
127.0.0.1 with a random token, and drives the page with Playwright (system Chromium, never a
downloaded browser). The unanswered exercise must show the check's message in the notebook's
language (Russian here).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from malaka.browser import CHROMIUM_ARGS, find_chromium
from malaka.grading.layout import Layout
from malaka.grading.release import release

from .lab import jupyter_lab

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FIXTURES = Path(__file__).resolve().parents[1] / "grading" / "fixtures"
MODULE = "m00-fixture"


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """JupyterLab serving the released fixture module; yields its base URL with the token."""
    build = tmp_path_factory.mktemp("lab") / "build"
    layout = Layout(
        FIXTURES / "courses",
        build,
        FIXTURES / "grading" / "mutants",
        FIXTURES / "specs",
        FIXTURES / "data",
    )
    folder = release(MODULE, layout)
    with jupyter_lab(folder, tmp_path_factory.mktemp("home")) as (base, token):
        yield f"{base}/lab/tree/ex01_sum.ru.ipynb?token={token}"


def test_run_exercise_and_read_the_check_in_russian(lab: str) -> None:
    chromium = find_chromium()
    if chromium is None:
        pytest.fail("chromium is missing: run 'malaka system install'")
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=list(CHROMIUM_ARGS))
        try:
            page = browser.new_page()
            page.goto(lab)
            status = page.locator(".jp-StatusBar-TextItem", has_text="Idle")
            expect(status.first).to_be_visible(timeout=90_000)
            title = page.locator(".jp-Notebook .jp-RenderedMarkdown", has_text="Упражнение 1")
            expect(title.first).to_be_visible(timeout=30_000)
            run_all = page.get_by_text("Run All Cells", exact=True)
            page.get_by_role("menuitem", name="Run").first.click()
            run_all.first.click()
            # The untouched answer cell holds the Russian stub; the check says "not answered yet".
            stub = page.locator(".jp-CodeCell .cm-content", has_text="# ВАШ ОТВЕТ ЗДЕСЬ")
            expect(stub.first).to_be_visible(timeout=30_000)
            unanswered = page.locator(".jp-OutputArea-output", has_text="ещё не определена")
            expect(unanswered.first).to_be_visible(timeout=90_000)
            answer = page.locator(".jp-CodeCell .cm-content").nth(1)
            answer.click()
            page.keyboard.press("Control+A")
            page.keyboard.type("total = None")
            page.get_by_role("menuitem", name="Run").first.click()
            run_all.first.click()
            message = page.locator(".jp-OutputArea-output", has_text="`total` пусто").first
            expect(message).to_be_visible(timeout=90_000)
            assert "AssertionError" in message.inner_text()
        finally:
            browser.close()
