"""A practice question judges the trainee's values and says why, in the notebook's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import matplotlib
import pandas as pd
import pytest

from malaka.practice.question import Question, Spec, snapshot

matplotlib.use("Agg")


def _question(spec: dict[str, Any], ns: dict[str, Any], reference: dict[str, Any]) -> Question:
    """A question whose expected values come from running ``reference`` like the release does."""
    s = Spec.from_dict(spec)
    expected = {n: snapshot(reference, s, n) for n in s.names}
    data = {
        "spec": s.to_dict(),
        "expected": expected,
        "mistakes": [],
        "hints": {"uz": ["birinchi", "ikkinchi"], "ru": ["первая"]},
        "solution": "total = 26",
    }
    return Question(data, ns, lambda: str(ns.get("LANG", "uz")))


def test_not_answered_then_wrong_then_right_in_uzbek_and_russian() -> None:
    ns: dict[str, Any] = {"LANG": "uz"}
    q = _question({"q": "q1", "names": ["total"]}, ns, {"total": 26})
    verdict = q.verdict()
    assert verdict.status == "not_answered"
    assert "`total` hali yo'q" in verdict.text("uz")
    assert "`total` ещё не задан" in verdict.text("ru")
    ns["total"] = 25
    verdict = q.verdict()
    assert verdict.status == "wrong"
    assert verdict.key == "value"
    assert verdict.text("uz").startswith("1-savol: `total` = 25")
    assert verdict.text("ru").startswith("Вопрос 1: `total` = 25")
    ns["total"] = "26"
    assert "son bo'lishi kerak, sizda esa matn" in q.verdict().text("uz")
    ns["total"] = 26
    assert q.verdict().status == "pass"


def test_a_known_mistake_gets_its_own_message() -> None:
    ns: dict[str, Any] = {"total": 6.5}
    q = _question({"q": "q2", "names": ["total"]}, ns, {"total": 26})
    says = {"uz": "Bu o'rtacha.", "ru": "Это среднее."}
    q._data["mistakes"] = [{"values": {"total": {"t": "num", "v": 6.5}}, "says": says}]
    verdict = q.verdict()
    assert verdict.status == "mistake"
    assert verdict.text("uz") == "2-savol: Bu o'rtacha."
    assert verdict.text("ru") == "Вопрос 2: Это среднее."
    assert verdict.text("en") == "Question 2: Bu o'rtacha.", "no English text: the Uzbek one"
    assert verdict.text("uz-Cyrl") == "2-савол: Бу ўртача."


def test_filter_answer_names_the_row_counts() -> None:
    table = pd.DataFrame({"kind": ["ariza", "shikoyat", "shikoyat"], "n": [1, 2, 3]})
    ns: dict[str, Any] = {"complaints": table}
    q = _question(
        {"q": "q3", "names": ["complaints"]},
        ns,
        {"complaints": table[table["kind"] == "shikoyat"]},
    )
    verdict = q.verdict()
    assert verdict.key == "rows"
    assert "3 ta qator, kerakli javobda 2 ta" in verdict.text("uz")


def test_functions_are_judged_on_the_listed_calls() -> None:
    def right(regime: str) -> int | None:
        return 15 if regime == "appeals_law" else None

    def wrong(regime: str) -> int:
        return 15

    def broken(regime: str) -> int:
        raise ValueError(regime)

    spec = {"q": "q1", "names": ["clock"], "calls": [["appeals_law"], ["criminal"]]}
    ns: dict[str, Any] = {"clock": wrong}
    q = _question(spec, ns, {"clock": right})
    assert "`clock('criminal')` 15 qaytardi" in q.verdict().text("uz")
    ns["clock"] = broken
    assert q.verdict().key == "call_raised"
    ns["clock"] = 15
    assert q.verdict().key == "type"
    ns["clock"] = right
    assert q.verdict().status == "pass"


def test_bar_charts_compare_heights_and_labels() -> None:
    import matplotlib.pyplot as plt

    def fresh() -> Any:
        return plt.subplots()[1]  # each notebook cell draws on a new figure

    counts = pd.Series({"ariza": 5, "shikoyat": 3})
    reference = {"ax": counts.plot.bar(ax=fresh())}
    ns: dict[str, Any] = {"ax": counts.sort_values().plot.bar(ax=fresh())}
    q = _question({"q": "q1", "names": ["ax"], "kind": "bars"}, ns, reference)
    assert q.verdict().key == "bars_heights"
    ns["ax"] = counts.plot.barh(ax=fresh())
    assert q.verdict().status == "pass", "horizontal bars of the same counts are fine"
    ns["ax"] = counts.head(1).plot.bar(ax=fresh())
    assert q.verdict().key == "bars_count"


def test_saved_csv_is_read_back(tmp_path: Path) -> None:
    table = pd.DataFrame({"id": [1, 2]})
    table.to_csv(tmp_path / "want.csv", index=False)
    ns: dict[str, Any] = {"saved": str(tmp_path / "missing.csv")}
    q = _question(
        {"q": "q1", "names": ["saved"], "kind": "csv"}, ns, {"saved": str(tmp_path / "want.csv")}
    )
    assert q.verdict().key == "nofile"
    table.to_csv(tmp_path / "with_index.csv")
    ns["saved"] = str(tmp_path / "with_index.csv")
    assert q.verdict().key == "columns", "the index written as a column is a real mistake"
    ns["saved"] = str(tmp_path / "want.csv")
    assert q.verdict().status == "pass"


def test_hints_come_one_by_one_then_point_to_the_solution(
    capsys: pytest.CaptureFixture[str],
) -> None:
    q = _question({"q": "q1", "names": ["total"]}, {"LANG": "uz"}, {"total": 26})
    q.hint()
    q.hint()
    q.hint()
    q.solution()
    out = capsys.readouterr().out
    assert "Maslahat 1/2.** birinchi" in out
    assert "Maslahat 2/2.** ikkinchi" in out
    assert "q1.solution()" in out
    assert "total = 26" in out


def test_russian_notebook_gets_russian_hints(capsys: pytest.CaptureFixture[str]) -> None:
    q = _question({"q": "q1", "names": ["total"]}, {"LANG": "ru"}, {"total": 26})
    q.hint()
    assert "Подсказка.** первая" in capsys.readouterr().out
