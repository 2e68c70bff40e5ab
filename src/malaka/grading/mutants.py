"""Known-wrong answers (``grading/mutants/<module>.yaml``) and how they replace solution cells."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from malaka.errors import InputError, Problem
from malaka.grading.authoring import PRACTICE_STEM
from malaka.grading.layout import Layout
from malaka.specfile import read_yaml

Mutants = dict[str, dict[str, list[str]]]


def load_mutants(layout: Layout, module_id: str) -> Mutants:
    """``stem -> solution grade_id -> [wrong code, ...]``; empty when the module has no file.

    Practice notebooks' mistakes (``pNN_slug: {qN: [{code, says}]}``) share the file and are
    read by :func:`malaka.practice.build.load_mistakes`.
    """
    path = layout.mutants / f"{module_id}.yaml"
    if not path.is_file():
        return {}
    data, lines = read_yaml(path)
    problems: list[Problem] = []
    if not isinstance(data, dict):
        raise InputError.single(str(path), "", "must map notebook stems to solution grade ids")
    out: Mutants = {}
    for stem, by_id in data.items():
        if PRACTICE_STEM.match(str(stem)):
            continue  # practice mistakes: malaka.practice.build.load_mistakes
        if not isinstance(by_id, dict):
            problems.append(
                Problem(str(path), str(stem), "must map grade ids to lists", lines.get((stem,)))
            )
            continue
        for gid, snippets in by_id.items():
            where = f"{stem}.{gid}"
            if not str(gid).endswith("_answer"):
                problems.append(
                    Problem(
                        str(path),
                        where,
                        "must name a solution cell (qN_answer)",
                        lines.get((stem, gid)),
                    )
                )
            elif not isinstance(snippets, list) or not all(isinstance(s, str) for s in snippets):
                problems.append(
                    Problem(
                        str(path), where, "must be a list of code strings", lines.get((stem, gid))
                    )
                )
            else:
                out.setdefault(str(stem), {})[str(gid)] = list(snippets)
    if problems:
        raise InputError(problems)
    return out


def apply_mutant(
    nb: dict[str, Any], grade_id: str, code: str, path: Path | None = None
) -> dict[str, Any]:
    """A copy of ``nb`` (JSON) whose solution cell ``grade_id`` holds ``code`` instead."""
    out = copy.deepcopy(nb)
    for cell in out["cells"]:
        if cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") == grade_id:
            cell["source"] = code
            return out
    raise InputError.single(
        str(path or "mutants"), grade_id, "no such solution cell in the notebook"
    )
