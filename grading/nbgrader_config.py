"""nbgrader configuration of the Malaka course, for instructors who call nbgrader directly.

Run nbgrader from this folder (``cd grading && nbgrader autograde m01-triage``). Every path is
derived from this file's own location, so the course works from any checkout; the database URL is
absolute because a relative one fails ("unable to open database file"). The same layout is built
in Python by ``malaka.grading.layout.nbgrader_config`` (a test checks that they agree).
``malaka grade run`` is the safe way to autograde: plain nbgrader runs trainee code as you.
"""

import os
import sys
from pathlib import Path

c = get_config()  # type: ignore[name-defined]  # noqa: F821 - injected by traitlets

REPO = Path(__file__).resolve().parent.parent
BUILD = Path(os.environ.get("MALAKA_BUILD", REPO / "build")).resolve()

# nbgrader shells out to alembic: keep this environment's bin/ first on PATH.
os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])

c.CourseDirectory.root = str(BUILD)
c.CourseDirectory.source_directory = "grading/source"
c.CourseDirectory.release_directory = "release"
c.CourseDirectory.submitted_directory = "grading/submitted"
c.CourseDirectory.autograded_directory = "grading/autograded"
c.CourseDirectory.feedback_directory = "feedback"
c.CourseDirectory.db_url = f"sqlite:///{BUILD / 'grading' / 'gradebook.db'}"
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__"]
c.Execute.timeout = 30
