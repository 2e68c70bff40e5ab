"""Run one trainee's notebooks inside the grading sandbox and print the cell outputs as JSON.

``python -m malaka.grading.executor WORKDIR`` runs as the unprivileged grading user, in the
submission's temporary copy, with no network and resource limits set by
:mod:`malaka.grading.sandbox`. It trusts nothing it runs and knows nothing of the gradebook.

Speed: the heavy libraries (IPython, numpy, pandas, matplotlib, the check helpers) are imported
once (per grading run when the fork server is used, else per submission); each notebook then
runs in a forked child with a fresh IPython shell, so notebooks never share state and no kernel
process or ZeroMQ channel is started per notebook.

Integrity (best effort, in-process): before each test cell the builtins, the check helpers
(module and notebook names), tracing hooks and signal handlers are put back; test cells are
compiled and executed by references taken before any trainee code ran, not through the shell
a trainee can patch. A cell that outlives the time limit is interrupted, then its process is
killed; cells that never ran are reported as such, so a crash or ``os._exit`` cannot pass tests.
"""

from __future__ import annotations

import builtins
import contextlib
import json
import os
import selectors
import signal
import sys
import time
import traceback
from pathlib import Path
from typing import Any

_exec = exec
_compile = compile
_BUILTINS = dict(vars(builtins))
GRACE_SECONDS = 3.0
MAX_STREAM_CHARS = 50_000
MAX_DISPLAY_OUTPUTS = 20
MAX_MESSAGE_BYTES = 8 * 1024 * 1024

_TIMEOUT_TEXT = {
    "uz": "Katak {limit} soniyadan ortiq ishladi va to'xtatildi (cheksiz sikl?).",
    "ru": "Ячейка выполнялась дольше {limit} с и была остановлена (бесконечный цикл?).",
    "en": "The cell ran longer than {limit} s and was stopped (an endless loop?).",
}


class CellTimeoutError(Exception):
    """Raised inside a cell when its time limit passes."""


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


WARM_MODULES = ("numpy", "pandas", "matplotlib.pyplot", "malaka.grading.checks")


def warm_imports(extra: tuple[str, ...] = ()) -> None:
    """Import what exercises use, once, before forking (the children share these pages).

    ``extra`` comes from the instructor's released notebooks, never from trainee code.
    """
    os.environ.setdefault("MPLBACKEND", "Agg")
    for name in (*WARM_MODULES, *extra):
        with contextlib.suppress(Exception):
            __import__(name)


def _new_shell() -> Any:
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets.config import Config

    class GradingShell(InteractiveShell):
        """An IPython shell that records the last error instead of printing it."""

        last_error: dict[str, Any] | None = None

        def _showtraceback(self, etype: Any, evalue: Any, stb: Any) -> None:
            self.last_error = {
                "output_type": "error",
                "ename": getattr(etype, "__name__", str(etype)),
                "evalue": str(evalue),
                "traceback": list(stb) if isinstance(stb, list) else [str(stb)],
            }

    cfg = Config()
    cfg.HistoryManager.enabled = False
    cfg.InteractiveShell.colors = "nocolor"
    cfg.InteractiveShell.xmode = "Plain"
    shell = GradingShell.instance(config=cfg)
    from IPython.core.displaypub import CapturingDisplayPublisher

    shell.display_pub = CapturingDisplayPublisher()  # type: ignore[no-untyped-call]
    return shell


class _Runner:
    """Executes one notebook's code cells in the forked child and reports each cell."""

    def __init__(self, nb: dict[str, Any], grade_cells: set[int], timeout: float, fd: int):
        self.nb = nb
        self.grade_cells = grade_cells
        self.timeout = timeout
        self.fd = fd
        self.pid = os.getpid()
        self.shell = _new_shell()
        self.checks: Any = sys.modules.get("malaka.grading.checks")
        self.checks_dict = dict(vars(self.checks)) if self.checks else {}
        self.count = 0

    def send(self, message: dict[str, Any]) -> None:
        if os.getpid() != self.pid:  # a copy forked by trainee code: never report
            os._exit(0)
        data = (json.dumps(message, default=str) + "\n").encode()
        view = memoryview(data)
        while view:
            written = os.write(self.fd, view)
            view = view[written:]

    def _on_alarm(self, _signum: int, _frame: Any) -> None:
        lang = str(self.shell.user_ns.get("LANG", "uz"))
        text = _TIMEOUT_TEXT.get(lang, _TIMEOUT_TEXT["uz"]).format(limit=f"{self.timeout:g}")
        raise CellTimeoutError(text)

    def _restore(self) -> None:
        """Undo what trainee code may have done to the things test cells rely on."""
        sys.settrace(None)
        sys.setprofile(None)
        vars(builtins).update(_BUILTINS)
        if self.checks is not None:
            module_dict = vars(self.checks)
            module_dict.clear()
            module_dict.update(self.checks_dict)
            helpers = self.checks_dict.get("HELPERS", {})
            sys.modules["malaka.grading.checks"] = self.checks
            for name, fn in helpers.items():
                if name in self.shell.user_ns:
                    self.shell.user_ns[name] = fn
        self.shell.custom_exceptions = ()

    def _arm(self) -> None:
        signal.signal(signal.SIGALRM, self._on_alarm)
        signal.setitimer(signal.ITIMER_REAL, self.timeout)

    def _run_test_cell(self, source: str, index: int) -> dict[str, Any] | None:
        self._restore()
        try:
            code = _compile(source, f"<test cell {index}>", "exec")
            self._arm()
            try:
                _exec(code, self.shell.user_ns)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        except BaseException as exc:
            lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
            return {
                "output_type": "error",
                "ename": type(exc).__name__,
                "evalue": str(exc),
                "traceback": [line.rstrip("\n") for line in lines],
            }
        return None

    def _run_code_cell(self, source: str) -> dict[str, Any] | None:
        self.shell.last_error = None
        self._arm()
        try:
            self.shell.run_cell(source, store_history=True, silent=False)
        except CellTimeoutError as exc:
            self.shell.last_error = {
                "output_type": "error",
                "ename": "CellTimeoutError",
                "evalue": str(exc),
                "traceback": [f"CellTimeoutError: {exc}"],
            }
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        error: dict[str, Any] | None = self.shell.last_error
        return error

    def run(self) -> None:
        for index, cell in enumerate(self.nb.get("cells", [])):
            if cell.get("cell_type") != "code":
                continue
            source = cell.get("source", "")
            source = "".join(source) if isinstance(source, list) else str(source)
            self.send({"start": index})
            out, err = CappedStream(), CappedStream()
            sys.stdout, sys.stderr = out, err
            try:
                if index in self.grade_cells:
                    error = self._run_test_cell(source, index)
                else:
                    error = self._run_code_cell(source)
            except BaseException as exc:
                error = {"output_type": "error", "ename": type(exc).__name__, "evalue": str(exc)}
                error["traceback"] = [f"{type(exc).__name__}: {exc}"]
            finally:
                sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
            self.count += 1
            self.send(
                {"cell": index, "count": self.count, "outputs": self._outputs(out, err, error)}
            )
        self.send({"done": True})

    def _outputs(
        self, out: CappedStream, err: CappedStream, error: dict[str, Any] | None
    ) -> list[dict[str, Any]]:
        outputs: list[dict[str, Any]] = []
        if out.text():
            outputs.append({"output_type": "stream", "name": "stdout", "text": out.text()})
        if err.text():
            outputs.append({"output_type": "stream", "name": "stderr", "text": err.text()})
        pub = self.shell.display_pub
        for item in list(getattr(pub, "outputs", []))[:MAX_DISPLAY_OUTPUTS]:
            data = item.get("data", {}) if isinstance(item, dict) else {}
            kept = {
                k: v
                for k, v in data.items()
                if k in ("text/plain", "text/html", "image/png") and len(str(v)) < 2_000_000
            }
            if kept:
                outputs.append({"output_type": "display_data", "data": kept, "metadata": {}})
        if hasattr(pub, "outputs"):
            pub.outputs.clear()
        if error is not None:
            outputs.append(error)
        return outputs


def _child(nb: dict[str, Any], grade_cells: set[int], timeout: float, fd: int) -> None:
    devnull = os.open(os.devnull, os.O_RDWR)
    for target in (0, 1, 2):
        os.dup2(devnull, target)
    _Runner(nb, grade_cells, timeout, fd).run()


def _watch(read_fd: int, timeout: float) -> tuple[dict[str, Any], str | None]:
    """Read the child's reports until done; enforce the per-cell deadline and output cap."""
    cells: dict[str, Any] = {}
    stopped: str | None = None
    current: int | None = None
    buffer = b""
    total = 0
    deadline = time.monotonic() + 60.0  # shell start-up
    selector = selectors.DefaultSelector()
    selector.register(read_fd, selectors.EVENT_READ)
    done = False
    while not done:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            stopped = f"timeout:{current}"
            break
        if not selector.select(timeout=remaining):
            continue
        chunk = os.read(read_fd, 65536)
        if not chunk:
            stopped = f"crashed:{current}"
            break
        total += len(chunk)
        if total > MAX_MESSAGE_BYTES:
            stopped = f"too-much-output:{current}"
            break
        buffer += chunk
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            try:
                message = json.loads(line)
                if not isinstance(message, dict):
                    continue
                start = int(message["start"]) if "start" in message else None
                index = int(message["cell"]) if "cell" in message else None
            except (json.JSONDecodeError, TypeError, ValueError):
                continue
            if start is not None:
                current = start
                deadline = time.monotonic() + timeout + GRACE_SECONDS
            elif index is not None:
                cells[str(index)] = message
                current = None
                deadline = time.monotonic() + timeout + GRACE_SECONDS
            elif message.get("done"):
                done = True
    selector.close()
    return cells, stopped


def run_notebook(
    nb: dict[str, Any], grade_cells: set[int], timeout: float, out_fd: int
) -> dict[str, Any]:
    """Run ``nb`` in a forked child; return ``{"cells": {index: ...}, "stopped": reason}``."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        try:
            os.close(read_fd)
            os.close(out_fd)
            os.setpgid(0, 0)
            _child(nb, grade_cells, timeout, write_fd)
        finally:
            os._exit(0)
    os.close(write_fd)
    with contextlib.suppress(OSError):
        os.setpgid(pid, pid)
    cells, stopped = _watch(read_fd, timeout)
    os.close(read_fd)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)
    return {"cells": cells, "stopped": stopped}


def run_job(workdir: str, job_file: Path, out_fd: int, *, delete_job: bool) -> None:
    """Run every notebook of the job; write one JSON line per notebook to ``out_fd``."""
    os.chdir(workdir)
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE 0: siblings cannot open our fds
    job = json.loads(job_file.read_text(encoding="utf-8"))
    if delete_job:
        job_file.unlink()  # the sandbox's copy: trainee code need not see it
    warm_imports()
    for entry in job["notebooks"]:
        nb = json.loads(Path(entry["path"]).read_text(encoding="utf-8"))
        result = run_notebook(nb, set(entry["grade_cells"]), float(job["timeout"]), out_fd)
        result["stem"] = entry["stem"]
        data = (json.dumps(result) + "\n").encode()
        view = memoryview(data)
        while view:
            view = view[os.write(out_fd, view) :]


def main(argv: list[str]) -> int:
    """Run every notebook listed in ``WORKDIR/job.json`` (or ``argv[1]``); one JSON line each."""
    job_file = Path(argv[1]) if len(argv) > 1 else Path(argv[0]) / "job.json"
    out_fd = os.dup(1)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 1)
    run_job(argv[0], job_file.resolve(), out_fd, delete_job=len(argv) == 1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
