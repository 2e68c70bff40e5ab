"""How local worker processes start: forked from a fork server that has already imported the
simulation modules and the caller's main module, once per session.

A worker started by spawn or a fork server imports the caller's main module before it can run
(so that what it is sent can refer to it). Python's fork server can do that import once, for
every worker, when ``"__main__"`` is in its preload list; before Python 3.14 that never worked
(CPython issue 137996: the path is looked up under a key nobody sets), and every worker of
every run imported the main module again: ``pytest`` 0.13 s, a planner's script that imports
pandas at its top a third of a second or more, each time. Here the fork server is given the
caller's main module (path or name, ``sys.path``, working directory) through its environment
and imports it once, as Python's own preparation of a worker would.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from multiprocessing import get_all_start_methods, get_context, process, spawn
from typing import Any

#: What a worker needs imported (numpy imports ``numpy.random`` on first use only); this
#: module last, so that the caller's main module is imported after them.
WORKER_MODULES = [
    "malaka.simulations.runner",
    "malaka.simulations.processes",
    "numpy.random",
    __name__,
]

_MAIN = "MALAKA_FORKSERVER_MAIN"  # the environment variable that carries the main module
#: What of the caller's preparation data the fork server needs to import its main module.
_MAIN_KEYS = (
    "sys_path",
    "sys_argv",
    "dir",
    "orig_dir",
    "init_main_from_name",
    "init_main_from_path",
)


def context() -> Any:
    """A fork server where the platform has one, else spawn.

    Children forked from the server share no memory with this process. Forked from this
    process, they would share its pages copy-on-write, and every page this process writes
    afterwards costs it a page fault: 55,000 more in a run of twelve regional replications,
    a tenth of the two-worker speed-up. Nor do they inherit its threads' locks (a progress
    bar, Arrow's thread pools), which a fork can copy held. The server starts once per
    session with the simulation modules and the caller's main module imported (about half a
    second, once). Like spawn (and Python's own default from 3.14 on), a child imports the
    main module: a script keeps its work under ``if __name__ == "__main__":`` (notebooks and
    ``python -m`` need nothing).
    """
    if "forkserver" not in get_all_start_methods():
        return get_context("spawn")
    ctx = get_context("forkserver")
    ctx.set_forkserver_preload(WORKER_MODULES)
    if not getattr(process.current_process(), "_inheriting", False):
        _ensure_server()
    return ctx


def _ensure_server() -> None:
    """Start the fork server (if it is not running) with the caller's main module to import."""
    from multiprocessing import forkserver

    data = spawn.get_preparation_data("forkserver")
    wanted = {key: data[key] for key in _MAIN_KEYS if key in data}
    if not {"init_main_from_name", "init_main_from_path"} & wanted.keys():
        forkserver.ensure_running()
        return
    before = os.environ.get(_MAIN)
    os.environ[_MAIN] = json.dumps(wanted)  # read once by the server as it starts
    try:
        forkserver.ensure_running()
    finally:
        if before is None:
            del os.environ[_MAIN]
        else:
            os.environ[_MAIN] = before


def _import_callers_main() -> None:
    """In the fork server, as it starts: import the main module the caller named, as Python's
    own preparation of a worker does (a worker then finds it imported and skips it). Where it
    fails, nothing is changed: every worker imports it itself, and reports why it failed."""
    text = os.environ.pop(_MAIN, None)
    if text is None:
        return
    current = process.current_process()
    current._inheriting = True  # type: ignore[attr-defined]  # as a starting worker: no children
    try:
        spawn.prepare(json.loads(text))
    except (Exception, SystemExit):  # noqa: S110 - every worker retries, and reports the error
        pass
    finally:
        del current._inheriting  # type: ignore[attr-defined]
        for stream in (sys.stdout, sys.stderr):  # or its output is printed again by every fork
            with contextlib.suppress(Exception):
                stream.flush()


_import_callers_main()
