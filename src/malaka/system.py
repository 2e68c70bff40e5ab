"""Debian packages Malaka needs beyond Python, installed with apt-get by ``malaka system install``.

- ``chromium``: browser tests and site screenshots (Playwright drives the system browser, since
  its own browser download cannot work on the institute's closed network);
- ``bubblewrap``: the grading sandbox (:mod:`malaka.grading.cage`);
- ``npm`` (with Node.js): to install JupyterHub's proxy, ``configurable-http-proxy``, from the
  npm registry into ``build/tools/`` (:func:`install_proxy`) for the institute's server.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import typer

#: Debian package -> the program it provides.
PACKAGES = {"chromium": "chromium", "bubblewrap": "bwrap", "npm": "npm"}
#: JupyterHub's proxy from the npm registry: the major version JupyterHub 5 and 6 document.
PROXY_PACKAGE = "configurable-http-proxy@4"


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


def proxy_program(root: Path) -> Path:
    """Where ``malaka hub`` finds configurable-http-proxy."""
    return root / "build" / "tools" / "node_modules" / ".bin" / "configurable-http-proxy"


def install_proxy(root: Path) -> bool:
    """Install configurable-http-proxy into ``build/tools`` unless present; True if installed."""
    if proxy_program(root).is_file():
        return False
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm missing: apt-get install npm, then malaka system install again")
    tools = root / "build" / "tools"
    tools.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [npm, "install", "--no-fund", "--no-audit", "--prefix", str(tools), PROXY_PACKAGE],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not proxy_program(root).is_file():
        raise RuntimeError(f"npm install {PROXY_PACKAGE} failed: {done.stderr.strip()[-500:]}")
    return True


def register(app: typer.Typer) -> None:
    """Add ``malaka system``."""
    system = typer.Typer(help="What Malaka needs beyond Python: Debian packages, the hub's proxy.")

    @system.command("install")
    def install() -> None:
        """Install Debian's chromium, bubblewrap and npm if missing (apt-get, as root or via
        sudo), then JupyterHub's configurable-http-proxy from npm into build/tools/."""
        from malaka.paths import repo_root

        done = install_packages()
        if install_proxy(repo_root()):
            done.append(PROXY_PACKAGE)
        typer.echo(
            f"installed: {', '.join(done)}"
            if done
            else "chromium, bubblewrap, npm and configurable-http-proxy are installed"
        )

    app.add_typer(system, name="system")
