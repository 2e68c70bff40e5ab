"""The trainee kernel: runs a trainee's cells and answers the judge's questions with data.

``python -m malaka.grading.kernel FD`` is started inside the sandbox (:mod:`malaka.grading.cage`)
for one notebook, with one end of a socket pair as ``FD``. It knows nothing of grading: the
judge sends it cell sources one at a time (``run``), then asks for values by name (``get``),
for the results of calling a trainee function on inputs the judge chose (``call``), or for a
description of a matplotlib figure (``figure``). Replies are plain data
(:mod:`malaka.grading.wire`).

Everything here runs in the trainee's process, so a trainee can replace any of it: the judge
treats every reply as an untrusted claim about the trainee's own answers, never as a verdict.
``malaka check`` uses the same kernel, unsandboxed, on the trainee's own machine.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import os
import re
import signal
import socket
import sys
from pathlib import Path
from typing import Any

from malaka.grading import wire

MAX_STREAM_CHARS = 50_000
MAX_DISPLAY_OUTPUTS = 20
MAX_DISPLAY_CHARS = 2_000_000
MAX_MESSAGE_CHARS = 2_000
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*")

_TIMEOUT_TEXT = {
    "uz": "Katak {limit} soniyadan ortiq ishladi va to'xtatildi (cheksiz sikl?).",
    "ru": "Ячейка выполнялась дольше {limit} с и была остановлена (бесконечный цикл?).",
    "en": "The cell ran longer than {limit} s and was stopped (an endless loop?).",
}


class CellTimeoutError(Exception):
    """Raised inside a cell or call when its time limit passes."""


class CappedStream:
    """A text stream that keeps the first ``limit`` characters and counts the rest."""

    encoding = "utf-8"
    errors = "replace"

    def __init__(self, limit: int = MAX_STREAM_CHARS) -> None:
        self.parts: list[str] = []
        self.kept = 0
        self.dropped = 0
        self.limit = limit

    def write(self, text: object) -> int:
        s = str(text)
        room = self.limit - self.kept
        if room > 0:
            self.parts.append(s[:room])
            self.kept += min(room, len(s))
        self.dropped += max(0, len(s) - max(room, 0))
        return len(s)

    def writelines(self, lines: list[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        """Nothing is buffered outside ``parts``."""

    def isatty(self) -> bool:
        return False

    def text(self) -> str:
        out = "".join(self.parts)
        if self.dropped:
            out += f"\n... [{self.dropped} characters cut]\n"
        return out


def _raised(exc: BaseException) -> dict[str, str]:
    """A trainee's exception, reported as data (its type's name and a capped message)."""
    return {"raised": type(exc).__name__, "message": str(exc)[:MAX_MESSAGE_CHARS]}


def _new_shell_class() -> Any:
    from IPython.core.interactiveshell import InteractiveShell

    class KernelShell(InteractiveShell):
        """An IPython shell that records the last error instead of printing it."""

        last_error: dict[str, Any] | None = None

        def _showtraceback(self, etype: Any, evalue: Any, stb: Any) -> None:
            self.last_error = {
                "output_type": "error",
                "ename": getattr(etype, "__name__", str(etype)),
                "evalue": str(evalue)[:MAX_MESSAGE_CHARS],
                "traceback": [str(s)[:MAX_MESSAGE_CHARS] for s in (stb or [])][-20:],
            }

    return KernelShell


def _new_shell() -> Any:
    from IPython.core.displaypub import CapturingDisplayPublisher
    from traitlets.config import Config

    cfg = Config()
    cfg.HistoryManager.enabled = False
    cfg.InteractiveShell.colors = "nocolor"
    cfg.InteractiveShell.xmode = "Plain"
    shell = _new_shell_class().instance(config=cfg)
    shell.display_pub = CapturingDisplayPublisher()  # type: ignore[no-untyped-call]
    return shell


class Kernel:
    """One notebook's namespace, driven by requests on a socket."""

    def __init__(self, sock: socket.socket, timeout: float) -> None:
        self.sock = sock
        self.timeout = timeout
        self.shell = _new_shell()
        self.count = 0

    # -- time limit ------------------------------------------------------------------------
    def _on_alarm(self, _signum: int, _frame: Any) -> None:
        lang = str(self.shell.user_ns.get("LANG", "uz"))
        text = _TIMEOUT_TEXT.get(lang, _TIMEOUT_TEXT["uz"]).format(limit=f"{self.timeout:g}")
        raise CellTimeoutError(text)

    def _arm(self) -> None:
        signal.signal(signal.SIGALRM, self._on_alarm)
        signal.setitimer(signal.ITIMER_REAL, self.timeout)

    @staticmethod
    def _disarm() -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)

    # -- requests --------------------------------------------------------------------------
    def serve(self) -> None:
        while True:
            try:
                header, blobs = wire.recv(self.sock)
            except (EOFError, OSError):
                return
            op = header.get("op")
            if op == "bye":
                return
            handler = {
                "run": self.run,
                "get": self.get,
                "call": self.call,
                "figure": self.figure,
                "ping": lambda *_: ({"ok": True}, []),
            }.get(str(op))
            if handler is None:
                reply: tuple[dict[str, Any], list[bytes]] = ({"error": "unknown op"}, [])
            else:
                reply = handler(header, blobs)
            wire.send(self.sock, {**reply[0], "id": header.get("id")}, reply[1])

    def run(
        self, header: dict[str, Any], _blobs: list[bytes]
    ) -> tuple[dict[str, Any], list[bytes]]:
        """Run one cell like a notebook would; return its outputs (capped)."""
        out, err = CappedStream(), CappedStream()
        sys.stdout, sys.stderr = out, err
        self.shell.last_error = None
        self._arm()
        try:
            self.shell.run_cell(str(header.get("source", "")), store_history=True, silent=False)
        except CellTimeoutError as exc:
            self.shell.last_error = {
                "output_type": "error",
                "ename": "CellTimeoutError",
                "evalue": str(exc),
                "traceback": [f"CellTimeoutError: {exc}"],
            }
        finally:
            self._disarm()
            sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
        self.count += 1
        outputs: list[dict[str, Any]] = []
        for name, stream in (("stdout", out), ("stderr", err)):
            if stream.text():
                outputs.append({"output_type": "stream", "name": name, "text": stream.text()})
        pub = self.shell.display_pub
        for item in list(getattr(pub, "outputs", []))[:MAX_DISPLAY_OUTPUTS]:
            data = item.get("data", {}) if isinstance(item, dict) else {}
            kept = {
                str(k): str(v)
                for k, v in data.items()
                if k in ("text/plain", "text/html", "image/png") and len(str(v)) < MAX_DISPLAY_CHARS
            }
            if kept:
                outputs.append({"output_type": "display_data", "data": kept, "metadata": {}})
        if hasattr(pub, "outputs"):
            pub.outputs.clear()
        if self.shell.last_error is not None:
            outputs.append(self.shell.last_error)
        checks = sys.modules.get("malaka.grading.checks")
        drain = getattr(checks, "drain_verified", None)
        verified = [str(v)[:300] for v in drain()][:50] if callable(drain) else []
        return {"outputs": outputs, "count": self.count, "verified": verified}, []

    def _resolve(self, name: object) -> Any:
        if not isinstance(name, str) or not _NAME.fullmatch(name):
            raise LookupError(name)
        first, *attrs = name.split(".")
        if first not in self.shell.user_ns:
            raise LookupError(name)
        value = self.shell.user_ns[first]
        for attr in attrs:
            value = getattr(value, attr)
        return value

    def get(
        self, header: dict[str, Any], _blobs: list[bytes]
    ) -> tuple[dict[str, Any], list[bytes]]:
        """The value bound to a name in the notebook, as data."""
        try:
            self._arm()
            try:
                value = self._resolve(header.get("name"))
                blobs: list[bytes] = []
                tree = wire.encode(value, blobs)
            finally:
                self._disarm()
        except LookupError:
            return {"missing": True}, []
        except BaseException as exc:
            return _raised(exc), []
        return {"value": tree}, blobs

    def call(
        self, header: dict[str, Any], blobs: list[bytes]
    ) -> tuple[dict[str, Any], list[bytes]]:
        """Call a trainee function once per case; each result or exception is reported."""
        try:
            fn = self._resolve(header.get("name"))
        except LookupError:
            return {"missing": True}, []
        except BaseException as exc:
            return _raised(exc), []
        cases = wire.decode(header.get("cases"), blobs)
        results: list[dict[str, Any]] = []
        out_blobs: list[bytes] = []
        sink = CappedStream(0)
        sys.stdout, sys.stderr = sink, sink
        self._arm()
        try:
            for args in cases:
                try:
                    value = fn(*args)
                    results.append({"value": wire.encode(value, out_blobs)})
                except CellTimeoutError:
                    results.append({"raised": "CellTimeoutError", "message": "time limit"})
                    break
                except BaseException as exc:
                    results.append(_raised(exc))
        except CellTimeoutError:
            results.append({"raised": "CellTimeoutError", "message": "time limit"})
        finally:
            self._disarm()
            sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
        return {"results": results}, out_blobs

    def figure(
        self, header: dict[str, Any], _blobs: list[bytes]
    ) -> tuple[dict[str, Any], list[bytes]]:
        """What a matplotlib figure shows: per axes its title, labels and how many lines/bars."""
        try:
            fig = self._resolve(header.get("name"))
            axes = [
                {
                    "title": str(ax.get_title()),
                    "xlabel": str(ax.get_xlabel()),
                    "ylabel": str(ax.get_ylabel()),
                    "lines": len(ax.get_lines()),
                    "patches": len(ax.patches),
                }
                for ax in fig.get_axes()
            ]
        except LookupError:
            return {"missing": True}, []
        except BaseException as exc:
            return _raised(exc), []
        blobs: list[bytes] = []
        return {"value": wire.encode({"axes": axes}, blobs)}, blobs


def _quiet_stdio() -> None:
    devnull = os.open(os.devnull, os.O_RDWR)
    for target in (0, 1, 2):
        os.dup2(devnull, target)


def _in_own_pid_namespace() -> bool:
    """True inside bubblewrap, whose init is PID 1: ``kill(-1)`` then reaches only the sandbox."""
    try:
        return Path("/proc/1/comm").read_text().strip() == "bwrap"
    except OSError:
        return False


def _under_mount(path: Path, top: Path) -> bool:
    """True if ``path`` is a mount point, or inside one, below ``top``."""
    for part in (path, *path.parents):
        if part == top:
            return False
        if os.path.ismount(part):
            return True
    return False


def _clear_home(home: Path) -> None:
    """Kill every other process of this sandbox and empty its home, for the next notebook.

    ``kill(-1)`` reaches every process the zygote may signal except itself and PID 1 (the
    sandbox's root-owned init); mount points (the read-only data and font cache) stay.
    """
    if not _in_own_pid_namespace():
        raise RuntimeError("a zygote runs only in its own sandbox (PID namespace)")
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(-1, signal.SIGKILL)
    for folder in (home, Path("/dev/shm")):  # noqa: S108 - the sandbox's own tmpfs
        for path in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
            if _under_mount(path, folder):
                continue
            with contextlib.suppress(OSError):
                if path.is_dir() and not path.is_symlink():
                    path.rmdir()
                else:
                    path.unlink()
    for sub in (".tmp", "work", ".mpl"):
        (home / sub).mkdir(exist_ok=True)


def zygote(control_fd: int, timeout: float, modules: list[str]) -> None:
    """Import what the exercises import once, then fork one fresh kernel per notebook.

    Each request on ``control_fd`` carries the channel of one notebook (``SCM_RIGHTS``). Before
    forking, every process left by the previous notebook is killed and the home folder emptied,
    so a notebook starts from this process's pristine state. The zygote is not dumpable: the
    trainee code in its children (same user) cannot trace it or read or write its memory.
    """
    os.environ.setdefault("MPLBACKEND", "Agg")
    for name in modules:
        with contextlib.suppress(Exception):
            importlib.import_module(name)
    _new_shell_class()
    with contextlib.suppress(Exception):
        ctypes.CDLL(None).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE 0
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel
    control = socket.socket(fileno=control_fd)
    home = Path(os.environ.get("HOME", "/tmp"))  # noqa: S108
    while True:
        try:
            message, fds, _flags, _addr = socket.recv_fds(control, 16, 1)
        except OSError:
            return
        if not message:
            return
        if len(fds) != 1:
            for fd in fds:
                os.close(fd)
            continue
        _clear_home(home)
        if os.fork() == 0:
            code = 1
            try:
                control.close()
                os.setsid()
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                os.chdir(home / "work")
                Kernel(socket.socket(fileno=fds[0]), timeout).serve()
                code = 0
            finally:
                os._exit(code)
        os.close(fds[0])


def main(argv: list[str]) -> int:
    """``FD TIMEOUT``: serve the judge on socket ``FD``; ``--zygote FD TIMEOUT MODULES``: fork
    a kernel per notebook from a process that imported ``MODULES`` (comma-separated) once."""
    _quiet_stdio()
    if argv and argv[0] == "--zygote":
        zygote(int(argv[1]), float(argv[2]), [m for m in argv[3].split(",") if m])
        return 0
    fd = int(argv[0])
    timeout = float(argv[1]) if len(argv) > 1 else 30.0
    os.environ.setdefault("MPLBACKEND", "Agg")
    Kernel(socket.socket(fileno=fd), timeout).serve()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
