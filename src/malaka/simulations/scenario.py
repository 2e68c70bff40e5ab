"""The scenario format: what a planner writes in ``simulations/scenarios/<id>.yaml``.

pydantic v2 models, frozen, unknown fields rejected. Times are hours unless a field says
``_days``; distributions carry their own unit. Cross-references (a stage's pool exists, a
channel's category mix sums to 1...) are checked after the structure, and reported one line
per problem with the author's path (``stages[1].pool: unknown pool 'registy'``).

This module must not import SimPy: the dataset builder reads scenarios for their calendar.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

from malaka import taxonomy
from malaka.errors import InputError, Problem
from malaka.simulations.calendar import WEEKDAYS, WorkCalendar
from malaka.simulations.distributions import Dist

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
Kind = Literal["ariza", "taklif", "shikoyat"]
Urgency = Literal["P1", "P2", "P3", "P4"]
Role = Literal["registration", "triage", "handling", "answer", "other"]
Prob = Annotated[float, Field(ge=0, le=1)]
Share = Annotated[float, Field(ge=0)]
Loc = tuple[str | int, ...]

ALL_DAYS: list[Weekday] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_SUM_TOL = 1e-6


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Texts(_Model):
    """A text in the three course languages (Uzbek first)."""

    uz: str
    ru: str
    en: str


class WorkingHours(_Model):
    """Local opening hours of a working day, ``start`` inclusive, ``end`` exclusive."""

    start: float = Field(9.0, ge=0, lt=24)
    end: float = Field(18.0, gt=0, le=24)

    @model_validator(mode="after")
    def _order(self) -> Self:
        if self.end <= self.start:
            raise ValueError("end must be after start")
        return self


class Calendar(_Model):
    """Time zone, start, horizon, warm-up, working time, holidays, how deadlines count days."""

    timezone: str = Field("Asia/Tashkent", description="IANA time zone of local times")
    start: date = Field(description="local date at hour 0 of the simulation")
    horizon_days: float = Field(gt=0, description="appeals arrive during [0, horizon)")
    warmup_days: float = Field(0.0, ge=0, description="appeals arriving earlier are not counted")
    drain_days: float = Field(
        0.0, ge=0, description="extra time after the horizon to finish open appeals"
    )
    working_hours: WorkingHours = WorkingHours()
    working_days: list[Weekday] = Field(default_factory=lambda: list(ALL_DAYS[:5]))
    holidays: list[date] = Field(default_factory=list)
    deadline_days: Literal["calendar", "working"] = Field(
        "calendar",
        description="whether legal 'days' are calendar or working days (the law says 'kun')",
    )

    @model_validator(mode="after")
    def _check(self) -> Self:
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {self.timezone!r}") from exc
        if self.warmup_days >= self.horizon_days:
            raise ValueError("warmup_days must be shorter than horizon_days")
        return self

    @property
    def horizon_hours(self) -> float:
        """Horizon in hours."""
        return self.horizon_days * 24.0

    @property
    def end_hours(self) -> float:
        """When the run stops: horizon plus drain, in hours."""
        return (self.horizon_days + self.drain_days) * 24.0

    def work_calendar(self) -> WorkCalendar:
        """The working-time and deadline arithmetic for this calendar."""
        return WorkCalendar.from_spec(self)


class Profile(_Model):
    """Relative arrival intensity by local hour and weekday (mean over the week is 1)."""

    hours: list[Share] = Field(default_factory=lambda: [1.0] * 24, min_length=24, max_length=24)
    weekdays: list[Share] = Field(default_factory=lambda: [1.0] * 7, min_length=7, max_length=7)
    holidays: Share = Field(1.0, description="factor on public holidays")

    @model_validator(mode="after")
    def _nonzero(self) -> Self:
        if sum(self.hours) <= 0 or sum(self.weekdays) <= 0:
            raise ValueError("the profile must not be zero everywhere")
        return self

    def factor(self, weekday: int, hour: int, holiday: bool) -> float:
        """Relative intensity at one hour of the week, normalised to a weekly mean of 1."""
        norm = (sum(self.hours) / 24.0) * (sum(self.weekdays) / 7.0)
        f = self.hours[hour] * self.weekdays[weekday] / norm
        return f * self.holidays if holiday else f


class Channel(_Model):
    """A way in (e-murojaat, virtual reception, hotline, mail...) with its arrivals."""

    id: str = Field(description="channel id from the taxonomy")
    title: Texts | None = Field(None, description="name in reports (default: the label table)")
    rate_per_day: float = Field(ge=0, description="mean appeals per day, averaged over a week")
    profile: Profile = Profile()
    mix: dict[str, Share] = Field(description="category id -> share of this channel's appeals")
    anonymous_share: Prob = Field(0.0, description="share left without consideration (Art. 29)")
    patience: Dist | None = Field(
        None, description="real-time channels: how long a caller waits before hanging up"
    )


class District(_Model):
    """A district (tuman) served, with its share of arrivals."""

    id: str
    share: Share = 1.0


class Campaign(_Model):
    """A one-off day that scales arrivals in one district (e.g. a mahalla prevention day)."""

    date: date
    district: str
    factor: float = Field(gt=0)
    channels: list[str] | None = Field(None, description="only these channels; all if omitted")


class Requests(_Model):
    """Inter-agency requests made while handling a category."""

    probability: Prob
    agencies: dict[str, Share] = Field(description="agency id -> share of requests")


class CategorySpec(_Model):
    """A triage category used by the scenario; regime and urgency default to the taxonomy.

    ``regime`` gives every appeal of the category one legal regime; ``regimes`` (regime id ->
    share, summing to 1) draws it per appeal, for categories the law splits case by case (a
    domestic conflict is a crime report or an appeal, a public-order call an administrative
    offence or an appeal). At most one of the two.
    """

    id: str
    title: Texts | None = Field(None, description="name in reports (default: the label table)")
    kinds: dict[Kind, Share] = Field(default_factory=lambda: {"ariza": 1.0})  # type: ignore[arg-type]
    regime: str | None = None
    regimes: dict[str, Share] | None = Field(
        None, description="regime id -> share of the category's appeals (instead of 'regime')"
    )
    urgency: Urgency | None = None
    requests: Requests | None = None

    @property
    def effective_regime(self) -> str:
        """The scenario's regime, or the taxonomy's; with ``regimes``, the one of largest share
        (the first written among equals)."""
        if self.regimes:
            shares = self.regimes
            return max(shares, key=shares.__getitem__)
        if self.regime is not None:
            return self.regime
        cat = taxonomy.CATEGORY_BY_ID.get(self.id)
        return cat.regime if cat else "appeals_law"

    @property
    def effective_regimes(self) -> dict[str, float]:
        """Regime id -> share of this category's appeals (one regime at share 1 unless a mix)."""
        if self.regimes:
            return dict(self.regimes)
        return {self.effective_regime: 1.0}

    @property
    def effective_urgency(self) -> str:
        """The scenario's urgency, or the taxonomy's."""
        if self.urgency is not None:
            return self.urgency
        cat = taxonomy.CATEGORY_BY_ID.get(self.id)
        return cat.urgency if cat else "P3"


class Span(_Model):
    """A legal period: ``days`` or ``months`` (or both: months then days)."""

    days: int = Field(0, ge=0)
    months: int = Field(0, ge=0)

    @model_validator(mode="after")
    def _nonzero(self) -> Self:
        if self.days == 0 and self.months == 0:
            raise ValueError("give 'days' or 'months'")
        return self


class ExtraStudy(_Model):
    """Appeals needing additional study get a longer period (up to one month)."""

    probability: Prob
    span: Span = Span(months=1)


class Extension(_Model):
    """One extension by the head of the body, decided shortly before the deadline."""

    probability: Prob
    span: Span = Span(months=1)
    decided_days_before: float = Field(1.0, ge=0, description="decision this long before expiry")


class DeadlineRule(_Model):
    """The deadline for appeals of a regime (and kinds); the first matching rule applies."""

    regime: str | None = Field(None, description="legal regime; any if omitted")
    kinds: list[Kind] | None = Field(None, description="appeal kinds; any if omitted")
    base: Span = Span(days=15)
    extra_study: ExtraStudy | None = None
    extension: Extension | None = None


class Deadlines(_Model):
    """Legal deadline rules (appeals law Art. 28) and the forwarding period."""

    rules: list[DeadlineRule] = Field(min_length=1)
    forward: Span = Field(Span(days=5), description="outside competence: forward within")


class Shift(_Model):
    """Officers on duty on some weekdays between two local hours."""

    days: list[Weekday] = Field(default_factory=lambda: list(ALL_DAYS))
    start: float = Field(0.0, ge=0, lt=24)
    end: float = Field(24.0, gt=0, le=24)
    staff: int = Field(ge=0)
    on_holidays: bool = Field(False, description="whether this shift also works on holidays")

    @model_validator(mode="after")
    def _order(self) -> Self:
        if self.end <= self.start:
            raise ValueError("end must be after start (split a night shift in two)")
        return self


class Pool(_Model):
    """A named group of officers (registry, duty unit, investigators...) with shifts."""

    id: str
    title: Texts | None = Field(None, description="name in reports (default: the label table)")
    shifts: list[Shift] = Field(min_length=1)
    cost_per_hour: float | None = Field(None, ge=0, description="staff cost per officer-hour")


class Stage(_Model):
    """One step of handling, served by a pool, with service times per category."""

    id: str
    title: Texts | None = Field(None, description="name in reports (default: the label table)")
    role: Role = "other"
    pool: str
    pools_by_category: dict[str, str] = Field(default_factory=dict)
    service: Dist
    service_by_category: dict[str, Dist] = Field(default_factory=dict)
    channels: list[str] | None = Field(None, description="only appeals from these channels")
    misroute_probability: Prob = 0.0
    reroute_delay: Dist | None = None
    study: Dist | None = Field(
        None,
        description=(
            "after the officer's work, the check runs this long before the next stage "
            "(explanations, visits, waiting for people), in working days of the calendar "
            "(unit days = working days); holds no officer; none if omitted"
        ),
    )
    study_by_category: dict[str, Dist] = Field(default_factory=dict)

    def pool_for(self, category: str) -> str:
        """The pool serving ``category`` at this stage."""
        return self.pools_by_category.get(category, self.pool)

    def service_for(self, category: str) -> Any:
        """The service-time distribution of ``category`` at this stage."""
        return self.service_by_category.get(category, self.service)

    def study_for(self, category: str) -> Any:
        """The study (elapsed check) distribution of ``category`` at this stage, or None."""
        return self.study_by_category.get(category, self.study)


class Agency(_Model):
    """A partner agency answering requests, with reminder and escalation thresholds."""

    id: str
    title: Texts | None = Field(None, description="name in reports (default: the label table)")
    response: Dist
    remind_after_days: float | None = Field(None, gt=0)
    escalate_after_days: float | None = Field(None, gt=0)
    escalated_response: Dist | None = Field(
        None, description="time to answer once escalated; unchanged if omitted"
    )
    hours: Literal["working", "always"] = Field(
        "working",
        description=(
            "'working': replies, reminders and escalations fall in the calendar's working "
            "hours (one due after hours goes at the next opening); 'always': at any hour"
        ),
    )


class Repeats(_Model):
    """Citizens who appeal again (same citizen id) after a late or unsatisfying answer."""

    when_late: Prob = 0.0
    when_answered: Prob = Field(0.0, description="unsatisfied although answered in time")
    delay: Dist
    max_chain: int = Field(3, ge=1, description="at most this many repeats per first appeal")


def _sum_check(shares: Mapping[str, float]) -> str | None:
    total = sum(shares.values())
    if abs(total - 1.0) > _SUM_TOL:
        return f"shares must sum to 1 (they sum to {total:g})"
    return None


class Scenario(_Model):
    """A complete scenario: calendar, arrivals, appeals, stages, staff, agencies."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="equals the file name stem")
    title: Texts
    description: Texts | None = None
    calendar: Calendar
    districts: list[District] = Field(min_length=1)
    channels: list[Channel] = Field(min_length=1)
    categories: list[CategorySpec] = Field(min_length=1)
    stages: list[Stage] = Field(min_length=1)
    pools: list[Pool] = Field(min_length=1)
    agencies: list[Agency] = Field(default_factory=list)
    deadlines: Deadlines | None = None
    repeats: Repeats | None = None
    campaigns: list[Campaign] = Field(default_factory=list)
    language: Literal["uz", "ru", "en"] = Field(
        "uz", description="language of the reports unless --lang says otherwise"
    )
    replications: int = Field(10, ge=1, description="default number of replications")
    seed: int = Field(0, ge=0, description="default seed")

    @model_validator(mode="after")
    def _cross_refs(self, info: ValidationInfo) -> Self:
        if info.context and info.context.get("defer_cross_checks"):
            return self
        problems = self.cross_problems()
        if problems:
            from malaka.specfile import format_loc

            raise ValueError("; ".join(f"{format_loc(loc)}: {msg}" for loc, msg in problems))
        return self

    # --- cross-reference checks ------------------------------------------------------------
    def cross_problems(self) -> list[tuple[Loc, str]]:  # noqa: PLR0912, PLR0915 - a flat checklist reads best
        """Every inconsistency between sections, as (author path, message)."""
        out: list[tuple[Loc, str]] = []
        cats = {c.id for c in self.categories}
        pools = {p.id for p in self.pools}
        agencies = {a.id for a in self.agencies}
        channels = {c.id for c in self.channels}
        districts = {d.id for d in self.districts}
        tax_cats = set(taxonomy.CATEGORY_BY_ID)
        tax_channels = {c.id for c in taxonomy.CHANNELS}
        tax_agencies = {a.id for a in taxonomy.AGENCIES}
        tax_regimes = {r.id for r in taxonomy.REGIMES}

        def dupes(items: Sequence[Any], name: str) -> None:
            seen: set[str] = set()
            for i, item in enumerate(items):
                if item.id in seen:
                    out.append(((name, i, "id"), f"duplicate id {item.id!r}"))
                seen.add(item.id)

        for items, name in (
            (self.categories, "categories"),
            (self.pools, "pools"),
            (self.agencies, "agencies"),
            (self.channels, "channels"),
            (self.districts, "districts"),
            (self.stages, "stages"),
        ):
            dupes(items, name)

        msg = _sum_check({d.id: d.share for d in self.districts})
        if msg:
            out.append((("districts",), msg))
        for i, ch in enumerate(self.channels):
            if ch.id not in tax_channels:
                out.append((("channels", i, "id"), f"unknown channel {ch.id!r} (see taxonomy)"))
            msg = _sum_check(ch.mix)
            if msg:
                out.append((("channels", i, "mix"), msg))
            out.extend(
                (("channels", i, "mix", cid), f"category {cid!r} is not in 'categories'")
                for cid in ch.mix
                if cid not in cats
            )
        for i, cat in enumerate(self.categories):
            if cat.id not in tax_cats:
                out.append((("categories", i, "id"), f"unknown category {cat.id!r} (see taxonomy)"))
            if cat.regime is not None and cat.regime not in tax_regimes:
                out.append((("categories", i, "regime"), f"unknown regime {cat.regime!r}"))
            if cat.regimes is not None:
                if cat.regime is not None:
                    out.append(
                        (
                            ("categories", i, "regimes"),
                            "give either 'regime' or 'regimes', not both",
                        )
                    )
                if not cat.regimes:
                    out.append((("categories", i, "regimes"), "give at least one regime"))
                else:
                    msg = _sum_check(cat.regimes)
                    if msg:
                        out.append((("categories", i, "regimes"), msg))
                out.extend(
                    (
                        ("categories", i, "regimes", rid),
                        f"unknown regime {rid!r} (known: {', '.join(sorted(tax_regimes))})",
                    )
                    for rid in cat.regimes
                    if rid not in tax_regimes
                )
            msg = _sum_check({str(k): v for k, v in cat.kinds.items()})
            if msg:
                out.append((("categories", i, "kinds"), msg))
            if cat.requests is not None:
                msg = _sum_check(cat.requests.agencies)
                if msg:
                    out.append((("categories", i, "requests", "agencies"), msg))
                out.extend(
                    (
                        ("categories", i, "requests", "agencies", aid),
                        f"agency {aid!r} is not in 'agencies'",
                    )
                    for aid in cat.requests.agencies
                    if aid not in agencies
                )
                if cat.requests.probability > 0 and not any(
                    s.role == "handling" for s in self.stages
                ):
                    out.append(
                        (
                            ("categories", i, "requests"),
                            "requests need a stage with role 'handling'",
                        )
                    )
        for i, ag in enumerate(self.agencies):
            if ag.id not in tax_agencies:
                out.append((("agencies", i, "id"), f"unknown agency {ag.id!r} (see taxonomy)"))
            if (
                ag.remind_after_days is not None
                and ag.escalate_after_days is not None
                and ag.escalate_after_days < ag.remind_after_days
            ):
                out.append(
                    (
                        ("agencies", i, "escalate_after_days"),
                        "must not be earlier than remind_after_days",
                    )
                )
        for i, st in enumerate(self.stages):
            if st.pool not in pools:
                out.append((("stages", i, "pool"), f"unknown pool {st.pool!r}"))
            for cid, pid in st.pools_by_category.items():
                if cid not in cats:
                    out.append(
                        (("stages", i, "pools_by_category", cid), f"unknown category {cid!r}")
                    )
                if pid not in pools:
                    out.append((("stages", i, "pools_by_category", cid), f"unknown pool {pid!r}"))
            out.extend(
                (("stages", i, "service_by_category", cid), f"unknown category {cid!r}")
                for cid in st.service_by_category
                if cid not in cats
            )
            out.extend(
                (("stages", i, "study_by_category", cid), f"unknown category {cid!r}")
                for cid in st.study_by_category
                if cid not in cats
            )
            out.extend(
                (("stages", i, "channels", j), f"unknown channel {cid!r}")
                for j, cid in enumerate(st.channels or [])
                if cid not in channels
            )
            if st.misroute_probability > 0 and st.reroute_delay is None:
                out.append(
                    (("stages", i, "reroute_delay"), "required when misroute_probability > 0")
                )
        for i, cp in enumerate(self.campaigns):
            if cp.district not in districts:
                out.append((("campaigns", i, "district"), f"unknown district {cp.district!r}"))
            out.extend(
                (("campaigns", i, "channels", j), f"unknown channel {cid!r}")
                for j, cid in enumerate(cp.channels or [])
                if cid not in channels
            )
        if self.deadlines is not None:
            for i, rule in enumerate(self.deadlines.rules):
                if rule.regime is not None and rule.regime not in tax_regimes:
                    out.append(
                        (("deadlines", "rules", i, "regime"), f"unknown regime {rule.regime!r}")
                    )
        roles = [s.role for s in self.stages if s.role != "other"]
        for role in set(roles):
            if roles.count(role) > 1:
                out.append((("stages",), f"role {role!r} is given to more than one stage"))
        return out

    # --- helpers other parts use -------------------------------------------------------------
    def sha256(self) -> str:
        """Hash of the normalised content (defaults filled in, keys sorted).

        Fields added later (a stage's ``study``, an agency's ``hours``, a category's
        ``regimes``, the parts' ``title`` and the report ``language``) are left out while they
        hold their defaults, so a scenario that does not
        use them keeps its hash (and the data cards that quote it stay valid).
        """
        data = self.model_dump(mode="json", by_alias=True)
        for stage in data["stages"]:
            if stage["study"] is None and not stage["study_by_category"]:
                del stage["study"], stage["study_by_category"]
        for agency in data["agencies"]:
            if agency["hours"] == "working":
                del agency["hours"]
        for category in data["categories"]:
            if category["regimes"] is None:
                del category["regimes"]
        for part in ("channels", "categories", "pools", "stages", "agencies"):
            for item in data[part]:
                if item["title"] is None:  # report names only: not part of the model
                    del item["title"]
        if data["language"] == "uz":
            del data["language"]
        text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def pool(self, pool_id: str) -> Pool:
        """The pool with this id."""
        for p in self.pools:
            if p.id == pool_id:
                return p
        raise KeyError(pool_id)

    def category(self, category_id: str) -> CategorySpec:
        """The category with this id."""
        for c in self.categories:
            if c.id == category_id:
                return c
        raise KeyError(category_id)

    def with_staff(self, staff: Mapping[str, int | Sequence[int]]) -> Scenario:
        """A copy with new headcounts: an int sets every shift of a pool, a list each in order."""
        pools = []
        for p in self.pools:
            if p.id not in staff:
                pools.append(p)
                continue
            value = staff[p.id]
            if isinstance(value, int):
                counts = [value] * len(p.shifts)
            else:
                counts = [int(v) for v in value]
                if len(counts) != len(p.shifts):
                    raise ValueError(
                        f"pool {p.id!r} has {len(p.shifts)} shifts, got {len(counts)} headcounts"
                    )
            if any(c < 0 for c in counts):
                raise ValueError(f"pool {p.id!r}: headcounts must be >= 0")
            shifts = [
                s.model_copy(update={"staff": c}) for s, c in zip(p.shifts, counts, strict=True)
            ]
            pools.append(p.model_copy(update={"shifts": shifts}))
        unknown = set(staff) - {p.id for p in self.pools}
        if unknown:
            raise ValueError(f"unknown pools: {', '.join(sorted(unknown))}")
        return self.model_copy(update={"pools": pools})

    def staffing(self, pool_id: str) -> list[tuple[float, int]]:
        """The pool's headcount over the run as change points ``(t hours, officers on duty)``.

        Overlapping shifts add up. The KPI side divides busy time by this to get utilisation.
        """
        return staffing_profile(self, pool_id)


def staffing_profile(scenario: Scenario, pool_id: str) -> list[tuple[float, int]]:
    """Change points of one pool's scheduled headcount from 0 to the end of the run."""
    pool = scenario.pool(pool_id)
    cal = scenario.calendar.work_calendar()
    end = scenario.calendar.end_hours
    # Candidate change times: every local midnight and every shift boundary of every day.
    bounds = sorted({0.0, *(s.start for s in pool.shifts), *(s.end for s in pool.shifts)})
    first = cal.date_of(0.0)
    points: list[tuple[float, int]] = []
    day = 0
    from datetime import timedelta

    while True:
        d = first + timedelta(days=day)
        base = cal.day_start(d)
        if base >= end:
            break
        wd = WEEKDAYS[d.weekday()]
        holiday = d in cal.holidays
        for b in bounds:
            t = base + b
            if t >= end or b >= 24.0:
                continue
            staff = sum(
                s.staff
                for s in pool.shifts
                if wd in s.days and s.start <= b < s.end and (s.on_holidays or not holiday)
            )
            t = max(t, 0.0)
            if points and points[-1][0] == t:
                points[-1] = (t, staff)
            elif not points or points[-1][1] != staff:
                points.append((t, staff))
        day += 1
    if not points or points[0][0] > 0.0:
        points.insert(0, (0.0, 0))
    return points


def load_scenario(path: Path) -> Scenario:
    """Read and check a scenario file; every problem is reported with file, line and path."""
    from malaka.specfile import format_loc, load_model, read_yaml

    scenario = load_model(path, Scenario, context={"defer_cross_checks": True})
    problems: list[Problem] = []
    _, lines = read_yaml(path)

    def line_of(loc: Loc) -> int | None:
        probe = loc
        while probe and probe not in lines:
            probe = probe[:-1]
        return lines.get(probe)

    if scenario.id != path.stem:
        problems.append(
            Problem(
                path.name,
                "id",
                f"must equal the file name stem {path.stem!r}",
                line_of(("id",)),
            )
        )
    for loc, msg in scenario.cross_problems():
        problems.append(Problem(path.name, format_loc(loc), msg, line_of(loc)))
    if problems:
        raise InputError(problems)
    return scenario


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the scenario format (for editors; exported to the repository)."""
    schema = Scenario.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Malaka scenario"
    return schema


def schema_text() -> str:
    """The JSON Schema as the text kept in ``simulations/scenario.schema.json``."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write_schema(path: Path) -> None:
    """Regenerate the exported JSON Schema (``python -m malaka.simulations.scenario``)."""
    from malaka import atomic

    atomic.write_text(path, schema_text())


if __name__ == "__main__":
    write_schema(Path("simulations/scenario.schema.json"))
