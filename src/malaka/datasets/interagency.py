"""Extracts "from" partner agencies with realistic defects, and a gold linkage key.

Why: inter-agency requests (prosecutor, court, health institution) come back as spreadsheets
that do not join cleanly with the police's own citizen records (domain notes §5.2). A
record-linkage exercise needs such extracts, and the true answer. Each agency has its own column
names and conventions, and its clerks make their own mistakes:

* names in the other script (Latin <-> Cyrillic), Russian-style spellings (``Рустамович`` for
  ``Rustam o'g'li``, ``у`` for ``ў``), passport-style upper-case Latin without apostrophes,
  given name first or initials, typos;
* PINFL with spaces or dashes, mangled by a spreadsheet into ``3.12E+13``, one digit wrong (the
  check digit then fails) or missing; passports with a space, lower case, Cyrillic series letters
  or ``№``;
* dates in each agency's format, day and month swapped (most often in health records; the
  PINFL's digits 2-7 hold the birth date ``DDMMYY`` and settle it), a transposed year, missing
  dates;
* the same person twice in one extract, and people who are not in the police register at all.

The gold key (``agency, record_id, citizen_id, duplicate_of, defects``) has one row per extract
row; ``citizen_id`` is empty for a person absent from the register.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Final

import numpy as np

from malaka.datasets.translit import ascii_slug, to_cyrillic, to_latin, to_russian_spelling

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped]

Gen = np.random.Generator

#: Agencies, their column names (record id, name, birth date, PINFL, passport, case, event date)
#: and date format.
AGENCIES: Final[dict[str, tuple[tuple[str, ...], str]]] = {
    "prosecutor": (
        ("record_id", "fio", "data_rozhdeniya", "pinfl", "pasport", "nomer_dela", "data_zaprosa"),
        "%d.%m.%Y",
    ),
    "court": (
        ("record_id", "full_name", "birth_date", "jshshir", "passport", "case_no", "hearing_date"),
        "%Y-%m-%d",
    ),
    "health": (
        ("record_id", "patient_name", "dob", "pinfl", "document", "admitted", "institution"),
        "%d/%m/%Y",
    ),
}
_PREFIX: Final = {"prosecutor": "PR", "court": "SD", "health": "SS"}
#: How often each kind of defect hits a field (per record, per agency).
DEFECT_RATES: Final[dict[str, dict[str, float]]] = {
    "prosecutor": {"name": 0.6, "pinfl": 0.3, "passport": 0.3, "date": 0.1},
    "court": {"name": 0.5, "pinfl": 0.25, "passport": 0.2, "date": 0.1},
    "health": {"name": 0.7, "pinfl": 0.4, "passport": 0.4, "date": 0.3},
}
_INSTITUTIONS: Final = (
    "Toshkent shahar 1-son klinik shifoxonasi",
    "Respublika shoshilinch tibbiy yordam ilmiy markazi",
    "Chilonzor tumani tibbiyot birlashmasi",
    "Городская клиническая больница №7",
)
_START: Final = dt.date(2025, 1, 6)


def _russian_patronymic(patronymic: str) -> str:
    """``Rustam o'g'li`` -> ``Rustamovich``, ``Rustam qizi`` -> ``Rustamovna``."""
    m = re.fullmatch(r"(\S+) (o'g'li|qizi|ўғли|қизи)", patronymic)
    if not m:
        return patronymic
    father, suffix = m.groups()
    male = suffix in {"o'g'li", "ўғли"}
    stem = father + ("evich" if father[-1] in "aeiouy" else "ovich")
    if not male:
        stem = stem.removesuffix("ich") + "na"
    return to_latin(stem) if not father.isascii() else stem


def _name_variants(person: pd.Series) -> dict[str, str]:
    """The ways another agency may write this person's name, by defect code."""
    script = str(person["script"])
    surname, given, patr = (str(person[c]) for c in ("surname", "given_name", "patronymic"))
    full = str(person["full_name"])
    out = {
        "given_first": f"{given} {surname}",
        "initials": f"{surname} {given[:1]}.{patr[:1]}.",
        "upper_case": full.upper(),
        "passport_latin": f"{ascii_slug(surname)} {ascii_slug(given)}".upper(),
    }
    if script == "uz_Latn":
        out["cyrillic"] = to_cyrillic(full)
        russian = f"{surname} {given} {_russian_patronymic(patr)}"
        out["russian_spelling"] = to_russian_spelling(russian)
    elif script == "uz_Cyrl":
        out["latin"] = to_latin(full)
    return out


def _typo(text: str, rng: Gen) -> str:
    if len(text) < 4:
        return text
    i = int(rng.integers(1, len(text) - 2))
    if rng.random() < 0.5:
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text[:i] + text[i + 1 :]


def _name(person: pd.Series, rate: float, rng: Gen) -> tuple[str, list[str]]:
    if rng.random() >= rate:
        return str(person["full_name"]), []
    variants = _name_variants(person)
    code = sorted(variants)[int(rng.integers(len(variants)))]
    name = variants[code]
    defects = [f"name_{code}"]
    if rng.random() < 0.25:
        typo = _typo(name, rng)
        if typo != name:
            name = typo
            defects.append("name_typo")
    return name, defects


def _pinfl(pinfl: str, rate: float, rng: Gen) -> tuple[str, list[str]]:
    if rng.random() >= rate:
        return pinfl, []
    style = int(rng.integers(5))
    if style == 0:
        return f"{pinfl[0]} {pinfl[1:7]} {pinfl[7:10]} {pinfl[10:13]} {pinfl[13]}", ["pinfl_spaces"]
    if style == 1:
        return f"{pinfl[:1]}-{pinfl[1:7]}-{pinfl[7:]}", ["pinfl_dashes"]
    if style == 2:
        return f"{int(pinfl) / 1e13:.5f}E+13", ["pinfl_spreadsheet"]
    if style == 3:
        i = int(rng.integers(1, 13))
        digit = str((int(pinfl[i]) + int(rng.integers(1, 10))) % 10)
        return pinfl[:i] + digit + pinfl[i + 1 :], ["pinfl_wrong_digit"]
    return "", ["pinfl_missing"]


def _passport(passport: str, rate: float, rng: Gen) -> tuple[str, list[str]]:
    if rng.random() >= rate:
        return passport, []
    series, number = passport[:2], passport[2:]
    style = int(rng.integers(5))
    if style == 0:
        return f"{series} {number}", ["passport_space"]
    if style == 1:
        return passport.lower(), ["passport_lower"]
    if style == 2:
        return series.translate(str.maketrans("ABCEHKMOPTX", "АВСЕНКМОРТХ")) + number, [
            "passport_cyrillic_series"
        ]
    if style == 3:
        return f"{series} №{number}", ["passport_numero"]
    return "", ["passport_missing"]


def _birth(day: dt.date, fmt: str, agency: str, rate: float, rng: Gen) -> tuple[str, list[str]]:
    if rng.random() >= rate:
        return day.strftime(fmt), []
    style = int(rng.integers(3))
    if style == 0 and day.day != day.month and (agency == "health" or rng.random() < 0.5):
        # Month and day typed the other way round: invisible when the day is <= 12, an
        # impossible month otherwise; the PINFL's DDMMYY digits settle it either way.
        swapped = fmt.replace("%d", "%@").replace("%m", "%d").replace("%@", "%m")
        return day.strftime(swapped), ["date_day_month_swapped"]
    if style == 1:
        y = f"{day.year}"
        swapped = y[:2] + y[3] + y[2]
        if swapped != y:
            return day.strftime(fmt).replace(y, swapped), ["date_year_transposed"]
    return "", ["date_missing"]


def _record(agency: str, person: pd.Series, rid: str, rng: Gen) -> tuple[dict[str, str], list[str]]:
    columns, fmt = AGENCIES[agency]
    rates = DEFECT_RATES[agency]
    name, d1 = _name(person, rates["name"], rng)
    pinfl, d2 = _pinfl(str(person["pinfl"]), rates["pinfl"], rng)
    passport, d3 = _passport(str(person["passport"]), rates["passport"], rng)
    born = _birth_date(person)
    birth, d4 = _birth(born, fmt, agency, rates["date"], rng)
    event = _START + dt.timedelta(days=int(rng.integers(0, 300)))
    if agency == "prosecutor":
        case = f"{int(rng.integers(1, 99))}-{int(rng.integers(100, 9999))}/2025"
    elif agency == "court":
        case = f"2-{int(rng.integers(1000, 99999))}/2025"
    else:
        case = _INSTITUTIONS[int(rng.integers(len(_INSTITUTIONS)))]
    when = event.strftime(fmt)
    tail = (when, case) if agency == "health" else (case, when)
    values = (rid, name, birth, pinfl, passport, *tail)
    return dict(zip(columns, values, strict=True)), d1 + d2 + d3 + d4


def _birth_date(person: pd.Series) -> dt.date:
    value = person["birth_date"]
    return value if isinstance(value, dt.date) and not hasattr(value, "hour") else value.date()


def extracts(
    people: pd.DataFrame,
    rng: np.random.Generator,
    *,
    share: float = 0.2,
    strangers: float = 0.1,
    duplicates: float = 0.06,
) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """Extracts from the prosecutor's office, a court and a health institution, and the gold key.

    Args:
        people: the police register, as :func:`malaka.datasets.pools.people` gives it (columns
            ``full_name, surname, given_name, patronymic, script, birth_date, pinfl,
            passport``); a ``citizen_id`` column is used when present, else the index.
        rng: the only source of randomness.
        share: share of the register each agency's extract covers.
        strangers: people absent from the register, as a share of each extract.
        duplicates: share of records entered twice (with their own defects).

    Returns:
        ``({agency: extract}, gold)``; gold columns ``agency, record_id, citizen_id`` (empty for
        a stranger), ``duplicate_of`` (record id of the first entry, or empty) and ``defects``
        ("+"-joined codes, empty for a clean record).
    """
    import pandas as pd

    from malaka.datasets.pools import people as draw_people

    needed = {"full_name", "surname", "given_name", "patronymic", "script", "birth_date"}
    needed |= {"pinfl", "passport"}
    missing = sorted(needed - set(people.columns))
    if missing:
        raise ValueError(f"people: missing columns {missing}")
    if len(people) < 5 or not 0 < share <= 1 or not 0 <= strangers < 1 or not 0 <= duplicates < 1:
        raise ValueError("extracts: needs >= 5 people, 0 < share <= 1, 0 <= strangers, dups < 1")
    ids = people["citizen_id"].astype(str) if "citizen_id" in people else people.index.astype(str)
    per_agency = max(1, round(share * len(people)))
    n_strangers = max(1, round(strangers * per_agency))
    outsiders = draw_people(3 * n_strangers + 10, rng)
    outsiders = outsiders[~outsiders["pinfl"].isin(set(people["pinfl"]))].reset_index(drop=True)
    tables: dict[str, pd.DataFrame] = {}
    gold: list[dict[str, str]] = []
    for a, agency in enumerate(AGENCIES):
        chosen = rng.choice(len(people), size=per_agency, replace=False)
        members = [(people.iloc[int(i)], ids[int(i)]) for i in chosen]
        members += [(outsiders.iloc[a * n_strangers + k], "") for k in range(n_strangers)]
        entries = [m for m in range(len(members)) for _ in range(1 + (rng.random() < duplicates))]
        order = rng.permutation(len(entries))
        rows = []
        first_id: dict[int, str] = {}
        for k, pos in enumerate(order):
            key = entries[int(pos)]
            person, cid = members[key]
            rid = f"{_PREFIX[agency]}-{k + 1:05d}"
            row, defects = _record(agency, person, rid, rng)
            rows.append(row)
            gold.append(
                {
                    "agency": agency,
                    "record_id": rid,
                    "citizen_id": cid,
                    "duplicate_of": first_id.get(key, ""),
                    "defects": "+".join(defects),
                }
            )
            first_id.setdefault(key, rid)
        tables[agency] = pd.DataFrame(rows, columns=list(AGENCIES[agency][0])).astype("string")
    return tables, pd.DataFrame(gold).astype("string")
