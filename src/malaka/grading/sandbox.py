"""Run one submission's notebooks as an unprivileged user, cut off from everything else.

As root (the normal case on the grading machine) each run gets its own mount, network
(loopback only, down) and PID namespaces, either from :mod:`malaka.grading.forkserver` (one
pre-imported server per grading run forks a jail per submission: the fast path) or from the
``unshare`` command (one fresh interpreter per submission). :mod:`malaka.grading.jail` then
hides the checkout, ``build/`` (gradebook, sources, other trainees' work), ``/tmp`` and home
folders behind empty tmpfs mounts, binds back only the submission copy, the package source and
the Python installation (read-only),
puts the run in its own ``pids`` cgroup (process cap), sets rlimits (address space, file size,
open files, no core dumps), drops to the ``malaka-grader`` system user and starts
:mod:`malaka.grading.executor` with a minimal environment (no ``NBGRADER_*`` or other hints).
When the run ends, the PID namespace takes every leftover process with it.

Not root: the executor runs as the current user under ``prlimit`` (memory and file-size caps)
in the temporary copy, with a warning that the gradebook and sources are not hidden.
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import shutil
import socket
import subprocess
import sys
import threading
import time
import uuid
import warnings
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

GRADER_USER = "malaka-grader"
CGROUP_ROOT = Path("/sys/fs/cgroup/pids")
CGROUP_PARENT = "malaka-grading"


class IsolationWarning(UserWarning):
    """Grading runs without the full sandbox (not root, or namespaces unavailable)."""


@dataclass(frozen=True)
class Limits:
    """Resource limits of one sandboxed run."""

    cell_timeout: float = 30.0
    memory_bytes: int = 2 * 1024**3
    max_processes: int = 64
    max_file_bytes: int = 256 * 1024**2
    max_open_files: int = 256


@dataclass
class JailSpec:
    """What :mod:`malaka.grading.jail` needs; passed as JSON on its command line."""

    workdir: str
    hide: list[str]
    keep: list[str]
    uid: int
    gid: int
    limits: dict[str, Any]
    cgroup: str | None
    env: dict[str, str] = field(default_factory=dict)
    #: Files copied into the jail's fresh /tmp (target path -> source path), owned by the user.
    seed_files: dict[str, str] = field(default_factory=dict)


def package_source() -> Path:
    """The folder holding the ``malaka`` package (``src/`` in a checkout)."""
    return Path(__file__).resolve().parents[2]


def ensure_grader_user() -> tuple[int, int] | None:
    """``(uid, gid)`` of the grading user (created if missing), or None when not root."""
    if os.geteuid() != 0:
        return None
    try:
        entry = pwd.getpwnam(GRADER_USER)
    except KeyError:
        subprocess.run(
            [
                "useradd",
                "--system",
                "--user-group",
                "--no-create-home",
                "--home-dir",
                "/nonexistent",
                "--shell",
                "/usr/sbin/nologin",
                GRADER_USER,
            ],
            check=True,
            capture_output=True,
        )
        entry = pwd.getpwnam(GRADER_USER)
    return entry.pw_uid, entry.pw_gid


def can_isolate() -> str | None:
    """None if the full sandbox is available, else the reason it is not."""
    if os.geteuid() != 0:
        return "not running as root: trainee code runs as the current user, without namespaces"
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return "unshare/mount not found"
    return None


_FONT_LOCK = threading.Lock()


def font_cache(folder: Path) -> Path | None:
    """Matplotlib's font list, built once under ``folder`` and copied into every sandbox.

    Each sandbox starts with an empty home; without this, every run rebuilds the font list.
    """
    with _FONT_LOCK:
        existing = sorted(folder.glob("fontlist-*.json"))
        if existing:
            return existing[-1]
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-c", "import matplotlib.font_manager"],
            env={**clean_env(str(folder)), "MPLCONFIGDIR": str(folder)},
            capture_output=True,
            check=False,
            timeout=300,
        )
        built = sorted(folder.glob("fontlist-*.json"))
        return built[-1] if built else None


def _cgroup_dir() -> Path | None:
    """A fresh pids cgroup for one run, or None when cgroups are not writable here."""
    parent = CGROUP_ROOT / CGROUP_PARENT
    try:
        parent.mkdir(exist_ok=True)
        path = parent / uuid.uuid4().hex[:12]
        path.mkdir()
    except OSError:
        return None
    return path


def _remove_cgroup(path: Path | None) -> None:
    if path is None:
        return
    for _ in range(50):  # the last processes of a run may still be exiting
        try:
            path.rmdir()
        except OSError:
            time.sleep(0.02)
        else:
            return


def clean_env(lang_home: str = "/tmp") -> dict[str, str]:  # noqa: S108 - a private tmpfs in the jail
    """The whole environment of trainee code: nothing hints that it is being graded."""
    bindir = str(Path(sys.executable).parent)
    return {
        "PATH": f"{bindir}:/usr/local/bin:/usr/bin:/bin",
        "HOME": lang_home,
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "MPLBACKEND": "Agg",
        "MPLCONFIGDIR": f"{lang_home}/.mpl",
        "IPYTHONDIR": f"{lang_home}/.ipython",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",
    }


class ForkServer:
    """A running :mod:`malaka.grading.forkserver` (root only); one per grading run.

    Thread-safe: each :meth:`run` sends its jail spec with a fresh socket for the answer.
    """

    def __init__(self, font_dir: Path, modules: tuple[str, ...] = ()) -> None:
        self._lock = threading.Lock()
        self._control, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        env = clean_env()
        env["MPLCONFIGDIR"] = str(font_dir)
        self._proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "malaka.grading.forkserver",
                str(theirs.fileno()),
                json.dumps(list(modules)),
            ],
            pass_fds=[theirs.fileno()],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        theirs.close()

    def run(self, spec: JailSpec, budget: float) -> tuple[bytes, str]:
        """Run one jailed job; return what its executor wrote and an error note."""
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        payload = json.dumps({**asdict(spec), "budget": budget}).encode()
        try:
            with self._lock:
                if self._proc.poll() is not None:
                    return b"", "grading server is not running"
                socket.send_fds(self._control, [payload], [theirs.fileno()])
        finally:
            theirs.close()
        chunks: list[bytes] = []
        ours.settimeout(budget + 30)
        try:
            while chunk := ours.recv(1 << 16):
                chunks.append(chunk)
        except TimeoutError:
            return b"".join(chunks), "whole-run time budget exceeded"
        finally:
            ours.close()
        return b"".join(chunks), ""

    def close(self) -> None:
        """Stop the server (it exits when its control socket closes)."""
        self._control.close()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()

    def __enter__(self) -> ForkServer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


@contextlib.contextmanager
def fork_server(work: Path, modules: tuple[str, ...] = ()) -> Iterator[ForkServer | None]:
    """A fork server for a grading run when the full sandbox is available, else None.

    ``modules``: what the released notebooks import, loaded once in the server.
    """
    if can_isolate() is not None or os.environ.get("MALAKA_NO_FORKSERVER"):
        yield None
        return
    fonts = font_cache(work / ".mplcache")
    with ForkServer(fonts.parent if fonts else work, modules) as server:
        yield server


@dataclass
class RunResult:
    """Per-notebook results the executor printed, plus how the run ended."""

    notebooks: dict[str, dict[str, Any]]
    returncode: int | None
    error: str


def run_submission(
    workdir: Path,
    hide: list[Path],
    limits: Limits,
    budget_seconds: float,
    server: ForkServer | None = None,
) -> RunResult:
    """Run the executor on ``workdir`` (prepared: notebooks, data/, job.json) in the sandbox."""
    reason = can_isolate()
    ids = ensure_grader_user() if reason is None else None
    cgroup: Path | None = None
    fonts = font_cache(workdir.parent / ".mplcache")
    if reason is None and ids is not None:
        cgroup = _cgroup_dir()
        for path in [workdir, *workdir.rglob("*")]:
            os.chown(path, ids[0], ids[1], follow_symlinks=False)
        workdir.chmod(0o700)
        keep = sorted({str(package_source()), sys.prefix, str(Path(sys.base_prefix).resolve())})
        spec = JailSpec(
            workdir=str(workdir),
            hide=[str(p) for p in hide],
            keep=keep,
            uid=ids[0],
            gid=ids[1],
            limits=asdict(limits),
            cgroup=str(cgroup) if cgroup else None,
            env=clean_env(),
            seed_files={f"/tmp/.mpl/{fonts.name}": str(fonts)} if fonts else {},  # noqa: S108
        )
        if server is not None:
            try:
                out, note = server.run(spec, budget_seconds)
            finally:
                _remove_cgroup(cgroup)
            result = _parse(out, None if note else 0, note)
            if result.notebooks or note or not (workdir / "job.json").exists():
                return result
            # The jail never started the job (a server problem, not the trainee's): run it the
            # slow way instead of scoring the trainee 0.
            cgroup = _cgroup_dir()
            spec.cgroup = str(cgroup) if cgroup else None
        cmd = [
            "unshare",
            "--mount",
            "--net",
            "--pid",
            "--fork",
            "--kill-child",
            "--mount-proc",
            sys.executable,
            "-m",
            "malaka.grading.jail",
            json.dumps(asdict(spec)),
        ]
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    else:
        warnings.warn(f"grading without the sandbox: {reason}", IsolationWarning, stacklevel=2)
        cmd = [
            "prlimit",
            f"--as={limits.memory_bytes}",
            f"--fsize={limits.max_file_bytes}",
            f"--nofile={limits.max_open_files}",
            "--core=0",
            sys.executable,
            "-m",
            "malaka.grading.executor",
            str(workdir),
        ]
        env = clean_env(str(workdir))
        if fonts is not None:
            (workdir / ".mpl").mkdir(exist_ok=True)
            shutil.copy2(fonts, workdir / ".mpl" / fonts.name)
    try:
        proc = subprocess.run(
            cmd,
            capture_output=True,
            timeout=budget_seconds,
            env=env,
            check=False,
        )
        out, err, code = proc.stdout, proc.stderr, proc.returncode
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout or b""
        err = (exc.stderr or b"") + b"\nwhole-run time budget exceeded"
        code = None
    finally:
        _remove_cgroup(cgroup)
    return _parse(out, code, err.decode("utf-8", "replace"))


def _parse(out: bytes, code: int | None, err: str) -> RunResult:
    notebooks: dict[str, dict[str, Any]] = {}
    for line in out.splitlines():
        with contextlib.suppress(json.JSONDecodeError, TypeError, KeyError):
            result = json.loads(line)
            notebooks[str(result["stem"])] = result
    return RunResult(notebooks, code, err[-4000:])
