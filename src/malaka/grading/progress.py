"""``malaka grade progress``: per trainee and module, handed in or not, score, passed or not.

Read from what ``malaka grade collect`` and ``malaka grade run`` leave behind: the gradebook
(``build/grading/gradebook.db``: one submission per trainee and module, one grade per question,
written by :func:`malaka.grading.autograde.save_grades`) and each submission's ``collect.json``
(which exercises were really handed in; a missing one is graded as a blank notebook). The pass
rule is :meth:`malaka.course.Course.passed`, so the pass mark lives only in
``courses/course.yaml``.

Outputs, for the instructor and the institute's records: ``progress.csv`` (one row per trainee
and module), ``progress.html`` (one row per trainee, headings in Uzbek, Russian and English, the
plot embedded) and ``progress.png`` beside it. :func:`cohort` is shared with the certificates.
"""

from __future__ import annotations

import base64
import csv
import html
import io
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from malaka.atomic import write_bytes, write_text
from malaka.course import Course, load_course
from malaka.errors import InputError
from malaka.grading.layout import Layout, ensure_tools_on_path

CSV_COLUMNS = (
    "trainee",
    "name",
    "module",
    "submitted",
    "exercises_submitted",
    "exercises",
    "score",
    "max_score",
    "percent",
    "passed",
)

#: Headings and words of the instructor's pages, Uzbek first (see the team's term list).
WORDS: dict[str, dict[str, str]] = {
    "trainee": {"uz": "Tinglovchi", "ru": "Слушатель", "en": "Trainee"},
    "id": {"uz": "ID", "ru": "ID", "en": "ID"},
    "module": {"uz": "Modul", "ru": "Модуль", "en": "Module"},
    "score": {"uz": "Ball", "ru": "Баллы", "en": "Score"},
    "max": {"uz": "Maks.", "ru": "Макс.", "en": "Max"},
    "percent": {"uz": "Foiz", "ru": "Процент", "en": "Percent"},
    "result": {"uz": "Natija", "ru": "Результат", "en": "Result"},
    "passed": {"uz": "o'tdi", "ru": "зачтено", "en": "passed"},
    "failed": {"uz": "o'tmadi", "ru": "не зачтено", "en": "not passed"},
    "missing": {"uz": "topshirilmagan", "ru": "не сдано", "en": "not submitted"},
    "ungraded": {"uz": "baholanmagan", "ru": "не проверено", "en": "not graded yet"},
    "all": {"uz": "Barchasi o'tdi", "ru": "Всё зачтено", "en": "All passed"},
    "yes": {"uz": "ha", "ru": "да", "en": "yes"},
    "no": {"uz": "yo'q", "ru": "нет", "en": "no"},
    "pass_mark": {"uz": "O'tish bali", "ru": "Проходной балл", "en": "Pass mark"},
    "progress": {"uz": "O'zlashtirish", "ru": "Успеваемость", "en": "Progress"},
    "trainees": {"uz": "Tinglovchilar", "ru": "Слушатели", "en": "Trainees"},
    "handed_in": {"uz": "topshirgan mashqlar", "ru": "сдано заданий", "en": "exercises handed in"},
}


def pct(percent: float | None) -> str:
    """``88%`` or ``59.6%`` (never rounded up to the pass mark); ``–`` when there is none."""
    if percent is None:
        return "–"
    return f"{math.floor(percent * 10) / 10:.1f}".removesuffix(".0") + "%"


def tri(key: str, sep: str = " / ") -> str:
    """A heading in Uzbek, Russian and English, in that order."""
    word = WORDS[key]
    return sep.join(dict.fromkeys((word["uz"], word["ru"], word["en"])))


@dataclass(frozen=True)
class ModuleResult:
    """One trainee's standing in one module."""

    trainee: str
    module: str
    #: Exercises really handed in (a missing or unreadable one is graded blank, not counted).
    exercises_submitted: int
    exercises: int
    #: None: handed in but not graded yet.
    score: float | None
    max_score: float
    passed: bool

    @property
    def submitted(self) -> bool:
        """At least one exercise of the module was handed in."""
        return self.exercises_submitted > 0

    @property
    def percent(self) -> float | None:
        """Share of the module's points, 0-100 (None when not graded or the module has none)."""
        if self.score is None or self.max_score <= 0:
            return None
        return 100.0 * self.score / self.max_score

    @property
    def status(self) -> str:
        """``passed``, ``failed``, ``missing`` (nothing handed in) or ``ungraded``."""
        if self.score is None:
            return "ungraded" if self.submitted else "missing"
        if self.passed:
            return "passed"
        return "failed" if self.submitted else "missing"


@dataclass
class Cohort:
    """Every trainee's results in the modules asked for, in course order."""

    course: Course
    modules: list[str]
    trainees: list[str]
    results: dict[tuple[str, str], ModuleResult]  # (trainee, module) -> result
    notes: list[str] = field(default_factory=list)

    def of(self, trainee: str) -> list[ModuleResult]:
        """One trainee's results, module by module."""
        return [self.results[(trainee, m)] for m in self.modules]

    def passed_all(self, trainee: str) -> bool:
        """The certificate rule: every module asked for handed in, and the deciding ones passed.

        The deciding modules are the course's ``certify`` list (the final assessment) among
        those asked for; when none of them is asked for, every module asked for decides.
        """
        rows = self.of(trainee)
        deciding = [r for r in rows if r.module in self.course.certify] or rows
        return all(r.submitted for r in rows) and all(r.passed for r in deciding)


def _finite(value: float | None) -> float:
    return float(value) if value is not None and math.isfinite(value) else 0.0


def _handed_in(layout: Layout, trainee: str, module_id: str) -> int | None:
    """Exercises with status ``ok`` in the submission's ``collect.json``; None if none there."""
    path = layout.submitted / trainee / module_id / "collect.json"
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    notebooks = manifest.get("notebooks") if isinstance(manifest, dict) else None
    if not isinstance(notebooks, dict):
        return None
    return sum(1 for e in notebooks.values() if isinstance(e, dict) and e.get("status") == "ok")


def _gradebook(
    layout: Layout, modules: list[str]
) -> tuple[dict[str, tuple[int, float]], dict[tuple[str, str], float], set[str]]:
    """(module -> (exercises, max points), (trainee, module) -> score, modules not in it)."""
    from nbgrader.api import Gradebook, MissingEntry

    ensure_tools_on_path()
    shape: dict[str, tuple[int, float]] = {}
    scores: dict[tuple[str, str], float] = {}
    absent: set[str] = set()
    if not layout.gradebook_path.is_file():
        return shape, scores, set(modules)
    with Gradebook(layout.db_url) as gb:
        for module_id in modules:
            try:
                assignment = gb.find_assignment(module_id)
            except MissingEntry:
                absent.add(module_id)
                continue
            shape[module_id] = (len(assignment.notebooks), _finite(assignment.max_score))
            for submission in assignment.submissions:
                total = sum(
                    _finite(grade.score) for nb in submission.notebooks for grade in nb.grades
                )
                scores[(submission.student.id, module_id)] = total
    return shape, scores, absent


def cohort(
    modules: list[str] | None,
    layout: Layout | None = None,
    *,
    extra_trainees: Iterable[str] = (),
) -> Cohort:
    """Every trainee's results in ``modules`` (all modules of the course in the gradebook if None).

    Trainees are those graded or collected in any of the modules, plus ``extra_trainees``
    (a roster): someone who handed nothing in is listed too, as not submitted.
    Raises :class:`InputError` for a module asked for that is not in the gradebook.
    """
    layout = layout or Layout.default()
    course = load_course(layout.courses)
    asked = list(dict.fromkeys(modules)) if modules else list(course.modules)
    shape, scores, absent = _gradebook(layout, asked)
    notes: list[str] = []
    if modules and absent:
        raise InputError.single(
            str(layout.gradebook_path),
            "module",
            f"{', '.join(sorted(absent))}: not in the gradebook "
            "(release with 'malaka course release', then collect and grade)",
        )
    if absent:
        notes.append(f"not released yet, left out: {', '.join(m for m in asked if m in absent)}")
    chosen = [m for m in asked if m not in absent]
    if not chosen:
        raise InputError.single(
            str(layout.gradebook_path), "gradebook", "no module of the course is graded yet"
        )
    people: set[str] = {t for (t, m) in scores if m in chosen} | set(extra_trainees)
    for module_id in chosen:
        if layout.submitted.is_dir():
            people |= {p.parent.name for p in layout.submitted.glob(f"*/{module_id}") if p.is_dir()}
    results: dict[tuple[str, str], ModuleResult] = {}
    for trainee in sorted(people):
        for module_id in chosen:
            exercises, max_score = shape[module_id]
            score = scores.get((trainee, module_id))
            handed = _handed_in(layout, trainee, module_id)
            if handed is None:  # graded straight from nbgrader's folders: all handed in
                handed = exercises if score is not None else 0
            results[(trainee, module_id)] = ModuleResult(
                trainee=trainee,
                module=module_id,
                exercises_submitted=handed,
                exercises=exercises,
                score=score,
                max_score=max_score,
                passed=score is not None and course.passed(score, max_score),
            )
    return Cohort(course, chosen, sorted(people), results, notes)


# --- outputs ----------------------------------------------------------------------------------


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def progress_csv(data: Cohort, names: dict[str, str] | None = None) -> str:
    """One row per trainee and module (``CSV_COLUMNS``); ``passed`` is empty when not graded."""
    names = names or {}
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for trainee in data.trainees:
        for r in data.of(trainee):
            percent = r.percent
            writer.writerow(
                [
                    trainee,
                    names.get(trainee, ""),
                    r.module,
                    _yes(r.submitted),
                    r.exercises_submitted,
                    r.exercises,
                    "" if r.score is None else f"{r.score:g}",
                    f"{r.max_score:g}",
                    "" if percent is None else f"{percent:.1f}",
                    "" if r.score is None else _yes(r.passed),
                ]
            )
    return buf.getvalue()


def status_counts(data: Cohort) -> dict[str, dict[str, int]]:
    """module -> status -> number of trainees (statuses of :attr:`ModuleResult.status`)."""
    counts = {
        m: dict.fromkeys(("passed", "failed", "missing", "ungraded"), 0) for m in data.modules
    }
    for r in data.results.values():
        counts[r.module][r.status] += 1
    return counts


def progress_plot(data: Cohort) -> bytes:
    """PNG: per module, trainees who passed, did not pass, handed nothing in (whole numbers)."""
    import matplotlib as mpl

    mpl.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    counts = status_counts(data)
    colours = {
        "passed": "#1a7f37",
        "failed": "#cf222e",
        "missing": "#8c959f",
        "ungraded": "#bf8700",
    }
    fig, ax = plt.subplots(figsize=(7, 0.55 * max(3, len(data.modules)) + 1.4))
    left = [0] * len(data.modules)
    labels = list(reversed(data.modules))
    for status, colour in colours.items():
        values = [counts[m][status] for m in labels]
        if not any(values):
            continue
        ax.barh(labels, values, left=left, color=colour, label=tri(status))
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(tri("trainees"))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.25), ncol=2, fontsize=8, frameon=False)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    return buf.getvalue()


CSS = """
body{margin:0;color:#1f2328;font-family:"DejaVu Sans","Noto Sans",Arial,sans-serif;font-size:14px}
main{max-width:72rem;margin:0 auto;padding:1.2rem}
table{border-collapse:collapse;margin:.8rem 0}
th,td{border:1px solid #d0d7de;padding:.3rem .55rem;text-align:left;vertical-align:top}
thead th{background:#f6f8fa;font-size:12px}
td.num{text-align:right;white-space:nowrap}
.passed{background:#dafbe1}.failed{background:#ffebe9}.missing{background:#eaeef2;color:#57606a}
.ungraded{background:#fff8c5}
small{color:#57606a}
img{max-width:100%}
@media print{main{max-width:none;padding:0}thead{display:table-header-group}tr{break-inside:avoid}}
"""


def html_page(title: str, body: str, lang: str = "uz", css: str = CSS, *, main: bool = True) -> str:
    """A self-contained page (inline CSS, no script, no outside request)."""
    if main:
        body = f"<main>\n{body}\n</main>"
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">\n"
        f"<title>{html.escape(title)}</title>\n<style>{css}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def _cell(r: ModuleResult) -> str:
    word = WORDS[r.status]
    if r.score is None:
        text = f"{word['uz']} / {word['ru']}"
    else:
        percent = r.percent
        mark = "✓" if r.passed else "✗"
        text = f"{mark} {r.score:g}/{r.max_score:g} · {pct(percent)}"
        if not r.submitted:
            text += f"<br><small>{word['uz']} / {word['ru']}</small>"
    handed = f"<br><small>{r.exercises_submitted}/{r.exercises} ✎</small>"
    return f'<td class="{r.status}">{text}{handed}</td>'


def progress_html(data: Cohort, names: dict[str, str], png: bytes) -> str:
    """The progress table: one row per trainee, one column per module, the plot below."""
    title = f"{tri('progress')}: {data.course.title.uz}"
    head = "".join(f"<th>{html.escape(m)}</th>" for m in data.modules)
    rows = []
    for trainee in data.trainees:
        name = html.escape(names.get(trainee, ""))
        cells = "".join(_cell(r) for r in data.of(trainee))
        everything = "✓ " + tri("yes") if data.passed_all(trainee) else "✗ " + tri("no")
        rows.append(
            f"<tr><td>{name}</td><td><code>{html.escape(trainee)}</code></td>{cells}"
            f"<td>{everything}</td></tr>"
        )
    legend = " · ".join(
        f'<span class="{s}">{tri(s)}</span>' for s in ("passed", "failed", "missing", "ungraded")
    )
    image = base64.b64encode(png).decode("ascii")
    body = (
        f"<h1>{html.escape(title)}</h1>\n"
        f"<p>{html.escape(data.course.title.ru)} · {html.escape(data.course.title.en)}</p>\n"
        f"<p>{tri('pass_mark')}: {data.course.pass_mark:g}% · ✎ = {tri('handed_in')}</p>\n"
        f"<p>{legend}</p>\n"
        f"<table>\n<thead><tr><th>{tri('trainee', '<br>')}</th><th>{tri('id', '')}</th>"
        f"{head}<th>{tri('all', '<br>')}</th></tr></thead>\n<tbody>\n"
        + "\n".join(rows)
        + "\n</tbody>\n</table>\n"
        f'<p><img alt="{html.escape(tri("progress"))}" src="data:image/png;base64,{image}"></p>'
    )
    return html_page(title, body)


def progress(
    modules: list[str] | None,
    out_dir: Path,
    layout: Layout | None = None,
    *,
    roster: Path | None = None,
) -> tuple[list[Path], list[str]]:
    """Write ``progress.csv``, ``progress.html`` and ``progress.png``; return them and notes."""
    from malaka.grading.certificates import load_roster

    layout = layout or Layout.default()
    people = load_roster(roster) if roster is not None else {}
    data = cohort(modules, layout, extra_trainees=people)
    names = {t: p.name for t, p in people.items()}
    notes = list(data.notes)
    if people:
        unknown = [t for t in data.trainees if t not in people]
        if unknown:
            notes.append(f"not in the roster (id shown instead of a name): {', '.join(unknown)}")
    png = progress_plot(data)
    paths = [out_dir / "progress.csv", out_dir / "progress.html", out_dir / "progress.png"]
    write_text(paths[0], progress_csv(data, names))
    write_text(paths[1], progress_html(data, names, png))
    write_bytes(paths[2], png)
    return paths, notes
