"""A national year of appeals, one row per appeal (about a million rows), for module m11.

Why: the big-data lesson asks the questions of m02 (volumes, on-time share, slow districts,
repeat appeals) of a whole country's year, a table too large for a spreadsheet. The rows come
from the simulator, so every figure has a cause in the model: the scenario
(``datasets/scenarios/respublika-yil.yaml``, the regional model scaled to the country) is run
**one region at a time**, each run scaled to the region's share of the population, with the
region's own tumans as districts and its officers multiplied by the spec's ``staffing`` factor.
A region short of officers builds a backlog, answers late and gets more repeat appeals; that is
the planted effect the lesson finds (the factors are in ``answer_key/staffing``).

Each run's event log (about 15 events per appeal) is reduced to one row per appeal by
:func:`malaka.simulations.cases.derive_cases` (vectorised numpy/Arrow, no loop per row), then
ids are prefixed with the region code with Arrow compute. No Faker: dressing a million rows
with names would take minutes and the lesson needs none. ``days`` shortens the year (the tests
build a month); staffing is not scaled, so the queues behave as in the full year.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final
from zoneinfo import ZoneInfo

import numpy as np

from malaka.datasets.build import Bundle
from malaka.datasets.providers import places
from malaka.datasets.schemas import Col, _docs
from malaka.errors import InputError, Problem

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    import pandas as pd  # type: ignore[import-untyped]
    import pyarrow as pa

    from malaka.datasets.spec import NationalYearSpec
    from malaka.simulations.scenario import Scenario

#: Outcomes that count as an answer given (sending to the competent body closes the appeal too).
ANSWERED: Final = ("answered", "forwarded")

DOCS: Final[dict[str, tuple[Col, ...]]] = {
    "appeals": _docs(
        (
            "appeal_id",
            "Murojaat raqami (hudud kodi + raqam)",
            "Номер обращения (код региона + номер)",
            "Appeal id (region code + number)",
        ),
        (
            "citizen_id",
            "Fuqaro raqami (takroriy murojaatda o'sha); anonimda bo'sh",
            "Номер гражданина (в повторном — тот же); у анонимных пуст",
            "Citizen id (the same on a repeat appeal); empty if anonymous",
        ),
        ("region_code", "Hudud SOATO kodi", "Код региона по СОАТО", "Region SOATO code"),
        ("region", "Hudud nomi", "Название региона", "Region name (Uzbek)"),
        ("district_code", "Tuman SOATO kodi", "Код района по СОАТО", "District SOATO code"),
        ("district", "Tuman yoki shahar nomi", "Район или город", "District or city (Uzbek)"),
        ("channel", "Kanal", "Канал поступления", "Channel"),
        ("kind", "Turi: ariza, taklif, shikoyat", "Вид: заявление, предложение, жалоба", "Kind"),
        ("category", "Toifa", "Категория", "Category"),
        ("received_at", "Kelib tushgan vaqt", "Время поступления", "Received"),
        (
            "deadline_at",
            "Qonuniy muddat (uzaytirilgan bo'lsa, yangisi); qo'ng'iroq tashlansa bo'sh",
            "Срок (при продлении — новый); пуст у брошенного звонка",
            "Legal deadline (the extended one if extended); empty for a dropped call",
        ),
        (
            "extended",
            "Muddat bir marta uzaytirilgan",
            "Срок продлён один раз",
            "Deadline extended once",
        ),
        (
            "answered_at",
            "Javob berilgan (yoki yo'naltirilgan) vaqt; bo'lmasa bo'sh",
            "Время ответа (или перенаправления); иначе пусто",
            "Answered (or forwarded); empty otherwise",
        ),
        (
            "outcome",
            "Natija: answered, forwarded, left_without_consideration, abandoned; yil oxirida "
            "ochiq bo'lsa bo'sh",
            "Итог: answered, forwarded, left_without_consideration, abandoned; пуст, если "
            "открыто на конец года",
            "Outcome; empty if still open at the end of the year",
        ),
        (
            "repeat_of",
            "Takroriy bo'lsa, avvalgi murojaat raqami",
            "Для повторного — номер прежнего обращения",
            "Earlier appeal id if this is a repeat",
        ),
    ),
    "regions": _docs(
        ("region_code", "Hudud SOATO kodi", "Код региона по СОАТО", "Region SOATO code"),
        ("region", "Hudud (o'zbekcha)", "Регион (по-узбекски)", "Region (Uzbek)"),
        ("region_ru", "Hudud (ruscha)", "Регион (по-русски)", "Region (Russian)"),
        ("region_en", "Hudud (inglizcha)", "Регион (по-английски)", "Region (English)"),
        (
            "population_thousands",
            "Aholi, ming kishi (taxminiy)",
            "Население, тыс. человек (приблизительно)",
            "Population, thousands (approximate)",
        ),
        (
            "officers",
            "Murojaatlar bilan ishlovchi xodimlar (ish kuni, sintetik)",
            "Сотрудники, работающие с обращениями (в рабочий день, синтетические)",
            "Officers handling appeals on a working day (synthetic)",
        ),
    ),
    "districts": _docs(
        ("district_code", "Tuman SOATO kodi", "Код района по СОАТО", "District SOATO code"),
        ("district", "Tuman (o'zbekcha)", "Район (по-узбекски)", "District (Uzbek)"),
        ("district_ru", "Tuman (ruscha)", "Район (по-русски)", "District (Russian)"),
        ("region_code", "Hudud SOATO kodi", "Код региона по СОАТО", "Region SOATO code"),
    ),
    "staffing": _docs(
        ("region_code", "Hudud SOATO kodi", "Код региона по СОАТО", "Region SOATO code"),
        (
            "staffing_factor",
            "Xodimlar soni me'yorga nisbatan (ekilgan ta'sir)",
            "Штат относительно нормы (заложенный эффект)",
            "Officers against the norm (the planted effect)",
        ),
    ),
}


def generate(
    spec: NationalYearSpec, *, rng: Callable[[str], np.random.Generator], spec_path: Path
) -> Bundle:
    """Run the scenario region by region and reduce each log to one row per appeal."""
    import pyarrow as pa

    from malaka.datasets import source
    from malaka.datasets import spec as specs
    from malaka.simulations.cases import derive_cases

    scen_path = specs.resolve_input(spec_path, spec.scenario)
    base = source.load_scenario(scen_path, spec_path.name, specs.line_of(spec_path, "scenario"))
    _check(spec, base, spec_path)
    regions = places.regions()
    seeds = rng("simulation").integers(0, 2**31 - 1, size=len(regions))
    parts, region_rows, cases_total, events_total = [], [], 0, 0
    weights = rng("districts")
    for region, seed in zip(regions, seeds, strict=True):
        factor = spec.staffing.get(str(region.id), 1.0)
        shares = weights.lognormal(0.0, 0.35, size=len(region.districts))
        scenario = region_scenario(base, region, factor, spec.days, shares / shares.sum())
        events = source.run_scenario(scenario, 1, int(seed), progress=False)
        events_total += events.num_rows
        cases = derive_cases(events)
        del events
        cases_total += cases.num_rows
        parts.append(_appeal_rows(cases, region, scenario))
        region_rows.append(_region_row(region, scenario))
    appeals = pa.concat_tables(parts)
    tables = {
        "appeals": appeals.to_pandas(),
        "regions": _frame(region_rows),
        "districts": _frame(
            [
                {
                    "district_code": d.id,
                    "district": d.full_name("uz_Latn"),
                    "district_ru": d.full_name("ru"),
                    "region_code": r.id,
                }
                for r in regions
                for d in r.districts
            ]
        ),
    }
    staffing = _frame(
        [
            {"region_code": r.id, "staffing_factor": spec.staffing.get(str(r.id), 1.0)}
            for r in regions
        ]
    )
    provenance: dict[str, Any] = {
        "scenario": {"id": base.id, "sha256": base.sha256(), "file": spec.scenario},
        "simulated": {"runs": len(regions), "days": spec.days, "seeds": [int(s) for s in seeds]},
    }
    stats = {"appeals": cases_total, "events": events_total}
    return Bundle(
        tables=tables, answer_key={"staffing": staffing}, provenance=provenance, stats=stats
    )


def _check(spec: NationalYearSpec, base: Scenario, spec_path: Path) -> None:
    """The spec's regions exist and the scenario's 'districts' are the 14 regions."""
    from malaka.datasets import spec as specs

    known = {str(r.id) for r in places.regions()}
    problems = [
        Problem(spec_path.name, f"staffing.{code}", "not a region SOATO code", None)
        for code in spec.staffing
        if code not in known
    ]
    problems += [
        Problem(spec_path.name, f"staffing.{code}", "factor must be between 0.3 and 3", None)
        for code, f in spec.staffing.items()
        if not 0.3 <= f <= 3.0
    ]
    if {d.id for d in base.districts} != known:
        problems.append(
            Problem(
                spec_path.name,
                "scenario",
                "the scenario's districts must be the 14 region SOATO codes",
                specs.line_of(spec_path, "scenario"),
            )
        )
    if spec.replications != 1:
        problems.append(
            Problem(
                spec_path.name,
                "replications",
                "a national year is one run per region: replications must be 1",
                specs.line_of(spec_path, "replications"),
            )
        )
    if problems:
        raise InputError(problems)


def region_scenario(
    base: Scenario, region: places.Region, factor: float, days: int, shares: np.ndarray
) -> Scenario:
    """The national scenario cut down to one region: arrivals at its population share, officers
    at that share times ``factor``, its tumans as districts (``shares`` of its arrivals, one
    pool of officers for the whole region), ``days`` long."""
    from malaka.simulations.scenario import Scenario

    share = next(d.share for d in base.districts if d.id == str(region.id))
    data = base.model_dump(mode="json", by_alias=True)
    for channel in data["channels"]:
        channel["rate_per_day"] *= share
    for pool in data["pools"]:
        for shift in pool["shifts"]:
            shift["staff"] = max(1, round(shift["staff"] * share * factor))
    rounded = [round(float(x), 6) for x in shares]
    rounded[-1] = round(1.0 - sum(rounded[:-1]), 6)
    data["districts"] = [
        {"id": str(d.id), "share": w} for d, w in zip(region.districts, rounded, strict=True)
    ]
    data["campaigns"] = []
    data["calendar"]["horizon_days"] = float(days)
    data["id"] = f"{base.id}-{region.id}"
    return Scenario.model_validate(data)


def _officers(scenario: Scenario) -> int:
    """Officers on duty on a working day (the largest shift of each pool, added up)."""
    return sum(max(s.staff for s in pool.shifts) for pool in scenario.pools)


def _region_row(region: places.Region, scenario: Scenario) -> dict[str, Any]:
    return {
        "region_code": region.id,
        "region": region.full_name("uz_Latn"),
        "region_ru": region.name_ru if region.kind != "shahar" else "г. Ташкент",
        "region_en": region.name_en,
        "population_thousands": region.population_thousands,
        "officers": _officers(scenario),
    }


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(rows)


def _timestamps(hours: np.ndarray, start: dt.datetime) -> pa.Array:
    """Hours since the local start as whole-second local timestamps (NaN -> null)."""
    import pyarrow as pa

    mask = np.isnan(hours)
    secs = np.round(np.where(mask, 0.0, hours) * 3600.0).astype(np.int64) + int(start.timestamp())
    return pa.array(secs, type=pa.timestamp("s", tz=start.tzinfo.key), mask=mask)  # type: ignore[union-attr]


def _appeal_rows(cases: pa.Table, region: places.Region, scenario: Scenario) -> pa.Table:
    """One region's cases as the published columns (ids prefixed with the region code)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    cal = scenario.calendar
    start = dt.datetime.combine(cal.start, dt.time(), tzinfo=ZoneInfo(cal.timezone))
    prefix = f"{region.id}-"

    def prefixed(col: str) -> pa.ChunkedArray:
        values = cases[col]
        empty = pc.equal(values, "")
        joined = pc.binary_join_element_wise(prefix, values, "")
        return pc.if_else(empty, pa.scalar(None, pa.string()), joined)

    names = {str(d.id): d.full_name("uz_Latn") for d in region.districts}
    district = cases["district"]
    district_code = pc.cast(district, pa.int32())
    # names by dictionary: encode once, then take (a million lookups without a Python loop)
    encoded = pc.dictionary_encode(district).combine_chunks()
    labels = pa.array([names[c] for c in encoded.dictionary.to_pylist()], type=pa.string())
    district_name = labels.take(encoded.indices)
    outcome = cases["outcome"]
    close = cases["close_t"].to_numpy()
    answered = np.isin(outcome.to_numpy(zero_copy_only=False), ANSWERED)
    n = cases.num_rows
    return pa.table(
        {
            "appeal_id": prefixed("case_id"),
            "citizen_id": prefixed("citizen_id"),
            "region_code": pa.array(np.full(n, region.id, dtype=np.int32)),
            "region": pa.repeat(pa.scalar(region.full_name("uz_Latn"), pa.string()), n),
            "district_code": district_code,
            "district": district_name,
            "channel": cases["channel"],
            "kind": cases["kind"],
            "category": cases["category"],
            "received_at": _timestamps(cases["arrive_t"].to_numpy(), start),
            "deadline_at": _timestamps(cases["deadline_t"].to_numpy(), start),
            "extended": cases["extended"],
            "answered_at": _timestamps(np.where(answered, close, np.nan), start),
            "outcome": pc.if_else(pc.equal(outcome, ""), pa.scalar(None, pa.string()), outcome),
            "repeat_of": prefixed("repeat_of"),
        }
    )
