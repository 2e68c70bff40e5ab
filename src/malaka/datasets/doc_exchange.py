"""Inter-agency requests and replies as JSON documents, with their published JSON Schema (m10).

Why: the source article names electronic document exchange with the courts and data exchange
with health institutions. A trainee must learn to (1) check structured documents against a
published schema and say why one is rejected, (2) track each request against the reply
deadline agreed with the agency and escalate the overdue ones, (3) send a partner only the
personal data its purpose needs (data minimisation).

The requests are the inter-agency requests of the simulation ``tuman-iib`` (one replication
per district unit: request, reply and, through reminders and escalations, the reply times of
each agency). Each becomes a request document; each reply that arrived before the snapshot
date ``as_of`` becomes a reply document. Then defects are planted, one per document, with the
truth in ``answer_key/``: a missing required field, a wrong enum value, a malformed PINFL or
date, a wrong JSON type, an unknown field, a missing e-signature, and two defects the schema
cannot see (a PINFL with a wrong check digit, a reply to an unknown request). Some units also
copy the whole person card into requests (over-sharing).

Documents are published as JSON Lines files and the schemas as JSON Schema draft 2020-12
files (``Bundle.files``). The build validates every document with **jsonschema** (the
reference JSON Schema implementation for Python: maintained, complete draft 2020-12 support,
readable error messages with the failing path) and fails unless exactly the planted schema
defects are found, so the answer key cannot drift from the schema.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final
from zoneinfo import ZoneInfo

import numpy as np

from malaka.datasets.schemas import Col

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    import pandas as pd  # type: ignore[import-untyped]

    from malaka.datasets.build import Bundle
    from malaka.datasets.spec import DocExchangeSpec

Gen = np.random.Generator
Doc = dict[str, Any]

#: Sending units, one per simulation replication: id, code (prefix of the ids).
UNITS: Final[tuple[tuple[str, str], ...]] = (
    ("chilonzor_iib", "CHI"),
    ("yunusobod_iib", "YUN"),
    ("mirobod_iib", "MIR"),
    ("yakkasaroy_iib", "YAK"),
    ("sergeli_iib", "SER"),
)
#: Share of a unit's requests that carry more person data than the purpose needs (the second
#: unit has the habit of copying the whole person card).
OVERSHARE: Final[tuple[float, ...]] = (0.06, 0.45, 0.08, 0.05, 0.10)

#: Partner agency -> (purpose, reply-id code, reply days agreed with it: synthetic).
AGENCIES: Final[dict[str, tuple[str, str, int]]] = {
    "mahalla": ("character_reference", "MAH", 5),
    "health": ("medical_findings", "SOG", 5),
    "court": ("court_decision", "SUD", 7),
}
#: Purpose -> categories of person data the purpose needs, besides the identity core.
NEEDS: Final[dict[str, tuple[str, ...]]] = {
    "character_reference": ("residence",),
    "medical_findings": ("incident",),
    "court_decision": ("court_ref",),
}
PURPOSE_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "character_reference": (
        "Mahalladan tavsifnoma (shaxs va oilaviy holat haqida)",
        "Характеристика из махалли (о лице и семейной обстановке)",
        "A character reference from the mahalla (the person and the family situation)",
    ),
    "medical_findings": (
        "Tibbiy ko'rik xulosasi (hodisadan keyingi jarohatlar haqida)",
        "Заключение медицинского осмотра (о травмах после происшествия)",
        "Medical examination findings (injuries after the incident)",
    ),
    "court_decision": (
        "Sud qarorining nusxasi (ko'rsatilgan ish bo'yicha)",
        "Копия решения суда (по указанному делу)",
        "A copy of the court decision (in the case named)",
    ),
}
#: Categories of special personal data in the lesson (health, criminal record).
SPECIAL: Final[frozenset[str]] = frozenset({"health", "criminal_record"})

#: The field catalogue: field, category, labels (uz, ru, en), JSON Schema of the value.
FIELDS: Final[tuple[tuple[str, str, str, str, str, dict[str, Any]], ...]] = (
    (
        "pinfl",
        "identity",
        "JShShIR",
        "ПИНФЛ",
        "PINFL",
        {"type": "string", "pattern": "^[1-6][0-9]{13}$"},
    ),
    ("last_name", "identity", "Familiya", "Фамилия", "Surname", {"type": "string", "minLength": 1}),
    ("first_name", "identity", "Ism", "Имя", "Given name", {"type": "string", "minLength": 1}),
    (
        "patronymic",
        "identity",
        "Otasining ismi",
        "Отчество",
        "Patronymic",
        {"type": "string", "minLength": 1},
    ),
    (
        "birth_date",
        "identity",
        "Tug'ilgan sana",
        "Дата рождения",
        "Date of birth",
        {"type": "string", "format": "date"},
    ),
    (
        "passport",
        "identity_document",
        "Pasport seriyasi va raqami",
        "Серия и номер паспорта",
        "Passport series and number",
        {"type": "string", "pattern": "^[A-Z]{2}[0-9]{7}$"},
    ),
    (
        "address",
        "residence",
        "Yashash manzili",
        "Адрес проживания",
        "Home address",
        {"type": "string", "minLength": 1},
    ),
    (
        "phone",
        "contact",
        "Telefon",
        "Телефон",
        "Phone",
        {"type": "string", "pattern": "^\\+998[0-9]{9}$"},
    ),
    (
        "incident_date",
        "incident",
        "Hodisa sanasi",
        "Дата происшествия",
        "Date of the incident",
        {"type": "string", "format": "date"},
    ),
    (
        "incident_place",
        "incident",
        "Hodisa joyi",
        "Место происшествия",
        "Place of the incident",
        {"type": "string", "minLength": 1},
    ),
    (
        "court_case_no",
        "court_ref",
        "Sud ishi raqami",
        "Номер судебного дела",
        "Court case number",
        {"type": "string", "minLength": 1},
    ),
    (
        "diagnosis",
        "health",
        "Tashxis (KXT-10)",
        "Диагноз (МКБ-10)",
        "Diagnosis (ICD-10)",
        {"type": "string", "minLength": 1},
    ),
    (
        "narcology_registered",
        "health",
        "Narkologik hisobda turadimi",
        "Состоит на наркологическом учёте",
        "On the narcology register",
        {"type": "boolean"},
    ),
    (
        "prior_convictions",
        "criminal_record",
        "Oldingi sudlanganliklar soni",
        "Число прежних судимостей",
        "Number of prior convictions",
        {"type": "integer", "minimum": 0},
    ),
    (
        "on_probation",
        "criminal_record",
        "Probatsiya nazoratida",
        "Под пробационным надзором",
        "On probation",
        {"type": "boolean"},
    ),
    (
        "marital_status",
        "family",
        "Oilaviy holati",
        "Семейное положение",
        "Marital status",
        {"enum": ["married", "single", "divorced", "widowed"]},
    ),
    (
        "workplace",
        "employment",
        "Ish joyi",
        "Место работы",
        "Workplace",
        {"type": "string", "minLength": 1},
    ),
)
CATEGORY_OF: Final[dict[str, str]] = {f[0]: f[1] for f in FIELDS}
FIELD_ORDER: Final[tuple[str, ...]] = tuple(f[0] for f in FIELDS)
IDENTITY: Final[tuple[str, ...]] = tuple(f for f in FIELD_ORDER if CATEGORY_OF[f] == "identity")

#: Days past the agreed date from which an unanswered request is escalated (before: reminded).
ESCALATE_AFTER_DAYS: Final[int] = 7
REPLY_STATUSES: Final[tuple[str, ...]] = ("provided", "not_found", "refused")

#: Planted defect -> the JSON Schema keyword that reports it (None: the schema cannot see it).
DEFECT_KEYWORD: Final[dict[str, str | None]] = {
    "missing_field": "required",
    "bad_enum": "enum",
    "bad_pinfl": "pattern",
    "bad_date": "format",
    "wrong_type": "type",
    "extra_field": "additionalProperties",
    "unsigned": "const",
    "check_digit": None,
    "unknown_request": None,
}
REQUEST_DEFECTS: Final[tuple[str, ...]] = (
    "missing_field",
    "bad_enum",
    "bad_pinfl",
    "bad_date",
    "wrong_type",
    "extra_field",
    "unsigned",
    "check_digit",
)
REPLY_DEFECTS: Final[tuple[str, ...]] = (
    "missing_field",
    "bad_enum",
    "bad_date",
    "wrong_type",
    "unsigned",
    "unknown_request",
)

_DIAGNOSES = ("S00.8", "S01.8", "S20.2", "S40.0", "S50.0", "T14.0")
_WORK = ("xususiy tadbirkor", "ishsiz", "talaba", "haydovchi", "quruvchi", "sotuvchi", "o'qituvchi")
_SCHEMA_URN = "urn:malaka:doc-exchange"


# --- schemas --------------------------------------------------------------------------------
def request_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an inter-agency request."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{_SCHEMA_URN}:request:1.0",
        "title": "Idoralararo so'rov / Межведомственный запрос / Inter-agency request",
        "description": "Synthetic training format (malaka m10), not an official standard.",
        "type": "object",
        "required": [
            "doc_type",
            "schema_version",
            "request_id",
            "from_unit",
            "to_agency",
            "case_ref",
            "sent_at",
            "reply_by",
            "purpose",
            "person",
            "eds_signed",
        ],
        "additionalProperties": False,
        "properties": {
            "doc_type": {"const": "request"},
            "schema_version": {"const": "1.0"},
            "request_id": {"type": "string", "pattern": "^[A-Z]{3}-[0-9]{4}-[0-9]{6}-S[0-9]+$"},
            "from_unit": {"enum": [u for u, _ in UNITS]},
            "to_agency": {"enum": list(AGENCIES)},
            "case_ref": {"type": "string", "pattern": "^[A-Z]{3}-[0-9]{4}-[0-9]{6}$"},
            "sent_at": {"type": "string", "format": "date-time"},
            "reply_by": {
                "type": "string",
                "format": "date",
                "description": "reply deadline agreed with the agency (last day, inclusive)",
            },
            "priority": {"enum": ["normal", "urgent"]},
            "purpose": {"enum": list(NEEDS)},
            "person": {
                "type": "object",
                "required": list(IDENTITY),
                "additionalProperties": False,
                "properties": {f[0]: f[5] for f in FIELDS},
            },
            "eds_signed": {
                "const": True,
                "description": "signed with an electronic digital signature (EDS / ERI / ЭЦП)",
            },
        },
    }


def reply_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an agency's reply."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{_SCHEMA_URN}:reply:1.0",
        "title": "Idoraning javobi / Ответ ведомства / Agency reply",
        "description": "Synthetic training format (malaka m10), not an official standard.",
        "type": "object",
        "required": [
            "doc_type",
            "schema_version",
            "reply_id",
            "in_reply_to",
            "from_agency",
            "received_at",
            "status",
            "eds_signed",
        ],
        "additionalProperties": False,
        "properties": {
            "doc_type": {"const": "reply"},
            "schema_version": {"const": "1.0"},
            "reply_id": {"type": "string", "pattern": "^[A-Z]{3}-[0-9]{4}-[0-9]{5}$"},
            "in_reply_to": {"type": "string", "pattern": "^[A-Z]{3}-[0-9]{4}-[0-9]{6}-S[0-9]+$"},
            "from_agency": {"enum": list(AGENCIES)},
            "received_at": {"type": "string", "format": "date-time"},
            "status": {"enum": list(REPLY_STATUSES)},
            "eds_signed": {"const": True},
        },
    }


def validator(schema: dict[str, Any]) -> Any:
    """A draft 2020-12 validator that also checks ``format`` (off by default in JSON Schema)."""
    from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def minimal_fields(purpose: str) -> list[str]:
    """The lesson's rule: the identity core plus the fields of the categories the purpose needs."""
    return [
        f for f in FIELD_ORDER if CATEGORY_OF[f] == "identity" or CATEGORY_OF[f] in NEEDS[purpose]
    ]


# --- requests from the simulation -----------------------------------------------------------
@dataclass(frozen=True)
class _Request:
    unit: int
    case_no: int
    nth: int
    agency: str
    sent_h: float
    reply_h: float  # NaN: no reply before the snapshot
    arrive_h: float
    urgent: bool


def _simulated(
    spec: DocExchangeSpec, rng: Callable[[str], Gen], spec_path: Path
) -> tuple[list[_Request], Any]:
    """Requests and replies of the scenario run, one unit per replication, cut at ``as_of``."""
    from malaka.datasets import source
    from malaka.datasets import spec as specs
    from malaka.errors import InputError

    if spec.replications > len(UNITS):
        raise InputError.single(
            spec_path.name,
            "replications",
            f"at most {len(UNITS)} (one district unit per replication)",
            specs.line_of(spec_path, "replications"),
        )
    scen_path = specs.resolve_input(spec_path, spec.scenario)
    scenario = source.load_scenario(scen_path, spec_path.name, specs.line_of(spec_path, "scenario"))
    seed = int(rng("simulation").integers(0, 2**31))
    cols = ["replication", "case_id", "urgency", "activity", "lifecycle", "agency", "t"]
    log = (
        source.run_scenario(scenario, spec.replications, seed, progress=False)
        .select(cols)
        .to_pandas()
    )
    cal = scenario.calendar
    tz = ZoneInfo(cal.timezone)
    origin = dt.datetime.combine(cal.start, dt.time(), tzinfo=tz)
    cut_h = (dt.datetime.combine(spec.as_of, dt.time(), tzinfo=tz) - origin).total_seconds() / 3600
    log["agency"] = (
        log["agency"].astype(str).where(log["agency"] != "own", log["activity"].astype(str))
    )
    arrive = (
        log[log["lifecycle"] == "arrive"]
        .groupby(["replication", "case_id"], observed=True)["t"]
        .min()
    )
    sent = log[log["lifecycle"] == "request"].sort_values(
        ["replication", "case_id", "t"], kind="stable"
    )
    replies = log[log["lifecycle"] == "reply"].sort_values(
        ["replication", "case_id", "agency", "t"], kind="stable"
    )
    sent = sent.assign(
        nth=sent.groupby(["replication", "case_id"], observed=True).cumcount() + 1,
        k=sent.sort_values(["replication", "case_id", "agency", "t"], kind="stable")
        .groupby(["replication", "case_id", "agency"], observed=True)
        .cumcount(),
    )
    replies = replies.assign(
        k=replies.groupby(["replication", "case_id", "agency"], observed=True).cumcount()
    )
    keys = ["replication", "case_id", "agency", "k"]
    merged = sent.merge(replies[[*keys, "t"]].rename(columns={"t": "reply_t"}), on=keys, how="left")
    merged = merged[merged["t"] < cut_h].sort_values(["t", "replication", "case_id"], kind="stable")
    merged = merged.tail(spec.n_requests)
    out = []
    for row in merged.itertuples(index=False):
        reply = (
            float(row.reply_t)
            if row.reply_t == row.reply_t and row.reply_t < cut_h
            else float("nan")
        )
        out.append(
            _Request(
                unit=int(row.replication),
                case_no=int(str(row.case_id).lstrip("A")),
                nth=int(row.nth),
                agency=str(row.agency),
                sent_h=float(row.t),
                reply_h=reply,
                arrive_h=float(arrive.loc[(row.replication, row.case_id)]),
                urgent=str(row.urgency) in ("P1", "P2"),
            )
        )
    unknown = sorted({r.agency for r in out} - set(AGENCIES))
    if unknown:
        raise InputError.single(
            spec_path.name, "scenario", f"agencies without a document format: {', '.join(unknown)}"
        )
    return out, (origin, scenario, seed)


# --- documents ------------------------------------------------------------------------------
def _stamp(origin: dt.datetime, hours: float) -> dt.datetime:
    return (origin + dt.timedelta(seconds=round(hours * 3600))).replace(microsecond=0)


def _office_hours(stamp: dt.datetime) -> dt.datetime:
    """An agency's office registers a reply between 09:00 and 18:00: a night-time reply of the
    simulation is moved to the next opening (same minutes and seconds)."""
    if stamp.hour < 9:
        return stamp.replace(hour=9)
    if stamp.hour >= 18:
        return (stamp + dt.timedelta(days=1)).replace(hour=9)
    return stamp


def _person_card(who: Any, req: _Request, origin: dt.datetime, year: int, r: Gen) -> Doc:
    """Every catalogue field of one person in one case (the requests send a part of it)."""
    incident = (_stamp(origin, req.arrive_h) - dt.timedelta(days=int(r.integers(0, 3)))).date()
    return {
        "pinfl": str(who["pinfl"]),
        "last_name": str(who["surname"]),
        "first_name": str(who["given_name"]),
        "patronymic": str(who["patronymic"]),
        "birth_date": who["birth_date"].date().isoformat(),
        "passport": str(who["passport"]),
        "address": str(who["address"]),
        "phone": str(who["phone"]),
        "incident_date": incident.isoformat(),
        "incident_place": str(who["address"]).rsplit(",", 2)[0],
        "court_case_no": f"2-{int(r.integers(100, 9999))}/{year - int(r.integers(0, 3))}",
        "diagnosis": str(r.choice(_DIAGNOSES)),
        "narcology_registered": bool(r.random() < 0.05),
        "prior_convictions": int(r.choice([0, 0, 0, 1, 2])),
        "on_probation": bool(r.random() < 0.05),
        "marital_status": str(
            r.choice(["married", "single", "divorced", "widowed"], p=[0.6, 0.25, 0.1, 0.05])
        ),
        "workplace": str(r.choice(_WORK)),
    }


def _extras(purpose: str, r: Gen) -> list[str]:
    """Fields beyond the minimum that an over-sharing request adds (sometimes the whole card)."""
    spare = [f for f in FIELD_ORDER if f not in minimal_fields(purpose)]
    if r.random() < 0.3:
        return spare
    weight = {"phone": 6, "passport": 5, "address": 4, "prior_convictions": 3, "on_probation": 2}
    p = np.array([weight.get(f, 1) for f in spare], float)
    k = int(r.integers(1, 4))
    picked = set(r.choice(len(spare), size=k, replace=False, p=p / p.sum()).tolist())
    return [f for i, f in enumerate(spare) if i in picked]


@dataclass
class _Docs:
    requests: list[Doc]
    replies: list[Doc]
    overshared: dict[str, list[str]]
    #: requests (and their replies) kept free of defects: the boundary cases of the lesson
    protected: set[str]


Reply = tuple[dt.datetime, str, str, str]  # received at, agency, request id, status


def _boundary_cases(requests: list[Doc], replies: list[Reply], as_of: dt.date, tz: Any) -> set[str]:
    """Make sure the cases the lesson's rules turn on are in the data, whatever the simulation
    gives: an unanswered request exactly ``ESCALATE_AFTER_DAYS`` overdue, one due on the
    snapshot day (still open), a reply on its due day (on time), and a reply sent twice, the
    first in time and the second late. The agreed date is a field of each request, so moving
    it for one request is a different agreement, not a broken rule."""
    by_rid = {d["request_id"]: d for d in requests}
    day = dt.timedelta(days=1)

    def due(rid: str) -> dt.date:
        return dt.date.fromisoformat(by_rid[rid]["reply_by"])

    def sent(rid: str) -> dt.date:
        return dt.date.fromisoformat(by_rid[rid]["sent_at"][:10])

    def pick(ok: Callable[[str], bool], used: set[str]) -> str:
        found = [
            d["request_id"]
            for d in requests[10:]
            if d["request_id"] not in used and ok(d["request_id"])
        ]
        if not found:
            raise ValueError("the simulation gives too few requests for the lesson's cases")
        return str(found[len(found) // 2])

    answered = {rid for _, _, rid, _ in replies}
    used: set[str] = set()
    late = as_of - ESCALATE_AFTER_DAYS * day
    rid = pick(lambda r: sent(r) < late and abs((due(r) - late).days) <= 3, used)
    by_rid[rid]["reply_by"] = late.isoformat()
    used.add(rid)
    rid = pick(lambda r: sent(r) < as_of - day and abs((due(r) - as_of).days) <= 3, used)
    by_rid[rid]["reply_by"] = as_of.isoformat()
    used.add(rid)
    replies[:] = [rep for rep in replies if rep[2] not in used]
    firsts: dict[str, Reply] = {}
    for rep in sorted(replies):
        firsts.setdefault(rep[2], rep)
    once = {rid for rid in answered if sum(rep[2] == rid for rep in replies) == 1}
    rid = pick(lambda r: r in once and firsts[r][0].date() < due(r) - day, used)
    at, agency, _, status = firsts[rid]
    replies.remove(firsts[rid])
    replies.append(
        (
            dt.datetime.combine(due(rid), dt.time(11, at.minute, at.second), tzinfo=tz),
            agency,
            rid,
            status,
        )
    )
    used.add(rid)
    rid = pick(
        lambda r: r in once and firsts[r][0].date() <= due(r) and due(r) + 3 * day < as_of, used
    )
    at, agency, _, status = firsts[rid]
    replies.append(
        (
            dt.datetime.combine(due(rid) + 2 * day, dt.time(10, at.minute, at.second), tzinfo=tz),
            agency,
            rid,
            status,
        )
    )
    used.add(rid)
    return used


def _documents(
    reqs: Sequence[_Request], origin: dt.datetime, spec: DocExchangeSpec, rng: Callable[[str], Gen]
) -> _Docs:
    from malaka.datasets.pools import people

    year = origin.year
    cases = sorted({(q.unit, q.case_no) for q in reqs})
    who = people(len(cases), rng("people"), regions=[spec.region], birth_years=(1950, 2006))
    r_card, r_share, r_reply = rng("cards"), rng("overshare"), rng("replies")
    cards: dict[tuple[int, int], Doc] = {}
    for i, case in enumerate(cases):
        req = next(q for q in reqs if (q.unit, q.case_no) == case)
        cards[case] = _person_card(who.iloc[i], req, origin, year, r_card)
    requests: list[Doc] = []
    replies: list[Reply] = []
    overshared: dict[str, list[str]] = {}
    seq = dict.fromkeys(AGENCIES, 0)
    for q in reqs:
        unit, code = UNITS[q.unit]
        purpose, _code, days = AGENCIES[q.agency]
        case_ref = f"{code}-{year}-{q.case_no:06d}"
        rid = f"{case_ref}-S{q.nth}"
        sent = _stamp(origin, q.sent_h)
        fields = minimal_fields(purpose)
        if r_share.random() < OVERSHARE[q.unit]:
            extra = _extras(purpose, r_share)
            overshared[rid] = extra
            fields = [f for f in FIELD_ORDER if f in set(fields) | set(extra)]
        card = cards[(q.unit, q.case_no)]
        requests.append(
            {
                "doc_type": "request",
                "schema_version": "1.0",
                "request_id": rid,
                "from_unit": unit,
                "to_agency": q.agency,
                "case_ref": case_ref,
                "sent_at": sent.isoformat(),
                "reply_by": (sent.date() + dt.timedelta(days=days)).isoformat(),
                "priority": "urgent" if q.urgent else "normal",
                "purpose": purpose,
                "person": {f: card[f] for f in fields},
                "eds_signed": True,
            }
        )
        if q.reply_h == q.reply_h:
            copies = [q.reply_h]
            if r_reply.random() < 0.02:  # the agency sends its reply again a few days later
                copies.append(q.reply_h + 24 * float(r_reply.uniform(1, 4)))
            status = str(r_reply.choice(REPLY_STATUSES, p=[0.85, 0.1, 0.05]))
            for h in copies:
                at = _office_hours(_stamp(origin, h))
                if at.date() < spec.as_of:
                    replies.append((at, q.agency, rid, status))
    protected = _boundary_cases(requests, replies, spec.as_of, origin.tzinfo)
    replies.sort(key=lambda item: (item[0], item[2]))
    docs = []
    for at, agency, rid, status in replies:
        seq[agency] += 1
        docs.append(
            {
                "doc_type": "reply",
                "schema_version": "1.0",
                "reply_id": f"{AGENCIES[agency][1]}-{year}-{seq[agency]:05d}",
                "in_reply_to": rid,
                "from_agency": agency,
                "received_at": at.isoformat(),
                "status": status,
                "eds_signed": True,
            }
        )
    return _Docs(requests, docs, overshared, protected)


# --- planted defects ------------------------------------------------------------------------
def _ddmmyyyy(iso: str) -> str:
    y, m, d = iso[:10].split("-")
    return f"{d}.{m}.{y}"


# Each planting function spoils one document in one way and returns the field concerned.
Planter = Callable[[Doc, Gen], str]


def _missing_request_field(doc: Doc, r: Gen) -> str:
    field = str(r.choice(["reply_by", "case_ref", "to_agency", "sent_at", "purpose"]))
    del doc[field]
    return field


def _bad_request_enum(doc: Doc, r: Gen) -> str:
    field = str(r.choice(["to_agency", "to_agency", "from_unit", "purpose"]))
    wrong = {
        "to_agency": ["sud", "Health", "shifoxona", "prokuratura", "Mahalla"],
        "from_unit": ["Chilonzor IIB", "chilonzor"],
        "purpose": ["tavsifnoma", "medical findings"],
    }[field]
    doc[field] = str(r.choice(wrong))
    return field


def _bad_pinfl(doc: Doc, r: Gen) -> str:
    p = doc["person"]["pinfl"]
    variants = [p[:-1], p + str(int(r.integers(0, 10))), f"{p[:1]} {p[1:7]} {p[7:]}"]
    if "0" in p:
        variants.append(p.replace("0", "O", 1))
    doc["person"]["pinfl"] = str(r.choice(variants))
    return "person.pinfl"


def _bad_request_date(doc: Doc, r: Gen) -> str:
    field = str(r.choice(["reply_by", "reply_by", "sent_at", "person.birth_date"]))
    if field == "reply_by":  # written the local way, or a day the month does not have
        impossible = doc["reply_by"][:8] + "31"
        use_impossible = r.random() < 0.3 and not _is_iso_date(impossible)
        doc["reply_by"] = impossible if use_impossible else _ddmmyyyy(doc["reply_by"])
    elif field == "sent_at":
        doc["sent_at"] = doc["sent_at"][:16].replace("T", " ")
    else:
        doc["person"]["birth_date"] = _ddmmyyyy(doc["person"]["birth_date"])
    return field


def _pinfl_as_number(doc: Doc, _r: Gen) -> str:
    """A spreadsheet export turned the PINFL into a number."""
    doc["person"]["pinfl"] = int(doc["person"]["pinfl"])
    return "person.pinfl"


def _extra_field(doc: Doc, r: Gen) -> str:
    person = doc["person"]
    if r.random() < 0.5:
        person["pasport"] = person.pop("passport", None) or "AA0000000"
        return "person.pasport"
    doc["izoh"] = "shoshilinch"
    return "izoh"


def _unsigned(doc: Doc, _r: Gen) -> str:
    doc["eds_signed"] = False
    return "eds_signed"


def _wrong_check_digit(doc: Doc, r: Gen) -> str:
    p = doc["person"]["pinfl"]
    doc["person"]["pinfl"] = p[:-1] + str((int(p[-1]) + int(r.integers(1, 10))) % 10)
    return "person.pinfl"


def _missing_reply_field(doc: Doc, r: Gen) -> str:
    field = str(r.choice(["received_at", "in_reply_to", "status"]))
    del doc[field]
    return field


def _bad_reply_enum(doc: Doc, r: Gen) -> str:
    if r.random() < 0.7:
        doc["status"] = str(r.choice(["javob berildi", "bajarildi", "ok"]))
        return "status"
    doc["from_agency"] = str(r.choice(["sud", "Health", "MFY"]))
    return "from_agency"


def _bad_reply_date(doc: Doc, r: Gen) -> str:
    stamp = doc["received_at"]
    local = f"{_ddmmyyyy(stamp)} {stamp[11:16]}"
    slashed = stamp[:16].replace("-", "/").replace("T", " ")
    doc["received_at"] = str(r.choice([local, slashed]))
    return "received_at"


def _epoch_seconds(doc: Doc, _r: Gen) -> str:
    """Another system's clock: seconds since 1970 instead of a text."""
    doc["received_at"] = int(dt.datetime.fromisoformat(doc["received_at"]).timestamp())
    return "received_at"


def _unknown_request(doc: Doc, known: set[str]) -> str:
    """Point the reply at a well-formed request id that does not exist (a typo)."""
    head, nth = doc["in_reply_to"].rsplit("-S", 1)
    digits = head[-6:]
    candidates = [f"{head}-S{int(nth) + k}" for k in (1, 2)]
    candidates.append(f"{head[:-6]}{digits[:4]}{digits[5]}{digits[4]}-S{nth}")
    candidates += [f"{head[:-6]}{int(digits) + k:06d}-S{nth}" for k in (1, 10, 100)]
    doc["in_reply_to"] = next(c for c in candidates if c not in known)
    return "in_reply_to"


REQUEST_PLANTERS: Final[dict[str, Planter]] = {
    "missing_field": _missing_request_field,
    "bad_enum": _bad_request_enum,
    "bad_pinfl": _bad_pinfl,
    "bad_date": _bad_request_date,
    "wrong_type": _pinfl_as_number,
    "extra_field": _extra_field,
    "unsigned": _unsigned,
    "check_digit": _wrong_check_digit,
}
REPLY_PLANTERS: Final[dict[str, Planter]] = {
    "missing_field": _missing_reply_field,
    "bad_enum": _bad_reply_enum,
    "bad_date": _bad_reply_date,
    "wrong_type": _epoch_seconds,
    "unsigned": _unsigned,
}


def _is_iso_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _plant(docs: _Docs, rng: Callable[[str], Gen]) -> list[dict[str, Any]]:
    """Spoil a few documents, one defect each (kinds in turn); return the truth, one row each."""
    r = rng("defects")
    truth: list[dict[str, Any]] = []
    known = {d["request_id"] for d in docs.requests}
    # the first ten requests stay valid (the practice notebook reads them), and so do the
    # boundary cases and their replies
    clean = [
        i
        for i, d in enumerate(docs.requests)
        if i >= 10
        and d["request_id"] not in docs.overshared
        and d["request_id"] not in docs.protected
    ]
    n_req = max(len(REQUEST_DEFECTS) * 2, round(0.08 * len(docs.requests)))
    for j, i in enumerate(
        sorted(r.choice(clean, size=min(n_req, len(clean)), replace=False).tolist())
    ):
        kind = REQUEST_DEFECTS[(j * 5) % len(REQUEST_DEFECTS)]
        doc = docs.requests[i]
        rid = doc["request_id"]
        field = REQUEST_PLANTERS[kind](doc, r)
        truth.append(_truth("requests", i, rid, kind, field))
    n_rep = max(len(REPLY_DEFECTS) * 2, round(0.07 * len(docs.replies)))
    open_replies = [i for i, d in enumerate(docs.replies) if d["in_reply_to"] not in docs.protected]
    for j, i in enumerate(
        sorted(r.choice(open_replies, size=min(n_rep, len(open_replies)), replace=False).tolist())
    ):
        kind = REPLY_DEFECTS[(j * 5) % len(REPLY_DEFECTS)]
        doc = docs.replies[i]
        if kind == "unknown_request":
            field = _unknown_request(doc, known)
        else:
            field = REPLY_PLANTERS[kind](doc, r)
        truth.append(_truth("replies", i, doc["reply_id"], kind, field))
    return truth


def _truth(file: str, index: int, doc_id: str, kind: str, field: str) -> dict[str, Any]:
    keyword = DEFECT_KEYWORD[kind]
    return {
        "file": file,
        "line": index + 1,
        "doc_id": doc_id,
        "problem": kind,
        "field": field,
        "keyword": keyword or "",
        "caught_by_schema": keyword is not None,
    }


def _check_against_schema(docs: _Docs, truth: list[dict[str, Any]]) -> None:
    """Exactly the planted schema defects fail validation, each with one error of its keyword."""
    planted = {(t["file"], t["line"]): t for t in truth}
    for file, schema, items in (
        ("requests", request_schema(), docs.requests),
        ("replies", reply_schema(), docs.replies),
    ):
        v = validator(schema)
        for line, doc in enumerate(items, start=1):
            errors = list(v.iter_errors(doc))
            t = planted.get((file, line))
            want = [t["keyword"]] if t and t["caught_by_schema"] else []
            got = [e.validator for e in errors]
            if got != want:
                raise AssertionError(f"{file} line {line}: schema errors {got}, planted {want}")


# --- answer keys ----------------------------------------------------------------------------
def tracking(requests: Sequence[Doc], replies: Sequence[Doc], as_of: dt.date) -> pd.DataFrame:
    """The lesson's rules: schema-valid requests, their first schema-valid reply, the status
    against the agreed date, and the action for overdue ones (remind, then escalate)."""
    import pandas as pd

    v_req, v_rep = validator(request_schema()), validator(reply_schema())
    first: dict[str, str] = {}
    for d in replies:
        if v_rep.is_valid(d):
            rid = d["in_reply_to"]
            if rid not in first or d["received_at"] < first[rid]:
                first[rid] = d["received_at"]
    rows = []
    for d in requests:
        if not v_req.is_valid(d):
            continue
        due = dt.date.fromisoformat(d["reply_by"])
        got = first.get(d["request_id"])
        late_days = 0
        if got is not None:
            status = "on_time" if dt.date.fromisoformat(got[:10]) <= due else "late"
        elif as_of > due:
            status, late_days = "overdue", (as_of - due).days
        else:
            status = "open"
        action = (
            ""
            if status != "overdue"
            else ("escalate" if late_days >= ESCALATE_AFTER_DAYS else "remind")
        )
        rows.append(
            {
                "request_id": d["request_id"],
                "from_unit": d["from_unit"],
                "to_agency": d["to_agency"],
                "reply_by": d["reply_by"],
                "first_reply_at": got or "",
                "status": status,
                "days_overdue": late_days,
                "action": action,
            }
        )
    return pd.DataFrame(rows)


def oversharing(requests: Sequence[Doc]) -> pd.DataFrame:
    """Schema-valid requests that send person fields beyond the purpose's minimum."""
    import pandas as pd

    v = validator(request_schema())
    rows = []
    for d in requests:
        if not v.is_valid(d):
            continue
        extra = [f for f in d["person"] if f not in minimal_fields(d["purpose"])]
        if extra:
            rows.append(
                {
                    "request_id": d["request_id"],
                    "from_unit": d["from_unit"],
                    "to_agency": d["to_agency"],
                    "extra_fields": ";".join(sorted(extra)),
                    "n_extra": len(extra),
                    "n_special": sum(CATEGORY_OF[f] in SPECIAL for f in extra),
                }
            )
    return pd.DataFrame(rows)


# --- published tables -----------------------------------------------------------------------
def _catalogue() -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(
        {
            "field": [f[0] for f in FIELDS],
            "category": [f[1] for f in FIELDS],
            "special": [f[1] in SPECIAL for f in FIELDS],
            "label_uz": [f[2] for f in FIELDS],
            "label_ru": [f[3] for f in FIELDS],
            "label_en": [f[4] for f in FIELDS],
        }
    )


def _purposes() -> pd.DataFrame:
    import pandas as pd

    rows = [
        {
            "purpose": purpose,
            "agency": agency,
            "needs": ";".join(NEEDS[purpose]),
            "label_uz": PURPOSE_LABELS[purpose][0],
            "label_ru": PURPOSE_LABELS[purpose][1],
            "label_en": PURPOSE_LABELS[purpose][2],
        }
        for agency, (purpose, _code, _days) in AGENCIES.items()
    ]
    return pd.DataFrame(rows)


def _jsonl(docs: Sequence[Doc]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def _schema_text(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def generate(spec: DocExchangeSpec, *, rng: Callable[[str], Gen], spec_path: Path) -> Bundle:
    """Build the ``doc_exchange`` dataset: schemas, documents, catalogue, and the keys."""
    import pandas as pd

    from malaka.datasets.build import Bundle

    reqs, (origin, scenario, sim_seed) = _simulated(spec, rng, spec_path)
    docs = _documents(reqs, origin, spec, rng)
    truth = _plant(docs, rng)
    _check_against_schema(docs, truth)
    track = tracking(docs.requests, docs.replies, spec.as_of)
    share = oversharing(docs.requests)
    defects = (
        pd.DataFrame(truth).sort_values(["file", "line"], kind="stable").reset_index(drop=True)
    )
    files = {
        "schema/request.schema.json": _schema_text(request_schema()),
        "schema/reply.schema.json": _schema_text(reply_schema()),
        "documents/requests.jsonl": _jsonl(docs.requests),
        "documents/replies.jsonl": _jsonl(docs.replies),
    }
    stats = {
        "requests": len(docs.requests),
        "replies": len(docs.replies),
        "defects": len(defects),
        "defects_caught_by_schema": int(defects["caught_by_schema"].sum()),
        "overdue": int((track["status"] == "overdue").sum()),
        "escalate": int((track["action"] == "escalate").sum()),
        "overshared": len(share),
    }
    return Bundle(
        tables={"fields": _catalogue(), "purposes": _purposes()},
        answer_key={"defects": defects, "tracking": track, "oversharing": share},
        provenance={
            "scenario": {"id": scenario.id, "sha256": scenario.sha256(), "file": spec.scenario},
            "events": {"simulated": True, "replications": spec.replications, "seed": sim_seed},
            "as_of": spec.as_of.isoformat(),
        },
        stats=stats,
        files=files,
    )


_CATEGORIES = ", ".join(dict.fromkeys(f[1] for f in FIELDS))
_RID = ("request_id", "So'rov raqami", "Номер запроса", "Request id")
_UNIT = ("from_unit", "Yuborgan bo'linma", "Подразделение-отправитель", "Sending unit")
_AGENCY = ("to_agency", "Qabul qiluvchi idora", "Ведомство-получатель", "Receiving agency")
DOCS: Final[dict[str, tuple[Col, ...]]] = {
    name: tuple(Col(c, "", uz, ru, en) for c, uz, ru, en in rows)
    for name, rows in {
        "fields": (
            (
                "field",
                "Hujjatdagi maydon nomi (person ichida)",
                "Имя поля в документе (внутри person)",
                "Field name in the document (inside person)",
            ),
            (
                "category",
                "Toifa: " + _CATEGORIES,
                "Категория: " + _CATEGORIES,
                "Category: " + _CATEGORIES,
            ),
            (
                "special",
                "Maxsus toifa (sog'liq, sudlanganlik)",
                "Особая категория (здоровье, судимость)",
                "Special category (health, criminal record)",
            ),
            ("label_uz", "Nomi (o'zbekcha)", "Название (узбекский)", "Label (Uzbek)"),
            ("label_ru", "Nomi (ruscha)", "Название (русский)", "Label (Russian)"),
            ("label_en", "Nomi (inglizcha)", "Название (английский)", "Label (English)"),
        ),
        "purposes": (
            (
                "purpose",
                "So'rov maqsadi (hujjatdagi purpose)",
                "Цель запроса (purpose в документе)",
                "Purpose of the request (purpose in the document)",
            ),
            ("agency", "Idora", "Ведомство", "Agency"),
            (
                "needs",
                "Identifikatsiyadan tashqari kerak toifalar (; bilan)",
                "Нужные категории помимо идентификации (через ;)",
                "Categories needed besides identity (;-separated)",
            ),
            ("label_uz", "Maqsad (o'zbekcha)", "Цель (узбекский)", "Purpose (Uzbek)"),
            ("label_ru", "Maqsad (ruscha)", "Цель (русский)", "Purpose (Russian)"),
            ("label_en", "Maqsad (inglizcha)", "Цель (английский)", "Purpose (English)"),
        ),
        "defects": (
            (
                "file",
                "Fayl: requests yoki replies",
                "Файл: requests или replies",
                "File: requests or replies",
            ),
            ("line", "Qator raqami (1 dan)", "Номер строки (с 1)", "Line number (from 1)"),
            ("doc_id", "Hujjat raqami", "Номер документа", "Document id"),
            ("problem", "Ekilgan nuqson turi", "Вид заложенного дефекта", "Kind of planted defect"),
            ("field", "Nuqsonli maydon", "Поле с дефектом", "Field concerned"),
            (
                "keyword",
                "Uni topadigan JSON Schema kalit so'zi",
                "Ключевое слово JSON Schema, которое его находит",
                "JSON Schema keyword that reports it",
            ),
            ("caught_by_schema", "Sxema topadimi", "Находит ли схема", "Caught by the schema"),
        ),
        "tracking": (
            _RID,
            _UNIT,
            _AGENCY,
            (
                "reply_by",
                "Kelishilgan javob muddati",
                "Согласованный срок ответа",
                "Agreed reply date",
            ),
            (
                "first_reply_at",
                "Birinchi yaroqli javob vaqti",
                "Время первого валидного ответа",
                "Time of the first valid reply",
            ),
            (
                "status",
                "on_time, late, overdue, open",
                "on_time, late, overdue, open",
                "on_time, late, overdue, open",
            ),
            (
                "days_overdue",
                "Muddatdan o'tgan kunlar (overdue)",
                "Дней просрочки (overdue)",
                "Days overdue",
            ),
            ("action", "remind yoki escalate", "remind или escalate", "remind or escalate"),
        ),
        "oversharing": (
            _RID,
            _UNIT,
            _AGENCY,
            (
                "extra_fields",
                "Ortiqcha maydonlar (; bilan)",
                "Лишние поля (через ;)",
                "Extra fields (;-separated)",
            ),
            ("n_extra", "Ortiqcha maydonlar soni", "Число лишних полей", "Number of extra fields"),
            (
                "n_special",
                "Ulardan maxsus toifadagilar",
                "Из них особой категории",
                "Of which special category",
            ),
        ),
    }.items()
}
