"""``malaka grade collect``: bring trainees' folders or zips into nbgrader's ``submitted`` step.

Each PATH is a folder or a ``.zip`` named after the trainee id. Inside, any notebook named
``exNN_slug.ipynb`` / ``exNN_slug.<lang>.ipynb`` of the module counts (at any depth); everything
else is skipped with a warning. Zips are read member by member with a size cap, never extracted.
A notebook that cannot be read is kept beside the submission as ``<stem>.ipynb.corrupt`` and
replaced by the blank released version (so it scores 0 and the gradebook stays complete); a
missing exercise is handled the same way. All ids are validated before anything is written.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from malaka.atomic import output_dir
from malaka.errors import InputError, Problem
from malaka.grading.authoring import LANGS, load_module
from malaka.grading.layout import Layout

TRAINEE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
MAX_NOTEBOOK_BYTES = 20 * 1024 * 1024
MANIFEST = "collect.json"
_SKIP_PARTS = {"__MACOSX", ".ipynb_checkpoints"}


@dataclass
class Candidate:
    """One notebook found in a trainee's hand-in."""

    stem: str
    lang: str
    name: str
    mtime: float
    data: bytes


@dataclass
class TraineeReport:
    """What collect did for one trainee."""

    trainee: str
    collected: dict[str, str] = field(default_factory=dict)  # stem -> language
    missing: list[str] = field(default_factory=list)
    corrupt: dict[str, str] = field(default_factory=dict)  # stem -> reason
    skipped: list[str] = field(default_factory=list)  # "name: reason"


def trainee_id_of(path: Path) -> str:
    """The trainee id a hand-in path names (folder name, or zip name without ``.zip``)."""
    return path.name[: -len(".zip")] if path.name.lower().endswith(".zip") else path.name


def _classify(name: str, stems: set[str]) -> tuple[str, str] | None:
    """``(stem, lang)`` for an exercise notebook file name, else None."""
    if not name.endswith(".ipynb"):
        return None
    base = name[: -len(".ipynb")]
    stem, _, lang = base.partition(".")
    lang = lang or "uz"
    if stem in stems and lang in LANGS:
        return stem, lang
    return None


def _from_folder(folder: Path, stems: set[str], report: TraineeReport) -> list[Candidate]:
    found: list[Candidate] = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if not path.is_file() or _SKIP_PARTS & set(rel.parts) or path.is_symlink():
            continue
        kind = _classify(path.name, stems)
        if kind is None:
            report.skipped.append(f"{rel}: not an exercise of this module")
            continue
        if path.stat().st_size > MAX_NOTEBOOK_BYTES:
            report.skipped.append(f"{rel}: larger than {MAX_NOTEBOOK_BYTES // 2**20} MB")
            continue
        found.append(Candidate(kind[0], kind[1], str(rel), path.stat().st_mtime, path.read_bytes()))
    return found


def _from_zip(path: Path, stems: set[str], report: TraineeReport) -> list[Candidate]:
    found: list[Candidate] = []
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError.single(str(path), "zip", f"cannot open: {exc}") from exc
    with archive:
        for info in archive.infolist():
            parts = set(Path(info.filename).parts)
            if info.is_dir() or _SKIP_PARTS & parts:
                continue
            name = Path(info.filename).name
            kind = _classify(name, stems)
            if kind is None:
                report.skipped.append(f"{info.filename}: not an exercise of this module")
                continue
            if info.file_size > MAX_NOTEBOOK_BYTES:
                report.skipped.append(f"{info.filename}: larger than the size cap")
                continue
            try:
                with archive.open(info) as fh:
                    data = fh.read(MAX_NOTEBOOK_BYTES + 1)
            except (zipfile.BadZipFile, OSError, RuntimeError) as exc:
                data = f"unreadable zip member: {exc}".encode()
            mtime = dt.datetime(*info.date_time, tzinfo=dt.UTC).timestamp()
            found.append(Candidate(kind[0], kind[1], info.filename, mtime, data))
    return found


def parse_notebook(data: bytes) -> tuple[dict[str, Any] | None, str]:
    """``(notebook, "")`` for a valid nbformat 4 notebook, else ``(None, why)``."""
    try:
        nb = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return None, f"not JSON: {exc}"
    if not isinstance(nb, dict) or nb.get("nbformat") != 4 or not isinstance(nb.get("cells"), list):
        return None, "not an nbformat 4 notebook"
    for i, cell in enumerate(nb["cells"]):
        if not isinstance(cell, dict) or cell.get("cell_type") not in {"code", "markdown", "raw"}:
            return None, f"cell {i} is malformed"
        if not isinstance(cell.get("source", ""), str | list):
            return None, f"cell {i} has no source"
    return nb, ""


def _blank(layout: Layout, module_id: str, stem: str, why: str) -> dict[str, Any]:
    nb: dict[str, Any] = json.loads(
        (layout.release / module_id / f"{stem}.ipynb").read_text(encoding="utf-8")
    )
    nb.setdefault("metadata", {}).setdefault("malaka", {})["collect"] = why
    return nb


def collect(module_id: str, paths: list[Path], layout: Layout | None = None) -> list[TraineeReport]:
    """Collect hand-ins into ``submitted/<trainee>/<module>/``; one report per trainee.

    Needs the module released (the blank versions stand in for missing or corrupt notebooks).
    """
    layout = layout or Layout.default()
    spec = load_module(layout, module_id)
    stems = set(spec.exercises)
    problems: list[Problem] = []
    seen: dict[str, Path] = {}
    for path in paths:
        trainee = trainee_id_of(path)
        if not path.exists():
            problems.append(Problem(str(path), "path", "does not exist"))
        elif not (path.is_dir() or path.name.lower().endswith(".zip")):
            problems.append(Problem(str(path), "path", "must be a folder or a .zip"))
        elif not TRAINEE_ID.match(trainee):
            problems.append(
                Problem(str(path), "trainee id", f"{trainee!r}: letters, digits, - and _ only")
            )
        elif trainee in seen:
            problems.append(Problem(str(path), "trainee id", f"{trainee!r} given twice"))
        seen[trainee] = path
    if problems:
        raise InputError(problems)
    if not (layout.release / module_id).is_dir():
        raise InputError.single(module_id, "release", "release the module first")
    reports: list[TraineeReport] = []
    for trainee, path in seen.items():
        report = TraineeReport(trainee)
        found = (
            _from_folder(path, stems, report) if path.is_dir() else _from_zip(path, stems, report)
        )
        _store(layout, module_id, spec.exercises, found, report)
        reports.append(report)
    return reports


def _store(
    layout: Layout,
    module_id: str,
    exercises: list[str],
    found: list[Candidate],
    report: TraineeReport,
) -> None:
    """Write one trainee's submission folder atomically, with a manifest and a timestamp."""
    newest: dict[str, Candidate] = {}
    for cand in sorted(found, key=lambda c: c.mtime):
        if cand.stem in newest:
            report.skipped.append(f"{newest[cand.stem].name}: a newer variant was handed in")
        newest[cand.stem] = cand
    manifest: dict[str, Any] = {"trainee": report.trainee, "module": module_id, "notebooks": {}}
    with output_dir(layout.submitted / report.trainee / module_id) as tmp:
        for stem in exercises:
            chosen = newest.get(stem)
            entry: dict[str, Any]
            if chosen is None:
                nb = _blank(layout, module_id, stem, "missing")
                report.missing.append(stem)
                entry = {"status": "missing"}
            else:
                parsed, why = parse_notebook(chosen.data)
                if parsed is None:
                    (tmp / f"{stem}.ipynb.corrupt").write_bytes(chosen.data)
                    nb = _blank(layout, module_id, stem, f"corrupt: {why}")
                    report.corrupt[stem] = why
                    entry = {"status": "corrupt", "reason": why, "from": chosen.name}
                else:
                    nb = parsed
                    meta = nb.setdefault("metadata", {}).setdefault("malaka", {})
                    meta["lang"] = chosen.lang
                    report.collected[stem] = chosen.lang
                    entry = {"status": "ok", "lang": chosen.lang, "from": chosen.name}
            manifest["notebooks"][stem] = entry
            (tmp / f"{stem}.ipynb").write_text(json.dumps(nb, ensure_ascii=False), "utf-8")
        stamp = max((c.mtime for c in found), default=0.0)
        when = dt.datetime.fromtimestamp(stamp, tz=dt.UTC) if stamp else dt.datetime.now(dt.UTC)
        (tmp / "timestamp.txt").write_text(when.strftime("%Y-%m-%d %H:%M:%S.%f UTC"), "utf-8")
        manifest["skipped"] = report.skipped
        (tmp / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
