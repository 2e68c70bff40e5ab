"""Rendering exercise sources: languages, the LANG line, format errors named by file and cell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from malaka.errors import InputError
from malaka.grading.authoring import check_exercise, languages_of, read_exercise, render
from malaka.grading.layout import Layout

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "courses" / "m00-fixture"

_ANSWER = json.dumps(
    {"grade": False, "grade_id": "q1_answer", "locked": False, "schema_version": 3}
    | {"solution": True, "task": False}
)
_TESTS = json.dumps(
    {"grade": True, "grade_id": "q1_tests", "locked": True, "points": 1, "schema_version": 3}
    | {"solution": False, "task": False}
)
GOOD = f"""# %% [markdown] lang="uz"
# Savol. <details><summary>Maslahat</summary>x</details>

# %% [markdown] lang="ru"
# Вопрос. <details><summary>Подсказка</summary>x</details>

# %% [markdown]
# Formula

# %% tags=["setup"]
LANG = "uz"

# %% nbgrader={_ANSWER}
### BEGIN SOLUTION
x = 1
### END SOLUTION

# %% nbgrader={_TESTS}
assert x == 1
"""


def _problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "ex01_x.py"
    path.write_text(text, encoding="utf-8")
    return [f"{p.field}: {p.message}" for p in check_exercise(read_exercise(path), path)]


def test_a_well_formed_exercise_has_no_problems(tmp_path: Path) -> None:
    assert _problems(tmp_path, GOOD) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (('LANG = "uz"\n', ""), 'LANG = "uz"'),
        (('tags=["setup"]', ""), "tagged setup"),
        (('lang="ru"', 'lang="kk"'), "not one of"),
        (("q1_tests", "test1"), "must match"),
        (('"points": 1', '"points": 0'), "points > 0"),
        (("### END SOLUTION\n", ""), "BEGIN/END SOLUTION"),
        (("<summary>Подсказка</summary>", "<summary>Ещё</summary>"), "Подсказка"),
        (('# %% [markdown] lang="ru"\n# Вопрос.', '# %% [markdown] lang="en"\n# Q.'), "lang='ru'"),
        (('"locked": true', '"locked": false'), "grade, locked"),
    ],
)
def test_format_mistakes_are_reported_by_field(
    tmp_path: Path, change: tuple[str, str], expected: str
) -> None:
    problems = _problems(tmp_path, GOOD.replace(*change))
    assert any(expected in p for p in problems), problems


def test_render_keeps_one_language_and_rewrites_lang() -> None:
    nb = read_exercise(FIXTURE / "ex02_table.py")
    assert languages_of(nb) == ["uz", "ru", "en"]
    ru = render(nb, "ru", "m00-fixture", "ex02_table")
    texts = [c.source for c in ru.cells if c.cell_type == "markdown"]
    assert any("Упражнение 2" in t for t in texts)
    assert not any("2-mashq" in t or "Exercise 2" in t for t in texts)
    setup = next(c for c in ru.cells if "setup" in c.metadata.get("tags", []))
    assert 'LANG = "ru"' in setup.source
    assert 'LANG = "uz"' not in setup.source
    assert ru.metadata["malaka"]["lang"] == "ru"
    assert all("lang" not in c.metadata for c in ru.cells)
    uz = render(nb, "uz", "m00-fixture", "ex02_table")
    code_uz = [c.source for c in uz.cells if c.cell_type == "code"]
    code_ru = [c.source.replace('"ru"', '"uz"') for c in ru.cells if c.cell_type == "code"]
    assert code_uz == code_ru  # same code, same grade cells: one gradebook for all languages


def test_unknown_module_is_an_input_error(tmp_path: Path) -> None:
    from malaka.grading.authoring import load_module

    layout = Layout(FIXTURE.parent, tmp_path, tmp_path, tmp_path)
    with pytest.raises(InputError, match="no such module"):
        load_module(layout, "m99-nothing")


def test_module_yaml_errors_name_the_field(tmp_path: Path) -> None:
    from malaka.grading.authoring import load_module

    folder = tmp_path / "courses" / "m05-bad"
    folder.mkdir(parents=True)
    (folder / "module.yaml").write_text(
        "id: m05-bad\ntitle: {uz: a, ru: b}\nexercises: [ex01_missing, Ex2]\n", encoding="utf-8"
    )
    layout = Layout(tmp_path / "courses", tmp_path, tmp_path, tmp_path)
    with pytest.raises(InputError) as info:
        load_module(layout, "m05-bad")
    text = str(info.value)
    assert "exercises[0]" in text
    assert "ex01_missing.py does not exist" in text
    assert "exercises[1]" in text
