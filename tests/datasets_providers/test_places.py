"""The 14 top-level divisions, their districts, mahallas."""

from __future__ import annotations

import pytest

from malaka.datasets.providers.places import (
    MAHALLAS_PER_DISTRICT,
    district,
    mahallas,
    region,
    regions,
    resolve_region,
)


def test_fourteen_top_level_divisions() -> None:
    regs = regions()
    assert len(regs) == 14
    kinds = [r.kind for r in regs]
    assert kinds.count("viloyat") == 12
    assert kinds.count("respublika") == 1
    assert kinds.count("shahar") == 1
    assert len({r.id for r in regs}) == 14
    assert region(1735).name_en == "Republic of Karakalpakstan"
    assert region(1726).full_name("uz_Latn") == "Toshkent shahri"
    assert region(1726).full_name("uz_Cyrl") == "Тошкент шаҳри"


def test_districts() -> None:
    all_d = [d for r in regions() for d in r.districts]
    assert len(all_d) >= 200
    assert len({d.id for d in all_d}) == len(all_d)
    for r in regions():
        assert r.districts, r.name_en
        for d in r.districts:
            assert d.id // 1000 == r.id
            assert 1 <= d.area_code <= 999
            assert d.kind in {"tuman", "shahar"}
            assert d.name_ru
            assert not any("a" <= c.lower() <= "z" for c in d.name_ru), d.name_ru
    assert district(1726294).full_name("uz_Latn") == "Chilonzor tumani"
    assert district(1726294).full_name("ru") == "Чиланзарский район"
    assert district(1730405).full_name("ru") == "г. Коканд"
    assert district(1730405).full_name("uz_Latn") == "Qo'qon shahri"


def test_mahallas_are_stable_and_sized() -> None:
    for r in regions():
        for d in r.districts:
            m = mahallas(d.id)
            assert MAHALLAS_PER_DISTRICT[0] <= len(m) <= MAHALLAS_PER_DISTRICT[1]
            assert len(set(m)) == len(m)
    assert mahallas(1703401) == mahallas(1703401)
    assert mahallas(1703401) != mahallas(1703408)
    with pytest.raises(KeyError):
        mahallas(9999999)


@pytest.mark.parametrize(
    ("name", "rid"),
    [
        ("1726", 1726),
        (1727, 1727),
        ("Toshkent shahri", 1726),
        ("Toshkent viloyati", 1727),
        ("Farg\u02bbona", 1730),
        ("Fergana Region", 1730),
        ("Ферганская область", 1730),
        ("Қорақалпоғистон Республикаси", 1735),
    ],
)
def test_resolve_region(name: str | int, rid: int) -> None:
    assert resolve_region(name).id == rid


def test_resolve_region_refuses_ambiguous_bare_name() -> None:
    with pytest.raises(KeyError):
        resolve_region("Toshkent")
