"""Golden event logs: fingerprints of the logs of small scenarios, checked by ``test_golden.py``.

Each ``golden-*.yaml`` here is run for replications 0 and 1 with :data:`SEED`, once through the
engine (``simulate(Plan(scenario), r, seed)``) and once through the runner (``run_one``). A
fingerprint is a SHA-256 of a canonical serialisation of everything the run returns: every
row column in order (``t`` as its exact float64 bytes, integers as int64), the codes table,
the officers and the case columns (NaN written one way), and of every column of the runner's
event log (strings as JSON). Next to the hash: the row count, the case count and the number of
rows per event kind, so that a failing test says what changed.

After an intended change of the model (and only then; say why in the commit), regenerate::

    .venv/bin/python tests/simulations/golden/regenerate.py
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden.json"
SEED = 20261205
REPLICATIONS = (0, 1)
REGENERATE = ".venv/bin/python tests/simulations/golden/regenerate.py"


def scenario_paths() -> list[Path]:
    """The golden scenarios, in name order."""
    return sorted(HERE.glob("golden-*.yaml"))


def _floats(values: Any) -> bytes:
    """Exact float64 bytes, every NaN written as the same NaN."""
    a = np.asarray(values, dtype=np.float64)
    return np.where(np.isnan(a), np.float64(np.nan), a).tobytes()


def _column_bytes(values: Any) -> bytes:
    """A numpy column as bytes: floats exactly, integers and booleans as int64."""
    a = np.asarray(values)
    if a.dtype.kind == "f":
        return _floats(a)
    if a.dtype.kind in "iub":
        return a.astype(np.int64).tobytes()
    return json.dumps(a.tolist(), ensure_ascii=False).encode("utf-8")


def _sha(parts: Iterable[tuple[str, bytes]]) -> str:
    """SHA-256 of named byte strings, each framed by its name and length."""
    h = hashlib.sha256()
    for name, data in parts:
        h.update(f"{name}:{len(data)}:".encode())
        h.update(data)
    return h.hexdigest()


def kind_label(code: tuple[str, str, str, str]) -> str:
    """``activity:lifecycle``, then ``@agency`` if not the body's own, then ``=outcome``."""
    activity, lifecycle, agency, outcome = code
    label = f"{activity}:{lifecycle}"
    if agency != "own":
        label += f"@{agency}"
    if outcome:
        label += f"={outcome}"
    return label


def fingerprint_result(result: Any) -> dict[str, Any]:
    """Fingerprint of an engine's ``RunResult``: hashes of its parts and of the whole."""
    from malaka.simulations.engine import CASE_OUTPUT_KEYS, ROW_COLUMNS

    rows = result.rows
    codes = [list(c) for c in result.codes]
    parts = {
        "rows": _sha((name, _column_bytes(rows[name])) for name in ROW_COLUMNS),
        "codes": _sha([("codes", json.dumps(codes, ensure_ascii=False).encode("utf-8"))]),
        "officers": _sha(
            [("officers", json.dumps(list(result.officers), ensure_ascii=False).encode("utf-8"))]
        ),
        "cases": _sha((key, _column_bytes(result.cases[key])) for key in CASE_OUTPUT_KEYS),
    }
    per_code = np.bincount(np.asarray(rows["code"], dtype=np.int64), minlength=len(codes))
    kinds = Counter()
    for code, n in zip(result.codes, per_code.tolist(), strict=True):
        kinds[kind_label(code)] += n
    return {
        "sha256": _sha((k, v.encode()) for k, v in parts.items()),
        "parts": parts,
        "rows": len(rows["t"]),
        "cases": len(result.cases["arrive"]),
        "kinds": dict(sorted(kinds.items())),
    }


def fingerprint_table(table: pa.Table) -> dict[str, Any]:
    """Fingerprint of an event log table: every column in order (schema metadata left out)."""

    def column(col: pa.ChunkedArray) -> bytes:
        if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
            return json.dumps(col.to_pylist(), ensure_ascii=False).encode("utf-8")
        return _column_bytes(col.to_numpy())

    return {
        "sha256": _sha((name, column(table[name])) for name in table.column_names),
        "rows": table.num_rows,
    }


def compute(paths: Iterable[Path] | None = None) -> dict[str, dict[str, Any]]:
    """Fingerprints of every golden scenario and replication, keyed ``<scenario id>/<r>``."""
    from malaka.simulations.engine import simulate
    from malaka.simulations.model import Plan
    from malaka.simulations.runner import run_one
    from malaka.simulations.scenario import load_scenario

    out: dict[str, dict[str, Any]] = {}
    for path in scenario_paths() if paths is None else paths:
        scenario = load_scenario(path)
        for r in REPLICATIONS:
            out[f"{scenario.id}/{r}"] = {
                "simulate": fingerprint_result(simulate(Plan(scenario), r, SEED)),
                "run_one": fingerprint_table(run_one(scenario, r, SEED)),
            }
    return out


def main() -> int:
    """Write ``golden.json`` from the engine as it is now."""
    from malaka.simulations.engine import simulate

    fixtures = compute()
    data = {
        "about": "fingerprints of golden event logs; see regenerate.py",
        "regenerate": REGENERATE,
        "generated_by": simulate.__module__,
        "seed": SEED,
        "fixtures": fixtures,
    }
    GOLDEN.write_text(json.dumps(data, indent=1, sort_keys=False) + "\n", "utf-8")
    for key, fx in fixtures.items():
        print(f"{key}: {fx['simulate']['rows']} rows, {fx['simulate']['cases']} cases")
    print(f"wrote {GOLDEN}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
