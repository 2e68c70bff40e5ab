"""``courses/course.yaml``: the course as a whole (module order, days, the one pass mark).

The timetable, the progress table and the certificates read it, so the pass rule is set in one
place and every instructor-facing output agrees on it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from malaka.errors import InputError, Problem
from malaka.specfile import load_model


class CourseTitle(BaseModel):
    """The course name in each language."""

    model_config = ConfigDict(extra="forbid")
    uz: str
    ru: str
    en: str


_CLOCK = r"^([01]\d|2[0-3]):[0-5]\d$"


class Schedule(BaseModel):
    """How a teaching day runs (read by ``malaka.timetable``); every field has an institute default.

    A day is ``sessions_per_day`` sessions of ``session_minutes`` from ``day_start``, a
    ``break_minutes`` break between sessions and a ``lunch_minutes`` lunch after session
    ``lunch_after``. The ``opening`` module (the pre-test) starts day 1 and the ``closing``
    module (the final assessment) ends the last day; ``null`` for a course without them.
    """

    model_config = ConfigDict(extra="forbid")
    day_start: str = Field(default="09:00", pattern=_CLOCK)
    session_minutes: int = Field(default=90, ge=30, le=240)
    sessions_per_day: int = Field(default=4, ge=1, le=8)
    break_minutes: int = Field(default=15, ge=0, le=120)
    lunch_after: int = Field(default=2, ge=0, le=8)  # 0: no lunch break
    lunch_minutes: int = Field(default=60, ge=0, le=180)
    opening: str | None = "m05-pretest"
    closing: str | None = "m06-final"

    @model_validator(mode="after")
    def _fits_a_day(self) -> Schedule:
        if self.lunch_after >= self.sessions_per_day:
            raise ValueError(
                f"lunch_after {self.lunch_after} must be below sessions_per_day "
                f"{self.sessions_per_day} (0 for no lunch)"
            )
        hours, minutes = (int(x) for x in self.day_start.split(":"))
        end = hours * 60 + minutes + self.sessions_per_day * self.session_minutes
        end += (self.sessions_per_day - 1) * self.break_minutes
        if self.lunch_after:
            end += self.lunch_minutes - self.break_minutes
        if end > 24 * 60:
            raise ValueError("the day's sessions run past midnight")
        return self


class Course(BaseModel):
    """What ``courses/course.yaml`` declares."""

    model_config = ConfigDict(extra="forbid")
    title: CourseTitle
    modules: list[str] = Field(min_length=1)
    #: Percent of a module's points needed to pass it (and the final).
    pass_mark: float = Field(gt=0, le=100)
    #: Modules whose pass decides the certificate (the others must be handed in); see
    #: :meth:`malaka.grading.progress.Cohort.passed_all`.
    certify: list[str] = Field(default_factory=list)
    days: int = Field(default=5, ge=1, le=10)
    #: First and last day of the cohort (``YYYY-MM-DD``), printed on certificates; optional.
    start: dt.date | None = None
    end: dt.date | None = None
    #: The issuing institute, printed atop certificates; optional.
    institute: CourseTitle | None = None
    #: How a teaching day runs (sessions, breaks, lunch) for the timetable.
    schedule: Schedule = Field(default_factory=Schedule)

    @model_validator(mode="after")
    def _dates_in_order(self) -> Course:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self

    def passed(self, score: float, max_score: float) -> bool:
        """Whether ``score`` out of ``max_score`` meets the pass mark (a 0-point module never)."""
        return max_score > 0 and score * 100 >= self.pass_mark * max_score - 1e-9


def load_course(courses: Path) -> Course:
    """Read ``courses/course.yaml``; every listed module must have a folder with ``module.yaml``."""
    path = courses / "course.yaml"
    if not path.is_file():
        raise InputError.single(str(path), "course", "missing: the course file lists the modules")
    course = load_model(path, Course)
    problems = [
        Problem(str(path), f"modules[{i}]", f"{mid!r}: no courses/{mid}/module.yaml")
        for i, mid in enumerate(course.modules)
        if not (courses / mid / "module.yaml").is_file()
    ]
    if len(set(course.modules)) != len(course.modules):
        problems.append(Problem(str(path), "modules", "a module is listed twice"))
    problems += [
        Problem(str(path), f"certify[{i}]", f"{mid!r} is not one of the course's modules")
        for i, mid in enumerate(course.certify)
        if mid not in course.modules
    ]
    if problems:
        raise InputError(problems)
    return course
