"""Commands of this part of malaka (filled in by the part's owner)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this part's commands to the ``malaka`` app."""
