"""The ``malaka`` command: one entry point, subcommands registered by the parts that own them.

Each part keeps its commands in its own ``commands`` module with a ``register(app)`` function,
and imports its heavy libraries inside the command functions, so ``malaka --help`` stays fast.
"""

from __future__ import annotations

import importlib
import sys

import typer

from malaka.errors import EXIT_BAD_INPUT, InputError

app = typer.Typer(
    name="malaka",
    help=(
        "Malaka: simulate appeal queues, build synthetic datasets, grade exercises, "
        "publish the course."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

#: Modules that contribute commands, in the order they appear in ``--help``.
COMMAND_MODULES = (
    "malaka.quickstart",
    "malaka.simulations.commands",
    "malaka.simulations.plan_command",
    "malaka.datasets.commands",
    "malaka.grading.commands",
    "malaka.site.commands",
    "malaka.browser",
    "malaka.system",
    "malaka.offline",
    "malaka.hub.commands",
)

for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main() -> None:
    """Run the CLI; bad input is reported one line per problem with exit code 2.

    The process gets the project's memory and collector settings first (:mod:`malaka.tuning`).
    """
    from malaka import tuning

    tuning.configure()
    try:
        app()
    except InputError as exc:
        for problem in exc.problems:
            typer.echo(str(problem), err=True)
        sys.exit(EXIT_BAD_INPUT)


if __name__ == "__main__":
    main()
