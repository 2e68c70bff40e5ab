"""``malaka quickstart``: run the whole chain on the embedded defaults.

The district scenario is simulated and reported, every shipped dataset is built, every course
module is released and a few sample submissions are graded, and the site is built last. Each
step says where its output went; a failing step stops the run with its message, since a later
step would only publish stale or missing parts.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import typer

DEFAULT_SCENARIO = "tuman-iib"


@dataclass
class Outcome:
    """What one quickstart step produced, for the closing summary."""

    title: str
    lines: list[str] = field(default_factory=list)


def _simulate(root: Path, build: Path, replications: int) -> Outcome:
    from malaka.simulations.commands import simulate_to

    scenario = root / "simulations" / "scenarios" / f"{DEFAULT_SCENARIO}.yaml"
    out, kpis = simulate_to(
        scenario, build / "simulations" / DEFAULT_SCENARIO, replications=replications, progress=True
    )
    outcome = Outcome("Simulation / Simulyatsiya / Симуляция", [f"report: {out / 'report.html'}"])
    on_time = kpis["summary"]["on_time_share"]
    outcome.lines.append(
        f"answered within the legal deadline: {on_time['mean']:.1%} ± {on_time['half_width']:.1%}"
        f" (95% CI, {kpis['replications']} replications)"
    )
    return outcome


def _datasets(build: Path) -> Outcome:
    from malaka.datasets.build import build_all

    folders = build_all(build / "datasets", progress=True)
    return Outcome(
        "Datasets / Ma'lumotlar to'plamlari / Наборы данных",
        [f"{folder.name}: {folder}" for folder in folders],
    )


def _courses(root: Path, build: Path, samples: int) -> Outcome:
    from malaka.grading.samples import grade_samples

    outcome = Outcome("Exercises / Mashqlar / Упражнения")
    for module in sorted((root / "courses").glob("*/module.yaml")):
        module_id = module.parent.name
        report = grade_samples(module_id, samples)
        outcome.lines.append(f"{module_id}: released to {build / 'release' / module_id}")
        outcome.lines.append(f"{module_id}: scores and item analysis in {report}")
    outcome.lines.append(f"feedback pages: {build / 'feedback'}/<trainee>/<module>/")
    return outcome


def _site(root: Path) -> Outcome:
    from malaka.site.build import build_site

    site = build_site(root)
    return Outcome(
        "Site / Sayt / Сайт",
        [f"open {site / 'index.html'}", "or serve it: malaka site serve  (http://127.0.0.1:8000)"],
    )


def run_quickstart(
    *, replications: int = 5, samples: int = 3, with_site: bool = True
) -> list[Outcome]:
    """Run every step in order; return what each produced."""
    from rich.console import Console

    from malaka.paths import build_dir, repo_root

    root, build = repo_root(), build_dir()
    console = Console(stderr=True)
    steps: list[tuple[str, Callable[[], Outcome]]] = [
        ("simulate the district scenario", lambda: _simulate(root, build, replications)),
        ("build the datasets", lambda: _datasets(build)),
        ("release exercises and grade sample submissions", lambda: _courses(root, build, samples)),
    ]
    if with_site:
        steps.append(("build the site", lambda: _site(root)))
    outcomes = []
    for number, (name, step) in enumerate(steps, start=1):
        console.print(f"[bold][{number}/{len(steps)}][/bold] {name} ...")
        started = time.perf_counter()
        outcomes.append(step())
        console.print(f"      done in {time.perf_counter() - started:.1f} s")
    return outcomes


def register(app: typer.Typer) -> None:
    """Add ``malaka quickstart``."""

    @app.command("quickstart")
    def quickstart(
        replications: Annotated[
            int, typer.Option(min=1, help="Replications of the district scenario.")
        ] = 5,
        samples: Annotated[
            int, typer.Option(min=2, help="Sample submissions graded per module.")
        ] = 3,
        site: Annotated[bool, typer.Option(help="Build the course site at the end.")] = True,
    ) -> None:
        """Simulate the district, build datasets, grade sample exercises, build the site."""
        for outcome in run_quickstart(replications=replications, samples=samples, with_site=site):
            typer.echo(f"\n{outcome.title}")
            for line in outcome.lines:
                typer.echo(f"  {line}")
