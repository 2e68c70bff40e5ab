"""``malaka grade report``: per-question scores and an item-analysis page for instructors.

nbgrader's ``export`` gives assignment totals only; ``scores.csv`` here has one row per trainee,
notebook and question, read from the Gradebook API. The item-analysis page (Markdown + PNG)
shows the score distribution, the hardest questions (lowest mean share of points) and the most
frequent failure messages, read from the graded notebooks.
"""

from __future__ import annotations

import csv
import html
import io
import json
import math
import re
import textwrap
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from malaka.atomic import write_bytes, write_text
from malaka.errors import InputError
from malaka.grading.layout import Layout, ensure_tools_on_path

COLUMNS = ("trainee", "notebook", "question", "score", "max_score")


@dataclass(frozen=True)
class Row:
    """One question of one trainee's notebook."""

    trainee: str
    notebook: str
    question: str
    score: float
    max_score: float


def score_rows(module_id: str, layout: Layout) -> list[Row]:
    """Per-question scores of every submission of ``module_id`` from the gradebook."""
    from nbgrader.api import Gradebook, MissingEntry

    ensure_tools_on_path()
    if not layout.gradebook_path.is_file():
        raise InputError.single(str(layout.gradebook_path), "gradebook", "no gradebook yet")
    rows: list[Row] = []
    with Gradebook(layout.db_url) as gb:
        try:
            assignment = gb.find_assignment(module_id)
        except MissingEntry as exc:
            raise InputError.single(module_id, "module", "not in the gradebook") from exc
        for submission in assignment.submissions:
            for notebook in submission.notebooks:
                for grade in notebook.grades:
                    rows.append(
                        Row(
                            trainee=submission.student.id,
                            notebook=notebook.name,
                            question=grade.name,
                            score=float(grade.score or 0.0),
                            max_score=float(grade.max_score),
                        )
                    )
    return sorted(rows, key=lambda r: (r.trainee, r.notebook, r.question))


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def failure_messages(module_id: str, layout: Layout) -> Counter[tuple[str, str, str]]:
    """How often each failure message appears: ``(notebook, grade id, message)`` -> count.

    A notebook that cannot be read, or parts of the wrong JSON type, are skipped.
    """
    counts: Counter[tuple[str, str, str]] = Counter()
    for path in layout.autograded.glob(f"*/{module_id}/*.ipynb"):
        try:
            nb = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            continue
        for cell in map(_obj, _items(_obj(nb).get("cells"))):
            meta = _obj(_obj(cell.get("metadata")).get("nbgrader"))
            if not meta.get("grade"):
                continue
            gid = str(meta.get("grade_id", "?"))
            for out in map(_obj, _items(cell.get("outputs"))):
                if out.get("output_type") == "error":
                    text = str(out.get("evalue", "")).strip().splitlines()
                    first = text[0][:160] if text else str(out.get("ename", "Error"))
                    counts[(path.stem, gid, first)] += 1
    return counts


def _csv(rows: list[Row]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow([r.trainee, r.notebook, r.question, f"{r.score:g}", f"{r.max_score:g}"])
    return buf.getvalue()


# --- languages ---------------------------------------------------------------------------------

LANGS = ("uz", "ru", "en")

_QUESTION = {"uz": "{n}-savol", "ru": "Вопрос {n}", "en": "Question {n}"}
_TEXT = {
    "uz": {
        "title": "{module}: savollar tahlili",
        "summary": "Tinglovchilar: {n}; eng yuqori ball: {max:g}; o'rtacha ball: {mean:.2f}.",
        "distribution": "Ballar taqsimoti",
        "hardest": "Eng qiyin savollar (olingan ballarning o'rtacha ulushi)",
        "question": "Savol",
        "mean": "O'rtacha %",
        "full": "To'liq ball olganlar",
        "failures": "Eng ko'p uchragan xato xabarlari",
        "count": "Soni",
        "message": "Xabar",
        "none": "Xato xabarlari yo'q.",
        "mean_axis": "O'rtacha %",
    },
    "ru": {
        "title": "{module}: анализ заданий",
        "summary": "Слушателей: {n}; максимум: {max:g} баллов; средний балл: {mean:.2f}.",
        "distribution": "Распределение баллов",
        "hardest": "Самые трудные вопросы (средняя доля набранных баллов)",
        "question": "Вопрос",
        "mean": "Средний %",
        "full": "Набрали полный балл",
        "failures": "Самые частые сообщения об ошибках",
        "count": "Сколько раз",
        "message": "Сообщение",
        "none": "Сообщений об ошибках нет.",
        "mean_axis": "Средний %",
    },
    "en": {
        "title": "{module}: item analysis",
        "summary": "Trainees: {n}; maximum {max:g} points; mean {mean:.2f}.",
        "distribution": "Score distribution",
        "hardest": "Hardest questions (mean share of points)",
        "question": "Question",
        "mean": "Mean %",
        "full": "Trainees with full marks",
        "failures": "Most frequent failure messages",
        "count": "Count",
        "message": "Message",
        "none": "No failure messages.",
        "mean_axis": "Mean %",
    },
}
_HEADING = re.compile(r"^#\s+(.+?)\s*$", re.MULTILINE)
_NUMBER = re.compile(r"^q(\d+)(?:_|$)")


def page_name(lang: str) -> str:
    """``item-analysis.md`` (Uzbek), ``item-analysis.ru.md``, ``item-analysis.en.md``."""
    return "item-analysis.md" if lang == "uz" else f"item-analysis.{lang}.md"


def _first_heading(path: Path) -> str | None:
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    for cell in map(_obj, _items(_obj(nb).get("cells"))):
        if cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", "")
        text = "".join(source) if isinstance(source, list) else str(source)
        found = _HEADING.search(text)
        if found:
            return found.group(1)
    return None


def exercise_titles(layout: Layout, module_id: str, stems: set[str]) -> dict[str, dict[str, str]]:
    """stem -> lang -> the exercise's title (its notebook's first ``#`` heading).

    Read from the released notebooks (``<stem>.ipynb`` Uzbek, ``<stem>.<lang>.ipynb``); a
    language without a notebook falls back to Uzbek, and no title at all to the stem.
    """
    folder = layout.release / module_id
    titles: dict[str, dict[str, str]] = {}
    for stem in stems:
        uz = _first_heading(folder / f"{stem}.ipynb") or stem
        titles[stem] = {"uz": uz}
        for lang in LANGS[1:]:
            titles[stem][lang] = _first_heading(folder / f"{stem}.{lang}.ipynb") or uz
    return titles


def question_name(
    notebook: str, question: str, lang: str, titles: dict[str, dict[str, str]]
) -> str:
    """``1-mashq. Yig'indi — 1-savol`` for ``(ex01_sum, q1_tests)``, in ``lang``."""
    title = titles.get(notebook, {}).get(lang, notebook)
    return f"{title} — {question_label(question, lang)}"


def question_label(question: str, lang: str) -> str:
    """``1-savol`` / ``Вопрос 1`` / ``Question 1`` for the grade id ``q1_tests``."""
    found = _NUMBER.match(question)
    return _QUESTION.get(lang, _QUESTION["uz"]).format(n=found.group(1)) if found else question


# --- plots -------------------------------------------------------------------------------------


def score_histogram(totals: list[float], maximum: float) -> Any:
    """The score distribution (a matplotlib Figure); counts of trainees are whole numbers."""
    import matplotlib as mpl

    mpl.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    fig, ax = plt.subplots(figsize=(6, 3.2))
    ax.hist(totals, bins=min(20, max(5, len(set(totals)))), range=(0, maximum or 1))
    ax.set_xlabel("Ball / Баллы / Points")
    ax.set_ylabel("Tinglovchilar / Слушатели / Trainees")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    fig.tight_layout()
    return fig


def _png(fig: Any) -> bytes:
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    return buf.getvalue()


def _hardest_plot(hardest: list[tuple[str, float]], lang: str) -> bytes:
    import matplotlib as mpl

    mpl.use("Agg")
    import matplotlib.pyplot as plt

    # long question labels wrap, and the constrained layout makes room for them
    names = [textwrap.fill(q, 45) for q, _ in hardest][::-1]
    height = 0.55 * sum(n.count("\n") + 1 for n in names) + 1
    fig, ax = plt.subplots(figsize=(8, max(2.5, height)), layout="constrained")
    ax.barh(names, [share * 100 for _, share in hardest][::-1])
    ax.set_xlabel(_TEXT[lang]["mean_axis"])
    ax.set_xlim(0, 100)
    return _png(fig)


def _plot_name(lang: str) -> str:
    return "hardest-questions.png" if lang == "uz" else f"hardest-questions.{lang}.png"


def _page(
    lang: str,
    module_id: str,
    *,
    totals: dict[str, float],
    maximum: float,
    hardest: list[tuple[tuple[str, str], float]],
    per_question: dict[tuple[str, str], list[float]],
    failures: Counter[tuple[str, str, str]],
    titles: dict[str, dict[str, str]],
) -> list[str]:
    text = _TEXT[lang]
    mean = sum(totals.values()) / len(totals)
    lines = [
        f"# {text['title'].format(module=module_id)}",
        "",
        text["summary"].format(n=len(totals), max=maximum, mean=mean),
        "",
        f"## {text['distribution']}",
        "",
        "![](score-distribution.png)",
        "",
        f"## {text['hardest']}",
        "",
        f"![]({_plot_name(lang)})",
        "",
        f"| {text['question']} | Id | {text['mean']} | {text['full']} |",
        "|---|---|---:|---:|",
    ]
    for (notebook, question), share in hardest:
        values = per_question[(notebook, question)]
        full = sum(1 for v in values if v >= 1.0)
        name = _cell(question_name(notebook, question, lang, titles))
        lines.append(
            f"| {name} | `{_cell(notebook)} {_cell(question)}` | {share * 100:.0f} | "
            f"{full}/{len(values)} |"
        )
    lines += ["", f"## {text['failures']}", ""]
    if not failures:
        return [*lines, text["none"]]
    lines += [f"| {text['count']} | {text['question']} | {text['message']} |", "|---:|---|---|"]
    for (notebook, question, message), count in failures.most_common(15):
        name = _cell(question_name(notebook, question, lang, titles))
        lines.append(f"| {count} | {name} | {_cell(message)} |")
    return lines


def _cell(text: str) -> str:
    """Text for a Markdown table cell: escaped, not markup; no column breaks."""
    return html.escape(text, quote=False).replace("|", "&#124;").replace("\n", " ")


def report(module_id: str, out_dir: Path, layout: Layout | None = None) -> Path:
    """Write ``scores.csv``, an item-analysis page per language and plots; return the Uzbek page.

    Pages: ``item-analysis.md`` (Uzbek), ``item-analysis.ru.md``, ``item-analysis.en.md``
    (the site's naming), questions named as the trainee reads them ("1-savol" / "Вопрос 1" /
    "Question 1" after the exercise's title).
    """
    layout = layout or Layout.default()
    rows = score_rows(module_id, layout)
    if not rows:
        raise InputError.single(module_id, "module", "no graded submissions: run 'grade run' first")
    totals: dict[str, float] = defaultdict(float)
    per_question: dict[tuple[str, str], list[float]] = defaultdict(list)
    maximum_by_trainee: dict[str, float] = defaultdict(float)
    for r in rows:
        score = r.score if math.isfinite(r.score) else 0.0  # NaN or inf: counted as no points
        max_score = r.max_score if math.isfinite(r.max_score) else 0.0
        totals[r.trainee] += score
        maximum_by_trainee[r.trainee] += max_score
        per_question[(r.notebook, r.question)].append(score / max_score if max_score else 0)
    maximum = max(maximum_by_trainee.values())
    hardest = sorted(((q, sum(v) / len(v)) for q, v in per_question.items()), key=lambda x: x[1])
    failures = failure_messages(module_id, layout)
    titles = exercise_titles(layout, module_id, {r.notebook for r in rows})
    write_text(out_dir / "scores.csv", _csv(rows))
    write_bytes(
        out_dir / "score-distribution.png", _png(score_histogram(list(totals.values()), maximum))
    )
    for lang in LANGS:
        named = [(question_name(*q, lang, titles), share) for q, share in hardest[:10]]
        write_bytes(out_dir / _plot_name(lang), _hardest_plot(named, lang))
        lines = _page(
            lang,
            module_id,
            totals=totals,
            maximum=maximum,
            hardest=hardest,
            per_question=per_question,
            failures=failures,
            titles=titles,
        )
        write_text(out_dir / page_name(lang), "\n".join(lines) + "\n")
    return out_dir / page_name("uz")


def read_scores(path: Path) -> list[dict[str, Any]]:
    """Read a ``scores.csv`` back (tests and the site)."""
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))
