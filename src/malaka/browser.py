"""Find Debian's Chromium for browser tests and screenshots, installing it with apt-get if asked.

Playwright's own browser download cannot work on the institute's closed network, so Malaka
always drives the system Chromium (``/usr/bin/chromium``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import typer

from malaka.system import install_packages

CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")

#: Flags that keep a headless Chromium quiet on a closed network.
CHROMIUM_ARGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def find_chromium() -> Path | None:
    """Return the system Chromium's path, or None if it is not installed."""
    env = os.environ.get("MALAKA_CHROMIUM")
    if env and Path(env).is_file():
        return Path(env)
    for candidate in CANDIDATES:
        if Path(candidate).is_file():
            return Path(candidate)
    found = shutil.which("chromium")
    return Path(found) if found else None


def install_chromium() -> Path:
    """Install Debian's ``chromium`` package with apt-get (as root, or through sudo)."""
    existing = find_chromium()
    if existing is not None:
        return existing
    install_packages(("chromium",))
    found = find_chromium()
    if found is None:
        raise RuntimeError("apt-get finished but no chromium binary was found")
    return found


def register(app: typer.Typer) -> None:
    """Add ``malaka browser``."""
    browser = typer.Typer(help="The system Chromium used by browser tests and site screenshots.")

    @browser.command("install")
    def install() -> None:
        """Install Debian's chromium if it is missing, and print its path."""
        typer.echo(install_chromium())

    @browser.command("path")
    def path() -> None:
        """Print the Chromium path, or exit 1 if there is none."""
        found = find_chromium()
        if found is None:
            typer.echo("chromium not found: run 'malaka system install'", err=True)
            raise typer.Exit(1)
        typer.echo(found)

    app.add_typer(browser, name="browser")
