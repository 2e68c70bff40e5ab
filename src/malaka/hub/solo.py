"""``malaka lab`` for one person on one machine: a working copy of the release and a quiet config.

The released course is the instructor's master copy; a person works in ``build/lab/`` instead,
where released files are copied only when missing, so a new release never replaces finished work.
nbgrader gets a config file (no "No nbgrader_config.py file found" at every start) and only the
Validate button: there is no exchange and nothing to author on a trainee's machine.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from malaka.atomic import write_text
from malaka.grading.layout import Layout

#: Lab plugins hidden on a personal machine: nbgrader's authoring, grading and exchange panels, and
#: JupyterLab's news (it asks to fetch them from the internet).
HIDDEN = (
    "@jupyter/nbgrader:create-assignment",
    "@jupyter/nbgrader:formgrader",
    "@jupyter/nbgrader:course-list",
    "@jupyter/nbgrader:assignment-list",
    "@jupyterlab/apputils-extension:announcements",
)
SERVER_EXTENSIONS = {
    "nbgrader.server_extensions.formgrader": False,
    "nbgrader.server_extensions.course_list": False,
    "nbgrader.server_extensions.assignment_list": False,
    "nbgrader.server_extensions.validate_assignment": True,
}


def copy_missing(release: Path, workspace: Path) -> list[Path]:
    """Copy released files that the workspace lacks; never overwrite. Returns what was copied."""
    copied = []
    for src in sorted(release.rglob("*")):
        if not src.is_file():
            continue
        dest = workspace / src.relative_to(release)
        if dest.exists():
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dest)
        copied.append(dest)
    return copied


def prepare_lab(layout: Layout) -> tuple[Path, Path]:
    """The workspace (``build/lab``) and the Jupyter config folder for ``malaka lab``."""
    workspace = layout.build / "lab"
    workspace.mkdir(parents=True, exist_ok=True)
    copy_missing(layout.release, workspace)
    config = layout.build / "lab-config"
    write_text(
        config / "nbgrader_config.py",
        '"""nbgrader for malaka lab: the working copy is the course folder."""\n'
        "c = get_config()  # noqa: F821\n"
        f"c.CourseDirectory.root = {str(workspace)!r}\n",
    )
    server = {"ServerApp": {"jpserver_extensions": SERVER_EXTENSIONS}}
    write_text(config / "jupyter_server_config.json", json.dumps(server, indent=1) + "\n")
    page = {"disabledExtensions": dict.fromkeys(HIDDEN, True)}
    write_text(config / "labconfig" / "page_config.json", json.dumps(page, indent=1) + "\n")
    return workspace, config
