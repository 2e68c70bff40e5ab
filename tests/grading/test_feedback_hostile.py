"""Feedback pages built from hostile or broken graded notebooks.

Every page must be inert when an instructor opens it (no script, no outside request), must not
carry a hidden test in any encoding a trainee could print, and one trainee's odd notebook must
never stop the pages of the others. Graded notebooks are made directly from the fixture
module's source notebooks (which hold the hidden tests, as nbgrader's autograded ones do).
"""

from __future__ import annotations

import base64
import codecs
import gzip
import html
import json
import re
import shutil
import struct
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from malaka.grading import feedback as fb
from malaka.grading.layout import Layout
from malaka.grading.release import secret_lines

from .conftest import MODULE, cell_by_id, fixture_layout, load_nb, write_nb


def hidden_lines(layout: Layout, stem: str = "ex01_sum") -> list[str]:
    """The hidden-test lines of one exercise, longest first."""
    source = load_nb(layout.source / MODULE / f"{stem}.ipynb")
    return sorted(secret_lines(source, kinds=("HIDDEN TESTS",)), key=len, reverse=True)


def _png() -> str:
    """A real 1x1 PNG, base64."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
    raw += chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b"")
    return base64.b64encode(raw).decode()


PNG = _png()


@pytest.fixture
def layout(released: Layout, tmp_path: Path) -> Layout:
    """A fresh build folder with the released fixture module (no other test's trainees)."""
    lay = fixture_layout(tmp_path / "build")
    shutil.copytree(released.source / MODULE, lay.source / MODULE)
    shutil.copytree(released.release / MODULE, lay.release / MODULE)
    return lay


def display(data: dict[str, Any]) -> dict[str, Any]:
    return {"output_type": "display_data", "data": data, "metadata": {}}


def stdout(text: str) -> dict[str, Any]:
    return {"output_type": "stream", "name": "stdout", "text": text}


def failed(message: str) -> dict[str, Any]:
    """A test cell's output as the judge writes it (the grading engine's contract)."""
    return {
        "output_type": "error",
        "ename": "WrongAnswer",
        "evalue": message,
        "traceback": [message],
    }


Grade = Callable[..., Path]


@pytest.fixture
def grade(layout: Layout) -> Grade:
    """Write a graded notebook for ``trainee``: the source notebook plus outputs and cells.

    ``answer`` maps grade ids of answer cells to their outputs, ``tests`` maps grade ids of
    test cells to theirs (empty = passed), ``extra`` are trainee cells appended at the end.
    """

    def make(
        trainee: str,
        stem: str = "ex01_sum",
        *,
        answer: dict[str, list[dict[str, Any]]] | None = None,
        tests: dict[str, list[dict[str, Any]]] | None = None,
        extra: list[dict[str, Any]] | None = None,
        lang: str = "uz",
        edit: Callable[[dict[str, Any]], Any] | None = None,
    ) -> Path:
        nb = load_nb(layout.source / MODULE / f"{stem}.ipynb")
        nb.setdefault("metadata", {}).setdefault("malaka", {})["lang"] = lang
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                cell["outputs"] = []
                cell["execution_count"] = None
        for gid, outs in {**(answer or {}), **(tests or {})}.items():
            cell_by_id(nb, gid)["outputs"] = outs
        nb["cells"].extend(extra or [])
        if edit is not None:
            edit(nb)
        path = layout.autograded / trainee / MODULE / f"{stem}.ipynb"
        write_nb(path, nb)
        return path

    return make


def code_cell(source: str, outputs: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "cell_type": "code",
        "execution_count": 1,
        "metadata": {},
        "source": source,
        "outputs": outputs,
    }


def md_cell(source: str) -> dict[str, Any]:
    return {"cell_type": "markdown", "metadata": {}, "source": source}


def page_of(layout: Layout, trainee: str, stem: str = "ex01_sum") -> str:
    return (layout.feedback / trainee / MODULE / f"{stem}.html").read_text(encoding="utf-8")


def assert_inert(page: str) -> None:
    """Nothing in ``page`` can run a script or make a request."""
    low = page.lower()
    assert "<script" not in low
    assert not re.search(r"https?:", low)
    assert "javascript:" not in low
    assert not re.search(r"<[^>]*\son[a-z]+\s*=", low), "event handler attribute"
    for tag in ("iframe", "object", "embed", "base", "form", "svg", "link", "frame"):
        assert not re.search(rf"<{tag}\b", low), tag
    assert "@import" not in low
    assert low.count("<meta") == 4  # ours: charset, CSP, referrer, viewport
    for url in re.findall(r"""\s(?:src|href)\s*=\s*["']?([^"'\s>]*)""", page):
        assert url.startswith("#") or re.fullmatch(r"data:image/(png|jpeg);base64,[\w+/=]*", url)
    assert fb.unsafe_markup(page) == []


def test_an_ordinary_page_has_no_url_no_script_and_a_strict_csp(
    layout: Layout, grade: Grade
) -> None:
    grade(
        "t-plain",
        tests={"q2_tests": [failed("Qiymat `biggest` noto'g'ri")]},
        extra=[code_cell("plot()", [display({"image/png": PNG, "text/plain": "<Figure>"})])],
    )
    result = fb.feedback(MODULE, layout)
    assert result.problems == []
    page = page_of(layout, "t-plain")
    assert not re.search(r"(?i)http", page.replace("http-equiv", ""))
    assert "<script" not in page.lower()
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert csp is not None
    assert "default-src 'none'" in csp.group(1)
    assert "script-src" not in csp.group(1)
    assert f"data:image/png;base64,{PNG}" in page
    assert "Natija: 2 / 3 ball" in page
    assert "✓ o&#x27;tdi" in page or "✓ o'tdi" in page
    assert "✗ o'tmadi: Qiymat <code>biggest</code> noto'g'ri" in html.unescape(page) or (
        "✗ o'tmadi: Qiymat `biggest` noto'g'ri" in html.unescape(page)
    )
    assert not any(s in html.unescape(page) for s in hidden_lines(layout))
    assert_inert(page)


def test_the_renderer_itself_loads_nothing_from_outside() -> None:
    """Before sanitising too: nbconvert's template adds no CDN script (jQuery, MathJax...)."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# T\n\n$x^2$ and\n\n```mermaid\ngraph TD\n```"),
        nbformat.v4.new_code_cell("1 + 1"),
    ]
    body, _ = fb._exporter().from_notebook_node(nb)
    assert "<script" not in body.lower()
    assert not re.search(r"(?i)https?:", body)


def test_script_and_handlers_in_text_html_are_removed(layout: Layout, grade: Grade) -> None:
    hostile = (
        "<p>kept-visible</p><script>alert('s')</script>"
        '<img src="x" onerror="alert(1)"><a href="javascript:alert(2)">j</a>'
        '<iframe src="data:text/html,hi"></iframe><object data="x.swf"></object>'
        "<style>@import url(//evil.example/x.css); body{color:red}</style>"
        '<meta http-equiv="refresh" content="0;url=//evil.example">'
        '<base href="//evil.example/"><form action="//evil.example"><input name=q></form>'
        '<div onclick="alert(3)" onmouseover="alert(4)">hover</div>'
        '<a href="data:text/html;base64,PHNjcmlwdD4=">d</a>'
    )
    grade("t-html", extra=[code_cell("show()", [display({"text/html": hostile})])])
    result = fb.feedback(MODULE, layout)
    assert result.problems == []
    page = page_of(layout, "t-html")
    assert "kept-visible" in page
    assert "hover" in page
    assert "alert(" not in page
    assert "evil.example" not in page
    assert "refresh" not in page.lower()
    assert_inert(page)


def test_raw_html_in_markdown_cells_is_sanitised(layout: Layout, grade: Grade) -> None:
    md = (
        "# My notes\n\nplain **bold** text\n\n<script>alert(1)</script>\n\n"
        '<img src=x onerror="alert(2)">\n\n[click](javascript:alert(3))\n\n'
        '<details open ontoggle="alert(4)"><summary>s</summary>inside</details>\n\n'
        '<svg onload="alert(5)"><circle r="9"/></svg>\n\n'
        '<a href="#My-notes">back to top</a>'
    )
    grade("t-md", extra=[md_cell(md), {"cell_type": "raw", "metadata": {}, "source": md}])
    assert fb.feedback(MODULE, layout).problems == []
    page = page_of(layout, "t-md")
    assert "<strong>bold</strong>" in page
    assert "inside" in page
    assert 'href="#My-notes"' in page
    assert "alert(" not in page
    assert_inert(page)


def test_svg_outputs_and_svg_in_html_do_not_reach_the_page(layout: Layout, grade: Grade) -> None:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'
    )
    svg_url = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
    grade(
        "t-svg",
        extra=[
            code_cell("a()", [display({"image/svg+xml": svg, "text/plain": "<svg figure>"})]),
            code_cell("b()", [display({"text/html": f"<p>inline</p>{svg}<img src='{svg_url}'>"})]),
        ],
    )
    assert fb.feedback(MODULE, layout).problems == []
    page = page_of(layout, "t-svg")
    assert "&lt;svg figure&gt;" in page  # the text/plain alternative is shown instead
    assert "inline" in page
    assert "svg+xml" not in page
    assert "alert(" not in page
    assert_inert(page)


def test_javascript_widget_and_other_mime_types_are_dropped(layout: Layout, grade: Grade) -> None:
    grade(
        "t-js",
        extra=[
            code_cell("js()", [display({"application/javascript": "alert(document.cookie)"})]),
            code_cell(
                "w()",
                [
                    display(
                        {
                            "application/vnd.jupyter.widget-view+json": {"model_id": "abc"},
                            "text/markdown": "<script>alert(1)</script>",
                            "text/latex": "$\\href{javascript:alert(2)}{x}$",
                            "text/plain": "IntSlider(value=3)",
                        }
                    )
                ],
            ),
        ],
        edit=lambda nb: nb["metadata"].update(
            widgets={"application/vnd.jupyter.widget-state+json": {"state": {}}}
        ),
    )
    assert fb.feedback(MODULE, layout).problems == []
    page = page_of(layout, "t-js")
    assert "document.cookie" not in page
    assert "IntSlider(value=3)" in page
    assert "[bu natija ko&#x27;rsatilmaydi: application/javascript]" in page or (
        "[bu natija ko'rsatilmaydi: application/javascript]" in page
    )
    assert "widget-state" not in page
    assert "alert(" not in page
    assert_inert(page)


def test_remote_images_and_links_are_removed(layout: Layout, grade: Grade) -> None:
    grade(
        "t-remote",
        extra=[
            md_cell(
                "![tracker](https://evil.example/md.png) [site](http://evil.example/)\n\n"
                "<link rel=stylesheet href=https://evil.example/x.css>"
            ),
            code_cell(
                "show()",
                [
                    display(
                        {
                            "text/html": '<img src="http://evil.example/px.gif" alt="px">'
                            '<img srcset="https://evil.example/a.png 2x">'
                            "<a href='//evil.example/'>protocol-relative</a>"
                            '<p style="background:url(https://evil.example/b.png)">styled</p>'
                        }
                    ),
                    stdout("see https://example.org/docs for more\n"),
                ],
            ),
        ],
    )
    assert fb.feedback(MODULE, layout).problems == []
    page = page_of(layout, "t-remote")
    assert "evil.example/" not in page
    assert "protocol-relative" in page
    assert "styled" in page
    # a URL the trainee printed stays readable but is not a URL in the markup
    assert "see https://example.org/docs" in html.unescape(page)
    assert "https://" not in page
    assert_inert(page)


def _encodings(secret_file: bytes, secret: str) -> dict[str, str]:
    """What a trainee might print to smuggle the hidden tests out (``secret_file`` = .ipynb)."""
    text = secret_file.decode()
    return {
        "base64": str(base64.b64encode(secret_file)),
        "base64-lines": str(base64.encodebytes(secret_file)),
        "urlsafe-base64": base64.urlsafe_b64encode(secret_file).decode(),
        "gzip-base64": base64.b64encode(gzip.compress(secret_file)).decode(),
        "hex": secret_file.hex(),
        "percent": quote(text),
        "rot13": codecs.encode(text, "rot13"),
        "reversed": text[::-1],
        "html-escaped": html.escape(html.escape(text)),
        "bytes-repr": str(secret_file),
        "line-base64": base64.b64encode(secret.encode()).decode(),
    }


@pytest.mark.parametrize("how", sorted(_encodings(b"x", "x")))
def test_a_hidden_test_printed_in_any_encoding_blocks_that_page_only(
    layout: Layout, grade: Grade, how: str
) -> None:
    source = (layout.source / MODULE / "ex01_sum.ipynb").read_bytes()
    secret = hidden_lines(layout)[0]
    assert json.dumps(secret)[1:-1].encode() in source
    printed = _encodings(source, secret)[how]
    grade("t-leak", extra=[code_cell("print(smuggle())", [stdout(printed + "\n")])])
    grade("t-leak", "ex02_table")
    grade("t-honest", extra=[code_cell("print(b64(b'hi'))", [stdout("aGVsbG8gd29ybGQ=\n")])])
    result = fb.feedback(MODULE, layout)
    assert [(p.trainee, p.exercise) for p in result.problems] == [("t-leak", "ex01_sum")]
    assert "leak" in result.problems[0].reason
    assert secret in result.problems[0].reason
    assert not (layout.feedback / "t-leak" / MODULE / "ex01_sum.html").exists()
    assert (layout.feedback / "t-leak" / MODULE / "ex02_table.html").is_file()
    assert (layout.feedback / "t-honest" / MODULE / "ex01_sum.html").is_file()


def test_find_leaks_names_the_encoding() -> None:
    hidden = "judge.value('means', rel=1e-9)"
    page = "<pre>" + base64.b64encode(b"xx" + hidden.encode()[::-1]).decode() + "</pre>"
    assert fb.find_leaks(page, {hidden}) == [("base64 → reversed", hidden)]
    assert fb.find_leaks("<pre>nothing to see here</pre>", {hidden}) == []


def test_a_hidden_line_printed_plainly_is_scrubbed(layout: Layout, grade: Grade) -> None:
    secret = hidden_lines(layout)[0]
    grade("t-plain-leak", extra=[code_cell("x()", [stdout(f"before\n{secret}\nafter\n")])])
    assert fb.feedback(MODULE, layout).problems == []
    page = html.unescape(page_of(layout, "t-plain-leak"))
    assert "before" in page
    assert "after" in page
    assert secret not in page


DEEP = "@@deep@@"
"""Stands for 200,000 nested objects, spliced into the file (json.dumps cannot nest so deep)."""


MALFORMED: dict[str, Callable[[dict[str, Any]], Any]] = {
    "text is a number": lambda nb: nb["cells"].append(code_cell("x", [stdout(42)])),  # type: ignore[arg-type]
    "outputs not a list": lambda nb: nb["cells"].append(code_cell("x", {"a": 1})),  # type: ignore[arg-type]
    "output not an object": lambda nb: nb["cells"].append(code_cell("x", ["oops"])),  # type: ignore[list-item]
    "50 MB output": lambda nb: nb["cells"].append(code_cell("x", [stdout("y" * 50 * 2**20)])),
    "3 MB output": lambda nb: nb["cells"].append(code_cell("x", [stdout("y" * 3 * 2**20)])),
    "deeply nested output": lambda nb: nb["cells"].append(
        code_cell("x", [display({"application/json": DEEP})])
    ),
    "invalid base64 png": lambda nb: nb["cells"].append(
        code_cell("x", [display({"image/png": "not base64 at all!!"})])
    ),
    "png that is not a png": lambda nb: nb["cells"].append(
        code_cell("x", [display({"image/png": base64.b64encode(b"<svg/>").decode()})])
    ),
    "html is a list of numbers": lambda nb: nb["cells"].append(
        code_cell("x", [display({"text/html": [1, 2]})])
    ),
    "missing cell metadata": lambda nb: nb["cells"][0].pop("metadata"),
    "missing notebook metadata": lambda nb: nb.pop("metadata"),
    "cells not a list": lambda nb: nb.update(cells="none"),
    "points not a number": lambda nb: cell_by_id(nb, "q1_tests")["metadata"]["nbgrader"].update(
        points="two"
    ),
    "unknown output type": lambda nb: nb["cells"].append(
        code_cell("x", [{"output_type": "update_display_data", "data": {}}])
    ),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_notebook_is_reported_and_the_other_pages_are_written(
    layout: Layout, grade: Grade, case: str
) -> None:
    grade("a-good")
    bad = grade("m-bad", edit=MALFORMED[case])
    text = bad.read_text(encoding="utf-8")
    bad.write_text(text.replace(f'"{DEEP}"', '{"a":' * 200_000 + "1" + "}" * 200_000))
    grade("m-bad", "ex02_table")
    grade("z-good")
    result = fb.feedback(MODULE, layout)
    assert [(p.trainee, p.exercise) for p in result.problems] == [("m-bad", "ex01_sum")]
    assert result.problems[0].reason
    written = sorted(p.relative_to(layout.feedback).as_posix() for p in result.pages)
    assert written == [
        f"a-good/{MODULE}/ex01_sum.html",
        f"m-bad/{MODULE}/ex02_table.html",
        f"z-good/{MODULE}/ex01_sum.html",
    ]
    assert all(p.is_file() for p in result.pages)


def test_unreadable_json_and_a_stray_file_are_reported(layout: Layout, grade: Grade) -> None:
    grade("ok")
    bad = layout.autograded / "bad" / MODULE
    bad.mkdir(parents=True)
    (bad / "ex01_sum.ipynb").write_bytes(b"\xff\xfe{not json")
    (bad / "ex02_table.ipynb").write_text("[" * 100_000, encoding="utf-8")
    shutil.copy(layout.autograded / "ok" / MODULE / "ex01_sum.ipynb", bad / "evil.ipynb")
    result = fb.feedback(MODULE, layout)
    assert sorted((p.trainee, p.exercise) for p in result.problems) == [
        ("bad", "evil"),
        ("bad", "ex01_sum"),
        ("bad", "ex02_table"),
    ]
    assert [p.parent.parent.name for p in result.pages] == ["ok"]


def test_a_leak_in_a_later_run_removes_the_earlier_page(layout: Layout, grade: Grade) -> None:
    grade("t-again")
    assert fb.feedback(MODULE, layout).problems == []
    assert (layout.feedback / "t-again" / MODULE / "ex01_sum.html").is_file()
    leak = base64.b64encode(hidden_lines(layout)[0].encode()).decode()
    grade("t-again", extra=[code_cell("x", [stdout(leak)])])
    assert len(fb.feedback(MODULE, layout).problems) == 1
    assert not (layout.feedback / "t-again" / MODULE / "ex01_sum.html").exists()


def test_test_cells_show_one_line_each_in_the_trainee_language(
    layout: Layout, grade: Grade
) -> None:
    def russian_text(nb: dict[str, Any]) -> None:
        """The Russian notebook's markdown (the page's header follows the notebook's text)."""
        ru = load_nb(layout.release / MODULE / "ex01_sum.ru.ipynb")
        ru_md = [c for c in ru["cells"] if c["cell_type"] == "markdown"]
        md = [c for c in nb["cells"] if c["cell_type"] == "markdown"]
        for cell, ru_cell in zip(md, ru_md, strict=True):
            cell["source"] = ru_cell["source"]

    grade(
        "t-ru",
        lang="ru",
        tests={
            "q1_tests": [],
            "q2_tests": [failed("Значение `biggest` неверно\n<b>не жирный</b>")],
        },
        edit=russian_text,
    )
    assert fb.feedback(MODULE, layout).problems == []
    page = page_of(layout, "t-ru")
    text = html.unescape(page)
    assert "Результат: 2 из 3 баллов" in text
    assert "✓ пройдено" in text
    assert "✗ не пройдено: Значение `biggest` неверно" in text
    assert "<b>не жирный</b>" not in page  # the message is text, not markup
    assert "hidden bound" not in text
    assert not any(s in text for s in hidden_lines(layout))
    assert 'lang="ru"' in page


def test_the_cli_writes_good_pages_warns_and_exits_1(
    layout: Layout, grade: Grade, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from malaka.cli import app

    grade("c-good")
    grade("c-bad", edit=MALFORMED["invalid base64 png"])
    monkeypatch.setattr(Layout, "default", classmethod(lambda _cls, _root=None: layout))
    proc = CliRunner().invoke(app, ["grade", "feedback", MODULE])
    assert proc.exit_code == 1
    assert "warning: c-bad: ex01_sum: " in proc.stderr
    assert "invalid base64" in proc.stderr
    assert "c-good" in proc.stdout
    assert (layout.feedback / "c-good" / MODULE / "ex01_sum.html").is_file()


# --- malaka grade report with odd data --------------------------------------------------------


def test_report_survives_odd_rows_and_messages(
    layout: Layout, grade: Grade, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from malaka.grading import report as rep

    message = "line one | with pipe <script>alert(1)</script>\nsecond line"
    grade("r-a", tests={"q1_tests": [failed(message)]})
    odd = layout.autograded / "r-b" / MODULE
    odd.mkdir(parents=True)
    (odd / "ex01_sum.ipynb").write_text(
        json.dumps({"cells": ["x", {"metadata": "m"}, {"metadata": {"nbgrader": "n"}}]}),
        encoding="utf-8",
    )
    (odd / "ex02_table.ipynb").write_text("[1, 2]", encoding="utf-8")
    rows = [
        rep.Row("r-a", "ex01_sum", "q1_tests", 0.0, 2.0),
        rep.Row("r-a", "ex01_sum", "q2_tests", float("nan"), 1.0),
        rep.Row("r-b", "ex01_sum", "q1_tests", 2.0, float("nan")),
        rep.Row("r-c", "ex01_sum", "q1_tests", 1.0, 0.0),
    ]
    monkeypatch.setattr(rep, "score_rows", lambda _module_id, _layout: rows)
    page = rep.report(MODULE, tmp_path / "rep", layout)
    text = page.with_name("item-analysis.en.md").read_text(encoding="utf-8")
    failures = text.split("## Most frequent failure messages")[1]
    assert "line one &#124; with pipe" in failures
    assert "<script>" not in text
    assert "second line" not in text
    table_rows = [line for line in failures.splitlines() if line.startswith("| 1 |")]
    assert len(table_rows) == 1
    assert table_rows[0].count("|") == 4  # count, question, message
    assert "nan" not in text.lower()
