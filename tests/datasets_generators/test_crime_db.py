"""Crime registers (m09): reproducible, every record in the key, the planted defects are there,
the naive methods fail the way the lesson says, and the true pairs are recoverable."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from malaka.datasets import crime_db
from malaka.datasets.providers.ssn import pinfl_check_digit
from malaka.datasets.translit import ascii_slug, to_latin, to_russian_spelling


@pytest.fixture(scope="module")
def built() -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    return crime_db.registers(600, np.random.default_rng(9))


def _key(text: object) -> str | None:
    if not isinstance(text, str) or not text.strip():
        return None
    return ascii_slug(to_russian_spelling(to_latin(text))) or None


def test_same_seed_same_tables() -> None:
    a, ka = crime_db.registers(120, np.random.default_rng(3))
    b, kb = crime_db.registers(120, np.random.default_rng(3))
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name])
    pd.testing.assert_frame_equal(ka, kb)
    c, _ = crime_db.registers(120, np.random.default_rng(4))
    assert not a["police"].equals(c["police"])


def test_key_covers_every_record_once(built: tuple[dict[str, pd.DataFrame], pd.DataFrame]) -> None:
    tables, key = built
    assert list(tables) == ["police", "prosecutor", "court"]
    for source, table in tables.items():
        assert list(table.columns) == list(crime_db.COLUMNS[source])
        assert list(key[key["source"] == source]["record_id"]) == list(table["record_id"])
    assert key["record_id"].is_unique
    assert key["person_id"].nunique() == 600  # everyone is somewhere


def test_police_has_internal_duplicates(
    built: tuple[dict[str, pd.DataFrame], pd.DataFrame],
) -> None:
    _, key = built
    police = key[key["source"] == "police"]
    repeats = len(police) - police["person_id"].nunique()
    assert 0.08 * police["person_id"].nunique() < repeats < 0.35 * police["person_id"].nunique()
    assert police["person_id"].value_counts().max() == 3


def test_defects_are_planted(built: tuple[dict[str, pd.DataFrame], pd.DataFrame]) -> None:
    tables, key = built
    codes = set("+".join(key["defects"]).split("+")) - {""}
    for code in (
        "pinfl_missing",
        "pinfl_wrong_digit",
        "pinfl_spreadsheet",
        "pinfl_spaces",
        "name_typo",
        "name_russian_spelling",
        "name_given_first",
        "name_other_script",
        "name_fields_swapped",
        "date_day_month_swapped",
        "namesake",
    ):
        assert code in codes, code
    pr = tables["prosecutor"]
    assert pr["pinfl"].str.contains("E+13", regex=False).any()
    assert pr["fio"].str.contains("[А-Яа-я]").mean() > 0.6
    assert (tables["police"]["jshshir"] == "").mean() > 0.15


def test_clean_pinfls_are_valid_and_unique_per_person(
    built: tuple[dict[str, pd.DataFrame], pd.DataFrame],
) -> None:
    tables, key = built
    rows = []
    for source, col in (("police", "jshshir"), ("prosecutor", "pinfl"), ("court", "jshshir")):
        t = tables[source]
        mine = key[key["source"] == source].set_index("record_id")
        for rid, value in zip(t["record_id"], t[col], strict=True):
            if "pinfl" not in mine.loc[rid, "defects"]:
                rows.append((mine.loc[rid, "person_id"], value))
    clean = pd.DataFrame(rows, columns=["person_id", "pinfl"])
    assert clean["pinfl"].map(lambda p: pinfl_check_digit(p[:13]) == int(p[13])).all()
    assert (clean.groupby("pinfl")["person_id"].nunique() == 1).all()
    assert (clean.groupby("person_id")["pinfl"].nunique() == 1).all()


def test_same_person_has_the_same_name_key_and_year(
    built: tuple[dict[str, pd.DataFrame], pd.DataFrame],
) -> None:
    """Records without name or date defects agree on name keys and birth date (the signal)."""
    tables, key = built
    police = tables["police"].merge(key, on="record_id")
    clean = police[~police["defects"].str.contains("name|date", regex=True)]
    per = clean.assign(s=clean["familiya"].map(_key)).groupby("person_id")
    assert (per["s"].nunique() == 1).all()
    assert (per["tugilgan_sana"].nunique() == 1).all()


def test_naive_linkage_fails_as_the_lesson_says(
    built: tuple[dict[str, pd.DataFrame], pd.DataFrame],
) -> None:
    """PINFL only: precise, low recall; exact name: namesakes cut precision, spellings recall."""
    tables, key = built
    parts = [
        pd.DataFrame(
            {
                "id": tables["police"]["record_id"],
                "pinfl": tables["police"]["jshshir"],
                "name": tables["police"]["familiya"].map(_key)
                + " "
                + tables["police"]["ism"].map(_key),
            }
        ),
        pd.DataFrame(
            {
                "id": tables["court"]["record_id"],
                "pinfl": tables["court"]["jshshir"],
                "name": tables["court"]["full_name"].map(
                    lambda s: " ".join(str(_key(w)) for w in s.split()[:2])
                ),
            }
        ),
    ]
    people = pd.concat(parts, ignore_index=True)
    people["pinfl"] = people["pinfl"].map(lambda x: x if re.fullmatch(r"\d{14}", x) else None)
    who = dict(zip(key["record_id"], key["person_id"], strict=True))
    ids = sorted(people["id"])
    truth = {(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :] if who[a] == who[b]}

    def pairs(col: str) -> set[tuple[str, str]]:
        t = people.dropna(subset=[col])
        m = t.merge(t, on=col)
        return {(a, b) for a, b in zip(m["id_x"], m["id_y"], strict=True) if a < b}

    by_pinfl, by_name = pairs("pinfl"), pairs("name")
    assert len(by_pinfl & truth) / len(by_pinfl) > 0.97
    assert len(by_pinfl & truth) / len(truth) < 0.75
    assert len(by_name & truth) / len(by_name) < 0.97
    assert len(by_name & truth) / len(truth) < 0.85


def test_namesakes_share_name_year_district(
    built: tuple[dict[str, pd.DataFrame], pd.DataFrame],
) -> None:
    tables, key = built
    police = tables["police"].merge(key, on="record_id")
    police = police[~police["defects"].str.contains("name_")]
    police = police.assign(year=police["tugilgan_sana"].str[:4])
    namesakes = police[police["defects"].str.contains("namesake")]
    assert len(namesakes) > 0
    twins = namesakes.merge(police, on=["familiya", "ism", "year", "tuman"])
    twins = twins[twins["person_id_x"] != twins["person_id_y"]]
    assert len(twins) > 0
    assert (twins["tugilgan_sana_x"] != twins["tugilgan_sana_y"]).all()


def test_region_districts_are_named() -> None:
    names = crime_db.district_names("Samarqand viloyati")
    assert len(set(names.values())) == len(names)
    assert all(n.endswith(("tumani", "shahri")) for n in names.values())
    with pytest.raises(ValueError, match="at least 10"):
        crime_db.registers(5, np.random.default_rng(0))
