"""The 14 top-level divisions of Uzbekistan, their districts and cities, and mahallas.

Ids are SOATO codes (4 digits for a region, 7 for a district or district-level city), so they
join with official statistics. Mahallas are synthetic: each district gets a stable set of
plausible names drawn from a fixed seed, the same on every machine.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass

import numpy as np

from malaka.datasets.providers._data import column, read_csv
from malaka.datasets.translit import (
    ascii_slug,
    normalise_apostrophes,
    to_cyrillic,
    to_russian_spelling,
)

_UZ_REGION_SUFFIX = {"viloyat": "viloyati", "shahar": "shahri", "respublika": "Respublikasi"}
_UZ_DISTRICT_SUFFIX = {"tuman": "tumani", "shahar": "shahri"}


def _english(uz: str) -> str:
    return normalise_apostrophes(uz).replace("'", "")


@dataclass(frozen=True, slots=True)
class District:
    """A district (tuman) or a city of district rank (shahar)."""

    id: int
    region_id: int
    kind: str  # "tuman" | "shahar"
    name_uz: str  # bare name in Uzbek Latin, e.g. "Chilonzor"
    name_ru: str  # full Russian name, e.g. "Чиланзарский район" or "Андижан"

    @property
    def area_code(self) -> int:
        """The 3-digit code used in PINFL digits 8-10 (last three SOATO digits; see SOURCES.md)."""
        return self.id % 1000

    @property
    def name_en(self) -> str:
        """English name: the Uzbek Latin name without apostrophes (no official romanisation)."""
        base = _english(self.name_uz)
        return f"{base} district" if self.kind == "tuman" else f"{base} city"

    def full_name(self, script: str) -> str:
        """Name as written in an address: ``Chilonzor tumani``, ``Чиланзарский район``..."""
        if script == "ru":
            return self.name_ru if self.kind == "tuman" else f"г. {self.name_ru}"
        latin = f"{self.name_uz} {_UZ_DISTRICT_SUFFIX[self.kind]}"
        return to_cyrillic(latin) if script == "uz_Cyrl" else latin


@dataclass(frozen=True, slots=True)
class Region:
    """A region (viloyat), the Republic of Karakalpakstan, or Tashkent city."""

    id: int
    kind: str  # "viloyat" | "shahar" | "respublika"
    name_uz: str
    name_ru: str
    name_en: str
    center_uz: str
    population_thousands: int
    postcode_prefix: str  # first 3 of the 6 postcode digits (unconfirmed, see SOURCES.md)
    districts: tuple[District, ...]

    def full_name(self, script: str) -> str:
        """Name as written in an address: ``Andijon viloyati``, ``г. Ташкент``..."""
        if script == "ru":
            return "г. Ташкент" if self.kind == "shahar" else self.name_ru
        latin = f"{self.name_uz} {_UZ_REGION_SUFFIX[self.kind]}"
        return to_cyrillic(latin) if script == "uz_Cyrl" else latin


@functools.cache
def _regions() -> tuple[Region, ...]:
    by_region: dict[int, list[District]] = {}
    for row in read_csv("districts.csv"):
        d = District(
            int(row["district_id"]),
            int(row["region_id"]),
            row["kind"],
            row["name_uz"],
            row["name_ru"],
        )
        by_region.setdefault(d.region_id, []).append(d)
    return tuple(
        Region(
            int(row["region_id"]),
            row["kind"],
            row["name_uz"],
            row["name_ru"],
            row["name_en"],
            row["center_uz"],
            int(row["population_thousands"]),
            row["postcode_prefix"],
            tuple(by_region[int(row["region_id"])]),
        )
        for row in read_csv("regions.csv")
    )


def regions() -> list[Region]:
    """The 14 top-level divisions, in SOATO order, each with its districts."""
    return list(_regions())


@functools.cache
def _district_index() -> dict[int, District]:
    return {d.id: d for r in _regions() for d in r.districts}


def district(district_id: int) -> District:
    """One district by SOATO id; ``KeyError`` if unknown."""
    return _district_index()[district_id]


def _slug(name_uz: str) -> str:
    """``Mirzo Ulug'bek`` -> ``mirzo-ulugbek``: ASCII words joined by hyphens."""
    return "-".join(w for w in (ascii_slug(part) for part in name_uz.split()) if w)


@functools.cache
def _district_keys() -> dict[int, str]:
    """District id -> key. A city sharing its name with a district of its region gets
    ``-shahri`` (``andijon`` is the district, ``andijon-shahri`` the city): keys are unique."""
    districts = [d for r in _regions() for d in r.districts]
    tuman_slugs = {(d.region_id, _slug(d.name_uz)) for d in districts if d.kind == "tuman"}
    keys: dict[int, str] = {}
    for d in districts:
        key = _slug(d.name_uz)
        if d.kind == "shahar" and (d.region_id, key) in tuman_slugs:
            key += "-shahri"
        keys[d.id] = key
    if len(set(keys.values())) != len(keys):  # pragma: no cover - a data error
        raise ValueError("district keys are not unique; fix districts.csv")
    return keys


def district_key(district_id: int) -> str:
    """A district's stable text key (``chilonzor``, ``mirzo-ulugbek``), unique nationwide."""
    return _district_keys()[district_id]


def resolve_district(name_or_id: str | int, region: str | int | None = None) -> District:
    """A district by SOATO id, key (``chilonzor``) or name in any script, preferring one of
    ``region`` when the name is shared (``Andijon``); ``KeyError`` if unknown or ambiguous."""
    text = str(name_or_id).strip()
    if text.isdigit() and int(text) in _district_index():
        return _district_index()[int(text)]
    key = normalise_apostrophes(text).casefold()
    slug = _slug(text)
    found = [
        d
        for d in _district_index().values()
        if key
        in {
            district_key(d.id),
            normalise_apostrophes(d.name_uz).casefold(),
            to_cyrillic(d.name_uz).casefold(),
            d.name_ru.casefold(),
            normalise_apostrophes(d.full_name("uz_Latn")).casefold(),
        }
        or slug == district_key(d.id)
    ]
    if region is not None and len(found) > 1:
        rid = resolve_region(region).id
        found = [d for d in found if d.region_id == rid] or found
    if len(found) > 1:  # a district and a city of one name: the district
        found = [d for d in found if d.kind == "tuman"] or found
    if len(found) != 1:
        raise KeyError(name_or_id)
    return found[0]


def mahalla_id(district_id: int, name_uz: str) -> str:
    """A mahalla qualified by its district: ``chilonzor/navroz``. Mahalla names repeat across
    districts (every city has a Navro'z), so a bare name does not identify a mahalla."""
    return f"{district_key(district_id)}/{_slug(name_uz)}"


def mahalla_ids(district_id: int) -> tuple[str, ...]:
    """Qualified ids of a district's mahallas, in the order of :func:`mahallas`."""
    return tuple(mahalla_id(district_id, m) for m in mahallas(district_id))


def region(region_id: int) -> Region:
    """One region by SOATO id; ``KeyError`` if unknown."""
    for r in _regions():
        if r.id == region_id:
            return r
    raise KeyError(region_id)


def resolve_region(name_or_id: str | int) -> Region:
    """Find a region by id or by any of its names (case- and apostrophe-insensitive)."""
    key = normalise_apostrophes(str(name_or_id)).strip().casefold()
    bare: list[Region] = []
    for r in _regions():
        names = {
            str(r.id),
            r.name_ru,
            r.name_en,
            r.full_name("uz_Latn"),
            r.full_name("uz_Cyrl"),
            r.full_name("ru"),
        }
        if key in {normalise_apostrophes(n).casefold() for n in names}:
            return r
        if key in {normalise_apostrophes(r.name_uz).casefold(), to_cyrillic(r.name_uz).casefold()}:
            bare.append(r)
    # A bare name ("Toshkent") is accepted only when it names one division.
    if len(bare) == 1:
        return bare[0]
    raise KeyError(name_or_id)


MAHALLAS_PER_DISTRICT = (18, 40)


@functools.cache
def mahallas(district_id: int) -> tuple[str, ...]:
    """Stable synthetic mahalla names (Uzbek Latin) for a district, the same on every run.

    Real districts have about 45 mahallas each (about 9,500 nationwide); we draw 18-40 names
    from a list of common mahalla names, seeded by the district id.
    """
    district(district_id)  # KeyError for unknown ids
    names = column("mahalla_names.csv", "name_uz")
    seed = int.from_bytes(hashlib.sha256(f"mahalla:{district_id}".encode()).digest()[:8], "big")
    rng = np.random.default_rng(seed)
    k = int(rng.integers(MAHALLAS_PER_DISTRICT[0], MAHALLAS_PER_DISTRICT[1] + 1))
    idx = rng.choice(len(names), size=min(k, len(names)), replace=False)
    return tuple(names[i] for i in sorted(idx))


def mahalla_label(name_uz: str, script: str) -> str:
    """A mahalla as written in an address: ``Navro'z MFY``, ``Наврўз МФЙ``, ``махалля «Навруз»``."""
    if script == "ru":
        return f"махалля «{to_russian_spelling(name_uz)}»"
    latin = f"{name_uz} MFY"
    return to_cyrillic(latin) if script == "uz_Cyrl" else latin


def street_label(name_uz: str, script: str) -> str:
    """A street as written in an address: ``Amir Temur ko'chasi``, ``ул. Амир Темур``."""
    if script == "ru":
        return f"ул. {to_russian_spelling(name_uz)}"
    latin = f"{name_uz} ko'chasi"
    return to_cyrillic(latin) if script == "uz_Cyrl" else latin
