"""One system account per person of the roster, so that one trainee can never read another's files.

Accounts are made with the system's own tools (``useradd``, ``chpasswd``, ``groupadd``): the hub
logs people in through PAM against them and starts each server as its owner. Homes are private
(mode 0700). Malaka marks its accounts by group (``malaka-trainees``, ``malaka-instructors``) and
never touches an account outside them, so a roster line cannot take over ``www-data`` or a
colleague's login. Initial passwords are generated here, set once and shown once.
"""

from __future__ import annotations

import grp
import json
import os
import pwd
import secrets
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from malaka.atomic import write_text
from malaka.errors import InputError, Problem
from malaka.hub.roster import Member

GROUPS = {"trainee": "malaka-trainees", "instructor": "malaka-instructors"}
#: JupyterLab's interface language per course language; there is no Uzbek language pack, so
#: Uzbek-speaking trainees get the Russian interface that officers in Uzbekistan read daily.
LAB_LOCALE = {"uz": "ru_RU", "uz-Cyrl": "ru_RU", "ru": "ru_RU", "en": "en"}
SBIN = ("/usr/sbin", "/sbin")
#: Letters and digits that cannot be misread on a printed slip (no 0/O, 1/l/I).
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What import did for one member: the password is set only when it was generated here."""

    login: str
    created: bool
    password: str | None


def new_password() -> str:
    """Twelve unambiguous characters in three groups (about 59 bits): easy to type from a slip."""
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(12))
    return "-".join(raw[i : i + 4] for i in range(0, 12, 4))


def _tool(name: str) -> str | None:
    """A system tool, also found in the sbin folders that a non-login PATH often lacks."""
    return shutil.which(name, path=os.pathsep.join([os.environ.get("PATH", ""), *SBIN]))


def _run(args: list[str], stdin: str | None = None) -> None:
    exe = _tool(args[0])
    if exe is None:
        raise InputError.single(
            "system", args[0], "not found: a Linux server with the passwd tools is needed"
        )
    done = subprocess.run(
        [exe, *args[1:]], input=stdin, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise InputError.single(
            "system", " ".join(args[:2]), f"failed ({done.returncode}): {done.stderr.strip()}"
        )


def ensure_groups() -> None:
    """Create Malaka's two groups if missing."""
    for name in GROUPS.values():
        try:
            grp.getgrnam(name)
        except KeyError:
            _run(["groupadd", "--system", name])


def managed_role(login: str) -> str | None:
    """The role of an existing Malaka account, ``None`` if the account is not Malaka's."""
    for role, group in GROUPS.items():
        try:
            if login in grp.getgrnam(group).gr_mem:
                return role
        except KeyError:
            continue
    return None


def _exists(login: str) -> bool:
    try:
        pwd.getpwnam(login)
    except KeyError:
        return False
    return True


def check_takeover(members: list[Member], roster: str) -> None:
    """Refuse, before any change, a roster naming an existing account that is not Malaka's."""
    problems = [
        Problem(roster, "login", f"{m.login}: a system account that Malaka did not create")
        for m in members
        if _exists(m.login) and managed_role(m.login) is None
    ]
    if problems:
        raise InputError(problems)


def _write_lab_locale(login: str, lang: str) -> None:
    """Set the JupyterLab interface language in a brand-new home (before its owner ever ran)."""
    entry = pwd.getpwnam(login)
    settings = Path(
        entry.pw_dir, ".jupyter", "lab", "user-settings", "@jupyterlab", "translation-extension"
    )
    settings.mkdir(parents=True, exist_ok=True)
    target = settings / "plugin.jupyterlab-settings"
    target.write_text(json.dumps({"locale": LAB_LOCALE[lang]}) + "\n", encoding="utf-8")
    for folder in (Path(entry.pw_dir, ".jupyter"), *Path(entry.pw_dir, ".jupyter").rglob("*")):
        os.chown(folder, entry.pw_uid, entry.pw_gid)


def apply(members: list[Member], roster: str, *, reset_passwords: bool = False) -> list[Outcome]:
    """Create or update the accounts; return what was done (new passwords included, once)."""
    if os.geteuid() != 0:
        raise InputError.single(roster, "", "creating system accounts needs root (sudo malaka ...)")
    if _tool("useradd") is None:
        raise InputError.single(roster, "", "useradd not found: a Linux server is needed")
    check_takeover(members, roster)
    ensure_groups()
    outcomes = []
    for m in members:
        created = not _exists(m.login)
        group = GROUPS[m.role]
        other = GROUPS["instructor" if m.role == "trainee" else "trainee"]
        if created:
            _run(
                [
                    "useradd",
                    "--create-home",
                    "--shell",
                    "/bin/bash",
                    "--comment",
                    m.full_name,
                    "--groups",
                    group,
                    "-K",
                    "UMASK=0077",
                    m.login,
                ]
            )
            Path(pwd.getpwnam(m.login).pw_dir).chmod(0o700)
            _write_lab_locale(m.login, m.lang)
        else:
            # Back on the roster: unlock an account that ``remove`` locked.
            _run(
                [
                    "usermod",
                    "--comment",
                    m.full_name,
                    "--append",
                    "--groups",
                    group,
                    "--expiredate",
                    "",
                    "--unlock",
                    m.login,
                ]
            )
            if m.login in grp.getgrnam(other).gr_mem:
                _run(["gpasswd", "--delete", m.login, other])
        password = m.password
        generated = None
        if password is None and (created or reset_passwords):
            password = generated = new_password()
        if password is not None:
            _run(["chpasswd"], stdin=f"{m.login}:{password}\n")
        outcomes.append(Outcome(login=m.login, created=created, password=generated))
    return outcomes


def save_members(path: Path, members: list[Member]) -> None:
    """Merge ``members`` into the hub's list of who may log in (root-only file)."""
    known = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    for m in members:
        known[m.login] = {"role": m.role, "lang": m.lang, "full_name": m.full_name}
    path.parent.mkdir(parents=True, exist_ok=True)
    Path(path.parent).chmod(0o700)
    write_text(path, json.dumps(known, ensure_ascii=False, indent=1) + "\n")
    Path(path).chmod(0o600)


def load_members(path: Path) -> dict[str, dict[str, str]]:
    """Who may log in: login -> role, lang, full name."""
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def remove(logins: list[str], members_path: Path) -> list[str]:
    """Take people off the hub: locked accounts, off the members list; homes are kept.

    A trainee's home holds the work their grades rest on, so it stays until the course's
    records are closed (then ``userdel -r``). Returns the logins removed.
    """
    if os.geteuid() != 0:
        raise InputError.single("members.json", "", "removing accounts needs root")
    foreign = [login for login in logins if _exists(login) and managed_role(login) is None]
    if foreign:
        raise InputError(
            [Problem("members.json", "login", f"{x}: not a Malaka account") for x in foreign]
        )
    known = load_members(members_path)
    unknown = [login for login in logins if login not in known and not _exists(login)]
    if unknown:
        raise InputError(
            [Problem("members.json", "login", f"{x}: no such person") for x in unknown]
        )
    for login in logins:
        if _exists(login):
            _run(["usermod", "--lock", "--expiredate", "1", login])
        known.pop(login, None)
    write_text(members_path, json.dumps(known, ensure_ascii=False, indent=1) + "\n")
    members_path.chmod(0o600)
    return logins
