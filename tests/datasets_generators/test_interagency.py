"""Inter-agency extracts: every row is in the gold key, and true matches really match."""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd
import pytest

from malaka.datasets import interagency, pools
from malaka.datasets.translit import to_latin


@pytest.fixture(scope="module")
def register() -> pd.DataFrame:
    people = pools.people(400, np.random.default_rng(21))
    people.insert(0, "citizen_id", [f"C{i:06d}" for i in range(len(people))])
    return people


@pytest.fixture(scope="module")
def result(register: pd.DataFrame) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    return interagency.extracts(register, np.random.default_rng(5))


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def _pinfl_ok(p: str) -> bool:
    """The check digit rule of the identity pools (weights 7, 3, 1 repeating, mod 10)."""
    if not re.fullmatch(r"\d{14}", p):
        return False
    weights = [7, 3, 1] * 5
    return sum(int(d) * w for d, w in zip(p[:13], weights, strict=False)) % 10 == int(p[13])


def test_gold_covers_every_row_once(result: tuple[dict[str, pd.DataFrame], pd.DataFrame]) -> None:
    tables, gold = result
    assert set(tables) == {"prosecutor", "court", "health"}
    for agency, table in tables.items():
        mine = gold[gold["agency"] == agency]
        assert list(mine["record_id"]) == list(table["record_id"])
        assert list(table.columns) == list(interagency.AGENCIES[agency][0])
    assert gold["record_id"].is_unique


def test_true_matches_link_to_the_right_citizen(
    register: pd.DataFrame, result: tuple[dict[str, pd.DataFrame], pd.DataFrame]
) -> None:
    tables, gold = result
    people = register.set_index("citizen_id")
    matched = gold[gold["citizen_id"] != ""]
    assert matched["citizen_id"].isin(people.index).all()
    checked = 0
    for agency, table in tables.items():
        cols = interagency.AGENCIES[agency][0]
        rows = table.set_index("record_id")
        for g in matched[matched["agency"] == agency].itertuples():
            person = people.loc[g.citizen_id]
            pinfl = _digits(str(rows.loc[g.record_id, cols[3]]))
            defects = g.defects.split("+")
            if not any(d.startswith("pinfl_") for d in defects) or "pinfl_spaces" in defects:
                assert pinfl == person["pinfl"]
                checked += 1
            if "pinfl_dashes" in defects:
                assert pinfl == person["pinfl"]
            if "pinfl_wrong_digit" in defects:
                assert pinfl != person["pinfl"]
                assert not _pinfl_ok(pinfl)
            if not any(d.startswith("passport_") for d in defects):
                assert rows.loc[g.record_id, cols[4]] == person["passport"]
            if not any(d.startswith("date_") for d in defects):
                fmt = interagency.AGENCIES[agency][1]
                born = dt.datetime.strptime(str(rows.loc[g.record_id, cols[2]]), fmt).date()
                assert born == person["birth_date"].date()
            if "date_day_month_swapped" in defects:
                fmt = interagency.AGENCIES[agency][1]
                swapped = fmt.replace("%d", "%@").replace("%m", "%d").replace("%@", "%m")
                written = str(rows.loc[g.record_id, cols[2]])
                assert dt.datetime.strptime(written, swapped).date() == person["birth_date"].date()
                # The PINFL (digits 2-7: DDMMYY) tells which reading is right.
                assert person["pinfl"][1:7] == person["birth_date"].strftime("%d%m%y")
            if "name_cyrillic" in defects and "name_typo" not in defects:
                assert to_latin(str(rows.loc[g.record_id, cols[1]])) == person["full_name"]
    assert checked > 100


def test_strangers_are_not_in_the_register(
    register: pd.DataFrame, result: tuple[dict[str, pd.DataFrame], pd.DataFrame]
) -> None:
    tables, gold = result
    strangers = gold[gold["citizen_id"] == ""]
    assert len(strangers) >= 3
    known = set(register["pinfl"])
    for g in strangers.itertuples():
        table = tables[g.agency].set_index("record_id")
        pinfl = _digits(str(table.loc[g.record_id, interagency.AGENCIES[g.agency][0][3]]))
        assert pinfl not in known


def test_duplicates_point_to_the_same_person(
    result: tuple[dict[str, pd.DataFrame], pd.DataFrame],
) -> None:
    _, gold = result
    dups = gold[gold["duplicate_of"] != ""]
    assert len(dups) > 0
    by_id = gold.set_index("record_id")
    for d in dups.itertuples():
        assert by_id.loc[d.duplicate_of, "citizen_id"] == d.citizen_id
        assert by_id.loc[d.duplicate_of, "agency"] == d.agency


def test_defects_are_frequent_and_varied(
    result: tuple[dict[str, pd.DataFrame], pd.DataFrame],
) -> None:
    _, gold = result
    codes = gold["defects"].str.split("+").explode()
    codes = codes[codes != ""]
    assert (gold["defects"] != "").mean() > 0.5
    for family in ("name_", "pinfl_", "passport_", "date_"):
        assert codes.str.startswith(family).sum() >= 5, family
    wanted = {"name_russian_spelling", "pinfl_spreadsheet", "passport_cyrillic_series"}
    assert wanted | {"date_day_month_swapped"} <= set(codes)


def test_determinism_and_bad_input(register: pd.DataFrame) -> None:
    a, ga = interagency.extracts(register, np.random.default_rng(8))
    b, gb = interagency.extracts(register, np.random.default_rng(8))
    for agency in a:
        pd.testing.assert_frame_equal(a[agency], b[agency])
    pd.testing.assert_frame_equal(ga, gb)
    with pytest.raises(ValueError, match="pinfl"):
        interagency.extracts(register.drop(columns=["pinfl"]), np.random.default_rng(0))
