"""``grading/hub.yaml``: the server's address, course id, state folder and hand-in rules.

Validated as data (pydantic) so a typo names the file, line and field before the hub starts.
:class:`HubPaths` derives every folder the hub, the accounts and the exchange use from it.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from malaka.paths import repo_root
from malaka.specfile import load_model

CONFIG = Path("grading") / "hub.yaml"


class ModuleRule(BaseModel):
    """When a module is due and what happens to a later hand-in."""

    model_config = ConfigDict(extra="forbid")
    due: dt.datetime
    late: Literal["accept", "refuse"] = "accept"

    @field_validator("due", mode="before")
    @classmethod
    def _offset_may_follow_a_space(cls, value: object) -> object:
        """``2027-01-15 18:00 +05:00`` reads as people write it; ISO wants no space there."""
        if isinstance(value, str):
            return re.sub(r"\s+([+-]\d\d(:?\d\d)?)$", r"\1", value.strip())
        return value

    @field_validator("due")
    @classmethod
    def _zoned(cls, value: dt.datetime) -> dt.datetime:
        if value.tzinfo is None:
            raise ValueError("give the time zone, e.g. 2027-01-15 18:00 +05:00")
        return value


class HubConfig(BaseModel):
    """The contents of ``grading/hub.yaml``."""

    model_config = ConfigDict(extra="forbid")
    address: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1024, le=65533)
    course_id: str = Field(default="malaka", pattern=r"^[a-z][a-z0-9-]{0,30}$")
    #: Relative to the checkout; by default ``hub/`` in the build folder (``MALAKA_BUILD``).
    state: Path | None = None
    collect: Literal["latest", "latest_before_due"] = "latest"
    modules: dict[str, ModuleRule] = Field(default_factory=dict)

    @field_validator("address")
    @classmethod
    def _ip(cls, value: str) -> str:
        ipaddress.ip_address(value)
        return value


def load_config(root: Path | None = None, path: Path | None = None) -> HubConfig:
    """Read ``grading/hub.yaml`` (or ``path``); a missing file means the defaults."""
    root = root or repo_root()
    path = path or root / CONFIG
    return load_model(path, HubConfig) if path.is_file() else HubConfig()


@dataclass(frozen=True)
class HubPaths:
    """Every folder of the server, absolute."""

    root: Path
    state: Path
    build: Path

    @classmethod
    def of(cls, config: HubConfig, root: Path | None = None, build: Path | None = None) -> HubPaths:
        """Paths for ``config`` in the checkout ``root``."""
        from malaka.paths import build_dir

        root = (root or repo_root()).resolve()
        build = (build or build_dir()).resolve()
        state = build / "hub" if config.state is None else root / config.state
        return cls(root=root, state=state.resolve(), build=build)

    @property
    def exchange(self) -> Path:
        """nbgrader's exchange: world-writable with the sticky bit, as nbgrader requires."""
        return self.state / "exchange"

    @property
    def private(self) -> Path:
        """Root-only: the hub's database, cookie secret and the accounts list."""
        return self.state / "private"

    @property
    def members(self) -> Path:
        """Who may log in, with role and language (written by ``malaka hub users import``)."""
        return self.private / "members.json"

    @property
    def settings(self) -> Path:
        """What ``jupyterhub_config.py`` reads: written by ``malaka hub`` at every start."""
        return self.private / "hub.json"

    def jupyter_config(self, role: str) -> Path:
        """The Jupyter config folder of a role (nbgrader, server extensions, Lab page config)."""
        return self.state / "jupyter" / role

    @property
    def proxy(self) -> Path:
        """configurable-http-proxy: from ``malaka system install`` (``build/tools`` of this
        project or of the checkout Malaka runs from), else a global npm install on PATH."""
        import shutil

        program = Path("build", "tools", "node_modules", ".bin", "configurable-http-proxy")
        installed = Path(__file__).resolve().parents[3]
        for candidate in (self.root / program, installed / program):
            if candidate.is_file():
                return candidate
        found = shutil.which("configurable-http-proxy")
        return Path(found) if found else self.root / program

    @property
    def bindir(self) -> Path:
        """This environment's ``bin/``: the single-user servers and ``malaka`` come from here."""
        return Path(sys.executable).parent
