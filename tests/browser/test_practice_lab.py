"""A trainee's first practice notebook in JupyterLab (Debian's Chromium, Playwright).

Releases the on-ramp module, opens its filtering practice in Uzbek, answers the first question
with a known mistake, reads that mistake's own message, reveals the hint, fixes the answer and
sees the check pass. The mistake, its message, the hint and the fix are read from the course
sources, so the test follows the content.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from malaka.browser import CHROMIUM_ARGS, find_chromium
from malaka.grading.layout import Layout
from malaka.grading.release import release
from malaka.practice.build import load_mistakes, read_practice

from .lab import jupyter_lab

pytestmark = [pytest.mark.browser, pytest.mark.slow]

MODULE = "m00-onramp"
STEM = "p03_filter_count"


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """JupyterLab on the released on-ramp; yields the practice notebook's URL."""
    layout = Layout.default().with_build(tmp_path_factory.mktemp("onramp") / "build")
    folder = release(MODULE, layout)
    with jupyter_lab(folder, tmp_path_factory.mktemp("home")) as (base, token):
        yield f"{base}/lab/tree/{STEM}.ipynb?token={token}"


def _question_one() -> tuple[str, str, str, str, str]:
    """(stub, wrong code, its Uzbek message, the first Uzbek hint, the solution) of q1."""
    layout = Layout.default()
    mistakes = load_mistakes(layout.mutants / f"{MODULE}.yaml", [STEM]).get(STEM, {})
    practice = read_practice(layout.module_dir(MODULE) / f"{STEM}.py", mistakes)
    q1 = practice.questions["q1"]
    mistake = q1.mistakes[0]
    stub = (q1.stub or "").splitlines()[0]
    return stub, mistake["code"].strip(), mistake["says"]["uz"], q1.hints["uz"][0], q1.solution


def _plain_run(markdown: str) -> str:
    """The first run of three words of the hint that renders verbatim (no markdown marks)."""
    run: list[str] = []
    for word in markdown.split():
        if any(ch in word for ch in '`*_[]()\\"#'):
            run = []
            continue
        run.append(word)
        if len(run) == 3:
            break
    return " ".join(run)


def test_wrong_answer_message_hint_then_pass(lab: str) -> None:
    chromium = find_chromium()
    if chromium is None:
        pytest.fail("chromium is missing: run 'malaka system install'")
    from playwright.sync_api import expect, sync_playwright

    stub, wrong, says, hint, solution = _question_one()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=list(CHROMIUM_ARGS))
        try:
            page = browser.new_page()
            page.goto(lab)
            expect(page.locator(".jp-StatusBar-TextItem", has_text="Idle").first).to_be_visible(
                timeout=90_000
            )
            title = page.locator(".jp-Notebook .jp-RenderedMarkdown", has_text="Mashq qilish 3")
            expect(title.first).to_be_visible(timeout=30_000)
            # Run everything once: the setup reads the data, the blank answer stops the run.
            page.get_by_role("menuitem", name="Run").first.click()
            page.get_by_text("Run All Cells", exact=True).first.click()
            blank_note = page.locator(".jp-OutputArea-output", has_text="____")
            expect(blank_note.first).to_be_visible(timeout=90_000)

            def answer_with(code: str, now: str) -> None:
                """Put ``code`` in the answer cell that shows ``now``; run it and the check."""
                answer = page.locator(".jp-CodeCell").filter(has_text=now).first
                answer.scroll_into_view_if_needed()
                answer.locator(".cm-content").click()
                page.keyboard.press("Control+A")
                page.keyboard.insert_text(code)
                page.keyboard.press("Shift+Enter")  # run the answer, move to the check
                page.keyboard.press("Shift+Enter")  # run the check

            answer_with(wrong, stub)
            message = page.locator(".jp-OutputArea-output", has_text=says[:40])
            expect(message.first).to_be_visible(timeout=60_000)

            help_cell = page.locator(".jp-CodeCell").filter(has_text="# q1.hint()").first
            help_cell.scroll_into_view_if_needed()
            help_cell.locator(".cm-content").click()
            page.keyboard.press("Control+A")
            page.keyboard.insert_text("q1.hint()")
            page.keyboard.press("Shift+Enter")
            shown = page.locator(".jp-OutputArea-output", has_text=_plain_run(hint))
            expect(shown.first).to_be_visible(timeout=60_000)

            answer_with(solution, wrong.splitlines()[0])
            passed = page.locator(".jp-OutputArea-output", has_text="To'g'ri! 1-savol")
            expect(passed.first).to_be_visible(timeout=60_000)
            page.screenshot(path=str(Path("build") / "screenshots" / "practice-pass.png"))
        except AssertionError:
            page.screenshot(path=str(Path("build") / "screenshots" / "practice-failed.png"))
            raise
        finally:
            browser.close()
