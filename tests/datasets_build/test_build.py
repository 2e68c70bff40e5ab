"""``malaka datasets build``: shipped specs, byte-identical output, manifest, cards, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest

from malaka.datasets import build, spec
from malaka.errors import InputError

REPO = Path(__file__).resolve().parents[2]
SHIPPED = sorted((REPO / "datasets/specs").glob("*.yaml"))
MALAKA = Path(sys.executable).parent / "malaka"


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_spec_validates(path: Path) -> None:
    """Each shipped spec loads, and its id is its file name."""
    assert path.stem == spec.load_spec(path).id


def test_spec_schema_is_not_stale() -> None:
    """datasets/spec.schema.json is what the models export (run `malaka datasets schema`)."""
    committed = (REPO / "datasets/spec.schema.json").read_text(encoding="utf-8")
    assert spec.json_schema_text() == committed


def test_manifest_hashes_match_the_files(tuman_build: Path) -> None:
    """Every file but the manifest is listed with its true SHA-256 and size."""
    man = json.loads((tuman_build / "manifest.json").read_text())
    on_disk = sorted(
        p.relative_to(tuman_build).as_posix()
        for p in tuman_build.rglob("*")
        if p.is_file() and p.name != "manifest.json"
    )
    assert on_disk == sorted(man["files"])
    for rel, info in man["files"].items():
        assert build._sha256_file(tuman_build / rel) == info["sha256"], rel
        assert (tuman_build / rel).stat().st_size == info["bytes"]
    assert man["versions"]["faker"] == "40.54.0"
    assert man["provenance"]["scenario"]["id"] == "tuman-iib"


def test_parquet_and_csv_hold_the_same_rows(tuman_build: Path) -> None:
    """Both formats of every table agree: same columns, same values."""
    for pq_path in tuman_build.glob("*.parquet"):
        frame = pq.read_table(pq_path).to_pandas()
        csv = pd.read_csv(pq_path.with_suffix(".csv"), dtype=str, keep_default_na=False)
        assert list(frame.columns) == list(csv.columns), pq_path.name
        assert len(frame) == len(csv), pq_path.name
        if "received_at" in frame:
            parsed = pd.to_datetime(csv["received_at"]).dt.tz_convert("Asia/Tashkent")
            assert (parsed.to_numpy() == frame["received_at"].to_numpy()).all()


def test_parquet_metadata_is_deterministic(tuman_build: Path) -> None:
    """No pandas metadata (it names library versions and index layouts), only malaka.* keys."""
    meta = pq.read_schema(tuman_build / "appeals.parquet").metadata
    keys = {k.decode() for k in meta}
    assert {"malaka.dataset", "malaka.seed", "malaka.table"} <= keys
    assert "pandas" not in keys


def test_default_dataset_is_small_and_complete(tuman_build: Path) -> None:
    """A few thousand appeals at most, each table present, citizens have phone and PINFL."""
    man = json.loads((tuman_build / "manifest.json").read_text())
    assert 500 <= man["rows"]["appeals"] <= 6000
    assert set(man["rows"]) == {
        "appeals",
        "status_history",
        "interagency_requests",
        "citizens",
        "staff",
    }
    citizens = pd.read_csv(tuman_build / "citizens.csv", dtype=str)
    assert citizens["phone"].str.fullmatch(r"\+998\d{9}").all()
    assert citizens["pinfl"].str.fullmatch(r"\d{14}").all()
    appeals = pd.read_csv(tuman_build / "appeals.csv", dtype=str)
    assert appeals["text"].notna().all()


_NO_CLOCK = textwrap.dedent(
    """
    import datetime, sys, time
    from pathlib import Path

    # libraries read the clock while being imported (logging's start time, Faker providers'
    # date.today() defaults, lazily loaded pandera backends): warm everything up with a build
    # of the same spec under another seed, then make every later clock read fail
    from malaka.datasets.build import build_spec
    build_spec(Path(sys.argv[1]), Path(sys.argv[2] + "-warmup"), seed=12345)

    def _no_clock(*args, **kwargs):
        raise AssertionError("the build read the clock")

    class _DateTime(datetime.datetime):
        now = classmethod(_no_clock)
        utcnow = classmethod(_no_clock)
        today = classmethod(_no_clock)

    class _Date(datetime.date):
        today = classmethod(_no_clock)

    datetime.datetime = _DateTime
    datetime.date = _Date
    time.time = time.time_ns = time.localtime = time.gmtime = time.ctime = _no_clock
    _strftime = time.strftime
    time.strftime = lambda fmt, *t: _strftime(fmt, *t) if t else _no_clock()
    """
)

_BUILD = textwrap.dedent(
    """
    from malaka.datasets.build import build_spec
    build_spec(Path(sys.argv[1]), Path(sys.argv[2]))
    print("simpy" in sys.modules)
    """
)


def _build_in_process(spec_path: Path, out: Path, *, no_clock: bool) -> str:
    code = (_NO_CLOCK if no_clock else "import sys\nfrom pathlib import Path\n") + _BUILD
    done = subprocess.run(
        [sys.executable, "-c", code, str(spec_path), str(out)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "TZ": "Pacific/Kiritimati" if no_clock else "UTC"},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.strip()


@pytest.mark.slow
@pytest.mark.parametrize("name", ["tuman-appeals", "appeal-texts"])
def test_byte_identical_in_two_processes_without_reading_the_clock(
    tmp_path: Path, name: str
) -> None:
    """Two fresh processes (one where every clock read raises, in another time zone) write the
    very same bytes."""
    spec_path = REPO / "datasets/specs" / f"{name}.yaml"
    a, b = tmp_path / "a", tmp_path / "b"
    _build_in_process(spec_path, a, no_clock=False)
    _build_in_process(spec_path, b, no_clock=True)
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert files_a == files_b
    for rel in files_a:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel


def test_dataset_code_never_imports_simpy() -> None:
    """Importing the builder (and everything it imports up front) leaves SimPy out."""
    code = (
        "import sys, malaka.datasets.build, malaka.datasets.dress, malaka.datasets.schemas, "
        "malaka.datasets.cards, malaka.datasets.source, malaka.datasets.commands\n"
        "print('simpy' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "False"


@pytest.mark.slow
def test_dressing_an_events_file_matches_simulating(tmp_path: Path, tuman_build: Path) -> None:
    """--events with the log the spec would simulate gives the same tables, without SimPy in
    the building process."""
    from malaka import eventlog
    from malaka.simulations.runner import run_replications
    from malaka.simulations.scenario import load_scenario

    sc = load_scenario(REPO / "simulations/scenarios/tuman-iib.yaml")
    sp = spec.load_spec(REPO / "datasets/specs/tuman-appeals.yaml")
    log = tmp_path / "events.parquet"
    eventlog.write(run_replications(sc, 1, sp.seed, workers=1), log)
    out = tmp_path / "from-events"
    code = (
        "import sys\nfrom pathlib import Path\nfrom malaka.datasets.build import build_spec\n"
        f"build_spec(Path({str(REPO / 'datasets/specs/tuman-appeals.yaml')!r}), "
        f"Path({str(out)!r}), events=Path({str(log)!r}))\n"
        "print('simpy' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "False"
    for table in ("appeals", "status_history", "citizens", "staff", "interagency_requests"):
        a = (tuman_build / f"{table}.csv").read_bytes()
        assert a == (out / f"{table}.csv").read_bytes(), table
    man = json.loads((out / "manifest.json").read_text())
    assert man["provenance"]["events"]["file"] == "events.parquet"


def test_columns_selects_and_orders(project: Path, tmp_path: Path) -> None:
    """`columns` keeps the named columns of a table, in the given order."""
    path = project / "datasets/specs/tuman-appeals.yaml"
    path.write_text(
        path.read_text() + "columns:\n  appeals: [kind, reg_no, received_at]\n", encoding="utf-8"
    )
    out = build.build_spec(path, tmp_path / "out")
    assert list(pd.read_csv(out / "appeals.csv", nrows=1).columns) == [
        "kind",
        "reg_no",
        "received_at",
    ]
    assert "| `kind` |" in (out / "README.md").read_text()


def _spec_with(
    project: Path, extra: str = "", drop: str = "", replace: tuple[str, str] = ("", "")
) -> Path:
    path = project / "datasets/specs/tuman-appeals.yaml"
    text = path.read_text(encoding="utf-8")
    if drop:
        text = "\n".join(line for line in text.splitlines() if not line.startswith(drop)) + "\n"
    if replace[0]:
        assert replace[0] in text
        text = text.replace(*replace)
    path.write_text(text + extra, encoding="utf-8")
    return path


BAD = {
    "missing scenario": (
        {"replace": ("simulations/scenarios/tuman-iib.yaml", "simulations/scenarios/nope.yaml")},
        "scenario",
        "not found",
    ),
    "missing events file": ({"extra": "events: build/none.parquet\n"}, "events", "not found"),
    "unknown locale": (
        {"replace": ("uz_Cyrl: 0.15", "kk_KZ: 0.15")},
        "citizens.script_mix",
        "unknown locale",
    ),
    "nonexistent column": (
        {"extra": "columns:\n  appeals: [reg_no, colour]\n"},
        "columns.appeals[1]",
        "no column 'colour'",
    ),
    "unknown table": ({"extra": "columns:\n  weather: [x]\n"}, "columns.weather", "no table"),
    "unknown field": ({"extra": "colour: blue\n"}, "colour", "unknown field"),
    "malformed yaml": ({"extra": "citizens: [unclosed\n"}, "", "invalid YAML"),
    "id is not the stem": ({"replace": ("id: tuman-appeals", "id: other")}, "id", "stem"),
    "roster too small": ({"extra": "roster_size: 1\n"}, "roster_size", "smaller"),
    "bad kind": ({"replace": ("kind: appeals", "kind: weather")}, "kind", "unknown kind"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_names_file_and_field_and_writes_nothing(
    project: Path, tmp_path: Path, case: str
) -> None:
    """Each mistake is an InputError naming the spec file and field; the output is untouched."""
    edit, field, message = BAD[case]
    path = _spec_with(project, **edit)
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("previous build")
    with pytest.raises(InputError) as err:
        build.build_spec(path, out)
    problems = err.value.problems
    assert any(
        p.file == "tuman-appeals.yaml" and p.field == field and message in p.message
        for p in problems
    ), [str(p) for p in problems]
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]


def test_cli_bad_input_exits_2_with_one_line_per_problem(project: Path, tmp_path: Path) -> None:
    """Through the real command: exit code 2, `file:line: field: message`, nothing written."""
    path = _spec_with(project, replace=("uz_Cyrl: 0.15", "kk_KZ: 0.15"), extra="colour: 1\n")
    out = tmp_path / "cli-out"
    done = subprocess.run(
        [str(MALAKA), "datasets", "build", str(path), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert any(
        line.startswith("tuman-appeals.yaml:") and "citizens.script_mix: unknown locale" in line
        for line in lines
    ), lines
    assert any("colour: unknown field" in line for line in lines), lines
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_cli_missing_events_file(project: Path, tmp_path: Path) -> None:
    """--events naming a missing file: exit 2 and a message naming it."""
    path = project / "datasets/specs/tuman-appeals.yaml"
    done = subprocess.run(
        [str(MALAKA), "datasets", "build", str(path), "--events", str(tmp_path / "x.parquet")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 2
    assert "--events: event log file not found" in done.stderr


def test_events_file_missing_a_column_is_refused(project: Path, tmp_path: Path) -> None:
    """An events file that breaks the contract is named with the missing column."""
    import pyarrow as pa

    bad = tmp_path / "bad.parquet"
    pq.write_table(pa.table({"t": [1.0]}), bad)
    with pytest.raises(InputError) as err:
        build.build_spec(project / "datasets/specs/tuman-appeals.yaml", tmp_path / "o", events=bad)
    fields = {p.field for p in err.value.problems}
    assert {"case_id", "lifecycle"} <= fields
    assert all(p.file == "bad.parquet" for p in err.value.problems)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_spec_builds_with_a_true_manifest(path: Path, built: Any) -> None:
    """Each shipped spec builds; its manifest lists every file with the right hash."""
    out = built(path.stem)
    man = json.loads((out / "manifest.json").read_text())
    assert man["dataset"] == path.stem
    for rel, info in man["files"].items():
        assert build._sha256_file(out / rel) == info["sha256"], rel
    assert set(man["rows"]) == {p.stem for p in out.glob("*.parquet")}
    if man["answer_key_rows"]:
        assert set(man["answer_key_rows"]) == {
            p.stem for p in (out / "answer_key").glob("*.parquet")
        }


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_committed_card_is_not_stale(path: Path, built: Any) -> None:
    """datasets/cards/<id>.md equals the card of a fresh build (run `malaka datasets cards`)."""
    card = REPO / "datasets/cards" / f"{path.stem}.md"
    assert card.is_file(), f"missing card: run `malaka datasets cards` ({card})"
    fresh = (built(path.stem) / "README.md").read_text(encoding="utf-8")
    assert fresh == card.read_text(encoding="utf-8")
    for lang_marker in ("Sintetik ma'lumotlar", "Синтетические данные", "Synthetic data"):
        assert lang_marker in fresh


def test_deadline_check_catches_a_deadline_the_law_does_not_give(repo: Path) -> None:
    """due_at must be the scenario's legal deadline: shifting some by a day fails the build check,
    and so does an extension the scenario's rules do not give."""
    from malaka.datasets import schemas
    from malaka.simulations.scenario import load_scenario

    path = repo / "datasets/specs/tuman-appeals.yaml"
    bundle = build.make_bundle(spec.load_spec(path), path, seed=3)
    rule = schemas.scenario_deadline_rule(
        load_scenario(repo / "simulations/scenarios/tuman-iib.yaml")
    )
    schemas.check_appeals_bundle(bundle.tables, rule)  # the real thing passes
    app = bundle.tables["appeals"]
    assert app["due_at"].notna().sum() > 100
    shifted = app.assign(due_at=app["due_at"] + pd.Timedelta(days=1))
    with pytest.raises(schemas.DatasetCheckError) as err:
        schemas.check_appeals_bundle({**bundle.tables, "appeals": shifted}, rule)
    assert any(p.field == "due_at" for p in err.value.problems)
    stretched = app.assign(extended_until=app["due_at"] + pd.Timedelta(days=90))
    with pytest.raises(schemas.DatasetCheckError) as err:
        schemas.check_appeals_bundle({**bundle.tables, "appeals": stretched}, rule)
    assert any(p.field == "extended_until" for p in err.value.problems)
