"""A root process that has imported the exercise stack once and forks one jail per submission.

Importing numpy, pandas, matplotlib and IPython costs about two seconds per process; grading a
class would pay it once per trainee. This server pays it once per ``malaka grade run``: for each
request (a jail spec plus a socket to answer on, passed with ``SCM_RIGHTS``) it forks a waiter,
which makes fresh mount, network and PID namespaces (``unshare(2)``) and forks the jailed
process (PID 1 of the new namespace). That process enters the jail exactly as
:mod:`malaka.grading.jail` does (mounts, cgroup, rlimits, the unprivileged user, a clean
environment) and runs :func:`malaka.grading.executor.run_job` with the modules already loaded.
Nothing from one submission survives into the next: each starts from the server's pristine
post-import state, and its whole PID namespace dies with it. The waiter kills the namespace when
the run's time budget is over.

Started by :class:`malaka.grading.sandbox.ForkServer`; never run by hand.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import signal
import socket
import sys
from pathlib import Path
from typing import Any

CLONE_NEWNS = 0x00020000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
MAX_REQUEST = 1 << 20


def _unshare(flags: int) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(flags) != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"unshare failed: {os.strerror(err)}")


def _jailed(spec: dict[str, Any], out_fd: int) -> None:
    """PID 1 of the new namespaces: enter the jail and run the job."""
    from malaka.grading import executor, jail

    os.closerange(3, out_fd)
    os.closerange(out_fd + 1, 1 << 16)
    jail.enter(spec, mount_proc=True)
    os.environ.clear()
    os.environ.update(spec["env"])
    executor.run_job(jail.SUBMISSION, Path(jail.SUBMISSION) / "job.json", out_fd, delete_job=True)


def _waiter(spec: dict[str, Any], out_fd: int) -> None:
    """Make the namespaces, fork the jailed process, kill it when the budget is spent."""
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    _unshare(CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWPID)
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            _jailed(spec, out_fd)
            code = 0
        finally:
            os._exit(code)
    os.close(out_fd)

    def _expire(_signum: int, _frame: Any) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)

    signal.signal(signal.SIGALRM, _expire)
    signal.alarm(max(1, int(spec.get("budget", 600))))
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


def serve(control_fd: int, modules: tuple[str, ...] = ()) -> None:
    """Answer requests on ``control_fd`` until the parent closes it (``modules``: warm imports)."""
    from malaka.grading import executor

    executor.warm_imports(modules)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # waiters are reaped automatically
    control = socket.socket(fileno=control_fd)
    while True:
        try:
            data, fds, _flags, _addr = socket.recv_fds(control, MAX_REQUEST, 1)
        except OSError:
            return
        if not data:
            return
        if len(fds) != 1:
            for fd in fds:
                os.close(fd)
            continue
        spec = json.loads(data)
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                control.close()
                _waiter(spec, fds[0])
                code = 0
            finally:
                os._exit(code)
        os.close(fds[0])


if __name__ == "__main__":
    serve(int(sys.argv[1]), tuple(json.loads(sys.argv[2])) if len(sys.argv) > 2 else ())
