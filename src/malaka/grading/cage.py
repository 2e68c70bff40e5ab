"""Run trainee kernels in a sandbox per trainee, a fresh process per notebook, with deadlines.

Containment (as root, the normal case on the grading machine):

- **Files: an allow-list.** Debian's ``bubblewrap`` (``bwrap``) builds an empty root with only the
  system's ``/usr``, the Python installation and the ``malaka`` package bound back read-only,
  the released data read-only under ``data/``, and a size-limited tmpfs as home, work folder,
  ``/tmp`` and ``/dev/shm``. No writable host path exists in the sandbox (``/run/lock`` and
  ``/var/tmp`` are not there). bubblewrap is used rather than hand-made mounts because it is
  the small, audited tool Flatpak relies on for exactly this.
- **Namespaces:** PID, network (no interface up), IPC (SysV shared memory dies with the
  sandbox), UTS and cgroup; ``--die-with-parent``: when the judge kills the sandbox, its PID
  namespace and every process in it go.
- **The trainee's whole process tree** is in one memory cgroup (a cap for all its processes
  together), one ``cpu`` cgroup (at most ``cpu_cores`` cores, so busy loops cannot slow other
  trainees' grading) and one ``pids`` cgroup. cgroup v1 (``/sys/fs/cgroup/<controller>``) and v2
  (``/sys/fs/cgroup/cgroup.controllers``) are both handled; with neither, memory is capped per
  process with ``RLIMIT_AS`` and :func:`containment` says so.
- **An unprivileged user:** bubblewrap runs as root only to build the mounts; the sandbox's
  first command drops to ``malaka-grader`` (``setpriv``: no groups, no capabilities,
  ``no_new_privs``), so nothing in the sandbox can signal, trace or write to the judge (root)
  or read the gradebook.
- ``prlimit`` sets file-size, open-file and core-dump limits.
- **A fresh process per notebook:** :class:`Sandbox` keeps one sandbox per trainee, whose
  zygote imported the exercises' modules once and forks a kernel per notebook after killing
  whatever the previous notebook left and emptying the home folder; :class:`Kernel` alone
  starts a sandbox of its own.

Not root: bubblewrap still runs (unprivileged user namespaces) without cgroups. Without
bubblewrap: the kernel runs as a plain subprocess in a temporary folder, with a warning.
"""

from __future__ import annotations

import contextlib
import functools
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from malaka.grading import wire

GRADER_USER = "malaka-grader"
CGROUP_PARENT = "malaka-grading"
CGROUP_ROOT = Path("/sys/fs/cgroup")
HOME = "/home/trainee"
WORK = f"{HOME}/work"
GRACE_SECONDS = 5.0
START_SECONDS = 60.0


class IsolationWarning(UserWarning):
    """Grading runs without the full sandbox (not root, no cgroups, or no bubblewrap)."""


class KernelStopped(Exception):  # noqa: N818 - a state, not a bug: "the kernel stopped"
    """The kernel is gone or out of time; ``reason`` says why: ``timeout`` (one cell or call),
    ``budget`` (the notebook's), ``crashed``, ``memory``, ``too-much-output`` or ``protocol``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Limits:
    """Resource limits of one trainee notebook's sandbox."""

    cell_timeout: float = 30.0
    #: Wall-clock seconds for the whole notebook, however many cells the trainee adds.
    notebook_seconds: float = 180.0
    memory_bytes: int = 2 * 1024**3
    cpu_cores: float = 1.0
    max_processes: int = 64
    disk_bytes: int = 256 * 1024**2
    max_file_bytes: int = 256 * 1024**2
    max_open_files: int = 256
    #: What one notebook's cells may print or display, in all.
    output_bytes: int = 4 * 1024**2


# --------------------------------------------------------------------------- what is available


@functools.cache
def bwrap_works() -> bool:
    """True if bubblewrap is installed and can make its namespaces here."""
    exe = shutil.which("bwrap")
    if exe is None:
        return False
    probe = [*_bwrap_base(exe), *_system_args(), "--", *_drop_to_grader(), "/usr/bin/true"]
    try:
        return subprocess.run(probe, capture_output=True, timeout=20, check=False).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@functools.cache
def cgroup_version() -> int | None:
    """1 or 2 if this process can make cgroups with memory, cpu and pids control, else None."""
    if os.geteuid() != 0:
        return None
    if all((CGROUP_ROOT / c).is_dir() for c in ("memory", "cpu", "pids")):
        return 1
    controllers = CGROUP_ROOT / "cgroup.controllers"
    if controllers.is_file():
        have = set(controllers.read_text().split())
        if {"memory", "cpu", "pids"} <= have:
            return 2
    return None


def containment() -> tuple[str, list[str]]:
    """The sandbox mode (``full``, ``user``, ``none``) and what is missing, in plain words."""
    missing: list[str] = []
    if not bwrap_works():
        missing.append(
            "bubblewrap is not installed or cannot make namespaces: trainee code runs as a "
            "plain process with your files (install it with `malaka system install`)"
        )
        return "none", missing
    if os.geteuid() != 0:
        missing.append(
            "not root: trainee code runs in bubblewrap as you, without cgroups (memory capped "
            "per process, no CPU share, no separate grading user)"
        )
        return "user", missing
    if cgroup_version() is None:
        missing.append(
            "no cgroup memory/cpu/pids controllers: memory is capped per process, CPU is not shared"
        )
    return "full", missing


def ensure_grader_user() -> tuple[int, int]:
    """``(uid, gid)`` of the grading user, created on first use (root only)."""
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


def package_source() -> Path:
    """The folder holding the ``malaka`` package (``src/`` in a checkout)."""
    return Path(__file__).resolve().parents[2]


def clean_env(home: str = HOME) -> dict[str, str]:
    """The whole environment of trainee code: nothing hints that it is being graded."""
    bindir = str(Path(sys.executable).parent)
    return {
        "PATH": f"{bindir}:/usr/local/bin:/usr/bin:/bin",
        "HOME": home,
        "TMPDIR": f"{home}/.tmp",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "MPLBACKEND": "Agg",
        "MPLCONFIGDIR": f"{home}/.mpl",
        "IPYTHONDIR": f"{home}/.ipython",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",
    }


_FONT_LOCK = threading.Lock()


def font_cache(folder: Path) -> Path | None:
    """Matplotlib's font list, built once under ``folder`` and bound into every sandbox.

    Each sandbox starts with an empty home; without this, every notebook rebuilds the list.
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


# --------------------------------------------------------------------------- cgroups


class Cgroups:
    """The memory, cpu and pids cgroups of one sandbox (v1 or v2); removed by :meth:`remove`."""

    def __init__(self, limits: Limits) -> None:
        self.version = cgroup_version()
        self.dirs: list[Path] = []
        if self.version is None:
            return
        name = uuid.uuid4().hex[:12]
        quota = int(100_000 * limits.cpu_cores)
        try:
            if self.version == 1:
                settings = {
                    "memory": {
                        "memory.limit_in_bytes": str(limits.memory_bytes),
                        "memory.swappiness": "0",
                    },
                    "cpu": {"cpu.cfs_period_us": "100000", "cpu.cfs_quota_us": str(quota)},
                    "pids": {"pids.max": str(limits.max_processes)},
                }
                for controller, values in settings.items():
                    parent = CGROUP_ROOT / controller / CGROUP_PARENT
                    parent.mkdir(exist_ok=True)
                    path = parent / name
                    path.mkdir()
                    self.dirs.append(path)
                    for key, value in values.items():
                        with contextlib.suppress(OSError):
                            (path / key).write_text(value)
                    if controller == "memory":
                        with contextlib.suppress(OSError):  # no swap accounting on some kernels
                            (path / "memory.memsw.limit_in_bytes").write_text(
                                str(limits.memory_bytes)
                            )
            else:
                parent = CGROUP_ROOT / CGROUP_PARENT
                parent.mkdir(exist_ok=True)
                with contextlib.suppress(OSError):
                    (CGROUP_ROOT / "cgroup.subtree_control").write_text("+memory +cpu +pids")
                    (parent / "cgroup.subtree_control").write_text("+memory +cpu +pids")
                path = parent / name
                path.mkdir()
                self.dirs.append(path)
                (path / "memory.max").write_text(str(limits.memory_bytes))
                with contextlib.suppress(OSError):
                    (path / "memory.swap.max").write_text("0")
                (path / "cpu.max").write_text(f"{quota} 100000")
                (path / "pids.max").write_text(str(limits.max_processes))
        except OSError:
            self.remove()
            self.version = None

    @property
    def procs_files(self) -> list[str]:
        return [str(d / "cgroup.procs") for d in self.dirs]

    def oom_kills(self) -> int:
        """How many processes the memory limit has killed in this cgroup so far."""
        total = 0
        for d in self.dirs:
            for name in ("memory.oom_control", "memory.events"):
                with contextlib.suppress(OSError, ValueError):
                    for line in (d / name).read_text().splitlines():
                        parts = line.split()
                        if len(parts) == 2 and parts[0] == "oom_kill":
                            total += int(parts[1])
        return total

    def kill_all(self) -> None:
        """SIGKILL every process still in the cgroups (normally none: the PID namespace died)."""
        for d in self.dirs:
            with contextlib.suppress(OSError, ValueError):
                for pid in (d / "cgroup.procs").read_text().split():
                    with contextlib.suppress(ProcessLookupError, PermissionError):
                        os.kill(int(pid), 9)

    def remove(self) -> None:
        """Kill what is left, wait for it to exit, and remove the cgroups.

        The CPU quota is lifted first: a killed process must still be scheduled to exit, and
        six throttled busy loops sharing one core's quota take seconds to get there.
        """
        for d in self.dirs:
            for key, value in (("cpu.cfs_quota_us", "-1"), ("cpu.max", "max 100000")):
                with contextlib.suppress(OSError):
                    (d / key).write_text(value)
        deadline = time.monotonic() + 30
        for d in self.dirs:
            while True:
                self.kill_all()
                try:
                    d.rmdir()
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        break
                    time.sleep(0.02)
        self.dirs = []


# --------------------------------------------------------------------------- the kernel handle


def _system_args() -> list[str]:
    """The system's programs and libraries, read-only (merged-/usr links kept as links)."""
    args = ["--ro-bind", "/usr", "/usr"]
    for top in ("bin", "lib", "lib32", "lib64", "sbin"):
        path = Path("/") / top
        if path.is_symlink():
            args += ["--symlink", str(path.readlink()), f"/{top}"]
        elif path.is_dir():
            args += ["--ro-bind", str(path), f"/{top}"]
    return args


def _bwrap_base(exe: str) -> list[str]:
    """Namespaces: as root, bubblewrap makes them itself (no user namespace, so the mounts can
    read the Python installation wherever it is) and keeps only the right to switch user,
    which :func:`_drop_to_grader` then uses; otherwise an unprivileged user namespace."""
    flags = [exe, "--die-with-parent", "--new-session"]
    if os.geteuid() != 0:
        return [*flags, "--unshare-all"]
    flags += ["--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts"]
    flags += ["--unshare-cgroup-try", "--cap-drop", "ALL"]
    return [*flags, "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]


def _drop_to_grader() -> list[str]:
    """Inside the sandbox, as root: become the grading user, with no way back."""
    if os.geteuid() != 0:
        return []
    uid, gid = ensure_grader_user()
    return [
        "setpriv",
        f"--reuid={uid}",
        f"--regid={gid}",
        "--clear-groups",
        "--no-new-privs",
        "--inh-caps=-all",
        "--",
    ]


def _bwrap_args(data: Path | None, limits: Limits, fonts: Path | None) -> list[str]:
    exe = shutil.which("bwrap") or "bwrap"
    args = [*_bwrap_base(exe), *_system_args()]
    for extra in ("/etc/localtime", "/etc/ld.so.cache", "/etc/alternatives"):
        args += ["--ro-bind-try", extra, extra]
    python_dirs = {sys.prefix, str(Path(sys.base_prefix).resolve()), sys.base_prefix}
    python_dirs.add(str(Path(sys.executable).resolve().parent.parent))
    ancestors: set[str] = set()
    for path in sorted(python_dirs | {str(package_source())}):
        if not path.startswith("/usr/"):
            args += ["--ro-bind", path, path]
            ancestors.update(str(p) for p in Path(path).parents if str(p) != "/")
    for folder in sorted(ancestors):  # bubblewrap makes them 0700: let the grading user through
        args += ["--chmod", "0755", folder]
    args += ["--proc", "/proc", "--dev", "/dev"]
    args += ["--size", str(limits.disk_bytes), "--tmpfs", HOME]
    args += ["--dir", f"{HOME}/.tmp", "--dir", WORK, "--dir", f"{HOME}/.mpl"]
    # The sandbox's own /tmp and /dev/shm, on its size-limited tmpfs: never the host's. Where
    # the Python installation or the package lives under /tmp (a checkout there), /tmp stays
    # the read-only folder that leads to it, and TMPDIR points at the private one.
    if "/tmp" not in ancestors:  # noqa: S108
        args += ["--symlink", f"{HOME}/.tmp", "/tmp"]  # noqa: S108
    args += ["--size", str(min(limits.disk_bytes, 64 * 1024**2)), "--tmpfs", "/dev/shm"]  # noqa: S108
    for path in (HOME, f"{HOME}/.tmp", WORK, f"{HOME}/.mpl", "/dev/shm"):  # noqa: S108
        args += ["--chmod", "1777", path]
    if fonts is not None:
        args += ["--ro-bind", str(fonts), f"{HOME}/.mpl/{fonts.name}"]
    if data is not None and data.is_dir():
        args += ["--ro-bind", str(data), f"{WORK}/data"]
    args += ["--chdir", WORK, "--clearenv"]
    for key, value in clean_env().items():
        args += ["--setenv", key, value]
    return args


class _Launched:
    """A process started in the sandbox (or, without one, as a plain process) and its cleanup."""

    def __init__(
        self,
        args: list[str],
        fd: int,
        data: Path | None,
        limits: Limits,
        *,
        work: Path,
        local: Path | None = None,
    ) -> None:
        self.tmp: Path | None = None
        self.cgroups: Cgroups | None = None
        kernel = [sys.executable, "-m", "malaka.grading.kernel", *args]
        rlimits = [
            "prlimit",
            f"--fsize={limits.max_file_bytes}",
            f"--nofile={limits.max_open_files}",
            "--core=0",
        ]
        mode = "local" if local is not None else containment()[0]
        if mode != "full" or cgroup_version() is None:
            rlimits.append(f"--as={limits.memory_bytes}")
        fonts = None if local is not None else font_cache(work / ".mplcache")
        env: dict[str, str] = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
        cwd: str | None = None
        if mode == "full":
            self.cgroups = Cgroups(limits)
            enter = 'for f in $MALAKA_CGROUPS; do echo $$ > "$f" || exit 97; done; exec "$@"'
            cmd = [
                "sh",
                "-c",
                enter,
                "cage",
                *rlimits,
                "--",
                *_bwrap_args(data, limits, fonts),
                "--",
                *_drop_to_grader(),
                *kernel,
            ]
            env["MALAKA_CGROUPS"] = " ".join(self.cgroups.procs_files)
        elif mode == "local":
            cmd = [*rlimits, "--", *kernel]
            env = {**os.environ, "MPLBACKEND": "Agg"}
            cwd = str(local)
        elif mode == "user":
            cmd = [*rlimits, "--", *_bwrap_args(data, limits, fonts), "--", *kernel]
        else:
            self.tmp = Path(tempfile.mkdtemp(prefix="malaka-kernel-", dir=work))
            if data is not None and data.is_dir():
                shutil.copytree(data, self.tmp / "data")
            home = str(self.tmp)
            env = clean_env(home)
            (self.tmp / ".tmp").mkdir()
            if fonts is not None:
                (self.tmp / ".mpl").mkdir()
                shutil.copy2(fonts, self.tmp / ".mpl" / fonts.name)
            cmd = [*rlimits, "--", *kernel]
            cwd = home
        self.proc = subprocess.Popen(
            cmd,
            pass_fds=[fd],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=cwd,
            start_new_session=True,
        )

    def kill(self) -> None:
        """Kill the sandbox (its PID namespace takes every process with it) and clean up."""
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, 9)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            self.proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=30)
        if self.cgroups is not None:
            self.cgroups.remove()
        if self.tmp is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            self.tmp = None


class Sandbox:
    """One trainee's sandbox, reused for each of their notebooks, each in a fresh process.

    A zygote in the sandbox imports what the module's exercises import once, then forks a fresh
    kernel per notebook, after killing every process the previous notebook left and emptying
    the home folder (:func:`malaka.grading.kernel.zygote`). The memory, CPU and process caps
    hold for the trainee's whole process tree. A zygote that dies or does not answer is
    replaced by a fresh sandbox, so one notebook cannot spoil the next. Only with a PID
    namespace (bubblewrap): elsewhere :class:`Kernel` starts a fresh process per notebook.
    """

    def __init__(self, data: Path | None, limits: Limits, *, work: Path, modules: tuple[str, ...]):
        self.data, self.limits, self.work, self.modules = data, limits, work, modules
        self._launched: _Launched | None = None
        self._control: socket.socket | None = None

    @staticmethod
    def possible() -> bool:
        """True where kernels run in their own PID namespace (bubblewrap works)."""
        return containment()[0] in ("full", "user")

    @property
    def cgroups(self) -> Cgroups | None:
        return self._launched.cgroups if self._launched else None

    def _start(self) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        args = [
            "--zygote",
            str(theirs.fileno()),
            f"{self.limits.cell_timeout:g}",
            ",".join(self.modules),
        ]
        try:
            self._launched = _Launched(
                args, theirs.fileno(), self.data, self.limits, work=self.work
            )
        finally:
            theirs.close()
        self._control = ours

    def channel(self) -> socket.socket:
        """The judge's end of a channel to a freshly forked kernel (a new sandbox if needed)."""
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            for _ in range(2):
                if self._launched is None or self._launched.proc.poll() is not None:
                    self.kill()
                    self._start()
                assert self._control is not None
                try:
                    socket.send_fds(self._control, [b"go"], [theirs.fileno()])
                    break
                except OSError:  # the zygote is gone: start the sandbox afresh
                    self.kill()
        finally:
            theirs.close()
        return ours

    def kill(self) -> None:
        """Kill the sandbox and everything in it."""
        if self._control is not None:
            self._control.close()
            self._control = None
        if self._launched is not None:
            self._launched.kill()
            self._launched = None

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.kill()


class Kernel:
    """A running trainee kernel and the judge's end of its channel.

    Every request has a deadline: the smaller of the per-cell limit and what is left of the
    notebook's budget. When a deadline passes, or the kernel dies or breaks the protocol, the
    sandbox is killed and :class:`KernelStopped` says why; every later request raises it too.
    """

    def __init__(
        self,
        data: Path | None,
        limits: Limits,
        *,
        work: Path,
        local: Path | None = None,
        zygote: Sandbox | None = None,
    ) -> None:
        """``local``: run unsandboxed in that folder as the caller (``malaka check``);
        ``zygote``: fork the kernel in that trainee's sandbox instead of starting one."""
        self.limits = limits
        self._zygote = zygote
        self._launched: _Launched | None = None
        for attempt in range(2 if zygote is not None else 1):
            self.stopped: str | None = None
            if zygote is not None:
                self.sock = zygote.channel()
                self.cgroups = zygote.cgroups
            else:
                ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
                self.sock = ours
                args = [str(theirs.fileno()), f"{limits.cell_timeout:g}"]
                try:
                    self._launched = _Launched(
                        args, theirs.fileno(), data, limits, work=work, local=local
                    )
                finally:
                    theirs.close()
                self.cgroups = self._launched.cgroups
            self._oom_before = self.cgroups.oom_kills() if self.cgroups else 0
            self.started = time.monotonic()
            self.deadline = self.started + limits.notebook_seconds
            try:
                self.request({"op": "ping"}, first=True)
                return
            except KernelStopped:
                if attempt == 0 and zygote is not None:
                    continue  # the trainee's sandbox did not answer: a fresh one
                return  # a kernel that never starts stays `stopped`

    # -- requests ------------------------------------------------------------------------
    def request(
        self,
        header: dict[str, Any],
        blobs: list[bytes] | None = None,
        *,
        first: bool = False,
    ) -> tuple[dict[str, Any], list[bytes]]:
        """Send one request and wait for its reply within the deadline."""
        if self.stopped:
            raise KernelStopped(self.stopped)
        now = time.monotonic()
        left = self.deadline - now
        if left <= 0:
            self.stop("budget")
        per_request = self.limits.cell_timeout + GRACE_SECONDS + (START_SECONDS if first else 0)
        timeout = min(per_request, left)
        # Every request carries a fresh random id that its reply must echo, and nothing may be
        # waiting on the channel before a request is sent: replies a trainee queued in advance
        # are forgeries, and stop the notebook instead of being believed.
        request_id = secrets.token_hex(8)
        try:
            if self._pending():
                self.stop("protocol")
            self.sock.settimeout(timeout)
            wire.send(self.sock, {**header, "id": request_id}, blobs)
            reply = wire.recv(self.sock)
        except TimeoutError:
            self.stop("budget" if time.monotonic() >= self.deadline else "timeout")
        except wire.WireError:
            self.stop("protocol")
        except (EOFError, OSError):
            oom = self.cgroups is not None and self.cgroups.oom_kills() > self._oom_before
            self.stop("memory" if oom else "crashed")
        if reply[0].get("id") != request_id:
            self.stop("protocol")
        return reply

    def _pending(self) -> bool:
        """True if the kernel sent something nobody asked for."""
        self.sock.settimeout(0.0)
        try:
            return bool(self.sock.recv(1, socket.MSG_PEEK))
        except (BlockingIOError, InterruptedError):
            return False

    def stop(self, reason: str) -> Any:
        """Kill the sandbox and remember why; always raises :class:`KernelStopped`."""
        self.stopped = self.stopped or reason
        self.close()
        raise KernelStopped(self.stopped)

    def close(self) -> None:
        """End the kernel; kill its sandbox unless it is a trainee's sandbox in good order."""
        with contextlib.suppress(OSError):
            if not self.stopped:
                self.sock.settimeout(0.5)
                wire.send(self.sock, {"op": "bye"})
        self.sock.close()
        if self._zygote is not None:
            if self.stopped:
                self._zygote.kill()
            return
        if self._launched is not None:
            self._launched.kill()
            self._launched = None

    def __enter__(self) -> Kernel:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def warn_if_weak() -> None:
    """Warn if trainee code will not run fully contained, saying what is missing."""
    for line in containment()[1]:
        warnings.warn(f"grading without the full sandbox: {line}", IsolationWarning, stacklevel=2)
