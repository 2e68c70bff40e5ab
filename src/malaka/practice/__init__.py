"""Practice notebooks: questions with an instant check, a hint and a solution (not graded).

In a notebook's setup cell, ``attach(globals(), "p01_first_steps")`` defines ``q1``, ``q2``, ...
from the check file the release wrote beside the notebook. See ``grading/AUTHORING.md`` for the
source format and :mod:`malaka.practice.build` for how the check files are recorded.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping
from typing import Any

from malaka.practice.question import CHECKS_DIR, Question, load_checks, show

#: Set while the release records the reference answers: ``attach`` then does nothing.
RECORDING_ENV = "MALAKA_PRACTICE_RECORDING"

__all__ = ["Question", "attach"]


def attach(namespace: MutableMapping[str, Any], stem: str) -> list[Question]:
    """Define the notebook's questions (``q1``, ``q2``, ...) in ``namespace`` and return them."""
    if os.environ.get(RECORDING_ENV):
        return []
    from malaka.practice import friendly
    from malaka.practice.messages import say

    def lang_of() -> str:
        return str(namespace.get("LANG", "uz"))

    data = load_checks(stem)
    if data is None:
        show(say("not_released", lang_of(), path=f"{CHECKS_DIR}/{stem}.json"), ok=False)
        return []
    questions = []
    for qid, qdata in data["questions"].items():
        question = Question({**qdata, "stem": stem}, namespace, lang_of)
        namespace[qid] = question
        questions.append(question)
    friendly.install(lang_of)
    return questions
