"""Person records of the police, the prosecutor's office and the court, and the gold key (m09).

Why: the "Yagona jinoyatchilik ma'lumotlar bazasi" (the unified crime database, kept in common
with the prosecutor's office) is only as good as the linking of the same person across the
agencies' registers. Each register writes people its own way, so a lesson on deduplication and
record linkage needs three such registers and the true answer:

* ``police``: the police register, one row per registration, separate name fields, mostly Uzbek
  Latin; the same person is often registered twice or three times by different officers
  (internal duplicates: the other script, a typo, name fields swapped, the PINFL left empty);
* ``prosecutor``: one ``fio`` string, mostly Russian-spelled Cyrillic (``Кучкоров`` for
  ``Qo'chqorov``, ``Рустамович`` for ``Rustam o'g'li``), dates ``DD.MM.YYYY``, PINFLs with
  spaces or mangled by a spreadsheet (``3.12E+13``), district names in Cyrillic;
* ``court``: one ``full_name`` string in Latin, often given name first and in capitals, PINFLs
  with one wrong digit or missing;
* in every register: day and month of birth swapped now and then, missing PINFLs, and a few
  namesakes (different people with the same name and birth year in the same district).

The ``gold`` table (source, record_id, person_id) is published with the data: it is the
teaching key against which precision and recall are computed. ``answer_key/defects`` lists,
per record, the defects planted in it.

Library for the lesson: **Splink 5 with DuckDB**, not ``recordlinkage``. recordlinkage 0.16
(last release July 2023) declares ``pandas<3`` (the project runs pandas 3.1: pip would
downgrade it) and prints pandas-4 deprecation warnings on every call; Splink is maintained,
runs in-process on DuckDB, has ready comparisons for swapped name order and dates of birth,
and its match weights can be explained to an officer (Fellegi-Sunter).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from malaka.datasets.providers.ssn import pinfl_check_digit
from malaka.datasets.schemas import Col
from malaka.datasets.translit import to_cyrillic, to_latin, to_russian_spelling

if TYPE_CHECKING:
    from pathlib import Path

    import pandas as pd  # type: ignore[import-untyped]

    from malaka.datasets.build import Bundle
    from malaka.datasets.spec import CrimeDbSpec

Gen = np.random.Generator

#: Column order of each register.
COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "police": (
        "record_id",
        "familiya",
        "ism",
        "otasining_ismi",
        "tugilgan_sana",
        "jshshir",
        "tuman",
        "qayd_sanasi",
    ),
    "prosecutor": ("record_id", "fio", "data_rozhdeniya", "pinfl", "rayon", "nomer_dela"),
    "court": ("record_id", "full_name", "birth_date", "jshshir", "district", "case_no"),
}
_PREFIX: Final = {"police": "IIV", "prosecutor": "PR", "court": "SD"}
#: Share of the people in each register (a person may be in any of them).
COVERAGE: Final = {"police": 0.8, "prosecutor": 0.4, "court": 0.25}
#: Police register: share of people entered twice, and three times.
POLICE_DUPLICATES: Final = (0.14, 0.03)
#: Per-record defect rates: PINFL empty, PINFL with one wrong digit, typo in the name, day and
#: month of birth swapped.
RATES: Final[dict[str, dict[str, float]]] = {
    "police": {"pinfl_missing": 0.25, "pinfl_wrong_digit": 0.02, "typo": 0.12, "date_swap": 0.03},
    "prosecutor": {
        "pinfl_missing": 0.2,
        "pinfl_wrong_digit": 0.02,
        "typo": 0.15,
        "date_swap": 0.03,
    },
    "court": {"pinfl_missing": 0.15, "pinfl_wrong_digit": 0.06, "typo": 0.1, "date_swap": 0.03},
}
#: Share of people who get a namesake: another person with the same name, birth year, district.
NAMESAKES: Final = 0.02
_START: Final = dt.date(2024, 1, 8)


def district_names(region: str) -> dict[int, str]:
    """District id -> its name in Uzbek Latin as registers write it (``Urgut tumani``)."""
    from malaka.datasets.providers.places import resolve_region

    suffix = {"tuman": "tumani", "shahar": "shahri"}
    return {
        d.id: f"{d.name_uz} {suffix.get(d.kind, d.kind)}" for d in resolve_region(region).districts
    }


def _typo(text: str, rng: Gen) -> str:
    """Swap two neighbouring letters or drop one (never the first letter)."""
    if len(text) < 4:
        return text
    i = int(rng.integers(1, len(text) - 2))
    if rng.random() < 0.5:
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text[:i] + text[i + 1 :]


def _russian_patronymic(patronymic: str) -> str:
    """``Rustam o'g'li`` -> ``Rustamovich``, ``Rustam qizi`` -> ``Rustamovna``."""
    parts = patronymic.split(" ")
    if len(parts) != 2 or parts[1] not in {"o'g'li", "qizi", "ўғли", "қизи"}:
        return patronymic
    father = to_latin(parts[0])
    stem = father + ("evich" if father[-1] in "aeiouy" else "ovich")
    return stem.removesuffix("ich") + "na" if parts[1] in {"qizi", "қизи"} else stem


def _latin(text: str) -> str:
    return text if text.isascii() or "'" in text else to_latin(text)


def _pinfl(pinfl: str, rates: dict[str, float], rng: Gen, styles: bool) -> tuple[str, list[str]]:
    u = rng.random()
    if u < rates["pinfl_missing"]:
        return "", ["pinfl_missing"]
    if u < rates["pinfl_missing"] + rates["pinfl_wrong_digit"]:
        i = int(rng.integers(7, 13))
        digit = str((int(pinfl[i]) + int(rng.integers(1, 10))) % 10)
        return pinfl[:i] + digit + pinfl[i + 1 :], ["pinfl_wrong_digit"]
    if styles:
        v = rng.random()
        if v < 0.12:
            return f"{int(pinfl) / 1e13:.2f}E+13", ["pinfl_spreadsheet"]
        if v < 0.25:
            return f"{pinfl[0]} {pinfl[1:7]} {pinfl[7:10]} {pinfl[10:]}", ["pinfl_spaces"]
    return pinfl, []


def _birth(day: dt.date, fmt: str, rate: float, rng: Gen) -> tuple[str, list[str]]:
    if rng.random() < rate and day.day != day.month and day.day <= 12:
        swapped = fmt.replace("%d", "%@").replace("%m", "%d").replace("%@", "%m")
        return day.strftime(swapped), ["date_day_month_swapped"]
    return day.strftime(fmt), []


def _police(p: dict[str, Any], rng: Gen, first: bool) -> tuple[dict[str, str], list[str]]:
    rates = RATES["police"]
    surname, given, patr = p["surname"], p["given_name"], p["patronymic"]
    defects: list[str] = []
    # A repeat registration by another officer: the other script now and then.
    if not first and p["script"] != "ru" and rng.random() < 0.35:
        conv = to_cyrillic if p["script"] == "uz_Latn" else to_latin
        surname, given, patr = conv(surname), conv(given), conv(patr)
        defects.append("name_other_script")
    if rng.random() < rates["typo"]:
        surname = _typo(surname, rng)
        defects.append("name_typo")
    if rng.random() < 0.05:
        surname, given = given, surname
        defects.append("name_fields_swapped")
    pinfl, d = _pinfl(p["pinfl"], rates, rng, styles=False)
    birth, d2 = _birth(p["birth"], "%Y-%m-%d", rates["date_swap"], rng)
    when = _START + dt.timedelta(days=int(rng.integers(0, 700)))
    row = {
        "familiya": surname,
        "ism": given,
        "otasining_ismi": patr if rng.random() > 0.1 else "",
        "tugilgan_sana": birth,
        "jshshir": pinfl,
        "tuman": p["district"],
        "qayd_sanasi": when.isoformat(),
    }
    return row, defects + d + d2


def _prosecutor(p: dict[str, Any], rng: Gen) -> tuple[dict[str, str], list[str]]:
    rates = RATES["prosecutor"]
    surname, given, patr = (_latin(p[k]) for k in ("surname", "given_name", "patronymic"))
    defects: list[str] = []
    u = rng.random()
    if p["script"] == "ru":
        fio = p["full_name"]
    elif u < 0.65:
        fio = to_russian_spelling(f"{surname} {given} {_russian_patronymic(patr)}")
        defects.append("name_russian_spelling")
    elif u < 0.85:
        fio = to_cyrillic(f"{surname} {given} {patr}")
        defects.append("name_cyrillic")
    else:
        fio = f"{surname} {given} {patr}"
    if rng.random() < rates["typo"]:
        fio = _typo(fio, rng)
        defects.append("name_typo")
    pinfl, d = _pinfl(p["pinfl"], rates, rng, styles=True)
    birth, d2 = _birth(p["birth"], "%d.%m.%Y", rates["date_swap"], rng)
    row = {
        "fio": fio,
        "data_rozhdeniya": birth,
        "pinfl": pinfl,
        "rayon": to_cyrillic(p["district"]),
        "nomer_dela": f"{int(rng.integers(1, 99))}-{int(rng.integers(100, 9999))}/2025",
    }
    return row, defects + d + d2


def _court(p: dict[str, Any], rng: Gen) -> tuple[dict[str, str], list[str]]:
    rates = RATES["court"]
    surname, given, patr = (_latin(p[k]) for k in ("surname", "given_name", "patronymic"))
    defects: list[str] = []
    if rng.random() < 0.45:
        name = f"{given} {surname}"
        defects.append("name_given_first")
    else:
        name = f"{surname} {given} {patr}"
    if rng.random() < 0.4:
        name = name.upper()
        defects.append("name_upper_case")
    if rng.random() < rates["typo"]:
        name = _typo(name, rng)
        defects.append("name_typo")
    pinfl, d = _pinfl(p["pinfl"], rates, rng, styles=False)
    birth, d2 = _birth(p["birth"], "%Y-%m-%d", rates["date_swap"], rng)
    row = {
        "full_name": name,
        "birth_date": birth,
        "jshshir": pinfl,
        "district": p["district"],
        "case_no": f"1-{int(rng.integers(1000, 99999))}/2025",
    }
    return row, defects + d + d2


def _persons(n: int, rng: Gen, region: str, birth_years: tuple[int, int]) -> list[dict[str, Any]]:
    """The people behind the records, namesakes planted, as plain dicts."""
    from malaka.datasets.pools import people

    names = district_names(region)
    df = people(n, rng, regions=[region], birth_years=birth_years)
    out: list[dict[str, Any]] = []
    for i, row in enumerate(df.itertuples(index=False)):
        born = row.birth_date.date()
        out.append(
            {
                "person_id": f"S{i + 1:05d}",
                "surname": row.surname,
                "given_name": row.given_name,
                "patronymic": row.patronymic,
                "full_name": row.full_name,
                "script": row.script,
                "birth": born,
                "pinfl": row.pinfl,
                "district": names[int(row.district_id)],
            }
        )
    # Namesakes: a later person takes an earlier one's name, birth year and district (a
    # different day, PINFL and patronymic), the classic false match of a name-only search.
    k = max(1, round(NAMESAKES * n))
    picks = rng.choice(n // 2, size=k, replace=False)
    for a in picks:
        src, dst = out[int(a)], out[n - 1 - int(a)]
        for key in ("surname", "given_name", "patronymic", "full_name", "script", "district"):
            dst[key] = src[key]
        # Same year, own day and month; the PINFL's DDMMYY digits and check digit follow.
        own = dst["birth"]
        day = min(own.day, 28) if own.month == 2 else own.day
        born = dt.date(src["birth"].year, own.month, day)
        if born == src["birth"]:
            born = born.replace(day=day % 28 + 1)
        first13 = src["pinfl"][0] + born.strftime("%d%m%y") + dst["pinfl"][7:13]
        dst["birth"] = born
        dst["pinfl"] = first13 + str(pinfl_check_digit(first13))
        dst["namesake_of"] = src["person_id"]
    return out


def registers(
    n_people: int,
    rng: Gen,
    *,
    region: str = "Samarqand viloyati",
    birth_years: tuple[int, int] = (1960, 2006),
) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """The three registers and the key (``source, record_id, person_id, defects``).

    Args:
        n_people: people behind the records (each is in at least one register).
        rng: the only source of randomness.
        region: the region whose districts people live in.
        birth_years: first and last birth year.
    """
    import pandas as pd

    if n_people < 10:
        raise ValueError("registers: needs at least 10 people")
    persons = _persons(n_people, rng, region, birth_years)
    member = {s: rng.random(n_people) < share for s, share in COVERAGE.items()}
    nowhere = ~(member["police"] | member["prosecutor"] | member["court"])
    member["police"] |= nowhere
    tables: dict[str, pd.DataFrame] = {}
    key: list[dict[str, str]] = []
    for source in COLUMNS:
        entries: list[tuple[int, bool]] = []
        for idx in np.flatnonzero(member[source]):
            copies = 1
            if source == "police":
                u = rng.random()
                copies += int(u < sum(POLICE_DUPLICATES)) + int(u < POLICE_DUPLICATES[1])
            entries += [(int(idx), c == 0) for c in range(copies)]
        order = rng.permutation(len(entries))
        rows = []
        for k, pos in enumerate(order):
            who, first = entries[int(pos)]
            p = persons[who]
            if source == "police":
                row, defects = _police(p, rng, first)
            elif source == "prosecutor":
                row, defects = _prosecutor(p, rng)
            else:
                row, defects = _court(p, rng)
            if "namesake_of" in p:
                defects.append("namesake")
            rid = f"{_PREFIX[source]}-{k + 1:05d}"
            rows.append({"record_id": rid, **row})
            key.append(
                {
                    "source": source,
                    "record_id": rid,
                    "person_id": p["person_id"],
                    "defects": "+".join(defects),
                }
            )
        tables[source] = pd.DataFrame(rows, columns=list(COLUMNS[source])).astype("string")
    return tables, pd.DataFrame(key).astype("string")


def generate(spec: CrimeDbSpec, *, rng: Any, spec_path: Path) -> Bundle:  # noqa: ARG001 - the interface of every generator
    """Build the ``crime_db`` dataset: three registers, the gold key, the defects key."""
    from malaka.datasets.build import Bundle

    tables, key = registers(
        spec.n_people, rng("people"), region=spec.region, birth_years=spec.birth_years
    )
    gold = key[["source", "record_id", "person_id"]]
    stats = {f"{s}_records": len(t) for s, t in tables.items()}
    stats["people"] = int(gold["person_id"].nunique())
    return Bundle(
        tables={**tables, "gold": gold},
        answer_key={"defects": key},
        provenance={"region": spec.region},
        stats=stats,
    )


_RID = ("record_id", "Yozuv raqami", "Номер записи", "Record id")
_SURNAME = ("familiya", "Familiya", "Фамилия", "Surname")
DOCS: Final[dict[str, tuple[Col, ...]]] = {
    name: tuple(Col(c, "", uz, ru, en) for c, uz, ru, en in rows)
    for name, rows in {
        "police": (
            _RID,
            _SURNAME,
            ("ism", "Ism", "Имя", "Given name"),
            ("otasining_ismi", "Otasining ismi", "Отчество", "Patronymic"),
            (
                "tugilgan_sana",
                "Tug'ilgan sana (YYYY-MM-DD)",
                "Дата рождения (ГГГГ-ММ-ДД)",
                "Birth date (YYYY-MM-DD)",
            ),
            (
                "jshshir",
                "JShShIR (bo'sh bo'lishi mumkin)",
                "ПИНФЛ (может быть пуст)",
                "PINFL (may be empty)",
            ),
            ("tuman", "Tuman (lotin)", "Район (латиница)", "District (Latin)"),
            ("qayd_sanasi", "Hisobga olingan sana", "Дата постановки на учёт", "Date registered"),
        ),
        "prosecutor": (
            _RID,
            (
                "fio",
                "F.I.Sh. (ko'pincha rus yozuvida)",
                "ФИО (чаще русским написанием)",
                "Full name (mostly Russian spelling)",
            ),
            (
                "data_rozhdeniya",
                "Tug'ilgan sana (DD.MM.YYYY)",
                "Дата рождения (ДД.ММ.ГГГГ)",
                "Birth date (DD.MM.YYYY)",
            ),
            (
                "pinfl",
                "JShShIR (bo'sh joy, Excel buzgan shakl)",
                "ПИНФЛ (пробелы, формат Excel)",
                "PINFL (spaces, spreadsheet-mangled)",
            ),
            ("rayon", "Tuman (kirill)", "Район (кириллица)", "District (Cyrillic)"),
            ("nomer_dela", "Ish raqami", "Номер дела", "Case number"),
        ),
        "court": (
            _RID,
            (
                "full_name",
                "F.I.Sh. (lotin, ba'zan ism oldin)",
                "ФИО (латиница, иногда имя первым)",
                "Full name (Latin, sometimes given name first)",
            ),
            (
                "birth_date",
                "Tug'ilgan sana (YYYY-MM-DD)",
                "Дата рождения (ГГГГ-ММ-ДД)",
                "Birth date (YYYY-MM-DD)",
            ),
            ("jshshir", "JShShIR", "ПИНФЛ", "PINFL"),
            ("district", "Tuman (lotin)", "Район (латиница)", "District (Latin)"),
            ("case_no", "Sud ishi raqami", "Номер судебного дела", "Court case number"),
        ),
        "gold": (
            (
                "source",
                "Manba: police, prosecutor, court",
                "Источник: police, prosecutor, court",
                "Source: police, prosecutor, court",
            ),
            _RID,
            (
                "person_id",
                "Haqiqiy shaxs raqami (tekshirilgan kalit)",
                "Номер настоящего лица (проверенный ключ)",
                "True person id (the verified key)",
            ),
        ),
        "defects": (
            ("source", "Manba", "Источник", "Source"),
            _RID,
            ("person_id", "Haqiqiy shaxs raqami", "Номер настоящего лица", "True person id"),
            (
                "defects",
                "Qo'yilgan xatolar kodlari, '+' bilan (bo'sh: toza yozuv)",
                "Коды внесённых искажений через '+' (пусто: чистая запись)",
                "Codes of the planted defects, '+'-joined (empty: a clean record)",
            ),
        ),
    }.items()
}
