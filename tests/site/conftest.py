"""A small sandbox checkout for site tests: the real mkdocs.yml and site/ with fixture inputs.

The sandbox holds one course module (an exercise source with a solution block and hidden
tests, and its released student notebooks in uz/ru/en with a plot), one scenario with a report,
the Erlang C curve output, one data card and a tiny appeals dataset, so the site machinery is
tested on its own, fast, whatever state the other parts' outputs are in.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from malaka.site.build import build_site

REPO = Path(__file__).resolve().parents[2]

SOURCE = """# %% [markdown] lang="uz"
# # Namuna mashq
# %% [markdown] lang="ru"
# # Пример упражнения
# %% tags=["setup"]
LANG = "uz"
# %% nbgrader={ANSWER_META}
### BEGIN SOLUTION
secret_answer_value = sum(range(10)) * 7  # reference
### END SOLUTION
# %% nbgrader={TESTS_META}
assert "secret_answer_value" in dir()
### BEGIN HIDDEN TESTS
assert secret_answer_value == 315, "hidden check of the demo answer"
### END HIDDEN TESTS
"""

TITLES = {"uz": "Namuna mashq", "ru": "Пример упражнения", "en": "Sample exercise"}


def _notebook(lang: str) -> dict[str, object]:
    """A released student notebook: setup, a plot, a blank answer, a visible test."""

    def code(src: str, nbgrader: dict[str, object] | None = None) -> dict[str, object]:
        meta: dict[str, object] = {"nbgrader": nbgrader} if nbgrader else {}
        return {
            "cell_type": "code",
            "execution_count": None,
            "metadata": meta,
            "outputs": [],
            "source": src,
        }

    return {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
        },
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": f"# {TITLES[lang]}\n\nMatn."},
            code(
                f'LANG = "{lang}"\n'
                "import matplotlib.pyplot as plt\nimport pandas as pd\n"
                'df = pd.read_csv("data/demo/values.csv")'
            ),
            code("fig, ax = plt.subplots()\nax.plot(df['x'], df['y'])\nplt.show()"),
            code(
                "# YOUR CODE HERE\nraise NotImplementedError()",
                {
                    "grade": False,
                    "grade_id": "q1_answer",
                    "locked": False,
                    "schema_version": 3,
                    "solution": True,
                    "task": False,
                },
            ),
            code(
                'assert "secret_answer_value" in dir()',
                {
                    "grade": True,
                    "grade_id": "q1_tests",
                    "locked": True,
                    "points": 1,
                    "schema_version": 3,
                    "solution": False,
                    "task": False,
                },
            ),
        ],
    }


PRACTICE_TITLES = {"uz": "Birinchi qadamlar", "ru": "Первые шаги", "en": "First steps"}


def _practice(lang: str) -> dict[str, object]:
    """A released practice notebook: a title and one cell that needs no data."""
    return {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
        },
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": f"# {PRACTICE_TITLES[lang]}"},
            {
                "cell_type": "code",
                "execution_count": None,
                "metadata": {},
                "outputs": [],
                "source": "total = 1 + 1",
            },
        ],
    }


def _dataset(folder: Path) -> None:
    import pandas as pd

    folder.mkdir(parents=True, exist_ok=True)
    t0 = pd.Timestamp("2026-02-02 09:00", tz="Asia/Tashkent")
    appeals = pd.DataFrame(
        {
            "reg_no": ["IIV-2026-000001", "IIV-2026-000002"],
            "kind": ["ariza", "shikoyat"],
            "category": ["traffic", "traffic"],
            "channel": ["e_murojaat", "mail"],
            "citizen_id": ["C1", "C2"],
            "received_at": [t0, t0 + pd.Timedelta(hours=3)],
            "due_at": [t0 + pd.Timedelta(days=15), t0 + pd.Timedelta(days=15, hours=3)],
            "answered_at": [t0 + pd.Timedelta(days=4), pd.NaT],
            "status": ["answered", "in_progress"],
        }
    )
    history = pd.DataFrame(
        {
            "reg_no": ["IIV-2026-000001"] * 3 + ["IIV-2026-000002"] * 2,
            "status": ["registered", "assigned", "answered", "registered", "request_sent"],
            "at": [
                t0,
                t0 + pd.Timedelta(hours=5),
                t0 + pd.Timedelta(days=4),
                t0 + pd.Timedelta(hours=3),
                t0 + pd.Timedelta(days=2),
            ],
        }
    )
    appeals.to_parquet(folder / "appeals.parquet")
    history.to_parquet(folder / "status_history.parquet")


def _png(path: Path) -> None:
    import matplotlib as mpl

    mpl.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(2, 1))
    ax.plot([0, 1], [1, 0])
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)


def make_sandbox(root: Path) -> Path:
    """Lay out a checkout with fixture inputs under ``root``; return it."""
    shutil.copy2(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "site", root / "site", ignore=shutil.ignore_patterns("__pycache__"))
    mod = root / "courses" / "m00-demo"
    mod.mkdir(parents=True)
    (mod / "module.yaml").write_text(
        'id: m00-demo\ntitle: {uz: "Namuna modul", ru: "Пример модуля", en: "Demo module"}\n'
        "datasets: [demo]\nexercises: [ex01_demo]\npractice: [p01_demo]\n"
        "minutes: {p01_demo: 20, ex01_demo: 25}\n",
        encoding="utf-8",
    )
    front = "---\nteaching: 30\nexercises: 45\n---\n\n"
    (mod / "index.md").write_text(
        front
        + "# Namuna modul\n\nDars matni.\n\n## Mashqlar\n\n1. `ex01_demo` — qo'lda yozilgan.\n",
        encoding="utf-8",
    )
    (mod / "index.ru.md").write_text(
        front + "# Пример модуля\n\nТекст урока.\n\n## Упражнения\n\n1. `ex01_demo`.\n",
        encoding="utf-8",
    )
    (mod / "p01_demo.py").write_text(
        '# %% [markdown] lang="uz"\n# # Birinchi qadamlar\n'
        '# %% [markdown] lang="ru"\n# # Первые шаги\n',
        encoding="utf-8",
    )
    (root / "courses" / "course.yaml").write_text(
        'title: {uz: "Namuna kurs", ru: "Пример курса", en: "Demo course"}\n'
        "modules: [m00-demo]\npass_mark: 60\ndays: 1\nstart: 2026-03-02\n"
        "schedule: {opening: null, closing: null}\n",
        encoding="utf-8",
    )
    (mod / "ex01_demo.py").write_text(SOURCE, encoding="utf-8")
    (mod / "instructor.md").write_text("# Instructor only\n\nNEVER-PUBLISH-INSTRUCTOR\n")
    scen = root / "simulations" / "scenarios"
    scen.mkdir(parents=True)
    shutil.copy2(REPO / "simulations" / "scenarios" / "erlang-check.yaml", scen)
    cards = root / "datasets" / "cards"
    cards.mkdir(parents=True)
    (cards / "demo.md").write_text(
        "# Namuna to'plam\n\n*Пример набора* · *Demo set*\n\nSynthetic.\n\n"
        "| column | meaning |\n|---|---|\n| x | a value |\n"
        "\nSee [the spec](../specs/demo.yaml).\n",
        encoding="utf-8",
    )
    build = root / "build"
    release = build / "release" / "m00-demo"
    (release / "data" / "demo").mkdir(parents=True)
    (release / "data" / "demo" / "values.csv").write_text("x,y\n0,1\n1,3\n2,2\n")
    for lang in ("uz", "ru", "en"):
        name = "ex01_demo.ipynb" if lang == "uz" else f"ex01_demo.{lang}.ipynb"
        (release / name).write_text(json.dumps(_notebook(lang), ensure_ascii=False))
        practice = name.replace("ex01_demo", "p01_demo")
        (release / practice).write_text(json.dumps(_practice(lang), ensure_ascii=False))
    report = build / "simulations" / "erlang-check"
    _png(report / "backlog.png")
    (report / "report.md").write_text(
        "# Hisobot / Отчёт / Report\n\n## Backlog\n\n![backlog](backlog.png)\n"
    )
    # The scenario file asks for 10 replications; this report was made with 2 (as a quick build).
    # The site writes the report again in each language from these KPIs.
    backlog = {"t": [0.0, 24.0, 48.0], "mean": [1.0, 3.0, 2.0], "half_width": [0.0, 0.5, 0.4]}
    (report / "kpis.json").write_text(
        json.dumps({"replications": 2, "scenario_id": "erlang-check", "backlog": backlog})
    )
    _png(build / "simulations" / "validation" / "erlang_curve.png")
    (build / "simulations" / "validation" / "erlang_curve.json").write_text(
        json.dumps({"points": [{"rho": 0.5, "mean_wait": 0.1, "theory_mean_wait": 0.11}]})
    )
    _dataset(build / "datasets" / "tuman-appeals")
    (build / "datasets" / "demo").mkdir(parents=True)
    import pandas as pd

    pd.DataFrame({"x": [1, 2], "y": ["a", "b"]}).to_parquet(
        build / "datasets" / "demo" / "t.parquet"
    )
    return root


@pytest.fixture(scope="session")
def sandbox_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sandbox built once with ``mkdocs build --strict``; returns the checkout root."""
    root = make_sandbox(tmp_path_factory.mktemp("site-sandbox"))
    monkey = pytest.MonkeyPatch()
    monkey.delenv("MALAKA_BUILD", raising=False)
    try:
        site = build_site(root, with_prerequisites=False)  # mkdocs build --strict, in a subprocess
    finally:
        monkey.undo()
    assert site == root / "build" / "site"
    return root
