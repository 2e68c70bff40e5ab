"""``malaka grade run``: each trainee notebook runs in its own sandbox; the judge scores it.

Per trainee, in this order:

1. **Sanitize** (this process, nbgrader preprocessors, gradebook read-only): ``ClearOutput``,
   ``DeduplicateIds``, ``OverwriteKernelspec``, ``OverwriteCells`` (locked and test cells come
   back from the gradebook, so editing a test cell changes nothing), ``CheckCellMetadata``.
2. **Judge** (:mod:`malaka.grading.judge`, in this process, up to ``workers`` trainees at once):
   each trainee gets a sandbox holding only the released data, and each notebook a fresh
   kernel in it (:mod:`malaka.grading.cage`); the judge sends it the trainee's cells one by one
   (never a test cell) and runs each test cell's hidden judge code here, asking the kernel only
   for data. The reference notebook's answers were recorded once at the start of the run.
3. **Save** (nbgrader ``Gradebook`` API, one transaction per trainee): a test cell scores its
   points when the judge found nothing wrong (``nbgrader.utils.determine_grade`` on the cell
   the judge wrote), 0 otherwise, and 0 for a test cell missing from the notebook; then the
   graded notebooks are written atomically to ``build/grading/autograded/<trainee>/<module>/``.
   Partial credit (``judge.partial``) is written the way nbgrader reads it: the judge's message
   on stdout, then an ``execute_result`` holding the points scored.

Running again regrades everything and overwrites: an interrupted run is simply rerun.
Late penalties are not used by the course.
"""

from __future__ import annotations

import ast
import concurrent.futures as cf
import contextlib
import dataclasses
import datetime as dt
import importlib
import json
import shutil
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from malaka.errors import InputError
from malaka.grading.authoring import LANGS, load_module
from malaka.grading.cage import Kernel, Limits, Sandbox, warn_if_weak
from malaka.grading.judge import (
    Cell,
    LiveSide,
    Recording,
    Verdict,
    record_reference,
    run_notebook,
)
from malaka.grading.layout import Layout, ensure_tools_on_path, skip_slow_imports


class GradingWarning(UserWarning):
    """Something about one trainee the instructor should know (the run went on)."""


@dataclass
class Prepared:
    """A trainee's sanitized notebooks, held by the judge (no file of them reaches the kernel)."""

    trainee: str
    notebooks: dict[str, Any]  # stem -> NotebookNode (the judge's own copy)
    timestamp: dt.datetime | None


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


def prepare(layout: Layout, module_id: str, exercises: list[str], trainee: str) -> Prepared:
    """Sanitize a trainee's notebooks with nbgrader's preprocessors (blank version if missing)."""
    nbformat = _nbformat()
    folder = layout.submitted / trainee / module_id
    notebooks: dict[str, Any] = {}
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
    return Prepared(trainee, notebooks, _read_timestamp(folder))


def judge_cells(nb: Any) -> list[Cell]:
    """The code cells of a notebook, test cells marked with their grade id."""
    from nbgrader.utils import is_grade

    cells: list[Cell] = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        gid = cell.metadata.get("nbgrader", {}).get("grade_id") if is_grade(cell) else None
        cells.append(Cell(index, str(cell.source), str(gid) if gid is not None else None))
    return cells


def notebook_lang(nb: Any) -> str:
    """The trainee's language, as collect recorded it (never read from trainee code)."""
    meta = nb.metadata.get("malaka", {})
    lang = meta.get("lang") if isinstance(meta, dict) else None
    return lang if lang in LANGS else "uz"


def merge(nb: Any, verdict: Verdict) -> Any:
    """Write the kernel's outputs and the judge's verdicts into the judge's notebook copy."""
    from nbgrader.utils import is_grade

    nbformat = _nbformat()
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        if is_grade(cell):
            text = verdict.failures.get(index)
            outputs = (
                []
                if text is None
                else [
                    {
                        "output_type": "error",
                        "ename": "WrongAnswer",
                        "evalue": text,
                        "traceback": [text],
                    }
                ]
            )
            if text is None and index in verdict.partial:
                outputs = partial_outputs(cell, *verdict.partial[index])
            cell.execution_count = None
        else:
            outputs = verdict.outputs.get(index, [])
            cell.execution_count = verdict.counts.get(index)
        cell.outputs = [nbformat.from_dict(o) for o in outputs]
    return nb


def partial_outputs(cell: Any, fraction: float, text: str) -> list[dict[str, Any]]:
    """The outputs of a test cell judged right in part: the message, then the points scored.

    nbgrader's ``determine_grade`` takes an ``execute_result`` number as the cell's score.
    """
    points = float(cell.metadata.get("nbgrader", {}).get("points", 0) or 0)
    score = min(points, max(0.0, round(points * fraction, 6)))
    return [
        {"output_type": "stream", "name": "stdout", "text": text + "\n"},
        {
            "output_type": "execute_result",
            "execution_count": None,
            "metadata": {},
            "data": {"text/plain": f"{score:g}"},
        },
    ]


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
            # Matched by message alone: SQLAlchemy attributes it to whichever frame triggered
            # the autoflush, so a module filter misses it on some code paths.
            warnings.filterwarnings("ignore", message="Object of type .* not in session")
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


def record_references(
    layout: Layout,
    module_id: str,
    exercises: list[str],
    limits: Limits,
    pool: cf.Executor,
) -> dict[str, Recording]:
    """Run each exercise's reference solution through the judge once, in parallel."""
    nbformat = _nbformat()
    data = layout.release / module_id / "data"
    # Trusted code on a possibly busy machine: a slow start must not fail the whole run.
    generous = dataclasses.replace(
        limits,
        cell_timeout=max(4 * limits.cell_timeout, 120.0),
        notebook_seconds=max(4 * limits.notebook_seconds, 600.0),
    )

    def one(stem: str) -> Recording:
        nb = nbformat.read(layout.source / module_id / f"{stem}.ipynb", as_version=4)
        with Kernel(data, generous, work=layout.work) as kernel:
            return record_reference(judge_cells(nb), kernel, output_bytes=limits.output_bytes)

    futures = {stem: pool.submit(one, stem) for stem in exercises}
    return {stem: fut.result() for stem, fut in futures.items()}


def released_imports(layout: Layout, module_id: str) -> tuple[str, ...]:
    """Modules the *released* notebooks import: instructor code, imported once per trainee."""
    names: set[str] = set()
    for path in (layout.release / module_id).glob("*.ipynb"):
        if path.name.count(".") > 1:
            continue  # a language variant (ex01.ru.ipynb): the same code cells as the Uzbek one
        try:
            nb = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for cell in nb.get("cells", []):
            source = cell.get("source", "") if cell.get("cell_type") == "code" else ""
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


def judge_trainee(
    layout: Layout,
    module_id: str,
    prepared: Prepared,
    references: dict[str, Recording],
    limits: Limits,
    *,
    modules: tuple[str, ...] = (),
) -> dict[str, Verdict]:
    """Judge each of one trainee's notebooks, each in a fresh kernel in the trainee's sandbox."""
    data = layout.release / module_id / "data"
    verdicts: dict[str, Verdict] = {}
    zygote = (
        Sandbox(data, limits, work=layout.work, modules=modules) if Sandbox.possible() else None
    )
    with zygote or contextlib.nullcontext():
        for stem, nb in prepared.notebooks.items():
            try:
                kernel = Kernel(data, limits, work=layout.work, zygote=zygote)
            except OSError as exc:
                verdicts[stem] = Verdict(stopped="crashed")
                warnings.warn(
                    f"{prepared.trainee}: {stem}: sandbox failed to start: {exc}",
                    GradingWarning,
                    stacklevel=1,
                )
                continue
            with kernel:
                verdicts[stem] = run_notebook(
                    judge_cells(nb),
                    LiveSide(kernel),
                    references[stem].frozen(),
                    notebook_lang(nb),
                    output_bytes=limits.output_bytes,
                )
    return verdicts


def finish(
    layout: Layout, module_id: str, prepared: Prepared, verdicts: dict[str, Verdict]
) -> TraineeResult:
    """Merge, score and write one trainee (this process only)."""
    graded: dict[str, Any] = {}
    result = TraineeResult(prepared.trainee)
    for stem, nb in prepared.notebooks.items():
        verdict = verdicts.get(stem) or Verdict(stopped="crashed")
        graded[stem] = merge(nb, verdict)
        if verdict.stopped:
            result.stopped[stem] = verdict.stopped
    result.scores = save_grades(layout, module_id, prepared, graded)
    _write_autograded(layout, module_id, prepared.trainee, graded)
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
    warn_if_weak()
    results: list[TraineeResult] = []
    layout.work.mkdir(parents=True, exist_ok=True)
    with cf.ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        references = record_references(layout, module_id, spec.exercises, limits, pool)
        modules = released_imports(layout, module_id)
        futures: dict[cf.Future[dict[str, Verdict]], Prepared] = {}
        for trainee in names:
            prepared = prepare(layout, module_id, spec.exercises, trainee)
            fut = pool.submit(
                judge_trainee, layout, module_id, prepared, references, limits, modules=modules
            )
            futures[fut] = prepared
        for fut in cf.as_completed(futures):
            prepared = futures[fut]
            try:
                verdicts = fut.result()
            except Exception as exc:
                warnings.warn(
                    f"{prepared.trainee}: not judged ({type(exc).__name__}: {exc}); scored 0",
                    GradingWarning,
                    stacklevel=1,
                )
                verdicts = {}
            for stem, verdict in verdicts.items():
                for problem in verdict.problems:
                    warnings.warn(
                        f"{prepared.trainee}: {stem}: {problem}", GradingWarning, stacklevel=1
                    )
            done = finish(layout, module_id, prepared, verdicts)
            results.append(done)
            if on_done is not None:
                on_done(done)
    return sorted(results, key=lambda r: r.trainee)
