"""``malaka check NOTEBOOK``: a trainee runs an exercise and reads each question's result.

The equivalent of ``nbgrader validate`` for Malaka's notebooks: the whole notebook runs from a
clean state (the same executor as grading, in the notebook's folder so ``data/`` resolves), and
each visible test cell is reported as passed or failed, with the check's message, in the
notebook's language. Hidden tests are not in a released notebook, so a pass here is necessary,
not sufficient, for full marks.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from malaka.errors import InputError
from malaka.grading.collect import parse_notebook

_WORDS = {
    "uz": ("Savol", "o'tdi", "o'tmadi", "Barcha ko'rinadigan tekshiruvlar o'tdi."),
    "ru": ("Вопрос", "пройдено", "не пройдено", "Все видимые проверки пройдены."),
    "en": ("Question", "passed", "failed", "All visible checks passed."),
}
_SETUP_LANG = ('LANG = "uz"', 'LANG = "ru"', 'LANG = "en"')


@dataclass(frozen=True)
class QuestionResult:
    """One test cell's outcome."""

    grade_id: str
    passed: bool
    message: str


def notebook_language(nb: dict[str, Any]) -> str:
    """The language of a released notebook (its metadata, else its setup cell's LANG line)."""
    lang = nb.get("metadata", {}).get("malaka", {}).get("lang")
    if lang in _WORDS:
        return str(lang)
    for cell in nb.get("cells", []):
        source = cell.get("source", "")
        text = "".join(source) if isinstance(source, list) else str(source)
        for line in _SETUP_LANG:
            if line in text:
                return line[-3:-1]
    return "uz"


def run_checks(path: Path, timeout: float = 30.0) -> tuple[str, list[QuestionResult]]:
    """Run the notebook at ``path``; return its language and one result per test cell."""
    path = path.resolve()
    if not path.is_file():
        raise InputError.single(str(path), "notebook", "does not exist")
    nb, why = parse_notebook(path.read_bytes())
    if nb is None:
        raise InputError.single(str(path), "notebook", why)
    grade_cells = [
        i
        for i, c in enumerate(nb["cells"])
        if c.get("metadata", {}).get("nbgrader", {}).get("grade")
    ]
    with tempfile.TemporaryDirectory(prefix="malaka-check-") as tmp:
        job = Path(tmp) / "job.json"
        entry = {"stem": path.stem, "path": str(path), "grade_cells": grade_cells}
        job.write_text(json.dumps({"timeout": timeout, "notebooks": [entry]}), encoding="utf-8")
        proc = subprocess.run(
            [sys.executable, "-m", "malaka.grading.executor", str(path.parent), str(job)],
            capture_output=True,
            check=False,
            timeout=timeout * (len(nb["cells"]) + 2) + 60,
        )
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    if not lines:
        raise InputError.single(str(path), "run", proc.stderr.decode("utf-8", "replace")[-500:])
    cells = lines[0].get("cells", {})
    results: list[QuestionResult] = []
    for index in grade_cells:
        gid = str(nb["cells"][index]["metadata"]["nbgrader"].get("grade_id", index))
        entry_out = cells.get(str(index))
        if entry_out is None:
            results.append(QuestionResult(gid, False, "did not run"))
            continue
        errors = [o for o in entry_out.get("outputs", []) if o.get("output_type") == "error"]
        message = f"{errors[0].get('ename')}: {errors[0].get('evalue')}" if errors else ""
        results.append(QuestionResult(gid, not errors, message))
    return notebook_language(nb), results


def format_results(lang: str, results: list[QuestionResult]) -> str:
    """Human-readable lines in the notebook's language."""
    question, ok, bad, all_ok = _WORDS.get(lang, _WORDS["uz"])
    lines = []
    for r in results:
        label = f"{question} {r.grade_id.split('_')[0].lstrip('q')}"
        lines.append(f"{label}: ✓ {ok}" if r.passed else f"{label}: ✗ {bad} — {r.message}")
    if results and all(r.passed for r in results):
        lines.append(all_ok)
    return "\n".join(lines)
