"""Debian packages Malaka needs beyond Python, installed with apt-get by ``malaka system install``.

- ``chromium``: browser tests and site screenshots (Playwright drives the system browser, since
  its own browser download cannot work on the institute's closed network);
- ``bubblewrap``: the grading sandbox (:mod:`malaka.grading.cage`).
"""

from __future__ import annotations

import os
import shutil
import subprocess

import typer

#: Debian package -> the program it provides.
PACKAGES = {"chromium": "chromium", "bubblewrap": "bwrap"}


def missing_packages(names: tuple[str, ...] = tuple(PACKAGES)) -> list[str]:
    """The packages of ``names`` whose program is not on this machine."""
    return [name for name in names if shutil.which(PACKAGES[name]) is None]


def install_packages(names: tuple[str, ...] = tuple(PACKAGES)) -> list[str]:
    """Install the missing ones of ``names`` (as root, or through sudo); return them."""
    missing = missing_packages(names)
    if not missing:
        return []
    prefix: list[str] = []
    if os.geteuid() != 0:
        if shutil.which("sudo") is None:
            raise RuntimeError(
                f"{', '.join(missing)} missing and installing needs root: "
                f"run 'sudo apt-get install {' '.join(missing)}'"
            )
        prefix = ["sudo", "-n"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*prefix, "apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(
        [*prefix, "apt-get", "install", "-y", "-qq", *missing],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    still = missing_packages(tuple(missing))
    if still:
        raise RuntimeError(f"apt-get finished but {', '.join(still)} is still missing")
    return missing


def register(app: typer.Typer) -> None:
    """Add ``malaka system``."""
    system = typer.Typer(help="Debian packages Malaka needs: chromium and bubblewrap.")

    @system.command("install")
    def install() -> None:
        """Install Debian's chromium and bubblewrap if missing (apt-get, as root or via sudo)."""
        done = install_packages()
        typer.echo(
            f"installed: {', '.join(done)}" if done else "chromium and bubblewrap are installed"
        )

    app.add_typer(system, name="system")
