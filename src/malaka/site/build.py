"""Build the course site: run the missing prerequisites under ``build/``, then MkDocs.

The site publishes what the other parts produce (scenario reports, the Erlang C validation
plot, the default dataset, the released student notebooks). ``build_site`` makes whichever of
those is missing, with small sizes, and then runs ``mkdocs build --strict`` in a separate
process (mkdocs-static-i18n patches MkDocs internals while it builds each language).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console

from malaka.errors import InputError

DEFAULT_DATASET = "tuman-appeals"


@dataclass(frozen=True)
class Step:
    """One prerequisite: a name for the progress display, and the work."""

    name: str
    run: Callable[[], object]


def find_repo(start: Path | None = None) -> Path:
    """The checkout holding ``mkdocs.yml`` and ``site/`` (``MALAKA_ROOT``, or found upwards)."""
    from malaka.paths import repo_root

    root = repo_root() if start is None else start.resolve()
    if not (root / "mkdocs.yml").is_file():
        raise InputError.single(root / "mkdocs.yml", "", "no site configuration in this checkout")
    return root


def build_root(repo: Path) -> Path:
    """``build/`` of the checkout, or ``MALAKA_BUILD``."""
    env = os.environ.get("MALAKA_BUILD")
    return Path(env).resolve() if env else repo / "build"


def prerequisites(repo: Path, build: Path, *, quick: bool) -> list[Step]:
    """The steps whose output is missing under ``build``, in the order they must run."""
    steps: list[Step] = []
    reps = 2 if quick else 3
    for scenario in sorted((repo / "simulations" / "scenarios").glob("*.yaml")):
        out = build / "simulations" / scenario.stem
        if not (out / "report.md").is_file():
            steps.append(Step(f"simulate {scenario.stem}", _simulate(scenario, out, reps)))
    validation = build / "simulations" / "validation"
    if (repo / "simulations" / "scenarios" / "erlang-check.yaml").is_file() and not (
        validation / "erlang_curve.png"
    ).is_file():
        steps.append(Step("Erlang C curve", _erlang(repo, validation, quick=quick)))
    spec = repo / "datasets" / "specs" / f"{DEFAULT_DATASET}.yaml"
    data = build / "datasets" / DEFAULT_DATASET
    if spec.is_file() and not (data / "appeals.parquet").is_file():
        steps.append(Step(f"dataset {DEFAULT_DATASET}", _dataset(spec, data)))
    for module in sorted((repo / "courses").glob("*/module.yaml")):
        mid = module.parent.name
        if not any((build / "release" / mid).glob("*.ipynb")):
            steps.append(Step(f"release {mid}", _release(mid)))
    return steps


def _simulate(scenario: Path, out: Path, reps: int) -> Callable[[], object]:
    def run() -> object:
        from malaka.simulations.commands import simulate_to

        return simulate_to(scenario, out, replications=reps)

    return run


def _erlang(repo: Path, out: Path, *, quick: bool) -> Callable[[], object]:
    def run() -> object:
        from malaka.simulations.scenario import load_scenario
        from malaka.simulations.validation import erlang_curve

        base = load_scenario(repo / "simulations" / "scenarios" / "erlang-check.yaml")
        if quick:
            return erlang_curve(out, base=base, customers=8_000, replications=4)
        return erlang_curve(out, base=base, customers=20_000, replications=6)

    return run


def _dataset(spec: Path, out: Path) -> Callable[[], object]:
    def run() -> object:
        from malaka.datasets.build import build_spec

        return build_spec(spec, out)

    return run


def _release(module_id: str) -> Callable[[], object]:
    def run() -> object:
        from malaka.grading.release import release

        return release(module_id)

    return run


def run_prerequisites(steps: list[Step], console: Console) -> list[str]:
    """Run the steps with a progress bar; a failing step is reported and the build goes on.

    The site then says that the part is missing, instead of no site at all. Returns the
    failures (``name: error``).
    """
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    failures: list[str] = []
    if not steps:
        return failures
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("site prerequisites", total=len(steps))
        for step in steps:
            progress.update(task, description=step.name)
            try:
                step.run()
            except InputError as exc:
                failures.append(f"{step.name}: {exc}")
            except Exception as exc:  # any failure of another part is reported, not fatal
                failures.append(f"{step.name}: {type(exc).__name__}: {exc}")
            progress.advance(task)
    for failure in failures:
        console.print(f"[yellow]warning[/yellow]: {failure}", markup=True, highlight=False)
    return failures


def mkdocs_build(repo: Path, build: Path, *, site_dir: Path | None = None) -> Path:
    """Run ``mkdocs build --strict`` for the checkout; return the site folder."""
    target = site_dir or build / "site"
    env = {
        **os.environ,
        "MALAKA_BUILD": str(build),
        "NO_MKDOCS_2_WARNING": "1",
        "PYTHONWARNINGS": "ignore::DeprecationWarning",
    }
    cmd = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "--quiet",
        "-f",
        str(repo / "mkdocs.yml"),
        "-d",
        str(target),
    ]
    proc = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-25:])
        raise RuntimeError(f"mkdocs build --strict failed:\n{tail}")
    return target


def build_site(
    repo: Path | None = None,
    *,
    quick: bool = False,
    with_prerequisites: bool = True,
    console: Console | None = None,
) -> Path:
    """Build the whole site (prerequisites that are missing, then MkDocs); return its folder."""
    repo = repo or find_repo()
    build = build_root(repo)
    console = console or Console(stderr=True)
    if with_prerequisites:
        run_prerequisites(prerequisites(repo, build, quick=quick), console)
    return mkdocs_build(repo, build)


_ONCE: dict[tuple[str, bool], Path] = {}


def build_site_once(repo: Path | None = None, *, quick: bool = True) -> Path:
    """``build_site`` at most once per process (test sessions share one build)."""
    repo = repo or find_repo()
    key = (str(build_root(repo)), quick)
    if key not in _ONCE:
        _ONCE[key] = build_site(repo, quick=quick)
    return _ONCE[key]
