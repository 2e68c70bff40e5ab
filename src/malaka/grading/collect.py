"""``malaka grade collect``: bring trainees' folders or zips into nbgrader's ``submitted`` step.

Each PATH is a folder or a ``.zip`` named after the trainee id. Inside, any notebook named
``exNN_slug.ipynb`` / ``exNN_slug.<lang>.ipynb`` of the module counts (at any depth); everything
else is skipped with a warning. Zips are read member by member with a size cap, never extracted.
A notebook that cannot be read is kept beside the submission as ``<stem>.ipynb.corrupt`` and
replaced by the blank released version (so it scores 0 and the gradebook stays complete); a
missing exercise is handled the same way.

Hand-ins are hostile input. No hand-in stops the others: a PATH whose trainee id is bad, or that
names the same trainee as another PATH, is refused and nothing is written for it; a hand-in over
the limits below is refused whole, written as blank versions (scored 0) with the reason in its
``collect.json``. Refusals are in the reports (``TraineeReport.rejected``) so the command can
exit non-zero; only when every PATH is refused does :func:`collect` raise :class:`InputError`,
so exit code 2 keeps meaning "nothing written".
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import lzma
import os
import re
import stat
import struct
import warnings
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from malaka.atomic import output_dir
from malaka.errors import InputError, Problem
from malaka.grading.authoring import LANGS, load_module
from malaka.grading.layout import Layout, skip_slow_imports

#: ASCII only (no look-alike letters), anchored with ``\A``/``\Z``: ``$`` would accept ``"t1\n"``.
TRAINEE_ID = re.compile(r"\A[A-Za-z0-9][A-Za-z0-9_-]{0,63}\Z")
MAX_NOTEBOOK_BYTES = 20 * 1024 * 1024
#: One hand-in, uncompressed, all files counted: far above a few notebooks, far below a bomb.
MAX_HANDIN_BYTES = 200 * 1024 * 1024
#: Files and folders (or zip members) in one hand-in.
MAX_HANDIN_ENTRIES = 2000
#: A zip's list of members, which :mod:`zipfile` loads whole before anything can be counted.
MAX_ZIP_DIRECTORY_BYTES = MAX_HANDIN_ENTRIES * 1024
#: Lists and objects inside each other; a real notebook is about ten deep.
MAX_NESTING = 100
#: Lists and objects in one notebook; a million empty ones would take about a GB parsed.
MAX_CONTAINERS = 200_000
MANIFEST = "collect.json"
_SKIP_PARTS = {"__MACOSX", ".ipynb_checkpoints"}
_SHOWN_CHARS = 500
#: A JSON string once escaped backslashes and quotes are gone (no backtracking on any input).
_JSON_STRING = re.compile(rb'"[^"]*"')
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}
#: nbgrader 0.9's cell metadata (its ``nbgraderformat/v3.json``): key -> the JSON types allowed.
_NBGRADER_KEYS: dict[str, tuple[type, ...]] = {
    "schema_version": (int,),
    "grade": (bool,),
    "locked": (bool,),
    "solution": (bool,),
    "task": (bool,),
    "grade_id": (str,),
    "points": (int, float),
    "checksum": (str,),
    "cell_type": (str,),
}
_NBGRADER_REQUIRED = ("schema_version", "grade", "locked", "solution")
_GRADE_ID = re.compile(r"\A[A-Za-z0-9_-]*\Z")
_ZIP_END = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_END = b"PK\x06\x06"
_ZIP_MEMBER_ERRORS = (
    zipfile.BadZipFile,
    OSError,
    EOFError,
    RuntimeError,
    NotImplementedError,
    ValueError,
    zlib.error,
    lzma.LZMAError,
)


@dataclass
class Candidate:
    """One notebook found in a trainee's hand-in."""

    stem: str
    lang: str
    name: str
    mtime: float
    data: bytes
    problem: str = ""  # why it could not be read, if so (then it counts as corrupt)


@dataclass
class TraineeReport:
    """What collect did for one trainee."""

    trainee: str
    collected: dict[str, str] = field(default_factory=dict)  # stem -> language
    missing: list[str] = field(default_factory=list)
    corrupt: dict[str, str] = field(default_factory=dict)  # stem -> reason
    skipped: list[str] = field(default_factory=list)  # "name: reason"
    path: str = ""  # the hand-in as given, printable
    rejected: Problem | None = None  # the whole hand-in refused, and why
    stored: bool = False  # submitted/<trainee>/<module>/ was written by this call


class _RefusedError(Exception):
    """A whole hand-in is refused: over a limit, or its container cannot be opened."""

    def __init__(self, what: str, message: str) -> None:
        super().__init__(message)
        self.what = what
        self.message = message


@dataclass
class _Budget:
    """Bytes a hand-in may still yield: a hard cap on what is read, whatever sizes it declares."""

    left: int = MAX_HANDIN_BYTES

    def take(self, read: Callable[[int], bytes]) -> bytes:
        """Read one file; more than :data:`MAX_NOTEBOOK_BYTES` means it is too large."""
        data = read(min(MAX_NOTEBOOK_BYTES, self.left) + 1)
        self.left -= len(data)
        if self.left < 0:
            raise _RefusedError("size", f"holds more than {_mb(MAX_HANDIN_BYTES)} once unpacked")
        return data


def _mb(size: int) -> str:
    return f"{size // 2**20} MB"


def _shown(text: str) -> str:
    """``text`` on one line: unprintable characters escaped (``\\n``), and not too long."""
    out = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)
    return out if len(out) <= _SHOWN_CHARS else out[: _SHOWN_CHARS - 1] + "…"


def _short(value: object, limit: int = 200) -> str:
    text = _shown(str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


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


def _list_dir(folder: Path, room: int) -> list[str]:
    """Names in ``folder``, sorted; refuses the hand-in past ``room`` entries (never lists all)."""
    names: list[str] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            names.append(entry.name)
            if len(names) > room:
                raise _RefusedError("folder", f"more than {MAX_HANDIN_ENTRIES} files and folders")
    return sorted(names)


def _walk(folder: Path, report: TraineeReport) -> list[tuple[Path, os.stat_result]]:
    """Regular files under ``folder`` as ``(relative path, lstat)``, never following a link.

    A link could point at the reference solutions or ``/dev/zero``, and a pipe or a device never
    ends a read: they are reported, not read. Counts and sizes are checked as the walk goes.
    """
    files: list[tuple[Path, os.stat_result]] = []
    entries = total = 0
    pending = [Path()]
    while pending:
        here = pending.pop()
        try:
            names = _list_dir(folder / here, MAX_HANDIN_ENTRIES - entries)
        except OSError as exc:
            report.skipped.append(f"{_shown(str(here))}/: cannot be listed ({exc.strerror})")
            continue
        entries += len(names)
        for name in names:
            rel = here / name
            try:
                mode = (st := os.lstat(folder / rel)).st_mode
            except OSError as exc:
                report.skipped.append(f"{_shown(str(rel))}: cannot be read ({exc.strerror})")
                continue
            if name in _SKIP_PARTS:
                continue
            if stat.S_ISDIR(mode):
                pending.append(rel)
            elif stat.S_ISLNK(mode):
                report.skipped.append(f"{_shown(str(rel))}: a symbolic link, not followed")
            elif not stat.S_ISREG(mode):
                report.skipped.append(f"{_shown(str(rel))}: not a regular file (pipe or device)")
            elif (total := total + st.st_size) > MAX_HANDIN_BYTES:
                raise _RefusedError("folder", f"holds more than {_mb(MAX_HANDIN_BYTES)}")
            else:
                files.append((rel, st))
    return sorted(files, key=lambda item: item[0])


def _read_file(path: Path, budget: _Budget) -> tuple[bytes, str]:
    """``(bytes, "")`` read with the caps, or ``(b"", why)``; a file swapped for a link fails."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        return b"", f"cannot be read ({exc.strerror})"
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return b"", "not a regular file"
        try:
            return budget.take(fh.read), ""
        except OSError as exc:
            return b"", f"cannot be read ({exc.strerror})"


def _from_folder(folder: Path, stems: set[str], report: TraineeReport) -> list[Candidate]:
    found: list[Candidate] = []
    budget = _Budget()
    for rel, st in _walk(folder, report):
        shown = _shown(str(rel))
        kind = _classify(rel.name, stems)
        if kind is None:
            report.skipped.append(f"{shown}: not an exercise of this module")
            continue
        if st.st_size > MAX_NOTEBOOK_BYTES:
            report.skipped.append(f"{shown}: larger than {_mb(MAX_NOTEBOOK_BYTES)}")
            continue
        data, problem = _read_file(folder / rel, budget)
        if len(data) > MAX_NOTEBOOK_BYTES:
            report.skipped.append(f"{shown}: larger than {_mb(MAX_NOTEBOOK_BYTES)}")
            continue
        found.append(Candidate(kind[0], kind[1], shown, st.st_mtime, data, problem))
    return found


def _check_zip_directory(path: Path) -> None:
    """Refuse a zip whose list of members is too long before :mod:`zipfile` loads it whole.

    ``zipfile.ZipFile`` reads the whole central directory and builds an object per member before
    anything can be counted, so the counts and sizes that the end records (plain and ZIP64) claim
    are checked first. Every end record in the last 64 KB is checked, not only the one zipfile
    picks, so a decoy cannot hide the real one.
    """
    size = path.stat().st_size
    if size > MAX_HANDIN_BYTES:
        raise _RefusedError("zip", f"larger than {_mb(MAX_HANDIN_BYTES)}")
    with path.open("rb") as fh:
        fh.seek(max(0, size - 2**16 - 22 - 76))
        tail = fh.read()
    claims: list[tuple[int, int]] = []
    at = tail.find(_ZIP_END)
    while at >= 0:
        if len(end := tail[at : at + 22]) == 22:
            claims.append(struct.unpack("<10xHL6x", end))
        if at >= 76 and tail[at - 20 : at - 16] == _ZIP64_LOCATOR:
            end64 = tail[at - 76 : at - 20]
            if end64[:4] == _ZIP64_END:
                claims.append(struct.unpack("<32xQQ8x", end64))
        at = tail.find(_ZIP_END, at + 1)
    for count, directory in claims:
        if count > MAX_HANDIN_ENTRIES or directory > MAX_ZIP_DIRECTORY_BYTES:
            raise _RefusedError("zip", f"more than {MAX_HANDIN_ENTRIES} members")


def _zip_time(info: zipfile.ZipInfo) -> float:
    try:
        return dt.datetime(*info.date_time, tzinfo=dt.UTC).timestamp()
    except ValueError:  # month 0, day 0: a forged or broken entry
        return 0.0


def _zip_member(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    stems: set[str],
    report: TraineeReport,
    budget: _Budget,
) -> Candidate | None:
    parts = re.split(r"[/\\]", info.filename)
    shown = _shown(info.filename)
    if info.is_dir() or _SKIP_PARTS & set(parts):
        return None
    kind = _classify(parts[-1], stems)
    if kind is None:
        report.skipped.append(f"{shown}: not an exercise of this module")
        return None
    if info.create_system == 3 and stat.S_ISLNK(info.external_attr >> 16):
        report.skipped.append(f"{shown}: a symbolic link, not followed")
        return None
    data, problem = b"", ""
    if info.file_size <= MAX_NOTEBOOK_BYTES:
        try:
            with archive.open(info) as fh:
                data = budget.take(fh.read)
        except _ZIP_MEMBER_ERRORS as exc:
            problem = f"cannot be read from the zip ({_short(exc)})"
    if info.file_size > MAX_NOTEBOOK_BYTES or len(data) > MAX_NOTEBOOK_BYTES:
        report.skipped.append(f"{shown}: larger than {_mb(MAX_NOTEBOOK_BYTES)}")
        return None
    return Candidate(kind[0], kind[1], shown, _zip_time(info), data, problem)


def _from_zip(path: Path, stems: set[str], report: TraineeReport) -> list[Candidate]:
    """Exercise notebooks of the zip at ``path``, read member by member, never extracted.

    A zip over the limits (size, members, size once unpacked) is refused whole rather than
    collected in part: an honest hand-in of a few notebooks is far below them, and which members
    of a bomb would be kept is arbitrary. Sizes are checked as declared first (cheap), then every
    read is capped, since a member may declare less than it holds.
    """
    _check_zip_directory(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise _RefusedError("zip", f"cannot open: {_short(exc)}") from exc
    with archive:
        members = archive.infolist()
        if len(members) > MAX_HANDIN_ENTRIES:
            raise _RefusedError("zip", f"more than {MAX_HANDIN_ENTRIES} members")
        if sum(info.file_size for info in members) > MAX_HANDIN_BYTES:
            raise _RefusedError("zip", f"unpacks to more than {_mb(MAX_HANDIN_BYTES)}")
        budget = _Budget()
        found = (_zip_member(archive, info, stems, report, budget) for info in members)
        return [cand for cand in found if cand is not None]


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _shape_problem(data: bytes) -> str:
    """Why ``data`` nests too deep or holds too many lists and objects, found without parsing.

    Brackets inside strings do not count. Checked before :func:`json.loads`, whose recursion a
    100,000-deep notebook would exhaust (or crash, if the recursion limit was raised).
    """
    unescaped = data.replace(b"\\\\", b"").replace(b'\\"', b"")  # pairs, left to right
    brackets = _JSON_STRING.sub(b'""', unescaped).translate(None, _NOT_BRACKETS)
    if brackets.count(b"[") + brackets.count(b"{") > MAX_CONTAINERS:
        return f"holds more than {MAX_CONTAINERS:,} lists and objects"
    if max(itertools.accumulate(map(_STEP.__getitem__, brackets)), default=0) > MAX_NESTING:
        return f"nested more than {MAX_NESTING} levels deep"
    return ""


def _nbformat() -> Any:
    skip_slow_imports()
    import nbformat

    return nbformat


def _schema_checked(nb: dict[str, Any]) -> tuple[dict[str, Any] | None, str]:
    """nbformat's own validator on ``nb``, after its repair of missing or duplicate cell ids."""
    cells = nb.get("cells")
    minor = nb["nbformat_minor"]
    if isinstance(cells, list) and minor < 5 and any("id" in c for c in cells if type(c) is dict):
        nb["nbformat_minor"] = 5  # cell ids are what 4.5 added; older readers ignore them
    nbformat = _nbformat()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _changes, clean = nbformat.validator.normalize(nb)
            nbformat.validate(clean)
    except nbformat.ValidationError as exc:
        where = "/".join(str(p) for p in getattr(exc, "absolute_path", ()))
        return None, f"not a valid notebook at {_short(where or '/', 80)}: {_short(exc.message)}"
    except Exception as exc:  # hostile input can trip the validator itself
        return None, f"not a valid notebook: {_short(exc)}"
    return clean, ""


def _nbgrader_type_problem(meta: Any) -> str:
    if not isinstance(meta, dict):
        return "is not an object"
    for key, value in meta.items():
        kinds = _NBGRADER_KEYS.get(key)
        if kinds is None:
            return f"has an unknown key {_short(key, 40)!r}"
        if isinstance(value, bool) != (bool in kinds) or not isinstance(value, kinds):
            return f"has {key} of the wrong type"
    missing = [key for key in _NBGRADER_REQUIRED if key not in meta]
    return f"lacks {', '.join(missing)}" if missing else ""


def _nbgrader_rule_problem(meta: dict[str, Any], cell_type: str) -> str:
    """The rules of nbgrader's ``validate_cell`` that would stop its preprocessors."""
    grade, solution, locked, task = (
        meta.get(k, False) for k in ("grade", "solution", "locked", "task")
    )
    grade_id = meta.get("grade_id", "")
    checks = (
        (meta["schema_version"] != 3, "has a schema_version other than 3"),
        (not _GRADE_ID.fullmatch(grade_id), "has a grade_id that is not letters, digits, - and _"),
        ((grade or solution or locked) and not grade_id, "lacks the grade_id of a nbgrader cell"),
        (grade and "points" not in meta, "lacks the points of a graded cell"),
        (meta.get("points", 0) < 0, "has negative points"),
        (len(meta.get("checksum", "0" * 32)) != 32, "has a checksum that is not 32 characters"),
        (meta.get("cell_type", "code") not in ("code", "markdown", "raw"), "has a bad cell_type"),
        (task and cell_type != "markdown", "marks a task on a cell that is not markdown"),
        (not task and cell_type == "markdown" and grade != solution, "mixes grade and solution"),
    )
    return next((why for bad, why in checks if bad), "")


def _nbgrader_problem(nb: dict[str, Any]) -> str:
    """Why a cell's nbgrader metadata would stop nbgrader's preprocessors (checked as v3)."""
    for i, cell in enumerate(nb["cells"]):
        if "nbgrader" in cell["metadata"]:
            meta = cell["metadata"]["nbgrader"]
            why = _nbgrader_type_problem(meta) or _nbgrader_rule_problem(meta, cell["cell_type"])
            if why:
                return f"cell {i}: nbgrader metadata {why}"
    return ""


def _loaded(data: bytes) -> tuple[dict[str, Any] | None, str]:
    """``data`` parsed as JSON with an nbformat 4 envelope (NaN and Infinity are not JSON)."""
    try:
        nb = json.loads(data.decode("utf-8"), parse_constant=_reject_constant)
    except (ValueError, RecursionError, MemoryError) as exc:
        return None, f"not JSON: {_short(exc)}"
    if not isinstance(nb, dict) or type(nb.get("nbformat")) is not int or nb["nbformat"] != 4:
        return None, "not an nbformat 4 notebook"
    if type(nb.get("nbformat_minor")) is not int or nb["nbformat_minor"] < 0:
        return None, "not an nbformat 4 notebook (bad nbformat_minor)"
    return nb, ""


def _unicode_problem(nb: dict[str, Any]) -> str:
    """Why ``nb`` cannot be written as UTF-8 (JSON escapes can spell lone surrogates)."""
    try:
        json.dumps(nb, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return "holds text that is not valid Unicode (a lone surrogate)"
    return ""


def parse_notebook(data: bytes) -> tuple[dict[str, Any] | None, str]:
    """``(notebook, "")`` for a valid nbformat 4 notebook, else ``(None, why)``; safe on any bytes.

    Size, nesting and the number of lists and objects are checked before parsing; then
    nbformat's validator and nbgrader's metadata rules decide, so a notebook returned can be
    written back and read by every later stage. Only missing or duplicate cell ids are repaired.
    """
    too_big = len(data) > MAX_NOTEBOOK_BYTES
    why = f"larger than {_mb(MAX_NOTEBOOK_BYTES)}" if too_big else _shape_problem(data)
    if why:
        return None, why
    nb, why = _loaded(data)
    if nb is None:
        return None, why
    clean, why = _schema_checked(nb)
    if clean is None:
        return None, why
    why = _nbgrader_problem(clean) or _unicode_problem(clean)
    return (None, why) if why else (clean, "")


def _blank(layout: Layout, module_id: str, stem: str, why: str) -> dict[str, Any]:
    nb: dict[str, Any] = json.loads(
        (layout.release / module_id / f"{stem}.ipynb").read_text(encoding="utf-8")
    )
    nb.setdefault("metadata", {}).setdefault("malaka", {})["collect"] = why
    return nb


def _path_problem(path: Path, trainee: str) -> Problem | None:
    """Why ``path`` cannot be a hand-in at all (nothing can be written for it), else None."""
    where = _shown(str(path))
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError) as exc:
        gone = isinstance(exc, FileNotFoundError | NotADirectoryError)
        return Problem(
            where, "path", "does not exist" if gone else f"cannot be read: {_short(exc)}"
        )
    if not (stat.S_ISDIR(mode) or (stat.S_ISREG(mode) and path.name.lower().endswith(".zip"))):
        return Problem(where, "path", "must be a folder or a .zip")
    if not TRAINEE_ID.fullmatch(trainee):
        return Problem(
            where,
            "trainee id",
            f"{trainee!a}: 1 to 64 ASCII letters, digits, - and _, "
            "starting with a letter or a digit",
        )
    return None


def _screen(paths: list[Path]) -> list[TraineeReport]:
    """One report per PATH; those that cannot be collected carry ``rejected``.

    Two PATHs for one trainee (ids compared ignoring case, as a case-insensitive disk would) are
    both refused: which one is right cannot be told, and collecting either would hide the other.
    """
    reports: list[TraineeReport] = []
    same: dict[str, list[TraineeReport]] = {}
    for path in paths:
        trainee = trainee_id_of(path)
        report = TraineeReport(trainee, path=_shown(str(path)))
        report.rejected = _path_problem(path, trainee)
        if report.rejected is None:
            same.setdefault(trainee.casefold(), []).append(report)
        reports.append(report)
    for group in same.values():
        for report in group if len(group) > 1 else ():
            report.rejected = Problem(
                report.path,
                "trainee id",
                f"{report.trainee!r} is handed in {len(group)} times in this call "
                "(ids differing only in case count as one): none of them collected",
            )
    return reports


def _read_handin(path: Path, stems: set[str], report: TraineeReport) -> list[Candidate]:
    """The hand-in's notebooks; a refused hand-in yields none and records why in ``report``."""
    try:
        return (
            _from_folder(path, stems, report) if path.is_dir() else _from_zip(path, stems, report)
        )
    except _RefusedError as exc:
        report.rejected = Problem(report.path, exc.what, exc.message)
    except Exception as exc:  # last resort: one hand-in must never stop the whole group
        report.rejected = Problem(report.path, "hand-in", f"cannot be read: {_short(exc)}")
    report.skipped.clear()
    return []


def collect(module_id: str, paths: list[Path], layout: Layout | None = None) -> list[TraineeReport]:
    """Collect hand-ins into ``submitted/<trainee>/<module>/``; one report per PATH, in order.

    Needs the module released (the blank versions stand in for missing or corrupt notebooks).
    Raises :class:`InputError`, having written nothing, when the module is not released or when
    every PATH is refused; otherwise refusals are in the reports and everyone else is collected.
    """
    layout = layout or Layout.default()
    spec = load_module(layout, module_id)
    stems = set(spec.exercises)
    reports = _screen(paths)
    refused = [r.rejected for r in reports if r.rejected is not None]
    if not (layout.release / module_id).is_dir():
        raise InputError([*refused, Problem(module_id, "release", "release the module first")])
    if refused and len(refused) == len(reports):
        raise InputError(refused)
    for path, report in zip(paths, reports, strict=True):
        if report.rejected is None:
            found = _read_handin(path, stems, report)
            _store(layout, module_id, spec.exercises, found, report)
    return reports


def _settle(
    layout: Layout,
    module_id: str,
    stem: str,
    chosen: Candidate | None,
    *,
    report: TraineeReport,
    tmp: Path,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The notebook to write for one exercise and its manifest entry."""
    if report.rejected is not None:
        why = f"{report.rejected.field}: {report.rejected.message}"
        entry = {"status": "rejected", "reason": why}
        return _blank(layout, module_id, stem, f"rejected: {why}"), entry
    if chosen is None:
        report.missing.append(stem)
        return _blank(layout, module_id, stem, "missing"), {"status": "missing"}
    parsed, why = parse_notebook(chosen.data) if not chosen.problem else (None, chosen.problem)
    if parsed is None:
        if chosen.data:
            (tmp / f"{stem}.ipynb.corrupt").write_bytes(chosen.data)
        report.corrupt[stem] = why
        entry = {"status": "corrupt", "reason": why, "from": chosen.name}
        return _blank(layout, module_id, stem, f"corrupt: {why}"), entry
    meta = parsed["metadata"]
    own = meta.get("malaka")
    meta["malaka"] = {**(own if isinstance(own, dict) else {}), "lang": chosen.lang}
    report.collected[stem] = chosen.lang
    return parsed, {"status": "ok", "lang": chosen.lang, "from": chosen.name}


def _handed_in_at(found: list[Candidate]) -> dt.datetime:
    """The newest file time of the hand-in (a time that cannot be a date counts as absent)."""
    for stamp in sorted((c.mtime for c in found if c.mtime > 0), reverse=True):
        try:
            return dt.datetime.fromtimestamp(stamp, tz=dt.UTC)
        except (OverflowError, OSError, ValueError):
            continue
    return dt.datetime.now(dt.UTC)


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
            nb, entry = _settle(layout, module_id, stem, newest.get(stem), report=report, tmp=tmp)
            manifest["notebooks"][stem] = entry
            (tmp / f"{stem}.ipynb").write_text(json.dumps(nb, ensure_ascii=False), "utf-8")
        when = _handed_in_at(found)
        (tmp / "timestamp.txt").write_text(when.strftime("%Y-%m-%d %H:%M:%S.%f UTC"), "utf-8")
        manifest["skipped"] = report.skipped
        rejected = report.rejected
        manifest["rejected"] = f"{rejected.field}: {rejected.message}" if rejected else None
        (tmp / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
    report.stored = True
