"""Start JupyterHub for the cohort: settings written, files locked down, then the hub runs.

The hub must run as root: PAM reads the password database and each person's server is started
under their own account. Everything it needs is checked first, with what to do in the message.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
from pathlib import Path

from malaka.atomic import write_text
from malaka.errors import InputError, Problem
from malaka.hub import permissions
from malaka.hub.accounts import load_members
from malaka.hub.roleconfig import write_role_configs
from malaka.hub.settings import CONFIG, HubConfig, HubPaths

JUPYTERHUB_CONFIG = Path(__file__).with_name("jupyterhub_config.py")


def preflight(paths: HubPaths, *, allow_traverse: bool = False) -> list[Problem]:
    """What stops the hub from serving the cohort, one problem per thing to fix."""
    where = str(CONFIG)
    problems = []
    if os.geteuid() != 0:
        problems.append(
            Problem(
                where,
                "",
                "the hub runs as root (PAM logins, one account per "
                "person): sudo .venv/bin/malaka hub",
            )
        )
    if not paths.proxy.is_file():
        problems.append(Problem(where, "", f"{paths.proxy} missing: run malaka system install"))
    if shutil.which("jupyterhub-singleuser", path=str(paths.bindir)) is None:
        problems.append(
            Problem(
                where, "", f"jupyterhub-singleuser not in {paths.bindir}: pip install -e . again"
            )
        )
    blocked = permissions.unreachable(permissions.program_paths())
    if blocked and allow_traverse:
        permissions.allow_traverse(blocked)
    elif blocked:
        shown = ", ".join(str(b) for b in blocked)
        problems.append(
            Problem(
                where,
                "",
                f"trainees' accounts cannot reach Python through {shown}: "
                "install Malaka with the system Python (/usr/bin/python3 -m venv) "
                "in a folder such as /opt/malaka, or start with --allow-traverse "
                "(chmod o+x on those folders: passing through, no listing)",
            )
        )
    return problems


def prepare(config: HubConfig, paths: HubPaths) -> Path:
    """Write the hub's settings file and the roles' Jupyter configs; lock the files down."""
    roles = write_role_configs(config, paths)
    permissions.lock_down(paths)
    secret = paths.private / "cookie_secret"
    if not secret.is_file():
        write_text(secret, secrets.token_hex(32))
    Path(secret).chmod(0o600)
    build_inside = paths.build.is_relative_to(paths.root)
    settings = {
        "bind_url": f"http://{config.address}:{config.port}",
        "hub_port": config.port + 1,
        "proxy_api_port": config.port + 2,
        "proxy": str(paths.proxy),
        "bindir": str(paths.bindir),
        "members": str(paths.members),
        "db": str(paths.private / "jupyterhub.sqlite"),
        "cookie_secret": str(secret),
        "pid_file": str(paths.private / "jupyterhub.pid"),
        "role_config": {role: str(folder) for role, folder in roles.items()},
        "root": str(paths.root),
        "build": str(paths.build),
        "instructor_dir": str(paths.root if build_inside else paths.build),
    }
    target = paths.settings
    write_text(target, json.dumps(settings, indent=1) + "\n")
    Path(target).chmod(0o600)
    return target


def command(settings: Path, paths: HubPaths) -> tuple[list[str], dict[str, str]]:
    """The JupyterHub command line and environment."""
    env = {**os.environ, "MALAKA_HUB_SETTINGS": str(settings)}
    env["PATH"] = os.pathsep.join([str(paths.bindir), env.get("PATH", "")])
    exe = str(paths.bindir / "jupyterhub")
    return [exe, "-f", str(JUPYTERHUB_CONFIG)], env


def start(config: HubConfig, paths: HubPaths, *, allow_traverse: bool = False) -> None:
    """Check, prepare and replace this process with JupyterHub."""
    problems = preflight(paths, allow_traverse=allow_traverse)
    if problems:
        raise InputError(problems)
    if not load_members(paths.members):
        raise InputError.single(
            str(CONFIG), "", "no accounts yet: malaka hub users import roster.csv"
        )
    settings = prepare(config, paths)
    args, env = command(settings, paths)
    os.chdir(paths.private)
    os.execve(args[0], args, env)  # noqa: S606 - fixed argv, replaces this process
