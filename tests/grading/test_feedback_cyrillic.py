"""Feedback for a trainee of the Uzbek Cyrillic edition (``uz-Cyrl``): every word of the page
is Cyrillic, the header, the outcome lines, the question names, notes on hidden outputs and the
page of an exercise not handed in. Graded notebooks are written directly, as in
``test_report_lang.py``.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from malaka.grading import feedback as fb
from malaka.grading.layout import Layout
from malaka.grading.release import secret_lines

from .conftest import MODULE, cell_by_id, fixture_layout, load_nb, write_nb

#: Uzbek Latin words of the page's own texts; none may stand in a Cyrillic page.
LATIN_UZBEK = re.compile(
    r"Natija|Savol|savol|o'tdi|o'tmadi|qisman|ball\b|ko'rsatilmaydi|Topshirilmagan|"
    r"topshirilmagan|baholanmadi|o'qituvchingizga|mashq"
)


@pytest.fixture
def layout(released: Layout, tmp_path: Path) -> Layout:
    """A fresh build folder with the released fixture module (no other test's trainees)."""
    lay = fixture_layout(tmp_path / "build")
    shutil.copytree(released.source / MODULE, lay.source / MODULE)
    shutil.copytree(released.release / MODULE, lay.release / MODULE)
    return lay


def _handed_in(layout: Layout, stem: str) -> dict[str, Any]:
    """The released Cyrillic notebook as collect records it (``lang`` uz-Cyrl), no outputs."""
    nb = load_nb(layout.release / MODULE / f"{stem}.uz-Cyrl.ipynb")
    nb["metadata"]["malaka"]["lang"] = "uz-Cyrl"
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            cell["outputs"] = []
    return nb


def _write(layout: Layout, trainee: str, stem: str, nb: dict[str, Any]) -> None:
    write_nb(layout.autograded / trainee / MODULE / f"{stem}.ipynb", nb)


def _manifest(layout: Layout, trainee: str, notebooks: dict[str, dict[str, str]]) -> None:
    path = layout.autograded / trainee / MODULE / "collect.json"
    manifest = {"trainee": trainee, "module": MODULE, "notebooks": notebooks}
    path.write_text(json.dumps(manifest), encoding="utf-8")


def _page(layout: Layout, trainee: str, stem: str) -> str:
    path = layout.feedback / trainee / MODULE / f"{stem}.html"
    return path.read_text(encoding="utf-8")


def test_a_cyrillic_trainee_reads_a_cyrillic_page(layout: Layout) -> None:
    nb = _handed_in(layout, "ex01_sum")
    part = {"output_type": "execute_result", "execution_count": 1, "metadata": {}}
    cell_by_id(nb, "q1_tests")["outputs"] = [
        {"output_type": "stream", "name": "stdout", "text": "1 та тўғри\n"},
        {**part, "data": {"text/plain": "1.0"}},
    ]
    wrong = "`biggest` қиймати нотўғри"
    cell_by_id(nb, "q2_tests")["outputs"] = [
        {"output_type": "error", "ename": "WrongAnswer", "evalue": wrong, "traceback": []}
    ]
    nb["cells"].append(
        {
            "cell_type": "code",
            "execution_count": 1,
            "metadata": {},
            "source": "show()",
            "outputs": [
                {"output_type": "display_data", "metadata": {}, "data": {"text/javascript": "x"}}
            ],
        }
    )
    _write(layout, "t-cyrl", "ex01_sum", nb)
    _write(layout, "t-cyrl", "ex02_table", load_nb(layout.release / MODULE / "ex02_table.ipynb"))
    _manifest(
        layout,
        "t-cyrl",
        {"ex01_sum": {"status": "ok", "lang": "uz-Cyrl"}, "ex02_table": {"status": "missing"}},
    )
    result = fb.feedback(MODULE, layout)
    assert result.problems == []

    page = _page(layout, "t-cyrl", "ex01_sum")
    text = html.unescape(page)
    assert '<html lang="uz-Cyrl">' in page
    assert "Натижа: 1 / 3 балл" in text
    assert "Савол" in text
    assert "1-савол" in text
    assert "2-савол" in text
    assert "◐ қисман: 1 / 2 балл: 1 та тўғри" in text
    assert "✗ ўтмади: `biggest` қиймати нотўғри" in text
    assert "[бу натижа кўрсатилмайди: text/javascript]" in text
    assert not LATIN_UZBEK.findall(text)
    source = load_nb(layout.source / MODULE / "ex01_sum.ipynb")
    assert not any(s in text for s in secret_lines(source, kinds=("HIDDEN TESTS",)))
    assert fb.unsafe_markup(page) == []

    missing = html.unescape(_page(layout, "t-cyrl", "ex02_table"))
    assert '<html lang="uz-Cyrl">' in missing
    assert "Топширилмаган: Натижа: 0 / 3 балл" in missing
    assert "машқи баҳоланмади: у топширилмаган" in missing
    assert not LATIN_UZBEK.findall(missing)


def test_a_passed_cyrillic_notebook_says_passed_in_cyrillic(layout: Layout) -> None:
    _write(layout, "t-ok", "ex01_sum", _handed_in(layout, "ex01_sum"))
    _manifest(layout, "t-ok", {"ex01_sum": {"status": "ok", "lang": "uz-Cyrl"}})
    assert fb.feedback(MODULE, layout).problems == []
    text = html.unescape(_page(layout, "t-ok", "ex01_sum"))
    assert "Натижа: 3 / 3 балл" in text
    assert "✓ ўтди" in text
    assert not LATIN_UZBEK.findall(text)
