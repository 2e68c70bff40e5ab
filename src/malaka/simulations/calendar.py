"""Simulation hours against the local calendar: working time, registration and legal deadlines.

Pure Python (no SimPy, no pandas), so the dataset builder can map the event log's ``t`` (hours
since the scenario start) onto Asia/Tashkent date-times with the very rules the model used.

Rules (from the appeals law, see the domain notes §1.4-§1.5):

* registration happens on the day of receipt, or on the next working day when the appeal
  arrives after working hours: :meth:`WorkCalendar.next_working_time`;
* a deadline of N days runs from the day of receipt and ends at the end of day receipt + N;
  whether "days" are calendar or working days is a scenario setting (the law says "kun");
  a calendar-day deadline that ends on a day off moves to the next working day (the usual
  civil-law rule, an assumption marked as such in the scenario docs);
* a deadline of M months ends on the same day number M months later (clamped to month end).
"""

from __future__ import annotations

import calendar as _cal
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_UTC = ZoneInfo("UTC")


def add_months(d: date, months: int) -> date:
    """The same day number ``months`` later, clamped to the last day of that month."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, _cal.monthrange(year, month)[1]))


class WorkCalendar:
    """The scenario's calendar: time zone, start, working days and hours, holidays."""

    def __init__(
        self,
        *,
        start: date,
        timezone: str = "Asia/Tashkent",
        working_days: Iterable[str] = WEEKDAYS[:5],
        work_start: float = 9.0,
        work_end: float = 18.0,
        holidays: Iterable[date] = (),
        deadline_days: str = "calendar",
    ) -> None:
        if not 0.0 <= work_start < work_end <= 24.0:
            raise ValueError("working hours must satisfy 0 <= start < end <= 24")
        if deadline_days not in ("calendar", "working"):
            raise ValueError("deadline_days must be 'calendar' or 'working'")
        self.tz = ZoneInfo(timezone)
        self.start = start
        self.start_dt = datetime(start.year, start.month, start.day, tzinfo=self.tz)
        self._start_utc = self.start_dt.astimezone(_UTC)
        self.working_weekdays = frozenset(WEEKDAYS.index(d) for d in working_days)
        self.work_start = float(work_start)
        self.work_end = float(work_end)
        self.holidays = frozenset(holidays)
        self.deadline_days = deadline_days
        self._day_start_cache: dict[date, float] = {}

    @classmethod
    def from_spec(cls, spec: object) -> WorkCalendar:
        """Build from a scenario's ``calendar`` section (duck-typed to avoid an import cycle)."""
        wh = spec.working_hours  # type: ignore[attr-defined]
        return cls(
            start=spec.start,  # type: ignore[attr-defined]
            timezone=spec.timezone,  # type: ignore[attr-defined]
            working_days=spec.working_days,  # type: ignore[attr-defined]
            work_start=wh.start,
            work_end=wh.end,
            holidays=spec.holidays,  # type: ignore[attr-defined]
            deadline_days=spec.deadline_days,  # type: ignore[attr-defined]
        )

    # --- hours <-> local date-times -------------------------------------------------------
    def to_datetime(self, t: float) -> datetime:
        """The local (Asia/Tashkent) date-time of ``t`` hours after the start."""
        return (self._start_utc + timedelta(hours=t)).astimezone(self.tz)

    def to_hours(self, dt: datetime) -> float:
        """Hours since the start of an aware date-time (naive ones are taken as local)."""
        if dt.tzinfo is None:
            dt = dt.replace(tzinfo=self.tz)
        return (dt.astimezone(_UTC) - self._start_utc).total_seconds() / 3600.0

    def day_start(self, d: date) -> float:
        """Hours since start of local midnight at the beginning of ``d``."""
        cached = self._day_start_cache.get(d)
        if cached is None:
            cached = self.to_hours(datetime(d.year, d.month, d.day, tzinfo=self.tz))
            self._day_start_cache[d] = cached
        return cached

    def date_of(self, t: float) -> date:
        """The local date at ``t``."""
        return self.to_datetime(t).date()

    # --- working time ---------------------------------------------------------------------
    def is_working_day(self, d: date) -> bool:
        """A working weekday that is not a public holiday."""
        return d.weekday() in self.working_weekdays and d not in self.holidays

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after ``d``."""
        d += timedelta(days=1)
        for _ in range(3660):
            if self.is_working_day(d):
                return d
            d += timedelta(days=1)
        raise ValueError("the calendar has no working day within ten years")

    def is_working_time(self, t: float) -> bool:
        """Whether ``t`` falls inside working hours of a working day."""
        local = self.to_datetime(t)
        hour = local.hour + local.minute / 60.0 + local.second / 3600.0
        return self.is_working_day(local.date()) and self.work_start <= hour < self.work_end

    def next_working_time(self, t: float) -> float:
        """``t`` itself during working hours, else the opening of the next working period.

        This is the registration rule: same day, or the next working day after hours.
        """
        local = self.to_datetime(t)
        d = local.date()
        hour = local.hour + local.minute / 60.0 + local.second / 3600.0 + local.microsecond / 3.6e9
        if self.is_working_day(d):
            if hour < self.work_start:
                return self.day_start(d) + self.work_start
            if hour < self.work_end:
                return t
        nd = self.next_working_day(d)
        return self.day_start(nd) + self.work_start

    def working_hours_between(self, t0: float, t1: float) -> float:
        """Working hours elapsed in ``[t0, t1]`` (0 if ``t1 <= t0``)."""
        if t1 <= t0:
            return 0.0
        total = 0.0
        d = self.date_of(t0)
        last = self.date_of(t1)
        while d <= last:
            if self.is_working_day(d):
                base = self.day_start(d)
                lo = max(t0, base + self.work_start)
                hi = min(t1, base + self.work_end)
                if hi > lo:
                    total += hi - lo
            d += timedelta(days=1)
        return total

    # --- legal deadlines ------------------------------------------------------------------
    def add_working_days(self, d: date, n: int) -> date:
        """The ``n``-th working day after ``d``."""
        for _ in range(n):
            d = self.next_working_day(d)
        return d

    @lru_cache(maxsize=65536)  # noqa: B019 - calendars live for one run; the cache is the point
    def deadline_for_day(self, receipt: date, days: int = 0, months: int = 0) -> float:
        """The deadline (hours since start) of an appeal received on local date ``receipt``."""
        if months:
            end = add_months(receipt, months)
            if days:
                end = self._add_days(end, days)
        else:
            end = self._add_days(receipt, days)
        if not self.is_working_day(end):
            end = self.next_working_day(end)
        return self.day_start(end + timedelta(days=1))

    def _add_days(self, d: date, days: int) -> date:
        if self.deadline_days == "working":
            return self.add_working_days(d, days)
        return d + timedelta(days=days)

    def legal_deadline(self, receipt_t: float, days: int = 0, months: int = 0) -> float:
        """The deadline (hours since start) of an appeal received at ``receipt_t``."""
        return self.deadline_for_day(self.date_of(receipt_t), days, months)

    def hour_of_week(self, t: float) -> tuple[int, int, bool]:
        """(weekday 0=Mon, local hour, is holiday) at ``t``: what arrival profiles index."""
        local = self.to_datetime(t)
        return local.weekday(), local.hour, local.date() in self.holidays
