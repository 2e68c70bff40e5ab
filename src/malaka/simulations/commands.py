"""``malaka simulate``: run a scenario's replications and write the log, cases, KPIs and report.

Heavy libraries (SimPy, pandas, matplotlib, Dask) are imported inside the command, so
``malaka --help`` stays fast. The output folder is built beside the target and swapped in
whole at the end: a bad scenario or a failure leaves nothing half-written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from malaka.errors import InputError


def default_out(scenario_id: str) -> Path:
    """Where ``simulate`` writes when ``--out`` is not given."""
    return Path("build") / "simulations" / scenario_id


def simulate_to(
    scenario_path: Path,
    out: Path | None = None,
    *,
    replications: int | None = None,
    seed: int | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    lang: str | None = None,
    progress: bool = False,
) -> tuple[Path, dict[str, Any]]:
    """Run a scenario file and write ``events.parquet``, ``cases.parquet``, the process log
    for process-mining tools (``process-log.parquet``, ``events.xes.gz``), ``kpis.json``,
    ``report.md``, ``report.html`` and plots (in ``lang``, default the scenario's) into
    ``out``; return the folder and the KPIs.

    Replications run in other processes write their logs as parts into ``events/`` inside the
    output being built (so a failure takes them away with it); the parts make
    ``events.parquet`` and go. With ``scheduler``, the Dask workers write there too: ``out``
    must be on a file system they share with this machine, at the same path.
    """
    import shutil

    from malaka import atomic, eventlog
    from malaka.processmining import process_log, write_xes
    from malaka.simulations import labels
    from malaka.simulations.cases import derive_cases
    from malaka.simulations.kpis import compute_kpis
    from malaka.simulations.report import write_report
    from malaka.simulations.runner import run_replications
    from malaka.simulations.scenario import load_scenario

    scenario = load_scenario(scenario_path)
    try:
        language = labels.pick(lang, scenario)
    except ValueError as exc:
        raise InputError.single("--lang", "", str(exc)) from None
    reps = replications if replications is not None else scenario.replications
    sd = seed if seed is not None else scenario.seed
    if reps < 1:
        raise InputError.single("--replications", "", "must be >= 1")
    if sd < 0:
        raise InputError.single("--seed", "", "must be >= 0")
    target = out if out is not None else default_out(scenario.id)
    with atomic.output_dir(target) as tmp:
        events = run_replications(
            scenario,
            reps,
            sd,
            workers=workers,
            scheduler=scheduler,
            progress=progress,
            events_dir=tmp / "events",
        )
        shutil.rmtree(tmp / "events", ignore_errors=True)
        cases = derive_cases(events)
        kpis = compute_kpis(events, cases, scenario)
        eventlog.write(events, tmp / "events.parquet")
        eventlog.write(cases, tmp / "cases.parquet")
        mining = process_log(events, cases)
        eventlog.write(mining, tmp / "process-log.parquet")
        write_xes(mining, tmp / "events.xes.gz")
        atomic.write_text(
            tmp / "kpis.json", json.dumps(kpis, indent=2, ensure_ascii=False, sort_keys=True)
        )
        write_report(tmp, kpis, events, cases, scenario, lang=language)
    return target.resolve(), kpis


def register(app: typer.Typer) -> None:
    """Add ``malaka simulate``."""

    @app.command("simulate")
    def simulate(  # noqa: PLR0917 - typer maps parameters to options
        scenario: Annotated[Path, typer.Argument(help="scenario YAML file")],
        replications: Annotated[
            int | None, typer.Option("--replications", "-n", help="default: the scenario's")
        ] = None,
        seed: Annotated[int | None, typer.Option(help="default: the scenario's")] = None,
        out: Annotated[
            Path | None, typer.Option(help="output folder (default build/simulations/<id>)")
        ] = None,
        workers: Annotated[
            int | None, typer.Option(help="local worker processes (default: CPU count)")
        ] = None,
        scheduler: Annotated[
            str | None,
            typer.Option(
                help="address of a Dask distributed scheduler (its workers write into --out:"
                " a folder they share)"
            ),
        ] = None,
        lang: Annotated[
            str | None,
            typer.Option("--lang", help="report language: uz, ru or en (default: the scenario's)"),
        ] = None,
        as_json: Annotated[
            bool, typer.Option("--json", help="print the KPI summary as JSON on stdout")
        ] = False,
    ) -> None:
        """Simulate a scenario (Simulyatsiya / Симуляция): event log, cases, KPIs, report."""
        if workers is not None and scheduler is not None:
            raise InputError.single("--workers", "", "give --workers or --scheduler, not both")
        if workers is not None and workers < 1:
            raise InputError.single("--workers", "", "must be >= 1")
        folder, kpis = simulate_to(
            scenario,
            out,
            replications=replications,
            seed=seed,
            workers=workers,
            scheduler=scheduler,
            lang=lang,
            progress=True,
        )
        if as_json:
            typer.echo(json.dumps(kpis["summary"], indent=2, sort_keys=True))
        else:
            summary = kpis["summary"]
            on_time = summary.get("on_time_share", {}).get("mean")
            typer.echo(f"Natijalar / Результаты / Results: {folder}")
            typer.echo(f"  report: {folder / 'report.html'}")
            if on_time is not None:
                typer.echo(f"  on_time_share: {on_time:.3f}")
