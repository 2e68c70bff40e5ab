"""JupyterHub's configuration for Malaka: read by ``jupyterhub -f`` when ``malaka hub`` starts it.

Everything variable comes from the JSON file that ``malaka hub`` writes (``MALAKA_HUB_SETTINGS``),
so this file holds only the design: PAM logins against the system accounts of the roster, one
server per person started as that person (JupyterHub's LocalProcessSpawner), instructors as hub
admins, and each role's Jupyter configuration folder on the server's ``JUPYTER_CONFIG_PATH``.
"""

import json
import os
from pathlib import Path

c = get_config()  # type: ignore[name-defined]  # noqa: F821 - injected by traitlets

S = json.loads(Path(os.environ["MALAKA_HUB_SETTINGS"]).read_text(encoding="utf-8"))
MEMBERS = Path(S["members"])


def _members() -> dict[str, dict[str, str]]:
    return json.loads(MEMBERS.read_text(encoding="utf-8")) if MEMBERS.is_file() else {}


c.JupyterHub.bind_url = S["bind_url"]
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = S["hub_port"]
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{S['proxy_api_port']}"
c.ConfigurableHTTPProxy.command = [S["proxy"]]
c.JupyterHub.db_url = f"sqlite:///{S['db']}"
c.JupyterHub.cookie_secret_file = S["cookie_secret"]
c.JupyterHub.pid_file = S["pid_file"]
c.JupyterHub.cleanup_servers = True

c.JupyterHub.authenticator_class = "pam"
c.Authenticator.allowed_users = set(_members())
c.Authenticator.admin_users = {u for u, m in _members().items() if m["role"] == "instructor"}
# `malaka hub users remove` takes a member off the list; the hub applies it at its next start.
c.Authenticator.delete_invalid_users = True

c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [str(Path(S["bindir"]) / "jupyterhub-singleuser")]
c.Spawner.default_url = "/lab"
# A class logging in at once on a small server: about 95 s per spawn was measured on 2 cores.
c.Spawner.start_timeout = 300
c.Spawner.http_timeout = 120


def _pre_spawn(spawner) -> None:  # type: ignore[no-untyped-def]
    """Give each server its role's configuration and its owner's language."""
    member = _members().get(spawner.user.name, {"role": "trainee", "lang": "uz"})
    role = member["role"]
    env = {
        "JUPYTER_CONFIG_PATH": S["role_config"][role],
        "MALAKA_LANG": member["lang"],
        "PATH": os.pathsep.join([S["bindir"], "/usr/local/bin", "/usr/bin", "/bin"]),
    }
    if role == "instructor":
        env |= {"MALAKA_ROOT": S["root"], "MALAKA_BUILD": S["build"]}
        spawner.notebook_dir = S["instructor_dir"]
    spawner.environment.update(env)


c.Spawner.pre_spawn_hook = _pre_spawn
