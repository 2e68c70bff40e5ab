"""``judge.partial``: part of a test cell's points, scored by nbgrader and shown in feedback."""

from __future__ import annotations

from typing import Any

import pytest

from malaka.grading import wire
from malaka.grading.autograde import merge
from malaka.grading.feedback import GradedCell, _outcome_line
from malaka.grading.judge import (
    AuthoringError,
    Cell,
    Judge,
    Side,
    Verdict,
    WrongAnswer,
    run_notebook,
)


class Answers(Side):
    """A kernel holding ``values`` (only ``get`` requests are needed here)."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values

    def ask(self, header: dict[str, Any], blobs: list[bytes] | None = None) -> Any:  # noqa: ARG002
        if header["name"] not in self.values:
            return {"missing": True}, []
        tree, out = wire.pack(self.values[header["name"]])
        return {"value": tree}, out


HIDDEN = """### BEGIN HIDDEN TESTS
_n = judge.fetch("n")
judge.partial(_n / 4, uz=f"{_n} ta to'g'ri", ru=f"верно {_n}", en=f"{_n} right")
### END HIDDEN TESTS
"""


def _run(n: int, lang: str = "ru", *, strict: bool = False) -> Verdict:
    cells = [Cell(0, HIDDEN, "q1_tests")]
    return run_notebook(
        cells, Answers({"n": n}), Answers({}), lang, output_bytes=10_000, strict=strict
    )


def test_partial_records_the_fraction_and_the_message_in_the_trainee_language() -> None:
    verdict = _run(1)
    assert verdict.partial == {0: (0.25, "верно 1")}
    assert verdict.failures == {}
    uz = _run(3, "uz")
    assert uz.partial == {0: (0.75, "3 ta to'g'ri")}


def test_full_and_zero_fractions_pass_and_fail_as_usual() -> None:
    full = _run(4)
    assert full.partial == {}
    assert full.failures == {}
    zero = _run(0, "en")
    assert zero.partial == {}
    assert zero.failures == {0: "0 right"}


def test_the_reference_must_earn_full_marks() -> None:
    with pytest.raises(AuthoringError, match="fails its own test"):
        _run(2, strict=True)


def test_the_smaller_part_counts_and_bad_fractions_are_refused() -> None:
    judge = Judge(Answers({}), Answers({}), "uz")
    judge.partial(0.5, uz="a")
    judge.partial(0.8, uz="b")
    assert judge.credit == (0.5, "a")
    judge.at("q2_tests")
    assert judge.credit is None
    with pytest.raises(ValueError, match="finite"):
        judge.partial(float("nan"), uz="x")
    with pytest.raises(ValueError, match="message"):
        judge.partial(0.5)
    with pytest.raises(WrongAnswer, match="hech"):
        judge.partial(0.0, uz="hech narsa")


def _graded_notebook(points: float) -> Any:
    import nbformat

    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("check_defined('n')")
    cell.metadata["nbgrader"] = {
        "grade": True,
        "grade_id": "q1_tests",
        "locked": True,
        "points": points,
        "schema_version": 3,
        "solution": False,
        "task": False,
    }
    nb.cells.append(cell)
    return nb


@pytest.mark.parametrize(("points", "fraction", "score"), [(6, 0.5, 3.0), (1, 1 / 6, 0.166667)])
def test_merged_partial_cell_scores_its_share_for_nbgrader(
    points: float, fraction: float, score: float
) -> None:
    from nbgrader.utils import determine_grade

    verdict = Verdict(partial={0: (fraction, "K01: 3 / 6")})
    nb = merge(_graded_notebook(points), verdict)
    auto, max_score = determine_grade(nb.cells[0])
    assert (auto, max_score) == (pytest.approx(score), points)
    assert nb.cells[0].outputs[0]["text"] == "K01: 3 / 6\n"


def test_a_failure_wins_over_a_partial_and_scores_zero() -> None:
    from nbgrader.utils import determine_grade

    verdict = Verdict(failures={0: "no"}, partial={0: (0.5, "half")})
    nb = merge(_graded_notebook(2), verdict)
    assert determine_grade(nb.cells[0]) == (0, 2.0)


def test_feedback_says_partly_with_the_points_and_the_message() -> None:
    verdict = Verdict(partial={0: (0.5, "K01: верных полей — 3 из 6.")})
    nb = merge(_graded_notebook(6), verdict)
    cell = nb.cells[0]
    graded = GradedCell(
        "code",
        cell.source,
        dict(cell.metadata["nbgrader"]),
        [
            {k: v for k, v in dict(o).items() if k in ("output_type", "name", "text", "data")}
            for o in cell.outputs
        ],
    )
    line = _outcome_line(graded, set(), "ru")
    assert line.startswith("◐ частично: 3 из 6")
    assert "верных полей — 3 из 6" in line
    passed = GradedCell("code", "", {"grade": True, "grade_id": "q1_tests", "points": 6}, [])
    assert _outcome_line(passed, set(), "uz").startswith("✓")
