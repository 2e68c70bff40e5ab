"""The judge: drives a trainee kernel cell by cell and decides every test itself.

A test cell's hidden part is judge code, run here, never in the trainee's process::

    ### BEGIN HIDDEN TESTS
    judge.value("late_share", abs=1e-9)  # the trainee's late_share against the reference's
    judge.call("due_date", [(d, "ariza", False) for d in judge.ref("SAMPLE_DAYS")])
    ### END HIDDEN TESTS

``judge.value`` fetches a name from the trainee kernel, ``judge.call`` calls a trainee function on
inputs the judge chooses; both compare with what the *reference* notebook (the instructor's
solution) gives for the same request, unless ``expect=`` says otherwise. The reference's answers
are recorded once per grading run by running the reference notebook through this same judge
(:func:`record_reference`), so the expected values are computed once, from the solution, and
never re-implemented per test. Only data crosses (:mod:`malaka.grading.wire`); comparisons,
tolerances and library calls live here. A test passes when its judge code finishes without
:class:`WrongAnswer`; nothing the trainee kernel says about passing is ever asked or believed.
Judge code may instead give part of a cell's points with ``judge.partial(fraction, uz=, ru=)``.
"""

from __future__ import annotations

import builtins
import datetime as dt
import hashlib
import json
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from malaka.cyrillic import message_for
from malaka.grading import wire
from malaka.grading.cage import Kernel, KernelStopped
from malaka.grading.checks import message

_HIDDEN = re.compile(r"###\s*BEGIN HIDDEN TESTS\n?(.*?)###\s*END HIDDEN TESTS", re.DOTALL)
_REF = object()

STOPPED_TEXT = {
    "uz": "Bu savol baholanmadi: daftar to'xtadi ({why}).",
    "ru": "Этот вопрос не оценён: блокнот остановился ({why}).",
    "en": "This question was not judged: the notebook stopped ({why}).",
}
STOPPED_WHY = {
    "timeout": {
        "uz": "katak vaqt chegarasidan oshdi",
        "ru": "ячейка превысила лимит времени",
        "en": "a cell ran out of time",
    },
    "budget": {
        "uz": "daftar uchun umumiy vaqt tugadi",
        "ru": "исчерпано общее время на блокнот",
        "en": "the notebook's time budget ran out",
    },
    "crashed": {
        "uz": "jarayon to'xtab qoldi",
        "ru": "процесс аварийно завершился",
        "en": "the process crashed",
    },
    "memory": {
        "uz": "xotira chegarasidan oshdi",
        "ru": "превышен лимит памяти",
        "en": "the memory limit was exceeded",
    },
    "too-much-output": {
        "uz": "juda ko'p chiqish",
        "ru": "слишком большой вывод",
        "en": "too much output",
    },
    "protocol": {"uz": "noto'g'ri xabar", "ru": "неверное сообщение", "en": "a malformed message"},
}


class WrongAnswer(AssertionError):  # noqa: N818 - the verdict, not a fault
    """A test failed; the message is in the trainee's language and safe to show them."""


class AuthoringError(Exception):
    """The reference solution fails its own tests, or a test asks what was never recorded."""


def stopped_message(reason: str, lang: str) -> str:
    """Why a question was not judged, in the trainee's language."""
    why = STOPPED_WHY.get(reason, STOPPED_WHY["crashed"])
    return message_for(lang, STOPPED_TEXT).format(why=message_for(lang, why))


def hidden_code(source: str) -> str:
    """The judge code of a test cell: everything between the hidden-test markers."""
    return "\n".join(block for block in _HIDDEN.findall(source))


# --------------------------------------------------------------------------- the two sides


def _key(scope: str, header: dict[str, Any], blobs: list[bytes]) -> str:
    digest = hashlib.sha256(scope.encode())
    digest.update(json.dumps(header, sort_keys=True).encode())
    for blob in blobs:
        digest.update(len(blob).to_bytes(8, "big"))
        digest.update(blob)
    return digest.hexdigest()


Reply = tuple[dict[str, Any], list[bytes]]


class Side:
    """Where answers come from: a live kernel, a recording of the reference, or its replay."""

    scope = ""

    def ask(self, header: dict[str, Any], blobs: list[bytes] | None = None) -> Reply:
        raise NotImplementedError


class LiveSide(Side):
    """A running kernel (the trainee's, or the reference's while it is being recorded)."""

    def __init__(self, kernel: Kernel) -> None:
        self.kernel = kernel

    def ask(self, header: dict[str, Any], blobs: list[bytes] | None = None) -> Reply:
        return self.kernel.request(header, blobs or [])


class Recording(Side):
    """The reference kernel's replies, recorded per test cell and replayed for every trainee."""

    def __init__(self, live: LiveSide | None = None) -> None:
        self.live = live
        self.replies: dict[str, Reply] = {}

    def ask(self, header: dict[str, Any], blobs: list[bytes] | None = None) -> Reply:
        blobs = blobs or []
        key = _key(self.scope, header, blobs)
        if key in self.replies:
            return self.replies[key]
        if self.live is None:
            raise AuthoringError(
                f"{self.scope}: the test asks the reference for {header.get('op')} "
                f"{header.get('name')!r} with inputs that depend on the trainee's answer"
            )
        reply = self.live.ask(header, blobs)
        self.replies[key] = reply
        return reply

    def frozen(self) -> Recording:
        """The same replies, with no kernel behind them (for grading trainees)."""
        copy = Recording()
        copy.replies = self.replies  # shared, read-only: each trainee gets its own view
        return copy


class _Missing(Exception):  # noqa: N818 - a reply, not a fault
    pass


class _Raised(Exception):  # noqa: N818 - a reply, not a fault
    def __init__(self, ename: str, text: str) -> None:
        super().__init__(ename)
        self.ename, self.text = ename, text


def _value_of(reply: Reply) -> Any:
    header, blobs = reply
    if header.get("missing"):
        raise _Missing
    if "raised" in header:
        raise _Raised(str(header.get("raised"))[:80], str(header.get("message", ""))[:300])
    if "value" not in header:
        raise wire.WireError("no value")
    return wire.decode(header["value"], blobs)


# --------------------------------------------------------------------------- comparison


def _is_number(value: Any) -> bool:
    return type(value) in (int, float)


def _compare(  # noqa: PLR0911, PLR0912 - one branch per kind of value reads best
    actual: Any, expected: Any, rel: float | None, abs_: float | None
) -> str | None:
    """None if ``actual`` matches ``expected``, else the message key that says how it does not."""
    import numpy as np
    import pandas as pd  # type: ignore[import-untyped]

    if isinstance(actual, wire.NotData):
        return "not_data"
    tolerant = rel is not None or abs_ is not None
    if _is_number(expected):
        if not _is_number(actual):
            return "not_number"
        if math.isnan(actual) and math.isnan(expected):
            return None
        if math.isnan(actual):
            return "nan"
        if tolerant:
            ok = math.isclose(actual, expected, rel_tol=rel or 0.0, abs_tol=abs_ or 0.0)
            return None if ok else "not_close"
        return None if actual == expected else "not_equal"
    if isinstance(expected, pd.DataFrame | pd.Series):
        if type(actual) is not type(expected):
            return "wrong_type"
        same: dict[str, Any] = {
            "check_dtype": False,
            "check_names": False,
            "check_index_type": False,
            "check_freq": False,
            "check_exact": not tolerant,
            "rtol": rel or 0.0,
            "atol": abs_ or 0.0,
        }
        try:
            if set(actual.index) != set(expected.index):
                return "not_equal"
            actual = actual.loc[expected.index]
            if isinstance(expected, pd.DataFrame):
                if set(actual.columns) != set(expected.columns):
                    return "missing_columns"
                actual = actual[expected.columns]
                pd.testing.assert_frame_equal(actual, expected, check_column_type=False, **same)
            else:
                pd.testing.assert_series_equal(actual, expected, **same)
        except (AssertionError, TypeError, ValueError, KeyError):
            return "not_close" if tolerant else "not_equal"
        return None
    if isinstance(expected, np.ndarray):
        if not isinstance(actual, np.ndarray) or actual.shape != expected.shape:
            return "not_equal"
        try:
            if tolerant:
                ok = np.allclose(
                    actual, expected, rtol=rel or 0.0, atol=abs_ or 0.0, equal_nan=True
                )
            else:
                ok = bool(np.array_equal(actual, expected))
        except TypeError:
            ok = False
        return None if ok else "not_equal"
    if isinstance(expected, list | tuple):
        if not isinstance(actual, list | tuple):
            return "wrong_type"
        if len(actual) != len(expected):
            return "wrong_len"
        for a, e in zip(actual, expected, strict=True):
            if _compare(a, e, rel, abs_) is not None:
                return "not_close" if tolerant else "not_equal"
        return None
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return "wrong_type"
        if set(actual) != set(expected):
            return "not_equal"
        bad = [k for k in expected if _compare(actual[k], expected[k], rel, abs_) is not None]
        return None if not bad else ("not_close" if tolerant else "not_equal")
    if expected is None or isinstance(expected, bool | str | set):
        if type(actual) is not type(expected):
            return "wrong_type" if expected is not None else "not_equal"
        return None if actual == expected else "not_equal"
    if isinstance(expected, dt.date | dt.datetime | pd.Timestamp | pd.Timedelta):
        if type(actual) is not type(expected):
            return "wrong_type"
        return None if actual == expected else "not_equal"
    if expected is pd.NaT:
        return None if actual is pd.NaT else "not_equal"
    return None if type(actual) is type(expected) and actual == expected else "not_equal"


def _length(value: Any) -> str:
    try:
        return str(len(value))
    except TypeError:
        return "?"


def _type_label(value: Any) -> str:
    if isinstance(value, wire.NotData):
        return value.type_name
    return type(value).__name__


# --------------------------------------------------------------------------- the judge


class Judge:
    """What a test cell's judge code sees as ``judge``: questions to the trainee, verdicts here."""

    def __init__(self, trainee: Side, reference: Side, lang: str) -> None:
        self.trainee = trainee
        self.reference = reference
        self.lang = lang
        #: Part of the current test cell's points (:meth:`partial`), with its message.
        self.credit: tuple[float, str] | None = None

    def at(self, scope: str) -> None:
        """Name the test cell whose requests follow (the reference's replies are kept per cell)."""
        self.trainee.scope = scope
        self.reference.scope = scope
        self.credit = None

    # -- failing -------------------------------------------------------------------------
    def fail(self, key: str, **fields: Any) -> WrongAnswer:
        """A :class:`WrongAnswer` with the ready-made message ``key`` in the trainee's language."""
        return WrongAnswer(message(key, self.lang, **fields))

    def _text(self, uz: str | None, ru: str | None, en: str | None, who: str) -> str:
        texts = {"uz": uz, "ru": ru, "en": en}
        if not any(texts.values()):
            raise ValueError(f"{who} needs a message: uz=, ru= (and optionally en=)")
        order = {"uz": ("uz", "ru", "en"), "ru": ("ru", "uz", "en"), "en": ("en", "ru", "uz")}
        if self.lang not in order:  # Uzbek Cyrillic: the Uzbek text transliterated
            return message_for(self.lang, texts)
        return next(t for lang in order[self.lang] if (t := texts[lang]))

    def check(
        self, condition: object, uz: str | None = None, ru: str | None = None, en: str | None = None
    ) -> None:
        """Fail with the author's own message unless ``condition`` (computed here) is true."""
        text = self._text(uz, ru, en, "judge.check")
        if not bool(condition):
            raise WrongAnswer(text)

    def partial(
        self, fraction: float, uz: str | None = None, ru: str | None = None, en: str | None = None
    ) -> None:
        """Give ``fraction`` (0 to 1) of this test cell's points; the message says what is wrong.

        1 or more: the cell passes (the message is not shown). 0 or less: the cell fails with
        the message, like :meth:`check`. In between: the cell scores ``fraction`` of its points
        and the trainee reads the message. Called twice in one cell, the smaller part counts.
        """
        text = self._text(uz, ru, en, "judge.partial")
        part = float(fraction)
        if not math.isfinite(part):
            raise ValueError(f"judge.partial: the fraction must be a finite number, not {part!r}")
        if part >= 1.0:
            return
        if part <= 0.0:
            raise WrongAnswer(text)
        if self.credit is None or part < self.credit[0]:
            self.credit = (part, text)

    def expect(
        self,
        actual: Any,
        expected: Any,
        name: str,
        *,
        rel: float | None = None,
        abs: float | None = None,
    ) -> None:
        """Fail unless ``actual`` matches ``expected`` (both values already here)."""
        problem = _compare(actual, expected, rel, abs)
        if problem is None:
            return
        tol = f"{rel:g}" if rel is not None else f"{abs:g}" if abs is not None else "0"
        if problem == "wrong_len":
            got, want = _length(actual), _length(expected)
        else:
            got, want = _type_label(actual), _type_label(expected)
        raise self.fail(
            problem, name=name, tol=tol, got=got, expected=want, missing=name, allowed=""
        )

    # -- fetching ------------------------------------------------------------------------
    def _get(self, side: Side, name: str, *, trainee: bool) -> Any:
        try:
            return _value_of(side.ask({"op": "get", "name": name}))
        except _Missing:
            if not trainee:
                raise AuthoringError(f"{side.scope}: the reference has no {name!r}") from None
            raise self.fail("not_defined", name=name) from None
        except _Raised as exc:
            if not trainee:
                raise AuthoringError(f"{side.scope}: reading {name!r} raised {exc.ename}") from None
            raise self.fail("raised", name=name, ename=exc.ename, text=exc.text) from None
        except wire.WireError:
            if not trainee:
                raise
            raise self.fail("not_data", name=name, got="?") from None

    def fetch(self, name: str, kind: type | tuple[type, ...] | None = None) -> Any:
        """The trainee's value of ``name``, rebuilt as plain data; of type ``kind`` if given."""
        value = self._get(self.trainee, name, trainee=True)
        if isinstance(value, wire.NotData):
            raise self.fail("not_data", name=name, got=value.type_name)
        if kind is not None and not isinstance(value, kind):
            wanted = kind if isinstance(kind, tuple) else (kind,)
            raise self.fail(
                "wrong_type",
                name=name,
                expected=" | ".join(k.__name__ for k in wanted),
                got=type(value).__name__,
            )
        return value

    def table(self, name: str, columns: Iterable[str] = ()) -> Any:
        """The trainee's table ``name``: a DataFrame holding every one of ``columns``."""
        import pandas as pd

        frame = self.fetch(name)
        if not isinstance(frame, pd.DataFrame):
            raise self.fail("not_table", name=name, got=type(frame).__name__)
        missing = [str(c) for c in columns if c not in frame.columns]
        if missing:
            raise self.fail("missing_columns", name=name, missing=", ".join(missing))
        return frame

    def ref(self, name: str) -> Any:
        """The reference solution's value of ``name`` at this test cell."""
        return self._get(self.reference, name, trainee=False)

    def value(
        self,
        name: str,
        *,
        expect: Any = _REF,
        rel: float | None = None,
        abs: float | None = None,
    ) -> Any:
        """Fail unless the trainee's ``name`` matches ``expect`` (default: the reference's)."""
        actual = self.fetch(name)
        expected = self.ref(name) if expect is _REF else expect
        self.expect(actual, expected, name, rel=rel, abs=abs)
        return actual

    def _calls(  # noqa: PLR0912 - each way a reply can be wrong has its own message
        self, side: Side, name: str, cases: Sequence[Sequence[Any]], *, trainee: bool
    ) -> list[Any]:
        tree, blobs = wire.pack([tuple(c) for c in cases])
        reply = side.ask({"op": "call", "name": name, "cases": tree}, blobs)
        header, out_blobs = reply
        if header.get("missing"):
            if not trainee:
                raise AuthoringError(f"{side.scope}: the reference has no {name!r}")
            raise self.fail("not_defined", name=name.split(".", maxsplit=1)[0])
        if "raised" in header:
            raise self.fail(
                "raised",
                name=name,
                ename=str(header["raised"])[:80],
                text=str(header.get("message", ""))[:300],
            )
        results = header.get("results")
        if not isinstance(results, list) or len(results) > len(cases):
            if not trainee:
                raise AuthoringError(f"{side.scope}: bad reply from the reference for {name!r}")
            raise self.fail("not_data", name=name, got="?")
        out: list[Any] = []
        for case, result in zip(cases, results, strict=False):
            label = _call_label(name, case)
            if not isinstance(result, dict):
                raise self.fail("not_data", name=label, got="?")
            if "raised" in result:
                if not trainee:
                    raise AuthoringError(
                        f"{side.scope}: the reference raised {result['raised']} in {label}"
                    )
                raise self.fail(
                    "raised",
                    name=label,
                    ename=str(result["raised"])[:80],
                    text=str(result.get("message", ""))[:300],
                )
            try:
                out.append(wire.decode(result.get("value"), out_blobs))
            except wire.WireError:
                if not trainee:
                    raise
                raise self.fail("not_data", name=label, got="?") from None
        if len(out) < len(cases):
            if not trainee:
                raise AuthoringError(f"{side.scope}: the reference stopped calling {name!r}")
            raise self.fail(
                "raised", name=_call_label(name, cases[len(out)]), ename="CellTimeoutError", text=""
            )
        return out

    def apply(self, name: str, cases: Iterable[Sequence[Any]]) -> list[Any]:
        """The trainee function ``name`` called once per case (a tuple of arguments)."""
        return self._calls(self.trainee, name, list(cases), trainee=True)

    def ref_apply(self, name: str, cases: Iterable[Sequence[Any]]) -> list[Any]:
        """The reference's function ``name`` on the same kind of cases."""
        return self._calls(self.reference, name, list(cases), trainee=False)

    def call(
        self,
        name: str,
        cases: Iterable[Sequence[Any]],
        *,
        expect: Any = _REF,
        rel: float | None = None,
        abs: float | None = None,
        norm: Callable[[Any], Any] | None = None,
        label: Callable[..., str] | None = None,
    ) -> list[Any]:
        """Fail unless the trainee's ``name(*case)`` matches the reference's for every case.

        ``expect``: a list of expected results, or a function of the arguments, instead;
        ``norm``: applied to both results before comparing (``sorted``, say, when the order is
        not judged); ``label``: the failing call's name in the message, from its arguments.
        """
        cases = [tuple(c) for c in cases]
        actual = self.apply(name, cases)
        if expect is _REF:
            expected = self.ref_apply(name, cases)
        elif callable(expect):
            expected = [expect(*c) for c in cases]
        else:
            expected = list(expect)
        for case, a, e in zip(cases, actual, expected, strict=True):
            shown = label(*case) if label is not None else _call_label(name, case)
            if norm is not None and not isinstance(a, wire.NotData):
                a, e = norm(a), norm(e)  # noqa: PLW2901 - compared as normalised
            self.expect(a, e, shown, rel=rel, abs=abs)
        return actual

    def figure(self, name: str) -> dict[str, Any]:
        """What the trainee's matplotlib figure ``name`` shows (titles, labels, line counts)."""
        try:
            summary = _value_of(self.trainee.ask({"op": "figure", "name": name}))
        except _Missing:
            raise self.fail("not_defined", name=name) from None
        except (_Raised, wire.WireError):
            raise self.fail("not_figure", name=name) from None
        if not isinstance(summary, dict) or not isinstance(summary.get("axes"), list):
            raise self.fail("not_figure", name=name)
        return summary


def _call_label(name: str, case: Sequence[Any]) -> str:
    shown = ", ".join(_short(a) for a in case)
    return f"{name}({shown})"


def _short(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    text = repr(value)
    if len(text) > 40 or "\n" in text:
        return f"<{type(value).__name__}>"
    return text


# --------------------------------------------------------------------------- a notebook


@dataclass
class Cell:
    """One code cell as the judge sees it."""

    index: int
    source: str
    grade_id: str | None = None  # set on test cells


@dataclass
class Verdict:
    """What the judge made of one notebook."""

    outputs: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    counts: dict[int, int] = field(default_factory=dict)
    failures: dict[int, str] = field(default_factory=dict)  # test cell index -> message
    #: test cell index -> (fraction of its points, message): judged right in part only.
    partial: dict[int, tuple[float, str]] = field(default_factory=dict)
    stopped: str | None = None
    #: For the instructor: judge code that asked what the reference never answered.
    problems: list[str] = field(default_factory=list)


def _clean_output(raw: Any, room: int) -> dict[str, Any] | None:
    """Rebuild one output from the kernel with only well-formed, capped fields."""
    if not isinstance(raw, dict):
        return None
    kind = raw.get("output_type")
    if kind == "stream":
        name = "stderr" if raw.get("name") == "stderr" else "stdout"
        return {"output_type": "stream", "name": name, "text": str(raw.get("text", ""))[:room]}
    if kind == "error":
        tb = raw.get("traceback")
        lines = [str(t)[:2000] for t in tb[-20:]] if isinstance(tb, list) else []
        return {
            "output_type": "error",
            "ename": str(raw.get("ename", "Error"))[:200],
            "evalue": str(raw.get("evalue", ""))[:2000],
            "traceback": lines,
        }
    if kind == "display_data":
        data = raw.get("data")
        if not isinstance(data, dict):
            return None
        clean = {
            str(k)[:100]: str(v)
            for k, v in list(data.items())[:5]
            if isinstance(v, str) and len(v) <= room
        }
        return {"output_type": "display_data", "data": clean, "metadata": {}} if clean else None
    return None


def run_notebook(  # noqa: PLR0912, PLR0915 - the one loop over a notebook's cells
    cells: list[Cell],
    trainee: Side,
    reference: Side,
    lang: str,
    *,
    output_bytes: int,
    strict: bool = False,
) -> Verdict:
    """Run every non-test cell in the trainee kernel, and judge each test cell in order.

    ``strict`` (recording the reference): any failure is the author's error, raised at once.
    """
    import numpy as np
    import pandas as pd

    verdict = Verdict()
    judge = Judge(trainee, reference, lang)
    namespace: dict[str, Any] = {
        "__builtins__": builtins,
        "judge": judge,
        "np": np,
        "pd": pd,
        "dt": dt,
        "math": math,
        "re": re,
        "LANG": lang,
    }
    used = 0
    for cell in cells:
        if verdict.stopped:
            if cell.grade_id:
                verdict.failures[cell.index] = stopped_message(verdict.stopped, lang)
            continue
        judge.at(cell.grade_id or f"cell {cell.index}")
        try:
            if cell.grade_id is None:
                header, _ = trainee.ask({"op": "run", "source": cell.source})
                raw = header.get("outputs")
                outputs = []
                for item in raw if isinstance(raw, list) else []:
                    clean = _clean_output(item, max(0, output_bytes - used))
                    if clean is None:
                        continue
                    used += len(json.dumps(clean))
                    if used > output_bytes:
                        break
                    outputs.append(clean)
                verdict.outputs[cell.index] = outputs
                count = header.get("count")
                if type(count) is int:
                    verdict.counts[cell.index] = count
                if used > output_bytes:
                    raise KernelStopped("too-much-output")
                continue
            code = hidden_code(cell.source)
            if not code.strip():
                raise AuthoringError(f"{cell.grade_id}: the test cell has no hidden judge code")
            exec(compile(code, f"<judge {cell.grade_id}>", "exec"), namespace)  # noqa: S102 - instructor code from the gradebook
            if judge.credit is not None:
                if strict:
                    raise WrongAnswer(judge.credit[1])
                verdict.partial[cell.index] = judge.credit
        except KernelStopped as exc:
            verdict.stopped = exc.reason
            if strict:
                raise AuthoringError(
                    f"{cell.grade_id or cell.index}: the reference notebook stopped ({exc.reason})"
                ) from None
            if cell.grade_id:
                verdict.failures[cell.index] = stopped_message(exc.reason, lang)
        except WrongAnswer as exc:
            if strict:
                raise AuthoringError(
                    f"{cell.grade_id}: the reference fails its own test: {exc}"
                ) from None
            verdict.failures[cell.index] = str(exc)
        except AuthoringError as exc:
            if strict:
                raise
            verdict.failures[cell.index] = message("unreadable", lang, ename="AuthoringError")
            verdict.problems.append(str(exc))
        except Exception as exc:
            # Judge code tripped over the shape of the trainee's answer (a missing key, a
            # wrong type): a failed answer, said without the judge's source or traceback.
            if strict:
                raise AuthoringError(f"{cell.grade_id}: judge code raised {exc!r}") from exc
            verdict.failures[cell.index] = message("unreadable", lang, ename=type(exc).__name__)
    return verdict


def record_reference(cells: list[Cell], kernel: Kernel, *, output_bytes: int) -> Recording:
    """Run the reference notebook through the judge once; keep every reply it gave."""
    live = LiveSide(kernel)
    recording = Recording(live)
    run_notebook(cells, live, recording, "en", output_bytes=output_bytes, strict=True)
    return recording
