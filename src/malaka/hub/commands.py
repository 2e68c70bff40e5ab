"""``malaka hub``: the institute's server (start, accounts, release, feedback), ``malaka lab``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def _context() -> tuple:  # type: ignore[type-arg]
    from malaka.grading.layout import Layout
    from malaka.hub.settings import HubPaths, load_config

    config = load_config()
    layout = Layout.default()
    return config, HubPaths.of(config, build=layout.build), layout


def register(app: typer.Typer) -> None:
    """Add ``malaka hub`` (``malaka lab`` lives with the trainee commands)."""
    hub = typer.Typer(
        help="The institute's server: JupyterHub for a cohort, accounts, nbgrader's exchange.",
        invoke_without_command=True,
    )
    users = typer.Typer(
        help="System accounts of the cohort, from a roster CSV.", no_args_is_help=True
    )

    @hub.callback()
    def start(
        ctx: typer.Context,
        address: Annotated[str | None, typer.Option(help="IP to serve (grading/hub.yaml).")] = None,
        port: Annotated[int | None, typer.Option(help="Port to serve (grading/hub.yaml).")] = None,
        allow_traverse: Annotated[
            bool,
            typer.Option(
                help="Let trainees' accounts pass through the folders above Python (o+x)."
            ),
        ] = False,
    ) -> None:
        """Start JupyterHub for the cohort (as root), on grading/hub.yaml's address and port."""
        if ctx.invoked_subcommand is not None:
            return
        from malaka.hub.server import start as start_hub

        config, paths, _ = _context()
        if address is not None or port is not None:
            config = config.model_copy(
                update={
                    k: v for k, v in {"address": address, "port": port}.items() if v is not None
                }
            )
        typer.echo(f"Malaka hub: http://{config.address}:{config.port}", err=True)
        start_hub(config, paths, allow_traverse=allow_traverse)

    _register_users(users)

    @hub.command("release")
    def release_cmd(module: Annotated[str, typer.Argument(help="Module id.")]) -> None:
        """Put a module on the exchange; trainees fetch it from their Assignments panel."""
        from malaka.hub.exchange import release

        config, paths, layout = _context()
        typer.echo(release(module, config, paths, layout))

    @hub.command("return")
    def return_cmd(module: Annotated[str, typer.Argument(help="Module id.")]) -> None:
        """Return the feedback pages through the exchange (after malaka grade feedback)."""
        from malaka.hub.exchange import return_feedback

        config, paths, layout = _context()
        for trainee in return_feedback(module, config, paths, layout):
            typer.echo(f"{trainee}: feedback returned")

    hub.add_typer(users, name="users")
    app.add_typer(hub, name="hub")


def _register_users(users: typer.Typer) -> None:
    @users.command("import")
    def import_cmd(
        roster: Annotated[Path, typer.Argument(help="CSV: login,full_name,role[,lang,password]")],
        reset_passwords: Annotated[
            bool, typer.Option(help="Give existing accounts new generated passwords too.")
        ] = False,
        passwords_file: Annotated[
            Path | None,
            typer.Option(help="Also write the new passwords to this CSV (mode 0600) for slips."),
        ] = None,
    ) -> None:
        """Create or update one system account per roster line; new passwords are shown once."""

        from malaka.atomic import write_text
        from malaka.hub.accounts import apply, save_members
        from malaka.hub.roster import read_roster

        _, paths, _ = _context()
        members = read_roster(roster)
        outcomes = apply(members, str(roster), reset_passwords=reset_passwords)
        save_members(paths.members, members)
        fresh = [o for o in outcomes if o.password]
        for o in outcomes:
            typer.echo(f"{o.login}: {'created' if o.created else 'updated'}")
        if fresh:
            typer.echo(
                "\nlogin,password  (shown once / bir marta ko'rsatiladi / показываются один раз)"
            )
            for o in fresh:
                typer.echo(f"{o.login},{o.password}")
        if passwords_file is not None and fresh:
            text = "login,password\n" + "".join(f"{o.login},{o.password}\n" for o in fresh)
            write_text(passwords_file, text)
            Path(passwords_file).chmod(0o600)
        typer.echo(
            "Restart the hub to apply / qo'llash uchun hubni qayta ishga tushiring / "
            "перезапустите хаб",
            err=True,
        )

    @users.command("remove")
    def remove_cmd(
        logins: Annotated[list[str], typer.Argument(help="Logins to take off the hub.")],
    ) -> None:
        """Lock accounts and take them off the hub (at its next start); homes are kept."""
        from malaka.hub.accounts import remove

        _, paths, _ = _context()
        for login in remove(logins, paths.members):
            typer.echo(f"{login}: locked, removed from the hub (restart the hub to apply)")

    @users.command("list")
    def list_cmd() -> None:
        """Who may log in to the hub, with role and language."""
        from malaka.hub.accounts import load_members

        _, paths, _ = _context()
        for login, m in sorted(load_members(paths.members).items()):
            typer.echo(f"{login}\t{m['role']}\t{m['lang']}\t{m['full_name']}")


def collect_from_exchange(module: str) -> bool:
    """``malaka grade collect MODULE --exchange``; True when something was refused."""
    from malaka.hub.exchange import collect_exchange

    config, paths, layout = _context()
    result = collect_exchange(module, config, paths, layout)
    for h in result.forged:
        typer.echo(
            f"error: {h.path.name}: not every file belongs to {h.login} (not collected)", err=True
        )
    for login in result.refused_late:
        typer.echo(f"error: {login}: only late hand-ins and late: refuse (not collected)", err=True)
    for login, by in result.late.items():
        typer.echo(f"warning: {login}: late by {by} (collected)", err=True)
    from malaka.grading.commands import print_collect_reports

    refused = print_collect_reports(result.reports)
    return refused or bool(result.forged or result.refused_late)
