"""``malaka grade feedback``: per-trainee HTML that never shows hidden tests.

nbgrader's own feedback quotes hidden tests verbatim and their tracebacks too. Here each graded
notebook is sanitised before rendering: test cells get back their *released* source (visible
checks only), their outputs shrink to one line (the check's message, which is written to be
safe to show), every other output is scrubbed of any line that exists only in hidden tests or
solutions, and the finished HTML is scanned again; a leak stops the run instead of shipping.
"""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any

from malaka.errors import InputError, Problem
from malaka.grading.layout import Layout, skip_slow_imports
from malaka.grading.release import secret_lines

_HIDDEN = re.compile(r"###\s*BEGIN HIDDEN TESTS.*?###\s*END HIDDEN TESTS\n?", re.DOTALL)
_TITLE = {
    "uz": "Natija: {score:g} / {max:g} ball",
    "ru": "Результат: {score:g} из {max:g} баллов",
    "en": "Score: {score:g} / {max:g} points",
}
_QUESTION = {"uz": "Savol", "ru": "Вопрос", "en": "Question"}
_PASSED = {"uz": "o'tdi", "ru": "пройдено", "en": "passed"}
_FAILED = {"uz": "o'tmadi", "ru": "не пройдено", "en": "failed"}


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


def sanitise(nb: Any, released: dict[str, str], secrets: set[str], lang: str) -> Any:
    """Make a graded notebook safe to show its trainee (see the module docstring)."""
    nbformat = _nbformat()
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type != "code":
            continue
        if meta.get("grade"):
            gid = str(meta.get("grade_id"))
            cell.source = released.get(gid, "")
            cell.metadata["malaka_test"] = True
            failure = next((o for o in cell.outputs if o.get("output_type") == "error"), None)
            if failure is None:
                line = f"✓ {_PASSED.get(lang, _PASSED['uz'])}"
            else:
                message = _scrub(str(failure.get("evalue", "")), secrets).strip()
                ename = str(failure.get("ename", "Error"))
                line = f"✗ {_FAILED.get(lang, _FAILED['uz'])}: {ename}: {message}".rstrip(": ")
            cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=line + "\n")]
            continue
        for out in cell.outputs:
            kind = out.get("output_type")
            if kind == "stream":
                out["text"] = _scrub(_text(out.get("text", "")), secrets)
            elif kind == "error":
                out["evalue"] = _scrub(str(out.get("evalue", "")), secrets)
                out["traceback"] = [_scrub(str(t), secrets) for t in out.get("traceback", [])]
        cell.metadata.pop("nbgrader", None)
    for cell in nb.cells:
        cell.metadata.pop("nbgrader", None)
    return nb


def _summary_cell(scores: dict[str, tuple[float, float]], lang: str) -> Any:
    nbformat = _nbformat()
    total = sum(s for s, _ in scores.values())
    maximum = sum(m for _, m in scores.values())
    lines = [f"## {_TITLE.get(lang, _TITLE['uz']).format(score=total, max=maximum)}", ""]
    word = _QUESTION.get(lang, _QUESTION["uz"])
    lines += [f"| {word} | | |", "|---|---|---|"]
    for gid, (score, max_score) in scores.items():
        lines.append(f"| {gid.split('_')[0]} | {score:g} | {max_score:g} |")
    return nbformat.v4.new_markdown_cell("\n".join(lines))


def _scores_of(nb: Any) -> dict[str, tuple[float, float]]:
    from nbgrader.utils import determine_grade, is_grade

    scores: dict[str, tuple[float, float]] = {}
    for cell in nb.cells:
        if is_grade(cell):
            auto, max_score = determine_grade(cell)
            scores[str(cell.metadata["nbgrader"]["grade_id"])] = (float(auto or 0), max_score)
    return scores


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


def render_html(nb: Any) -> str:
    """Render a sanitised notebook as standalone HTML (nbconvert, no JavaScript needed)."""
    skip_slow_imports()
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="classic")  # type: ignore[no-untyped-call]
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(nb)
    return str(body)


def feedback_for(layout: Layout, module_id: str, trainee: str) -> list[Path]:
    """Write one trainee's feedback pages; return their paths."""
    from malaka.atomic import output_dir

    nbformat = _nbformat()
    folder = layout.autograded / trainee / module_id
    if not folder.is_dir():
        raise InputError.single(str(folder), "trainee", f"{trainee!r} has not been graded yet")
    written: list[Path] = []
    target = layout.feedback / trainee / module_id
    with output_dir(target) as tmp:
        for path in sorted(folder.glob("*.ipynb")):
            stem = path.stem
            source = json.loads(
                (layout.source / module_id / f"{stem}.ipynb").read_text(encoding="utf-8")
            )
            secrets = secret_lines(source, kinds=("HIDDEN TESTS",))
            nb = nbformat.read(path, as_version=4)
            lang = str(nb.metadata.get("malaka", {}).get("lang", "uz"))
            scores = _scores_of(nb)
            nb = sanitise(nb, _released_tests(layout, module_id, stem), secrets, lang)
            nb.cells.insert(0, _summary_cell(scores, lang))
            leaks = sorted(s for s in secrets if s in _shown_text(nb))
            html = render_html(nb)
            if leaks:
                raise InputError(
                    [
                        Problem(str(path), "feedback", f"hidden line would leak: {s!r}")
                        for s in leaks
                    ]
                )
            (tmp / f"{stem}.html").write_text(html, encoding="utf-8")
            written.append(target / f"{stem}.html")
    return written


def feedback(module_id: str, layout: Layout | None = None) -> list[Path]:
    """Feedback pages for every graded trainee of ``module_id``."""
    layout = layout or Layout.default()
    trainees = sorted(p.parent.name for p in layout.autograded.glob(f"*/{module_id}") if p.is_dir())
    return [page for trainee in trainees for page in feedback_for(layout, module_id, trainee)]
