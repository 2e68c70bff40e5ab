"""Fast synthetic identities: a million citizens in seconds, the same on every run.

Per-row Faker manages about 2,000 eleven-field records per second. That is 8 minutes for a
million. Instead we draw about a thousand names per script, sex and birth cohort once, through
the Faker providers (so the frequencies are the providers' own), and then sample them with
numpy. Addresses are glued from small label tables (one Arrow ``take`` per part).
Identifiers (PINFL, passport, phone) are computed as integer arrays, check digit included.
Strings are assembled column-wise with Arrow compute kernels.

Everything comes from the ``numpy.random.Generator`` passed in; the Faker pools are seeded
from it with ``seed_instance``. The same generator state therefore gives a byte-identical
table in any process, on any day.
"""

from __future__ import annotations

import datetime as dt
import functools
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from malaka.datasets.providers import malaka_faker
from malaka.datasets.providers._data import column
from malaka.datasets.providers.internet import LOCAL_PART_PATTERNS
from malaka.datasets.providers.internet.ru import Provider as RuInternet
from malaka.datasets.providers.internet.uz_Cyrl import Provider as CyrlInternet
from malaka.datasets.providers.internet.uz_Latn import Provider as LatnInternet
from malaka.datasets.providers.passport import SERIES
from malaka.datasets.providers.person import COHORT_STARTS
from malaka.datasets.providers.person import Provider as PersonProvider
from malaka.datasets.providers.phone_number import MOBILE_CODES
from malaka.datasets.providers.places import (
    District,
    Region,
    mahalla_ids,
    mahallas,
    regions,
    resolve_district,
    resolve_region,
    street_label,
)
from malaka.datasets.providers.ssn import WEIGHTS
from malaka.datasets.translit import ascii_slug, to_cyrillic, to_russian_spelling

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped]

__all__ = ["COLUMNS", "DEFAULT_SCRIPT_MIX", "SCRIPTS", "District", "Region", "people", "regions"]

#: Scripts a person's record can be written in (column ``script``).
SCRIPTS: Final = ("uz_Latn", "uz_Cyrl", "ru")
#: Default share of records per script: most new records are in Latin; older ones and those
#: of Russian speakers are in Cyrillic (our estimate, unconfirmed).
DEFAULT_SCRIPT_MIX: Final[Mapping[str, float]] = {"uz_Latn": 0.65, "uz_Cyrl": 0.2, "ru": 0.15}
#: Column order of :func:`people`.
COLUMNS: Final = (
    "sex",
    "given_name",
    "surname",
    "patronymic",
    "full_name",
    "script",
    "birth_date",
    "pinfl",
    "passport",
    "phone",
    "email",
    "region_id",
    "district_id",
    "mahalla",
    "mahalla_id",
    "address",
)
#: Names drawn per (script, sex, birth cohort) and name part (lists hold 100-300 names).
POOL_SIZE: Final = 1024
#: A birth year inside each cohort of ``providers.person.cohort`` (before 1975, to 1994, after).
_COHORT_YEARS: Final = (1960, 1985, 2002)
#: Share of addresses with a flat number, in Tashkent city and district-level cities vs elsewhere.
FLAT_SHARE_CITY: Final = 0.7
FLAT_SHARE_RURAL: Final = 0.15
#: House numbers are 1..MAX_HOUSE-1, flat numbers 1..MAX_FLAT-1.
MAX_HOUSE: Final = 120
MAX_FLAT: Final = 150

_DOMAINS: Final = (LatnInternet, CyrlInternet, RuInternet)
#: Per script: house label, flat label (``{}`` is the number).
_HOUSE_WORDS: Final = (("{}-uy", ", {}-xonadon"), ("{}-уй", ", {}-хонадон"), ("д. {}", ", кв. {}"))


class _Pools:
    """Name parts per (script, sex, birth cohort) block, in the script and as ASCII for e-mail.

    Block ``b = (script_index * 2 + is_female) * 3 + cohort`` holds rows
    ``b * POOL_SIZE ... (b + 1) * POOL_SIZE - 1``. Given names and patronymics follow the
    cohort's fashions (see ``providers.person``); surnames do not, but share the layout.
    Within a block, rows are sorted by naming tradition (``ru``: Uzbek, Slavic, Korean,
    Tatar); ``group_start``/``group_len`` give each row's tradition range, so a person's
    surname and patronymic are drawn from the tradition of the given name (no "Иванов Фарход").
    """

    def __init__(self, seed: int) -> None:
        given: list[str] = []
        surname: list[str] = []
        patronymic: list[str] = []
        given_ascii: list[str] = []
        surname_ascii: list[str] = []
        group_start: list[int] = []
        group_len: list[int] = []
        # Pools repeat a few hundred distinct names: convert each distinct one once.
        cyr = functools.lru_cache(maxsize=None)(to_cyrillic)
        slug = functools.lru_cache(maxsize=None)(ascii_slug)
        for s_idx, script in enumerate(SCRIPTS):
            source = "uz_Latn" if script == "uz_Cyrl" else script
            for x_idx, sex in enumerate(("M", "F")):
                fake = malaka_faker(source, seed + 10 * s_idx + x_idx)
                names = next(p for p in fake.get_providers() if isinstance(p, PersonProvider))
                for year in _COHORT_YEARS:
                    # Weighted draws through Faker, from the provider's own data, sorted by
                    # tradition (stable: the draw order is kept within one).
                    drawn = sorted(names.names_for(sex, year, POOL_SIZE), key=lambda r: r[3])
                    s = [r[0] for r in drawn]
                    g = [r[1] for r in drawn]
                    p = [r[2] for r in drawn]
                    groups = [r[3] for r in drawn]
                    base = len(given)
                    first = {grp: k for k, grp in reversed(list(enumerate(groups)))}
                    count = {grp: groups.count(grp) for grp in first}
                    group_start += [base + first[grp] for grp in groups]
                    group_len += [count[grp] for grp in groups]
                    # E-mail addresses of Uzbek speakers use the Latin spelling in either script.
                    given_ascii += [slug(v) for v in g]
                    surname_ascii += [slug(v) for v in s]
                    if script == "uz_Cyrl":
                        g, s, p = ([cyr(v) for v in col] for col in (g, s, p))
                    given += g
                    surname += s
                    patronymic += p
        self.given = pa.array(given, pa.string())
        self.surname = pa.array(surname, pa.string())
        self.patronymic = pa.array(patronymic, pa.string())
        self.given_ascii = pa.array(given_ascii, pa.string())
        self.surname_ascii = pa.array(surname_ascii, pa.string())
        self.group_start = np.array(group_start, np.int64)
        self.group_len = np.array(group_len, np.int64)


@functools.lru_cache(maxsize=4)
def _pools(seed: int) -> _Pools:
    return _Pools(seed)


class _Places:
    """Districts, mahallas and streets as flat arrays; labels for all scripts in one array.

    A label table holds ``len(SCRIPTS)`` blocks, so row ``i`` in script ``s`` reads entry
    ``s * block + i``: one Arrow ``take`` per address part, whatever the script mix.
    """

    def __init__(self) -> None:
        regs = regions()
        cyr = functools.lru_cache(maxsize=None)(to_cyrillic)
        rus = functools.lru_cache(maxsize=None)(to_russian_spelling)
        self.districts: list[District] = [d for r in regs for d in r.districts]
        self.region_of = {r.id: r for r in regs}
        self.district_ids = np.array([d.id for d in self.districts], np.int32)
        self.region_ids = np.array([d.region_id for d in self.districts], np.int32)
        self.area_codes = np.array([d.area_code for d in self.districts], np.int64)
        self.is_city = np.array(
            [d.kind == "shahar" or d.region_id == 1726 for d in self.districts], np.bool_
        )
        counts = [len(mahallas(d.id)) for d in self.districts]
        self.mahalla_count = np.array(counts, np.int64)
        self.mahalla_offset = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
        names = [m for d in self.districts for m in mahallas(d.id)]
        streets = column("street_names.csv", "name_uz")
        self.n_districts, self.n_mahallas, self.n_streets = (
            len(self.districts),
            len(names),
            len(streets),
        )
        self.head = pa.array(
            [
                f"{self.region_of[d.region_id].full_name(s)}, {d.full_name(s)}, "
                for s in SCRIPTS
                for d in self.districts
            ]
        )
        self.mahalla = pa.array(names + [cyr(m) for m in names] + [rus(m) for m in names])
        self.mahalla_id = pa.array([m for d in self.districts for m in mahalla_ids(d.id)])
        self.mahalla_part = pa.array(
            [f"{m} MFY, " for m in names]
            + [cyr(f"{m} MFY") + ", " for m in names]
            + [f"махалля «{rus(m)}», " for m in names]
        )
        self.street_part = pa.array([street_label(st, s) + ", " for s in SCRIPTS for st in streets])
        self.house_part = pa.array(
            [_HOUSE_WORDS[s][0].format(h) for s in range(len(SCRIPTS)) for h in range(MAX_HOUSE)]
        )
        self.flat_part = pa.array(
            [
                _HOUSE_WORDS[s][1].format(f) if f else ""
                for s in range(len(SCRIPTS))
                for f in range(MAX_FLAT)
            ]
        )


@functools.cache
def _places() -> _Places:
    return _Places()


def _weights(mapping: Mapping[str, float]) -> tuple[list[str], np.ndarray]:
    keys = list(mapping)
    w = np.array([mapping[k] for k in keys], np.float64)
    return keys, w / w.sum()


def _make_unique(
    values: np.ndarray,
    redraw: Callable[[np.ndarray, np.random.Generator], np.ndarray],
    rng: np.random.Generator,
) -> np.ndarray:
    """Redraw the later copies of repeated values until all are distinct (ids must be unique).

    One full sort; after that only the few redrawn values are checked, against the sorted
    originals (whose set never shrinks) and against each other.
    """
    ordered = np.sort(values)
    repeated = np.unique(ordered[1:][ordered[1:] == ordered[:-1]])
    if len(repeated) == 0:
        return values
    pos = np.searchsorted(repeated, values).clip(max=len(repeated) - 1)
    rows = np.flatnonzero(repeated[pos] == values)
    _, first = np.unique(values[rows], return_index=True)
    keep = np.zeros(len(rows), np.bool_)
    keep[first] = True
    pending = rows[~keep]
    accepted: set[int] = set()
    for _ in range(100):
        if len(pending) == 0:
            return values
        new = redraw(pending, rng)
        pos = np.searchsorted(ordered, new).clip(max=len(ordered) - 1)
        clash = ordered[pos] == new
        ok = np.zeros(len(new), np.bool_)
        for k, v in enumerate(new.tolist()):
            if not clash[k] and v not in accepted:
                accepted.add(v)
                ok[k] = True
        values[pending[ok]] = new[ok]
        pending = pending[~ok]
    raise RuntimeError("could not draw unique identifiers; the id space is too small")


def _digits(values: np.ndarray, width: int) -> pa.Array:
    """Zero-padded decimal strings of non-negative integers."""
    return pc.utf8_lpad(pa.array(values).cast(pa.string()), width=width, padding="0")


def _check_args(
    n: int,
    script_mix: Mapping[str, float],
    birth_years: tuple[int, int],
) -> None:
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    unknown = set(script_mix) - set(SCRIPTS)
    if unknown:
        raise ValueError(f"unknown script(s) {sorted(unknown)}; use {', '.join(SCRIPTS)}")
    if any(v < 0 for v in script_mix.values()) or sum(script_mix.values()) <= 0:
        raise ValueError("script_mix weights must be >= 0 and not all zero")
    y0, y1 = birth_years
    if not 1900 <= y0 <= y1 <= 2099:
        raise ValueError(f"birth_years must satisfy 1900 <= first <= last <= 2099: {birth_years}")


def people(
    n: int,
    rng: np.random.Generator,
    *,
    script_mix: Mapping[str, float] | None = None,
    regions: Sequence[str | int] | None = None,
    birth_years: tuple[int, int] = (1940, 2008),
    districts: Sequence[str | int] | None = None,
    home_districts: Sequence[str | int] | np.ndarray | None = None,
) -> pd.DataFrame:
    """``n`` synthetic citizens of Uzbekistan, one row each (columns: :data:`COLUMNS`).

    Args:
        n: number of people.
        rng: the only source of randomness; the same state gives the same table.
        script_mix: share of records per script (``uz_Latn``, ``uz_Cyrl``, ``ru``), normalised;
            default :data:`DEFAULT_SCRIPT_MIX`.
        regions: restrict homes to these top-level divisions (SOATO ids or names in any
            language, e.g. ``"Toshkent shahri"``, ``1726``, ``"Fergana Region"``); people are
            spread over regions by population and evenly over each region's districts.
        birth_years: first and last birth year, inclusive (uniform over days).
        districts: restrict homes to these districts (SOATO ids, keys such as
            ``"chilonzor"`` or names; a shared name is resolved within ``regions``), evenly.
        home_districts: the home district of each row (``n`` values, as for ``districts``):
            the applicants of a district department live in its district.

    Returns:
        A DataFrame with ``sex`` (``M``/``F``), names in the row's ``script`` (``full_name`` =
        surname, given name, patronymic), ``birth_date`` (datetime64[ns], midnight), unique
        ``pinfl``, ``passport`` and ``phone`` (E.164), ``email``, SOATO ``region_id`` and
        ``district_id``, ``mahalla`` (its name in the row's script), ``mahalla_id`` (qualified
        by the district: ``chilonzor/navroz``) and the full ``address``.

    Raises:
        ValueError: bad ``n``, ``script_mix``, ``birth_years``, or an unknown region.
    """
    mix = dict(DEFAULT_SCRIPT_MIX if script_mix is None else script_mix)
    _check_args(n, mix, birth_years)
    allowed = _allowed_regions(regions)
    home_rows = _district_rows(districts, home_districts, n, regions)
    pools = _pools(int(rng.integers(0, 2**31)))

    p_script = np.array([mix.get(s, 0.0) for s in SCRIPTS], np.float64)
    script = rng.choice(len(SCRIPTS), size=n, p=p_script / p_script.sum()).astype(np.int64)
    female = rng.random(n) < 0.5
    lo = dt.date(birth_years[0], 1, 1)
    span = (dt.date(birth_years[1], 12, 31) - lo).days + 1
    day = rng.integers(0, span, n)
    # Every calendar day in range once; rows index into it (cheaper than date maths per row).
    calendar = np.datetime64(lo, "D") + np.arange(span).astype("timedelta64[D]")
    cal_year = calendar.astype("datetime64[Y]").astype(np.int64) + 1970
    cal_month = calendar.astype("datetime64[M]").astype(np.int64) % 12 + 1
    cal_day = (calendar - calendar.astype("datetime64[M]")).astype(np.int64) + 1
    home = _homes(n, rng, allowed, home_rows)

    years = cal_year[day]
    cohort = np.searchsorted(np.array(COHORT_STARTS), years, side="right")
    block = ((script * 2 + female) * 3 + cohort) * POOL_SIZE
    g_idx = block + rng.integers(0, POOL_SIZE, n)
    # surname and patronymic from the given name's naming tradition (see _Pools)
    g_start, g_len = pools.group_start[g_idx], pools.group_len[g_idx]
    gi = pa.array(g_idx)
    si = pa.array(g_start + (rng.random(n) * g_len).astype(np.int64))
    pi = pa.array(g_start + (rng.random(n) * g_len).astype(np.int64))
    given = pools.given.take(gi)
    surname = pools.surname.take(si)
    patronymic = pools.patronymic.take(pi)

    places = _places()
    table = pa.table(
        {
            "sex": pa.array(["M", "F"]).take(pa.array(female.astype(np.int8))),
            "given_name": given,
            "surname": surname,
            "patronymic": patronymic,
            "full_name": pc.binary_join_element_wise(surname, given, patronymic, " "),
            "script": pa.array(SCRIPTS).take(pa.array(script)),
            "birth_date": pa.array(calendar.astype("datetime64[ns]")[day]),
            "pinfl": _pinfls(
                (years, cal_month[day], cal_day[day]),
                female,
                places.area_codes[home.district],
                rng,
            ),
            "passport": _passports(n, rng),
            "phone": _phones(n, rng),
            "email": _emails(
                script, pools.given_ascii.take(gi), pools.surname_ascii.take(si), years, rng
            ),
            "region_id": pa.array(places.region_ids[home.district]),
            "district_id": pa.array(places.district_ids[home.district]),
            "mahalla": places.mahalla.take(pa.array(script * places.n_mahallas + home.mahalla)),
            "mahalla_id": places.mahalla_id.take(pa.array(home.mahalla)),
            "address": _addresses(script, home),
        }
    )
    del given, surname, patronymic
    # self_destruct frees each Arrow column as soon as pandas has it: lower peak memory.
    df = table.to_pandas(self_destruct=True, split_blocks=True)
    assert tuple(df.columns) == COLUMNS
    return df


def _allowed_regions(names: Sequence[str | int] | None) -> set[int] | None:
    if names is None:
        return None
    try:
        allowed = {resolve_region(r).id for r in names}
    except KeyError as exc:
        raise ValueError(f"unknown region {exc.args[0]!r}") from None
    if not allowed:
        raise ValueError("regions must name at least one region")
    return allowed


@dataclass(frozen=True, slots=True)
class _Homes:
    """Row-wise indices into :class:`_Places` and house details."""

    district: np.ndarray
    mahalla: np.ndarray
    street: np.ndarray
    house: np.ndarray
    flat: np.ndarray  # 0 = no flat (a house)


def _district_rows(
    districts: Sequence[str | int] | None,
    home_districts: Sequence[str | int] | np.ndarray | None,
    n: int,
    regions: Sequence[str | int] | None,
) -> tuple[np.ndarray | None, np.ndarray | None]:
    """(allowed district rows of :class:`_Places`, or None; per-row district rows, or None)."""
    places = _places()
    row_of = {d.id: i for i, d in enumerate(places.districts)}
    region = regions[0] if regions and len(regions) == 1 else None

    def rows(values: Sequence[str | int] | np.ndarray) -> np.ndarray:
        uniq, inverse = np.unique(np.asarray(values).astype(str), return_inverse=True)
        try:
            found = [row_of[resolve_district(v, region).id] for v in uniq.tolist()]
        except KeyError as exc:
            raise ValueError(f"unknown district {exc.args[0]!r}") from None
        return np.asarray(found, np.int64)[inverse.reshape(-1)]

    allowed = None if districts is None else np.unique(rows(districts))
    if allowed is not None and len(allowed) == 0:
        raise ValueError("districts must name at least one district")
    per_row = None
    if home_districts is not None:
        if len(home_districts) != n:
            raise ValueError(f"home_districts needs one value per row ({n})")
        per_row = rows(home_districts) if n else np.zeros(0, np.int64)
    return allowed, per_row


def _homes(
    n: int,
    rng: np.random.Generator,
    allowed: set[int] | None,
    district_rows: tuple[np.ndarray | None, np.ndarray | None] = (None, None),
) -> _Homes:
    """District by region population (evenly within a region), then mahalla, street, house."""
    places = _places()
    only, per_row = district_rows
    pop = np.array(
        [
            places.region_of[d.region_id].population_thousands
            / len(places.region_of[d.region_id].districts)
            if allowed is None or d.region_id in allowed
            else 0.0
            for d in places.districts
        ],
        np.float64,
    )
    if only is not None:
        pop = np.zeros(len(places.districts))
        pop[only] = 1.0
    d_idx = rng.choice(len(places.districts), size=n, p=pop / pop.sum())
    if per_row is not None:
        d_idx = per_row
    m_idx = places.mahalla_offset[d_idx] + (rng.random(n) * places.mahalla_count[d_idx]).astype(
        np.int64
    )
    flat_share = np.where(places.is_city[d_idx], FLAT_SHARE_CITY, FLAT_SHARE_RURAL)
    return _Homes(
        district=d_idx,
        mahalla=m_idx,
        street=rng.integers(0, places.n_streets, n),
        house=rng.integers(1, MAX_HOUSE, n),
        flat=rng.integers(1, MAX_FLAT, n) * (rng.random(n) < flat_share),
    )


def _pinfls(
    ymd: tuple[np.ndarray, np.ndarray, np.ndarray],
    female: np.ndarray,
    area: np.ndarray,
    rng: np.random.Generator,
) -> pa.Array:
    """Unique PINFLs consistent with birth date, sex and district (layout: providers.ssn)."""
    years, months, days = ymd
    n = len(years)
    century_digit = np.where(years < 2000, 3, 5) + female.astype(np.int64)
    fixed = (
        century_digit * 10**12
        + days * 10**10
        + months * 10**8
        + (years % 100) * 10**6
        + area.astype(np.int64) * 10**3
    )
    head = _make_unique(
        fixed + rng.integers(1, 1000, n),
        lambda idx, r: fixed[idx] + r.integers(1, 1000, len(idx)),
        rng,
    )
    check = np.zeros(n, np.int64)
    for k, w in enumerate(WEIGHTS):
        check += (head // 10 ** (12 - k)) % 10 * w
    return pa.array(head * 10 + check % 10).cast(pa.string())


def _passports(n: int, rng: np.random.Generator) -> pa.Array:
    """Unique series + 7-digit numbers (series list unconfirmed, see providers.passport)."""
    keys, p = _weights(SERIES)

    def draw(k: int, r: np.random.Generator) -> np.ndarray:
        return r.choice(len(keys), size=k, p=p) * 10**7 + r.integers(1, 10**7, k)

    values = _make_unique(draw(n, rng), lambda idx, r: draw(len(idx), r), rng)
    return pc.binary_join_element_wise(
        pa.array(keys).take(pa.array(values // 10**7)), _digits(values % 10**7, 7), ""
    )


def _phones(n: int, rng: np.random.Generator) -> pa.Array:
    """Unique +998 mobile numbers in E.164 (operator codes: providers.phone_number)."""
    keys, p = _weights(MOBILE_CODES)
    codes = np.array([int(c) for c in keys], np.int64)

    def draw(k: int, r: np.random.Generator) -> np.ndarray:
        return codes[r.choice(len(codes), size=k, p=p)] * 10**7 + r.integers(0, 10**7, k)

    values = _make_unique(draw(n, rng), lambda idx, r: draw(len(idx), r), rng)
    return pc.binary_join_element_wise("+998", pa.array(values).cast(pa.string()), "")


def _emails(
    script: np.ndarray,
    g_ascii: pa.Array,
    s_ascii: pa.Array,
    years: np.ndarray,
    rng: np.random.Generator,
) -> pa.Array:
    """A local-part pattern of the ASCII name, then a mail domain weighted by script.

    Every pattern is laid out on the same few slots (field or literal text), so each slot is
    a single ``take`` from one array holding all the candidate values.
    """
    n = len(script)
    pat_keys, pat_p = _weights(LOCAL_PART_PATTERNS)
    pattern = rng.choice(len(pat_keys), size=n, p=pat_p)
    fields: dict[str, pa.Array] = {
        "g": g_ascii,
        "s": s_ascii,
        "i": pc.utf8_slice_codeunits(g_ascii, 0, 1),
        "y2": _digits(years % 100, 2),
        "y4": pa.array(years).cast(pa.string()),
        "n": _digits(rng.integers(0, 100, n), 2),
    }
    layouts = [_pattern_parts(k) for k in pat_keys]
    literals = sorted({"", *(text for lay in layouts for is_f, text in lay if not is_f)})
    sources = list(fields) + [f"'{lit}" for lit in literals]
    width = max(len(lay) for lay in layouts)
    slot_source = np.zeros((len(pat_keys), width), np.int64)
    for p_idx, lay in enumerate(layouts):
        padded = list(lay) + [(False, "")] * (width - len(lay))
        for k, (is_field, text) in enumerate(padded):
            slot_source[p_idx, k] = sources.index(text if is_field else f"'{text}")
    pool = pa.concat_arrays(
        [fields[f].cast(pa.string()) for f in fields]
        + [pa.repeat(pa.scalar(lit, pa.string()), n) for lit in literals]
    )
    rows = np.arange(n, dtype=np.int64)
    slots = [pool.take(pa.array(slot_source[pattern, k] * n + rows)) for k in range(width)]
    del pool

    # Domain: inverse-CDF draw per row against its script's domain weights.
    tables = [_weights(d.free_email_domains) for d in _DOMAINS]
    k_max = max(len(keys) for keys, _ in tables)
    cdf = np.ones((len(SCRIPTS), k_max))
    labels: list[str] = []
    for s_idx, (keys, p) in enumerate(tables):
        cdf[s_idx, : len(keys)] = np.cumsum(p)
        labels += keys + [keys[-1]] * (k_max - len(keys))
    u = rng.random(n)
    pick = np.zeros(n, np.int64)
    for s_idx in range(len(SCRIPTS)):
        mask = script == s_idx
        pick[mask] = np.searchsorted(cdf[s_idx, :-1], u[mask], side="right")
    domain = pa.array(labels).take(pa.array(script * k_max + pick))
    return pc.binary_join_element_wise(*slots, "@", domain, "")


def _addresses(script: np.ndarray, home: _Homes) -> pa.Array:
    """Full addresses, each written in its row's script (labels from :class:`_Places`)."""
    places = _places()
    parts = [
        places.head.take(pa.array(script * places.n_districts + home.district)),
        places.mahalla_part.take(pa.array(script * places.n_mahallas + home.mahalla)),
        places.street_part.take(pa.array(script * places.n_streets + home.street)),
        places.house_part.take(pa.array(script * MAX_HOUSE + home.house)),
        places.flat_part.take(pa.array(script * MAX_FLAT + home.flat)),
    ]
    return pc.binary_join_element_wise(*parts, "")


@functools.cache
def _pattern_parts(pattern: str) -> tuple[tuple[bool, str], ...]:
    """``"{g}.{s}{y2}"`` -> ``((True, "g"), (False, "."), (True, "s"), (True, "y2"))``."""
    parts: list[tuple[bool, str]] = []
    for literal, field, _, _ in string.Formatter().parse(pattern):
        if literal:
            parts.append((False, literal))
        if field:
            parts.append((True, field))
    return tuple(parts)
