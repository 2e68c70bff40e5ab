"""Assignments through nbgrader's exchange: release to it, collect from it, return feedback to it.

nbgrader's file-system exchange is nbgrader's own way to hand out and collect work on one
server (its JupyterHub reference deployment uses it); the trainees' Assignments panel and Validate
button speak to it unchanged. ngshare was not chosen: it is a separate service whose last release
(2022) predates nbgrader 0.9, and one server needs no service. On Kubernetes the same exchange
lives on shared storage (``deploy/``).

Release and feedback go through nbgrader's own exchange classes. Collection reads the inbound
folder itself because hand-ins are hostile: the exchange folder of a hand-in is written by the
trainee's own process, so its name (trainee and time) is a claim. Here a hand-in counts only when
every file in it belongs to the account it names, and its time is the newest status-change time
(``ctime``) of its files, which the owner cannot set back. Accepted hand-ins then pass through
the same checks as folders and zips (:func:`malaka.grading.collect.collect`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pwd
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISREG
from typing import Any

from malaka.errors import InputError, Problem
from malaka.grading.authoring import load_module
from malaka.grading.collect import (
    MANIFEST,
    MAX_NOTEBOOK_BYTES,
    TRAINEE_ID,
    TraineeReport,
    collect,
)
from malaka.grading.layout import Layout
from malaka.hub.settings import HubConfig, HubPaths

SECRET = "submission_secret.txt"  # noqa: S105 - a file name, nbgrader's
RECORD = "exchange.json"


@dataclass(frozen=True, slots=True)
class HandIn:
    """One folder in the exchange's inbound: who it claims, when it really arrived."""

    path: Path
    login: str
    claimed: str
    arrived: dt.datetime
    owner_ok: bool


@dataclass
class ExchangeCollectReport:
    """What collecting from the exchange did: per trainee, and the hand-ins refused."""

    reports: list[TraineeReport] = field(default_factory=list)
    forged: list[HandIn] = field(default_factory=list)
    late: dict[str, dt.timedelta] = field(default_factory=dict)
    refused_late: list[str] = field(default_factory=list)


def _nbgrader_config(config: HubConfig, paths: HubPaths, root: Path) -> Any:
    from malaka.grading.layout import nbgrader_config

    layout = Layout.default(paths.root).with_build(root)
    c = nbgrader_config(layout)
    c.Exchange.root = str(paths.exchange)
    c.Exchange.path_includes_course = False
    c.CourseDirectory.course_id = config.course_id
    return c


def _run(app_class: Any, c: Any) -> None:
    """Run one of nbgrader's exchange steps; its failure becomes an error naming the step."""
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.exchange import ExchangeError

    coursedir = CourseDirectory(config=c)
    step = app_class(coursedir=coursedir, authenticator=Authenticator(config=c), config=c)
    try:
        step.start()
    except ExchangeError as exc:
        raise InputError.single("exchange", app_class.__name__, str(exc)) from exc


def release(module_id: str, config: HubConfig, paths: HubPaths, layout: Layout) -> Path:
    """Put ``build/release/<module>`` on the exchange (replacing an earlier release there).

    What trainees already fetched is in their own homes and is never touched.
    """
    from nbgrader.exchange.default import ExchangeReleaseAssignment

    if not (layout.release / module_id).is_dir():
        from malaka.grading.release import release as release_module

        release_module(module_id, layout)
    c = _nbgrader_config(config, paths, layout.build)
    c.CourseDirectory.assignment_id = module_id
    c.ExchangeReleaseAssignment.force = True
    _run(ExchangeReleaseAssignment, c)
    outbound = paths.exchange / config.course_id / "outbound" / module_id
    if not outbound.is_dir():
        raise InputError.single("exchange", "release", f"{outbound} was not written")
    return outbound


def _arrival(folder: Path) -> dt.datetime:
    stamps = [os.lstat(p).st_ctime for p in [folder, *folder.rglob("*")]]
    return dt.datetime.fromtimestamp(max(stamps), tz=dt.UTC)


def _owned_by(folder: Path, login: str) -> bool:
    try:
        uid = pwd.getpwnam(login).pw_uid
    except KeyError:
        return False
    return all(os.lstat(p).st_uid == uid for p in [folder, *folder.rglob("*")])


def hand_ins(module_id: str, config: HubConfig, paths: HubPaths) -> list[HandIn]:
    """Every hand-in of ``module_id`` in the inbound folder, oldest first."""
    inbound = paths.exchange / config.course_id / "inbound"
    if not inbound.is_dir():
        return []
    found = []
    for folder in inbound.iterdir():
        parts = folder.name.split("+")
        if len(parts) < 3 or parts[1] != module_id or not folder.is_dir() or folder.is_symlink():
            continue
        login = parts[0]
        found.append(
            HandIn(
                path=folder,
                login=login,
                claimed=parts[2],
                arrived=_arrival(folder),
                owner_ok=bool(TRAINEE_ID.match(login)) and _owned_by(folder, login),
            )
        )
    return sorted(found, key=lambda h: h.arrived)


def choose(
    candidates: list[HandIn], due: dt.datetime | None, rule: str, late: str
) -> HandIn | None:
    """nbgrader's rule for which of a trainee's hand-ins counts (they arrive oldest first)."""
    if not candidates:
        return None
    on_time = [h for h in candidates if due is None or h.arrived <= due]
    if late == "refuse":
        return on_time[-1] if on_time else None
    if rule == "latest_before_due" and on_time:
        return on_time[-1]
    return candidates[-1]


@dataclass(frozen=True, slots=True)
class Handed:
    """One notebook read from a hand-in: its bytes and when the trainee last saved it."""

    name: str
    data: bytes
    mtime: float


def _read_hand_in(hand_in: HandIn) -> dict[str, Handed] | None:
    """Read a hand-in's notebooks and secret through file descriptors, or ``None`` if forged.

    The hand-in was checked when the inbound was listed, but its owner can rename it and put a
    link in its place before it is read. So the folder and each file are opened without
    following links, their owner and type are checked on the open descriptor, and a hand-in
    whose files changed since it was listed counts as forged. Files larger than the limit are
    read one byte past it, so the collection step reports them as too large.
    """
    try:
        uid = pwd.getpwnam(hand_in.login).pw_uid
    except KeyError:
        return None
    nofollow = os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC
    try:
        folder = os.open(hand_in.path, nofollow | os.O_DIRECTORY)
    except OSError:
        return None
    files: dict[str, Handed] = {}
    try:
        stat = os.fstat(folder)
        if stat.st_uid != uid:
            return None
        newest = stat.st_ctime
        for name in sorted(os.listdir(folder)):  # noqa: PTH208 - listed by descriptor
            if not (name.endswith(".ipynb") or name == SECRET):
                continue
            try:
                fd = os.open(name, nofollow | os.O_NONBLOCK, dir_fd=folder)
            except OSError:  # a link (ELOOP) or gone: not a handed-in file
                continue
            with os.fdopen(fd, "rb") as handle:
                stat = os.fstat(fd)
                if stat.st_uid != uid:
                    return None
                if not S_ISREG(stat.st_mode):
                    continue
                data = handle.read(MAX_NOTEBOOK_BYTES + 1)
                stat = os.fstat(fd)
            newest = max(newest, stat.st_ctime)
            files[name] = Handed(name, data, stat.st_mtime)
        newest = max(newest, os.fstat(folder).st_ctime)
    finally:
        os.close(folder)
    if newest > hand_in.arrived.timestamp() + 0.001:  # datetime keeps microseconds only
        return None  # changed after it was listed: its time and content no longer agree
    return files


def _worked_variant(variants: list[Handed], released: Path) -> Handed:
    """Of one exercise's language versions, the one the trainee worked in.

    A fetch brings every language; the versions left as released are not the trainee's work. Of
    the changed ones the last saved counts (the trainee's own choice); if none changed, Uzbek.
    """
    changed = [
        v
        for v in variants
        if not (released / v.name).is_file() or v.data != (released / v.name).read_bytes()
    ]
    if changed:
        return max(changed, key=lambda v: v.mtime)
    return min(variants, key=lambda v: (v.name.count("."), v.name))


def _stage(
    files: dict[str, Handed], hand_in: HandIn, stems: list[str], released: Path, target: Path
) -> None:
    """Write one notebook per exercise of a hand-in, stamped with the time it really arrived."""
    target.mkdir()
    when = hand_in.arrived.timestamp()
    found: dict[str, list[Handed]] = {}
    for name, handed in files.items():
        stem = name.split(".")[0]
        if name.endswith(".ipynb") and stem in stems:
            found.setdefault(stem, []).append(handed)
    for variants in found.values():
        chosen = _worked_variant(variants, released)
        dest = target / chosen.name
        dest.write_bytes(chosen.data)
        os.utime(dest, (when, when))


def collect_exchange(
    module_id: str, config: HubConfig, paths: HubPaths, layout: Layout
) -> ExchangeCollectReport:
    """Collect the counting hand-in of every trainee into ``submitted/``."""
    spec = load_module(layout, module_id)
    rule = config.modules.get(module_id)
    due, late_rule = (rule.due, rule.late) if rule else (None, "accept")
    result = ExchangeCollectReport()
    by_login: dict[str, list[HandIn]] = {}
    for h in hand_ins(module_id, config, paths):
        if h.owner_ok:
            by_login.setdefault(h.login, []).append(h)
        else:
            result.forged.append(h)
    chosen: dict[str, HandIn] = {}
    for login, candidates in sorted(by_login.items()):
        pick = choose(candidates, due, config.collect, late_rule)
        if pick is None:
            result.refused_late.append(login)
            continue
        chosen[login] = pick
        if due is not None and pick.arrived > due:
            result.late[login] = pick.arrived - due
    if not chosen:
        if result.forged or result.refused_late:
            return result
        raise InputError.single("exchange", module_id, "no hand-ins on the exchange yet")
    with tempfile.TemporaryDirectory(prefix="exchange-", dir=layout.submitted.parent) as name:
        tmp = Path(name)
        read = _read_chosen(chosen, result)
        if not read:
            return result
        for login, files in read.items():
            _stage(files, chosen[login], spec.exercises, layout.release / module_id, tmp / login)
        result.reports = collect(module_id, [tmp / login for login in read], layout)
    for report in result.reports:
        if report.stored:
            _keep_record(
                layout.submitted / report.trainee / module_id,
                chosen[report.trainee],
                read[report.trainee],
                due,
                result.late.get(report.trainee),
            )
    return result


def _read_chosen(
    chosen: dict[str, HandIn], result: ExchangeCollectReport
) -> dict[str, dict[str, Handed]]:
    """Read each chosen hand-in; one that turns out forged is reported and left out."""
    read = {}
    for login, pick in chosen.items():
        files = _read_hand_in(pick)
        if files is None:
            result.forged.append(pick)
            result.late.pop(login, None)
        else:
            read[login] = files
    return read


def _keep_record(
    folder: Path,
    pick: HandIn,
    files: dict[str, Handed],
    due: dt.datetime | None,
    late: dt.timedelta | None,
) -> None:
    """Keep the hand-in's secret (feedback finds the trainee by it) and when it arrived."""
    if SECRET in files:
        secret = files[SECRET].data[:256].decode("ascii", "replace")
        (folder / SECRET).write_text(secret, "ascii", errors="replace")
    record = {
        "from": pick.path.name,
        "notebooks": sorted(n.removesuffix(".ipynb") for n in files if n != SECRET),
        "arrived": pick.arrived.isoformat(),
        "due": due.isoformat() if due else None,
        "late_seconds": late.total_seconds() if late else 0,
    }
    (folder / RECORD).write_text(json.dumps(record, indent=1), "utf-8")


def _not_graded_page(notebook_id: str, graded: list[str]) -> str:
    """The page for a handed-in notebook that is not graded (a practice notebook).

    nbgrader shows a hand-in's feedback only when every notebook in it has a page, and a fetch
    brings the practice notebooks too: each gets this short page naming the graded ones.
    """
    import html

    names = ", ".join(html.escape(g) for g in graded)
    nid = html.escape(notebook_id)
    return (
        '<!doctype html><html lang="uz"><meta charset="utf-8">'
        f"<title>{nid}</title><body><main><h1>{nid}</h1>"
        f"<p>Mashq qilish daftari: baholanmaydi. Baho: {names}.</p>"
        f"<p>Тренировочная тетрадь: не оценивается. Оценка: {names}.</p>"
        f"<p>Practice notebook: not graded. The grade is in: {names}.</p>"
        "</main></body></html>\n"
    )


def return_feedback(
    module_id: str, config: HubConfig, paths: HubPaths, layout: Layout
) -> list[str]:
    """Put each trainee's feedback pages on the exchange, where their Assignments panel finds them.

    nbgrader finds a page by a hash of the hand-in's secret and the notebook's name as the trainee
    handed it in (``ex01_x.ru`` for the Russian version), so each page is staged under that name.
    Returns the trainees whose feedback was released.
    """
    from nbgrader.exchange.default import ExchangeReleaseFeedback

    returned = []
    with tempfile.TemporaryDirectory(prefix="feedback-", dir=layout.submitted.parent) as tmp:
        staging = Layout.default(paths.root).with_build(Path(tmp))
        for folder in sorted(layout.feedback.glob(f"*/{module_id}")):
            trainee = folder.parent.name
            submitted = layout.submitted / trainee / module_id
            secret = submitted / SECRET
            manifest = submitted / MANIFEST
            if not secret.is_file() or not manifest.is_file():
                continue
            notebooks = json.loads(manifest.read_text(encoding="utf-8"))["notebooks"]
            target = staging.feedback / trainee / module_id
            target.mkdir(parents=True)
            shutil.copyfile(secret, target / SECRET)
            shutil.copyfile(submitted / "timestamp.txt", target / "timestamp.txt")
            pages = {}
            for page in folder.glob("*.html"):
                handed = notebooks.get(page.stem, {}).get("from")
                name = Path(handed).name.removesuffix(".ipynb") if handed else page.stem
                shutil.copyfile(page, target / f"{name}.html")
                pages[page.stem] = page
            record = json.loads((submitted / RECORD).read_text(encoding="utf-8"))
            for notebook_id in record.get("notebooks", []):
                if (target / f"{notebook_id}.html").exists():
                    continue
                graded = pages.get(notebook_id.split(".")[0])
                if graded is not None:  # another language version of a graded exercise
                    shutil.copyfile(graded, target / f"{notebook_id}.html")
                else:
                    text = _not_graded_page(notebook_id, sorted(pages))
                    (target / f"{notebook_id}.html").write_text(text, encoding="utf-8")
            returned.append(trainee)
        if not returned:
            raise InputError(
                [
                    Problem(
                        "feedback",
                        module_id,
                        "no feedback for hand-ins from the exchange: "
                        "run malaka grade run and malaka grade feedback first",
                    )
                ]
            )
        c = _nbgrader_config(config, paths, Path(tmp))
        c.CourseDirectory.assignment_id = module_id
        _run(ExchangeReleaseFeedback, c)
    return returned
