"""Where the grading pipeline reads and writes: one object instead of paths spread over modules.

The same layout is written in ``grading/nbgrader_config.py`` for instructors who call nbgrader
directly; :func:`nbgrader_config` builds the equivalent traitlets config for the Python API, so
both always agree (a test compares them). Every path is absolute: nbgrader fails on a relative
``db_url``.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from malaka.paths import repo_root

#: Steps of nbgrader's course directory, relative to ``build/``.
SOURCE_DIR = "grading/source"
RELEASE_DIR = "release"
SUBMITTED_DIR = "grading/submitted"
AUTOGRADED_DIR = "grading/autograded"
FEEDBACK_DIR = "feedback"
GRADEBOOK = "grading/gradebook.db"
VARIANTS_DIR = "grading/variants"


def find_repo(start: Path | None = None) -> Path:
    """The checkout root, as :func:`malaka.paths.repo_root` finds it."""
    return repo_root(start)


@dataclass(frozen=True)
class Layout:
    """Input folders (courses, mutants, dataset specs) and the ``build/`` tree of one course."""

    courses: Path
    build: Path
    mutants: Path
    dataset_specs: Path
    #: Folder of prepared dataset folders (``<id>/<table>.csv``) used when a spec cannot be built.
    data_fixtures: Path | None = None

    @classmethod
    def default(cls, root: Path | None = None) -> Layout:
        """The layout of the checkout.

        ``MALAKA_BUILD`` moves ``build/``; ``MALAKA_DATA_FIXTURES`` names prepared dataset folders
        for modules whose dataset spec cannot be built (tests).
        """
        root = (root or find_repo()).resolve()
        build = Path(os.environ.get("MALAKA_BUILD", root / "build")).resolve()
        fixtures = os.environ.get("MALAKA_DATA_FIXTURES")
        return cls(
            courses=root / "courses",
            build=build,
            mutants=root / "grading" / "mutants",
            dataset_specs=root / "datasets" / "specs",
            data_fixtures=Path(fixtures).resolve() if fixtures else None,
        )

    def with_build(self, build: Path) -> Layout:
        """The same inputs with outputs under another ``build/`` folder (tests)."""
        return replace(self, build=build.resolve())

    @property
    def source(self) -> Path:
        """nbgrader's source step: the rendered Uzbek notebooks and data."""
        return self.build / SOURCE_DIR

    @property
    def variants(self) -> Path:
        """Rendered notebooks of the other languages: ``variants/<lang>/<module>/<stem>.ipynb``."""
        return self.build / VARIANTS_DIR

    @property
    def release(self) -> Path:
        """Released student versions: ``release/<module>/``."""
        return self.build / RELEASE_DIR

    @property
    def submitted(self) -> Path:
        """Collected submissions: ``submitted/<trainee>/<module>/<stem>.ipynb``."""
        return self.build / SUBMITTED_DIR

    @property
    def autograded(self) -> Path:
        """Graded notebooks: ``autograded/<trainee>/<module>/<stem>.ipynb``."""
        return self.build / AUTOGRADED_DIR

    @property
    def feedback(self) -> Path:
        """Per-trainee HTML: ``feedback/<trainee>/<module>/<stem>.html``."""
        return self.build / FEEDBACK_DIR

    @property
    def work(self) -> Path:
        """Temporary copies of submissions while they are graded."""
        return self.build / "grading" / "work"

    @property
    def gradebook_path(self) -> Path:
        """The SQLite gradebook (holds hidden tests: never readable by trainee code)."""
        return self.build / GRADEBOOK

    @property
    def db_url(self) -> str:
        """Absolute SQLite URL of the gradebook."""
        return f"sqlite:///{self.gradebook_path}"

    def module_dir(self, module_id: str) -> Path:
        """The source folder of one module."""
        return self.courses / module_id

    def module_ids(self) -> list[str]:
        """Modules that exist (folders with a ``module.yaml``), sorted."""
        if not self.courses.is_dir():
            return []
        return sorted(p.parent.name for p in self.courses.glob("*/module.yaml"))


def nbgrader_config(layout: Layout) -> Any:
    """A traitlets ``Config`` for nbgrader's Python API matching ``grading/nbgrader_config.py``."""
    from traitlets.config import Config

    c = Config()
    c.CourseDirectory.root = str(layout.build)
    c.CourseDirectory.source_directory = SOURCE_DIR
    c.CourseDirectory.release_directory = RELEASE_DIR
    c.CourseDirectory.submitted_directory = SUBMITTED_DIR
    c.CourseDirectory.autograded_directory = AUTOGRADED_DIR
    c.CourseDirectory.feedback_directory = FEEDBACK_DIR
    c.CourseDirectory.db_url = layout.db_url
    c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__"]
    c.Execute.timeout = 30
    return c


def ensure_tools_on_path() -> None:
    """Put this interpreter's ``bin/`` first on PATH: nbgrader shells out to ``alembic``."""
    bindir = str(Path(sys.executable).parent)
    parts = os.environ.get("PATH", "").split(os.pathsep)
    if not parts or parts[0] != bindir:
        os.environ["PATH"] = os.pathsep.join([bindir, *[p for p in parts if p != bindir]])


def skip_slow_imports() -> None:
    """Stop jsonschema from importing ``rfc3987_syntax`` (about 1.8 s of grammar building).

    jsonschema only uses it to validate the "iri" string format, which notebooks never use; it
    skips the check when the import fails. Call before importing nbformat or nbgrader.
    """
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]
