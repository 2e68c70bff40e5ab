"""``malaka site build`` and ``malaka site serve``: the course site, offline, on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def serve_folder(folder: Path, port: int) -> None:
    """Serve ``folder`` on 127.0.0.1 until interrupted (only the local machine can connect)."""
    import functools
    import http.server

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        typer.echo(
            f"Serving {folder} at http://127.0.0.1:{server.server_address[1]}/ (Ctrl+C stops)"
        )
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            typer.echo("stopped")


def register(app: typer.Typer) -> None:
    """Add ``malaka site build`` and ``malaka site serve``."""
    site = typer.Typer(help="The course site (Sayt / Сайт): build it and serve it locally.")

    @site.command("build")
    def build(
        quick: Annotated[
            bool, typer.Option("--quick", help="smallest prerequisites (2 replications)")
        ] = False,
        no_prerequisites: Annotated[
            bool,
            typer.Option("--no-prerequisites", help="only run MkDocs on what build/ holds"),
        ] = False,
    ) -> None:
        """Make what is missing under build/ (reports, dataset, notebooks), then build the site."""
        from malaka.site.build import build_site

        folder = build_site(quick=quick, with_prerequisites=not no_prerequisites)
        typer.echo(f"Site built: {folder / 'index.html'}")
        typer.echo("Open it with: malaka site serve")

    @site.command("serve")
    def serve(
        port: Annotated[int, typer.Option(help="port on 127.0.0.1")] = 8000,
        build_first: Annotated[
            bool, typer.Option("--build/--no-build", help="build the site first if missing")
        ] = True,
    ) -> None:
        """Serve build/site on http://127.0.0.1:PORT/ (only this machine can reach it)."""
        from malaka.site.build import build_root, build_site, find_repo

        repo = find_repo()
        folder = build_root(repo) / "site"
        if not (folder / "index.html").is_file():
            if not build_first:
                typer.echo("build/site is missing: run 'malaka site build'", err=True)
                raise typer.Exit(1)
            folder = build_site(repo, quick=True)
        serve_folder(folder, port)

    app.add_typer(site, name="site")
