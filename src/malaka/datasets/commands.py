"""``malaka datasets``: build datasets from specs and regenerate their cards.

Heavy libraries (pandas, pyarrow, Faker) are imported inside the commands, so ``malaka --help``
stays fast. Bad input raises :class:`~malaka.errors.InputError`, which the CLI prints one line
per problem with exit code 2; nothing is written then.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

datasets_app = typer.Typer(
    name="datasets",
    help="Build synthetic datasets from datasets/specs/*.yaml (Parquet + CSV, card, manifest).",
    no_args_is_help=True,
)


@datasets_app.command("build")
def build_command(
    spec: Annotated[Path, typer.Argument(help="dataset spec (datasets/specs/<id>.yaml)")],
    seed: Annotated[int | None, typer.Option(help="seed instead of the spec's")] = None,
    out: Annotated[
        Path | None, typer.Option(help="output folder (default build/datasets/<id>)")
    ] = None,
    events: Annotated[
        Path | None, typer.Option(help="event log (Parquet) to dress instead of simulating")
    ] = None,
) -> None:
    """Build one dataset: tables as Parquet and CSV, answer keys apart, card and manifest."""
    from malaka.datasets.build import build_spec

    path = build_spec(spec, out, seed=seed, events=events, progress=True)
    typer.echo(str(path))


@datasets_app.command("build-all")
def build_all_command(
    out: Annotated[Path | None, typer.Option(help="root folder (default build/datasets/)")] = None,
) -> None:
    """Build every shipped spec in datasets/specs/."""
    from malaka.datasets.build import build_all

    for path in build_all(out, progress=True):
        typer.echo(str(path))


@datasets_app.command("cards")
def cards_command(
    ids: Annotated[
        list[str] | None, typer.Argument(help="dataset ids (default: every shipped spec)")
    ] = None,
) -> None:
    """Regenerate datasets/cards/<id>.md for the shipped specs (all, or those named)."""
    from malaka.datasets.cards import write_cards

    for path in write_cards(only=ids or None):
        typer.echo(str(path))


@datasets_app.command("schema")
def schema_command() -> None:
    """Rewrite datasets/spec.schema.json from the spec models."""
    from malaka import atomic, paths
    from malaka.datasets import spec

    target = paths.repo_root() / "datasets" / "spec.schema.json"
    atomic.write_text(target, spec.json_schema_text())
    typer.echo(str(target))


def register(app: typer.Typer) -> None:
    """Add ``malaka datasets ...`` to the ``malaka`` app."""
    app.add_typer(datasets_app, name="datasets")
