"""Dataset specs: what a dataset is built from, declared in ``datasets/specs/<id>.yaml``.

A spec is a tagged union on ``kind``. ``appeals`` dresses a simulation event log into
appeal records; the other kinds call one generator each (texts, cyber-hygiene, inter-agency,
and the modules' generators listed in ``malaka.datasets.build.GENERATORS``).
Every spec carries the same common fields (id, titles in uz/ru/en, description, seed,
``used_by``, ``columns``), is frozen and forbids unknown fields, so a typo in a spec is an
error naming the file and field instead of a silently ignored setting.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_validator

from malaka import taxonomy
from malaka.errors import InputError, Problem
from malaka.specfile import load_model, read_yaml

#: Scripts/locales a citizen can write in (the values of ``people()``'s ``script`` column).
LOCALES: Final[tuple[str, ...]] = ("uz_Latn", "uz_Cyrl", "ru")

#: Where the shipped specs live, relative to the repository root.
SPECS_DIR: Final[str] = "datasets/specs"

_ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LocalText(_Frozen):
    """A text in the three course languages: Uzbek (Latin) first, Russian, English."""

    uz: str = Field(min_length=1)
    ru: str = Field(min_length=1)
    en: str = Field(min_length=1)


def _check_mix(mix: Mapping[str, float] | None) -> Mapping[str, float] | None:
    """A locale mix names only known locales, with non-negative weights summing to > 0."""
    if mix is None:
        return None
    unknown = [k for k in mix if k not in LOCALES]
    if unknown:
        raise ValueError(
            f"unknown locale {', '.join(repr(u) for u in unknown)} (known: {', '.join(LOCALES)})"
        )
    if any(v < 0 for v in mix.values()) or sum(mix.values()) <= 0:
        raise ValueError("weights must be >= 0 and not all zero")
    return dict(mix)


class CitizensSpec(_Frozen):
    """How the citizens of an ``appeals`` dataset are drawn."""

    script_mix: dict[str, float] = Field(
        default_factory=lambda: {"uz_Latn": 0.6, "uz_Cyrl": 0.15, "ru": 0.25},
        description="share of citizens writing in each locale (uz_Latn, uz_Cyrl, ru)",
    )
    region: str | None = Field(
        default=None, description="region id whose addresses citizens get (None: any region)"
    )
    birth_years: tuple[int, int] = Field(
        default=(1940, 2008), description="first and last birth year of citizens"
    )

    _mix = field_validator("script_mix")(_check_mix)

    @field_validator("birth_years")
    @classmethod
    def _years_ordered(cls, value: tuple[int, int]) -> tuple[int, int]:
        if value[0] > value[1]:
            raise ValueError("first birth year must not be after the last")
        return value


class _Common(_Frozen):
    id: str = Field(pattern=_ID_PATTERN, description="dataset id; equals the file stem")
    title: LocalText
    description: LocalText
    seed: int = Field(ge=0, description="seed of every random draw of the build")
    used_by: list[str] = Field(
        default_factory=list, description="ids of the exercises that read this dataset"
    )
    columns: dict[str, list[str]] | None = Field(
        default=None,
        description="per output table, the columns to keep, in order (default: all)",
    )
    formats: tuple[Literal["parquet", "csv"], ...] = Field(
        default=("parquet", "csv"),
        min_length=1,
        description="file formats of every table (a million-row table may skip CSV)",
    )


class AppealsSpec(_Common):
    """Appeals dressed onto a simulation event log (runs the scenario unless events are given)."""

    kind: Literal["appeals"]
    scenario: str = Field(description="scenario file, relative to the repository root")
    replications: int = Field(default=1, ge=1, le=100)
    events: str | None = Field(
        default=None, description="event log (Parquet) to dress instead of running the scenario"
    )
    citizens: CitizensSpec = Field(default_factory=CitizensSpec)
    roster_size: int | None = Field(
        default=None,
        ge=1,
        description="officers in the staff table (default: those named in the event log)",
    )
    text_noise: float = Field(default=0.3, ge=0, le=1, description="share of noisy appeal texts")


class AppealTextsSpec(_Common):
    """Labelled appeal texts for a triage (text classification) exercise."""

    kind: Literal["appeal_texts"]
    n: int = Field(ge=1, le=1_000_000)
    script_mix: dict[str, float] | None = None
    categories: list[str] | None = Field(default=None, description="taxonomy category ids")
    noise: float = Field(default=0.3, ge=0, le=1)

    _mix = field_validator("script_mix")(_check_mix)

    @field_validator("categories")
    @classmethod
    def _known_categories(cls, value: list[str] | None) -> list[str] | None:
        if value is not None:
            unknown = [c for c in value if c not in taxonomy.CATEGORY_BY_ID]
            if unknown:
                raise ValueError(f"unknown category {', '.join(repr(u) for u in unknown)}")
        return value


class MailboxSpec(_Common):
    """A mailbox with phishing messages labelled in a separate answer key."""

    kind: Literal["mailbox"]
    n: int = Field(ge=1, le=1_000_000)


class AuthLogSpec(_Common):
    """An authentication log with labelled attacks and insider reading."""

    kind: Literal["auth_log"]
    # the generator plants its incidents among at least 10 users over at least 3 days
    n_users: int = Field(ge=10, le=100_000)
    days: int = Field(ge=3, le=366)


class PasswordsSpec(_Common):
    """A password list for a NIST SP 800-63B policy audit."""

    kind: Literal["passwords"]
    n: int = Field(ge=1, le=1_000_000)


class LeakedExportSpec(_Common):
    """A "leaked" export full of personal data, for pseudonymisation."""

    kind: Literal["leaked_export"]
    n: int = Field(ge=1, le=1_000_000)


class InteragencySpec(_Common):
    """Partner-agency extracts with realistic defects and a gold linkage key."""

    kind: Literal["interagency"]
    n_people: int = Field(ge=1, le=1_000_000, description="citizens in the population register")
    citizens: CitizensSpec = Field(default_factory=CitizensSpec)


class ScenarioBased(_Common):
    """A generator that draws its events from a simulation scenario (run inside the build)."""

    scenario: str = Field(description="scenario file, relative to the repository root")
    replications: int = Field(default=1, ge=1, le=100)


class HotspotsSpec(ScenarioBased):
    """Incidents and appeals by district and mahalla, with past prevention days (m07)."""

    kind: Literal["hotspots"]
    weeks: int = Field(default=26, ge=4, le=156, description="weeks of data")


class ThreatsSpec(ScenarioBased):
    """Weekly counts by district and category with seasonality and campaigns (m08)."""

    kind: Literal["threats"]
    weeks: int = Field(default=104, ge=8, le=260, description="weeks of data")
    forecast_weeks: int = Field(
        default=4, ge=1, le=13, description="weeks after the data to forecast (next month)"
    )


class CrimeDbSpec(_Common):
    """Person records of the police, the prosecutor's office and the court; a gold key (m09)."""

    kind: Literal["crime_db"]
    n_people: int = Field(ge=10, le=1_000_000, description="distinct people behind the records")
    region: str = Field(
        default="Samarqand viloyati", description="region whose districts the people live in"
    )
    birth_years: tuple[int, int] = Field(
        default=(1960, 2006), description="first and last birth year of the people"
    )


class DocExchangeSpec(ScenarioBased):
    """Inter-agency requests and replies as JSON documents against a published schema (m10)."""

    kind: Literal["doc_exchange"]
    n_requests: int = Field(default=400, ge=10, le=100_000)
    as_of: date = Field(
        default=date(2026, 5, 20),
        description="the snapshot date: documents sent or received before it ('now' of the lesson)",
    )
    region: str = Field(default="Toshkent shahri", description="region of the people in requests")


class NationalYearSpec(ScenarioBased):
    """A national-scale year of appeals (about a million rows) for the big-data lesson (m11)."""

    kind: Literal["national_year"]
    days: int = Field(
        default=365, ge=7, le=365, description="days simulated from 1 January (365: the year)"
    )
    staffing: dict[str, float] = Field(
        default_factory=dict,
        description="region SOATO code -> officers against the national norm (default 1.0)",
    )


class FaceMatchSpec(_Common):
    """Face-matcher alerts with the truth, for base rates and false matches (m12)."""

    kind: Literal["face_match"]
    n_alerts: int = Field(default=500, ge=10, le=1_000_000)
    days: int = Field(default=7, ge=1, le=366, description="days of live alerts")
    n_cameras: int = Field(default=24, ge=5, le=5000, description="cameras in the network")
    n_trials: int = Field(default=800, ge=100, le=1_000_000, description="rows of the pilot test")


class FaqBotSpec(_Common):
    """Approved answer templates and labelled citizens' questions for an FAQ bot (m13)."""

    kind: Literal["faq_bot"]
    n_questions: int = Field(default=600, ge=10, le=100_000)
    officer_share: float = Field(
        default=0.3, ge=0, le=1, description="share of questions that must go to an officer"
    )
    noise: float = Field(default=0.5, ge=0, le=1, description="share of questions with typos")
    train_share: float = Field(default=0.5, gt=0, lt=1, description="share of the train split")
    valid_share: float = Field(default=0.2, gt=0, lt=1, description="share of the valid split")
    script_mix: dict[str, float] = Field(
        default_factory=lambda: {"uz_Latn": 0.5, "uz_Cyrl": 0.2, "ru": 0.3},
        description="share of questions written in each locale (uz_Latn, uz_Cyrl, ru)",
    )

    _mix = field_validator("script_mix")(_check_mix)

    @field_validator("valid_share")
    @classmethod
    def _leaves_a_test_split(cls, value: float, info: Any) -> float:
        if info.data.get("train_share", 0.5) + value >= 1:
            raise ValueError("train_share + valid_share must leave a test split (< 1)")
        return value


SPEC_TYPES: Final[tuple[type[_Common], ...]] = (
    AppealsSpec,
    AppealTextsSpec,
    MailboxSpec,
    AuthLogSpec,
    PasswordsSpec,
    LeakedExportSpec,
    InteragencySpec,
    HotspotsSpec,
    ThreatsSpec,
    CrimeDbSpec,
    DocExchangeSpec,
    NationalYearSpec,
    FaceMatchSpec,
    FaqBotSpec,
)
_BY_KIND: Final[dict[str, type[_Common]]] = {
    t.model_fields["kind"].annotation.__args__[0]: t  # type: ignore[union-attr]
    for t in SPEC_TYPES
}
KINDS: Final[tuple[str, ...]] = tuple(_BY_KIND)

DatasetSpec = Annotated[
    AppealsSpec
    | AppealTextsSpec
    | MailboxSpec
    | AuthLogSpec
    | PasswordsSpec
    | LeakedExportSpec
    | InteragencySpec
    | HotspotsSpec
    | ThreatsSpec
    | CrimeDbSpec
    | DocExchangeSpec
    | NationalYearSpec
    | FaceMatchSpec
    | FaqBotSpec,
    Field(discriminator="kind"),
]


def load_spec(path: Path) -> DatasetSpec:
    """Read and validate a spec file; every mistake becomes a Problem naming file and field."""
    data, lines = read_yaml(path)
    if not isinstance(data, dict):
        raise InputError.single(path.name, "", "expected a mapping of fields at the top level")
    kind = data.get("kind")
    if kind not in _BY_KIND:
        msg = (
            "required field is missing"
            if kind is None
            else f"unknown kind {kind!r} (known: {', '.join(KINDS)})"
        )
        raise InputError([Problem(path.name, "kind", msg, lines.get(("kind",)))])
    spec = load_model(path, _BY_KIND[kind])
    if spec.id != path.stem:
        raise InputError(
            [
                Problem(
                    path.name,
                    "id",
                    f"must equal the file name stem {path.stem!r}",
                    lines.get(("id",)),
                )
            ]
        )
    return spec  # type: ignore[return-value]


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a spec file (for editors: ``# yaml-language-server: $schema=...``)."""
    schema = TypeAdapter(DatasetSpec).json_schema()
    schema["title"] = "Malaka dataset spec"
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def json_schema_text() -> str:
    """The schema as the exact text committed in ``datasets/spec.schema.json``."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def find_repo_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` holding ``pyproject.toml`` (else ``start``)."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / "pyproject.toml").is_file():
            return folder
    return start


def resolve_input(spec_path: Path, value: str) -> Path:
    """A path named in a spec: absolute, or relative to the repository root of the spec."""
    path = Path(value)
    if path.is_absolute():
        return path
    return find_repo_root(spec_path.parent) / path


def line_of(spec_path: Path, *field: str | int) -> int | None:
    """The line of ``field`` in a spec file, for error messages about valid but unusable values."""
    try:
        _, lines = read_yaml(spec_path)
    except InputError:
        return None
    return lines.get(tuple(field))
