"""File modes that keep a cohort's files apart on one server.

Trainees' servers run under their own accounts, so what they may read is decided by the file
system. They need the program (the interpreter, ``.venv``, ``src``) and the exchange; they must not
read the course sources (solutions, hidden tests), the gradebook, other trainees' feedback or the
answer keys of the datasets. :func:`lock_down` sets exactly that and is run at every hub start.
"""

from __future__ import annotations

import grp
import os
import stat
import sys
from pathlib import Path

from malaka.hub.accounts import GROUPS
from malaka.hub.settings import HubPaths

#: What a trainee's account may read at the top of the checkout.
PUBLIC_IN_CHECKOUT = frozenset({".venv", "src", "pyproject.toml", "README.md", "LICENSE", "build"})
#: What a trainee's account may read under ``build/``: the hub's public part.
PUBLIC_IN_BUILD = frozenset({"hub"})
#: Released modules are what every trainee fetches anyway, and the grading sandbox's own user
#: reads their data: readable by all, written by instructors.
READABLE_IN_BUILD = frozenset({"release"})
#: Folders that grading creates later: made now, closed, so they are never born readable.
CLOSED_IN_BUILD = ("grading", "feedback", "datasets", "release")


def unreachable(paths: list[Path]) -> list[Path]:
    """Folders on the way to ``paths`` that other accounts cannot pass through (no ``o+x``)."""
    blocked: list[Path] = []
    for path in paths:
        for folder in [*reversed(path.parents)]:
            passable = not folder.is_dir() or folder.stat().st_mode & stat.S_IXOTH
            if not passable and folder not in blocked:
                blocked.append(folder)
    return blocked


def program_paths() -> list[Path]:
    """What a trainee's server must be able to run: the interpreter and this environment."""
    return [Path(os.path.realpath(sys.executable)), Path(sys.prefix) / "bin"]


def allow_traverse(folders: list[Path]) -> None:
    """Let other accounts pass through ``folders`` (``o+x``: no listing, no reading)."""
    for folder in folders:
        Path(folder).chmod(Path(folder).stat().st_mode | stat.S_IXOTH)


def _close(path: Path, gid: int, *, shared: bool) -> None:
    """Others: nothing. Instructors' group: read and pass (``shared``: also write, new files
    inheriting the group), so an instructor runs the grading commands from their own account."""
    os.chown(path, -1, gid, follow_symlinks=False)
    mode = Path(path).stat().st_mode & ~0o007
    if path.is_dir():
        mode |= 0o2070 if shared else 0o050
    else:
        mode |= 0o060 if shared else 0o040
    Path(path).chmod(mode)


def lock_down(paths: HubPaths) -> list[Path]:
    """Close the checkout and ``build/`` to trainees, keep the program and the hub open.

    Returns the entries closed at the top of the checkout and of ``build/``.
    """
    gid = grp.getgrnam(GROUPS["instructor"]).gr_gid
    closed: list[Path] = []
    os.chown(paths.root, -1, gid)
    paths.root.chmod(0o751)
    for entry in sorted(paths.root.iterdir()):
        if entry.is_symlink():  # its target is closed or opened where it lives, not here
            continue
        if entry.name not in PUBLIC_IN_CHECKOUT and entry.resolve() != paths.build:
            _close(entry, gid, shared=False)
            closed.append(entry)
    paths.build.mkdir(parents=True, exist_ok=True)
    paths.build.chmod(0o711)
    for name in CLOSED_IN_BUILD:
        (paths.build / name).mkdir(exist_ok=True)
    for entry in sorted(paths.build.iterdir()):
        if entry.name in PUBLIC_IN_BUILD or entry.is_symlink():
            continue
        readable = entry.name in READABLE_IN_BUILD
        for path in [entry, *(entry.rglob("*") if entry.is_dir() else [])]:
            if not path.is_symlink():
                _close(path, gid, shared=True)
                if readable:
                    path.chmod(path.stat().st_mode | (0o005 if path.is_dir() else 0o004))
        if not readable:
            closed.append(entry)
    _open_state(paths)
    return closed


def _open_state(paths: HubPaths) -> None:
    """The hub's folder: configs readable, the exchange open as nbgrader needs, secrets closed."""
    paths.state.mkdir(parents=True, exist_ok=True)
    paths.state.chmod(0o755)
    paths.private.mkdir(exist_ok=True)
    paths.private.chmod(0o700)
    paths.exchange.mkdir(exist_ok=True)
    paths.exchange.chmod(0o1777)
    jupyter = paths.state / "jupyter"
    jupyter.mkdir(exist_ok=True)
    for path in [jupyter, *jupyter.rglob("*")]:
        Path(path).chmod(0o755 if path.is_dir() else 0o644)
