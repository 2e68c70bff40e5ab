"""Dressing an event log: tables, integrity rules, and that broken tables are caught."""

from __future__ import annotations

import datetime as dt
from types import ModuleType

import numpy as np
import pandas as pd
import pytest

from malaka.datasets import dress, schemas
from malaka.datasets.pools import people

CLOCK = dress.Clock(start=dt.date(2026, 1, 5))


@pytest.fixture(scope="module")
def dressed(factory: ModuleType) -> dress.Dressed:
    """A dressed fake log of 3,000 appeals."""
    events = factory.make_events(3000, seed=11)
    return dress.dress(events, CLOCK, seed=7, people=people)


def test_dressed_tables_pass_every_check(dressed: dress.Dressed) -> None:
    """The schemas and cross-table rules hold on a freshly dressed log."""
    schemas.check_appeals_bundle(dressed.tables)


def test_hotline_hangups_are_not_appeals(factory: ModuleType, dressed: dress.Dressed) -> None:
    """Abandoned calls never became appeals: they are counted, not listed."""
    events = factory.make_events(3000, seed=11).to_pandas()
    closes = events[events["lifecycle"] == "close"]
    abandoned = int((closes["outcome"] == "abandoned").sum())
    assert abandoned > 0
    assert abandoned == dressed.stats["abandoned_calls"]
    assert 3000 - abandoned == len(dressed.tables["appeals"])


def test_repeat_appeal_keeps_its_citizen(dressed: dress.Dressed) -> None:
    """A repeat appeal points at an earlier appeal of the same citizen."""
    app = dressed.tables["appeals"].set_index("reg_no")
    rep = app[app["repeat_of"].notna()]
    assert len(rep) > 10
    assert (app.loc[rep["repeat_of"], "citizen_id"].to_numpy() == rep["citizen_id"]).all()
    assert (app.loc[rep["repeat_of"], "received_at"].to_numpy() <= rep["received_at"]).all()


def test_times_are_local_tashkent(dressed: dress.Dressed) -> None:
    """t = 0 is local midnight of the start date in Asia/Tashkent (UTC+5)."""
    app = dressed.tables["appeals"]
    assert str(app["received_at"].dt.tz) == "Asia/Tashkent"
    first = app["received_at"].min()
    assert first >= pd.Timestamp("2026-01-05 00:00", tz="Asia/Tashkent")
    assert first.utcoffset() == dt.timedelta(hours=5)


def test_registration_numbers_follow_the_format(dressed: dress.Dressed) -> None:
    """reg_no is IIV-<year>-<6 digits>, numbered in order of receipt."""
    app = dressed.tables["appeals"]
    assert app["reg_no"].iloc[0] == "IIV-2026-000001"
    assert app["received_at"].is_monotonic_increasing
    assert app["reg_no"].is_unique


def test_status_history_maps_transitions(dressed: dress.Dressed) -> None:
    """Requests, extensions, overdue markers and final outcomes all appear as statuses."""
    hist = dressed.tables["status_history"]
    seen = set(hist["status"].astype(str))
    assert {"received", "registered", "in_progress", "request_sent", "reply_received"} <= seen
    # the factory queues the handling stage at the very instant registration completes:
    # the causal order keeps that 'assigned' after 'registered'
    assert "assigned" in seen
    assert {"extended", "answered", "forwarded", "left_without_consideration"} <= seen
    app = dressed.tables["appeals"]
    overdue = set(hist.loc[hist["status"] == "overdue", "reg_no"].astype(str))
    assert overdue == set(app.loc[app["overdue"], "reg_no"])


def test_requests_pair_sent_and_replied(dressed: dress.Dressed) -> None:
    """Each inter-agency request row has its sending time and, when answered, a later reply."""
    req = dressed.tables["interagency_requests"]
    assert len(req) > 100
    replied = req[req["replied_at"].notna()]
    assert (replied["replied_at"] >= replied["sent_at"]).all()
    assert set(req["agency"].astype(str)) <= {"prosecutor", "court", "health", "mahalla"}


def test_roster_may_be_larger_than_the_log(factory: ModuleType) -> None:
    """roster_size adds officers who handled nothing; a smaller one is refused."""
    events = factory.make_events(200, seed=3)
    out = dress.dress(events, CLOCK, seed=1, people=people, roster_size=20)
    assert len(out.tables["staff"]) == 20
    with pytest.raises(ValueError, match="roster_size"):
        dress.dress(events, CLOCK, seed=1, people=people, roster_size=2)


def test_same_seed_same_tables_other_seed_other_people(factory: ModuleType) -> None:
    """Dressing is a function of (log, seed)."""
    events = factory.make_events(300, seed=5)
    a = dress.dress(events, CLOCK, seed=1, people=people).tables
    b = dress.dress(events, CLOCK, seed=1, people=people).tables
    c = dress.dress(events, CLOCK, seed=2, people=people).tables
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name])
    assert not a["citizens"]["full_name"].equals(c["citizens"]["full_name"])


def test_row_order_of_the_log_does_not_matter(factory: ModuleType) -> None:
    """A shuffled log (or one read as dictionaries) dresses exactly the same."""
    events = factory.make_events(300, seed=5)
    perm = np.random.default_rng(0).permutation(events.num_rows)
    shuffled = events.take(perm)
    as_dict = factory.make_events(300, seed=5, as_dictionary=True)
    a = dress.dress(events, CLOCK, seed=1, people=people).tables
    for other in (shuffled, as_dict):
        b = dress.dress(other, CLOCK, seed=1, people=people).tables
        for name in a:
            pd.testing.assert_frame_equal(a[name], b[name])


BREAKS = {
    "unknown citizen": (
        "appeals",
        lambda t: t["appeals"].assign(
            citizen_id=t["appeals"]["citizen_id"].where(t["appeals"]["anonymous"], "C9999999")
        ),
    ),
    "time goes back": (
        "status_history",
        lambda t: t["status_history"].assign(
            at=t["status_history"]["at"].where(
                t["status_history"]["seq"] != 2, t["status_history"]["at"] - pd.Timedelta(days=3)
            )
        ),
    ),
    "bad reg_no": (
        "appeals",
        lambda t: t["appeals"].assign(reg_no=t["appeals"]["reg_no"].str.replace("IIV", "XX", n=1)),
    ),
    "duplicate pinfl": (
        "citizens",
        lambda t: t["citizens"].assign(pinfl=t["citizens"]["pinfl"].iloc[0]),
    ),
    "unknown officer": (
        "appeals",
        lambda t: t["appeals"].assign(
            officer_id=t["appeals"]["officer_id"].where(
                t["appeals"]["officer_id"].isna(), "ghost#1"
            )
        ),
    ),
    "closed before registered": (
        "appeals",
        lambda t: t["appeals"].assign(
            closed_at=t["appeals"]["registered_at"] - pd.Timedelta(hours=1)
        ),
    ),
    "unknown category": ("appeals", lambda t: t["appeals"].assign(category="weather")),
}


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_integrity_checks_catch_injected_corruption(dressed: dress.Dressed, name: str) -> None:
    """Breaking a table in a known way makes the build-time check fail, naming the table."""
    table, breaker = BREAKS[name]
    tables = dict(dressed.tables)
    tables[table] = breaker(tables)
    with pytest.raises(schemas.DatasetCheckError) as err:
        schemas.check_appeals_bundle(tables)
    assert any(table in p.file for p in err.value.problems), str(err.value)
