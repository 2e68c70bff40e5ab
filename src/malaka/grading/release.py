"""``malaka course release``: student versions and their data into ``build/release/<module>/``.

Order: render the sources (:mod:`malaka.grading.authoring`) -> nbgrader ``GenerateAssignment``
on the Uzbek notebooks with the gradebook (it records the grade cells and hidden tests) -> the
same converter without the database on each other language -> assemble one folder
(``exNN.ipynb``, ``exNN.ru.ipynb``, ``exNN.en.ipynb``, ``exNN.uz-Cyrl.ipynb``, ``data/``)
-> add the practice notebooks and their check files (:mod:`malaka.practice.build`) -> scan it
for anything that must not reach trainees -> swap it into place. A failed scan leaves the
previous release alone.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
from pathlib import Path
from typing import Any

from malaka import cyrillic
from malaka.errors import InputError, Problem
from malaka.grading.authoring import LANGS, render_module
from malaka.grading.layout import Layout, ensure_tools_on_path, nbgrader_config

STAGING = "grading/staging"
MARKERS = ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS")
_REGION = re.compile(
    r"###\s*BEGIN (SOLUTION|HIDDEN TESTS)\s*\n(.*?)###\s*END (SOLUTION|HIDDEN TESTS)", re.DOTALL
)


#: What an answer cell holds in a released notebook, in its language (not nbgrader's English
#: stub and its NotImplementedError: a blank answer then meets the question's own localized
#: "you have not answered yet" check).
ANSWER_STUB = {
    "uz": "# JAVOBINGIZNI SHU YERGA YOZING",
    "ru": "# ВАШ ОТВЕТ ЗДЕСЬ",
    "en": "# YOUR ANSWER HERE",
}
ANSWER_STUB[cyrillic.CYRILLIC] = cyrillic.text(ANSWER_STUB["uz"])


def _generate(
    layout: Layout, module_id: str, source_dir: str, out_dir: str, *, db: bool, lang: str
) -> None:
    """Run nbgrader's GenerateAssignment converter (Python API, no subprocess)."""
    from nbgrader.converters import GenerateAssignment
    from nbgrader.coursedir import CourseDirectory

    ensure_tools_on_path()
    cfg = nbgrader_config(layout)
    cfg.CourseDirectory.source_directory = source_dir
    cfg.CourseDirectory.release_directory = out_dir
    cfg.ClearSolutions.code_stub = {"python": ANSWER_STUB[lang]}
    cfg.ClearSolutions.text_stub = ANSWER_STUB[lang].removeprefix("# ")
    if not db:
        cfg.GenerateAssignment.no_database = True
        cfg.SaveCells.enabled = False
    layout.gradebook_path.parent.mkdir(parents=True, exist_ok=True)
    coursedir = CourseDirectory(config=cfg)
    coursedir.assignment_id = module_id
    converter = GenerateAssignment(coursedir=coursedir, config=cfg)
    converter.force = True
    converter.create_assignment = True
    converter.log.setLevel(logging.ERROR)
    try:
        converter.start()
    except Exception as exc:  # nbgrader raises NbGraderException and friends
        handed_in = _submissions(layout, module_id) if db else 0
        why = (
            f"{layout.gradebook_path} already holds {handed_in} graded hand-in(s) of "
            f"{module_id}, and nbgrader cannot change an assignment that has submissions: keep "
            "this release for the cohort, or move the gradebook away to start a new one"
            if handed_in
            else f"nbgrader failed: {exc}"
        )
        raise InputError.single(
            str(layout.module_dir(module_id)), "generate_assignment", why
        ) from exc


def _submissions(layout: Layout, module_id: str) -> int:
    """How many hand-ins of ``module_id`` the gradebook holds (0 when it cannot tell)."""
    from nbgrader.api import Gradebook, MissingEntry

    if not layout.gradebook_path.is_file():
        return 0
    try:
        with Gradebook(layout.db_url) as gradebook:
            return len(gradebook.find_assignment(module_id).submissions)
    except MissingEntry:
        return 0


def _code_lines(nb_json: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for cell in nb_json.get("cells", []):
        source = cell.get("source", "")
        text = "".join(source) if isinstance(source, list) else str(source)
        lines.extend(text.splitlines())
    return lines


def secret_lines(
    source_nb: dict[str, Any], kinds: tuple[str, ...] = ("SOLUTION", "HIDDEN TESTS")
) -> set[str]:
    """Lines that appear only inside the given kinds of regions of the source notebook.

    A line that also stands anywhere outside those regions, even as part of a longer line
    (the opening ``check_equal(`` of a multi-line call, say), reveals nothing and is left out.
    """
    inside: set[str] = set()
    outside: list[str] = []
    for cell in source_nb.get("cells", []):
        source = cell.get("source", "")
        text = "".join(source) if isinstance(source, list) else str(source)
        for match in _REGION.finditer(text):
            if match.group(1) not in kinds:
                continue
            inside.update(line.strip() for line in match.group(2).splitlines())
        outside.append(_REGION.sub("", text))
    public = "\n".join(outside)
    return {
        line
        for line in inside
        if len(line) >= 6 and not line.startswith("#") and line not in public
    }


def scan_release(folder: Path, sources: dict[str, dict[str, Any]]) -> list[Problem]:
    """Find solution code or hidden tests in a release folder (markers and source lines).

    ``sources`` maps notebook stem to the rendered source notebook (JSON) it came from.
    """
    problems: list[Problem] = []
    for path in sorted(folder.rglob("*.ipynb")):
        text = path.read_text(encoding="utf-8")
        for marker in MARKERS:
            if marker in text:
                problems.append(Problem(str(path), "release", f"contains '{marker}'"))
        stem = path.name.split(".")[0]
        secrets = secret_lines(sources.get(stem, {}))
        try:
            released = {line.strip() for line in _code_lines(json.loads(text))}
        except (json.JSONDecodeError, AttributeError):
            problems.append(Problem(str(path), "release", "not a readable notebook"))
            continue
        for line in sorted(secrets & released):
            problems.append(Problem(str(path), "release", f"solution/hidden line leaked: {line!r}"))
    for path in sorted(folder.rglob("*")):
        if "answer_key" in path.parts:
            problems.append(Problem(str(path), "release", "answer keys must not be released"))
        elif path.is_file() and path.suffix in {".py", ".db", ".sqlite"}:
            problems.append(Problem(str(path), "release", "source or database file in release"))
    return problems


def release(module_id: str, layout: Layout | None = None) -> Path:
    """Release one module; return ``build/release/<module>``. Raises InputError on any problem."""
    from malaka.atomic import output_dir

    layout = layout or Layout.default()
    spec = render_module(layout, module_id)
    staging = layout.build / STAGING
    shutil.rmtree(staging, ignore_errors=True)
    _generate(layout, module_id, "grading/source", f"{STAGING}/uz", db=True, lang="uz")
    langs = [lang for lang in LANGS[1:] if (layout.variants / lang / module_id).is_dir()]
    for lang in langs:
        _generate(
            layout, module_id, f"grading/variants/{lang}", f"{STAGING}/{lang}", db=False, lang=lang
        )
    sources = {
        p.stem: json.loads(p.read_text(encoding="utf-8"))
        for p in (layout.source / module_id).glob("*.ipynb")
    }
    target = layout.release / module_id
    with output_dir(target) as tmp:
        shutil.copytree(staging / "uz" / module_id, tmp, dirs_exist_ok=True)
        for lang in langs:
            for nb in sorted((staging / lang / module_id).glob("*.ipynb")):
                shutil.copy2(nb, tmp / f"{nb.stem}.{lang}.ipynb")
        if spec.practice:
            from malaka.practice.build import release_practice

            release_practice(
                module_id,
                spec.practice,
                layout.module_dir(module_id),
                tmp,
                layout.mutants / f"{module_id}.yaml",
                spec.minutes,
            )
        problems = scan_release(tmp, sources)
        if problems:
            raise InputError(problems)
    shutil.rmtree(staging, ignore_errors=True)
    return target


def release_all(layout: Layout | None = None) -> list[Path]:
    """Release every module in ``courses/``."""
    layout = layout or Layout.default()
    return [release(module_id, layout) for module_id in layout.module_ids()]
