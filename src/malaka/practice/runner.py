"""Run a practice notebook's code in a fresh IPython shell, in its own process.

``python -m malaka.practice.runner JOB OUT``. In ``record`` mode (release) it runs the reference
and records, for each question, the expected values and what each known mistake produces, each
mistake run from the state just before the answer cell. In ``run`` mode (self-test) it runs the
cells as a trainee would, errors and all (each known mistake judged on its own, see :func:`run`);
the checks write their verdicts themselves.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def _saved(ns: dict[str, Any]) -> dict[str, Any]:
    """A copy of the namespace deep enough that a mistake's in-place edits do not stick."""
    out = {}
    for key, value in ns.items():
        if hasattr(value, "copy") and type(value).__module__.startswith(("pandas", "numpy")):
            out[key] = value.copy()
        elif isinstance(value, list | dict | set):
            out[key] = copy.copy(value)
        else:
            out[key] = value
    return out


def _restore(ns: dict[str, Any], saved: dict[str, Any]) -> None:
    ns.clear()
    ns.update(_saved(saved))


def _close_figures() -> None:
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")


def record(job: dict[str, Any]) -> dict[str, Any]:
    """Expected values and mistake values of every question (or the first failing cell)."""
    from IPython.core.interactiveshell import InteractiveShell

    from malaka.practice.question import Spec, snapshot

    shell: Any = InteractiveShell.instance()
    ns = shell.user_ns
    expected: dict[str, Any] = {}
    mistakes: dict[str, Any] = {}
    for index, cell in enumerate(job["cells"], start=1):
        qid = cell["q"]
        if qid is None:
            result = shell.run_cell(cell["code"], store_history=False)
            _close_figures()
            if not result.success:
                error = result.error_in_exec or result.error_before_exec
                return {"error": {"where": f"code cell {index}", "message": repr(error)}}
            continue
        spec = Spec.from_dict(job["specs"][qid])
        before = _saved(ns)
        values = []
        for code in job["mistakes"].get(qid, []):
            _restore(ns, before)
            shell.run_cell(code, store_history=False)
            values.append({n: snapshot(ns, spec, n) for n in spec.names})
            _close_figures()
        _restore(ns, before)
        result = shell.run_cell(cell["code"], store_history=False)
        if not result.success:
            error = result.error_in_exec or result.error_before_exec
            return {"error": {"where": f"{qid} (code cell {index})", "message": repr(error)}}
        expected[qid] = {n: snapshot(ns, spec, n) for n in spec.names}
        mistakes[qid] = values
        _close_figures()
    return {"expected": expected, "mistakes": mistakes}


def run(job: dict[str, Any]) -> dict[str, Any]:
    """Run every cell like a trainee; report which cells raised.

    An answer cell with ``variants`` first runs each variant from the state just before it,
    followed by its question's check, then the cell itself: each known mistake is judged on its
    own, while later questions see the cell's own answer.
    """
    from IPython.core.interactiveshell import InteractiveShell

    shell: Any = InteractiveShell.instance()
    ns = shell.user_ns
    failed = []
    for index, cell in enumerate(job["cells"], start=1):
        variants = cell.get("variants") or []
        if variants:
            before = _saved(ns)
            for code in variants:
                _restore(ns, before)
                shell.run_cell(code, store_history=True)
                shell.run_cell(f"{cell['q']}.check()", store_history=True)
                _close_figures()
            _restore(ns, before)
        if not shell.run_cell(cell["code"], store_history=True).success:
            failed.append(index)
        _close_figures()
    return {"failed": failed}


@dataclass
class Outcome:
    """What one run left: the runner's answer (None if it died), the checks' verdicts, its log."""

    answer: dict[str, Any] | None
    verdicts: list[dict[str, Any]] = field(default_factory=list)
    log: str = ""


def launch(
    job: dict[str, Any], folder: Path, *, recording: bool, timeout: float, checks: bool = False
) -> Outcome:
    """Run ``job`` in a fresh process, in a scratch folder that sees ``folder``'s ``data/``.

    ``recording`` tells ``attach`` to stay silent (the release's reference run); ``checks``
    copies the folder's check files so the notebook's questions can be attached (self-test).
    Raises RuntimeError when the run takes longer than ``timeout`` seconds.
    """
    from malaka.practice import RECORDING_ENV
    from malaka.practice.question import CHECKS_DIR, RESULTS_ENV

    with tempfile.TemporaryDirectory(prefix="malaka-practice-") as scratch:
        work = Path(scratch)
        if checks:
            shutil.copytree(folder / CHECKS_DIR, work / CHECKS_DIR)
        if (folder / "data").is_dir():
            (work / "data").symlink_to((folder / "data").resolve(), target_is_directory=True)
        job_file, out, results = work / ".job.json", work / ".out.json", work / ".results.jsonl"
        job_file.write_text(json.dumps(job), encoding="utf-8")
        env = {**os.environ, RESULTS_ENV: str(results), "MPLBACKEND": "Agg"}
        env.pop(RECORDING_ENV, None)
        if recording:
            env[RECORDING_ENV] = "1"
        try:
            proc = subprocess.run(
                [sys.executable, "-m", "malaka.practice.runner", str(job_file), str(out)],
                cwd=work,
                env=env,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise RuntimeError(f"the run took over {timeout:g} s") from exc
        answer = json.loads(out.read_text(encoding="utf-8")) if out.is_file() else None
        lines = results.read_text(encoding="utf-8").splitlines() if results.is_file() else []
        return Outcome(answer, [json.loads(line) for line in lines], proc.stdout + proc.stderr)


def main(argv: list[str]) -> int:
    """Entry point: read the job, write the answer."""
    job = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    answer = record(job) if job["mode"] == "record" else run(job)
    Path(argv[1]).write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
