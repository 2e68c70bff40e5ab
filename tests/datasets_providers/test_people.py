"""people(): columns, sex consistency, places, options, bad input, determinism, speed."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import time

import numpy as np
import pandas as pd
import pytest

from malaka.datasets.pools import COLUMNS, people
from malaka.datasets.providers import malaka_faker
from malaka.datasets.providers.person.uz_Latn import Provider as LatinNames
from malaka.datasets.providers.places import district, mahallas, regions


@pytest.fixture(scope="module")
def crowd() -> pd.DataFrame:
    return people(30_000, np.random.default_rng(21))


def test_columns_and_types(crowd: pd.DataFrame) -> None:
    assert tuple(crowd.columns) == COLUMNS
    assert len(crowd) == 30_000
    assert crowd["birth_date"].dtype == "datetime64[ns]"
    assert set(crowd["sex"]) == {"M", "F"}
    assert set(crowd["script"]) == {"uz_Latn", "uz_Cyrl", "ru"}
    assert not crowd.isna().any().any()
    assert crowd["birth_date"].min() >= pd.Timestamp("1940-01-01")
    assert crowd["birth_date"].max() <= pd.Timestamp("2008-12-31")


def test_sex_consistency_of_names(crowd: pd.DataFrame) -> None:
    uz = crowd[crowd["script"] != "ru"]
    fem = uz["sex"] == "F"
    assert uz.loc[fem, "surname"].str.endswith(("a", "а")).all()
    assert not uz.loc[~fem, "surname"].str.endswith(("a", "а")).any()
    female_patr = r"(?:qizi|қизи|ovna|yevna|evna|овна|евна)$"
    male_patr = r"(?:o'g'li|ўғли|ovich|yevich|evich|ович|евич)$"
    assert uz.loc[fem, "patronymic"].str.contains(female_patr).all()
    assert uz.loc[~fem, "patronymic"].str.contains(male_patr).all()
    ru = crowd[crowd["script"] == "ru"]
    rf = ru["sex"] == "F"
    assert ru.loc[rf, "patronymic"].str.endswith("на").all()
    assert ru.loc[~rf, "patronymic"].str.endswith("ич").all()
    # Korean surnames of Uzbekistan (Ким, Пак, Цой) do not inflect; the others do
    korean = ru["surname"].isin(
        {
            "Ким",
            "Пак",
            "Ли",
            "Цой",
            "Тен",
            "Хван",
            "Нам",
            "Шин",
            "Югай",
            "Хегай",
            "Огай",
            "Тян",
            "Ан",
        }
    )
    assert 0.03 < korean.mean() < 0.2
    assert ru.loc[rf & ~korean, "surname"].str.endswith(("а", "я", "ко")).all()
    # Given names come from the right list.
    lat = crowd[crowd["script"] == "uz_Latn"]
    male_names = set(LatinNames.first_names_male)
    assert lat.loc[lat["sex"] == "M", "given_name"].isin(male_names).all()
    assert not lat.loc[lat["sex"] == "F", "given_name"].isin(male_names).any()
    # full_name is surname, given name, patronymic.
    joined = crowd["surname"] + " " + crowd["given_name"] + " " + crowd["patronymic"]
    assert (joined == crowd["full_name"]).all()


def test_name_frequencies_are_weighted(crowd: pd.DataFrame) -> None:
    lat_m = crowd[(crowd["script"] == "uz_Latn") & (crowd["sex"] == "M")]["given_name"]
    counts = lat_m.value_counts()
    common = [n for n, w in LatinNames.first_names_male.items() if w == 16]
    rare = [n for n, w in LatinNames.first_names_male.items() if w == 2]
    assert counts.reindex(common).fillna(0).mean() > 3 * counts.reindex(rare).fillna(0).mean()


def test_places_are_consistent(crowd: pd.DataFrame) -> None:
    ids = {d.id: d for r in regions() for d in r.districts}
    assert crowd["district_id"].isin(list(ids)).all()
    assert (crowd["district_id"] // 1000 == crowd["region_id"]).all()
    assert crowd["region_id"].nunique() == 14
    for row in crowd.sample(2000, random_state=1).itertuples():
        d = district(row.district_id)
        assert d.full_name(row.script) in row.address
        assert row.mahalla in row.address
    lat = crowd[crowd["script"] == "uz_Latn"].head(500)
    for row in lat.itertuples():
        assert row.mahalla in mahallas(row.district_id)
        assert row.address.split(", ")[2] == f"{row.mahalla} MFY"
    ru = crowd[crowd["script"] == "ru"]
    assert ru["address"].str.contains("махалля «").all()
    assert ru["address"].str.contains(r"ул\. .*, д\. \d+").all()


def test_regions_and_script_mix_options() -> None:
    rng = np.random.default_rng(22)
    df = people(2000, rng, regions=["Toshkent shahri", 1703], script_mix={"ru": 1.0})
    assert set(df["region_id"]) == {1726, 1703}
    assert set(df["script"]) == {"ru"}
    df = people(500, rng, birth_years=(2000, 2001))
    assert df["birth_date"].dt.year.between(2000, 2001).all()


def test_empty_and_bad_input() -> None:
    rng = np.random.default_rng(23)
    assert tuple(people(0, rng).columns) == COLUMNS
    with pytest.raises(ValueError, match="unknown region"):
        people(10, rng, regions=["Atlantis"])
    with pytest.raises(ValueError, match="unknown script"):
        people(10, rng, script_mix={"kk": 1.0})
    with pytest.raises(ValueError, match="birth_years"):
        people(10, rng, birth_years=(2010, 2000))
    with pytest.raises(ValueError, match="n must be"):
        people(-1, rng)


def test_same_rng_state_same_table() -> None:
    a = people(3000, np.random.default_rng(24))
    b = people(3000, np.random.default_rng(24))
    c = people(3000, np.random.default_rng(25))
    pd.testing.assert_frame_equal(a, b)
    assert not a["full_name"].equals(c["full_name"])


_SCRIPT = """
import sys, hashlib, numpy as np
from malaka.datasets.pools import people
df = people(20000, np.random.default_rng(20261122))
sys.stdout.write(hashlib.sha256(df.to_csv(index=False).encode()).hexdigest())
"""


@pytest.mark.slow
def test_byte_identical_csv_across_processes() -> None:
    digests = []
    for hashseed in ("1", "2"):
        out = subprocess.run(
            [sys.executable, "-c", _SCRIPT],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": hashseed, "PATH": "/usr/bin:/bin"},
        )
        digests.append(out.stdout)
    here = people(20000, np.random.default_rng(20261122))
    local = hashlib.sha256(here.to_csv(index=False).encode()).hexdigest()
    assert digests[0] == digests[1] == local


def test_speed_smoke_100k() -> None:
    people(1000, np.random.default_rng(0))  # pools and places built once
    t0 = time.perf_counter()
    df = people(100_000, np.random.default_rng(26))
    elapsed = time.perf_counter() - t0
    assert len(df) == 100_000
    # About 0.5 s on an idle 2-core machine; generous for a loaded one.
    assert elapsed < 10, f"100k people took {elapsed:.1f} s"


def test_given_names_and_patronymics_follow_birth_cohorts(crowd: pd.DataFrame) -> None:
    eras = LatinNames.first_name_eras
    lat = crowd[crowd["script"] == "uz_Latn"]
    year = lat["birth_date"].dt.year
    era = lat["given_name"].map(lambda g: eras.get(g, "any"))
    older, younger = year < 1970, year >= 1997
    assert (era[older] == "new").mean() < 0.05
    assert (era[younger] == "new").mean() > 0.3
    assert (era[older] == "old").mean() > 2 * (era[younger] == "old").mean()
    ovich = lat["patronymic"].str.endswith(("ovich", "ovna", "evich", "evna"))
    assert ovich[older].mean() > ovich[younger].mean() + 0.15


def test_provider_cohort_methods() -> None:
    fake = malaka_faker("uz_Latn", 31)
    eras = LatinNames.first_name_eras
    old_1950 = sum(eras.get(fake.first_name_for("F", 1950)) == "old" for _ in range(2000))
    old_2005 = sum(eras.get(fake.first_name_for("F", 2005)) == "old" for _ in range(2000))
    assert old_1950 > 3 * old_2005
    patr = [fake.patronymic_for("M", 2005) for _ in range(300)]
    assert all(p.endswith(("o'g'li", "ovich", "evich")) for p in patr)
    ru = malaka_faker("ru", 31)
    assert ru.patronymic_for("F", 1980).endswith("на")
