"""Cyber-hygiene datasets: answer keys agree with what trainees see, recomputed independently."""

from __future__ import annotations

import math
import re
import unicodedata

import numpy as np
import pandas as pd
import pytest

from malaka.datasets import cyber

HEADER_FIELDS = ("from_addr", "reply_to", "return_path", "received", "authentication_results")
TECH_FIELDS = (*HEADER_FIELDS, "links", "attachments")


@pytest.fixture(scope="module")
def mail() -> tuple[dict[str, pd.DataFrame], dict[str, pd.DataFrame]]:
    return cyber.mailbox(600, np.random.default_rng(1))


def test_mailbox_keeps_answers_apart(mail: tuple[dict[str, pd.DataFrame], ...]) -> None:
    trainee, key = mail
    msgs = trainee["messages"]
    assert "label" not in msgs.columns
    assert "scenario" not in msgs.columns
    assert list(key["labels"]["message_id"]) == list(msgs["message_id"])
    share = (key["labels"]["label"] == "phishing").mean()
    assert 0.28 < share < 0.42
    assert set(key["indicators"]["indicator"]) == set(cyber.INDICATORS)


def test_every_phishing_message_shows_an_indicator_in_headers_or_links(
    mail: tuple[dict[str, pd.DataFrame], ...],
) -> None:
    trainee, key = mail
    msgs = trainee["messages"].set_index("message_id")
    inds = key["indicators"]
    phish = key["labels"].loc[key["labels"]["label"] == "phishing", "message_id"]
    for mid in phish:
        mine = inds[inds["message_id"] == mid]
        technical = mine[mine["indicator"].isin(cyber.TECHNICAL_INDICATORS)]
        assert len(technical) >= 1, mid
        assert (technical["field"].isin(TECH_FIELDS)).all()
    for row in inds.itertuples():
        assert row.evidence
        assert row.evidence in msgs.loc[row.message_id, row.field], (row.message_id, row.field)
    legit = set(key["labels"].loc[key["labels"]["label"] == "legitimate", "message_id"])
    assert not legit & set(inds["message_id"])


def _registrable(domain: str) -> str:
    parts = domain.lower().split(".")
    if len(parts) >= 3 and parts[-2] in {"gov", "com", "org", "net"} and parts[-1] == "uz":
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def test_indicators_agree_with_an_independent_reading(
    mail: tuple[dict[str, pd.DataFrame], ...],
) -> None:
    trainee, key = mail
    msgs = trainee["messages"]
    known = set(trainee["known_domains"]["domain"])
    inds = key["indicators"]
    has = {(r.message_id, r.indicator) for r in inds.itertuples()}
    for m in msgs.itertuples():
        sender = m.from_addr.split("@")[1]
        if m.reply_to:
            mismatch = _registrable(m.reply_to.split("@")[1]) != _registrable(sender)
            assert mismatch == ((m.message_id, "reply_to_mismatch") in has)
        assert ("spf=fail" in m.authentication_results) == ((m.message_id, "auth_fail") in has)
        assert m.links.endswith(".apk") == ((m.message_id, "apk_link") in has)
        non_ascii = not sender.isascii()
        assert non_ascii == ((m.message_id, "homoglyph_domain") in has)
        if sender in known:
            assert (m.message_id, "lookalike_domain") not in has
        if re.search(r"\.(apk|exe|scr|js)$", m.attachments):
            assert (m.message_id, "executable_attachment") in has


def test_auth_log_incidents_are_really_in_the_log() -> None:
    trainee, key = cyber.auth_log(40, 10, np.random.default_rng(2))
    ev = trainee["events"].set_index("event_id")
    rows = key["incident_rows"]
    assert rows["event_id"].is_unique
    staff = trainee["staff"].set_index("user")
    cities = trainee["cities"].set_index("city")
    for inc in key["incidents"].itertuples():
        mine = ev.loc[rows.loc[rows["incident_id"] == inc.incident_id, "event_id"]]
        assert len(mine) == inc.n_rows
        assert mine["timestamp"].min() == inc.start
        assert mine["timestamp"].max() == inc.end
        if inc.type == "brute_force":
            fails = mine[mine["result"] == "failure"]
            assert fails["src_ip"].nunique() == 1
            assert fails["user"].nunique() == 1
            assert len(fails) >= 50
            # Far above anything the normal traffic shows for one IP and one account.
            normal = ev.drop(mine.index)
            per_pair = normal[normal["result"] == "failure"].groupby(["src_ip", "user"]).size()
            assert len(fails) > 10 * per_pair.max()
        elif inc.type == "password_spraying":
            assert mine["src_ip"].nunique() == 1
            assert mine["user"].nunique() >= 8
            assert mine.groupby("user").size().max() <= 2
        elif inc.type == "impossible_travel":
            logins = mine[mine["action"] == "login"].sort_values("timestamp")
            a, b = logins.iloc[0], logins.iloc[-1]
            km = cyber.haversine_km(
                (cities.loc[a["city"], "lat"], cities.loc[a["city"], "lon"]),
                (cities.loc[b["city"], "lat"], cities.loc[b["city"], "lon"]),
            )
            hours = (b["timestamp"] - a["timestamp"]).total_seconds() / 3600
            assert km / hours > cyber.MAX_SPEED_KMH
        elif inc.type == "insider_reading":
            views = mine[mine["action"] == "view_appeal"]
            assert len(views) >= 40
            own = staff.loc[inc.user, "district"]
            assert staff.loc[inc.user, "shift"] == "day"
            assert (views["appeal_district"] != own).all()
            hours = views["timestamp"].dt.hour
            assert ((hours >= cyber.WORK_END) | (hours < cyber.WORK_START)).all()
    assert set(key["incidents"]["type"]) == {
        "brute_force",
        "password_spraying",
        "impossible_travel",
        "insider_reading",
    }


def test_auth_log_is_time_ordered_and_deterministic() -> None:
    a, ka = cyber.auth_log(20, 5, np.random.default_rng(9))
    b, kb = cyber.auth_log(20, 5, np.random.default_rng(9))
    pd.testing.assert_frame_equal(a["events"], b["events"])
    pd.testing.assert_frame_equal(ka["incidents"], kb["incidents"])
    assert a["events"]["timestamp"].is_monotonic_increasing
    assert list(a["events"]["event_id"]) == list(range(1, len(a["events"]) + 1))


def _recompute(pw: str, mfa: bool, context: list[str], blocklist: pd.DataFrame) -> set[str]:
    """The NIST 800-63B rev. 4 checks, written again from the rule text."""
    norm = unicodedata.normalize("NFKC", pw).lower()
    rules = set()
    if len(norm) < (8 if mfa else 15):
        rules.add("too_short")
    if norm in set(blocklist.loc[blocklist["kind"] == "common", "word"]):
        rules.add("blocklisted")
    words = [*context, *blocklist.loc[blocklist["kind"] == "service", "word"]]
    if any(w.lower() in norm for w in words if len(w) >= 3):
        rules.add("context_word")
    rows = ["0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm"]
    seq = any(
        r[i : i + 4] in norm or r[i : i + 4][::-1] in norm for r in rows for i in range(len(r) - 3)
    )
    if seq or any(len(set(norm[i : i + 4])) == 1 for i in range(len(norm) - 3)):
        rules.add("repetitive_or_sequential")
    return rules


def test_password_labels_recomputed_independently() -> None:
    trainee, key = cyber.passwords(400, np.random.default_rng(3))
    found = key["findings"].groupby("user")["rule"].apply(set).to_dict()
    for acc in trainee["accounts"].itertuples():
        want = _recompute(acc.password, acc.mfa, [acc.user, acc.surname], trainee["blocklist"])
        assert found.get(acc.user, set()) == want, acc
    counts = key["findings"]["rule"].value_counts()
    assert set(counts.index) == set(cyber.PASSWORD_RULES)
    clean = set(trainee["accounts"]["user"]) - set(key["findings"]["user"])
    assert len(clean) > 40  # good passphrases and long random passwords pass
    policy = key["policy_findings"].set_index("setting")
    assert policy.loc["rotation_days", "verdict"] == "violates"
    assert policy.loc["composition_rules", "verdict"] == "violates"
    assert list(trainee["policy"].columns) == ["setting", "value"]


def test_leaked_export_spans_point_at_personal_data() -> None:
    trainee, key = cyber.leaked_export(80, np.random.default_rng(4))
    export = trainee["export"].set_index("appeal_no")
    spans = key["spans"]
    assert len(spans) > 40
    for s in spans.itertuples():
        assert export.loc[s.appeal_no, "text"][s.start : s.end] == s.value
        if s.kind == "phone":
            assert s.value == export.loc[s.appeal_no, "phone"]
        if s.kind == "pinfl":
            assert re.fullmatch(r"\d{14}", s.value)
    cols = key["columns"].set_index("column")
    assert set(cols.index) == set(export.columns) | {"appeal_no"}
    assert cols.loc["pinfl", "personal"]
    assert not cols.loc["category", "personal"]
    direct = cols[cols["kind"] == "direct_identifier"].index
    assert {"full_name", "pinfl", "passport", "phone"} <= set(direct)
    k = key["k_anonymity"].set_index("level")
    assert list(k["groups"]) == sorted(k["groups"], reverse=True)
    assert k.loc["raw", "k"] == 1
    # Recompute the coarsest level: 10-year age bands, sex, region.
    years = export["birth_date"].str[:4].astype(int)
    band = (2025 - years) // 10
    region = export["district_id"] // 1000
    sizes = export.groupby([band, export["sex"], region]).size()
    assert k.loc["age_band_10y_region", "k"] == sizes.min()
    assert k.loc["age_band_10y_region", "groups"] == len(sizes)


def test_haversine_known_distance() -> None:
    km = cyber.haversine_km((41.311, 69.280), (55.756, 37.617))  # Tashkent - Moscow
    assert math.isclose(km, 2800, rel_tol=0.03)
