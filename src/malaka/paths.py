"""Where the project's declarations live and where generated output goes.

Commands run from a checkout: the root is the nearest folder (from the working directory up)
that holds ``simulations/scenarios``; ``MALAKA_ROOT`` overrides it. Output goes to ``build/``
under the root unless ``MALAKA_BUILD`` says otherwise.
"""

from __future__ import annotations

import os
from pathlib import Path

_MARKER = Path("simulations") / "scenarios"


def repo_root(start: Path | None = None) -> Path:
    """The project root holding scenarios, dataset specs, courses and the site sources.

    Searched upwards from ``start`` (default: the working directory).
    """
    env = os.environ.get("MALAKA_ROOT")
    if env:
        return Path(env).resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / _MARKER).is_dir():
            return folder
    source_checkout = Path(__file__).resolve().parents[2]
    if (source_checkout / _MARKER).is_dir():
        return source_checkout
    raise FileNotFoundError(
        "no Malaka project found: run from a checkout (a folder with simulations/scenarios) "
        "or set MALAKA_ROOT"
    )


def build_dir() -> Path:
    """The folder every generated file goes under (git-ignored)."""
    env = os.environ.get("MALAKA_BUILD")
    return Path(env).resolve() if env else repo_root() / "build"
