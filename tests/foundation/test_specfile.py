"""YAML declarations load into pydantic models, and mistakes come back one line per problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict, Field

from malaka.errors import InputError
from malaka.specfile import load_model


class Shift(BaseModel):
    """A shift with a headcount."""

    model_config = ConfigDict(extra="forbid")
    staff: int = Field(ge=0)


class Pool(BaseModel):
    """A staff pool."""

    model_config = ConfigDict(extra="forbid")
    id: str
    shifts: list[Shift]


class Doc(BaseModel):
    """A document with pools."""

    model_config = ConfigDict(extra="forbid")
    id: str
    pools: list[Pool]


def write(tmp_path: Path, text: str) -> Path:
    """Write a YAML file named district.yaml."""
    path = tmp_path / "district.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_file_loads(tmp_path: Path) -> None:
    """A correct file gives the model."""
    path = write(tmp_path, "id: d\npools:\n  - id: registry\n    shifts: [{staff: 2}]\n")
    doc = load_model(path, Doc)
    assert doc.pools[0].shifts[0].staff == 2


def test_every_problem_named_with_file_line_and_path(tmp_path: Path) -> None:
    """Two mistakes give two lines, each with file, line and author-style field path."""
    path = write(
        tmp_path,
        "id: d\n"
        "pools:\n"
        "  - id: a\n"
        "    shifts: [{staff: 1}]\n"
        "  - id: b\n"
        "    shifts: [{staff: 1}]\n"
        "  - id: c\n"
        "    shifts:\n"
        "      - staff: -3\n"
        "    colour: red\n",
    )
    with pytest.raises(InputError) as caught:
        load_model(path, Doc)
    lines = [str(p) for p in caught.value.problems]
    assert "district.yaml:9: pools[2].shifts[0].staff: must be >= 0" in lines
    assert "district.yaml:10: pools[2].colour: unknown field (not allowed here)" in lines
    assert len(lines) == 2


def test_missing_field_is_named(tmp_path: Path) -> None:
    """A required field that is absent is reported at its parent's line."""
    path = write(tmp_path, "id: d\npools:\n  - shifts: []\n")
    with pytest.raises(InputError) as caught:
        load_model(path, Doc)
    assert [str(p) for p in caught.value.problems] == [
        "district.yaml:3: pools[0].id: required field is missing"
    ]


def test_broken_yaml_reports_line(tmp_path: Path) -> None:
    """Invalid YAML syntax is an InputError with the line, not a traceback."""
    path = write(tmp_path, "id: d\npools: [\n  - a\n")
    with pytest.raises(InputError) as caught:
        load_model(path, Doc)
    problem = caught.value.problems[0]
    assert problem.file == "district.yaml"
    assert "invalid YAML" in problem.message
    assert problem.line is not None


def test_missing_file(tmp_path: Path) -> None:
    """A file that does not exist is named."""
    with pytest.raises(InputError, match="file not found"):
        load_model(tmp_path / "nope.yaml", Doc)


def test_top_level_must_be_mapping(tmp_path: Path) -> None:
    """A list at the top level is rejected clearly."""
    path = write(tmp_path, "- 1\n- 2\n")
    with pytest.raises(InputError, match="mapping"):
        load_model(path, Doc)
