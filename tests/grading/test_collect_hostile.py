"""``collect`` survives hostile or broken hand-ins.

Each hostile case is collected in the same call as an honest trainee, who must get exactly the
notebooks they handed in, while a trainee collected earlier and the gradebook stay untouched.
"""

from __future__ import annotations

import copy
import inspect
import json
import os
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from malaka.errors import InputError
from malaka.grading import collect as collect_module
from malaka.grading.collect import (
    MAX_HANDIN_BYTES,
    MAX_HANDIN_ENTRIES,
    MAX_NOTEBOOK_BYTES,
    TraineeReport,
    collect,
    parse_notebook,
)
from malaka.grading.layout import Layout

from .conftest import FIXTURES, MODULE, load_nb

STEMS = ("ex01_sum", "ex02_table")
OWN_FILES = {"ex01_sum.ipynb", "ex02_table.ipynb", "collect.json", "timestamp.txt"}


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _manifest(layout: Layout, trainee: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (layout.submitted / trainee / MODULE / "collect.json").read_text(encoding="utf-8")
    )
    return data


def _is_blank(layout: Layout, trainee: str, stem: str) -> str:
    """The note collect left on a blank stand-in (fails if the notebook is not the blank)."""
    nb = load_nb(layout.submitted / trainee / MODULE / f"{stem}.ipynb")
    blank = load_nb(layout.release / MODULE / f"{stem}.ipynb")
    assert nb["cells"] == blank["cells"]
    note: str = nb["metadata"]["malaka"]["collect"]
    return note


@dataclass
class Bystanders:
    """An honest trainee collected alongside the hostile ones, and one collected before."""

    layout: Layout
    honest: Path
    earlier: Path
    before: dict[str, bytes] = field(default_factory=dict)
    gradebook: bytes = b""

    def watch(self) -> None:
        """Remember the earlier trainee's folder and the gradebook before a hostile call."""
        self.before = _snapshot(self.layout.submitted / self.earlier.name)
        self.gradebook = self.layout.gradebook_path.read_bytes()

    def verify(self) -> None:
        """The honest trainee got exactly their notebooks; the others were not touched."""
        trainee = self.honest.name
        for stem in STEMS:
            got = load_nb(self.layout.submitted / trainee / MODULE / f"{stem}.ipynb")
            assert got == load_nb(self.honest / f"{stem}.ipynb")  # lang "uz" was there already
        manifest = _manifest(self.layout, trainee)
        assert manifest["rejected"] is None
        assert manifest["skipped"] == []
        statuses = {stem: entry["status"] for stem, entry in manifest["notebooks"].items()}
        assert statuses == dict.fromkeys(STEMS, "ok")
        assert _snapshot(self.layout.submitted / self.earlier.name) == self.before
        assert self.layout.gradebook_path.read_bytes() == self.gradebook

    def collect(self, *hostile: Path) -> list[TraineeReport]:
        """Collect ``hostile`` with the honest trainee; check the bystanders; return the rest."""
        self.watch()
        reports = collect(MODULE, [self.honest, *hostile], self.layout)
        shown = [str(p).replace("\n", "\\n") for p in [self.honest, *hostile]]
        assert [r.path for r in reports] == shown  # one per PATH, in order, on one line
        honest = reports[0]
        assert honest.rejected is None
        assert honest.stored
        assert honest.collected == dict.fromkeys(STEMS, "uz")
        assert (honest.missing, honest.corrupt, honest.skipped) == ([], {}, [])
        self.verify()
        return reports[1:]


@pytest.fixture
def bystanders(
    released: Layout, handin: Callable[..., Path], request: pytest.FixtureRequest
) -> Bystanders:
    """Per test: an honest hand-in, and another trainee already collected."""
    tag = request.node.name.removeprefix("test_")[:40]
    earlier = handin(f"{tag}-earlier")
    collect(MODULE, [earlier], released)
    assert (released.submitted / earlier.name / MODULE / "ex01_sum.ipynb").is_file()
    assert released.gradebook_path.is_file()
    return Bystanders(released, handin(f"{tag}-honest"), earlier)


def _deep(levels: int) -> bytes:
    return b"[" * levels + b"]" * levels


def test_deeply_nested_notebook_is_kept_as_corrupt(
    bystanders: Bystanders, handin: Callable[..., Path], released: Layout
) -> None:
    deep = handin("deep-nest")
    cells = b'{"cells": ' + _deep(100_000) + b"}"
    (deep / "ex01_sum.ipynb").write_bytes(cells)
    nb = load_nb(deep / "ex02_table.ipynb")
    nb["metadata"]["trap"] = "DEEP"
    meta = json.dumps(nb).encode().replace(b'"DEEP"', _deep(100_000))
    (deep / "ex02_table.ipynb").write_bytes(meta)

    [report] = bystanders.collect(deep)

    assert report.rejected is None
    assert report.collected == {}
    assert set(report.corrupt) == set(STEMS)
    assert all("nested more than 100 levels deep" in why for why in report.corrupt.values())
    sub = released.submitted / "deep-nest" / MODULE
    assert (sub / "ex01_sum.ipynb.corrupt").read_bytes() == cells
    assert (sub / "ex02_table.ipynb.corrupt").read_bytes() == meta
    for stem in STEMS:
        assert _is_blank(released, "deep-nest", stem).startswith("corrupt: nested more than")
        entry = _manifest(released, "deep-nest")["notebooks"][stem]
        assert entry["status"] == "corrupt"
        assert "nested" in entry["reason"]


WRONG_TYPES: dict[str, tuple[Callable[[dict[str, Any]], Any], str]] = {
    "meta-list": (lambda nb: nb.__setitem__("metadata", []), "at metadata:"),
    "meta-str": (lambda nb: nb.__setitem__("metadata", "x"), "at metadata:"),
    "cell-meta-list": (lambda nb: nb["cells"][2].__setitem__("metadata", []), "cells/2/metadata"),
    "nbgrader-str": (
        lambda nb: nb["cells"][2]["metadata"].__setitem__("nbgrader", "x"),
        "nbgrader metadata is not an object",
    ),
    "nbgrader-list": (
        lambda nb: nb["cells"][3]["metadata"].__setitem__("nbgrader", []),
        "nbgrader metadata is not an object",
    ),
    "grade-id-number": (
        lambda nb: nb["cells"][3]["metadata"]["nbgrader"].__setitem__("grade_id", 7),
        "grade_id of the wrong type",
    ),
    "grade-id-newline": (
        lambda nb: nb["cells"][3]["metadata"]["nbgrader"].__setitem__("grade_id", "q1_tests\n"),
        "grade_id that is not",
    ),
    "points-text": (
        lambda nb: nb["cells"][3]["metadata"]["nbgrader"].__setitem__("points", "9"),
        "points of the wrong type",
    ),
    "grade-number": (
        lambda nb: nb["cells"][3]["metadata"]["nbgrader"].__setitem__("grade", 1),
        "grade of the wrong type",
    ),
    "no-grade-id": (
        lambda nb: nb["cells"][3]["metadata"]["nbgrader"].pop("grade_id"),
        "lacks the grade_id",
    ),
    "cells-object": (lambda nb: nb.__setitem__("cells", {}), "at cells:"),
    "source-number": (lambda nb: nb["cells"][2].__setitem__("source", 3), "cells/2/source"),
    "outputs-text": (lambda nb: nb["cells"][3].__setitem__("outputs", "x"), "cells/3/outputs"),
    "minor-text": (lambda nb: nb.__setitem__("nbformat_minor", "5"), "bad nbformat_minor"),
    "nan": (lambda nb: nb["metadata"].__setitem__("x", float("nan")), "NaN is not JSON"),
}
#: Harmless oddities that are repaired, not refused.
NORMALISED: dict[str, Callable[[dict[str, Any]], Any]] = {
    "malaka-text": lambda nb: nb["metadata"].__setitem__("malaka", "forged"),
    "no-cell-ids": lambda nb: [cell.pop("id") for cell in nb["cells"]],
    "old-minor-with-ids": lambda nb: nb.__setitem__("nbformat_minor", 4),
}


def _later_stages(layout: Layout, trainee: str) -> None:
    """nbgrader's sanitizing preprocessors, as grading runs them, on the written notebooks."""
    import nbformat
    from nbgrader.preprocessors import (
        CheckCellMetadata,
        ClearOutput,
        DeduplicateIds,
        OverwriteCells,
        OverwriteKernelspec,
    )

    for stem in STEMS:
        nb = nbformat.read(layout.submitted / trainee / MODULE / f"{stem}.ipynb", as_version=4)
        nbformat.validate(nb)
        resources = {
            "unique_key": stem,
            "nbgrader": {
                "student": trainee,
                "assignment": MODULE,
                "notebook": stem,
                "db_url": layout.db_url,
            },
        }
        for pp in (
            ClearOutput,
            DeduplicateIds,
            OverwriteKernelspec,
            OverwriteCells,
            CheckCellMetadata,
        ):
            nb, resources = pp().preprocess(nb, resources)


def test_metadata_of_the_wrong_type_is_corrupt_or_repaired(
    bystanders: Bystanders, handin: Callable[..., Path], released: Layout
) -> None:
    mutations = {label: mutate for label, (mutate, _why) in WRONG_TYPES.items()} | NORMALISED
    folders = []
    for label, mutate in mutations.items():
        folder = handin(f"types-{label}")
        nb = load_nb(folder / "ex01_sum.ipynb")
        mutate(nb)
        (folder / "ex01_sum.ipynb").write_text(json.dumps(nb), encoding="utf-8")
        folders.append(folder)

    reports = {r.trainee: r for r in bystanders.collect(*folders)}

    for label, (_mutate, why) in WRONG_TYPES.items():
        report = reports[f"types-{label}"]
        assert report.rejected is None, label
        assert report.collected == {"ex02_table": "uz"}, label
        assert why in report.corrupt["ex01_sum"], (label, report.corrupt)
        note = _is_blank(released, report.trainee, "ex01_sum")
        assert note == f"corrupt: {report.corrupt['ex01_sum']}"
    for label in NORMALISED:
        report = reports[f"types-{label}"]
        assert report.collected == dict.fromkeys(STEMS, "uz"), (label, report.corrupt)
        nb = load_nb(released.submitted / report.trainee / MODULE / "ex01_sum.ipynb")
        assert all(isinstance(cell["id"], str) for cell in nb["cells"])
        assert nb["metadata"]["malaka"]["lang"] == "uz"
    assert load_nb(released.submitted / "types-malaka-text" / MODULE / "ex01_sum.ipynb")[
        "metadata"
    ]["malaka"] == {"lang": "uz"}
    for trainee in reports:
        _later_stages(released, trainee)


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _zeros_zip(path: Path, members: int, size: int) -> Path:
    """A zip of ``members`` exercise notebooks of ``size`` zero bytes each, written streaming."""
    chunk = bytes(2**20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(members):
            with zf.open(f"copy{i}/ex01_sum.ipynb", "w") as fh:
                for _ in range(size // len(chunk)):
                    fh.write(chunk)
    return path


def _lying_zip(path: Path, honest: bytes) -> Path:
    """50 MB of zeros in ``ex01_sum.ipynb`` that declares 100 bytes, then an honest notebook."""
    _zeros_zip(path, 1, 50 * 2**20)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("ex02_table.ipynb", honest)
    data = bytearray(path.read_bytes())
    assert data[:4] == b"PK\x03\x04"
    struct.pack_into("<L", data, 22, 100)  # the first member's local header
    directory = struct.unpack_from("<L", data, data.rindex(b"PK\x05\x06") + 16)[0]
    assert data[directory : directory + 4] == b"PK\x01\x02"
    struct.pack_into("<L", data, directory + 24, 100)  # ... and its directory entry
    path.write_bytes(bytes(data))
    assert zipfile.ZipFile(path).infolist()[0].file_size == 100
    return path


def test_zip_bombs_are_refused_or_capped(
    bystanders: Bystanders, handin: Callable[..., Path], released: Layout, tmp_path: Path
) -> None:
    honest = handin("zip-honest-src")
    table = (honest / "ex02_table.ipynb").read_bytes()
    many = _zip(
        tmp_path / "zip-many.zip",
        {f"junk/{i}.txt": b"x" for i in range(MAX_HANDIN_ENTRIES)} | {"ex02_table.ipynb": table},
    )
    huge = _zeros_zip(tmp_path / "zip-huge.zip", 11, MAX_NOTEBOOK_BYTES)
    assert 11 * MAX_NOTEBOOK_BYTES > MAX_HANDIN_BYTES
    lying = _lying_zip(tmp_path / "zip-lying.zip", table)
    big = _zeros_zip(tmp_path / "zip-big.zip", 1, MAX_NOTEBOOK_BYTES + 2**20)
    directory = bytearray(_zip(tmp_path / "zip-dir.zip", {"ex02_table.ipynb": table}).read_bytes())
    struct.pack_into("<L", directory, directory.rindex(b"PK\x05\x06") + 12, 2**31)
    (tmp_path / "zip-dir.zip").write_bytes(bytes(directory))
    garbage = tmp_path / "zip-garbage.zip"
    garbage.write_bytes(b"PK\x03\x04 not really a zip" * 100)

    reports = {
        r.trainee: r
        for r in bystanders.collect(many, huge, lying, big, tmp_path / "zip-dir.zip", garbage)
    }

    refused = {
        "zip-many": "more than 2000 members",
        "zip-huge": "unpacks to more than 200 MB",
        "zip-dir": "more than 2000 members",
        "zip-garbage": "cannot open",
    }
    for trainee, why in refused.items():
        report = reports[trainee]
        assert report.rejected is not None, trainee
        assert report.rejected.field == "zip"
        assert why in report.rejected.message
        assert report.stored
        assert (report.collected, report.skipped) == ({}, [])
        manifest = _manifest(released, trainee)
        assert why in manifest["rejected"]
        for stem in STEMS:
            assert manifest["notebooks"][stem]["status"] == "rejected"
            assert _is_blank(released, trainee, stem).startswith("rejected: zip: ")
    lied = reports["zip-lying"]
    assert lied.rejected is None
    assert lied.collected == {"ex02_table": "uz"}
    assert "cannot be read from the zip" in lied.corrupt["ex01_sum"]
    assert load_nb(released.submitted / "zip-lying" / MODULE / "ex02_table.ipynb") == json.loads(
        table
    )
    assert reports["zip-big"].missing == list(STEMS)
    assert any("larger than 20 MB" in s for s in reports["zip-big"].skipped)
    for trainee in reports:  # nothing was ever extracted
        assert {p.name for p in (released.submitted / trainee / MODULE).iterdir()} <= OWN_FILES


BAD_IDS = {
    "t0012\n": "trainee id",  # re.match with "$" accepts a trailing newline
    "t0013\n.zip": "trainee id",
    "т0014": "trainee id",  # Cyrillic look-alike
    "t\\0015": "trainee id",
    "-t0016": "trainee id",
    "t" * 65: "trainee id",
    "nobody-here": "path",
    "notes.txt": "path",
    "fifo.zip": "path",
}


def _bad_handins(tmp_path: Path, handin: Callable[..., Path]) -> list[Path]:
    paths = []
    for name in BAD_IDS:
        path = tmp_path / "bad" / name
        path.parent.mkdir(exist_ok=True)
        if name.endswith(".zip") and name != "fifo.zip":
            _zip(path, {"ex01_sum.ipynb": b"{}"})
        elif name == "fifo.zip":
            os.mkfifo(path)
        elif name == "notes.txt":
            path.write_text("not a hand-in", encoding="utf-8")
        elif name != "nobody-here":
            path.mkdir()
        paths.append(path)
    dup = handin("b-dup")
    _zip(tmp_path / "bad" / "B-DUP.zip", {"ex01_sum.ipynb": (dup / "ex01_sum.ipynb").read_bytes()})
    return [*paths, tmp_path / "bad" / "..", Path(), dup, tmp_path / "bad" / "B-DUP.zip"]


def test_bad_trainee_ids_are_reported_and_the_rest_collected(
    bystanders: Bystanders, handin: Callable[..., Path], released: Layout, tmp_path: Path
) -> None:
    paths = _bad_handins(tmp_path, handin)
    before = {p.name for p in released.submitted.iterdir()}

    reports = bystanders.collect(*paths)

    assert len(reports) == len(paths)
    fields = [r.rejected.field if r.rejected else None for r in reports]
    assert fields == [*BAD_IDS.values(), "trainee id", "trainee id", "trainee id", "trainee id"]
    assert all(not r.stored and r.collected == {} for r in reports)
    messages = [str(r.rejected) for r in reports]
    assert all("\n" not in m for m in messages)
    assert "t0012\\n: trainee id: 't0012\\n': 1 to 64 ASCII letters" in messages[0]
    assert "'\\u04420014'" in messages[2]  # the look-alike shown for what it is
    assert "does not exist" in messages[6]
    assert "must be a folder or a .zip" in messages[7]
    assert "must be a folder or a .zip" in messages[8]
    assert "'b-dup' is handed in 2 times" in messages[-2]
    assert "'B-DUP' is handed in 2 times" in messages[-1]
    after = {p.name for p in released.submitted.iterdir()}
    assert after - before == {bystanders.honest.name}

    with pytest.raises(InputError) as info:  # nothing at all to collect: usage error, exit 2
        collect(MODULE, paths[:3], released)
    assert "t0012\\n: trainee id:" in str(info.value)
    assert {p.name for p in released.submitted.iterdir()} == after


def test_collect_command_reports_refusals_and_exits_1(
    bystanders: Bystanders,
    handin: Callable[..., Path],
    released: Layout,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from malaka.grading.commands import register

    root = tmp_path / "root"
    root.mkdir()
    (root / "courses").symlink_to(FIXTURES / "courses")
    monkeypatch.setenv("MALAKA_ROOT", str(root))
    monkeypatch.setenv("MALAKA_BUILD", str(released.build))
    app = typer.Typer()
    register(app)
    bad = tmp_path / "t0099\n"
    bad.mkdir()
    bomb = _zip(tmp_path / "cli-bomb.zip", {f"{i}.txt": b"" for i in range(MAX_HANDIN_ENTRIES + 1)})

    bystanders.watch()
    result = CliRunner().invoke(
        app, ["grade", "collect", MODULE, str(bystanders.honest), str(bad), str(bomb)]
    )

    assert result.exit_code == 1, result.output
    assert not isinstance(result.exception, Exception), result.exception
    bystanders.verify()
    assert f"{bystanders.honest.name}: 2 collected" in result.stdout
    lines = result.stderr.splitlines()
    assert f"error: {tmp_path}/t0099\\n: trainee id: 't0099\\n': 1 to 64" in lines[0]
    assert lines[0].endswith("(not collected)")
    assert lines[1] == (
        f"error: {bomb}: zip: more than {MAX_HANDIN_ENTRIES} members (every exercise scored 0)"
    )
    assert _manifest(released, "cli-bomb")["rejected"] == "zip: more than 2000 members"
    ok = CliRunner().invoke(app, ["grade", "collect", MODULE, str(bystanders.honest)])
    assert ok.exit_code == 0, ok.output


def test_odd_files_in_a_folder_are_recorded_not_followed(
    bystanders: Bystanders,
    handin: Callable[..., Path],
    released: Layout,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    odd = tmp_path / "odd" / "f-odd"
    odd.mkdir(parents=True)
    reference = released.source / MODULE / "ex01_sum.ipynb"
    (odd / "ex01_sum.ipynb").symlink_to(reference)  # the reference solution, outside
    outside = handin("f-outside")
    (odd / "work").symlink_to(outside, target_is_directory=True)
    os.mkfifo(odd / "ex02_table.ipynb")  # reading it would block for ever
    os.close(os.open(bytes(odd) + b"/\xff\n.txt", os.O_CREAT | os.O_WRONLY))
    locked = handin("f-locked")
    real_open = os.open

    def deny(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(path) == locked / "ex01_sum.ipynb":
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(collect_module.os, "open", deny)
    many = tmp_path / "odd" / "f-many"
    many.mkdir()
    for i in range(MAX_HANDIN_ENTRIES + 1):
        (many / f"{i}.txt").touch()
    huge = handin("f-huge")
    with (huge / "data.bin").open("wb") as fh:  # sparse: no disk used
        fh.truncate(MAX_HANDIN_BYTES + 1)

    reports = {r.trainee: r for r in bystanders.collect(odd, locked, many, huge)}

    report = reports["f-odd"]
    assert report.rejected is None
    assert report.collected == {}
    assert report.missing == list(STEMS)
    assert sorted(report.skipped) == [
        "\\udcff\\n.txt: not an exercise of this module",
        "ex01_sum.ipynb: a symbolic link, not followed",
        "ex02_table.ipynb: not a regular file (pipe or device)",
        "work: a symbolic link, not followed",
    ]
    assert _manifest(released, "f-odd")["skipped"] == report.skipped
    assert _is_blank(released, "f-odd", "ex01_sum") == "missing"
    assert reports["f-locked"].corrupt == {"ex01_sum": "cannot be read (Permission denied)"}
    assert reports["f-locked"].collected == {"ex02_table": "uz"}
    assert not (released.submitted / "f-locked" / MODULE / "ex01_sum.ipynb.corrupt").exists()
    assert reports["f-many"].rejected is not None
    assert "more than 2000 files and folders" in reports["f-many"].rejected.message
    assert reports["f-huge"].rejected is not None
    assert "holds more than 200 MB" in reports["f-huge"].rejected.message
    for trainee in ("f-many", "f-huge"):
        assert reports[trainee].stored
        assert _is_blank(released, trainee, "ex01_sum").startswith("rejected: folder: ")


HOSTILE_BYTES = {
    "deep": b'{"cells": ' + _deep(100_000) + b"}",
    "deep-in-a-string-is-fine": b'{"a": "' + b"[" * 100_000 + b'"}',
    "wide": b'{"cells": [' + b"{}," * 300_000 + b"{}]}",
    "escaped-quotes": b'\\"' * 200_000,  # backtracking bait for a naive string pattern
    "surrogate": b'{"nbformat": 4, "nbformat_minor": 5, "metadata": {"x": "\\ud800"}, "cells": []}',
    "huge-int": b'{"nbformat": ' + b"9" * 10_000 + b"}",
    "not-utf8": b"\xff\xfe{}",
    "too-large": b" " * (MAX_NOTEBOOK_BYTES + 1),
}


def test_parse_notebook_keeps_its_contract_on_hostile_bytes(released: Layout) -> None:
    params = list(inspect.signature(parse_notebook).parameters)
    assert params == ["data"]
    honest = (released.source / MODULE / "ex01_sum.ipynb").read_bytes()
    nb, why = parse_notebook(honest)
    assert (nb, why) == (json.loads(honest), "")
    for label, data in HOSTILE_BYTES.items():
        nb, why = parse_notebook(data)
        assert nb is None, label
        assert why, label
    assert parse_notebook(HOSTILE_BYTES["surrogate"])[1].endswith("(a lone surrogate)")
    assert parse_notebook(HOSTILE_BYTES["deep-in-a-string-is-fine"])[1] == (
        "not an nbformat 4 notebook"
    )
    deep = copy.deepcopy(json.loads(honest))
    deep["metadata"]["x"] = json.loads(_deep(95))
    assert parse_notebook(json.dumps(deep).encode())[1] == ""


def test_check_command_refuses_a_deep_notebook(tmp_path: Path) -> None:
    from malaka.grading.check import run_checks

    path = tmp_path / "ex01_sum.ipynb"
    path.write_bytes(b'{"cells": ' + _deep(100_000) + b"}")
    with pytest.raises(InputError, match="nested more than 100 levels deep"):
        run_checks(path)
