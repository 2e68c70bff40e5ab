"""Pre-execute released student notebooks for the site, without ever running an answer.

The site shows the student version (``build/release/<module>/``) with the outputs a trainee
sees before answering: data loads, tables, plots. Only cells that are neither nbgrader solution
cells nor grade cells are run, errors are allowed (a later cell may need an answer) and error
outputs are dropped. Code cells are identical in every language apart from the ``LANG = ...``
line (grading/AUTHORING.md §3), so one execution serves all languages when that holds.
Results are cached under ``build/`` by content hash: rebuilding the site does not rerun kernels.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from malaka import atomic

_LANG_LINE = re.compile(r"^LANG\s*=\s*['\"][a-z]{2}(?:-[A-Za-z]{4})?['\"]\s*$", re.MULTILINE)
#: Cache format version: bump when the way outputs are produced changes.
_CACHE_VERSION = "2"


def is_answer_or_test(cell: dict[str, Any]) -> bool:
    """True for nbgrader solution cells and grade (test) cells: never run for the site."""
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return bool(meta.get("solution") or meta.get("grade"))


def _code_key(nb: dict[str, Any]) -> list[str]:
    """The code cells' sources with the language line neutralised (to compare languages)."""
    return [
        _LANG_LINE.sub('LANG = "*"', _source(c)) for c in nb["cells"] if c["cell_type"] == "code"
    ]


def _source(cell: dict[str, Any]) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else str(src)


def _fingerprint(paths: Iterable[Path], data_dir: Path) -> str:
    """Hash of the notebooks and of the data listing (names, sizes, times) they read."""
    h = hashlib.sha256(_CACHE_VERSION.encode())
    for p in paths:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    if data_dir.is_dir():
        for f in sorted(data_dir.rglob("*")):
            if f.is_file():
                st = f.stat()
                h.update(f"{f.relative_to(data_dir)}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()


def _execute(nb: dict[str, Any], release_dir: Path, timeout: int) -> dict[str, Any]:
    """Run the non-answer code cells of ``nb`` in a scratch folder that sees ``data/``."""
    import nbformat
    from nbclient import NotebookClient

    node = nbformat.reads(json.dumps(nb), as_version=4)  # type: ignore[no-untyped-call]
    keep: list[Any] = []
    skipped: dict[int, Any] = {}
    for i, cell in enumerate(node.cells):
        if cell.cell_type == "code" and is_answer_or_test(cell):
            skipped[i] = cell
        else:
            keep.append(cell)
    runnable = nbformat.NotebookNode(  # type: ignore[no-untyped-call]
        nbformat=node.nbformat,
        nbformat_minor=node.nbformat_minor,
        metadata=node.metadata,
        cells=keep,
    )
    with tempfile.TemporaryDirectory(prefix="malaka-site-nb-") as tmp:
        if (release_dir / "data").is_dir():
            (Path(tmp) / "data").symlink_to((release_dir / "data").resolve())
        client = NotebookClient(
            runnable,
            timeout=timeout,
            allow_errors=True,
            kernel_name="python3",
            resources={"metadata": {"path": tmp}},
        )
        client.execute()
    cells: list[Any] = []
    it = iter(runnable.cells)
    for i in range(len(node.cells)):
        if i in skipped:
            cell = skipped[i]
            cell.outputs = []
            cell.execution_count = None
            cells.append(cell)
        else:
            cells.append(next(it))
    for cell in cells:
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.outputs if o.get("output_type") != "error"]
    node.cells = cells
    return dict(node)


def _transplant(outputs_from: dict[str, Any], target: dict[str, Any]) -> dict[str, Any]:
    """Copy code-cell outputs from one language's executed notebook onto another's cells."""
    out = copy.deepcopy(target)
    src_cells = [c for c in outputs_from["cells"] if c["cell_type"] == "code"]
    dst_cells = [c for c in out["cells"] if c["cell_type"] == "code"]
    for s, d in zip(src_cells, dst_cells, strict=True):
        d["outputs"] = copy.deepcopy(s.get("outputs", []))
        d["execution_count"] = s.get("execution_count")
    return out


def prepare_module(release_dir: Path, cache_dir: Path, *, timeout: int = 120) -> dict[str, Path]:
    """Executed copies of every notebook in ``release_dir``, keyed by file name.

    Notebooks of one exercise in several languages (``ex01_x.ipynb``, ``ex01_x.ru.ipynb``) are
    executed once when their code cells agree; results are cached in ``cache_dir``.
    """
    groups: dict[str, list[Path]] = {}
    for nb_path in sorted(release_dir.glob("*.ipynb")):
        stem = nb_path.name.split(".", 1)[0]
        groups.setdefault(stem, []).append(nb_path)
    result: dict[str, Path] = {}
    for stem, paths in groups.items():
        key = _fingerprint(paths, release_dir / "data")
        folder = cache_dir / f"{release_dir.name}-{stem}-{key[:16]}"
        if not all((folder / p.name).is_file() for p in paths):
            with atomic.output_dir(folder) as tmp:
                _execute_group(paths, release_dir, tmp, timeout)
        for p in paths:
            result[p.name] = folder / p.name
    return result


def _execute_group(paths: list[Path], release_dir: Path, out: Path, timeout: int) -> None:
    """Execute one exercise's language variants (once if their code agrees) into ``out``."""
    notebooks = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in paths}
    executed: list[dict[str, Any]] = []
    for name, nb in notebooks.items():
        donor = next((e for e in executed if _code_key(e) == _code_key(nb)), None)
        done = _transplant(donor, nb) if donor is not None else _execute(nb, release_dir, timeout)
        if donor is None:
            executed.append(done)
        atomic.write_text(out / name, json.dumps(done, ensure_ascii=False, indent=1) + "\n")
