"""Render exercise sources (jupytext percent files) into per-language notebooks for nbgrader.

``courses/<module>/exNN_slug.py`` is the only source of an exercise. Rendering keeps the
markdown cells of one language (plus the language-neutral ones), rewrites the setup cell's
``LANG = "uz"`` line, and checks the format rules of ``grading/AUTHORING.md`` so that a broken
exercise is reported by file and cell instead of failing later inside nbgrader.
"""

from __future__ import annotations

import importlib
import re
import shutil
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from malaka.cyrillic import CYRILLIC
from malaka.errors import InputError, Problem
from malaka.grading.layout import Layout, skip_slow_imports
from malaka.specfile import load_model

#: Languages an exercise is written in (``lang=`` of its markdown cells), Uzbek first.
SOURCE_LANGS = ("uz", "ru", "en")
#: Languages a notebook is released in: the written ones, and Uzbek Cyrillic made from Uzbek.
LANGS = (*SOURCE_LANGS, CYRILLIC)
REQUIRED_LANGS = ("uz", "ru")
HINT_WORDS = {"uz": "Maslahat", "ru": "Подсказка", "en": "Hint"}
GRADE_ID = re.compile(r"^q(\d+)[a-z]?_(answer|tests)$")
STEM = re.compile(r"^ex\d\d_[a-z0-9_]+$")
PRACTICE_STEM = re.compile(r"^p\d\d_[a-z0-9_]+$")
MODULE_ID = re.compile(r"^m\d\d-[a-z0-9-]+$")
LANG_LINE = re.compile(r'^LANG\s*=\s*["\'](uz|ru|en)["\']\s*$', re.MULTILINE)
KERNELSPEC = {"display_name": "Python 3", "language": "python", "name": "python3"}


class Titles(BaseModel):
    """A title in each language (English optional)."""

    model_config = ConfigDict(extra="forbid")
    uz: str
    ru: str
    en: str | None = None


class ModuleSpec(BaseModel):
    """``courses/<module>/module.yaml``."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=MODULE_ID.pattern)
    title: Titles
    datasets: list[str] = Field(default_factory=list)
    exercises: list[str] = Field(min_length=1)
    #: Practice notebooks (``pNN_slug``): instant checks, not graded.
    practice: list[str] = Field(default_factory=list)
    #: Estimated minutes of every practice and exercise stem (printed atop each notebook).
    minutes: dict[str, int] = Field(default_factory=dict)
    seed: int | None = None  # None: each dataset spec's own seed

    @property
    def stems(self) -> list[str]:
        """Practice notebooks first, then the graded exercises, in course order."""
        return [*self.practice, *self.exercises]


def load_module(layout: Layout, module_id: str) -> ModuleSpec:
    """Read and check a module's ``module.yaml`` (id matches the folder, exercises exist)."""
    folder = layout.module_dir(module_id)
    path = folder / "module.yaml"
    if not path.is_file():
        known = ", ".join(layout.module_ids()) or "none"
        raise InputError.single(str(path), "module", f"no such module (known: {known})")
    spec = load_model(path, ModuleSpec)
    problems: list[Problem] = []
    if spec.id != module_id:
        problems.append(Problem(str(path), "id", f"{spec.id!r} differs from folder {module_id!r}"))
    for i, stem in enumerate(spec.exercises):
        if not STEM.match(stem):
            problems.append(Problem(str(path), f"exercises[{i}]", f"{stem!r} is not exNN_slug"))
        elif not (folder / f"{stem}.py").is_file():
            problems.append(Problem(str(path), f"exercises[{i}]", f"{stem}.py does not exist"))
    for i, stem in enumerate(spec.practice):
        if not PRACTICE_STEM.match(stem):
            problems.append(Problem(str(path), f"practice[{i}]", f"{stem!r} is not pNN_slug"))
        elif not (folder / f"{stem}.py").is_file():
            problems.append(Problem(str(path), f"practice[{i}]", f"{stem}.py does not exist"))
    problems.extend(_check_minutes(spec, path))
    if problems:
        raise InputError(problems)
    return spec


def _check_minutes(spec: ModuleSpec, path: Path) -> list[Problem]:
    """Every notebook has a time once any has; the times add up to the lesson's exercise time."""
    if not spec.minutes:
        return []
    problems = [
        Problem(str(path), "minutes", f"{stem}: no estimated time")
        for stem in spec.stems
        if stem not in spec.minutes
    ]
    problems.extend(
        Problem(str(path), f"minutes.{stem}", "not a notebook of this module")
        for stem in spec.minutes
        if stem not in spec.stems
    )
    problems.extend(
        Problem(str(path), f"minutes.{stem}", "must be a positive number of minutes")
        for stem, value in spec.minutes.items()
        if value <= 0
    )
    total = sum(spec.minutes.values())
    for lesson in sorted(path.parent.glob("index*.md")):
        planned = lesson_minutes(lesson).get("exercises")
        if planned is not None and planned != total:
            problems.append(
                Problem(
                    str(lesson),
                    "exercises",
                    f"{planned} minutes, but module.yaml minutes add up to {total}",
                )
            )
    return problems


def lesson_minutes(lesson: Path) -> dict[str, int]:
    """The ``teaching:`` and ``exercises:`` minutes in a lesson page's front matter."""
    text = lesson.read_text(encoding="utf-8")
    if not text.startswith("---"):
        return {}
    head = text.split("---", 2)[1]
    out: dict[str, int] = {}
    for key in ("teaching", "exercises"):
        match = re.search(rf"^{key}:\s*(\d+)\s*$", head, re.MULTILINE)
        if match:
            out[key] = int(match.group(1))
    return out


def _nbformat() -> Any:
    """nbformat, imported late and untyped (it ships no type hints)."""
    skip_slow_imports()
    return importlib.import_module("nbformat")


def read_exercise(path: Path) -> Any:
    """Read a percent-format exercise into a notebook (jupytext keeps nbgrader metadata)."""
    skip_slow_imports()
    import jupytext

    try:
        return jupytext.read(path, fmt="py:percent")
    except Exception as exc:  # jupytext raises many types on bad input
        raise InputError.single(str(path), "jupytext", f"cannot read: {exc}") from exc


def _cell_where(index: int, cell: Any) -> str:
    gid = cell.metadata.get("nbgrader", {}).get("grade_id")
    return f"cells[{index}]" + (f" ({gid})" if gid else "")


def check_setup(nb: Any, file: str) -> list[Problem]:
    """One unlocked code cell tagged setup with one ``LANG = "uz"`` line (exercise and practice)."""
    setup_cells = [c for c in nb.cells if "setup" in c.metadata.get("tags", [])]
    if len(setup_cells) != 1:
        return [Problem(file, "setup", f"need one cell tagged setup, found {len(setup_cells)}")]
    cell = setup_cells[0]
    problems: list[Problem] = []
    if cell.cell_type != "code":
        problems.append(Problem(file, "setup", "the setup cell must be a code cell"))
    if len(LANG_LINE.findall(cell.source)) != 1:
        problems.append(Problem(file, "setup", 'needs exactly one line LANG = "uz"'))
    if "nbgrader" in cell.metadata:
        problems.append(Problem(file, "setup", "must carry no nbgrader metadata (unlocked)"))
    return problems


def _check_markdown(cell: Any, file: str, where: str) -> list[Problem]:
    problems: list[Problem] = []
    lang = cell.metadata.get("lang")
    if cell.metadata.get("nbgrader"):
        problems.append(Problem(file, where, "markdown cells carry no nbgrader metadata"))
    if lang is not None and lang not in SOURCE_LANGS:
        problems.append(Problem(file, where, f"lang={lang!r} is not one of {SOURCE_LANGS}"))
    return problems


def _check_graded(meta: dict[str, Any], source: str, file: str, where: str) -> list[Problem]:
    """Rules for one answer or test cell whose grade_id already matched GRADE_ID."""
    problems: list[Problem] = []
    if str(meta.get("grade_id", "")).endswith("_answer"):
        if not (meta.get("solution") and not meta.get("grade") and not meta.get("locked")):
            problems.append(Problem(file, where, "answer cells: solution, not grade, unlocked"))
        if "### BEGIN SOLUTION" not in source or "### END SOLUTION" not in source:
            problems.append(Problem(file, where, "needs ### BEGIN/END SOLUTION markers"))
        return problems
    if not (meta.get("grade") and meta.get("locked") and not meta.get("solution")):
        problems.append(Problem(file, where, "test cells: grade, locked, not solution"))
    points = meta.get("points")
    if not isinstance(points, int | float) or points <= 0:
        problems.append(Problem(file, where, "test cells need points > 0"))
    return problems


def _check_hints(nb: Any, file: str, langs: set[str], questions: int) -> list[Problem]:
    problems: list[Problem] = []
    for lang in sorted(langs):
        word = HINT_WORDS[lang]
        hints = sum(
            c.source.count(f"<summary>{word}</summary>")
            for c in nb.cells
            if c.cell_type == "markdown" and c.metadata.get("lang") == lang
        )
        if hints < questions:
            msg = f"{questions} questions but {hints} <summary>{word}</summary> in {lang}"
            problems.append(Problem(file, "hints", msg))
    return problems


def check_exercise(nb: Any, path: Path) -> list[Problem]:
    """Every rule of AUTHORING.md §2 that can be checked statically; one Problem per breach."""
    file = str(path)
    problems = check_setup(nb, file)
    seen: set[str] = set()
    questions: list[str] = []
    answered: set[str] = set()
    for i, cell in enumerate(nb.cells):
        where = _cell_where(i, cell)
        if cell.cell_type == "markdown":
            problems.extend(_check_markdown(cell, file, where))
            continue
        if cell.metadata.get("lang") is not None:
            problems.append(Problem(file, where, "lang= is for markdown cells only"))
        meta = cell.metadata.get("nbgrader")
        if not meta:
            continue
        gid = str(meta.get("grade_id", ""))
        m = GRADE_ID.match(gid)
        if not m:
            problems.append(Problem(file, where, f"grade_id {gid!r} must match {GRADE_ID.pattern}"))
            continue
        if gid in seen:
            problems.append(Problem(file, where, f"grade_id {gid!r} is used twice"))
        seen.add(gid)
        problems.extend(_check_graded(meta, cell.source, file, where))
        question = f"q{m.group(1)}"
        if m.group(2) == "answer":
            answered.add(question)
            continue
        if question not in answered:
            problems.append(Problem(file, where, f"{gid} comes before any {question}_answer"))
        if question not in questions:
            questions.append(question)
    langs = set(languages_of(nb))
    problems.extend(
        Problem(file, "lang", f"no markdown cell with lang={lang!r}")
        for lang in REQUIRED_LANGS
        if lang not in langs
    )
    if not questions:
        problems.append(Problem(file, "grade_id", "no graded test cell"))
    problems.extend(_check_hints(nb, file, langs & set(REQUIRED_LANGS), len(questions)))
    return problems


def languages_of(nb: Any) -> list[str]:
    """Languages the exercise has text for, Uzbek first."""
    present = {c.metadata.get("lang") for c in nb.cells if c.cell_type == "markdown"}
    return [lang for lang in SOURCE_LANGS if lang in present]


def released_languages(nb: Any) -> list[str]:
    """Languages the exercise is released in: its own, and Uzbek Cyrillic when it has Uzbek."""
    own = languages_of(nb)
    return [*own, CYRILLIC] if "uz" in own else own


def render(nb: Any, lang: str, module_id: str, stem: str, minutes: int | None = None) -> Any:
    """One language's notebook: its markdown, the neutral markdown, all code, ``LANG`` set.

    With ``minutes``, the estimated time follows the first markdown cell (the title).
    Uzbek Cyrillic is the Uzbek notebook transliterated (:func:`malaka.cyrillic.notebook`).
    """
    if lang == CYRILLIC:
        from malaka.cyrillic import notebook

        return notebook(render(nb, "uz", module_id, stem, minutes))
    from malaka.practice.messages import say

    nbformat = _nbformat()
    timed = minutes is None
    out = nbformat.v4.new_notebook()
    out.metadata = {
        "kernelspec": dict(KERNELSPEC),
        "language_info": {"name": "python"},
        "malaka": {"module": module_id, "exercise": stem, "lang": lang},
    }
    for cell in nb.cells:
        meta = {k: v for k, v in cell.metadata.items() if k != "lang"}
        if cell.cell_type == "markdown":
            if cell.metadata.get("lang") not in (None, lang):
                continue
            out.cells.append(nbformat.v4.new_markdown_cell(cell.source, metadata=meta))
            if not timed:
                out.cells.append(
                    nbformat.v4.new_markdown_cell(say("minutes", lang, minutes=minutes))
                )
                timed = True
            continue
        source = cell.source
        if "setup" in meta.get("tags", []):
            source = LANG_LINE.sub(f'LANG = "{lang}"', source)
        out.cells.append(nbformat.v4.new_code_cell(source, metadata=meta))
    return out


def build_data(layout: Layout, spec: ModuleSpec, dest: Path) -> None:
    """Build each dataset of the module into ``dest/<dataset-id>/``.

    Uses the dataset builder when the spec exists; otherwise a prepared folder from
    ``layout.data_fixtures`` (tests and modules whose spec has not landed yet).
    """
    for dataset_id in spec.datasets:
        target = dest / dataset_id
        spec_path = layout.dataset_specs / f"{dataset_id}.yaml"
        fixture = layout.data_fixtures / dataset_id if layout.data_fixtures else None
        if spec_path.is_file():
            builder: Any = importlib.import_module("malaka.datasets.build")
            builder.build_spec(spec_path, target, seed=spec.seed)
            # Answer keys stay with the instructor: trainee code must never be able to read them.
            shutil.rmtree(target / "answer_key", ignore_errors=True)
        elif fixture is not None and fixture.is_dir():
            shutil.copytree(fixture, target)
        else:
            raise InputError.single(
                str(layout.module_dir(spec.id) / "module.yaml"),
                "datasets",
                f"{dataset_id!r}: no dataset spec {spec_path}",
            )


def render_module(layout: Layout, module_id: str, *, with_data: bool = True) -> ModuleSpec:
    """Render every exercise of a module into ``build/grading/source`` and ``.../variants``.

    All exercises are checked first; any problem stops the render with nothing written.
    """
    from malaka.atomic import output_dir

    spec = load_module(layout, module_id)
    folder = layout.module_dir(module_id)
    notebooks: dict[str, Any] = {}
    problems: list[Problem] = []
    for stem in spec.exercises:
        path = folder / f"{stem}.py"
        nb = read_exercise(path)
        problems.extend(check_exercise(nb, path))
        notebooks[stem] = nb
    if problems:
        raise InputError(problems)
    nbformat = _nbformat()
    with output_dir(layout.source / module_id) as tmp:
        for stem, nb in notebooks.items():
            nbformat.write(
                render(nb, "uz", module_id, stem, spec.minutes.get(stem)), tmp / f"{stem}.ipynb"
            )
        if with_data:
            build_data(layout, spec, tmp / "data")
        for lang in LANGS[1:]:
            stems = [s for s, nb in notebooks.items() if lang in released_languages(nb)]
            if not stems:
                shutil.rmtree(layout.variants / lang / module_id, ignore_errors=True)
                continue
            with output_dir(layout.variants / lang / module_id) as vtmp:
                for stem in stems:
                    nbformat.write(
                        render(notebooks[stem], lang, module_id, stem, spec.minutes.get(stem)),
                        vtmp / f"{stem}.ipynb",
                    )
    return spec
