"""Practice sources: format errors named by file and field; release and self-test of notebooks."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from malaka.errors import InputError
from malaka.practice.build import read_practice, release_practice, split_solution
from malaka.practice.friendly import note_for
from malaka.practice.selftest import selftest_practice

FIXTURES = Path(__file__).resolve().parents[1] / "grading" / "fixtures"
SOURCES = FIXTURES / "courses" / "m00-fixture"
MUTANTS = FIXTURES / "grading" / "mutants" / "m00-fixture.yaml"
STEM = "p01_basics"


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture practice notebook released with its check file."""
    dest = tmp_path_factory.mktemp("practice")
    shutil.copytree(FIXTURES / "data", dest / "data")
    release_practice("m00-fixture", [STEM], SOURCES, dest, MUTANTS, {STEM: 15})
    return dest


def test_split_solution_takes_the_stub_from_marked_lines() -> None:
    source = "x = 1\n### BEGIN SOLUTION\n#> y = ____\ny = 2\n### END SOLUTION\nz = 3\n"
    before, stub, solution, after = split_solution(source)
    assert (before, stub, solution, after) == ("x = 1\n", "y = ____", "y = 2", "z = 3\n")


def test_release_writes_every_language_and_no_solution(released: Path) -> None:
    names = sorted(p.name for p in released.glob("*.ipynb"))
    assert names == [
        f"{STEM}.en.ipynb",
        f"{STEM}.ipynb",
        f"{STEM}.ru.ipynb",
        f"{STEM}.uz-Cyrl.ipynb",
    ]
    uz = json.loads((released / f"{STEM}.ipynb").read_text(encoding="utf-8"))
    text = json.dumps(uz)
    assert "BEGIN SOLUTION" not in text
    assert 'total = numbers[\\"value\\"].____()' in text, "the fill-in-the-blank stub"
    assert 'group_a = numbers[numbers[\\"group\\"] == \\"a\\"]' not in text
    assert "# JAVOBINGIZNI SHU YERGA YOZING" in text
    assert "Taxminiy vaqt: 15 daqiqa" in text
    assert "`.sum()` metodidan" not in text, "hints are shown by q1.hint(), not in the page"
    sources = ["".join(c["source"]) for c in uz["cells"] if c["cell_type"] == "code"]
    assert sources.count("q1.check()") == 1
    ru = (released / f"{STEM}.ru.ipynb").read_text(encoding="utf-8")
    assert "# ВАШ ОТВЕТ ЗДЕСЬ" in ru
    assert 'LANG = \\"ru\\"' in ru
    cy = (released / f"{STEM}.uz-Cyrl.ipynb").read_text(encoding="utf-8")
    assert "Машқ қилиш" in cy, "the Cyrillic edition"
    assert 'LANG = \\"uz-Cyrl\\"' in cy
    assert "Тахминий вақт: 15 дақиқа" in cy
    checks = json.loads((released / ".practice" / f"{STEM}.json").read_text(encoding="utf-8"))
    assert checks["questions"]["q1"]["expected"]["total"] == {"t": "num", "v": 26}
    assert checks["questions"]["q1"]["mistakes"][0]["values"]["total"]["v"] == 6.5


def test_selftest_passes_for_the_fixture(released: Path) -> None:
    assert selftest_practice([STEM], SOURCES, released, MUTANTS) == []


def _write_practice(folder: Path, body: str) -> Path:
    path = folder / f"{STEM}.py"
    path.write_text(body, encoding="utf-8")
    return path


HEAD = (
    '# %% [markdown] lang="uz"\n# # Mashq\n\n# %% [markdown] lang="ru"\n# # Практика\n\n'
    '# %% tags=["setup"]\nLANG = "uz"\nfrom malaka.practice import attach\n\n'
    f'attach(globals(), "{STEM}")\n\n'
)


def test_format_errors_name_the_file_and_field(tmp_path: Path) -> None:
    body = HEAD + (
        '# %% practice={"q": "q2", "names": ["x"]}\n### BEGIN SOLUTION\nx = 1\n### END SOLUTION\n'
        '\n# %% practice={"q": "q1", "names": ["1x"], "kind": "chart"}\nx = 1\n'
        '\n# %% [markdown] lang="uz" hint="q9"\n# hint\n'
    )
    with pytest.raises(InputError) as info:
        read_practice(_write_practice(tmp_path, body), {"q7": []})
    text = str(info.value)
    assert f"{STEM}.py: cells[3].practice.q: expected q1" in text
    assert "cells[4].practice.names: must list one or more variable names" in text
    assert "cells[4].practice.kind: must be one of" in text
    assert "hint for 'q9' before its answer" in text
    assert "mistakes.q7: no such question" in text


def test_setup_must_attach_this_notebook(tmp_path: Path) -> None:
    body = HEAD.replace(f'"{STEM}"', '"p09_other"') + (
        '# %% practice={"q": "q1", "names": ["x"]}\n### BEGIN SOLUTION\nx = 1\n### END SOLUTION\n'
        '\n# %% [markdown] lang="uz" hint="q1"\n# h\n\n# %% [markdown] lang="ru" hint="q1"\n# h\n'
    )
    with pytest.raises(InputError, match=f'setup: must call attach\\(globals\\(\\), "{STEM}"\\)'):
        read_practice(_write_practice(tmp_path, body), {})


def test_a_mistake_that_gives_the_right_answer_is_refused(tmp_path: Path) -> None:
    mutants = tmp_path / "m.yaml"
    text = MUTANTS.read_text(encoding="utf-8").replace(
        'total = numbers["value"].mean()', 'total = int(numbers["value"].sum())'
    )
    mutants.write_text(text, encoding="utf-8")
    dest = tmp_path / "rel"
    shutil.copytree(FIXTURES / "data", dest / "data")
    with pytest.raises(InputError, match=r"mistakes.q1\[0\]: gives the right answer"):
        release_practice("m00-fixture", [STEM], SOURCES, dest, mutants, {})


def test_selftest_notices_a_blank_that_passes(released: Path, tmp_path: Path) -> None:
    source = (SOURCES / f"{STEM}.py").read_text(encoding="utf-8")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / f"{STEM}.py").write_text(
        source.replace('#> total = numbers["value"].____()', '#> total = numbers["value"].sum()'),
        encoding="utf-8",
    )
    dest = tmp_path / "rel"
    shutil.copytree(FIXTURES / "data", dest / "data")
    release_practice("m00-fixture", [STEM], tmp_path / "src", dest, MUTANTS, {})
    failures = selftest_practice([STEM], tmp_path / "src", dest, MUTANTS)
    assert failures == [f"{STEM} blank: q1 passes without an answer"]


def test_friendly_notes_for_a_beginners_errors() -> None:
    assert "`____`" in str(note_for(NameError("x", name="____"), "uz"))
    assert "`totl` degan nom hali yo'q" in str(note_for(NameError("x", name="totl"), "uz"))
    assert "Нет такого столбца" in str(note_for(KeyError("kind "), "ru"))
    assert note_for(ZeroDivisionError(), "uz") is None


def test_friendly_note_appears_under_the_traceback_in_a_shell(released: Path) -> None:
    cells = [
        f'LANG = "ru"\nfrom malaka.practice import attach\nattach(globals(), "{STEM}")',
        "total = ____",
        "q1.check()",
    ]
    job = {"mode": "run", "cells": [{"code": c, "q": None} for c in cells]}
    (released / "job.json").write_text(json.dumps(job), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "malaka.practice.runner", "job.json", "out.json"],
        cwd=released,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "NameError" in out
    assert "👉 В ячейке ещё стоит `____`" in out
    assert "Вопрос 1: `total` ещё не задан" in out
    (released / "job.json").unlink()
    (released / "out.json").unlink()


def test_malaka_check_lists_the_practice_verdicts(released: Path) -> None:
    """``malaka check`` on a practice notebook runs it and lists each check's verdict."""
    from typer.testing import CliRunner

    from malaka.cli import app

    result = CliRunner().invoke(app, ["check", str(released / f"{STEM}.ru.ipynb")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 6
    assert lines[0].startswith("✗ Вопрос 1: `total` ещё не задан")
