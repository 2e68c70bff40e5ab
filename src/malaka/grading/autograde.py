"""``malaka grade run``: autograde collected submissions in parallel, each in its own sandbox.

Per trainee, in this order:

1. **Sanitize** (parent, nbgrader preprocessors, gradebook read-only): ``ClearOutput``,
   ``DeduplicateIds``, ``OverwriteKernelspec``, ``OverwriteCells`` (locked and test cells come
   back from the gradebook, hidden tests included, so editing a test cell changes nothing),
   ``CheckCellMetadata``.
2. **Execute** (sandbox, :mod:`malaka.grading.sandbox`): a temporary copy holding only this
   trainee's sanitized notebooks and the released data; up to ``workers`` trainees at once.
3. **Merge** (parent): the outputs go back into the parent's own copy of the notebook (the
   sandbox cannot change any source); a test cell that never ran gets an error; stderr from
   warnings in test cells is shown as ordinary output so it does not zero a correct cell.
4. **Save** (parent, nbgrader ``Gradebook`` API, one transaction per trainee): the scores of
   ``nbgrader.utils.determine_grade`` (the rule ``SaveAutoGrades`` uses), 0 for any test cell
   missing from the notebook; then the graded notebooks are written atomically to
   ``build/grading/autograded/<trainee>/<module>/``.

Running again regrades everything and overwrites: an interrupted run is simply rerun.
Late penalties and partial credit are not used by the course.
"""

from __future__ import annotations

import ast
import concurrent.futures as cf
import datetime as dt
import importlib
import json
import shutil
import uuid
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from malaka.errors import InputError
from malaka.grading.authoring import load_module
from malaka.grading.layout import Layout, ensure_tools_on_path, find_repo, skip_slow_imports
from malaka.grading.sandbox import (
    Limits,
    RunResult,
    fork_server,
    package_source,
    run_submission,
)

_OUTPUT_TYPES = {"stream", "display_data", "execute_result", "error"}

_NOT_RUN = {
    "uz": "Bu katak bajarilmadi: daftar {why} sababli to'xtadi.",
    "ru": "Эта ячейка не выполнялась: блокнот остановился ({why}).",
    "en": "This cell did not run: the notebook stopped ({why}).",
}
_WHY = {
    "timeout": {"uz": "vaqt chegarasi", "ru": "превышен лимит времени", "en": "time limit"},
    "crashed": {"uz": "jarayon to'xtab qoldi", "ru": "процесс аварийно завершился", "en": "crash"},
    "too-much-output": {"uz": "juda ko'p chiqish", "ru": "слишком большой вывод", "en": "output"},
}


@dataclass
class Prepared:
    """A trainee's sanitized notebooks and the sandbox folder that holds their copies."""

    trainee: str
    workdir: Path
    notebooks: dict[str, Any]  # stem -> NotebookNode (parent's copy)
    grade_cells: dict[str, list[int]]
    timestamp: dt.datetime | None
    code_cells: int


@dataclass
class TraineeResult:
    """Scores of one trainee: ``(notebook, grade_id) -> (score, max_score)``."""

    trainee: str
    scores: dict[tuple[str, str], tuple[float, float]] = field(default_factory=dict)
    stopped: dict[str, str] = field(default_factory=dict)

    @property
    def total(self) -> float:
        return sum(s for s, _ in self.scores.values())

    @property
    def max_total(self) -> float:
        return sum(m for _, m in self.scores.values())


def _nbformat() -> Any:
    skip_slow_imports()
    return importlib.import_module("nbformat")


def submitted_trainees(layout: Layout, module_id: str) -> list[str]:
    """Trainees with a collected submission of the module, sorted."""
    if not layout.submitted.is_dir():
        return []
    return sorted(p.parent.name for p in layout.submitted.glob(f"*/{module_id}") if p.is_dir())


def _resources(layout: Layout, module_id: str, trainee: str, stem: str) -> dict[str, Any]:
    return {
        "unique_key": stem,
        "nbgrader": {
            "student": trainee,
            "assignment": module_id,
            "notebook": stem,
            "db_url": layout.db_url,
        },
    }


def _sanitize(nb: Any, resources: dict[str, Any]) -> Any:
    from nbgrader.preprocessors import (
        CheckCellMetadata,
        ClearOutput,
        DeduplicateIds,
        OverwriteCells,
        OverwriteKernelspec,
    )

    for pp in (ClearOutput, DeduplicateIds, OverwriteKernelspec, OverwriteCells, CheckCellMetadata):
        nb, resources = pp().preprocess(nb, resources)
    return nb


def _read_timestamp(folder: Path) -> dt.datetime | None:
    path = folder / "timestamp.txt"
    if not path.is_file():
        return None
    try:
        text = path.read_text(encoding="utf-8").strip().removesuffix(" UTC")
        return dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def prepare(
    layout: Layout, module_id: str, exercises: list[str], trainee: str, timeout: float = 30.0
) -> Prepared:
    """Sanitize a trainee's notebooks and lay out the sandbox folder (notebooks, data, job)."""
    from nbgrader.utils import is_grade

    nbformat = _nbformat()
    folder = layout.submitted / trainee / module_id
    workdir = layout.work / f"{trainee}-{uuid.uuid4().hex[:8]}"
    workdir.mkdir(parents=True)
    data = layout.release / module_id / "data"
    if data.is_dir():
        shutil.copytree(data, workdir / "data")
    notebooks: dict[str, Any] = {}
    grade_cells: dict[str, list[int]] = {}
    job: dict[str, Any] = {"notebooks": []}
    code_cells = 0
    for stem in exercises:
        path = folder / f"{stem}.ipynb"
        if not path.is_file():
            path = layout.release / module_id / f"{stem}.ipynb"  # never collected: blank version
        resources = _resources(layout, module_id, trainee, stem)
        try:
            nb = _sanitize(nbformat.read(path, as_version=4), resources)
        except Exception:
            blank = layout.release / module_id / f"{stem}.ipynb"
            nb = _sanitize(nbformat.read(blank, as_version=4), resources)
            nb.metadata.setdefault("malaka", {})["collect"] = "corrupt: invalid cell metadata"
        notebooks[stem] = nb
        grade_cells[stem] = [i for i, c in enumerate(nb.cells) if is_grade(c)]
        code_cells += sum(1 for c in nb.cells if c.cell_type == "code")
        nbformat.write(nb, workdir / f"{stem}.ipynb")
        job["notebooks"].append(
            {"stem": stem, "path": f"{stem}.ipynb", "grade_cells": grade_cells[stem]}
        )
    job["timeout"] = timeout
    (workdir / "job.json").write_text(json.dumps(job), encoding="utf-8")
    return Prepared(trainee, workdir, notebooks, grade_cells, _read_timestamp(folder), code_cells)


def _clean_output(raw: Any) -> dict[str, Any] | None:
    """Rebuild one output from the sandbox with only well-formed fields (it is untrusted)."""
    if not isinstance(raw, dict) or raw.get("output_type") not in _OUTPUT_TYPES:
        return None
    kind = raw["output_type"]
    if kind == "stream":
        name = "stderr" if raw.get("name") == "stderr" else "stdout"
        return {"output_type": "stream", "name": name, "text": str(raw.get("text", ""))}
    if kind == "error":
        tb = raw.get("traceback", [])
        return {
            "output_type": "error",
            "ename": str(raw.get("ename", "Error")),
            "evalue": str(raw.get("evalue", "")),
            "traceback": [str(t) for t in tb] if isinstance(tb, list) else [str(tb)],
        }
    data = raw.get("data", {})
    if not isinstance(data, dict):
        return None
    clean = {str(k): v if isinstance(v, str) else json.dumps(v) for k, v in data.items()}
    return {"output_type": "display_data", "data": clean, "metadata": {}}


def _not_run_error(lang: str, stopped: str | None) -> dict[str, Any]:
    reason = (stopped or "crashed").split(":")[0]
    why = _WHY.get(reason, _WHY["crashed"]).get(lang, reason)
    text = _NOT_RUN.get(lang, _NOT_RUN["uz"]).format(why=why)
    return {"output_type": "error", "ename": "NotRun", "evalue": text, "traceback": [text]}


def merge(nb: Any, result: dict[str, Any] | None, grade_cells: list[int]) -> Any:
    """Put the sandbox's outputs into the parent's notebook copy; mark test cells that never ran."""
    nbformat = _nbformat()
    cells = result.get("cells", {}) if isinstance(result, dict) else {}
    stopped = result.get("stopped") if isinstance(result, dict) else "crashed"
    lang = str(nb.metadata.get("malaka", {}).get("lang", "uz"))
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        entry = cells.get(str(index)) if isinstance(cells, dict) else None
        outputs: list[dict[str, Any]] = []
        if isinstance(entry, dict):
            for raw in entry.get("outputs", []) if isinstance(entry.get("outputs"), list) else []:
                out = _clean_output(raw)
                if out is None:
                    continue
                if index in grade_cells and out["output_type"] == "stream":
                    out["name"] = "stdout"  # warnings on stderr must not zero a correct cell
                outputs.append(out)
            count = entry.get("count")
            cell.execution_count = count if isinstance(count, int) else None
        elif index in grade_cells:
            outputs.append(_not_run_error(lang, stopped))
        cell.outputs = [nbformat.from_dict(o) for o in outputs]
    return nb


def save_grades(
    layout: Layout, module_id: str, prepared: Prepared, graded: dict[str, Any]
) -> dict[tuple[str, str], tuple[float, float]]:
    """Write one trainee's scores to the gradebook in a single transaction; return them."""
    from nbgrader.api import Gradebook
    from nbgrader.utils import compute_checksum, determine_grade, is_grade, is_solution, is_task

    scores: dict[tuple[str, str], tuple[float, float]] = {}
    with Gradebook(layout.db_url) as gb:
        gb.update_or_create_student(prepared.trainee)
        kwargs = {"timestamp": prepared.timestamp} if prepared.timestamp else {}
        with warnings.catch_warnings():
            # nbgrader builds the submission's rows while SQLAlchemy 2 autoflushes: harmless.
            warnings.filterwarnings("ignore", message="Object of type", module="nbgrader.*")
            warnings.filterwarnings("ignore", message="Object of type", module="sqlalchemy.*")
            gb.update_or_create_submission(module_id, prepared.trainee, **kwargs)
        for stem, nb in graded.items():
            present: set[str] = set()
            for cell in nb.cells:
                meta = cell.metadata.get("nbgrader", {})
                gid = meta.get("grade_id")
                if is_grade(cell):
                    present.add(gid)
                    grade = gb.find_grade(gid, stem, module_id, prepared.trainee)
                    auto, max_score = determine_grade(cell)
                    grade.auto_score = auto
                    grade.needs_manual_grade = grade.manual_score is not None or auto is None
                    scores[(stem, gid)] = (float(auto or 0.0), float(max_score))
                if is_solution(cell) or is_task(cell):
                    comment = gb.find_comment(gid, stem, module_id, prepared.trainee)
                    unchanged = meta.get("checksum") == compute_checksum(cell)
                    comment.auto_comment = "No response." if unchanged else None
            notebook = gb.find_notebook(stem, module_id)
            for grade_cell in notebook.grade_cells:
                if grade_cell.name in present:
                    continue
                grade = gb.find_grade(grade_cell.name, stem, module_id, prepared.trainee)
                grade.auto_score = 0.0
                grade.needs_manual_grade = False
                scores[(stem, grade_cell.name)] = (0.0, float(grade_cell.max_score))
        gb.db.commit()
    return scores


def _write_autograded(layout: Layout, module_id: str, trainee: str, graded: dict[str, Any]) -> None:
    from malaka.atomic import output_dir

    nbformat = _nbformat()
    submitted = layout.submitted / trainee / module_id
    with output_dir(layout.autograded / trainee / module_id) as tmp:
        for stem, nb in graded.items():
            nbformat.write(nb, tmp / f"{stem}.ipynb")
        for name in ("timestamp.txt", "collect.json"):
            if (submitted / name).is_file():
                shutil.copy2(submitted / name, tmp / name)


def released_imports(layout: Layout, module_id: str) -> tuple[str, ...]:
    """Modules the *released* notebooks import (instructor code: safe to pre-import as root)."""
    names: set[str] = set()
    for path in (layout.release / module_id).glob("*.ipynb"):
        try:
            nb = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        for cell in nb.get("cells", []):
            if cell.get("cell_type") != "code":
                continue
            source = cell.get("source", "")
            text = "".join(source) if isinstance(source, list) else str(source)
            try:
                tree = ast.parse(text)
            except SyntaxError:
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names.update(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names.add(node.module)
    return tuple(sorted(names))


def hidden_paths(layout: Layout) -> list[Path]:
    """What trainee code must not see: outputs, sources, mutants, and the checkout itself."""
    paths = {layout.build, layout.courses, layout.mutants, layout.dataset_specs}
    repo = package_source().parent
    if (repo / "pyproject.toml").is_file():
        paths.add(repo)
    with_root = find_repo()
    if (with_root / "courses").is_dir():
        paths.add(with_root)
    return sorted(p for p in paths if p.exists())


def finish(
    layout: Layout, module_id: str, prepared: Prepared, run: RunResult | None
) -> TraineeResult:
    """Merge, score and write one trainee (parent process only)."""
    graded: dict[str, Any] = {}
    result = TraineeResult(prepared.trainee)
    for stem, nb in prepared.notebooks.items():
        outcome = run.notebooks.get(stem) if run else None
        graded[stem] = merge(nb, outcome, prepared.grade_cells[stem])
        if outcome is None:
            result.stopped[stem] = f"crashed: {run.error[-300:] if run else 'not run'}"
        elif outcome.get("stopped"):
            result.stopped[stem] = str(outcome["stopped"])
    result.scores = save_grades(layout, module_id, prepared, graded)
    _write_autograded(layout, module_id, prepared.trainee, graded)
    shutil.rmtree(prepared.workdir, ignore_errors=True)
    return result


def grade_module(
    module_id: str,
    layout: Layout | None = None,
    *,
    workers: int = 2,
    limits: Limits | None = None,
    trainees: list[str] | None = None,
    on_done: Callable[[TraineeResult], None] | None = None,
) -> list[TraineeResult]:
    """Autograde every collected submission of ``module_id`` (or only ``trainees``)."""
    layout = layout or Layout.default()
    limits = limits or Limits()
    ensure_tools_on_path()
    skip_slow_imports()
    spec = load_module(layout, module_id)
    if not layout.gradebook_path.is_file() or not (layout.release / module_id).is_dir():
        raise InputError.single(module_id, "gradebook", "release the module first")
    names = trainees if trainees is not None else submitted_trainees(layout, module_id)
    unknown = [t for t in names if not (layout.submitted / t / module_id).is_dir()]
    if unknown:
        raise InputError.single(module_id, "trainee", f"nothing collected for {unknown}")
    hide = hidden_paths(layout)
    results: list[TraineeResult] = []
    layout.work.mkdir(parents=True, exist_ok=True)
    with (
        fork_server(layout.work, released_imports(layout, module_id)) as server,
        cf.ThreadPoolExecutor(max_workers=max(1, workers)) as pool,
    ):
        futures: dict[cf.Future[RunResult], Prepared] = {}
        for trainee in names:
            prepared = prepare(layout, module_id, spec.exercises, trainee, limits.cell_timeout)
            budget = limits.cell_timeout * (prepared.code_cells + 2) + 60
            fut = pool.submit(run_submission, prepared.workdir, hide, limits, budget, server)
            futures[fut] = prepared
        for fut in cf.as_completed(futures):
            prepared = futures[fut]
            try:
                run: RunResult | None = fut.result()
            except OSError as exc:
                run = RunResult({}, None, f"sandbox failed to start: {exc}")
            done = finish(layout, module_id, prepared, run)
            results.append(done)
            if on_done is not None:
                on_done(done)
    return sorted(results, key=lambda r: r.trainee)
