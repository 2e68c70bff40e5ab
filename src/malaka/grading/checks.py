"""Check helpers used in the test cells of graded exercises.

A failed check raises :class:`AssertionError` whose message is in the notebook's language: the
helpers read the ``LANG`` variable that the exercise's setup cell defines (``"uz"``, ``"ru"``,
``"en"``, or ``"uz-Cyrl"``: the Uzbek text in Cyrillic), so test cells stay language-neutral code
and one gradebook serves every language.
Messages say what is wrong (type, length, columns, "not close enough") without giving the answer.
"""

from __future__ import annotations

import importlib
import inspect
import math
import os
from collections.abc import Callable, Collection, Iterable, Mapping
from types import FrameType
from typing import Any

from malaka.cyrillic import CYRILLIC, message_for

__all__ = [
    "HELPERS",
    "LANGUAGES",
    "check",
    "check_close",
    "check_columns",
    "check_defined",
    "check_equal",
    "check_in",
    "check_len",
    "check_shape",
    "check_type",
    "current_language",
    "message",
]

LANGUAGES = ("uz", "ru", "en")
#: Languages a notebook may be in: Uzbek Cyrillic reads the Uzbek messages transliterated.
_READERS = (*LANGUAGES, CYRILLIC)

#: Order in which a missing translation falls back.
_FALLBACK = {"uz": ("uz", "ru", "en"), "ru": ("ru", "uz", "en"), "en": ("en", "ru", "uz")}

_MESSAGES: dict[str, dict[str, str]] = {
    "not_defined": {
        "uz": "`{name}` hali aniqlanmagan: javob katagini to'ldiring va uni ishga tushiring.",
        "ru": "`{name}` ещё не определена: заполните ячейку с ответом и выполните её.",
        "en": "`{name}` is not defined yet: fill in the answer cell and run it.",
    },
    "not_equal": {
        "uz": "`{name}` qiymati noto'g'ri. Shartni yana bir bor o'qing va hisobni tekshiring.",
        "ru": "Значение `{name}` неверно. Перечитайте условие и проверьте расчёт.",
        "en": "`{name}` has the wrong value. Re-read the task and check your computation.",
    },
    "not_close": {
        "uz": "`{name}` kutilgan qiymatdan juda uzoq (ruxsat etilgan xato: {tol}).",
        "ru": "`{name}` слишком далеко от ожидаемого значения (допустимая погрешность: {tol}).",
        "en": "`{name}` is too far from the expected value (tolerance: {tol}).",
    },
    "not_number": {
        "uz": "`{name}` son bo'lishi kerak, hozir esa uning turi `{got}`.",
        "ru": "`{name}` должно быть числом, а сейчас это `{got}`.",
        "en": "`{name}` should be a number, but it is a `{got}`.",
    },
    "nan": {
        "uz": "`{name}` NaN (son emas): bo'sh qiymatlar yoki nolga bo'lishni tekshiring.",
        "ru": "`{name}` равно NaN: проверьте пропуски и деление на ноль.",
        "en": "`{name}` is NaN: check for missing values and division by zero.",
    },
    "wrong_type": {
        "uz": "`{name}` turi `{expected}` bo'lishi kerak, hozir esa `{got}`.",
        "ru": "`{name}` должно иметь тип `{expected}`, а сейчас это `{got}`.",
        "en": "`{name}` should be of type `{expected}`, but it is a `{got}`.",
    },
    "not_in": {
        "uz": "`{name}` ruxsat etilgan qiymatlardan biri emas: {allowed}.",
        "ru": "`{name}` не входит в число допустимых значений: {allowed}.",
        "en": "`{name}` is not one of the allowed values: {allowed}.",
    },
    "wrong_len": {
        "uz": "`{name}` uzunligi {expected} bo'lishi kerak, hozir esa {got}.",
        "ru": "Длина `{name}` должна быть {expected}, а сейчас {got}.",
        "en": "`{name}` should have length {expected}, but it has {got}.",
    },
    "no_len": {
        "uz": "`{name}` ro'yxat, jadval yoki shunga o'xshash to'plam bo'lishi kerak.",
        "ru": "`{name}` должно быть списком, таблицей или другой коллекцией.",
        "en": "`{name}` should be a list, a table or another collection.",
    },
    "missing_columns": {
        "uz": "`{name}` jadvalida quyidagi ustunlar yo'q: {missing}.",
        "ru": "В таблице `{name}` нет столбцов: {missing}.",
        "en": "Table `{name}` lacks the columns: {missing}.",
    },
    "not_table": {
        "uz": "`{name}` jadval (pandas DataFrame) bo'lishi kerak, hozir esa `{got}`.",
        "ru": "`{name}` должно быть таблицей (pandas DataFrame), а сейчас это `{got}`.",
        "en": "`{name}` should be a table (pandas DataFrame), but it is a `{got}`.",
    },
    "not_data": {
        "uz": (
            "`{name}` baholovchi o'qiy oladigan ma'lumot emas (hozir u `{got}`): son, matn, "
            "ro'yxat, lug'at, sana yoki jadval bo'lishi kerak."
        ),
        "ru": (
            "`{name}` — не данные, которые может прочитать проверяющий (сейчас это `{got}`): "
            "нужно число, текст, список, словарь, дата или таблица."
        ),
        "en": (
            "`{name}` is not data the grader can read (it is a `{got}`): use a number, text, "
            "list, dict, date or table."
        ),
    },
    "raised": {
        "uz": "`{name}` xato berdi: {ename}: {text}",
        "ru": "`{name}` вызвало ошибку: {ename}: {text}",
        "en": "`{name}` raised an error: {ename}: {text}",
    },
    "unreadable": {
        "uz": (
            "Javobingizni tekshirib bo'lmadi ({ename}): uning turi va tuzilishi shartdagidek "
            "ekanini tekshiring."
        ),
        "ru": (
            "Ответ не удалось проверить ({ename}): проверьте, что его тип и структура такие, "
            "как в условии."
        ),
        "en": (
            "Your answer could not be checked ({ename}): make sure its type and shape are as "
            "the task asks."
        ),
    },
    "not_figure": {
        "uz": "`{name}` matplotlib grafigi (Figure) bo'lishi kerak.",
        "ru": "`{name}` должно быть графиком matplotlib (Figure).",
        "en": "`{name}` should be a matplotlib Figure.",
    },
    "shape": {
        "uz": "`{name}` o'lchami {expected} bo'lishi kerak, hozir esa {got}.",
        "ru": "Размер `{name}` должен быть {expected}, а сейчас {got}.",
        "en": "`{name}` should have shape {expected}, but it has {got}.",
    },
}

_UNKNOWN_NAME = {"uz": "javob", "ru": "ответ", "en": "answer"}

#: What a visible check verified when it passed, for ``malaka check`` to list.
_DONE: dict[str, dict[str, str]] = {
    "defined": {
        "uz": "`{name}` aniqlangan",
        "ru": "`{name}` определено",
        "en": "`{name}` is defined",
    },
    "type": {
        "uz": "`{name}` turi {expected}",
        "ru": "`{name}` имеет тип {expected}",
        "en": "`{name}` is a {expected}",
    },
    "columns": {
        "uz": "`{name}` jadvalida kerakli ustunlar bor",
        "ru": "в таблице `{name}` есть нужные столбцы",
        "en": "table `{name}` has the required columns",
    },
    "len": {
        "uz": "`{name}` uzunligi {n}",
        "ru": "длина `{name}` равна {n}",
        "en": "`{name}` has length {n}",
    },
    "shape": {
        "uz": "`{name}` o'lchami {n}",
        "ru": "размер `{name}` равен {n}",
        "en": "`{name}` has shape {n}",
    },
    "in": {
        "uz": "`{name}` ruxsat etilgan qiymatlardan biri",
        "ru": "`{name}` — одно из допустимых значений",
        "en": "`{name}` is one of the allowed values",
    },
    "value": {
        "uz": "`{name}` qiymati to'g'ri",
        "ru": "значение `{name}` верно",
        "en": "`{name}` has the right value",
    },
    "condition": {
        "uz": "shart bajarildi",
        "ru": "условие выполнено",
        "en": "a condition holds",
    },
}
_VERIFIED: list[str] = []


_SHOWN = [0]  # how many of _VERIFIED the notebook has already been told about

_SUMMARY = {
    "uz": "✔ Ko'rinadigan tekshiruvlar o'tdi: {done}. Qiymatlarning to'g'riligi baholashda "
    "tekshiriladi.",
    "ru": "✔ Видимые проверки пройдены: {done}. Правильность значений проверяется при оценивании.",
    "en": "✔ Visible checks passed: {done}. The values themselves are judged at grading.",
}


def _verified(key: str, **fields: object) -> None:
    _VERIFIED.append(_pick(_DONE[key], current_language()).format(**fields))


def drain_verified() -> list[str]:
    """What the checks that passed since the last call verified, in the notebook's language."""
    done = list(_VERIFIED)
    _VERIFIED.clear()
    _SHOWN[0] = 0
    return done


def _say_what_was_verified(result: Any) -> None:
    """After a test cell passes, say under it what its checks verified (and what they did not)."""
    fresh = _VERIFIED[_SHOWN[0] :]
    _SHOWN[0] = len(_VERIFIED)
    if fresh and getattr(result, "success", False):
        lang = _language_of_notebook()
        print(_pick(_SUMMARY, lang).format(done="; ".join(fresh)))


def _language_of_notebook() -> str:
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython ships with every kernel
        return "uz"
    shell = get_ipython()
    lang = shell.user_ns.get("LANG") if shell is not None else None
    return lang if isinstance(lang, str) and lang in _READERS else "uz"


def _register_summary() -> None:
    """Hook the summary into the running IPython shell once (nothing outside IPython)."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover
        return
    shell = get_ipython()
    if shell is None:
        return
    callbacks = shell.events.callbacks.get("post_run_cell", [])
    if _say_what_was_verified not in callbacks:
        shell.events.register("post_run_cell", _say_what_was_verified)


def current_language() -> str:
    """Return the notebook's language: the nearest caller's ``LANG``, else ``MALAKA_LANG``, else uz.

    Test cells run in the notebook's global namespace, so the first frame outside this module
    whose globals define ``LANG`` is the notebook's.
    """
    here = inspect.currentframe()
    frame: FrameType | None = here.f_back if here is not None else None
    while frame is not None:
        if frame.f_globals.get("__name__") != __name__:
            lang = frame.f_globals.get("LANG")
            if isinstance(lang, str) and lang in _READERS:
                return lang
        frame = frame.f_back
    env = os.environ.get("MALAKA_LANG", "")
    return env if env in _READERS else "uz"


def _pick(texts: Mapping[str, str | None], lang: str) -> str:
    if lang == CYRILLIC and any(texts.values()):
        return message_for(lang, texts)
    for candidate in _FALLBACK.get(lang, LANGUAGES):
        text = texts.get(candidate)
        if text:
            return text
    raise ValueError("a check message needs at least one of uz=, ru=, en=")


def message(key: str, lang: str | None = None, **fields: object) -> str:
    """Return the ready-made message ``key`` in ``lang`` (default: the notebook's language)."""
    lang = lang or current_language()
    return _pick(_MESSAGES[key], lang).format(**fields)


def _fail(key: str, **fields: object) -> AssertionError:
    return AssertionError(_pick(_MESSAGES[key], current_language()).format(**fields))


def _label(name: str | None) -> str:
    return name if name else _pick(_UNKNOWN_NAME, current_language())


def check(
    condition: object, uz: str | None = None, ru: str | None = None, en: str | None = None
) -> None:
    """Fail with the author's message in the notebook's language unless ``condition`` is true."""
    texts = {"uz": uz, "ru": ru, "en": en}
    if not any(texts.values()):
        raise ValueError("check() needs a message: uz=, ru= (and optionally en=)")
    if not bool(condition):
        raise AssertionError(_pick(texts, current_language()))
    _verified("condition")


def check_defined(*names: str) -> None:
    """Fail with "not answered yet" if any of ``names`` is missing from the notebook's globals."""
    here = inspect.currentframe()
    caller = here.f_back.f_globals if here is not None and here.f_back is not None else {}
    for name in names:
        if name not in caller:
            raise _fail("not_defined", name=name)
        _verified("defined", name=name)


def _pandas() -> Any:
    """Import pandas lazily (untyped: the project installs no pandas stubs)."""
    return importlib.import_module("pandas")


def _is_number(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    try:
        import numpy as np
    except ImportError:  # pragma: no cover - numpy ships with the stack
        return False
    return isinstance(value, np.integer | np.floating)


def _equal(actual: Any, expected: Any) -> bool:
    """Compare plain values, numpy arrays and pandas objects without ambiguous truth values."""
    pd = _pandas()
    if isinstance(expected, pd.DataFrame | pd.Series):
        if type(actual) is not type(expected):
            return False
        try:
            return bool(expected.equals(actual))
        except (TypeError, ValueError):
            return False
    try:
        result = actual == expected
        if isinstance(result, bool):
            return result
        import numpy as np

        return bool(np.all(result)) and np.shape(actual) == np.shape(expected)
    except (TypeError, ValueError):
        return False


def check_equal(actual: Any, expected: Any, name: str | None = None) -> None:
    """Fail unless ``actual == expected`` (without revealing ``expected``)."""
    if not _equal(actual, expected):
        raise _fail("not_equal", name=_label(name))
    _verified("value", name=_label(name))


def check_close(
    actual: Any,
    expected: float,
    name: str | None = None,
    rel: float = 1e-6,
    abs: float = 0.0,
) -> None:
    """Fail unless ``actual`` is a number within ``rel``/``abs`` of ``expected``."""
    label = _label(name)
    if not _is_number(actual):
        raise _fail("not_number", name=label, got=type(actual).__name__)
    value = float(actual)
    if math.isnan(value):
        raise _fail("nan", name=label)
    if not math.isclose(value, float(expected), rel_tol=rel, abs_tol=abs):
        tol = f"{rel:g}" if abs == 0 else f"{abs:g}"
        raise _fail("not_close", name=label, tol=tol)
    _verified("value", name=label)


def _type_name(expected: type | tuple[type, ...]) -> str:
    if isinstance(expected, tuple):
        return " | ".join(t.__name__ for t in expected)
    return expected.__name__


def check_type(value: Any, expected: type | tuple[type, ...], name: str | None = None) -> None:
    """Fail unless ``value`` is an instance of ``expected`` (``bool`` never passes for ``int``)."""
    ok = isinstance(value, expected)
    if ok and isinstance(value, bool):
        wanted = expected if isinstance(expected, tuple) else (expected,)
        ok = bool in wanted
    if not ok:
        raise _fail(
            "wrong_type",
            name=_label(name),
            expected=_type_name(expected),
            got=type(value).__name__,
        )
    _verified("type", name=_label(name), expected=_type_name(expected))


def check_in(value: Any, allowed: Collection[Any], name: str | None = None) -> None:
    """Fail unless ``value`` is one of ``allowed`` (the list is shown: it is part of the task)."""
    try:
        ok = value in allowed
    except TypeError:
        ok = False
    if not ok:
        shown = ", ".join(repr(a) for a in allowed)
        raise _fail("not_in", name=_label(name), allowed=shown)
    _verified("in", name=_label(name))


def check_len(value: Any, expected: int, name: str | None = None) -> None:
    """Fail unless ``len(value) == expected``."""
    label = _label(name)
    try:
        got = len(value)
    except TypeError:
        raise _fail("no_len", name=label) from None
    if got != expected:
        raise _fail("wrong_len", name=label, expected=expected, got=got)
    _verified("len", name=label, n=expected)


def check_columns(table: Any, columns: Iterable[str], name: str | None = None) -> None:
    """Fail unless ``table`` is a DataFrame holding every one of ``columns``."""
    pd = _pandas()
    label = _label(name)
    if not isinstance(table, pd.DataFrame):
        raise _fail("not_table", name=label, got=type(table).__name__)
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise _fail("missing_columns", name=label, missing=", ".join(missing))
    _verified("columns", name=label)


def check_shape(table: Any, expected: tuple[int, ...], name: str | None = None) -> None:
    """Fail unless ``table.shape == expected``."""
    got = getattr(table, "shape", None)
    if got is None or tuple(got) != tuple(expected):
        raise _fail("shape", name=_label(name), expected=tuple(expected), got=got)
    _verified("shape", name=_label(name), n=tuple(expected))


#: Every public helper by name; the grader re-binds these before each test cell.
HELPERS: dict[str, Callable[..., None]] = {
    "check": check,
    "check_close": check_close,
    "check_columns": check_columns,
    "check_defined": check_defined,
    "check_equal": check_equal,
    "check_in": check_in,
    "check_len": check_len,
    "check_shape": check_shape,
    "check_type": check_type,
}


_register_summary()
