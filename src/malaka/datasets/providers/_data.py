"""Read the weighted data lists shipped in ``malaka/datasets/data`` (see its SOURCES.md)."""

from __future__ import annotations

import csv
import functools
from importlib import resources


@functools.cache
def read_csv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of one data file as dicts, read once per process."""
    text = resources.files("malaka.datasets").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(csv.DictReader(text.splitlines()))


@functools.cache
def weighted(name: str, column: str) -> dict[str, float]:
    """``value -> weight`` from a file with a ``weight`` column (insertion order = file order)."""
    return {row[column]: float(row["weight"]) for row in read_csv(name)}


@functools.cache
def column(name: str, col: str) -> tuple[str, ...]:
    """One column of a data file."""
    return tuple(row[col] for row in read_csv(name))
