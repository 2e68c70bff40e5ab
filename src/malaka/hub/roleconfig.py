"""The Jupyter configuration a trainee's or an instructor's server starts with.

Each role has a folder on ``JUPYTER_CONFIG_PATH`` (set by the hub for that user's server) with
three files: ``nbgrader_config.py`` (the exchange and the course id, so nbgrader never warns that
it found no config), ``jupyter_server_config.json`` (which nbgrader server extensions load) and
``labconfig/page_config.json`` (which nbgrader Lab plugins are shown). Trainees get only the
Assignments panel and the Validate button; instructors get the authoring and grading tools too.
"""

from __future__ import annotations

import json
from pathlib import Path

from malaka.atomic import write_text
from malaka.grading.layout import Layout
from malaka.hub.settings import HubConfig, HubPaths

#: nbgrader's Lab plugins that author or grade: never shown to a trainee.
AUTHORING_PLUGINS = (
    "@jupyter/nbgrader:create-assignment",
    "@jupyter/nbgrader:formgrader",
    "@jupyter/nbgrader:course-list",
)
#: Terminals start bash as a plain (not login) shell: a login shell's /etc/profile would reset
#: PATH, and ``malaka check`` would not be found.
TERMINAL = {"shell_command": ["/bin/bash"]}
#: Plugins that reach the internet, which the institute's network does not have (JupyterLab's
#: news announcements ask at first start whether to fetch them).
OFFLINE_PLUGINS = ("@jupyterlab/apputils-extension:announcements",)
#: nbgrader's server extensions (its ``jupyter_server_config.d/nbgrader.json``) per role.
SERVER_EXTENSIONS = {
    "trainee": {
        "nbgrader.server_extensions.formgrader": False,
        "nbgrader.server_extensions.course_list": False,
        "nbgrader.server_extensions.assignment_list": True,
        "nbgrader.server_extensions.validate_assignment": True,
    },
    "instructor": {
        "nbgrader.server_extensions.formgrader": True,
        "nbgrader.server_extensions.course_list": True,
        "nbgrader.server_extensions.assignment_list": True,
        "nbgrader.server_extensions.validate_assignment": True,
    },
}


def nbgrader_config_text(role: str, config: HubConfig, paths: HubPaths) -> str:
    """A role's ``nbgrader_config.py``: the exchange for all, the course folder for instructors."""
    lines = [
        f'"""nbgrader settings of Malaka\'s hub for the {role} role (written by malaka hub)."""',
        "c = get_config()  # noqa: F821",
        f"c.Exchange.root = {str(paths.exchange)!r}",
        f"c.CourseDirectory.course_id = {config.course_id!r}",
        "c.Exchange.path_includes_course = False",
    ]
    if role == "instructor":
        layout = Layout.default(paths.root).with_build(paths.build)
        from malaka.grading.layout import nbgrader_config

        course = nbgrader_config(layout).CourseDirectory
        for key in (
            "root",
            "source_directory",
            "release_directory",
            "submitted_directory",
            "autograded_directory",
            "feedback_directory",
            "db_url",
        ):
            lines.append(f"c.CourseDirectory.{key} = {str(course[key])!r}")
    return "\n".join(lines) + "\n"


def write_role_configs(config: HubConfig, paths: HubPaths) -> dict[str, Path]:
    """Write both roles' folders; return role -> folder."""
    out = {}
    for role, extensions in SERVER_EXTENSIONS.items():
        folder = paths.jupyter_config(role)
        write_text(folder / "nbgrader_config.py", nbgrader_config_text(role, config, paths))
        server = {
            "ServerApp": {"jpserver_extensions": extensions, "terminado_settings": TERMINAL},
            # The extension manager would search PyPI: read-only on the institute's network.
            "LabApp": {"extension_manager": "readonly"},
        }
        write_text(folder / "jupyter_server_config.json", json.dumps(server, indent=1) + "\n")
        hidden = (*OFFLINE_PLUGINS, *(AUTHORING_PLUGINS if role == "trainee" else ()))
        page = {"disabledExtensions": dict.fromkeys(hidden, True)}
        write_text(folder / "labconfig" / "page_config.json", json.dumps(page, indent=1) + "\n")
        out[role] = folder
    return out
