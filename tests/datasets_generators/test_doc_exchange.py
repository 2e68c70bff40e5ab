"""Document exchange (m10): the planted defects are exactly what the schema finds, the keys can
be recovered from the documents by the lesson's rules, and the cases the notebooks rely on are
in the shipped build."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from jsonschema import Draft202012Validator

from malaka import paths
from malaka.datasets import doc_exchange
from malaka.datasets.build import build_spec

SPEC = "datasets/specs/document-exchange.yaml"
AS_OF = dt.date(2026, 5, 20)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_spec(paths.repo_root() / SPEC, tmp_path_factory.mktemp("dx") / "document-exchange")


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _validator(path: Path) -> Draft202012Validator:
    schema = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def docs(built: Path) -> dict:
    return {
        "requests": _jsonl(built / "documents/requests.jsonl"),
        "replies": _jsonl(built / "documents/replies.jsonl"),
        "vreq": _validator(built / "schema/request.schema.json"),
        "vrep": _validator(built / "schema/reply.schema.json"),
        "defects": pd.read_csv(built / "answer_key/defects.csv", keep_default_na=False),
        "tracking": pd.read_csv(built / "answer_key/tracking.csv", keep_default_na=False),
        "oversharing": pd.read_csv(built / "answer_key/oversharing.csv"),
    }


def test_the_build_is_reproducible_to_the_byte(built: Path, tmp_path: Path) -> None:
    again = build_spec(paths.repo_root() / SPEC, tmp_path / "document-exchange")
    first = json.loads((built / "manifest.json").read_text())["files"]
    second = json.loads((again / "manifest.json").read_text())["files"]
    assert first == second


def test_published_files_and_no_python(built: Path) -> None:
    files = {p.relative_to(built).as_posix() for p in built.rglob("*") if p.is_file()}
    assert {
        "schema/request.schema.json",
        "schema/reply.schema.json",
        "documents/requests.jsonl",
        "documents/replies.jsonl",
        "fields.csv",
        "purposes.csv",
    } <= files
    assert not [f for f in files if f.endswith((".py", ".db", ".sqlite"))]


def test_date_time_format_is_really_checked() -> None:
    """'date-time' needs rfc3339-validator; without it jsonschema passes any text silently."""
    checker = Draft202012Validator.FORMAT_CHECKER
    assert checker.conforms("2026-03-30T12:51:00+05:00", "date-time")
    assert not checker.conforms("2026-03-30 12:51", "date-time")
    assert not checker.conforms("14.03.2026", "date")


def test_schema_finds_exactly_the_planted_defects(docs: dict) -> None:
    key = docs["defects"]
    found = set()
    for file, v in (("requests", docs["vreq"]), ("replies", docs["vrep"])):
        for line, doc in enumerate(docs[file], start=1):
            for error in v.iter_errors(doc):
                found.add((file, line, error.validator))
    caught = key[key["caught_by_schema"].astype(str) == "True"]
    assert found == {
        (f, int(n), k) for f, n, k in caught[["file", "line", "keyword"]].itertuples(index=False)
    }
    # every kind of defect is planted at least twice, in its own file
    counts = key.groupby(["file", "problem"]).size()
    for kind in doc_exchange.REQUEST_DEFECTS:
        assert counts[("requests", kind)] >= 2
    for kind in doc_exchange.REPLY_DEFECTS:
        assert counts[("replies", kind)] >= 2


def test_defects_the_schema_cannot_see(docs: dict) -> None:
    from malaka.datasets.providers.ssn import pinfl_check_digit

    key = docs["defects"]
    bad_digit = {int(n) for n in key[key["problem"] == "check_digit"]["line"]}
    for line, doc in enumerate(docs["requests"], start=1):
        if docs["vreq"].is_valid(doc):
            p = doc["person"]["pinfl"]
            assert (pinfl_check_digit(p[:13]) != int(p[13])) == (line in bad_digit)
    known = {d["request_id"] for d in docs["requests"]}
    orphans = {int(n) for n in key[key["problem"] == "unknown_request"]["line"]}
    for line, doc in enumerate(docs["replies"], start=1):
        if docs["vrep"].is_valid(doc):
            assert (doc["in_reply_to"] not in known) == (line in orphans)


def _status(docs: dict) -> pd.DataFrame:
    """The tracking rules, written again with pandas (not the generator's loop)."""
    req = pd.DataFrame([d for d in docs["requests"] if docs["vreq"].is_valid(d)])
    rep = pd.DataFrame([d for d in docs["replies"] if docs["vrep"].is_valid(d)])
    first = rep.groupby("in_reply_to")["received_at"].min()
    req["got"] = req["request_id"].map(first)
    due = pd.to_datetime(req["reply_by"])
    day = pd.to_datetime(req["got"].str[:10])
    now = pd.Timestamp(AS_OF)
    req["status"] = "open"
    req.loc[req["got"].isna() & (now > due), "status"] = "overdue"
    req.loc[req["got"].notna() & (day <= due), "status"] = "on_time"
    req.loc[req["got"].notna() & (day > due), "status"] = "late"
    req["days"] = ((now - due).dt.days).where(req["status"] == "overdue", 0)
    return req.set_index("request_id")


def test_tracking_key_follows_the_lesson_rules(docs: dict) -> None:
    mine = _status(docs)
    key = docs["tracking"].set_index("request_id")
    assert sorted(mine.index) == sorted(key.index)
    assert (mine["status"] == key.loc[mine.index, "status"]).all()
    assert (mine["days"].astype(int) == key.loc[mine.index, "days_overdue"]).all()
    escalate = key[
        (key["status"] == "overdue") & (key["days_overdue"] >= doc_exchange.ESCALATE_AFTER_DAYS)
    ]
    assert set(escalate.index) == set(key[key["action"] == "escalate"].index)


def test_the_boundary_cases_the_checks_need_are_there(docs: dict) -> None:
    """The known mistakes (> for >=, <= for <, the last reply for the first) change an answer
    only if these cases exist in the data."""
    mine = _status(docs)
    now = pd.Timestamp(AS_OF)
    assert (mine["days"] == doc_exchange.ESCALATE_AFTER_DAYS).any()
    assert ((mine["status"] == "open") & (pd.to_datetime(mine["reply_by"]) == now)).any()
    on_due_day = mine["got"].notna() & (mine["got"].str[:10] == mine["reply_by"])
    assert on_due_day.any()
    rep = pd.DataFrame([d for d in docs["replies"] if docs["vrep"].is_valid(d)])
    last = rep.groupby("in_reply_to")["received_at"].max()
    twice = rep["in_reply_to"].value_counts()
    twice = twice[twice > 1].index.intersection(mine.index)
    assert any(last[r][:10] > mine.loc[r, "reply_by"] >= mine.loc[r, "got"][:10] for r in twice)
    assert {"overdue", "open", "late", "on_time"} == set(mine["status"])
    assert set(mine.loc[mine["status"] == "overdue", "to_agency"]) == set(doc_exchange.AGENCIES)


def test_minimal_fields_and_oversharing(docs: dict, built: Path) -> None:
    fields = pd.read_csv(built / "fields.csv")
    purposes = pd.read_csv(built / "purposes.csv")
    for purpose, needs in zip(purposes["purpose"], purposes["needs"], strict=True):
        want = fields[fields["category"].isin(["identity", *needs.split(";")])]["field"].tolist()
        assert doc_exchange.minimal_fields(purpose) == want
    assert doc_exchange.minimal_fields("medical_findings")[-2:] == [
        "incident_date",
        "incident_place",
    ]
    assert doc_exchange.minimal_fields("court_decision")[-1] == "court_case_no"
    key = docs["oversharing"]
    extra = {}
    for d in docs["requests"]:
        if docs["vreq"].is_valid(d):
            more = sorted(set(d["person"]) - set(doc_exchange.minimal_fields(d["purpose"])))
            if more:
                extra[d["request_id"]] = ";".join(more)
    assert extra == dict(zip(key["request_id"], key["extra_fields"], strict=True))
    per_unit = key["from_unit"].value_counts()
    assert per_unit.index[0] == "yunusobod_iib"
    assert per_unit.iloc[0] > 2 * per_unit.iloc[1]
    assert (key["n_special"] > 0).sum() >= 10
    # no document carries both a planted defect and over-sharing (the keys stay separate)
    defective = set(docs["defects"]["doc_id"])
    assert not defective & set(key["request_id"])


def test_the_documents_the_notebooks_read(docs: dict) -> None:
    """The practice reads requests[0..6] as valid documents and asks why the first rejected
    one fails; the graded q2 needs a valid reply to a rejected request (its id is known)."""
    for i in range(10):
        assert docs["vreq"].is_valid(docs["requests"][i])
    assert docs["requests"][5]["person"]["pinfl"] != docs["requests"][0]["person"]["pinfl"]
    assert docs["requests"][5]["person"]["pinfl"] != docs["requests"][6]["person"]["pinfl"]
    rejected = [d for d in docs["requests"] if not docs["vreq"].is_valid(d)]
    assert list(docs["vreq"].iter_errors(rejected[0]))
    rejected_ids = {d["request_id"] for d in rejected}
    assert any(
        docs["vrep"].is_valid(d) and d["in_reply_to"] in rejected_ids for d in docs["replies"]
    )
