"""Weekly threats (m08): reproducible, complete, and the seasons, growth and campaigns the lesson
relies on are in the counts (a baseline can be beaten; a look-ahead scores too well)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import LinearRegression

from malaka.datasets import threats
from malaka.datasets.build import build_spec
from malaka.datasets.spec import load_spec
from malaka.errors import InputError

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "datasets/specs/weekly-threats.yaml"
KEYS = ["week_start", "district", "category"]
TEST_WEEKS = 26


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_spec(SPEC, tmp_path_factory.mktemp("threats") / "out")


@pytest.fixture(scope="module")
def weekly(built: Path) -> pd.DataFrame:
    return pd.read_csv(built / "weekly.csv", parse_dates=["week_start"])


@pytest.fixture(scope="module")
def expected(built: Path) -> pd.DataFrame:
    return pd.read_csv(built / "answer_key/expected.csv", parse_dates=["week_start"])


def test_the_build_is_reproducible_to_the_byte(built: Path, tmp_path: Path) -> None:
    again = build_spec(SPEC, tmp_path / "again")
    for name in (
        "weekly.csv",
        "weekly.parquet",
        "calendar.csv",
        "next_month.csv",
        "answer_key/expected.csv",
        "answer_key/keep_probability.csv",
    ):
        assert (built / name).read_bytes() == (again / name).read_bytes(), name


def test_every_series_has_every_week(built: Path, weekly: pd.DataFrame) -> None:
    spec = load_spec(SPEC)
    assert list(weekly.columns) == [*KEYS, "count", "campaign"]
    assert weekly.groupby(["district", "category"]).size().eq(spec.weeks).all()
    assert weekly["district"].nunique() == 6
    assert weekly["category"].nunique() == 6
    assert not weekly.duplicated(KEYS).any()
    assert (weekly["count"] >= 0).all()
    assert (weekly["week_start"].dt.day_of_week == 0).all()
    nxt = pd.read_csv(built / "next_month.csv", parse_dates=["week_start"])
    assert list(nxt.columns) == [*KEYS, "campaign"]
    assert nxt["week_start"].nunique() == spec.forecast_weeks
    assert nxt["week_start"].min() == weekly["week_start"].max() + pd.Timedelta(weeks=1)
    cal = pd.read_csv(built / "calendar.csv", parse_dates=["week_start"])
    assert len(cal) == spec.weeks + spec.forecast_weeks
    assert cal["in_data"].sum() == spec.weeks


def test_campaign_flags_match_the_calendar_and_some_lie_in_the_forecast_month(
    built: Path, weekly: pd.DataFrame
) -> None:
    cal = pd.read_csv(built / "calendar.csv", parse_dates=["week_start"]).fillna("")
    nxt = pd.read_csv(built / "next_month.csv", parse_dates=["week_start"])
    both = pd.concat([weekly[[*KEYS, "campaign"]], nxt])
    listed = {
        (row.week_start, d.strip())
        for row in cal.itertuples()
        for d in row.campaign_districts.split(",")
        if d.strip()
    }
    flagged = set(map(tuple, both.loc[both["campaign"] == 1, ["week_start", "district"]].values))
    assert flagged == listed
    assert nxt["campaign"].sum() > 0
    assert "Navro'z" in " ".join(cal["holidays"])


def test_counts_follow_the_true_mean(weekly: pd.DataFrame, expected: pd.DataFrame) -> None:
    """The answer key's mean is what the simulation draws: totals and per-series means agree."""
    m = weekly.merge(expected, on=KEYS)
    assert len(m) == len(weekly)
    assert m["count"].sum() == pytest.approx(m["expected"].sum(), rel=0.01)
    per = m.groupby(["district", "category"])[["count", "expected"]].mean()
    assert np.allclose(per["count"], per["expected"], rtol=0.08)
    # Poisson noise: the residual variance is about the mean
    ratio = ((m["count"] - m["expected"]) ** 2).mean() / m["expected"].mean()
    assert 0.8 < ratio < 1.25


def test_seasons_growth_and_campaigns_are_in_the_counts(weekly: pd.DataFrame) -> None:
    month = weekly["week_start"].dt.month
    by_month = weekly.groupby([weekly["category"], month])["count"].mean().unstack()
    assert (
        by_month.loc["public_order", [6, 7, 8]].mean()
        > 1.5 * by_month.loc["public_order", [12, 1, 2]].mean()
    )
    assert by_month.loc["theft", [6, 7, 8]].mean() > 1.3 * by_month.loc["theft", [12, 1, 2]].mean()
    fraud = weekly[weekly["category"] == "fraud"]
    first, second = (
        fraud[fraud["week_start"] < fraud["week_start"].min() + pd.Timedelta(weeks=52)],
        fraud[fraud["week_start"] >= fraud["week_start"].min() + pd.Timedelta(weeks=52)],
    )
    assert second["count"].sum() > 1.2 * first["count"].sum()
    dom = weekly[weekly["category"] == "domestic"].groupby("campaign")["count"].mean()
    assert dom[1] > 1.4 * dom[0]


def _features(df: pd.DataFrame, start: pd.Timestamp) -> pd.DataFrame:
    """The features of ex01_forecast: series, category x month, campaign, growth per category."""
    series = sorted((df["district"] + "|" + df["category"]).unique())
    cats = sorted(df["category"].unique())
    seasons = [f"{c}|{m:02d}" for c in cats for m in range(1, 13)]
    feats = pd.concat(
        [
            pd.get_dummies(
                pd.Categorical(df["district"] + "|" + df["category"], categories=series)
            ),
            pd.get_dummies(
                pd.Categorical(
                    df["category"] + "|" + df["week_start"].dt.strftime("%m"), categories=seasons
                )
            ),
        ],
        axis=1,
    ).astype(float)
    feats.index = df.index
    feats["campaign"] = df["campaign"].to_numpy(dtype=float)
    years = (df["week_start"] - start).dt.days / 365.25
    for c in cats:
        feats["trend|" + c] = years * (df["category"] == c)
    feats.columns = feats.columns.astype(str)
    return feats


def test_the_model_beats_the_baseline_and_look_ahead_looks_too_good(
    weekly: pd.DataFrame, expected: pd.DataFrame
) -> None:
    """What the lesson claims: regression < seasonal naive on the later period; fitting on the
    test period scores better still; a centred mean beats even the true mean."""
    start = weekly["week_start"].min()
    test_start = weekly["week_start"].max() - pd.Timedelta(weeks=TEST_WEEKS - 1)
    train, test = (
        weekly[weekly["week_start"] < test_start],
        weekly[weekly["week_start"] >= test_start],
    )
    year_ago = weekly.assign(week_start=weekly["week_start"] + pd.Timedelta(weeks=52))
    naive = test.merge(
        year_ago.rename(columns={"count": "last_year"})[[*KEYS, "last_year"]], on=KEYS
    )
    mae_naive = (naive["last_year"] - naive["count"]).abs().mean()
    model = LinearRegression().fit(_features(train, start), train["count"])
    mae_model = (model.predict(_features(test, start)) - test["count"]).abs().mean()
    cheat = LinearRegression().fit(_features(weekly, start), weekly["count"])
    mae_cheat = (cheat.predict(_features(test, start)) - test["count"]).abs().mean()
    truth = test.merge(expected, on=KEYS)
    mae_truth = (truth["expected"] - truth["count"]).abs().mean()
    ordered = weekly.sort_values(["district", "category", "week_start"])
    centred = ordered.groupby(["district", "category"])["count"].transform(
        lambda s: s.rolling(5, center=True).mean()
    )
    in_test = ordered["week_start"] >= test_start
    mae_centred = (centred[in_test] - ordered.loc[in_test, "count"]).abs().mean()
    assert mae_model < 0.85 * mae_naive
    assert mae_cheat < mae_model
    assert mae_centred < mae_truth < mae_model


def test_a_scenario_that_is_too_short_is_the_specs_error(tmp_path: Path) -> None:
    spec = SPEC.read_text(encoding="utf-8").replace("weeks: 104", "weeks: 200")
    path = tmp_path / "weekly-threats.yaml"
    path.write_text(
        spec.replace("datasets/scenarios/", str(REPO / "datasets/scenarios") + "/"),
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="weeks"):
        build_spec(path, tmp_path / "out")


def test_the_documented_profile_is_a_multiplier_around_one() -> None:
    for cat, season in threats.PROFILE.items():
        values = [
            season.factor(dt.date(2025, 1, 1) + dt.timedelta(days=d), 0.0, False)
            for d in range(365)
        ]
        assert 1 - season.amplitude - 1e-9 <= min(values), cat
        assert max(values) <= 1 + season.amplitude + 1e-9, cat
    assert threats.district_name("chilonzor") == "Chilonzor"
    assert set(threats.DOCS) >= {"weekly", "calendar", "next_month", "expected"}
