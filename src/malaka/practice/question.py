"""One practice question as one object (learntools' shape): ``q1.check()``, ``q1.hint()``,
``q1.solution()``.

The object knows the expected value, the known mistakes with what to say about each, the hints
and the solution, all read from the check file the release wrote beside the notebook
(``.practice/<stem>.json``). It reads the trainee's variables from the notebook's namespace.
Practice is not graded, so the check runs in the trainee's own kernel.
"""

from __future__ import annotations

import copy
import html
import json
import os
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from malaka.cyrillic import CYRILLIC, message_for
from malaka.practice.messages import MESSAGES, say
from malaka.practice.values import Mismatch, Tagged, bars, compare, encode, table_file

#: Folder, beside the released notebooks, that holds each practice notebook's check file.
CHECKS_DIR = ".practice"
#: Set by the self-test: every check appends its verdict (in every language) to this file.
RESULTS_ENV = "MALAKA_PRACTICE_RESULTS"
#: Languages a self-test verdict is written in (the Cyrillic text is derived from the Uzbek).
VERDICT_LANGS = ("uz", "ru", "en", CYRILLIC)


@dataclass(frozen=True)
class Spec:
    """How a question judges its answer (the ``practice`` metadata of the answer cell)."""

    q: str
    names: list[str]
    kind: str = "value"
    calls: list[list[Any]] | None = None
    ordered: bool = False
    rel: float = 1e-6
    abs: float = 1e-9

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Spec:
        """Build from the answer cell's metadata (already validated by the renderer)."""
        return cls(
            q=str(data["q"]),
            names=[str(n) for n in data["names"]],
            kind=str(data.get("kind", "value")),
            calls=data.get("calls"),
            ordered=bool(data.get("ordered", False)),
            rel=float(data.get("rel", 1e-6)),
            abs=float(data.get("abs", 1e-9)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The metadata form, for the check file."""
        return {
            "q": self.q,
            "names": self.names,
            "kind": self.kind,
            "calls": self.calls,
            "ordered": self.ordered,
            "rel": self.rel,
            "abs": self.abs,
        }


def snapshot(namespace: MutableMapping[str, Any], spec: Spec, name: str) -> Tagged | None:
    """The judged form of variable ``name`` (``None`` when it does not exist)."""
    if name not in namespace:
        return None
    value = namespace[name]
    if spec.kind == "bars":
        return bars(value)
    if spec.kind == "csv":
        return table_file(value)
    if spec.calls is not None:
        if not callable(value):
            return {"t": "other", "type": type(value).__name__}
        results = []
        for args in spec.calls:
            try:
                result = encode(value(*copy.deepcopy(args)))
            except Exception as exc:  # trainee code may raise anything; the check names it
                result = {"t": "raised", "v": type(exc).__name__}
            results.append([args, result])
        return {"t": "calls", "v": results}
    return encode(value)


@dataclass
class Verdict:
    """The outcome of one check: ``pass``, ``not_answered``, ``mistake`` or ``wrong``."""

    status: str
    key: str
    params: dict[str, Any] = field(default_factory=dict)
    says: dict[str, str] | None = None

    def text(self, lang: str) -> str:
        """The sentence the trainee reads."""
        q = say("question", lang, n=self.params["n"])
        if self.says is not None:
            return f"{q}: {message_for(lang, self.says)}"
        return say(self.key, lang, q=q, **self.params)


class Question:
    """A practice question bound to a notebook's namespace."""

    def __init__(
        self, data: dict[str, Any], namespace: MutableMapping[str, Any], lang_of: Callable[[], str]
    ) -> None:
        self.spec = Spec.from_dict(data["spec"])
        self._data = data
        self._ns = namespace
        self._lang_of = lang_of
        self._hints_shown = 0

    @property
    def number(self) -> int:
        """1 for q1."""
        return int(self.spec.q.lstrip("q").rstrip("abcdefghijklmnopqrstuvwxyz") or 0)

    def verdict(self) -> Verdict:
        """Judge the trainee's current values (no output)."""
        label = {"n": self.number}
        got: dict[str, Tagged] = {}
        for name in self.spec.names:
            value = snapshot(self._ns, self.spec, name)
            if value is None:
                return Verdict("not_answered", "not_answered", {"name": name, **label})
            if value["t"] in ("nofile", "badfile"):
                return Verdict("wrong", value["t"], {"name": name, **label})
            got[name] = value
        first: Mismatch | None = None
        first_name = ""
        for name in self.spec.names:
            mismatch = self._compare(got[name], self._data["expected"][name])
            if mismatch is not None:
                first, first_name = mismatch, name
                break
        if first is None:
            return Verdict("pass", "pass", label)
        for mistake in self._data.get("mistakes", []):
            values = mistake["values"]
            if all(
                name in values and self._compare(got[name], values[name]) is None
                for name in self.spec.names
            ):
                return Verdict("mistake", "mistake", label, says=mistake["says"])
        return Verdict("wrong", first.key, {"name": first_name, **label, **first.params})

    def _compare(self, got: Tagged, want: Tagged) -> Mismatch | None:
        return compare(got, want, ordered=self.spec.ordered, rel=self.spec.rel, abs_=self.spec.abs)

    def check(self) -> None:
        """Say whether the answer is right and, if not, what is wrong with it."""
        verdict = self.verdict()
        lang = self._lang_of()
        text = verdict.text(lang)
        if verdict.status != "pass":
            text += " " + say("try_hint", lang, q=self.spec.q)
        _record(self._data.get("stem", ""), self.spec.q, verdict)
        show(text, ok=verdict.status == "pass")

    def hint(self, n: int | None = None) -> None:
        """Show the next hint (or hint ``n``); after the last, point to the solution."""
        lang = self._lang_of()
        hints = self._data["hints"].get(lang) or _uzbek_for(lang, self._data["hints"].get("uz", []))
        if n is None:
            self._hints_shown += 1
            n = self._hints_shown
        if not 1 <= n <= len(hints):
            show(say("no_hint", lang, q=self.spec.q), ok=None)
            return
        title = message_for(lang, MESSAGES["hint_title"])
        suffix = f" {n}/{len(hints)}" if len(hints) > 1 else ""
        _show_markdown(f"**{title}{suffix}.** {hints[n - 1]}")

    def solution(self) -> None:
        """Show the reference solution."""
        title = message_for(self._lang_of(), MESSAGES["solution_title"])
        _show_markdown(f"**{title}:**\n\n```python\n{self._data['solution']}\n```")

    def __repr__(self) -> str:
        return f"<{self.spec.q}: .check() .hint() .solution()>"


def _uzbek_for(lang: str, hints: list[str]) -> list[str]:
    """The Uzbek hints, in Cyrillic for a Cyrillic notebook (hints are written in Latin)."""
    from malaka.cyrillic import CYRILLIC, markdown

    return [markdown(h) for h in hints] if lang == CYRILLIC else hints


def _record(stem: str, q: str, verdict: Verdict) -> None:
    """Append the verdict to the self-test's results file, when one is set."""
    target = os.environ.get(RESULTS_ENV)
    if not target:
        return
    line = {
        "stem": stem,
        "q": q,
        "status": verdict.status,
        "key": verdict.key,
        "texts": {lang: verdict.text(lang) for lang in VERDICT_LANGS},
    }
    with Path(target).open("a", encoding="utf-8") as out:
        out.write(json.dumps(line, ensure_ascii=False) + "\n")


def show(text: str, *, ok: bool | None) -> None:
    """A coloured box in JupyterLab, plain text elsewhere."""
    colour = {True: "#1b7f3b", False: "#a4262c", None: "#5c5c5c"}[ok]
    mark = {True: "✔", False: "✘", None: "ℹ"}[ok]
    box = (
        f'<div style="border-left:4px solid {colour};padding:4px 8px;color:{colour}">'
        f"{mark} {html.escape(text)}</div>"
    )
    _emit({"text/html": box, "text/plain": f"{mark} {text}"})


def _show_markdown(text: str) -> None:
    _emit({"text/markdown": text, "text/plain": text})


def _emit(bundle: dict[str, str]) -> None:
    """Display a MIME bundle in IPython; print its plain text anywhere else."""
    try:
        from IPython import display as ipython_display
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython ships with the kernel
        print(bundle["text/plain"])
        return
    if get_ipython() is None:
        print(bundle["text/plain"])
        return
    display: Any = ipython_display.display
    display(bundle, raw=True)


def load_checks(stem: str, folder: Path | None = None) -> dict[str, Any] | None:
    """The check file of ``stem`` (``None`` when the notebook was not released with one)."""
    path = (folder or Path.cwd()) / CHECKS_DIR / f"{stem}.json"
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data
