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


def failure_messages(module_id: str, layout: Layout) -> Counter[str]:
    """How often each failure message appears in the test cells of graded notebooks.

    A notebook that cannot be read, or parts of the wrong JSON type, are skipped.
    """
    counts: Counter[str] = Counter()
    for path in layout.autograded.glob(f"*/{module_id}/*.ipynb"):
        try:
            nb = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            continue
        for cell in map(_obj, _items(_obj(nb).get("cells"))):
            meta = _obj(_obj(cell.get("metadata")).get("nbgrader"))
            if not meta.get("grade"):
                continue
            gid = meta.get("grade_id", "?")
            for out in map(_obj, _items(cell.get("outputs"))):
                if out.get("output_type") == "error":
                    text = str(out.get("evalue", "")).strip().splitlines()
                    first = text[0][:160] if text else ""
                    counts[f"{path.stem} {gid}: {out.get('ename', 'Error')}: {first}"] += 1
    return counts


def _csv(rows: list[Row]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow([r.trainee, r.notebook, r.question, f"{r.score:g}", f"{r.max_score:g}"])
    return buf.getvalue()


def _plots(
    totals: list[float], maximum: float, hardest: list[tuple[str, float]]
) -> dict[str, bytes]:
    import matplotlib as mpl

    mpl.use("Agg")
    import matplotlib.pyplot as plt

    images: dict[str, bytes] = {}
    fig, ax = plt.subplots(figsize=(6, 3.2))
    ax.hist(totals, bins=min(20, max(5, len(set(totals)))), range=(0, maximum or 1))
    ax.set_xlabel("Ball / Баллы / Points")
    ax.set_ylabel("Tinglovchilar / Слушатели / Trainees")
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    images["score-distribution.png"] = buf.getvalue()
    fig, ax = plt.subplots(figsize=(6, 0.4 * max(3, len(hardest)) + 1))
    ax.barh([q for q, _ in hardest][::-1], [share * 100 for _, share in hardest][::-1])
    ax.set_xlabel("O'rtacha % / Средний % / Mean %")
    ax.set_xlim(0, 100)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    images["hardest-questions.png"] = buf.getvalue()
    return images


def report(module_id: str, out_dir: Path, layout: Layout | None = None) -> Path:
    """Write ``scores.csv``, ``item-analysis.md`` and plots into ``out_dir``; return the page."""
    layout = layout or Layout.default()
    rows = score_rows(module_id, layout)
    if not rows:
        raise InputError.single(module_id, "module", "no graded submissions: run 'grade run' first")
    totals: dict[str, float] = defaultdict(float)
    per_question: dict[str, list[float]] = defaultdict(list)
    maximum_by_trainee: dict[str, float] = defaultdict(float)
    for r in rows:
        score = r.score if math.isfinite(r.score) else 0.0  # NaN or inf: counted as no points
        max_score = r.max_score if math.isfinite(r.max_score) else 0.0
        totals[r.trainee] += score
        maximum_by_trainee[r.trainee] += max_score
        per_question[f"{r.notebook} {r.question}"].append(score / max_score if max_score else 0)
    maximum = max(maximum_by_trainee.values())
    hardest = sorted(((q, sum(v) / len(v)) for q, v in per_question.items()), key=lambda x: x[1])
    failures = failure_messages(module_id, layout)
    images = _plots(list(totals.values()), maximum, hardest[:10])
    lines = [
        f"# {module_id}: item analysis / savollar tahlili / анализ заданий",
        "",
        f"Trainees: {len(totals)}; maximum {maximum:g} points; "
        f"mean {sum(totals.values()) / len(totals):.2f}.",
        "",
        "## Score distribution",
        "",
        "![](score-distribution.png)",
        "",
        "## Hardest questions (mean share of points)",
        "",
        "![](hardest-questions.png)",
        "",
        "| Question | Mean % | Trainees with full marks |",
        "|---|---:|---:|",
    ]
    for q, share in hardest:
        full = sum(1 for v in per_question[q] if v >= 1.0)
        lines.append(f"| {q} | {share * 100:.0f} | {full}/{len(per_question[q])} |")
    lines += ["", "## Most frequent failure messages", "", "| Count | Message |", "|---:|---|"]
    for message, count in failures.most_common(15):
        cell = html.escape(message, quote=False).replace("|", "/")  # text, not markup
        lines.append(f"| {count} | {cell} |")
    page = out_dir / "item-analysis.md"
    write_text(out_dir / "scores.csv", _csv(rows))
    for name, data in images.items():
        write_bytes(out_dir / name, data)
    write_text(page, "\n".join(lines) + "\n")
    return page


def read_scores(path: Path) -> list[dict[str, Any]]:
    """Read a ``scores.csv`` back (tests and the site)."""
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))
