"""Incidents and appeals by district and mahalla, with past prevention days (module m07).

Why: a hot-spot lesson needs records placed in mahallas, a prevention day whose effect is known,
and a reason why a raw before/after comparison misleads. The arrivals come from a simulation
scenario (``HotspotsSpec.scenario``) whose **campaigns** are the past "Profilaktika kuni": on that
day the district's personal-reception arrivals jump, because people bring their appeals to the
event. This module then:

* places every record in a mahalla of its district (weights: population x a per-mahalla risk);
  the event day's extra appeals go to the mahallas that held it. Mahalla ids are qualified by the
  district (``sergeli/navroz``), and one mahalla name is used in two districts on purpose, so
  grouping by the name alone merges two places;
* labels each record's source (``murojaat`` appeal, ``102`` call, ``patrul`` patrol) by channel and
  category, since the taxonomy has no 102 or patrol channel;
* thins the arrivals with a **common seasonal trend** (incidents rise from winter to summer, the
  same for every mahalla) and, in the mahallas that held the prevention day, by a **planted
  effect** (-25 % for ten weeks after the day). Thinning a Poisson stream keeps it Poisson, so the
  result is what a simulation with those rates would give;
* writes the true effect, the trend and the windows of the evaluated day to ``answer_key/``.

The trend makes a raw before/after on the treated mahallas understate the effect; comparing with
mahallas that had no prevention day (difference in differences) recovers it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from malaka.datasets.providers.places import mahallas as mahalla_names
from malaka.datasets.providers.places import region as region_of
from malaka.datasets.schemas import Col
from malaka.datasets.translit import ascii_slug

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped]

    from malaka.datasets.build import Bundle
    from malaka.datasets.spec import HotspotsSpec
    from malaka.simulations.scenario import Scenario

#: Tashkent city (SOATO): the scenario's districts are looked up among its districts by name.
TASHKENT: Final = 1726
#: Mahallas per district in the data.
MAHALLAS_PER_DISTRICT: Final = 10
#: Mahallas that hold one prevention day (per campaign).
TREATED_PER_CAMPAIGN: Final = 3
#: The planted effect: relative change of incidents in a treated mahalla after its day.
EFFECT: Final = -0.25
#: How long the effect lasts, in days after the prevention day.
EFFECT_DAYS: Final = 70
#: Weeks compared before and after the evaluated day (the day's own week is left out).
WINDOW_WEEKS: Final = 8
#: Seasonal trend: share of arrivals kept at the first and at the last day (linear in between).
TREND: Final = (0.55, 1.0)
#: Risk of the one planted hot spot (a small mahalla): high enough that its rate per 1,000
#: residents clearly tops the busiest big mahallas, which lead by count.
HOT_SPOT_RISK: Final = 3.2
#: Share of mahalla names written with another apostrophe (ʻ or ’) in the incidents table.
APOSTROPHE_NOISE: Final = 0.05

#: Source of a record from the ``e_murojaat`` stream, by category: (murojaat, 102, patrul).
SOURCE_MIX: Final[dict[str, tuple[float, float, float]]] = {
    "public_order": (0.15, 0.45, 0.40),
    "domestic": (0.40, 0.60, 0.0),
    "theft": (0.45, 0.55, 0.0),
    "assault": (0.10, 0.70, 0.20),
    "traffic": (0.30, 0.20, 0.50),
    "fraud": (0.70, 0.30, 0.0),
}
SOURCES: Final = ("murojaat", "102", "patrul")


def _districts(scenario: Scenario) -> list[tuple[str, Any]]:
    """(scenario district id, places.District) for every district of the scenario."""
    by_slug = {ascii_slug(d.name_uz): d for d in region_of(TASHKENT).districts}
    out = []
    for d in scenario.districts:
        if d.id not in by_slug:
            raise ValueError(f"district {d.id!r} is not a district of Tashkent city")
        out.append((d.id, by_slug[d.id]))
    return out


def _mahallas(
    scenario: Scenario, rng: np.random.Generator
) -> tuple[pd.DataFrame, dict[tuple[str, dt.date], list[str]]]:
    """The mahalla table (with weights) and, per campaign, the mahallas that held it."""
    import pandas as pd

    districts = _districts(scenario)
    names = {sid: list(mahalla_names(d.id)) for sid, d in districts}
    # A name used in two districts on purpose: the two districts whose lists share the most
    # frequent common name (the first pair in scenario order).
    shared: tuple[str, str, str] | None = None
    for i, (a, _) in enumerate(districts):
        for b, _ in districts[i + 1 :]:
            common = sorted(set(names[a]) & set(names[b]))
            if common and shared is None:
                shared = (a, b, common[int(rng.integers(len(common)))])
    if shared is None:  # pragma: no cover - the provider's lists overlap heavily
        a, b = districts[0][0], districts[1][0]
        names[b].append(names[a][0])
        shared = (a, b, names[a][0])
    campaigns = list(scenario.campaigns)
    rows = []
    held: dict[tuple[str, dt.date], list[str]] = {}
    for sid, place in districts:
        pool = [n for n in names[sid] if n != shared[2]]
        k = MAHALLAS_PER_DISTRICT - (1 if sid in shared[:2] else 0)
        chosen = [pool[i] for i in sorted(rng.choice(len(pool), size=k, replace=False))]
        if sid in shared[:2]:
            chosen.insert(int(rng.integers(len(chosen) + 1)), shared[2])
        pop = (rng.integers(250, 950, size=len(chosen)) * 10).astype(np.int64)
        risk = rng.lognormal(0.0, 0.3, size=len(chosen))
        ids = [f"{sid}/{ascii_slug(n)}" for n in chosen]
        mine = [c for c in campaigns if c.district == sid]
        # the mahallas of a prevention day: ordinary ones (risk near the middle), not the worst
        order = list(np.argsort(np.abs(risk - np.median(risk))))
        free = [i for i in order if chosen[i] != shared[2]]
        taken: dict[int, dt.date] = {}
        for c in mine:
            picks = [i for i in free if i not in taken][:TREATED_PER_CAMPAIGN]
            for i in picks:
                taken[i] = c.date
            held[(sid, c.date)] = [ids[i] for i in picks]
        for i, name in enumerate(chosen):
            if name == shared[2]:
                risk[i] = max(risk[i], 1.45)  # the shared name: two busy mahallas
                pop[i] = max(pop[i], 7000)
            rows.append(
                {
                    "mahalla_id": ids[i],
                    "district": place.name_uz,
                    "mahalla": name,
                    "population": int(pop[i]),
                    "prevention_day": taken.get(i),
                    "_sid": sid,
                    "_weight": float(pop[i] * risk[i]),
                }
            )
    table = pd.DataFrame(rows)
    # one clear hot spot that is not a shared name and held no prevention day:
    pick = table[(table["mahalla"] != shared[2]) & table["prevention_day"].isna()]
    top = pick.index[int(rng.integers(len(pick)))]
    # a small mahalla with a high rate: the top by rate per 1,000 residents, not by count
    table.loc[top, "population"] = min(int(table.loc[top, "population"]), 3900)
    table.loc[top, "_weight"] = table.loc[top, "population"] * HOT_SPOT_RISK
    return table, held


def generate(spec: HotspotsSpec, *, rng: Any, spec_path: Any) -> Bundle:
    """Run the scenario for ``spec.weeks`` weeks and dress its arrivals into the tables."""
    import pandas as pd

    from malaka.datasets import source
    from malaka.datasets import spec as specs
    from malaka.datasets.build import Bundle

    scen_path = specs.resolve_input(spec_path, spec.scenario)
    scenario = source.load_scenario(scen_path, spec_path.name, specs.line_of(spec_path, "scenario"))
    cal = scenario.calendar.model_copy(update={"horizon_days": float(spec.weeks * 7)})
    scenario = scenario.model_copy(update={"calendar": cal})
    sim_seed = int(rng("simulation").integers(2**31 - 1))
    events = source.run_scenario(scenario, spec.replications, sim_seed, progress=False)
    ev = events.select(["run_id", "case_id", "channel", "category", "district", "lifecycle", "t"])
    arr = ev.to_pandas()
    arr = arr[arr["lifecycle"] == "arrive"].drop(columns="lifecycle")
    arr = arr.sort_values(["t", "run_id", "case_id"], kind="stable").reset_index(drop=True)
    start = cal.start
    day = np.floor(arr["t"].to_numpy() / 24.0).astype(np.int64)
    arr["date"] = [start + dt.timedelta(days=int(d)) for d in day]
    arr["_day"] = day

    table, held = _mahallas(scenario, rng("mahallas"))
    arr = _place(arr, table, held, scenario, rng("placement"))
    arr, dropped = _thin(arr, table, spec.weeks * 7, rng("thinning"))

    incidents = _incidents(arr, table, rng("source"))
    mahallas = table[["mahalla_id", "district", "mahalla", "population", "prevention_day"]].copy()
    mahallas["prevention_day"] = pd.to_datetime(mahallas["prevention_day"])

    key, trend = _answer_key(spec, scenario, table, incidents, dropped)
    n_days_kept = {
        "incidents": len(incidents),
        "mahallas": len(mahallas),
        "prevention_day_appeals": int(arr["_event"].sum()),
        "removed_by_effect": len(dropped),
    }
    return Bundle(
        tables={"incidents": incidents, "mahallas": mahallas},
        answer_key={"prevention_effect": key, "seasonal_trend": trend},
        provenance={
            "scenario": {"id": scenario.id, "sha256": scenario.sha256(), "file": spec.scenario},
            "events": {"simulated": True, "replications": spec.replications, "seed": sim_seed},
        },
        stats=n_days_kept,
    )


def _place(
    arr: pd.DataFrame,
    table: pd.DataFrame,
    held: dict[tuple[str, dt.date], list[str]],
    scenario: Scenario,
    pick: np.random.Generator,
) -> pd.DataFrame:
    """Each arrival's mahalla; a prevention day's extra appeals go to the mahallas holding it."""
    mahalla = np.empty(len(arr), dtype=object)
    at_event = np.zeros(len(arr), dtype=bool)
    camp = {(c.district, c.date): c.factor for c in scenario.campaigns}
    for sid, grp in arr.groupby("district", sort=True):
        mine = table[table["_sid"] == sid]
        w = mine["_weight"].to_numpy()
        idx = grp.index.to_numpy()
        mahalla[idx] = mine["mahalla_id"].to_numpy()[
            pick.choice(len(mine), size=len(idx), p=w / w.sum())
        ]
        for (c_sid, c_date), factor in sorted(camp.items()):
            if c_sid != sid:
                continue
            ids = held[(c_sid, c_date)]
            on_day = grp[(grp["date"] == c_date) & (grp["channel"] == "personal_reception")].index
            extra = on_day[pick.random(len(on_day)) < (factor - 1.0) / factor]
            mahalla[extra] = np.asarray(ids, dtype=object)[pick.integers(len(ids), size=len(extra))]
            at_event[extra] = True
    arr["mahalla_id"] = mahalla
    arr["_event"] = at_event
    return arr


def _thin(
    arr: pd.DataFrame, table: pd.DataFrame, n_days: int, thin: np.random.Generator
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Keep arrivals by the common seasonal trend, then remove the planted effect's share in
    treated mahallas after their day (not the day's own appeals). Returns (kept, removed)."""
    import pandas as pd

    keep_p = TREND[0] + (TREND[1] - TREND[0]) * arr["_day"].to_numpy() / max(n_days - 1, 1)
    keep = thin.random(len(arr)) < keep_p
    held_day = dict(zip(table["mahalla_id"], table["prevention_day"], strict=True))
    after = np.array(
        [
            (d := held_day[m]) is not None
            and not pd.isna(d)
            and d < x <= d + dt.timedelta(days=EFFECT_DAYS)
            for m, x in zip(arr["mahalla_id"], arr["date"], strict=True)
        ],
        dtype=bool,
    )
    effect_draw = thin.random(len(arr))
    removed = keep & after & ~arr["_event"].to_numpy() & (effect_draw < -EFFECT)
    return arr[keep & ~removed].reset_index(drop=True), arr[removed]


def _incidents(arr: pd.DataFrame, table: pd.DataFrame, src: np.random.Generator) -> pd.DataFrame:
    """The trainees' incidents table: source labels, names with some apostrophe noise."""
    import pandas as pd

    sources = np.full(len(arr), "murojaat", dtype=object)
    stream = (arr["channel"] == "e_murojaat").to_numpy() & ~arr["_event"].to_numpy()
    u = src.random(len(arr))
    for cat, (p_app, p_102, _) in SOURCE_MIX.items():
        sel = stream & (arr["category"] == cat).to_numpy()
        sources[sel & (u >= p_app)] = "102"
        sources[sel & (u >= p_app + p_102)] = "patrul"
    info = table.set_index("mahalla_id")
    names = info.loc[arr["mahalla_id"], "mahalla"].to_numpy().astype(object)
    noisy = src.random(len(arr)) < APOSTROPHE_NOISE
    alt = np.where(src.random(len(arr)) < 0.5, "\u02bb", "\u2019")
    names[noisy] = [n.replace("'", a) for n, a in zip(names[noisy], alt[noisy], strict=True)]
    return pd.DataFrame(
        {
            "incident_id": [f"H{i:06d}" for i in range(1, len(arr) + 1)],
            "date": pd.to_datetime(arr["date"].to_numpy()),
            "week": np.array([d.isocalendar().week for d in arr["date"]], dtype=np.int64),
            "district": info.loc[arr["mahalla_id"], "district"].to_numpy(),
            "mahalla_id": arr["mahalla_id"].to_numpy(),
            "mahalla": names,
            "category": arr["category"].to_numpy(),
            "source": sources,
        }
    )


def evaluated_day(scenario: Scenario) -> dt.date:
    """The prevention day the lesson evaluates: the first date on which one was held."""
    return min(c.date for c in scenario.campaigns)


def windows(day: dt.date) -> tuple[list[int], list[int]]:
    """ISO weeks before and after a prevention day (its own week left out)."""
    week = day.isocalendar().week
    return (
        list(range(week - WINDOW_WEEKS, week)),
        list(range(week + 1, week + 1 + WINDOW_WEEKS)),
    )


def _answer_key(
    spec: HotspotsSpec,
    scenario: Scenario,
    table: pd.DataFrame,
    incidents: pd.DataFrame,
    dropped: pd.DataFrame,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The true effect of the evaluated day, the estimates a trainee should reach, the trend."""
    import pandas as pd

    day = evaluated_day(scenario)
    before, after = windows(day)
    held = table["prevention_day"]
    treated = table.loc[held.notna() & (held == day), "mahalla_id"]
    control = table.loc[held.isna(), "mahalla_id"]

    def mean_weekly(ids: pd.Series, weeks: list[int]) -> float:
        sel = incidents["mahalla_id"].isin(ids) & incidents["week"].isin(weeks)
        return float(sel.sum()) / (len(ids) * len(weeks))

    t0, t1 = mean_weekly(treated, before), mean_weekly(treated, after)
    c0, c1 = mean_weekly(control, before), mean_weekly(control, after)
    lost = dropped[
        dropped["mahalla_id"].isin(treated)
        & dropped["date"].map(lambda d: d.isocalendar().week in after)
    ]
    realised = -len(lost) / (len(treated) * len(after))
    key = pd.DataFrame(
        [
            {
                "prevention_day": pd.Timestamp(day),
                "treated": "+".join(treated),
                "n_treated": len(treated),
                "n_control": len(control),
                "weeks_before": f"{before[0]}-{before[-1]}",
                "weeks_after": f"{after[0]}-{after[-1]}",
                "true_relative_effect": EFFECT,
                "effect_days": EFFECT_DAYS,
                "true_effect_per_mahalla_week": realised,
                "treated_before": t0,
                "treated_after": t1,
                "control_before": c0,
                "control_after": c1,
                "raw_change": t1 - t0,
                "did": (t1 - t0) - (c1 - c0),
            }
        ]
    )
    n_days = spec.weeks * 7
    weeks = sorted(
        {(scenario.calendar.start + dt.timedelta(days=d)).isocalendar().week for d in range(n_days)}
    )
    trend = pd.DataFrame(
        {
            "week": weeks,
            "keep_share": [
                TREND[0]
                + (TREND[1] - TREND[0]) * min(max(7 * i + 3, 0), n_days - 1) / max(n_days - 1, 1)
                for i in range(len(weeks))
            ],
        }
    )
    return key, trend


def _docs(*rows: tuple[str, str, str, str, str]) -> tuple[Col, ...]:
    return tuple(Col(name, typ, uz, ru, en) for name, typ, uz, ru, en in rows)


DOCS: Final[dict[str, tuple[Col, ...]]] = {
    "incidents": _docs(
        ("incident_id", "string", "Yozuv raqami", "Номер записи", "Record id"),
        ("date", "date", "Sana", "Дата", "Date"),
        ("week", "int", "ISO hafta raqami", "Номер недели ISO", "ISO week number"),
        ("district", "string", "Tuman", "Район", "District"),
        (
            "mahalla_id",
            "string",
            "Mahalla identifikatori: tuman/mahalla (yagona)",
            "Идентификатор махалли: район/махалля (уникален)",
            "Mahalla id: district/mahalla (unique)",
        ),
        (
            "mahalla",
            "string",
            "Mahalla nomi (boshqa tumanda ham bo'lishi mumkin; apostrof turlicha)",
            "Название махалли (может повторяться в другом районе; разные апострофы)",
            "Mahalla name (may recur in another district; mixed apostrophes)",
        ),
        (
            "category",
            "string",
            "Toifa (taksonomiya)",
            "Категория (таксономия)",
            "Category (taxonomy)",
        ),
        (
            "source",
            "string",
            "Manba: murojaat, 102 (qo'ng'iroq), patrul",
            "Источник: murojaat (обращение), 102 (звонок), patrul (патруль)",
            "Source: murojaat (appeal), 102 (call), patrul (patrol)",
        ),
    ),
    "mahallas": _docs(
        ("mahalla_id", "string", "Mahalla identifikatori", "Идентификатор махалли", "Mahalla id"),
        ("district", "string", "Tuman", "Район", "District"),
        ("mahalla", "string", "Mahalla nomi", "Название махалли", "Mahalla name"),
        ("population", "int", "Aholi soni", "Численность населения", "Residents"),
        (
            "prevention_day",
            "date",
            "O'tkazilgan profilaktika kuni (bo'sh: o'tkazilmagan)",
            "Проведённый день профилактики (пусто: не проводился)",
            "Prevention day held (empty: none)",
        ),
    ),
    "prevention_effect": _docs(
        ("true_relative_effect", "float", "Ekilgan ta'sir", "Заложенный эффект", "Planted effect"),
        (
            "true_effect_per_mahalla_week",
            "float",
            "Haqiqiy ta'sir: mahalla-haftaga hodisalar",
            "Истинный эффект: происшествий на махалля-неделю",
            "True effect: incidents per mahalla-week",
        ),
        ("did", "float", "Farqlar farqi bahosi", "Оценка разности разностей", "DiD estimate"),
        (
            "raw_change",
            "float",
            "Oddiy oldin/keyin farqi",
            "Простая разница до/после",
            "Raw change",
        ),
    ),
    "seasonal_trend": _docs(
        ("week", "int", "ISO hafta", "Неделя ISO", "ISO week"),
        ("keep_share", "float", "Mavsumiy omil", "Сезонный множитель", "Seasonal factor"),
    ),
}
