"""Practice notebooks from their sources: check the format, render each language, record checks.

``courses/<module>/pNN_slug.py`` is the only source. The release writes ``pNN_slug.ipynb`` (and
``.ru`` / ``.en`` / Cyrillic variants) with the solutions replaced by stubs, a check cell and a
hint cell after each answer, and ``.practice/pNN_slug.json``: the expected values and the values
of the known mistakes, recorded once by running the reference in a separate process
(:mod:`malaka.practice.runner`), plus the hints and solutions.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from malaka.cyrillic import message_for
from malaka.errors import InputError, Problem
from malaka.practice.messages import MESSAGES
from malaka.practice.question import CHECKS_DIR, Spec

Q_ID = re.compile(r"^q\d+$")
NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
KINDS = ("value", "bars", "csv")
SOLUTION = re.compile(
    r"^[ \t]*### BEGIN SOLUTION[ \t]*\n(.*?)^[ \t]*### END SOLUTION[ \t]*$", re.S | re.M
)
STUB_PREFIX = "#> "
#: Seconds the reference run of one practice notebook may take at release.
RECORD_TIMEOUT = 300


@dataclass
class PracticeQuestion:
    """One question as the source declares it."""

    spec: Spec
    solution: str
    stub: str | None
    hints: dict[str, list[str]] = field(default_factory=dict)
    mistakes: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Practice:
    """A parsed practice source."""

    stem: str
    path: Path
    nb: Any
    questions: dict[str, PracticeQuestion]


def split_solution(source: str) -> tuple[str, str | None, str, str]:
    """``(before, stub, solution, after)`` of an answer cell; stub ``None`` without ``#>`` lines."""
    match = SOLUTION.search(source)
    if match is None:
        raise ValueError("no ### BEGIN SOLUTION / ### END SOLUTION region")
    body = match.group(1)
    stub_lines = [
        line.strip()[len(STUB_PREFIX) :]
        for line in body.splitlines()
        if line.strip().startswith(STUB_PREFIX.strip())
    ]
    solution = "\n".join(
        line for line in body.splitlines() if not line.strip().startswith(STUB_PREFIX.strip())
    ).strip("\n")
    stub = "\n".join(stub_lines) if stub_lines else None
    return source[: match.start()], stub, solution, source[match.end() :].lstrip("\n")


def _spec_problems(meta: Any, file: str, where: str) -> list[Problem]:
    if not isinstance(meta, dict):
        return [Problem(file, where, "practice metadata must be a mapping")]
    problems = []
    unknown = set(meta) - {"q", "names", "kind", "calls", "ordered", "rel", "abs"}
    if unknown:
        problems.append(Problem(file, where, f"unknown practice keys: {sorted(unknown)}"))
    if not Q_ID.match(str(meta.get("q", ""))):
        problems.append(Problem(file, f"{where}.q", "must be q1, q2, ..."))
    names = meta.get("names")
    if not isinstance(names, list) or not names or not all(NAME.match(str(n)) for n in names):
        problems.append(Problem(file, f"{where}.names", "must list one or more variable names"))
    if meta.get("kind", "value") not in KINDS:
        problems.append(Problem(file, f"{where}.kind", f"must be one of {KINDS}"))
    calls = meta.get("calls")
    if calls is not None and not (
        isinstance(calls, list) and calls and all(isinstance(a, list) for a in calls)
    ):
        problems.append(Problem(file, f"{where}.calls", "must be a list of argument lists"))
    for key in ("rel", "abs"):
        if key in meta and not isinstance(meta[key], int | float):
            problems.append(Problem(file, f"{where}.{key}", "must be a number"))
    return problems


def _setup_problems(nb: Any, file: str, stem: str) -> list[Problem]:
    """The exercises' setup rules, and the call that defines this notebook's questions."""
    from malaka.grading.authoring import check_setup

    problems = check_setup(nb, file)
    setups = [c.source for c in nb.cells if "setup" in c.metadata.get("tags", [])]
    if len(setups) == 1 and f'attach(globals(), "{stem}")' not in setups[0]:
        problems.append(Problem(file, "setup", f'must call attach(globals(), "{stem}")'))
    return problems


def _hint(
    cell: Any, questions: dict[str, PracticeQuestion], file: str, where: str
) -> list[Problem]:
    lang, hint = cell.metadata.get("lang"), cell.metadata.get("hint")
    if lang not in ("uz", "ru", "en"):
        return [Problem(file, where, "a hint cell needs lang=uz/ru/en")]
    if str(hint) not in questions:
        return [Problem(file, where, f"hint for {hint!r} before its answer")]
    questions[str(hint)].hints.setdefault(lang, []).append(cell.source.strip())
    return []


def _answer(
    cell: Any, questions: dict[str, PracticeQuestion], file: str, where: str
) -> list[Problem]:
    meta = cell.metadata["practice"]
    problems = _spec_problems(meta, file, f"{where}.practice")
    if problems:
        return problems
    spec = Spec.from_dict(meta)
    expected_q = f"q{len(questions) + 1}"
    if spec.q != expected_q:
        return [Problem(file, f"{where}.practice.q", f"expected {expected_q}")]
    try:
        _, stub, solution, _ = split_solution(cell.source)
    except ValueError as exc:
        return [Problem(file, where, str(exc))]
    questions[spec.q] = PracticeQuestion(spec, solution, stub)
    return []


def read_practice(path: Path, mistakes: dict[str, list[dict[str, Any]]]) -> Practice:
    """Parse and check a practice source; every breach is reported at once."""
    from malaka.grading.authoring import read_exercise

    nb = read_exercise(path)
    file = str(path)
    problems = _setup_problems(nb, file, path.stem)
    questions: dict[str, PracticeQuestion] = {}
    langs: set[str] = set()
    for i, cell in enumerate(nb.cells):
        where = f"cells[{i}]"
        if cell.cell_type == "markdown":
            langs.add(cell.metadata.get("lang", ""))
            if "hint" in cell.metadata:
                problems += _hint(cell, questions, file, where)
        elif "practice" in cell.metadata:
            problems += _answer(cell, questions, file, where)
        elif "### BEGIN SOLUTION" in cell.source:
            problems.append(Problem(file, where, "solution region outside an answer cell"))
    problems += [
        Problem(file, "lang", f"no markdown cell with lang={lang!r}")
        for lang in ("uz", "ru")
        if lang not in langs
    ]
    if not questions:
        problems.append(Problem(file, "practice", "no answer cell with practice metadata"))
    problems += [
        Problem(file, f"{qid}.hints", f"no hint in {lang}")
        for qid, question in questions.items()
        for lang in ("uz", "ru")
        if not question.hints.get(lang)
    ]
    for qid, listed in mistakes.items():
        if qid not in questions:
            problems.append(Problem(file, f"mistakes.{qid}", "no such question"))
        else:
            questions[qid].mistakes = listed
    if problems:
        raise InputError(problems)
    return Practice(path.stem, path, nb, questions)


def render(practice: Practice, lang: str, module_id: str, minutes: int | None) -> Any:
    """The released notebook in ``lang``: stubs for solutions, a check and a hint cell each.

    The exercise renderer does the language work (text, ``LANG``, time, Uzbek Cyrillic); here
    hint cells leave the page and each answer cell gets its stub, check and help cells.
    """
    from malaka.grading.authoring import _nbformat
    from malaka.grading.authoring import render as render_notebook
    from malaka.grading.release import ANSWER_STUB

    nbformat = _nbformat()
    out = render_notebook(practice.nb, lang, module_id, practice.stem, minutes)
    out.metadata["malaka"]["kind"] = "practice"
    cells = []
    for cell in out.cells:
        if "hint" in cell.metadata:
            continue
        if "practice" not in cell.metadata:
            cells.append(cell)
            continue
        qid = str(cell.metadata["practice"]["q"])
        before, stub, _, after = split_solution(cell.source)
        body = stub if stub is not None else ANSWER_STUB.get(lang, ANSWER_STUB["uz"])
        cell.source = (before + body + ("\n" + after if after.strip() else "")).strip("\n")
        comment = message_for(lang, MESSAGES["show_comment"])
        cells += [
            cell,
            nbformat.v4.new_code_cell(f"{qid}.check()", metadata={"practice_check": qid}),
            nbformat.v4.new_code_cell(
                f"{comment}\n# {qid}.hint()\n# {qid}.solution()", metadata={"practice_help": qid}
            ),
        ]
    out.cells = cells
    return out


def reference_cells(practice: Practice) -> list[dict[str, Any]]:
    """The code the reference run executes: every code cell, answers with their solutions."""
    cells: list[dict[str, Any]] = []
    for cell in practice.nb.cells:
        if cell.cell_type != "code":
            continue
        meta = cell.metadata.get("practice")
        if meta is None:
            cells.append({"code": cell.source, "q": None})
            continue
        before, _, solution, after = split_solution(cell.source)
        cells.append({"code": f"{before}{solution}\n{after}", "q": str(meta["q"])})
    return cells


def record(practice: Practice, folder: Path) -> dict[str, Any]:
    """Run the reference once; return the check file's content. Authoring errors are reported.

    ``folder`` is the release being built: the run reads its ``data/``.
    """
    from malaka.practice.runner import launch
    from malaka.practice.values import equal

    job = {
        "mode": "record",
        "cells": reference_cells(practice),
        "specs": {q: pq.spec.to_dict() for q, pq in practice.questions.items()},
        "mistakes": {q: [m["code"] for m in pq.mistakes] for q, pq in practice.questions.items()},
    }
    file = str(practice.path)
    try:
        outcome = launch(job, folder, recording=True, timeout=RECORD_TIMEOUT)
    except RuntimeError as exc:
        raise InputError.single(file, "reference", f"the reference run failed: {exc}") from exc
    answer = outcome.answer
    if answer is None:
        raise InputError.single(
            file, "reference", f"the reference run failed:\n{outcome.log[-4000:]}"
        )
    if answer.get("error"):
        raise InputError.single(file, answer["error"]["where"], answer["error"]["message"])
    problems: list[Problem] = []
    questions: dict[str, Any] = {}
    for qid, pq in practice.questions.items():
        expected = answer["expected"][qid]
        missing = [n for n in pq.spec.names if expected.get(n) is None]
        if missing:
            problems.append(Problem(file, qid, f"the reference leaves {missing} undefined"))
            continue
        mistakes = []
        for k, (mistake, values) in enumerate(
            zip(pq.mistakes, answer["mistakes"][qid], strict=True)
        ):
            where = f"mistakes.{qid}[{k}]"
            if any(values.get(n) is None for n in pq.spec.names):
                problems.append(Problem(file, where, "leaves a judged name undefined or raises"))
            elif all(
                equal(values[n], expected[n], pq.spec.rel, pq.spec.abs) for n in pq.spec.names
            ):
                problems.append(Problem(file, where, "gives the right answer"))
            else:
                mistakes.append({"values": values, "says": mistake["says"]})
        questions[qid] = {
            "spec": pq.spec.to_dict(),
            "expected": expected,
            "mistakes": mistakes,
            "hints": pq.hints,
            "solution": pq.solution,
        }
    if problems:
        raise InputError(problems)
    return {"stem": practice.stem, "questions": questions}


def load_mistakes(
    mutants_file: Path, stems: list[str]
) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Practice mistakes from ``grading/mutants/<module>.yaml``: stem -> q -> [{code, says}]."""
    if not mutants_file.is_file():
        return {}
    from malaka.specfile import read_yaml

    data, lines = read_yaml(mutants_file)
    out: dict[str, dict[str, list[dict[str, Any]]]] = {}
    problems: list[Problem] = []
    file = str(mutants_file)
    for stem in stems:
        by_q = data.get(stem) if isinstance(data, dict) else None
        if by_q is None:
            continue
        if not isinstance(by_q, dict):
            problems.append(
                Problem(file, stem, "must map question ids to lists", lines.get((stem,)))
            )
            continue
        for qid, listed in by_q.items():
            where = f"{stem}.{qid}"
            if not Q_ID.match(str(qid)) or not isinstance(listed, list):
                problems.append(
                    Problem(file, where, "must be qN: [list of mistakes]", lines.get((stem, qid)))
                )
                continue
            for k, item in enumerate(listed):
                line = lines.get((stem, qid, k))
                says = item.get("says") if isinstance(item, dict) else None
                if not isinstance(item, dict) or not isinstance(item.get("code"), str):
                    problems.append(Problem(file, f"{where}[{k}].code", "must be code text", line))
                elif not isinstance(says, dict) or not all(
                    isinstance(says.get(lang), str) and says[lang].strip() for lang in ("uz", "ru")
                ):
                    problems.append(
                        Problem(file, f"{where}[{k}].says", "needs uz and ru texts", line)
                    )
                elif set(says) - {"uz", "ru", "en"}:
                    problems.append(
                        Problem(file, f"{where}[{k}].says", "languages: uz, ru, en", line)
                    )
            out.setdefault(stem, {})[str(qid)] = listed
    if problems:
        raise InputError(problems)
    return out


def release_practice(  # noqa: PLR0917 - one call site, in release order
    module_id: str,
    stems: list[str],
    folder: Path,
    dest: Path,
    mutants_file: Path,
    minutes: dict[str, int],
) -> list[Path]:
    """Write every practice notebook of a module, in each language, and its check file.

    ``folder`` holds the sources, ``dest`` is the release folder being built (its ``data/`` is
    what the reference run reads).
    """
    from malaka.atomic import write_text
    from malaka.grading.authoring import _nbformat, released_languages

    nbformat = _nbformat()
    mistakes = load_mistakes(mutants_file, stems)
    practices = [read_practice(folder / f"{stem}.py", mistakes.get(stem, {})) for stem in stems]
    written = []
    for practice in practices:
        checks = record(practice, dest)
        write_text(
            dest / CHECKS_DIR / f"{practice.stem}.json", json.dumps(checks, ensure_ascii=False)
        )
        for lang in released_languages(practice.nb):
            nb = render(practice, lang, module_id, minutes.get(practice.stem))
            suffix = "" if lang == "uz" else f".{lang}"
            path = dest / f"{practice.stem}{suffix}.ipynb"
            write_text(path, nbformat.writes(nb))
            written.append(path)
    return written
