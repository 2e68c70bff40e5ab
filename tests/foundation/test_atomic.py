"""Outputs are written whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from malaka import atomic


def test_write_text_replaces_whole(tmp_path: Path) -> None:
    """The new content replaces the old, with no temporary file left behind."""
    target = tmp_path / "out" / "kpis.json"
    atomic.write_text(target, "old")
    atomic.write_text(target, "new")
    assert target.read_text() == "new"
    assert [p.name for p in target.parent.iterdir()] == ["kpis.json"]


def test_replace_file_keeps_old_on_error(tmp_path: Path) -> None:
    """A failure while writing leaves the previous file untouched and no litter."""
    target = tmp_path / "events.parquet"
    target.write_text("previous")

    def fail_midway() -> None:
        with atomic.replace_file(target) as tmp:
            tmp.write_text("half")
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        fail_midway()
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["events.parquet"]


def test_output_dir_swaps_in_on_success(tmp_path: Path) -> None:
    """A finished folder replaces the old one entirely (no stale files from an earlier run)."""
    out = tmp_path / "run"
    out.mkdir()
    (out / "stale.csv").write_text("x")
    with atomic.output_dir(out) as tmp:
        (tmp / "fresh.csv").write_text("y")
        assert not (out / "fresh.csv").exists()
    assert sorted(p.name for p in out.iterdir()) == ["fresh.csv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run"]


def test_output_dir_leaves_nothing_on_error(tmp_path: Path) -> None:
    """A failed build leaves the old folder as it was, or no folder at all."""
    out = tmp_path / "run"

    def fail_midway() -> None:
        with atomic.output_dir(out) as tmp:
            (tmp / "partial.csv").write_text("y")
            raise ValueError("bad")

    with pytest.raises(ValueError, match="bad"):
        fail_midway()
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []
