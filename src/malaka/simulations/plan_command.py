"""``malaka plan`` and ``malaka compare``: staffing by simulation, and what-if comparisons.

Heavy libraries are imported inside the commands so that ``malaka --help`` stays fast. Outputs
are built in a temporary sibling folder and swapped in whole (``malaka.atomic.output_dir``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from malaka.errors import InputError, Problem


def _check_common(
    replications: int | None, workers: int | None, seed: int | None, scheduler: str | None = None
) -> None:
    problems = []
    if workers is not None and scheduler is not None:
        problems.append(Problem("--workers", "", "give --workers or --scheduler, not both"))
    if replications is not None and replications < 2:
        problems.append(Problem("--replications", "", "must be >= 2 (a CI needs two)"))
    if workers is not None and workers < 1:
        problems.append(Problem("--workers", "", "must be >= 1"))
    if seed is not None and seed < 0:
        problems.append(Problem("--seed", "", "must be >= 0"))
    if problems:
        raise InputError(problems)


def _language(lang: str | None, scenario: Any) -> Any:
    """The report language, or a clear error naming ``--lang``."""
    from malaka.simulations import labels

    try:
        return labels.pick(lang, scenario)
    except ValueError as exc:
        raise InputError.single("--lang", "", str(exc)) from None


def run_plan(
    scenario_path: Path,
    *,
    target: float,
    confidence: float = 0.95,
    replications: int | None = None,
    seed: int | None = None,
    out: Path | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    sipp_within: float = 8.0,
    max_evaluations: int = 60,
    max_replications: int = 40,
    recheck_replications: int = 20,
    hours_per_week: float = 40.0,
    availability: float = 0.85,
    lang: str | None = None,
    progress: bool = False,
) -> tuple[Path, Any]:
    """Plan staffing for a scenario file; write ``plan.json``, and ``plan.md``, ``plan.html``
    and ``frontier.png`` in the planner's language."""
    from malaka import atomic
    from malaka.paths import build_dir
    from malaka.simulations.planning import plan_staffing, write_plan
    from malaka.simulations.scenario import load_scenario

    problems = []
    if not 0 < target < 1:
        problems.append(Problem("--target", "", "must be between 0 and 1, e.g. 0.95"))
    if not 0 < confidence < 1:
        problems.append(Problem("--confidence", "", "must be between 0 and 1, e.g. 0.95"))
    if sipp_within < 0:
        problems.append(Problem("--sipp-within", "", "must be >= 0 hours"))
    if max_evaluations < 5:
        problems.append(Problem("--max-evaluations", "", "must be >= 5"))
    if max_replications < 2:
        problems.append(Problem("--max-replications", "", "must be >= 2"))
    if recheck_replications < 2:
        problems.append(Problem("--recheck-replications", "", "must be >= 2"))
    if not 0 < hours_per_week <= 168:
        problems.append(Problem("--hours-per-week", "", "must be between 0 and 168"))
    if not 0 < availability <= 1:
        problems.append(Problem("--availability", "", "must be between 0 and 1, e.g. 0.85"))
    if problems:
        raise InputError(problems)
    _check_common(replications, workers, seed, scheduler)
    scenario = load_scenario(scenario_path)
    language = _language(lang, scenario)
    if scenario.deadlines is None:
        raise InputError.single(
            scenario_path,
            "deadlines",
            "the scenario sets no legal deadlines, so there is no compliance to plan for",
        )
    folder = out if out is not None else build_dir() / "plan" / scenario.id
    with _Progress(progress) as on_eval:
        result = plan_staffing(
            scenario,
            target=target,
            confidence=confidence,
            replications=replications or 8,
            max_replications=max_replications,
            recheck_replications=recheck_replications,
            seed=seed,
            workers=workers,
            scheduler=scheduler,
            sipp_within=sipp_within,
            max_evaluations=max_evaluations,
            hours_per_week=hours_per_week,
            availability=availability,
            on_eval=on_eval,
        )
    with atomic.output_dir(folder) as tmp:
        write_plan(tmp, result, scenario, language)
    return folder.resolve(), result


def run_compare(
    a_path: Path,
    b_path: Path,
    *,
    replications: int | None = None,
    seed: int | None = None,
    out: Path | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    lang: str | None = None,
    progress: bool = False,
) -> tuple[Path, dict[str, Any]]:
    """Compare two scenario files with common random numbers; write ``compare.json``, and
    ``compare.md``, ``compare.html`` and ``compare.png`` in the planner's language."""
    from malaka import atomic
    from malaka.paths import build_dir
    from malaka.simulations.htmlpage import write_html
    from malaka.simulations.planning import compare_markdown, compare_plot, compare_scenarios
    from malaka.simulations.scenario import load_scenario

    _check_common(replications, workers, seed, scheduler)
    problems: list[Problem] = []
    scenarios = []
    for path in (a_path, b_path):
        try:
            scenarios.append(load_scenario(path))
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    a, b = scenarios
    language = _language(lang, a)
    reps = replications if replications is not None else max(2, a.replications)
    sd = seed if seed is not None else a.seed
    folder = out if out is not None else build_dir() / "compare" / f"{a.id}--{b.id}"
    result = compare_scenarios(
        a, b, replications=reps, seed=sd, workers=workers, scheduler=scheduler, progress=progress
    )
    with atomic.output_dir(folder) as tmp:
        atomic.write_text(
            tmp / "compare.json",
            json.dumps(result, indent=2, ensure_ascii=False, allow_nan=False) + "\n",
        )
        result["language"] = language
        compare_plot(tmp / "compare.png", result, language, a)
        atomic.write_text(tmp / "compare.md", compare_markdown(result, language, a))
        write_html(tmp / "compare.md", language)
    return folder.resolve(), result


class _Progress:
    """A rich spinner on stderr naming each staffing as it is judged, or nothing."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._bar: Any = None

    def __enter__(self) -> Any:
        if not self.enabled:
            return None
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TimeElapsedColumn

        self._bar = Progress(
            SpinnerColumn(),
            "[progress.description]{task.description}",
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._bar.__enter__()
        task = self._bar.add_task("pilot run", total=None)
        bar = self._bar
        count = [0]

        def on_eval(c: Any) -> None:
            count[0] += 1
            bar.update(
                task,
                description=f"{count[0]} staffings judged; last: {c.label} {c.posts} "
                f"posts, on time {100 * c.mean:.1f}% ({c.replications} replications)",
            )

        return on_eval

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)


def register(app: typer.Typer) -> None:
    """Add ``malaka plan`` and ``malaka compare``."""

    @app.command("plan")
    def plan(  # noqa: PLR0917 - typer maps parameters to options
        scenario: Annotated[Path, typer.Argument(help="scenario YAML file")],
        target: Annotated[
            float, typer.Option(help="share to answer within the legal deadline, e.g. 0.95")
        ],
        confidence: Annotated[float, typer.Option(help="confidence of the lower bound")] = 0.95,
        replications: Annotated[
            int | None,
            typer.Option("--replications", "-n", help="first replications per staffing (8)"),
        ] = None,
        max_replications: Annotated[
            int, typer.Option(help="at most, while the interval contains the target")
        ] = 40,
        recheck_replications: Annotated[
            int, typer.Option(help="replications of the re-check on fresh appeals")
        ] = 20,
        hours_per_week: Annotated[
            float, typer.Option(help="hours one officer works a week (posts to people)")
        ] = 40.0,
        availability: Annotated[
            float, typer.Option(help="share of the time an officer is not on leave or sick")
        ] = 0.85,
        seed: Annotated[int | None, typer.Option(help="default: the scenario's")] = None,
        out: Annotated[
            Path | None, typer.Option(help="output folder (default build/plan/<id>)")
        ] = None,
        workers: Annotated[
            int | None, typer.Option(help="local worker processes (default: CPU count)")
        ] = None,
        scheduler: Annotated[
            str | None, typer.Option(help="address of a Dask distributed scheduler")
        ] = None,
        sipp_within: Annotated[
            float, typer.Option(help="SIPP rule: hours within which the target must start")
        ] = 8.0,
        max_evaluations: Annotated[
            int, typer.Option(help="stop after judging this many staffings")
        ] = 60,
        lang: Annotated[
            str | None,
            typer.Option("--lang", help="report language: uz, ru or en (default: the scenario's)"),
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="print the plan as JSON")] = False,
    ) -> None:
        """Smallest staffing meeting a deadline target (Shtat rejasi / План штата / Staffing)."""
        folder, result = run_plan(
            scenario,
            target=target,
            confidence=confidence,
            replications=replications,
            seed=seed,
            out=out,
            workers=workers,
            scheduler=scheduler,
            sipp_within=sipp_within,
            max_evaluations=max_evaluations,
            max_replications=max_replications,
            recheck_replications=recheck_replications,
            hours_per_week=hours_per_week,
            availability=availability,
            lang=lang,
            progress=True,
        )
        if as_json:
            typer.echo(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
            return
        typer.echo(f"Natijalar / Результаты / Results: {folder / 'plan.html'}")
        if result.best is None:
            typer.echo("  target not reached: " + "; ".join(result.notes))
            return
        b = result.best
        typer.echo(
            f"  on time {100 * b.mean:.1f}% ({100 * b.lower:.1f}-{100 * b.upper:.1f}%) with "
            f"{b.posts} posts (as written: {result.given.posts}, {100 * result.given.mean:.1f}%)"
        )
        if result.probability is not None:
            typer.echo(f"  probability it meets the target: {100 * result.probability:.0f}%")
        for pool, counts in b.staff.items():
            typer.echo(f"  {pool}: {' / '.join(str(n) for n in counts)}")
        for name, c in result.rules.items():
            verdict = "meets" if c.meets(result.target) else "misses"
            typer.echo(f"  {name}: {c.posts} posts, on time {100 * c.mean:.1f}% ({verdict})")

    @app.command("compare")
    def compare(  # noqa: PLR0917 - typer maps parameters to options
        a: Annotated[Path, typer.Argument(help="scenario A (baseline)")],
        b: Annotated[Path, typer.Argument(help="scenario B (what if)")],
        replications: Annotated[
            int | None, typer.Option("--replications", "-n", help="default: A's")
        ] = None,
        seed: Annotated[int | None, typer.Option(help="default: A's")] = None,
        out: Annotated[
            Path | None, typer.Option(help="output folder (default build/compare/<a>--<b>)")
        ] = None,
        workers: Annotated[
            int | None, typer.Option(help="local worker processes (default: CPU count)")
        ] = None,
        scheduler: Annotated[
            str | None, typer.Option(help="address of a Dask distributed scheduler")
        ] = None,
        lang: Annotated[
            str | None,
            typer.Option("--lang", help="report language: uz, ru or en (default: the scenario's)"),
        ] = None,
        as_json: Annotated[
            bool, typer.Option("--json", help="print the differences as JSON on stdout")
        ] = False,
    ) -> None:
        """What-if comparison with common random numbers (Taqqoslash / Сравнение / Compare)."""
        folder, result = run_compare(
            a,
            b,
            replications=replications,
            seed=seed,
            out=out,
            workers=workers,
            scheduler=scheduler,
            lang=lang,
            progress=True,
        )
        if as_json:
            typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
            return
        from malaka.simulations.labels import pick
        from malaka.simulations.planning import compare_sentences

        typer.echo(f"Natijalar / Результаты / Results: {folder / 'compare.html'}")
        for sentence in compare_sentences(result, pick(result["language"])):
            typer.echo(f"  {sentence}")
