"""Mahalla incidents (m07): reproducible, ids qualified, the planted effect recoverable by DiD."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from malaka.datasets import hotspots
from malaka.datasets.build import build_spec

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "datasets/specs/mahalla-incidents.yaml"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_spec(SPEC, tmp_path_factory.mktemp("hotspots") / "out")


@pytest.fixture(scope="module")
def incidents(built: Path) -> pd.DataFrame:
    return pd.read_csv(built / "incidents.csv")


@pytest.fixture(scope="module")
def mahallas(built: Path) -> pd.DataFrame:
    return pd.read_csv(built / "mahallas.csv")


@pytest.fixture(scope="module")
def key(built: Path) -> pd.Series:
    return pd.read_csv(built / "answer_key/prevention_effect.csv").iloc[0]


def test_the_build_is_reproducible_to_the_byte(built: Path, tmp_path: Path) -> None:
    again = build_spec(SPEC, tmp_path / "again")
    for name in (
        "incidents.csv",
        "incidents.parquet",
        "mahallas.csv",
        "answer_key/prevention_effect.csv",
    ):
        assert (built / name).read_bytes() == (again / name).read_bytes(), name


def test_shape_and_columns(incidents: pd.DataFrame, mahallas: pd.DataFrame) -> None:
    assert list(incidents.columns) == [
        "incident_id",
        "date",
        "week",
        "district",
        "mahalla_id",
        "mahalla",
        "category",
        "source",
    ]
    assert list(mahallas.columns) == [
        "mahalla_id",
        "district",
        "mahalla",
        "population",
        "prevention_day",
    ]
    assert incidents["incident_id"].is_unique
    assert mahallas["mahalla_id"].is_unique
    assert incidents["mahalla_id"].isin(mahallas["mahalla_id"]).all()
    assert set(incidents["source"]) == {"murojaat", "102", "patrul"}
    assert incidents["week"].nunique() == 26
    assert len(mahallas) == 4 * hotspots.MAHALLAS_PER_DISTRICT
    # the id is the district's slug, a slash, the name's slug
    district_slug = mahallas["mahalla_id"].str.split("/").str[0]
    assert (district_slug == mahallas["district"].str.lower()).all()


def test_grouping_by_name_alone_merges_mahallas(
    incidents: pd.DataFrame, mahallas: pd.DataFrame
) -> None:
    per_name = mahallas.groupby("mahalla")["district"].nunique()
    assert (per_name > 1).any()
    by_id = incidents["mahalla_id"].value_counts()
    by_name = incidents["mahalla"].value_counts()
    assert by_name.max() > by_id.max()  # the merged "hot spot" outnumbers the real one
    # some names with an apostrophe are typed with another one (ʻ or ’)
    with_apostrophe = incidents["mahalla"][incidents["mahalla"].str.contains("['\u02bb\u2019]")]
    assert 0.01 < with_apostrophe.str.contains("[\u02bb\u2019]").mean() < 0.2


def test_top_by_rate_differs_from_top_by_count(
    incidents: pd.DataFrame, mahallas: pd.DataFrame
) -> None:
    counts = incidents["mahalla_id"].value_counts()
    rate = counts / mahallas.set_index("mahalla_id")["population"] * 1000
    assert rate.idxmax() != counts.idxmax()
    # the small hot spot tops the busiest big mahallas clearly, not by a rounding margin
    first, second = rate.sort_values(ascending=False).iloc[:2]
    assert first > 1.1 * second
    held = mahallas.set_index("mahalla_id")["prevention_day"]
    assert pd.isna(held[rate.idxmax()])


def test_prevention_day_appeals_spike_on_the_day(
    incidents: pd.DataFrame, mahallas: pd.DataFrame, key: pd.Series
) -> None:
    treated = key["treated"].split("+")
    day = key["prevention_day"]
    mine = incidents[incidents["mahalla_id"].isin(treated) & (incidents["source"] == "murojaat")]
    per_day = mine.groupby("date").size()
    assert per_day[day] > 4 * per_day.drop(day).mean()


def _mean_weekly(incidents: pd.DataFrame, ids: pd.Series, weeks: range) -> float:
    sel = incidents["mahalla_id"].isin(ids) & incidents["week"].isin(weeks)
    return sel.sum() / (len(ids) * len(weeks))


def test_did_recovers_the_planted_effect_and_raw_change_does_not(
    incidents: pd.DataFrame, mahallas: pd.DataFrame, key: pd.Series
) -> None:
    day = pd.Timestamp(key["prevention_day"]).date()
    before, after = hotspots.windows(day)
    treated = mahallas.loc[mahallas["prevention_day"] == key["prevention_day"], "mahalla_id"]
    control = mahallas.loc[mahallas["prevention_day"].isna(), "mahalla_id"]
    assert sorted(treated) == sorted(key["treated"].split("+"))
    t0 = _mean_weekly(incidents, treated, range(before[0], before[-1] + 1))
    t1 = _mean_weekly(incidents, treated, range(after[0], after[-1] + 1))
    c0 = _mean_weekly(incidents, control, range(before[0], before[-1] + 1))
    c1 = _mean_weekly(incidents, control, range(after[0], after[-1] + 1))
    did, raw = (t1 - t0) - (c1 - c0), t1 - t0
    assert did == pytest.approx(key["did"])
    assert raw == pytest.approx(key["raw_change"])
    truth = key["true_effect_per_mahalla_week"]
    assert truth < 0
    assert did == pytest.approx(truth, rel=0.35)
    assert abs(raw) < 0.5 * abs(truth)  # the seasonal trend hides most of the effect
    assert c1 > c0 * 1.1  # the common trend is visible in the mahallas without a day
    # treated and comparison mahallas start at a similar level (parallel trends are plausible)
    assert t0 == pytest.approx(c0, rel=0.25)


def test_later_prevention_day_would_bias_the_comparison(
    incidents: pd.DataFrame, mahallas: pd.DataFrame, key: pd.Series
) -> None:
    """Mahallas with another prevention day in the window are not a fair comparison group."""
    others = mahallas[
        mahallas["prevention_day"].notna() & (mahallas["prevention_day"] != key["prevention_day"])
    ]
    assert len(others) == hotspots.TREATED_PER_CAMPAIGN
    day = pd.Timestamp(others["prevention_day"].iloc[0]).date()
    _, after = hotspots.windows(pd.Timestamp(key["prevention_day"]).date())
    assert after[0] <= day.isocalendar().week <= after[-1]


def test_comparison_mahallas_moved_like_the_treated_before_the_day(
    incidents: pd.DataFrame, mahallas: pd.DataFrame, key: pd.Series
) -> None:
    """Parallel trends, as the lesson asks officers to check: before the day, the two groups'
    weekly means keep the same ratio (first half of the window against the second half)."""
    day = pd.Timestamp(key["prevention_day"]).date()
    before, _ = hotspots.windows(day)
    treated = key["treated"].split("+")
    control = mahallas.loc[mahallas["prevention_day"].isna(), "mahalla_id"]
    half = len(before) // 2
    ratios = [
        _mean_weekly(incidents, pd.Series(treated), weeks) / _mean_weekly(incidents, control, weeks)
        for weeks in (before[:half], before[half:])
    ]
    assert ratios[1] == pytest.approx(ratios[0], abs=0.15)
    # the evaluated prevention day is the weekday the lesson cites (Thursday)
    assert day.isoweekday() == 4
