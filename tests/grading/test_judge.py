"""The judge's questions and verdicts, against a stand-in kernel that answers from a dict."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from malaka.grading import wire
from malaka.grading.judge import Judge, Side, WrongAnswer


class Answers(Side):
    """A kernel that holds ``values`` and calls plain Python functions for ``call``."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values

    def ask(self, header: dict[str, Any], blobs: list[bytes] | None = None) -> Any:
        name = header["name"]
        if name not in self.values:
            return {"missing": True}, []
        if header["op"] == "get":
            tree, out = wire.pack(self.values[name])
            return {"value": tree}, out
        cases = wire.decode(header["cases"], blobs or [])
        out_blobs: list[bytes] = []
        results = [{"value": wire.encode(self.values[name](*c), out_blobs)} for c in cases]
        return {"results": results}, out_blobs


def _judge(trainee: dict[str, Any], reference: dict[str, Any], lang: str = "ru") -> Judge:
    return Judge(Answers(trainee), Answers(reference), lang)


def test_value_compares_with_the_reference_and_speaks_the_trainee_language() -> None:
    judge = _judge({"late_share": 0.5}, {"late_share": 0.25})
    with pytest.raises(WrongAnswer, match="слишком далеко"):
        judge.value("late_share", abs=1e-9)
    assert _judge({"x": 3}, {"x": 3}).value("x") == 3
    with pytest.raises(WrongAnswer, match="ещё не определена"):
        _judge({}, {"x": 3}).value("x")


def test_fetch_with_a_type_and_table_with_columns() -> None:
    frame = pd.DataFrame({"a": [1], "b": [2]})
    judge = _judge({"ips": ("1.2.3.4",), "t": frame, "n": 3}, {})
    with pytest.raises(WrongAnswer, match="list"):
        judge.fetch("ips", list)
    assert judge.fetch("n", (int, float)) == 3
    assert list(judge.table("t", ["a", "b"]).columns) == ["a", "b"]
    with pytest.raises(WrongAnswer, match="c"):
        judge.table("t", ["a", "c"])
    with pytest.raises(WrongAnswer, match="DataFrame"):
        judge.table("n")


def test_call_normalises_both_sides_and_names_the_failing_call() -> None:
    trainee = {"flags": lambda url: ["b", "a"] if url else []}
    reference = {"flags": lambda url: ["a", "b"] if url else ["empty"]}
    judge = _judge(trainee, reference, lang="en")
    judge.call("flags", [("x",)], norm=sorted)
    with pytest.raises(WrongAnswer, match="the empty link"):
        judge.call("flags", [("x",), ("",)], norm=sorted, label=lambda url: f"the empty link{url}")
    with pytest.raises(WrongAnswer, match=r"flags\('x'\)"):
        judge.call("flags", [("x",)])  # order judged without norm
