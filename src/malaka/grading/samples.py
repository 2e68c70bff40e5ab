"""Sample submissions for ``malaka quickstart``: the whole instructor pipeline on made-up trainees.

Trainees: a blank hand-in (released version unchanged), the reference solution, and hand-ins
carrying known-wrong answers from ``grading/mutants/``, alternating Uzbek and Russian.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

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


def _with_lang(nb: dict[str, Any], lang: str) -> dict[str, Any]:
    """The reference notebook switched to ``lang`` (setup line only; enough for grading)."""
    for cell in nb["cells"]:
        if "setup" in cell.get("metadata", {}).get("tags", []):
            source = cell["source"]
            text = "".join(source) if isinstance(source, list) else str(source)
            cell["source"] = text.replace('LANG = "uz"', f'LANG = "{lang}"')
    nb.setdefault("metadata", {}).setdefault("malaka", {})["lang"] = lang
    return nb


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
        lang = "ru" if k % 2 == 0 else "uz"
        folder = dest / f"sample-{k + 3:02d}-{'mutant' if flat else 'reference'}-{lang}"
        for stem in stems:
            nb = _load(source / f"{stem}.ipynb")
            for j, (m_stem, gid, code) in enumerate(flat):
                if m_stem == stem and j % max(1, n - 2) == k:
                    nb = apply_mutant(nb, gid, code)
            suffix = "" if lang == "uz" else f".{lang}"
            _write(folder / f"{stem}{suffix}.ipynb", _with_lang(nb, lang))
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
