"""Self-test of a module through real nbgrader generate_assignment and Malaka's autograde.

The unchanged student version must score 0, the reference solution full marks, and every
known-wrong answer in ``grading/mutants/<module>.yaml`` below full marks on its question. The
module's practice notebooks must pass no check blank, every check with the reference, and say
each known mistake's own message.
Notebooks are independent, so mutant trainee *k* carries the *k*-th mutant of every notebook:
the number of graded hand-ins is the largest mutant count of one notebook, not the total.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field

from malaka.grading.autograde import TraineeResult, grade_module
from malaka.grading.cage import Limits
from malaka.grading.collect import collect
from malaka.grading.layout import Layout
from malaka.grading.mutants import apply_mutant, load_mutants
from malaka.grading.release import release
from malaka.grading.samples import _load, _write

_QUESTION = re.compile(r"^(q\d+)")


@dataclass
class SelftestReport:
    """What went wrong (empty lists mean the module passes)."""

    module: str
    failures: list[str] = field(default_factory=list)
    mutants_checked: int = 0
    practice_checked: int = 0
    results: list[TraineeResult] = field(default_factory=list)


def _question_score(result: TraineeResult, stem: str, question: str) -> tuple[float, float]:
    got = maximum = 0.0
    for (nb, gid), (score, max_score) in result.scores.items():
        m = _QUESTION.match(gid)
        if nb == stem and m and m.group(1) == question:
            got += score
            maximum += max_score
    return got, maximum


def selftest(
    module_id: str, layout: Layout, *, workers: int = 2, limits: Limits | None = None
) -> SelftestReport:
    """Release ``module_id`` into ``layout.build``; grade blank, reference and mutant hand-ins.

    Practice notebooks are run too (:func:`malaka.practice.selftest.selftest_practice`).
    """
    from malaka.grading.authoring import load_module
    from malaka.practice.selftest import selftest_practice

    release(module_id, layout)
    practice = load_module(layout, module_id).practice
    practice_failures = selftest_practice(
        practice,
        layout.module_dir(module_id),
        layout.release / module_id,
        layout.mutants / f"{module_id}.yaml",
    )
    source = layout.source / module_id
    stems = sorted(p.stem for p in source.glob("*.ipynb"))
    mutants = load_mutants(layout, module_id)
    per_stem = {
        stem: [(gid, code) for gid, codes in sorted(by_id.items()) for code in codes]
        for stem, by_id in mutants.items()
    }
    unknown = sorted(set(per_stem) - set(stems))
    report = SelftestReport(module_id, practice_checked=len(practice))
    report.failures += [f"practice: {failure}" for failure in practice_failures]
    report.failures += [f"mutants name unknown notebook {s!r}" for s in unknown]
    dest = layout.build / "grading" / "selftest" / module_id
    shutil.rmtree(dest, ignore_errors=True)
    folders = [dest / "selftest-blank", dest / "selftest-reference"]
    for stem in stems:
        _write(folders[0] / f"{stem}.ipynb", _load(layout.release / module_id / f"{stem}.ipynb"))
        _write(folders[1] / f"{stem}.ipynb", _load(source / f"{stem}.ipynb"))
    planted: dict[str, list[tuple[str, str, str]]] = {}
    rounds = max((len(v) for v in per_stem.values()), default=0)
    for k in range(rounds):
        trainee = f"selftest-mutant-{k + 1:02d}"
        folder = dest / trainee
        planted[trainee] = []
        for stem in stems:
            nb = _load(source / f"{stem}.ipynb")
            if stem in per_stem and k < len(per_stem[stem]):
                gid, code = per_stem[stem][k]
                nb = apply_mutant(nb, gid, code, layout.mutants / f"{module_id}.yaml")
                planted[trainee].append((stem, gid, code))
            _write(folder / f"{stem}.ipynb", nb)
        folders.append(folder)
    collect(module_id, folders, layout)
    results = grade_module(
        module_id, layout, workers=workers, limits=limits, trainees=[f.name for f in folders]
    )
    report.results = results
    by_name = {r.trainee: r for r in results}
    blank, reference = by_name["selftest-blank"], by_name["selftest-reference"]
    if blank.total != 0:
        report.failures.append(f"blank version scores {blank.total:g}, not 0: {blank.scores}")
    for (stem, gid), (score, max_score) in sorted(reference.scores.items()):
        if score != max_score:
            why = reference.stopped.get(stem, "a test cell failed")
            report.failures.append(f"reference {stem} {gid}: {score:g}/{max_score:g} ({why})")
    for trainee, items in planted.items():
        for stem, gid, code in items:
            report.mutants_checked += 1
            question = gid.split("_")[0]
            got, maximum = _question_score(by_name[trainee], stem, question)
            if maximum == 0:
                report.failures.append(f"mutant {stem} {gid}: question {question} has no tests")
            elif got >= maximum:
                first = code.strip().splitlines()[0] if code.strip() else "(empty)"
                report.failures.append(
                    f"mutant {stem} {gid} scores full marks {got:g}/{maximum:g}: {first}"
                )
    return report
