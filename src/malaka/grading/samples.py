"""Sample submissions for ``malaka quickstart``: the whole instructor pipeline on made-up trainees.

Trainees: a blank hand-in (released version unchanged), the reference solution, and hand-ins
carrying known-wrong answers from ``grading/mutants/``, each in one language in turn (Russian,
Uzbek, Uzbek Cyrillic, English). Such a trainee hands in the notebooks released in their language
(the Uzbek one where an exercise has none) with the answer cells filled in, as a real one would.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

from malaka.cyrillic import CYRILLIC
from malaka.grading.autograde import grade_module
from malaka.grading.collect import collect
from malaka.grading.feedback import feedback
from malaka.grading.layout import Layout
from malaka.grading.mutants import apply_mutant, load_mutants
from malaka.grading.release import release
from malaka.grading.report import report


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _write(path: Path, nb: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(nb, ensure_ascii=False), encoding="utf-8")


#: The languages of the sample trainees after the reference, in turn.
SAMPLE_LANGS = ("ru", "uz", CYRILLIC, "en")
_MARKER = re.compile(r"^[ \t]*### (?:BEGIN|END) SOLUTION[ \t]*\n?", re.MULTILINE)


def _solution_id(cell: dict[str, Any]) -> str | None:
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return str(meta["grade_id"]) if meta.get("solution") and meta.get("grade_id") else None


def _handed_in(released: Path, stem: str, lang: str, answers: dict[str, Any]) -> tuple[str, Any]:
    """The file name and notebook a trainee of ``lang`` hands in, answered as ``answers`` is.

    The released ``lang`` version (the Uzbek one when the exercise has none), each answer cell
    holding the code of the cell of ``answers`` with its grade id (solution markers dropped).
    """
    name = f"{stem}.ipynb" if lang == "uz" else f"{stem}.{lang}.ipynb"
    if not (released / name).is_file():
        name = f"{stem}.ipynb"
    nb = _load(released / name)
    code = {gid: cell["source"] for cell in answers["cells"] if (gid := _solution_id(cell))}
    for cell in nb["cells"]:
        gid = _solution_id(cell)
        if gid in code:
            source = code[gid]
            text = "".join(source) if isinstance(source, list) else str(source)
            cell["source"] = _MARKER.sub("", text)
    return name, nb


def make_samples(module_id: str, layout: Layout, n: int, dest: Path) -> list[Path]:
    """Write ``n`` (at least 2) sample hand-in folders into ``dest``; return them."""
    source = layout.source / module_id
    released = layout.release / module_id
    stems = sorted(p.stem for p in source.glob("*.ipynb"))
    mutants = load_mutants(layout, module_id)
    flat = [
        (stem, gid, code)
        for stem, by_id in sorted(mutants.items())
        for gid, codes in sorted(by_id.items())
        for code in codes
    ]
    shutil.rmtree(dest, ignore_errors=True)
    folders: list[Path] = []
    blank = dest / "sample-01-blank"
    blank.mkdir(parents=True)
    for stem in stems:
        shutil.copy2(released / f"{stem}.ipynb", blank / f"{stem}.ipynb")
    folders.append(blank)
    reference = dest / "sample-02-reference"
    for stem in stems:
        _write(reference / f"{stem}.ipynb", _load(source / f"{stem}.ipynb"))
    folders.append(reference)
    for k in range(max(0, n - 2)):
        lang = SAMPLE_LANGS[k % len(SAMPLE_LANGS)]
        folder = dest / f"sample-{k + 3:02d}-{'mutant' if flat else 'reference'}-{lang}"
        for stem in stems:
            nb = _load(source / f"{stem}.ipynb")
            for j, (m_stem, gid, code) in enumerate(flat):
                if m_stem == stem and j % max(1, n - 2) == k:
                    nb = apply_mutant(nb, gid, code)
            name, handed = _handed_in(released, stem, lang, nb)
            _write(folder / name, handed)
        folders.append(folder)
    return folders


def grade_samples(module_id: str, n: int = 3, layout: Layout | None = None) -> Path:
    """Release, make ``n`` sample hand-ins, collect, grade, feedback, report; return report dir."""
    layout = layout or Layout.default()
    release(module_id, layout)
    folders = make_samples(
        module_id, layout, max(2, n), layout.build / "grading" / "samples" / module_id
    )
    collect(module_id, folders, layout)
    grade_module(module_id, layout, trainees=[f.name for f in folders])
    feedback(module_id, layout)
    out = layout.build / "grading" / "report" / module_id
    report(module_id, out, layout)
    return out
