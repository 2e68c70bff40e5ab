"""``malaka quickstart``: run the whole chain on the embedded defaults."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add ``malaka quickstart``."""
