"""``malaka check NOTEBOOK``: a trainee runs an exercise and reads what its visible checks found.

The equivalent of ``nbgrader validate`` for Malaka's notebooks: the whole notebook runs from a
clean state in the same kernel as grading (unsandboxed: it is the trainee's own machine), in the
notebook's folder so ``data/`` resolves. Each question's visible checks are reported as passed,
with what they verified, or failed, with the check's message, in the notebook's language.
Correctness is judged at grading by the judge, which the released notebook does not contain:
a pass here is necessary, not sufficient, and the output says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from malaka import cyrillic
from malaka.errors import InputError
from malaka.grading.cage import Kernel, KernelStopped, Limits
from malaka.grading.collect import parse_notebook

_WORDS = {
    "uz": {
        "question": "Savol",
        "ok": "ko'rinadigan tekshiruvlar o'tdi",
        "bad": "o'tmadi",
        "verified": "tekshirildi",
        "all": (
            "Barcha ko'rinadigan tekshiruvlar o'tdi. "
            "Qiymatlarning to'g'riligi baholashda tekshiriladi."
        ),
        "stopped": "Daftar to'xtadi",
    },
    "ru": {
        "question": "Вопрос",
        "ok": "видимые проверки пройдены",
        "bad": "не пройдено",
        "verified": "проверено",
        "all": "Все видимые проверки пройдены. Правильность значений проверяется при оценивании.",
        "stopped": "Блокнот остановился",
    },
    "en": {
        "question": "Question",
        "ok": "visible checks passed",
        "bad": "failed",
        "verified": "verified",
        "all": "All visible checks passed. The values themselves are judged at grading.",
        "stopped": "The notebook stopped",
    },
}
_WORDS[cyrillic.CYRILLIC] = {key: cyrillic.text(word) for key, word in _WORDS["uz"].items()}
_SETUP_LANG = tuple(f'LANG = "{lang}"' for lang in _WORDS)
_HIDDEN = re.compile(r"###\s*BEGIN HIDDEN TESTS.*?###\s*END HIDDEN TESTS\n?", re.DOTALL)


@dataclass(frozen=True)
class QuestionResult:
    """One test cell's outcome in the trainee's own kernel."""

    grade_id: str
    passed: bool
    message: str
    verified: list[str] = field(default_factory=list)


def notebook_language(nb: dict[str, Any]) -> str:
    """The language of a released notebook (its metadata, else its setup cell's LANG line)."""
    meta = nb.get("metadata", {})
    lang = meta.get("malaka", {}).get("lang") if isinstance(meta, dict) else None
    if lang in _WORDS:
        return str(lang)
    for cell in nb.get("cells", []):
        source = cell.get("source", "")
        text = "".join(source) if isinstance(source, list) else str(source)
        for line in _SETUP_LANG:
            if line in text:
                return line.split('"')[1]
    return "uz"


def is_practice(path: Path) -> bool:
    """Whether ``path`` is a released practice notebook (its checks are the practice ones)."""
    nb, _ = parse_notebook(path.read_bytes()) if path.is_file() else (None, "")
    meta = nb.get("metadata", {}) if isinstance(nb, dict) else {}
    return isinstance(meta, dict) and meta.get("malaka", {}).get("kind") == "practice"


def _source(cell: dict[str, Any]) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def run_checks(path: Path, timeout: float = 30.0) -> tuple[str, list[QuestionResult]]:
    """Run the notebook at ``path``; return its language and one result per test cell."""
    path = path.resolve()
    if not path.is_file():
        raise InputError.single(str(path), "notebook", "does not exist")
    nb, why = parse_notebook(path.read_bytes())
    if nb is None:
        raise InputError.single(str(path), "notebook", why)
    limits = Limits(cell_timeout=timeout, notebook_seconds=timeout * 20 + 60)
    results: list[QuestionResult] = []
    with Kernel(None, limits, work=path.parent, local=path.parent) as kernel:
        for cell in nb["cells"]:
            if cell.get("cell_type") != "code":
                continue
            meta = cell.get("metadata", {}).get("nbgrader", {})
            gid = str(meta.get("grade_id", "")) if meta.get("grade") else None
            source = _HIDDEN.sub("", _source(cell)) if gid else _source(cell)
            try:
                header, _ = kernel.request({"op": "run", "source": source})
            except KernelStopped as exc:
                if gid:
                    results.append(QuestionResult(gid, False, f"stopped: {exc.reason}"))
                continue
            if gid is None:
                continue
            raw = header.get("outputs")
            outputs: list[Any] = raw if isinstance(raw, list) else []
            errors = [o for o in outputs if isinstance(o, dict) and o.get("output_type") == "error"]
            verified = [str(v) for v in header.get("verified", []) if isinstance(v, str)]
            message = f"{errors[0].get('ename')}: {errors[0].get('evalue')}" if errors else ""
            results.append(QuestionResult(gid, not errors, message, verified))
    return notebook_language(nb), results


def format_results(lang: str, results: list[QuestionResult]) -> str:
    """Human-readable lines in the notebook's language."""
    words = _WORDS.get(lang, _WORDS["uz"])
    lines = []
    for r in results:
        label = f"{words['question']} {r.grade_id.split('_')[0].lstrip('q')}"
        if r.passed:
            done = f" ({words['verified']}: {'; '.join(r.verified)})" if r.verified else ""
            lines.append(f"{label}: ✓ {words['ok']}{done}")
        else:
            lines.append(f"{label}: ✗ {words['bad']} — {r.message}")
    if results and all(r.passed for r in results):
        lines.append(words["all"])
    return "\n".join(lines)
