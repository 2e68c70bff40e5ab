"""``malaka course``, ``malaka grade``, ``malaka lab`` and ``malaka check``.

Heavy libraries (nbgrader, nbconvert, IPython) are imported inside the command functions so
that ``malaka --help`` stays fast.
"""

from __future__ import annotations

import os
import shutil
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer


def _progress_total(total: int, label: str):  # type: ignore[no-untyped-def]
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
    )
    return progress, progress.add_task(label, total=total)


def register(app: typer.Typer) -> None:
    """Add the grading commands to the ``malaka`` app."""
    course = typer.Typer(help="Course modules: render and release exercises.", no_args_is_help=True)
    grade = typer.Typer(help="Instructor's grading pipeline over nbgrader.", no_args_is_help=True)
    _register_course(course)
    _register_grade(grade)
    _register_cohort(grade)
    _register_trainee(app)
    app.add_typer(course, name="course")
    app.add_typer(grade, name="grade")


def _register_course(course: typer.Typer) -> None:

    @course.command("timetable")
    def timetable_cmd(
        lang: Annotated[str, typer.Option(help="uz, ru or en")] = "uz",
        out: Annotated[
            Path | None, typer.Option(help="write to FILE (.md, or .html to print); else stdout")
        ] = None,
    ) -> None:
        """The timetable (`days:` of courses/course.yaml) from the modules' timings."""
        from malaka.errors import InputError
        from malaka.grading.layout import Layout
        from malaka.timetable import load_timetable, render_html, render_markdown

        if lang not in ("uz", "ru", "en"):
            raise InputError.single("--lang", "", f"{lang!r}: use uz, ru or en")
        tt = load_timetable(Layout.default().courses)
        if out is None:
            typer.echo(render_markdown(tt, lang), nl=False)
            return
        from malaka import atomic

        html = out.suffix.lower() in {".html", ".htm"}
        text = render_html(tt, lang) if html else render_markdown(tt, lang)
        out.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_text(out, text)
        typer.echo(str(out))

    @course.command("release")
    def release_cmd(
        module: Annotated[
            str | None, typer.Argument(help="Module id; all modules if omitted.")
        ] = None,
    ) -> None:
        """Render exercises, build their data, generate student versions into build/release/."""
        from malaka.grading.layout import Layout
        from malaka.grading.release import release

        layout = Layout.default()
        modules = [module] if module else layout.module_ids()
        if not modules:
            typer.echo("no modules in courses/", err=True)
            raise typer.Exit(1)
        for module_id in modules:
            typer.echo(release(module_id, layout))

    @course.command("selftest")
    def selftest_cmd(
        modules: Annotated[
            list[str] | None, typer.Argument(help="Module ids; all modules if omitted.")
        ] = None,
    ) -> None:
        """Check the exercises as authored: blank scores 0, reference full, each mistake caught.

        Practice notebooks: blank passes no check, the reference every check, and each known
        mistake gets its own message in every language. Exit code 1 when anything fails.
        """
        from malaka.grading.layout import Layout
        from malaka.grading.selftest import selftest

        layout = Layout.default()
        failed = False
        for module_id in modules or layout.module_ids():
            # A build of its own: self-test hand-ins never enter the cohort's gradebook.
            own = layout.with_build(layout.build / "selftest" / module_id)
            shutil.rmtree(own.build, ignore_errors=True)
            report = selftest(module_id, own)
            for failure in report.failures:
                typer.echo(f"{module_id}: {failure}", err=True)
            status = "FAIL" if report.failures else "ok"
            typer.echo(
                f"{module_id}: {status} ({report.mutants_checked} known-wrong answers, "
                f"{report.practice_checked} practice notebooks)"
            )
            failed = failed or bool(report.failures)
        if failed:
            raise typer.Exit(1)


def print_collect_reports(reports: list) -> bool:  # type: ignore[type-arg]
    """Print what collect did per trainee; True when a hand-in was refused."""
    for report in reports:
        if report.rejected is not None and not report.stored:
            typer.echo(f"error: {report.rejected} (not collected)", err=True)
            continue
        typer.echo(f"{report.trainee}: {len(report.collected)} collected")
        if report.rejected is not None:
            typer.echo(f"error: {report.rejected} (every exercise scored 0)", err=True)
        for stem in report.missing:
            typer.echo(f"warning: {report.trainee}: {stem} missing (scored 0)", err=True)
        for stem, why in report.corrupt.items():
            typer.echo(f"warning: {report.trainee}: {stem} corrupt: {why} (scored 0)", err=True)
        for skipped in report.skipped:
            typer.echo(f"warning: {report.trainee}: skipped {skipped}", err=True)
    return any(report.rejected is not None for report in reports)


def _register_grade(grade: typer.Typer) -> None:
    @grade.command("collect")
    def collect_cmd(
        module: Annotated[str, typer.Argument(help="Module id.")],
        paths: Annotated[
            list[Path] | None, typer.Argument(help="Folders or zips named after trainee ids.")
        ] = None,
        exchange: Annotated[
            bool, typer.Option("--exchange", help="Collect the hand-ins on the hub's exchange.")
        ] = False,
    ) -> None:
        """Collect trainees' hand-ins into build/grading/submitted/.

        From folders or zips, or with --exchange from the hub. A refused hand-in does not stop
        the others; the exit code is then 1 so scripts notice.
        """
        if exchange == bool(paths):
            raise typer.BadParameter("give folders or zips, or --exchange (not both)")
        if exchange:
            from malaka.hub.commands import collect_from_exchange

            refused = collect_from_exchange(module)
        else:
            from malaka.grading.collect import collect

            refused = print_collect_reports(collect(module, paths or []))
        if refused:
            raise typer.Exit(1)

    @grade.command("run")
    def run_cmd(
        module: Annotated[str, typer.Argument(help="Module id.")],
        workers: Annotated[int, typer.Option(help="Submissions graded at once.")] = max(
            1, os.cpu_count() or 1
        ),
        timeout: Annotated[float, typer.Option(help="Seconds per cell.")] = 30.0,
        notebook_timeout: Annotated[
            float, typer.Option(help="Seconds per notebook, however many cells it has.")
        ] = 180.0,
    ) -> None:
        """Autograde collected submissions: a sandbox per notebook, scored by the judge."""
        import warnings

        from malaka.grading.autograde import GradingWarning, grade_module, submitted_trainees
        from malaka.grading.cage import IsolationWarning, Limits
        from malaka.grading.layout import Layout

        layout = Layout.default()
        trainees = submitted_trainees(layout, module)
        progress, task = _progress_total(len(trainees), f"grading {module}")
        with warnings.catch_warnings(record=True) as caught, progress:
            warnings.simplefilter("always", IsolationWarning)
            warnings.simplefilter("always", GradingWarning)
            results = grade_module(
                module,
                layout,
                workers=workers,
                limits=Limits(cell_timeout=timeout, notebook_seconds=notebook_timeout),
                on_done=lambda _r: progress.advance(task),
            )
        shown = (IsolationWarning, GradingWarning)
        for message in dict.fromkeys(
            str(w.message) for w in caught if issubclass(w.category, shown)
        ):
            typer.echo(f"warning: {message}", err=True)
        for r in results:
            note = (
                f" (stopped: {', '.join(f'{k}={v}' for k, v in r.stopped.items())})"
                if r.stopped
                else ""
            )
            typer.echo(f"{r.trainee}: {r.total:g}/{r.max_total:g}{note}")

    @grade.command("feedback")
    def feedback_cmd(module: Annotated[str, typer.Argument(help="Module id.")]) -> None:
        """Per-trainee HTML feedback (hidden tests removed) under build/feedback/."""
        from malaka.grading.feedback import feedback

        result = feedback(module)
        for page in result.pages:
            typer.echo(page)
        for problem in result.problems:
            typer.echo(f"warning: {problem}", err=True)
        if result.problems:
            raise typer.Exit(1)

    @grade.command("report")
    def report_cmd(
        module: Annotated[str, typer.Argument(help="Module id.")],
        out: Annotated[Path, typer.Option("--out", help="Output folder.")] = Path("build/report"),
    ) -> None:
        """scores.csv (per question) and an item-analysis page per language (uz, ru, en)."""
        from malaka.grading.report import LANGS, page_name, report

        page = report(module, out)
        for lang in LANGS:
            typer.echo(page.with_name(page_name(lang)))


def _register_cohort(grade: typer.Typer) -> None:
    """Running a cohort: the progress table and the certificates."""

    @grade.command("progress")
    def progress_cmd(
        modules: Annotated[
            list[str] | None,
            typer.Argument(help="Module ids; every graded module of courses/course.yaml if none."),
        ] = None,
        out: Annotated[Path, typer.Option("--out", help="Output folder.")] = Path("build/progress"),
        roster: Annotated[
            Path | None, typer.Option(help="CSV with columns id,name (names instead of ids).")
        ] = None,
    ) -> None:
        """Per trainee and module: handed in, score, percent, passed (CSV, HTML table, plot)."""
        from malaka.grading.progress import progress

        paths, notes = progress(modules or None, out, roster=roster)
        for note in notes:
            typer.echo(f"note: {note}", err=True)
        for path in paths:
            typer.echo(path)

    @grade.command("certificates")
    def certificates_cmd(  # noqa: PLR0917 - typer maps parameters to options
        modules: Annotated[list[str], typer.Argument(help="Modules a trainee must all pass.")],
        out: Annotated[Path, typer.Option("--out", help="Output folder.")] = Path(
            "build/certificates"
        ),
        roster: Annotated[
            Path | None,
            typer.Option(help="CSV with columns id,name (optional name_ru); else ids are printed."),
        ] = None,
        start: Annotated[
            datetime | None,
            typer.Option(
                "--from",
                formats=["%Y-%m-%d"],
                help="First day (YYYY-MM-DD); default: start in course.yaml, else --to - (days-1).",
            ),
        ] = None,
        end: Annotated[
            datetime | None,
            typer.Option(
                "--to",
                formats=["%Y-%m-%d"],
                help="Last day (YYYY-MM-DD); default: end in course.yaml, else today.",
            ),
        ] = None,
        html_only: Annotated[
            bool, typer.Option("--html-only", help="Write the HTML pages, print no PDF.")
        ] = False,
    ) -> None:
        """A certificate (PDF: Uzbek page, Russian page) per trainee who passed every module.

        Also summary.html and summary.csv: every trainee, passed or not.
        The pass mark is pass_mark in courses/course.yaml.
        """
        from malaka.grading.certificates import certificates

        result = certificates(
            modules,
            out,
            roster=roster,
            start=start.date() if start else None,
            end=end.date() if end else None,
            pdf=not html_only,
        )
        for note in result.notes:
            typer.echo(f"note: {note}", err=True)
        for path in [*result.certificates, *result.summary]:
            typer.echo(path)
        typer.echo(f"{len(result.certificates)} certificate(s)", err=True)


def _register_trainee(app: typer.Typer) -> None:
    @app.command("check")
    def check_cmd(
        notebook: Annotated[Path, typer.Argument(help="An exercise notebook (.ipynb).")],
        timeout: Annotated[float, typer.Option(help="Seconds per cell.")] = 30.0,
    ) -> None:
        """Run an exercise notebook and show each question's visible checks (before submitting)."""
        from malaka.grading.check import format_results, is_practice, run_checks

        if is_practice(notebook):
            from malaka.practice.selftest import check_practice

            lang, verdicts = check_practice(notebook.resolve())
            for verdict in verdicts:
                mark = "✓" if verdict["status"] == "pass" else "✗"
                typer.echo(f"{mark} {verdict['texts'].get(lang, verdict['texts']['uz'])}")
            if not verdicts or any(v["status"] != "pass" for v in verdicts):
                raise typer.Exit(1)
            return
        lang, results = run_checks(notebook, timeout)
        typer.echo(format_results(lang, results))
        if not all(r.passed for r in results):
            raise typer.Exit(1)

    @app.command("lab")
    def lab_cmd(
        no_browser: Annotated[
            bool, typer.Option("--no-browser", help="Do not open a browser.")
        ] = False,
        port: Annotated[int, typer.Option(help="Port for JupyterLab.")] = 8888,
        allow_root: Annotated[
            bool, typer.Option("--allow-root", help="Run as root (containers, test machines).")
        ] = False,
    ) -> None:
        """JupyterLab for one person on this machine, on a copy of the released course.

        The copy is build/lab/: released files are copied in only where missing, so work done
        there survives a new release. A cohort uses the hub instead (malaka hub).
        """
        from malaka.grading.layout import Layout
        from malaka.grading.release import release_all
        from malaka.hub.solo import prepare_lab

        layout = Layout.default()
        if os.geteuid() == 0 and not allow_root:
            typer.echo(
                "error: JupyterLab refuses to run as root: run malaka lab as an ordinary user, "
                "or add --allow-root on a machine used only for this",
                err=True,
            )
            raise typer.Exit(2)
        if not layout.release.is_dir() or not any(layout.release.iterdir()):
            release_all(layout)
        workspace, config_dir = prepare_lab(layout)
        jupyter = shutil.which("jupyter", path=str(Path(sys.executable).parent)) or "jupyter"
        args = [jupyter, "lab", f"--ServerApp.root_dir={workspace}", f"--port={port}"]
        if no_browser:
            args.append("--no-browser")
        if allow_root:
            args.append("--allow-root")
        env = {**os.environ, "JUPYTER_CONFIG_PATH": str(config_dir)}
        os.chdir(workspace)
        os.execve(jupyter, args, env)  # noqa: S606 - replaces this process with JupyterLab, fixed argv
