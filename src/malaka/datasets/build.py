"""Build a dataset from its spec: tables as Parquet and CSV, answer keys apart, card, manifest.

``build_spec`` is reproducible to the byte: the same spec and seed give identical files in any
process on any day. That holds because nothing here reads the clock, every random draw comes
from the spec's seed, columns keep a fixed order, timestamps are written in one format
(ISO 8601 with the ``+05:00`` offset in CSV; ``timestamp[s, tz=Asia/Tashkent]`` in Parquet),
floats in CSV are formatted with a fixed pattern, and the Parquet files carry only
deterministic metadata. The whole output folder is built in a temporary sibling and swapped in
(:func:`malaka.atomic.output_dir`), so a failed build leaves the previous output untouched.

SimPy is not imported here: a scenario is run through :mod:`malaka.datasets.source`.
"""

from __future__ import annotations

import hashlib
import importlib
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from malaka import atomic
from malaka.datasets import spec as specs
from malaka.errors import InputError, Problem

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped]
    import pyarrow as pa

#: Float columns are written to CSV with this pattern (fixed, locale-free).
FLOAT_FORMAT: Final[str] = "%.6f"
#: Subfolder of the output that holds answer keys (never given to trainees).
ANSWER_KEY_DIR: Final[str] = "answer_key"

Step = Callable[[str], None]


def _version(pkg: str) -> str:
    try:
        return version(pkg)
    except PackageNotFoundError:  # pragma: no cover - only in odd installs
        return "unknown"


@dataclass
class Bundle:
    """What a spec produces before anything is written."""

    tables: dict[str, pd.DataFrame]
    answer_key: dict[str, pd.DataFrame] = field(default_factory=dict)
    provenance: dict[str, Any] = field(default_factory=dict)
    stats: dict[str, int] = field(default_factory=dict)
    #: extra files written as they are (relative path -> text), e.g. a published JSON schema
    files: dict[str, str] = field(default_factory=dict)


#: Generators of the modules' own datasets: spec kind -> module. Each module defines
#: ``generate(spec, *, rng, spec_path) -> Bundle`` (``rng(stream)`` gives a named random stream
#: of the spec's seed) and ``DOCS`` (table -> column docs for the data card).
GENERATORS: Final[dict[str, str]] = {
    "hotspots": "malaka.datasets.hotspots",
    "threats": "malaka.datasets.threats",
    "crime_db": "malaka.datasets.crime_db",
    "doc_exchange": "malaka.datasets.doc_exchange",
    "national_year": "malaka.datasets.national_year",
    "face_match": "malaka.datasets.face_match",
    "faq_bot": "malaka.datasets.faq_bot",
}


def default_out(spec_id: str) -> Path:
    """``build/datasets/<id>/`` (the build folder: ``malaka.paths.build_dir``)."""
    from malaka import paths

    return paths.build_dir() / "datasets" / spec_id


def shipped_specs(repo: Path | None = None) -> list[Path]:
    """The spec files shipped in ``datasets/specs/``, sorted by name."""
    from malaka import paths

    root = repo or paths.repo_root()
    return sorted((root / specs.SPECS_DIR).glob("*.yaml"))


def _rng(seed: int, stream: str) -> np.random.Generator:
    """A named stream spawned from the seed, so adding a stream never shifts another."""
    key = int.from_bytes(hashlib.sha256(stream.encode()).digest()[:4], "little")
    return np.random.default_rng(np.random.SeedSequence([seed, key]))


# --- producing tables ---------------------------------------------------------------------
def _appeals(
    spec: specs.AppealsSpec,
    *,
    spec_path: Path,
    seed: int,
    events: Path | None,
    step: Step,
    progress: bool,
) -> Bundle:
    from malaka.datasets import dress, schemas, source
    from malaka.datasets.pools import people

    scen_path = specs.resolve_input(spec_path, spec.scenario)
    scenario = source.load_scenario(scen_path, spec_path.name, specs.line_of(spec_path, "scenario"))
    prov: dict[str, Any] = {
        "scenario": {"id": scenario.id, "sha256": scenario.sha256(), "file": spec.scenario}
    }
    if events is None and spec.events is not None:
        events = specs.resolve_input(spec_path, spec.events)
        field_name, line = "events", specs.line_of(spec_path, "events")
    else:
        field_name, line = "--events", None
    if events is not None:
        table = source.read_events(events, spec_path.name, field_name, line)
        meta = source.provenance_of_events(table)
        prov["events"] = {
            "file": events.name,
            "sha256": source.file_sha256(events),
            "seed": meta.get("seed"),
            "scenario_sha256": meta.get("scenario_sha256"),
        }
    else:
        table = source.run_scenario(scenario, spec.replications, seed, progress)
        prov["events"] = {"simulated": True, "replications": spec.replications, "seed": seed}
    step("events")
    cal = scenario.calendar
    try:
        dressed = dress.dress(
            table,
            dress.Clock(start=cal.start, timezone=cal.timezone),
            seed=seed,
            people=people,
            texts_for=_texts_for(),
            script_mix=spec.citizens.script_mix,
            region=spec.citizens.region,
            birth_years=spec.citizens.birth_years,
            roster_size=spec.roster_size,
            text_noise=spec.text_noise,
            step=step,
        )
    except ValueError as exc:
        field_guess = "roster_size" if "roster_size" in str(exc) else "citizens"
        raise InputError(
            [Problem(spec_path.name, field_guess, str(exc), specs.line_of(spec_path, field_guess))]
        ) from exc
    schemas.check_appeals_bundle(dressed.tables, schemas.scenario_deadline_rule(scenario))
    step("checks")
    return Bundle(tables=dressed.tables, provenance=prov, stats=dressed.stats)


def _texts_for() -> Any:
    from malaka.datasets.texts import texts_for

    return texts_for


def _generator(spec: Any, seed: int, spec_path: Path) -> Bundle:
    """Call the generator a non-appeals spec names."""
    if spec.kind in GENERATORS:
        module = importlib.import_module(GENERATORS[spec.kind])
        bundle: Bundle = module.generate(
            spec, rng=lambda stream: _rng(seed, f"{spec.kind}:{stream}"), spec_path=spec_path
        )
        return bundle
    rng = _rng(seed, spec.kind)
    if spec.kind == "appeal_texts":
        from malaka.datasets.texts import appeal_texts

        df = appeal_texts(
            spec.n, rng, script_mix=spec.script_mix, categories=spec.categories, noise=spec.noise
        )
        return Bundle(tables={"texts": df})
    if spec.kind == "interagency":
        from malaka.datasets.pools import people

        extracts = importlib.import_module("malaka.datasets.interagency").extracts

        who = people(
            spec.n_people,
            _rng(seed, "people"),
            script_mix=spec.citizens.script_mix,
            regions=[spec.citizens.region] if spec.citizens.region else None,
            birth_years=spec.citizens.birth_years,
        )
        who.insert(0, "citizen_id", [f"C{i:07d}" for i in range(1, len(who) + 1)])
        tables, gold = extracts(who, rng)
        return Bundle(tables={"register": who, **tables}, answer_key={"linkage": gold})
    cyber = importlib.import_module("malaka.datasets.cyber")
    if spec.kind == "mailbox":
        tables, key = cyber.mailbox(spec.n, rng)
    elif spec.kind == "auth_log":
        tables, key = cyber.auth_log(spec.n_users, spec.days, rng)
    elif spec.kind == "passwords":
        tables, key = cyber.passwords(spec.n, rng)
    else:
        tables, key = cyber.leaked_export(spec.n, rng)
    return Bundle(tables=dict(tables), answer_key=dict(key))


def _select_columns(bundle: Bundle, spec: Any, spec_path: Path) -> None:
    """Apply the spec's ``columns`` selection; an unknown table or column is the spec's error."""
    if not spec.columns:
        return
    _check_columns(spec, spec_path, {k: list(v.columns) for k, v in bundle.tables.items()})
    for table, wanted in spec.columns.items():
        bundle.tables[table] = bundle.tables[table][list(wanted)]


def _check_columns(spec: Any, spec_path: Path, tables: Mapping[str, list[str]]) -> None:
    """Every table and column named in ``columns`` exists (else one Problem for each)."""
    problems = []
    for table, wanted in (spec.columns or {}).items():
        if table not in tables:
            problems.append(
                Problem(
                    spec_path.name,
                    f"columns.{table}",
                    f"no table {table!r} in this dataset (tables: {', '.join(tables)})",
                    specs.line_of(spec_path, "columns", table),
                )
            )
            continue
        have = tables[table]
        for i, col in enumerate(wanted):
            if col not in have:
                problems.append(
                    Problem(
                        spec_path.name,
                        f"columns.{table}[{i}]",
                        f"no column {col!r} in table {table!r} (columns: {', '.join(have)})",
                        specs.line_of(spec_path, "columns", table, i),
                    )
                )
    if problems:
        raise InputError(problems)


# --- writing --------------------------------------------------------------------------------
def to_arrow(df: pd.DataFrame) -> pa.Table:
    """A DataFrame as an Arrow table with plain, stable types and no pandas metadata."""
    import pyarrow as pa

    table = pa.Table.from_pandas(df, preserve_index=False)
    fields, arrays = [], []
    for name, original in zip(table.column_names, table.columns, strict=True):
        col = original
        typ = col.type
        if pa.types.is_dictionary(typ):
            col = col.cast(typ.value_type)
            typ = typ.value_type
        if pa.types.is_large_string(typ):
            col = col.cast(pa.string())
            typ = pa.string()
        if pa.types.is_timestamp(typ) and typ.unit != "s":
            # whole seconds everywhere: sub-second noise would make files differ for nothing
            col = col.cast(pa.timestamp("s", tz=typ.tz), safe=False)
            typ = col.type
        fields.append(pa.field(name, typ))
        arrays.append(col)
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


def _csv_ready(table: pa.Table) -> pa.Table:
    """Timestamps as ISO 8601 text with a ``+05:00``-style offset; floats with FLOAT_FORMAT."""
    import pyarrow as pa
    import pyarrow.compute as pc

    arrays = []
    for original in table.columns:
        col = original
        typ = col.type
        if pa.types.is_timestamp(typ):
            if typ.tz:
                text = pc.strftime(col, format="%Y-%m-%dT%H:%M:%S%z")
                col = pc.replace_substring_regex(text, r"([+-]\d\d)(\d\d)$", r"\1:\2")
            else:
                fmt = "%Y-%m-%d" if _all_midnight(col) else "%Y-%m-%dT%H:%M:%S"
                col = pc.strftime(col, format=fmt)
        elif pa.types.is_date(typ):
            col = pc.strftime(col, format="%Y-%m-%d")
        elif pa.types.is_floating(typ):
            values = col.to_numpy(zero_copy_only=False)
            mask = np.isnan(values)
            texts = np.char.mod(FLOAT_FORMAT, np.where(mask, 0.0, values)).astype(object)
            texts[mask] = None
            col = pa.array(texts, type=pa.string())
        arrays.append(col)
    return pa.Table.from_arrays(arrays, names=table.column_names)


def _all_midnight(col: Any) -> bool:
    import pyarrow as pa
    import pyarrow.compute as pc

    secs = pc.cast(col, pa.timestamp("s")).cast(pa.int64()).to_numpy(zero_copy_only=False)
    secs = secs[~np.isnan(secs.astype(float))] if secs.dtype.kind == "f" else secs
    return bool(np.all(secs % 86400 == 0))


def write_table(
    df: pd.DataFrame,
    folder: Path,
    name: str,
    meta: Mapping[str, str],
    formats: Sequence[str] = ("parquet", "csv"),
) -> None:
    """``<name>.parquet`` and/or ``<name>.csv`` in ``folder``, deterministic to the byte."""
    import pyarrow.csv as pcsv
    import pyarrow.parquet as pq

    table = to_arrow(df)
    table = table.replace_schema_metadata({f"malaka.{k}": v for k, v in sorted(meta.items())})
    if "parquet" in formats:
        pq.write_table(
            table,
            folder / f"{name}.parquet",
            compression="zstd",
            compression_level=3,
            write_statistics=True,
        )
    if "csv" in formats:
        pcsv.write_csv(
            _csv_ready(table),
            folder / f"{name}.csv",
            write_options=pcsv.WriteOptions(include_header=True, quoting_style="needed"),
        )


def _readable(folder: Path) -> None:
    """Temporary files and folders are private (0600/0700); a dataset is meant to be read."""
    folder.chmod(0o755)
    for path in folder.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def manifest(folder: Path, spec: Any, spec_path: Path, seed: int, bundle: Bundle) -> dict[str, Any]:
    """Everything needed to trace and verify a build (no dates: the build must be repeatable)."""
    files = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "manifest.json"):
        rel = path.relative_to(folder).as_posix()
        files[rel] = {"sha256": _sha256_file(path), "bytes": path.stat().st_size}
    return {
        "dataset": spec.id,
        "kind": spec.kind,
        "spec": {"file": spec_path.name, "sha256": _sha256_file(spec_path)},
        "seed": seed,
        "spec_seed": spec.seed,
        "versions": versions(),
        "provenance": bundle.provenance,
        "rows": {name: len(df) for name, df in bundle.tables.items()},
        "answer_key_rows": {name: len(df) for name, df in bundle.answer_key.items()},
        "stats": bundle.stats,
        "used_by": list(spec.used_by),
        "files": files,
    }


def versions() -> dict[str, str]:
    """Versions of what shapes the bytes: malaka, Faker (pinned), numpy, pandas, pyarrow."""
    return {pkg: _version(pkg) for pkg in ("malaka", "faker", "numpy", "pandas", "pyarrow")}


@contextmanager
def _progress(enabled: bool, total: int) -> Iterator[Step]:
    """A rich progress bar on stderr advanced by named steps (a no-op when disabled)."""
    if not enabled:
        yield lambda _label: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,  # no stray blank lines in logs and pipes
    ) as bar:
        task = bar.add_task("dataset", total=total)

        def step(label: str) -> None:
            bar.update(task, advance=1, description=label)

        yield step


_APPEAL_STEPS = 13


def make_bundle(
    spec: Any,
    spec_path: Path,
    *,
    seed: int,
    events: Path | None = None,
    step: Step = lambda _label: None,
    progress: bool = False,
) -> Bundle:
    """Produce (but do not write) every table of a spec, checked."""
    from malaka.datasets import schemas

    if spec.kind == "appeals":
        # the appeals tables are known in advance: a wrong column fails before any simulation
        known = {name: [c.name for c in cols] for name, cols in schemas.APPEAL_TABLES.items()}
        _check_columns(spec, spec_path, known)
        bundle = _appeals(
            spec, spec_path=spec_path, seed=seed, events=events, step=step, progress=progress
        )
    else:
        if events is not None:
            raise InputError.single(
                spec_path.name, "kind", f"--events applies to 'appeals' specs, not {spec.kind!r}"
            )
        bundle = _generator(spec, seed, spec_path)
        schemas.check_generated({**bundle.tables, **bundle.answer_key}, spec.kind)
        step("generated")
    _select_columns(bundle, spec, spec_path)
    return bundle


def build_spec(
    spec_path: Path,
    out_dir: Path | None = None,
    *,
    seed: int | None = None,
    events: Path | None = None,
    progress: bool = False,
) -> Path:
    """Build the dataset ``spec_path`` declares into ``out_dir`` (default ``build/datasets/<id>``).

    Writes ``<table>.parquet`` + ``<table>.csv`` per table, ``answer_key/`` for answer keys,
    ``README.md`` (the data card) and ``manifest.json`` (SHA-256 of every file). Bad input
    raises :class:`~malaka.errors.InputError` and leaves ``out_dir`` as it was.
    """
    from malaka.datasets import cards

    spec = specs.load_spec(spec_path)
    seed = spec.seed if seed is None else seed
    if seed < 0:
        raise InputError.single("--seed", "", "must be >= 0")
    out = out_dir or default_out(spec.id)
    with _progress(progress, _APPEAL_STEPS if spec.kind == "appeals" else 2) as step:
        bundle = make_bundle(spec, spec_path, seed=seed, events=events, step=step)
        meta = {"dataset": spec.id, "seed": str(seed)}
        with atomic.output_dir(out) as tmp:
            for name, df in bundle.tables.items():
                write_table(df, tmp, name, {**meta, "table": name}, spec.formats)
            if bundle.answer_key:
                (tmp / ANSWER_KEY_DIR).mkdir()
                for name, df in bundle.answer_key.items():
                    write_table(df, tmp / ANSWER_KEY_DIR, name, {**meta, "table": name})
            for rel, text in bundle.files.items():
                target = tmp / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                atomic.write_text(target, text)
            man = manifest(tmp, spec, spec_path, seed, bundle)
            card = cards.render(spec, man, bundle)
            atomic.write_text(tmp / "README.md", card)
            man = manifest(tmp, spec, spec_path, seed, bundle)
            atomic.write_text(
                tmp / "manifest.json", json.dumps(man, indent=2, ensure_ascii=False) + "\n"
            )
            _readable(tmp)
            step("written")
    return out


def build_all(out_root: Path | None = None, *, progress: bool = False) -> list[Path]:
    """Build every shipped spec (``datasets/specs/*.yaml``) into ``out_root/<id>``."""
    outs = []
    for path in shipped_specs():
        spec = specs.load_spec(path)
        target = (out_root / spec.id) if out_root is not None else None
        outs.append(build_spec(path, target, progress=progress))
    return outs
