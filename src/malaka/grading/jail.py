"""Inside fresh namespaces, still root: hide files, set limits, drop to the grading user, exec.

Started by :func:`malaka.grading.sandbox.run_submission` through ``unshare``; never run by hand.
Order matters: bind what must stay visible to ``/mnt`` first, then cover the hidden paths with
empty tmpfs mounts, then bind the package source back at its own path (read-only), join the
pids cgroup, set rlimits, and only then give up root.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

SUBMISSION = "/mnt/submission"


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


def enter(spec: dict[str, Any], *, mount_proc: bool = False) -> None:
    """Apply the jail described by ``spec`` to this process: files, limits, then the user.

    ``mount_proc``: mount a fresh /proc (when the caller made the PID namespace itself).
    """
    seeds = {target: Path(source).read_bytes() for target, source in spec["seed_files"].items()}
    _mount("--make-rprivate", "/")
    if mount_proc:
        _mount("-t", "proc", "proc", "/proc")
    _mount("-t", "tmpfs", "-o", "size=1m,mode=755", "tmpfs", "/mnt")
    Path(SUBMISSION).mkdir()
    _mount("--bind", spec["workdir"], SUBMISSION)
    kept: list[tuple[str, str]] = []
    for i, path in enumerate(spec["keep"]):
        holder = f"/mnt/keep{i}"
        Path(holder).mkdir()
        _mount("--bind", path, holder)
        _mount("-o", "remount,bind,ro", holder)
        kept.append((holder, path))
    # Shared scratch and home folders are covered too (other runs, pytest's tmp dirs).
    hide = [*spec["hide"], "/tmp", "/var/tmp", "/dev/shm", "/root", "/home"]  # noqa: S108
    for path in hide:
        if Path(path).is_dir():
            _mount("-t", "tmpfs", "-o", "size=64m,mode=1777", "tmpfs", path)
    for target, data in seeds.items():
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        Path(target).write_bytes(data)
        os.chown(Path(target).parent, spec["uid"], spec["gid"])
        os.chown(target, spec["uid"], spec["gid"])
    for holder, path in kept:
        Path(path).mkdir(parents=True, exist_ok=True)
        _mount("--bind", holder, path)
        _mount("-o", "remount,bind,ro", path)
    limits = spec["limits"]
    if spec.get("cgroup"):
        cgroup = Path(spec["cgroup"])
        (cgroup / "pids.max").write_text(str(limits["max_processes"]))
        (cgroup / "cgroup.procs").write_text("0")
    else:
        resource.setrlimit(resource.RLIMIT_NPROC, (limits["max_processes"],) * 2)
    resource.setrlimit(resource.RLIMIT_AS, (limits["memory_bytes"],) * 2)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits["max_file_bytes"],) * 2)
    resource.setrlimit(resource.RLIMIT_NOFILE, (limits["max_open_files"],) * 2)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    os.chdir(SUBMISSION)
    os.setgroups([])
    os.setgid(spec["gid"])
    os.setuid(spec["uid"])


def main(argv: list[str]) -> None:
    """Set up the jail described by the JSON in ``argv[0]`` and exec the executor."""
    spec = json.loads(argv[0])
    enter(spec)
    args = [sys.executable, "-m", "malaka.grading.executor", SUBMISSION]
    os.execve(sys.executable, args, spec["env"])  # noqa: S606 - fixed argv, no shell


if __name__ == "__main__":
    main(sys.argv[1:])
