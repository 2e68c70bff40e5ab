"""Check helpers: right answers pass, wrong and blank answers fail in the notebook's language."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from malaka.grading import checks
from malaka.grading.checks import (
    check,
    check_close,
    check_columns,
    check_equal,
    check_in,
    check_len,
    check_shape,
    check_type,
)


def _run_as_notebook(code: str, lang: str) -> str | None:
    """Run ``code`` as a notebook cell with ``LANG`` set; return the failure message."""
    namespace: dict[str, object] = {"__name__": "__main__", "LANG": lang}
    exec("from malaka.grading.checks import *", namespace)  # noqa: S102 - simulates a notebook cell
    try:
        exec(code, namespace)  # noqa: S102
    except AssertionError as exc:
        return str(exc)
    return None


@pytest.mark.parametrize(
    ("code", "uz_word", "ru_word"),
    [
        ("check_equal(3, 4, name='days')", "noto'g'ri", "неверно"),
        ("check_close(0.5, 0.7, name='rate')", "uzoq", "далеко"),
        ("check_close('x', 0.7, name='rate')", "son", "числом"),
        ("check_close(float('nan'), 0.7, name='rate')", "NaN", "NaN"),
        ("check_type('15', int, name='days')", "turi", "тип"),
        ("check_type(True, int, name='days')", "turi", "тип"),
        ("check_in('arz', ['ariza', 'taklif'], name='kind')", "ruxsat", "допустимых"),
        ("check_len([1, 2], 3, name='rows')", "uzunligi", "Длина"),
        ("check_len(5, 3, name='rows')", "to'plam", "коллекцией"),
        (
            "import pandas as pd\ncheck_columns(pd.DataFrame({'a': [1]}), ['a', 'b'], name='t')",
            "ustunlar",
            "столбцов",
        ),
        ("check_columns([1], ['a'], name='t')", "jadval", "таблицей"),
        ("check_shape([1], (1, 2), name='t')", "o'lchami", "Размер"),
        ("check_defined('answer_never_set')", "aniqlanmagan", "не определена"),
        ("check(1 > 2, uz='Katta emas', ru='Не больше')", "Katta emas", "Не больше"),
    ],
)
def test_wrong_answers_fail_in_the_notebook_language(code: str, uz_word: str, ru_word: str) -> None:
    uz = _run_as_notebook(code, "uz")
    ru = _run_as_notebook(code, "ru")
    en = _run_as_notebook(code, "en")
    assert uz is not None
    assert uz_word in uz
    assert ru is not None
    assert ru_word in ru
    assert en is not None
    assert en not in (uz, ru) or "check(" in code  # check() without en= falls back to Russian


def test_messages_do_not_reveal_the_expected_value() -> None:
    msg = _run_as_notebook("check_equal(12345, 98765, name='deadline')", "uz")
    assert msg is not None
    assert "98765" not in msg
    msg = _run_as_notebook("check_close(1.0, 4.321, name='x')", "ru")
    assert msg is not None
    assert "4.321" not in msg


def test_right_answers_pass() -> None:
    check(True, uz="x", ru="y")
    check_equal([1, 2], [1, 2])
    check_equal(np.array([1, 2]), np.array([1, 2]))
    check_equal(pd.DataFrame({"a": [1]}), pd.DataFrame({"a": [1]}))
    check_close(np.float64(0.30000000000000004), 0.3)
    check_close(10, 10.4, abs=0.5)
    check_type(3, int)
    check_type(True, bool)
    check_type(3, (int, float))
    check_in("ariza", ("ariza", "taklif", "shikoyat"))
    check_len("abc", 3)
    check_columns(pd.DataFrame({"a": [1], "b": [2]}), ["b"])
    check_shape(pd.DataFrame({"a": [1, 2]}), (2, 1))


def test_tables_and_arrays_compare_without_ambiguity() -> None:
    with pytest.raises(AssertionError):
        check_equal(np.array([1, 2]), np.array([1, 3]))
    with pytest.raises(AssertionError):
        check_equal(np.array([1, 2]), np.array([1, 2, 2]))
    with pytest.raises(AssertionError):
        check_equal(pd.DataFrame({"a": [1]}), pd.DataFrame({"a": [2]}))
    with pytest.raises(AssertionError):
        check_equal([1, 2], pd.Series([1, 2]))


def test_language_falls_back_to_environment_then_uzbek(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALAKA_LANG", "ru")
    with pytest.raises(AssertionError, match="неверно"):
        check_equal(1, 2)
    monkeypatch.setenv("MALAKA_LANG", "xx")
    with pytest.raises(AssertionError, match="noto'g'ri"):
        check_equal(1, 2)


def test_check_needs_a_message() -> None:
    with pytest.raises(ValueError, match="message"):
        check(True)


def test_every_message_exists_in_every_language() -> None:
    for key, texts in checks._MESSAGES.items():
        assert set(texts) == set(checks.LANGUAGES), key
    assert set(checks.HELPERS) <= set(checks.__all__)
