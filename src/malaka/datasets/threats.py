"""Weekly counts of appeals by district and category, with seasons and campaigns (m08).

Why: a department plans patrols and prevention a month ahead from "how many of what, where,
next month". The lesson compares a baseline (the same week last year) with a better model and
warns about look-ahead, so the data need what real weekly counts have: many series (district x
category), seasons that differ by category, holidays, a growing category, and prevention weeks
announced in advance that raise counts in one district.

Where the numbers come from:

* the arrivals are simulated by a scenario (``datasets/scenarios/shahar-haftalik.yaml``):
  six districts with their shares, four channels with weekday and holiday profiles, and
  one-week prevention campaigns (mobile receptions in one district, which bring mostly
  domestic and public-order appeals);
* the scenario format has no seasons, so its rates are the *peak* rates and every arrival is
  kept with probability ``season x trend x holiday / peak`` of its category and day (thinning
  a Poisson process keeps it Poisson). The true profile (:data:`PROFILE`) and the true mean of
  every count are in ``answer_key/``;
* the counts are grouped by week (Monday to Sunday, local time) with zeros filled in.

Tables: ``weekly`` (week_start, district, category, count, campaign), ``calendar`` (every week
of the data and of the forecast month: holidays, campaign districts) and ``next_month`` (the
district x category rows of the forecast month, with the campaign flag known in advance).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from malaka.datasets.schemas import Col

if TYPE_CHECKING:
    from pathlib import Path

    import pandas as pd  # type: ignore[import-untyped]

    from malaka.datasets.build import Bundle
    from malaka.datasets.spec import ThreatsSpec
    from malaka.simulations.scenario import Scenario


@dataclass(frozen=True, slots=True)
class Season:
    """The documented seasonal profile of one category (a multiplier of its peak rate).

    ``amplitude`` and ``peak_day`` (day of the year) shape a cosine over the year; ``cycles``
    is 1 for one peak a year, 2 for two (spring and autumn); ``growth`` is the yearly growth
    of the level; ``holiday`` multiplies the rate on public holidays.
    """

    amplitude: float
    peak_day: int
    cycles: int = 1
    growth: float = 0.0
    holiday: float = 1.0

    def factor(self, day: dt.date, years: float, holiday: bool) -> float:
        """The (unnormalised) intensity of this category on ``day``."""
        doy = day.timetuple().tm_yday
        season = 1.0 + self.amplitude * math.cos(
            2.0 * math.pi * self.cycles * (doy - self.peak_day) / 365.25
        )
        growth = math.pow(1.0 + self.growth, years)
        return season * growth * (self.holiday if holiday else 1.0)


#: The true profile. Fraud (mostly cyber fraud) grows by a third a year with a small December
#: peak; theft, public order and traffic peak in summer; public order and domestic conflicts
#: rise on holidays; migration (registration, passports) peaks in spring and autumn.
PROFILE: Final[dict[str, Season]] = {
    "fraud": Season(amplitude=0.10, peak_day=349, growth=0.35),
    "theft": Season(amplitude=0.30, peak_day=201),
    "domestic": Season(amplitude=0.15, peak_day=182, holiday=1.5),
    "public_order": Season(amplitude=0.40, peak_day=196, holiday=1.8),
    "traffic": Season(amplitude=0.25, peak_day=213),
    "migration": Season(amplitude=0.30, peak_day=80, cycles=2),
}

#: Names of the holidays by (month, day); moving feasts by date.
_FIXED_HOLIDAYS: Final[dict[tuple[int, int], str]] = {
    (1, 1): "Yangi yil",
    (3, 8): "Xotin-qizlar kuni",
    (3, 21): "Navro'z",
    (3, 22): "Navro'z",
    (5, 9): "Xotira va qadrlash kuni",
    (9, 1): "Mustaqillik kuni",
    (9, 2): "Mustaqillik kuni",
    (10, 1): "O'qituvchi va murabbiylar kuni",
    (12, 8): "Konstitutsiya kuni",
}
_MOVING_HOLIDAYS: Final[dict[dt.date, str]] = {
    dt.date(2024, 4, 10): "Ramazon hayiti",
    dt.date(2024, 6, 16): "Qurbon hayiti",
    dt.date(2025, 3, 31): "Ramazon hayiti",
    dt.date(2025, 6, 6): "Qurbon hayiti",
    dt.date(2026, 3, 20): "Ramazon hayiti",
    dt.date(2026, 3, 23): "Navro'z",
    dt.date(2026, 5, 27): "Qurbon hayiti",
}


def holiday_name(day: dt.date) -> str:
    """The name of a holiday of the scenario calendar (``"bayram"`` if not known)."""
    return _MOVING_HOLIDAYS.get(day) or _FIXED_HOLIDAYS.get((day.month, day.day), "bayram")


def district_name(district_id: str) -> str:
    """How the tables write a district: ``chilonzor`` -> ``Chilonzor``."""
    return district_id.replace("_", " ").title()


def _days(start: dt.date, n: int) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range(n)]


def _intensity(days: list[dt.date], start: dt.date, holidays: set[dt.date]) -> pd.DataFrame:
    """Per category and day, the unnormalised intensity of :data:`PROFILE`."""
    import pandas as pd

    years = [(d - start).days / 365.25 for d in days]
    return pd.DataFrame(
        {
            cat: [s.factor(d, y, d in holidays) for d, y in zip(days, years, strict=True)]
            for cat, s in PROFILE.items()
        },
        index=pd.Index(days, name="day"),
    )


def campaign_weeks(scenario: Scenario) -> dict[int, set[str]]:
    """Week index (from the scenario start) -> ids of the districts with a campaign day in it."""
    out: dict[int, set[str]] = {}
    start = scenario.calendar.start
    for cp in scenario.campaigns:
        out.setdefault((cp.date - start).days // 7, set()).add(cp.district)
    return out


def _expected(
    scenario: Scenario, days: list[dt.date], keep: pd.DataFrame, holidays: set[dt.date]
) -> pd.DataFrame:
    """The true mean of every daily count (district x category), as the simulation draws it.

    Per channel the daily rate is ``rate x weekday factor x holiday factor`` (the hourly
    profile averages to 1 over a day), times the district share, the campaign factor when the
    channel takes part, the category's share in the channel's mix and the keep probability.
    """
    import pandas as pd

    start = scenario.calendar.start
    rows = []
    camp = {
        ((cp.date - start).days, cp.district, ch.id): cp.factor
        for cp in scenario.campaigns
        for ch in scenario.channels
        if cp.channels is None or ch.id in cp.channels
    }
    for i, day in enumerate(days):
        hol = day in holidays
        wd = day.weekday()
        for ch in scenario.channels:
            prof = ch.profile
            rate = ch.rate_per_day * prof.weekdays[wd] / (sum(prof.weekdays) / 7.0)
            rate *= prof.holidays if hol else 1.0
            for dist in scenario.districts:
                base = rate * dist.share * camp.get((i, dist.id, ch.id), 1.0)
                for cat, share in ch.mix.items():
                    rows.append((day, dist.id, cat, base * share * keep.at[day, cat]))
    df = pd.DataFrame(rows, columns=["day", "district", "category", "mean"])
    return df.groupby(["day", "district", "category"], as_index=False, sort=True)["mean"].sum()


def _check(scenario: Scenario, spec: ThreatsSpec, spec_path: Path) -> None:
    """The scenario starts on a Monday, covers the weeks asked for and has known categories."""
    from malaka.datasets import spec as specs
    from malaka.errors import InputError

    cal = scenario.calendar
    n_days = spec.weeks * 7
    if cal.start.weekday() != 0 or cal.horizon_days < n_days:
        raise InputError.single(
            spec_path.name,
            "weeks",
            f"the scenario must start on a Monday and cover {spec.weeks} weeks "
            f"({n_days} days; it has {cal.horizon_days:g} from {cal.start})",
            specs.line_of(spec_path, "weeks"),
        )
    unknown = {c.id for c in scenario.categories} - set(PROFILE)
    if unknown:
        raise InputError.single(
            spec_path.name, "scenario", f"no seasonal profile for categories {sorted(unknown)}"
        )


def _weekly_counts(
    scenario: Scenario, spec: ThreatsSpec, keep: pd.DataFrame, rng: Any
) -> tuple[pd.DataFrame, int, int]:
    """Simulate, thin by ``keep`` and count by (week, district id, category), zeros included.

    Returns the counts, the number of simulated arrivals and the simulation seed.
    """
    import pandas as pd
    import pyarrow.compute as pc

    from malaka.datasets import source

    n_days = spec.weeks * 7
    seed = int(rng("scenario").integers(0, 2**31 - 1))
    events = source.run_scenario(scenario, spec.replications, seed, progress=False)
    arr = (
        events.filter(pc.equal(events["lifecycle"], "arrive"))
        .select(["t", "district", "category"])
        .to_pandas()
    )
    arr["day"] = (arr["t"] // 24).astype("int64")
    arr = arr[arr["day"] < n_days]
    cols = list(keep.columns)
    probs = keep.to_numpy()[arr["day"].to_numpy(), [cols.index(c) for c in arr["category"]]]
    kept = arr[rng("thinning").random(len(arr)) < probs]
    counts = kept.assign(week=kept["day"] // 7).groupby(["week", "district", "category"]).size()
    grid = pd.MultiIndex.from_product(
        [
            range(spec.weeks),
            [d.id for d in scenario.districts],
            [c.id for c in scenario.categories],
        ],
        names=["week", "district", "category"],
    )
    # several replications are averaged (one replication gives Poisson counts)
    counts = counts.reindex(grid, fill_value=0) / spec.replications
    weekly = counts.rename("count").reset_index()
    weekly["count"] = weekly["count"].round().astype("int64")
    return weekly, len(arr), seed


def _calendar(
    scenario: Scenario, spec: ThreatsSpec, camp_weeks: dict[int, set[str]]
) -> pd.DataFrame:
    """One row per week of the data and of the forecast month: holidays and campaigns."""
    import pandas as pd

    start = scenario.calendar.start
    holidays = sorted(set(scenario.calendar.holidays))
    n_all = spec.weeks + spec.forecast_weeks
    all_weeks = pd.date_range(pd.Timestamp(start), periods=n_all, freq="7D")
    names: dict[int, list[str]] = {}
    days: dict[int, int] = {}
    for day in holidays:
        w = (day - start).days // 7
        days[w] = days.get(w, 0) + 1
        if holiday_name(day) not in names.setdefault(w, []):
            names[w].append(holiday_name(day))
    return pd.DataFrame(
        {
            "week_start": all_weeks,
            "iso_week": all_weeks.isocalendar().week.astype("int64").to_numpy(),
            "month": all_weeks.month.astype("int64"),
            "holiday_days": [days.get(w, 0) for w in range(n_all)],
            "holidays": ["; ".join(names.get(w, [])) for w in range(n_all)],
            "campaign_districts": [
                ", ".join(district_name(d) for d in sorted(camp_weeks.get(w, set())))
                for w in range(n_all)
            ],
            "in_data": [w < spec.weeks for w in range(n_all)],
        }
    )


def _flag(camp_weeks: dict[int, set[str]], week: pd.Series, district: pd.Series) -> list[int]:
    return [int(d in camp_weeks.get(int(w), set())) for w, d in zip(week, district, strict=True)]


def generate(spec: ThreatsSpec, *, rng: Any, spec_path: Path) -> Bundle:
    """Build the ``threats`` dataset (weekly, calendar, next_month; the truth apart)."""
    import pandas as pd

    from malaka.datasets import source
    from malaka.datasets import spec as specs
    from malaka.datasets.build import Bundle

    scen_path = specs.resolve_input(spec_path, spec.scenario)
    scenario = source.load_scenario(scen_path, spec_path.name, specs.line_of(spec_path, "scenario"))
    _check(scenario, spec, spec_path)
    start = scenario.calendar.start
    holidays = set(scenario.calendar.holidays)
    n_all = spec.weeks + spec.forecast_weeks
    all_days = _days(start, n_all * 7)
    raw = _intensity(all_days, start, holidays)
    keep = raw / raw.max()  # the peak of each category over data and forecast month is 1

    weekly, n_arrivals, seed = _weekly_counts(scenario, spec, keep, rng)
    camp_weeks = campaign_weeks(scenario)
    calendar = _calendar(scenario, spec, camp_weeks)
    all_weeks = calendar["week_start"]
    weekly["campaign"] = _flag(camp_weeks, weekly["week"], weekly["district"])
    future = pd.DataFrame(
        list(
            pd.MultiIndex.from_product(
                [
                    range(spec.weeks, n_all),
                    [d.id for d in scenario.districts],
                    [c.id for c in scenario.categories],
                ]
            ).to_flat_index()
        ),
        columns=["week", "district", "category"],
    )
    future["campaign"] = _flag(camp_weeks, future["week"], future["district"])

    daily = _expected(scenario, all_days, keep, holidays)
    daily["week"] = [(d - start).days // 7 for d in daily["day"]]
    truth = daily.groupby(["week", "district", "category"], as_index=False)["mean"].sum()
    truth["in_data"] = truth["week"] < spec.weeks
    profile = pd.DataFrame(
        [
            (cat, s.amplitude, s.peak_day, s.cycles, s.growth, s.holiday)
            for cat, s in PROFILE.items()
            if cat in keep.columns
        ],
        columns=["category", "amplitude", "peak_day", "cycles", "growth", "holiday"],
    )
    season = keep.reset_index()
    season["day"] = pd.to_datetime(season["day"])

    order = ["week_start", "district", "category"]
    tables = {}
    for name, df, cols in (
        ("weekly", weekly, ["count", "campaign"]),
        ("next_month", future, ["campaign"]),
        ("expected", truth.rename(columns={"mean": "expected"}), ["expected", "in_data"]),
    ):
        out = df.assign(
            week_start=all_weeks.to_numpy()[df["week"].to_numpy()],
            district=df["district"].map(district_name),
        )
        tables[name] = out[[*order, *cols]].reset_index(drop=True)
    stats = {
        "weeks": spec.weeks,
        "series": int(weekly.groupby(["district", "category"]).ngroups),
        "appeals": int(weekly["count"].sum()),
        "simulated_arrivals": n_arrivals,
        "campaign_weeks": sum(len(v) for w, v in camp_weeks.items() if w < spec.weeks),
    }
    return Bundle(
        tables={
            "weekly": tables["weekly"],
            "calendar": calendar,
            "next_month": tables["next_month"],
        },
        answer_key={"expected": tables["expected"], "profile": profile, "keep_probability": season},
        provenance={
            "scenario": {"id": scenario.id, "sha256": scenario.sha256(), "file": spec.scenario},
            "events": {"simulated": True, "replications": spec.replications, "seed": seed},
        },
        stats=stats,
    )


_WEEK = (
    "week_start",
    "Hafta boshi (dushanba)",
    "Начало недели (понедельник)",
    "Week start (Monday)",
)
_DISTRICT = ("district", "Tuman", "Район", "District")
_CATEGORY = (
    "category",
    "Toifa (taksonomiya id: fraud, theft, domestic, public_order, traffic, migration)",
    "Категория (id таксономии: fraud, theft, domestic, public_order, traffic, migration)",
    "Category (taxonomy id: fraud, theft, domestic, public_order, traffic, migration)",
)
_CAMPAIGN = (
    "campaign",
    "1 — shu hafta tumanda profilaktika tadbiri (oldindan ma'lum), aks holda 0",
    "1 — на этой неделе в районе профилактическое мероприятие (известно заранее), иначе 0",
    "1 if the district has a prevention campaign that week (announced in advance), else 0",
)
DOCS: Final[dict[str, tuple[Col, ...]]] = {
    name: tuple(Col(c, "", uz, ru, en) for c, uz, ru, en in rows)
    for name, rows in {
        "weekly": (
            _WEEK,
            _DISTRICT,
            _CATEGORY,
            (
                "count",
                "Haftadagi murojaatlar soni",
                "Число обращений за неделю",
                "Appeals that week",
            ),
            _CAMPAIGN,
        ),
        "calendar": (
            _WEEK,
            ("iso_week", "ISO hafta raqami", "Номер недели ISO", "ISO week number"),
            ("month", "Hafta boshi oyi", "Месяц начала недели", "Month of the week start"),
            (
                "holiday_days",
                "Haftadagi bayram kunlari soni",
                "Праздничных дней в неделе",
                "Public holidays in the week",
            ),
            ("holidays", "Bayramlar nomi", "Названия праздников", "Holiday names"),
            (
                "campaign_districts",
                "Profilaktika tadbiri o'tadigan tumanlar",
                "Районы с профилактическим мероприятием",
                "Districts with a prevention campaign",
            ),
            (
                "in_data",
                "Hafta ma'lumotda bormi (yo'q — prognoz oyi)",
                "Неделя есть в данных (нет — месяц прогноза)",
                "Week is in the data (false: the forecast month)",
            ),
        ),
        "next_month": (_WEEK, _DISTRICT, _CATEGORY, _CAMPAIGN),
        "expected": (
            _WEEK,
            _DISTRICT,
            _CATEGORY,
            (
                "expected",
                "Haqiqiy o'rtacha (shovqinsiz)",
                "Истинное среднее (без шума)",
                "True mean (no noise)",
            ),
            ("in_data", "Ma'lumot haftasi", "Неделя данных", "Week of the data"),
        ),
        "profile": (
            ("category", "Toifa", "Категория", "Category"),
            ("amplitude", "Mavsumiy tebranish", "Амплитуда сезонности", "Seasonal amplitude"),
            ("peak_day", "Cho'qqi kuni (yil kuni)", "День пика (день года)", "Peak day of year"),
            ("cycles", "Yilda cho'qqilar soni", "Пиков в год", "Peaks a year"),
            ("growth", "Yillik o'sish", "Годовой рост", "Yearly growth"),
            ("holiday", "Bayram kuni ko'paytuvchisi", "Множитель в праздник", "Holiday factor"),
        ),
        "keep_probability": (
            ("day", "Kun", "День", "Day"),
            *(
                (
                    cat,
                    f"{cat}: saqlash ehtimoli",
                    f"{cat}: вероятность сохранить",
                    f"{cat}: keep probability",
                )
                for cat in PROFILE
            ),
        ),
    }.items()
}
