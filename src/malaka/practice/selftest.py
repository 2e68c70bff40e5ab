"""Self-test of released practice notebooks, run the way a trainee runs them.

For each notebook: the released (blank) version must pass no check; the reference must pass
every check; each known mistake must get the message written for it, in every language. Two
runs per notebook, each in a fresh process: the released cells as they are, and the released
cells with the reference answers, where each known mistake is run and checked on its own from
the state just before its answer cell. The checks report their verdicts themselves (see
:data:`malaka.practice.question.RESULTS_ENV`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from malaka.cyrillic import message_for
from malaka.practice.build import load_mistakes, read_practice, reference_cells
from malaka.practice.question import VERDICT_LANGS
from malaka.practice.runner import launch

#: Seconds one run of one notebook may take.
RUN_TIMEOUT = 300


def _released_cells(nb: dict[str, Any]) -> list[tuple[str | None, str]]:
    """``(question id of an answer cell or None, code)`` for every code cell, in order."""
    cells = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        practice = cell.get("metadata", {}).get("practice")
        cells.append((str(practice["q"]) if practice else None, source))
    return cells


def _run(cells: list[dict[str, Any]], release: Path) -> list[dict[str, Any]]:
    """Run ``cells`` against a copy of the release folder's check files; the checks' verdicts."""
    job = {"mode": "run", "cells": cells}
    return launch(job, release, recording=False, timeout=RUN_TIMEOUT, checks=True).verdicts


def selftest_practice(
    stems: list[str], sources: Path, release: Path, mutants_file: Path
) -> list[str]:
    """Failures of the practice notebooks ``stems`` of a released module (empty: all good)."""
    failures: list[str] = []
    mistakes = load_mistakes(mutants_file, stems)
    for stem in stems:
        practice = read_practice(sources / f"{stem}.py", mistakes.get(stem, {}))
        reference = {c["q"]: c["code"] for c in reference_cells(practice) if c["q"]}
        nb = json.loads((release / f"{stem}.ipynb").read_text(encoding="utf-8"))
        released = _released_cells(nb)
        failures += _same_code_in_every_language(release, stem, released)
        questions = list(practice.questions)
        blank_cells = [{"code": code, "q": q} for q, code in released]
        blank = _by_question(_run(blank_cells, release))
        for q in questions:
            if q not in blank:
                failures.append(f"{stem} blank: {q}.check() gave no verdict")
            elif blank[q][-1]["status"] == "pass":
                failures.append(f"{stem} blank: {q} passes without an answer")
        tried = [
            {
                "code": reference[q] if q else code,
                "q": q,
                "variants": [m["code"] for m in practice.questions[q].mistakes] if q else [],
            }
            for q, code in released
        ]
        seen = _by_question(_run(tried, release))
        for q, pq in practice.questions.items():
            verdicts = seen.get(q, [])
            if len(verdicts) != len(pq.mistakes) + 1:
                failures.append(f"{stem} {q}: {len(verdicts)} verdicts, not {len(pq.mistakes) + 1}")
                continue
            if verdicts[-1]["status"] != "pass":
                failures.append(
                    f"{stem} reference: {q} is {verdicts[-1]['status']}: "
                    f"{verdicts[-1]['texts']['uz']}"
                )
            for k, (mistake, verdict) in enumerate(zip(pq.mistakes, verdicts, strict=False)):
                if verdict["status"] != "mistake":
                    failures.append(
                        f"{stem} mistake {q}[{k}]: {verdict['status']}, not its message "
                        f"({verdict['texts']['uz']})"
                    )
                    continue
                failures += [
                    f"{stem} mistake {q}[{k}]: wrong {lang} message"
                    for lang in VERDICT_LANGS
                    if message_for(lang, mistake["says"]) not in verdict["texts"][lang]
                ]
    return failures


def _by_question(verdicts: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Every verdict of each question, in the order the checks ran."""
    out: dict[str, list[dict[str, Any]]] = {}
    for verdict in verdicts:
        out.setdefault(verdict["q"], []).append(verdict)
    return out


def _same_code_in_every_language(
    release: Path, stem: str, uz: list[tuple[str | None, str]]
) -> list[str]:
    """The other language editions run the same code (only LANG and comments differ)."""
    failures = []

    def code_only(cells: list[tuple[str | None, str]]) -> list[str]:
        return [
            "\n".join(
                line for line in code.splitlines() if not line.lstrip().startswith(("#", "LANG ="))
            )
            for _, code in cells
        ]

    for path in sorted(release.glob(f"{stem}.*.ipynb")):
        other = _released_cells(json.loads(path.read_text(encoding="utf-8")))
        if code_only(other) != code_only(uz):
            failures.append(f"{path.name}: its code differs from {stem}.ipynb")
    return failures


def check_practice(path: Path) -> tuple[str, list[dict[str, Any]]]:
    """Run a practice notebook as the trainee left it; its language and each check's verdict."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    lang = str(nb.get("metadata", {}).get("malaka", {}).get("lang", "uz"))
    cells = [{"code": code, "q": q} for q, code in _released_cells(nb)]
    verdicts = _by_question(_run(cells, path.parent))
    return lang, [found[-1] for found in verdicts.values()]
