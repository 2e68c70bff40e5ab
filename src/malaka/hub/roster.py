"""Read the cohort's roster CSV: one row per person, checked before any account is touched.

Columns: ``login`` (the system account name), ``full_name``, ``role`` (``trainee`` or
``instructor``), optional ``lang`` (``uz``, ``uz-Cyrl``, ``ru``, ``en``; default ``uz``) and
optional ``password`` (else one is generated and printed once). Every problem is reported with
the file, line and column; nothing is created when any row is wrong.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from malaka.errors import InputError, Problem

#: A portable Linux account name that nbgrader's exchange and the grading pipeline both accept.
LOGIN = re.compile(r"\A[a-z][a-z0-9_-]{0,30}\Z")
ROLES = ("trainee", "instructor")
#: Words an instructor may write in the role column, in the course languages.
ROLE_WORDS = {
    "trainee": "trainee",
    "tinglovchi": "trainee",
    "тингловчи": "trainee",
    "слушатель": "trainee",
    "instructor": "instructor",
    "o'qituvchi": "instructor",
    "ўқитувчи": "instructor",
    "преподаватель": "instructor",
}
LANGS = ("uz", "uz-Cyrl", "ru", "en")
MIN_PASSWORD = 10
#: Accounts that exist on every Linux system and must never be taken over by a roster.
RESERVED = frozenset({"root", "daemon", "bin", "sys", "nobody", "admin", "jupyter", "malaka"})


@dataclass(frozen=True, slots=True)
class Member:
    """One person of the cohort."""

    login: str
    full_name: str
    role: str
    lang: str = "uz"
    password: str | None = None


def read_roster(path: Path) -> list[Member]:
    """The roster's members; raises :class:`InputError` listing every bad row and field."""
    if not path.is_file():
        raise InputError.single(str(path), "", "roster file not found / fayl topilmadi / нет файла")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        message = "not UTF-8 text: save the roster as CSV UTF-8 / CSV UTF-8 sifatida saqlang"
        raise InputError([Problem(str(path), "", message, line)]) from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = set(reader.fieldnames or ())
    problems: list[Problem] = []
    for column in ("login", "full_name", "role"):
        if column not in header:
            problems.append(Problem(str(path), column, "column missing (login,full_name,role)", 1))
    if problems:
        raise InputError(problems)
    rows = [(reader.line_num, row) for row in reader]  # line_num: the file's line, blanks counted
    if not rows:
        raise InputError([Problem(str(path), "", "no rows under the header", 1)])
    members: list[Member] = []
    seen: dict[str, int] = {}
    for line, row in rows:
        member = _member(path, line, row, problems)
        if member is None:
            continue
        if member.login in seen:
            problems.append(
                Problem(
                    str(path), "login", f"{member.login} repeats line {seen[member.login]}", line
                )
            )
            continue
        seen[member.login] = line
        members.append(member)
    if problems:
        raise InputError(problems)
    return members


def _member(
    path: Path, line: int, row: dict[str, str | None], problems: list[Problem]
) -> Member | None:
    def cell(name: str) -> str:
        return (row.get(name) or "").strip()

    before = len(problems)
    login = cell("login")
    if not LOGIN.match(login):
        problems.append(
            Problem(
                str(path),
                "login",
                f"{login!r}: lower-case Latin letters, digits, _ or -, starting with a letter, "
                "at most 31 characters",
                line,
            )
        )
    elif login in RESERVED:
        problems.append(Problem(str(path), "login", f"{login!r} is a reserved system name", line))
    name = cell("full_name")
    if not name or any(ch in name for ch in ":\n\r"):
        problems.append(Problem(str(path), "full_name", "empty or holds ':'", line))
    role = ROLE_WORDS.get(re.sub("[\u02bb\u02bc\u2018\u2019`]", "'", cell("role").lower()))
    if role is None:
        problems.append(
            Problem(str(path), "role", f"{cell('role')!r}: trainee or instructor", line)
        )
    lang = cell("lang") or "uz"
    if lang not in LANGS:
        problems.append(Problem(str(path), "lang", f"{lang!r}: one of {', '.join(LANGS)}", line))
    password = cell("password") or None
    if password is not None and (len(password) < MIN_PASSWORD or ":" in password):
        problems.append(
            Problem(str(path), "password", f"at least {MIN_PASSWORD} characters, no ':'", line)
        )
    if len(problems) > before or role is None:
        return None
    return Member(login=login, full_name=name, role=role, lang=lang, password=password)
