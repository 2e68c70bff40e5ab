"""Errors about bad input that users can fix, reported one line per problem.

Every command catches :class:`InputError`, prints its lines (``file: field: message``) on
stderr and exits with code 2, having written nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

EXIT_BAD_INPUT = 2


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one input file."""

    file: str
    field: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class InputError(Exception):
    """Input that cannot be used; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        if not problems:
            raise ValueError("InputError needs at least one problem")
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    @classmethod
    def single(
        cls, file: str | Path, field: str, message: str, line: int | None = None
    ) -> InputError:
        """Build an error with exactly one problem."""
        return cls(
            [Problem(Path(file).name if isinstance(file, Path) else file, field, message, line)]
        )
