"""``malaka grade feedback``: per-trainee HTML that never shows hidden tests and runs no script.

nbgrader's own feedback quotes hidden tests verbatim and their tracebacks too, and renders
whatever HTML a trainee's cell produced. Here each graded notebook is rebuilt from an
allow-list before rendering:

* only ``code`` and ``markdown`` cells are kept, without metadata or attachments; test cells get
  back their *released* source (visible checks only) and one line of outcome (the judge's
  message, which is written to be safe to show); every other output is scrubbed of any line
  that exists only in hidden tests;
* outputs keep only ``text/plain``, ``text/html`` (sanitised), ``image/png`` and ``image/jpeg``
  (checked base64); JavaScript, SVG, Markdown, LaTeX, widgets and any other type are dropped;
* the page is rendered with nbconvert's ``basic`` template (no jQuery, require.js, MathJax or
  mermaid from a CDN), sanitised whole once more, wrapped in a small document of our own with
  inline CSS and a Content-Security-Policy that allows no script and no remote origin, so it
  makes no outside request and contains no ``http(s):`` URL;
* the finished page is scanned for hidden-test lines, also HTML-unescaped and decoded from
  base64, hex, percent-encoding, backslash escapes, rot13 and reversal (a second line of
  defence: in the grading design the hidden tests never enter the trainee's process).

Sanitiser: nh3, the Python binding of the Rust ammonia crate: allow-list based, parses like a
browser (html5ever), maintained and fast; bleach, the usual alternative, is deprecated.

A notebook that is malformed, too large or suspected of a leak gets no page; the problem is
reported (trainee, exercise, reason) and every other page is still written.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import contextlib
import functools
import html
import importlib
import json
import math
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from malaka.cyrillic import CYRILLIC, message_for
from malaka.errors import InputError
from malaka.grading.layout import Layout, skip_slow_imports
from malaka.grading.release import secret_lines
from malaka.grading.report import question_label

_HIDDEN = re.compile(r"###\s*BEGIN HIDDEN TESTS.*?###\s*END HIDDEN TESTS\n?", re.DOTALL)
_TITLE = {
    "uz": "Natija: {score:g} / {max:g} ball",
    "ru": "Результат: {score:g} из {max:g} баллов",
    "en": "Score: {score:g} / {max:g} points",
}
_QUESTION = {"uz": "Savol", "ru": "Вопрос", "en": "Question"}
_PASSED = {"uz": "o'tdi", "ru": "пройдено", "en": "passed"}
_FAILED = {"uz": "o'tmadi", "ru": "не пройдено", "en": "failed"}
_PARTLY = {
    "uz": "qisman: {score} / {max:g} ball",
    "ru": "частично: {score} из {max:g}",
    "en": "partly: {score} / {max:g} points",
}
_NOT_SHOWN = {"uz": "bu natija ko'rsatilmaydi", "ru": "этот вывод не показан", "en": "not shown"}
#: Languages of a page: the three written ones, and Uzbek Cyrillic (the Uzbek text transliterated).
_LANGS = (*_TITLE, CYRILLIC)


def _say(texts: dict[str, str], lang: str) -> str:
    """The text of ``texts`` for a reader of ``lang`` (Uzbek Cyrillic: the Uzbek transliterated)."""
    return message_for(lang, texts)


MAX_NOTEBOOK_BYTES = 32 * 2**20
"""A graded notebook larger than this gets no page."""
MAX_TEXT_CHARS = 2 * 2**20
"""Longest text of one output or one cell source."""
MAX_IMAGE_CHARS = 8 * 2**20
"""Longest base64 text of one image."""
MAX_PAGE_CHARS = 48 * 2**20
"""Longest finished page."""
_SCAN_BUDGET = 64 * 2**20
"""Characters the leak scan may look through for one page (decoded forms included)."""

_TEXT_MIME = ("text/plain", "text/html")
_IMAGE_MAGIC = {"image/png": b"\x89PNG\r\n\x1a\n", "image/jpeg": b"\xff\xd8\xff"}
_MIME_NAME = re.compile(r"[a-z0-9.+-]{1,40}/[a-z0-9.+-]{1,60}")
_DATA_IMAGE = re.compile(r"data:image/(?:png|jpeg);base64,[A-Za-z0-9+/]*={0,2}")
_CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'"
)

_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd",
    "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3",
    "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s",
    "samp", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "u", "ul", "var",
}  # fmt: skip
_DROP_WITH_CONTENT = {
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript",
    "noembed", "noframes", "template", "svg", "math", "textarea", "select", "title", "xmp",
}  # fmt: skip
_ATTRIBUTES = {
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align", "scope"},
    "ol": {"start"},
    "table": {"border"},
}
_SIZE = re.compile(r"\d{1,4}%?")
_REMOTE = re.compile(r"(?i)\b(https?|ftps?|wss?|file)(:)")

_CSS = """
body{margin:0;background:#fff;color:#1f2328;line-height:1.5;
font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
pre,code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.875rem}
pre{white-space:pre-wrap;overflow-wrap:anywhere;margin:.25rem 0}
.cell{margin:0 0 1rem}
.input_area{border:1px solid #d0d7de;border-radius:4px;background:#f6f8fa;overflow-x:auto}
.input_area pre{margin:0;padding:.5rem .75rem}
.output_area{padding:.1rem .75rem;overflow-x:auto}
.output_stderr{background:#fff5f5}
.output_error pre{color:#b42318}
img{max-width:100%;height:auto}
table{border-collapse:collapse;margin:.5rem 0}
th,td{border:1px solid #d0d7de;padding:.25rem .6rem;text-align:left}
thead th{background:#f6f8fa}
a.anchor-link{display:none}
details{margin:.5rem 0}
.ansi-red-fg{color:#b42318}.ansi-green-fg{color:#1a7f37}.ansi-yellow-fg{color:#9a6700}
.ansi-blue-fg{color:#0969da}.ansi-magenta-fg{color:#8250df}.ansi-cyan-fg{color:#1b7c83}
.ansi-bold{font-weight:bold}
"""


@dataclass(frozen=True)
class PageProblem:
    """Why one trainee's page for one exercise was not written."""

    trainee: str
    exercise: str
    reason: str

    def __str__(self) -> str:
        return f"{self.trainee}: {self.exercise}: {self.reason}"


@dataclass
class FeedbackResult:
    """Pages written and pages refused; iterating gives the pages."""

    pages: list[Path] = field(default_factory=list)
    problems: list[PageProblem] = field(default_factory=list)

    def __iter__(self) -> Iterator[Path]:
        return iter(self.pages)

    def __len__(self) -> int:
        return len(self.pages)

    def extend(self, other: FeedbackResult) -> None:
        """Add another result's pages and problems."""
        self.pages.extend(other.pages)
        self.problems.extend(other.problems)


class NoPageError(Exception):
    """This notebook gets no page; the message says why (shown to the instructor)."""


def _printable(text: str, limit: int = 300) -> str:
    """One terminal-safe line: no control or bidi characters, at most ``limit`` characters."""
    line = "".join(ch if ch.isprintable() else "?" for ch in text)
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _nbformat() -> Any:
    skip_slow_imports()
    return importlib.import_module("nbformat")


def _text(source: Any) -> str:
    return "".join(source) if isinstance(source, list) else str(source)


def _released_tests(layout: Layout, module_id: str, stem: str) -> dict[str, str]:
    """grade_id -> released source of each test cell (hidden part already removed)."""
    path = layout.release / module_id / f"{stem}.ipynb"
    nb = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for cell in nb["cells"]:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("grade"):
            out[str(meta.get("grade_id"))] = _HIDDEN.sub("", _text(cell.get("source", "")))
    return out


def _scrub(text: str, secrets: set[str]) -> str:
    """Drop every line that contains a hidden-test or solution line."""
    kept = [line for line in text.splitlines() if not any(s in line for s in secrets)]
    return "\n".join(kept)


# --- reading a graded notebook: every field checked, nothing unknown passed on ---------------


def _checked_text(value: Any, where: str, limit: int = MAX_TEXT_CHARS) -> str:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = "".join(value)
    if not isinstance(value, str):
        raise NoPageError(f"{where}: text is a {type(value).__name__}, not a string")
    if len(value) > limit:
        raise NoPageError(
            f"{where}: {len(value) / 2**20:.1f} MB of text (limit {limit // 2**20} MB)"
        )
    return value


def _checked_image(value: Any, mime: str, where: str) -> str:
    data = "".join(_checked_text(value, where, MAX_IMAGE_CHARS).split())
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise NoPageError(f"{where}: invalid base64 in {mime}") from exc
    if not raw.startswith(_IMAGE_MAGIC[mime]):
        raise NoPageError(f"{where}: {mime} data is not such an image")
    return data


def _dict(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise NoPageError(f"{where} is a {type(value).__name__}, not an object")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise NoPageError(f"{where} is a {type(value).__name__}, not a list")
    return value


@dataclass
class GradedCell:
    kind: str
    source: str
    nbgrader: dict[str, Any]
    outputs: list[dict[str, Any]]

    @property
    def is_test(self) -> bool:
        return self.kind == "code" and self.nbgrader.get("grade") is True


def _checked_output(out: Any, where: str) -> dict[str, Any]:
    """One output with only checked fields; data reduced to the MIME types a page may show."""
    out = _dict(out, where)
    kind = out.get("output_type")
    if kind == "stream":
        name = out.get("name", "stdout")
        if name not in ("stdout", "stderr"):
            raise NoPageError(f"{where}: stream name is not stdout or stderr")
        return {"output_type": kind, "name": name, "text": _checked_text(out.get("text"), where)}
    if kind in ("execute_result", "display_data"):
        data = _dict(out.get("data", {}), f"{where} data")
        shown: dict[str, str] = {}
        for mime in _TEXT_MIME:
            if mime in data:
                shown[mime] = _checked_text(data[mime], f"{where} {mime}")
        for mime in _IMAGE_MAGIC:
            if mime in data:
                shown[mime] = _checked_image(data[mime], mime, f"{where} {mime}")
        dropped = sorted(m if _MIME_NAME.fullmatch(str(m)) else "?" for m in data if m not in shown)
        return {"output_type": kind, "data": shown, "dropped": dropped}
    if kind == "error":
        traceback = _list(out.get("traceback", []), f"{where} traceback")
        return {
            "output_type": kind,
            "ename": _checked_text(out.get("ename", "Error"), f"{where} ename", 1000),
            "evalue": _checked_text(out.get("evalue", ""), f"{where} evalue"),
            "traceback": [_checked_text(t, f"{where} traceback") for t in traceback],
        }
    raise NoPageError(f"{where}: unknown output type {_printable(str(kind), 40)!r}")


def read_graded(raw: Any) -> tuple[str, list[GradedCell]]:
    """The trainee's language and checked cells of a graded notebook (JSON); raises NoPageError."""
    nb = _dict(raw, "notebook")
    meta = _dict(nb.get("metadata"), "notebook metadata")
    malaka = meta.get("malaka", {})
    lang = malaka.get("lang", "uz") if isinstance(malaka, dict) else "uz"
    lang = lang if lang in _LANGS else "uz"
    cells: list[GradedCell] = []
    for n, item in enumerate(_list(nb.get("cells"), "cells"), start=1):
        where = f"cell {n}"
        cell = _dict(item, where)
        kind = cell.get("cell_type")
        if kind not in ("code", "markdown", "raw"):
            raise NoPageError(f"{where}: unknown cell type")
        source = _checked_text(cell.get("source"), f"{where} source")
        cell_meta = _dict(cell.get("metadata"), f"{where} metadata")
        nbgrader = _dict(cell_meta.get("nbgrader", {}), f"{where} nbgrader metadata")
        nbgrader = {
            k: v for k, v in nbgrader.items() if v is None or isinstance(v, str | int | float)
        }
        if nbgrader.get("grade") is True:
            if not isinstance(nbgrader.get("grade_id"), str) or not nbgrader["grade_id"]:
                raise NoPageError(f"{where}: test cell without a grade_id")
            points = nbgrader.get("points")
            if isinstance(points, bool) or not isinstance(points, int | float):
                raise NoPageError(f"{where}: points are not a number")
            if not math.isfinite(points) or points < 0:
                raise NoPageError(f"{where}: points are not a finite non-negative number")
        outputs: list[dict[str, Any]] = []
        if kind == "code":
            raw_outputs = _list(cell.get("outputs", []), f"{where} outputs")
            outputs = [
                _checked_output(o, f"{where} output {k}") for k, o in enumerate(raw_outputs, 1)
            ]
        cells.append(GradedCell(str(kind), source, nbgrader, outputs))
    return lang, cells


# --- scores and the notebook shown ------------------------------------------------------------


def _scores_of(cells: list[GradedCell]) -> dict[str, tuple[float, float]]:
    """nbgrader's ``determine_grade`` on each grade cell (an error output means 0)."""
    from nbgrader.utils import determine_grade, is_grade

    nbformat = _nbformat()
    scores: dict[str, tuple[float, float]] = {}
    for cell in cells:
        node = nbformat.from_dict(
            {
                "cell_type": cell.kind,
                "source": cell.source,
                "metadata": {"nbgrader": cell.nbgrader},
                "outputs": [
                    {k: v for k, v in o.items() if k in ("output_type", "name", "data")}
                    for o in cell.outputs
                ],
            }
        )
        if is_grade(node):
            auto, max_score = determine_grade(node)
            scores[str(cell.nbgrader["grade_id"])] = (float(auto or 0), float(max_score))
    return scores


def _outcome_line(cell: GradedCell, secrets: set[str], lang: str) -> str:
    """✓ passed, ◐ partly (the judge's partial credit), or ✗ failed: the judge's message."""
    failure = next((o for o in cell.outputs if o["output_type"] == "error"), None)
    part = next((o for o in cell.outputs if o["output_type"] == "execute_result"), None)
    if failure is None and part is not None:
        said = "".join(o["text"] for o in cell.outputs if o["output_type"] == "stream")
        score = _scrub(str(part["data"].get("text/plain", "?")), secrets).strip()[:20]
        with contextlib.suppress(ValueError):
            score = f"{float(score):.2f}".rstrip("0").rstrip(".")
        head = _say(_PARTLY, lang).format(score=score, max=cell.nbgrader["points"])
        return f"◐ {head}: {_scrub(said, secrets).strip()}".rstrip(": ")
    if failure is None:
        return f"✓ {_say(_PASSED, lang)}"
    message = _scrub(failure["evalue"], secrets).strip() or _scrub(failure["ename"], secrets)
    return f"✗ {_say(_FAILED, lang)}: {message}".rstrip(": ")


def _shown_output(out: dict[str, Any], secrets: set[str], lang: str) -> Any:
    nbformat = _nbformat()
    kind = out["output_type"]
    if kind == "stream":
        return nbformat.v4.new_output("stream", name=out["name"], text=_scrub(out["text"], secrets))
    if kind == "error":
        return nbformat.v4.new_output(
            "error",
            ename=_scrub(out["ename"], secrets),
            evalue=_scrub(out["evalue"], secrets),
            traceback=[_scrub(t, secrets) for t in out["traceback"]],
        )
    data: dict[str, str] = {}
    for mime, value in out["data"].items():
        if mime == "text/html":
            data[mime] = clean_html(_scrub(value, secrets), trainee=True)
        elif mime == "text/plain":
            data[mime] = _scrub(value, secrets)
        else:
            data[mime] = value
    if not data:
        note = _say(_NOT_SHOWN, lang)
        data["text/plain"] = f"[{note}: {', '.join(out['dropped']) or '?'}]"
    return nbformat.v4.new_output("display_data", data=data)


def sanitise(
    cells: list[GradedCell], released: dict[str, str], secrets: set[str], lang: str
) -> Any:
    """A fresh notebook to show the trainee, built only from checked parts (module docstring)."""
    nbformat = _nbformat()
    nb = nbformat.v4.new_notebook()
    for cell in cells:
        if cell.kind == "markdown":
            nb.cells.append(nbformat.v4.new_markdown_cell(cell.source))
        elif cell.is_test:
            line = _outcome_line(cell, secrets, lang)
            shown = nbformat.v4.new_code_cell(released.get(str(cell.nbgrader["grade_id"]), ""))
            shown.outputs = [nbformat.v4.new_output("stream", name="stdout", text=line + "\n")]
            shown.metadata["malaka_test"] = True
            nb.cells.append(shown)
        elif cell.kind == "code":
            shown = nbformat.v4.new_code_cell(cell.source)
            shown.outputs = [_shown_output(o, secrets, lang) for o in cell.outputs]
            nb.cells.append(shown)
        # raw cells are not shown: nbconvert would paste them into the page as they are
    return nb


def _summary_cell(scores: dict[str, tuple[float, float]], lang: str) -> Any:
    nbformat = _nbformat()
    total = sum(s for s, _ in scores.values())
    maximum = sum(m for _, m in scores.values())
    lines = [f"## {_say(_TITLE, lang).format(score=total, max=maximum)}", ""]
    word = _say(_QUESTION, lang)
    lines += [f"| {word} | | |", "|---|---|---|"]
    for gid, (score, max_score) in scores.items():
        label = _say({one: question_label(gid, one) for one in _TITLE}, lang)
        name = html.escape(label).replace("|", "&#124;")
        lines.append(f"| {name} | {score:g} | {max_score:g} |")
    return nbformat.v4.new_markdown_cell("\n".join(lines))


# --- whose language, and exercises not handed in ----------------------------------------------

_ABSENT = {
    "missing": {
        "uz": "Topshirilmagan",
        "ru": "Не сдано",
        "en": "Not submitted",
    },
    "corrupt": {
        "uz": "Fayl o'qib bo'lmadi",
        "ru": "Файл не удалось прочитать",
        "en": "The file could not be read",
    },
    "rejected": {
        "uz": "Topshiriq qabul qilinmadi",
        "ru": "Работа не принята",
        "en": "The hand-in was not accepted",
    },
}
_ABSENT_TEXT = {
    "uz": (
        "«{title}» mashqi baholanmadi: {why}. Natija: 0 / {max:g} ball. "
        "Agar mashqni topshirgan bo'lsangiz, o'qituvchingizga ayting."
    ),
    "ru": (
        "Задание «{title}» не проверялось: {why}. Результат: 0 из {max:g} баллов. "
        "Если вы сдавали это задание, сообщите преподавателю."
    ),
    "en": (
        "The exercise “{title}” was not graded: {why}. Score: 0 / {max:g} points. "
        "If you did hand it in, tell your instructor."
    ),
}
_ABSENT_WHY = {
    "missing": {
        "uz": "u topshirilmagan",
        "ru": "оно не было сдано",
        "en": "it was not handed in",
    },
    "corrupt": {
        "uz": "topshirilgan faylni o'qib bo'lmadi (u buzilgan)",
        "ru": "сданный файл не удалось прочитать (он повреждён)",
        "en": "the file handed in could not be read (it is damaged)",
    },
    "rejected": {
        "uz": "topshiriq qabul qilinmadi",
        "ru": "работа не была принята",
        "en": "the hand-in was not accepted",
    },
}


def read_manifest(folder: Path) -> dict[str, dict[str, Any]] | None:
    """stem -> entry of the ``collect.json`` that collect wrote beside the graded notebooks."""
    try:
        manifest = json.loads((folder / "collect.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    notebooks = manifest.get("notebooks") if isinstance(manifest, dict) else None
    if not isinstance(notebooks, dict):
        return None
    return {str(k): v for k, v in notebooks.items() if isinstance(v, dict)}


def trainee_language(manifest: dict[str, dict[str, Any]] | None) -> str | None:
    """The language of the notebooks a trainee handed in (most of them), None if none."""
    langs = [
        e.get("lang")
        for e in (manifest or {}).values()
        if e.get("status") == "ok" and e.get("lang") in _LANGS
    ]
    if not langs:
        return None
    return max(_LANGS, key=lambda lang: (langs.count(lang), -_LANGS.index(lang)))


def absence(raw: Any, entry: dict[str, Any] | None) -> str | None:
    """``missing``, ``corrupt`` or ``rejected`` when the notebook stands for no real hand-in.

    From collect's manifest entry; the notebook's own ``malaka.collect`` mark counts when there
    is no entry, or when grading found the hand-in unreadable (it then graded a blank copy).
    """
    status = entry.get("status") if entry else None
    if status in _ABSENT:
        return str(status)
    meta = raw.get("metadata") if isinstance(raw, dict) else None
    mark = meta.get("malaka", {}) if isinstance(meta, dict) else {}
    why = mark.get("collect") if isinstance(mark, dict) else None
    if not isinstance(why, str):
        return None
    kind = why.split(":", 1)[0].strip()
    if kind == "corrupt" or (entry is None and kind in _ABSENT):
        return kind
    return None


def body_language(layout: Layout, module_id: str, stem: str, cells: list[GradedCell]) -> str | None:
    """The language the notebook's text is in: the released variant sharing most markdown cells.

    None when no variant's own text is found (the caller keeps the recorded language). Collect
    records the language from the file name, so a Uzbek notebook saved as ``ex01.ru.ipynb``
    would otherwise get a Russian header over an Uzbek body.
    """
    mine = {c.source.strip() for c in cells if c.kind == "markdown"}
    texts: dict[str, set[str]] = {}
    for lang in _LANGS:
        name = f"{stem}.ipynb" if lang == "uz" else f"{stem}.{lang}.ipynb"
        try:
            nb = json.loads((layout.release / module_id / name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        texts[lang] = {
            _text(c.get("source", "")).strip()
            for c in nb.get("cells", [])
            if c.get("cell_type") == "markdown"
        }
    shared = set.intersection(*texts.values()) if texts else set()
    counts = {lang: len((own - shared) & mine) for lang, own in texts.items()}
    best = max(counts.values(), default=0)
    winners = [lang for lang, n in counts.items() if n == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def absent_page(
    layout: Layout,
    module_id: str,
    stem: str,
    *,
    status: str,
    lang: str | None,
    maximum: float,
) -> str:
    """The page for an exercise that was not handed in (or not readable), in ``lang``.

    Language unknown (the trainee handed nothing in): Uzbek, Russian and English one after
    the other.
    """
    from malaka.grading.report import exercise_titles

    nbformat = _nbformat()
    titles = exercise_titles(layout, module_id, {stem})[stem]
    nb = nbformat.v4.new_notebook()
    for one in [lang] if lang else list(_TITLE):
        text = _say(_ABSENT_TEXT, one).format(
            title=_say(titles, one), why=_say(_ABSENT_WHY[status], one), max=maximum
        )
        heading = f"{_say(_ABSENT[status], one)}: {_say(_TITLE, one).format(score=0, max=maximum)}"
        nb.cells.append(
            nbformat.v4.new_markdown_cell(f"## {html.escape(heading)}\n\n{html.escape(text)}")
        )
    return render_html(nb, title=f"{stem} · {module_id}", lang=lang or "uz")


def _shown_text(nb: Any) -> str:
    """Everything in the page that is not the trainee's own code: test sources and outputs."""
    parts: list[str] = []
    for cell in nb.cells:
        if cell.cell_type == "code":
            for out in cell.outputs:
                parts.append(_text(out.get("text", "")))
                parts.append(str(out.get("evalue", "")))
                parts.extend(str(t) for t in out.get("traceback", []))
                parts.extend(str(v) for v in out.get("data", {}).values())
            if cell.metadata.get("malaka_test"):
                parts.append(_text(cell.source))
    return "\n".join(parts)


# --- HTML: sanitiser, renderer, document ------------------------------------------------------


def _keep_attribute(element: str, attribute: str, value: str) -> str | None:
    """nh3 attribute filter: links only to anchors in the page, images only inline PNG/JPEG."""
    if attribute == "href":
        return value if element == "a" and re.fullmatch(r"#[^\s\"'<>]*", value) else None
    if attribute == "src":
        return value if element == "img" and _DATA_IMAGE.fullmatch(value) else None
    if attribute in ("width", "height"):
        return value if _SIZE.fullmatch(value) else None
    return value


def _relative_url(url: str) -> str | None:
    return url if url.startswith("#") else None


@functools.cache
def _cleaner(trainee: bool) -> Any:
    import nh3

    common = {"title", "lang", "dir"} if trainee else {"title", "lang", "dir", "class", "id"}
    return nh3.Cleaner(
        tags=_TAGS,
        clean_content_tags=_DROP_WITH_CONTENT,
        attributes={"*": common, **_ATTRIBUTES},
        attribute_filter=_keep_attribute,
        url_schemes={"data"},
        url_relative=_relative_url,
        strip_comments=True,
    )


def clean_html(fragment: str, *, trainee: bool = False) -> str:
    """Sanitise an HTML fragment with nh3 (allow-list; see the module docstring).

    ``trainee`` HTML (a cell's ``text/html`` output) also loses ``class`` and ``id`` so it
    cannot dress itself up as parts of the page.
    """
    return str(_cleaner(trainee).clean(fragment))


@functools.cache
def _exporter() -> Any:
    skip_slow_imports()
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="basic")  # type: ignore[no-untyped-call]
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    return exporter


@functools.cache
def _style() -> str:
    formatters = importlib.import_module("pygments.formatters")
    return _CSS + str(formatters.HtmlFormatter(style="default").get_style_defs(".highlight"))


def render_html(nb: Any, title: str = "", lang: str = "uz") -> str:
    """A sanitised notebook as one self-contained HTML page: no script, no outside request."""
    body, _ = _exporter().from_notebook_node(nb)
    body = _REMOTE.sub(r"\1&#58;", clean_html(str(body)))
    lang = lang if lang in _LANGS else "uz"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_style()}</style>\n</head>\n"
        f'<body>\n<main class="malaka-feedback">\n{body}\n</main>\n</body>\n</html>\n'
    )


_TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9:-]*)([^>]*)>")
_ATTR = re.compile(r"""([^\s=/"'>]+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?""")
_URL_ATTRS = {"src", "href", "srcset", "action", "formaction", "data", "poster", "xlink:href"}
_PAGE_TAGS = {"html": 1, "head": 1, "meta": 4, "title": 1, "style": 1, "body": 1, "main": 1}


def unsafe_markup(page: str) -> list[str]:
    """What in a finished page could run a script or reach outside (empty if nothing).

    Text and attribute values are escaped by the sanitiser, so every ``<...>`` is a real tag.
    """
    found: list[str] = []
    if re.search(r"(?i)https?:", page):
        found.append("remote URL")
    counts: dict[str, int] = {}
    for closing, tag, attrs in _TAG.findall(page):
        name = tag.lower()
        if closing:
            continue
        if name in _PAGE_TAGS:
            counts[name] = counts.get(name, 0) + 1
        elif name not in _TAGS:
            found.append(f"<{_printable(name, 20)}> element")
        for raw_attr, quoted in _ATTR.findall(attrs):
            attr = raw_attr.lower()
            value = html.unescape(quoted.strip("\"'"))
            if attr.startswith("on"):
                found.append(f"{_printable(attr, 20)} attribute")
            elif attr in _URL_ATTRS and not (value.startswith("#") or _DATA_IMAGE.fullmatch(value)):
                found.append(f"{attr}={_printable(value, 60)!r}")
    if counts != _PAGE_TAGS:
        found.append(f"page elements {counts}")
    return found


# --- leak scan over encoded forms -------------------------------------------------------------

_B64_RUN = re.compile(r"[A-Za-z0-9+/_-]{8,}={0,2}")
_HEX_RUN = re.compile(r"[0-9a-fA-F]{12,}")
_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|.)", re.DOTALL)
_SIMPLE_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "0": "\0"}


def _inflate(raw: bytes) -> str | None:
    """zlib or gzip data, decompressed (bounded), as text; None if it is neither."""
    if raw[:1] not in (b"\x78", b"\x1f"):
        return None
    try:
        inflater = zlib.decompressobj(wbits=47)  # zlib or gzip header, detected
        return inflater.decompress(raw, 8 * 2**20).decode("utf-8", "replace")
    except zlib.error:
        return None


def _from_base64(text: str) -> Iterator[str]:
    runs = _B64_RUN.findall(re.sub(r"[\r\n]+|\\[nr]", "", text))  # rejoin wrapped lines
    if not runs:
        return
    for shift in range(4):
        parts: list[bytes] = []
        for run in runs:
            chunk = run[shift:].rstrip("=").replace("-", "+").replace("_", "/")
            chunk = chunk[: len(chunk) - 1] if len(chunk) % 4 == 1 else chunk
            chunk += "=" * (-len(chunk) % 4)  # the last bytes too, padded or not
            if chunk:
                raw = binascii.a2b_base64(chunk)
                parts.append(raw)
                inflated = _inflate(raw) if shift == 0 else None
                if inflated is not None:
                    parts.append(inflated.encode("utf-8"))
        yield b"\n".join(parts).decode("utf-8", "replace")


def _from_hex(text: str) -> Iterator[str]:
    runs = _HEX_RUN.findall(re.sub(r"\\x|[\s:]", "", text))
    for shift in range(2):
        parts = []
        for run in runs:
            chunk = run[shift:]
            raw = bytes.fromhex(chunk[: len(chunk) // 2 * 2])
            parts.append(raw)
            inflated = _inflate(raw) if shift == 0 else None
            if inflated is not None:
                parts.append(inflated.encode("utf-8"))
        if parts:
            yield b"\n".join(parts).decode("utf-8", "replace")


def _from_percent(text: str) -> Iterator[str]:
    def one(match: re.Match[str]) -> str:
        return bytes.fromhex(match.group(0).replace("%", "")).decode("utf-8", "replace")

    yield _PERCENT.sub(one, text)
    if "+" in text:  # quote_plus: spaces became "+"
        yield _PERCENT.sub(one, text.replace("+", " "))


def _from_escapes(text: str) -> Iterator[str]:
    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        if code[0] in "xuU" and len(code) > 1:
            number = int(code[1:], 16)
            return chr(number) if number <= 0x10FFFF else ""
        if code[0] in "01234567":
            return chr(int(code, 8))
        return _SIMPLE_ESCAPES.get(code, code)

    decoded = _ESCAPE.sub(one, text)
    yield decoded
    try:  # a bytes repr: \xd0\xb1 are UTF-8 bytes
        yield decoded.encode("latin-1").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return


def _decodings(text: str) -> Iterator[tuple[str, str]]:
    """(name, decoded) for each way ``text`` might hide other text."""
    if "&" in text:
        yield "HTML-escaped", html.unescape(text)
    if "%" in text:
        for decoded in _from_percent(text):
            yield "percent-encoded", decoded
    if "\\" in text:
        for decoded in _from_escapes(text):
            yield "backslash-escaped", decoded
    yield "rot13", codecs.encode(text, "rot13")
    yield "reversed", text[::-1]
    for decoded in _from_base64(text):
        yield "base64", decoded
    for decoded in _from_hex(text):
        yield "hex", decoded


def _secret_forms(secrets: set[str]) -> dict[str, str]:
    """Each hidden line as it may stand in a page or a file: plain, JSON- or repr-escaped."""
    forms: dict[str, str] = {}
    for secret in secrets:
        for form in (
            secret,
            json.dumps(secret, ensure_ascii=False)[1:-1],
            json.dumps(secret)[1:-1],
            repr(secret)[1:-1],
        ):
            forms.setdefault(form, secret)
    return forms


def find_leaks(page: str, secrets: set[str], depth: int = 2) -> list[tuple[str, str]]:
    """(how, hidden line) for each hidden line found in ``page``, plain or decoded.

    The page is looked at as it is and as visible text (tags dropped, entities resolved), then
    through up to ``depth`` layers of :func:`_decodings` within a budget of characters.
    """
    forms = _secret_forms(secrets)
    if not forms:
        return []
    pattern = re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)))
    visible = html.unescape(re.sub(r"<[^>]*>", "", page))
    queue: list[tuple[str, str, int]] = [("page", page, 0), ("visible text", visible, 0)]
    found: dict[str, str] = {}
    budget = _SCAN_BUDGET
    while queue:
        how, text, level = queue.pop(0)
        budget -= len(text)
        for match in pattern.finditer(text):
            found.setdefault(forms[match.group(0)], how)
        if level >= depth or budget <= 0:
            continue
        for name, decoded in _decodings(text):
            if decoded != text and len(decoded) <= budget:
                label = name if level == 0 else f"{how} → {name}"
                queue.append((label, decoded, level + 1))
    return sorted((how, secret) for secret, how in found.items())


# --- pages ------------------------------------------------------------------------------------


def _page(
    layout: Layout,
    module_id: str,
    path: Path,
    entry: dict[str, Any] | None = None,
    trainee_lang: str | None = None,
) -> str:
    """The finished page for one graded notebook; raises NoPageError with the reason.

    ``entry`` is the notebook's line in collect's manifest; ``trainee_lang`` the language of
    what the trainee handed in (for the page of an exercise they did not hand in).
    """
    stem = path.stem
    source_path = layout.source / module_id / f"{stem}.ipynb"
    if path.is_symlink() or not path.is_file():
        raise NoPageError("graded notebook is not a regular file")
    if not source_path.is_file():
        raise NoPageError("not an exercise of this module")
    size = path.stat().st_size
    if size > MAX_NOTEBOOK_BYTES:
        raise NoPageError(
            f"graded notebook is {size / 2**20:.1f} MB (limit {MAX_NOTEBOOK_BYTES // 2**20} MB)"
        )
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except RecursionError as exc:
        raise NoPageError("graded notebook is nested too deeply to read") from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise NoPageError(f"graded notebook is not valid JSON: {exc}") from exc
    lang, cells = read_graded(raw)
    status = absence(raw, entry)
    if status is not None:
        maximum = sum(m for _, m in _scores_of(cells).values())
        page = absent_page(
            layout, module_id, stem, status=status, lang=trainee_lang, maximum=maximum
        )
        unsafe = unsafe_markup(page)
        if unsafe:
            raise NoPageError(f"unsafe markup in the page: {', '.join(unsafe[:3])}")
        return page
    lang = body_language(layout, module_id, stem, cells) or lang
    source = json.loads(source_path.read_text(encoding="utf-8"))
    secrets = secret_lines(source, kinds=("HIDDEN TESTS",))
    scores = _scores_of(cells)
    nb = sanitise(cells, _released_tests(layout, module_id, stem), secrets, lang)
    nb.cells.insert(0, _summary_cell(scores, lang))
    plain = sorted(s for s in secrets if s in _shown_text(nb))
    page = render_html(nb, title=f"{stem} · {module_id}", lang=lang)
    if len(page) > MAX_PAGE_CHARS:
        raise NoPageError(f"page would be {len(page) / 2**20:.1f} MB")
    leaks = [("plain", s) for s in plain] or find_leaks(page, secrets)
    if leaks:
        shown = "; ".join(f"({how}) {secret!r}" for how, secret in leaks[:3])
        raise NoPageError(f"suspected hidden-test leak, page not written: {shown}")
    unsafe = unsafe_markup(page)
    if unsafe:
        raise NoPageError(f"unsafe markup survived sanitising: {', '.join(unsafe[:3])}")
    return page


def feedback_for(layout: Layout, module_id: str, trainee: str) -> FeedbackResult:
    """Write one trainee's feedback pages; a notebook that fails gets a problem, not a page."""
    from malaka.atomic import output_dir

    folder = layout.autograded / trainee / module_id
    if not folder.is_dir():
        raise InputError.single(str(folder), "trainee", f"{trainee!r} has not been graded yet")
    result = FeedbackResult()
    target = layout.feedback / trainee / module_id
    manifest = read_manifest(folder)
    handed_lang = trainee_language(manifest)
    with output_dir(target) as tmp:
        for path in sorted(folder.glob("*.ipynb")):
            exercise = _printable(path.stem, 80)
            entry = manifest.get(path.stem) if manifest is not None else None
            try:
                page = _page(layout, module_id, path, entry, handed_lang)
            except NoPageError as exc:
                result.problems.append(PageProblem(trainee, exercise, _printable(str(exc))))
                continue
            except Exception as exc:  # one odd notebook must not stop the others
                reason = f"could not build the page: {type(exc).__name__}: {exc}"
                result.problems.append(PageProblem(trainee, exercise, _printable(reason)))
                continue
            (tmp / f"{path.stem}.html").write_text(page, encoding="utf-8")
            result.pages.append(target / f"{path.stem}.html")
    return result


def feedback(module_id: str, layout: Layout | None = None) -> FeedbackResult:
    """Feedback pages for every graded trainee of ``module_id``, and the pages refused."""
    layout = layout or Layout.default()
    trainees = sorted(p.parent.name for p in layout.autograded.glob(f"*/{module_id}") if p.is_dir())
    result = FeedbackResult()
    for trainee in trainees:
        try:
            result.extend(feedback_for(layout, module_id, trainee))
        except Exception as exc:  # nor one trainee's folder
            reason = _printable(f"no pages written: {type(exc).__name__}: {exc}")
            result.problems.append(PageProblem(_printable(trainee, 80), "*", reason))
    return result
