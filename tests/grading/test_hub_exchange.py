"""nbgrader's exchange on the institute's server, with real accounts and no running hub.

Trainees act as their own system accounts (``runuser``) through nbgrader's own command line
(``nbgrader fetch_assignment / submit / fetch_feedback``) with their role's Jupyter config, as
their Assignments panel would; the administrator's side calls Malaka's functions as root. What is
checked: a new release never replaces a trainee's work, a hand-in forged under another trainee's
name is refused, the arrival time cannot be set back, the file modes keep trainees out of the
course and the grading, and feedback reaches the trainee through the exchange.

Needs root and ``useradd``; the accounts (``mlkx-*``) and the temporary project root are removed
at the end, also after a failure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from malaka.grading.layout import Layout
from malaka.hub import accounts, exchange, permissions, roster, server
from malaka.hub.settings import HubConfig, HubPaths, load_config

from .conftest import FIXTURES, MODULE

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
BINDIR = Path(sys.executable).parent
SYSTEM_PATH = ("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin")
PEOPLE = {  # login: (role, password) - the accounts live only as long as this module's tests
    "mlkx-ins": ("instructor", "Instruktor-x-2026"),
    "mlkx-a": ("trainee", "Tinglovchi-xA-2026"),
    "mlkx-b": ("trainee", "Tinglovchi-xB-2026"),
}
STEM = "ex01_sum"
#: What a trainee runs to answer the first answer cell of a notebook (path, marker).
EDIT = """
import json, sys
path, marker = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as fh:
    nb = json.load(fh)
cell = next(c for c in nb["cells"] if c["metadata"].get("nbgrader", {}).get("solution"))
cell["source"] = "# " + marker + "\\nanswer = 1\\n"
with open(path, "w", encoding="utf-8") as fh:
    json.dump(nb, fh)
"""
#: What a dishonest trainee runs on their own hand-in: every file time set to 2001, and
#: nbgrader's timestamp.txt rewritten to match.
BACKDATE = """
import os, sys
from pathlib import Path
folder = Path(sys.argv[1])
stamp = folder / "timestamp.txt"
stamp.chmod(0o644)
stamp.write_text("2001-01-01 00:00:00.000000 UTC")
past = 978307200
for p in [*folder.rglob("*"), folder]:
    os.utime(p, (past, past), follow_symlinks=False)
"""


@dataclass
class Site:
    """A temporary project root with the fixture module released and three real accounts."""

    root: Path
    layout: Layout

    def configure(self, name: str, extra: str = "") -> tuple[HubConfig, HubPaths]:
        """A hub of its own for one test: ``grading/hub.yaml``, the state under ``build/hub``,
        role configs and file modes as ``malaka hub`` prepares them, the module released to its
        exchange. Hand-ins and feedback of earlier tests are cleared from ``build/``."""
        config, paths = self.reconfigure(name, extra)
        server.prepare(config, paths)
        members = [roster.Member(u, f"Test {u}", r) for u, (r, _) in PEOPLE.items()]
        accounts.save_members(paths.members, members)
        for login in PEOPLE:
            shutil.rmtree(self.layout.submitted / login, ignore_errors=True)
            shutil.rmtree(self.layout.feedback / login, ignore_errors=True)
        exchange.release(MODULE, config, paths, self.layout)
        return config, paths

    def reconfigure(self, name: str, extra: str = "") -> tuple[HubConfig, HubPaths]:
        """Rewrite ``grading/hub.yaml`` (course id and state named after the test) and load it."""
        (self.root / "grading" / "hub.yaml").write_text(
            f"course_id: kurs-{name}\nstate: build/hub/{name}\n{extra}", encoding="utf-8"
        )
        config = load_config(self.root)
        return config, HubPaths.of(config, self.root, self.layout.build)

    def workdir(self, login: str, name: str) -> Path:
        """A folder of the trainee's own in their home, made by them."""
        folder = Path(pwd.getpwnam(login).pw_dir) / name
        done = self.run(login, Path("/"), "mkdir", "-p", str(folder))
        assert done.returncode == 0, done.stderr
        return folder

    def run(
        self, login: str, cwd: Path, *args: str, paths: HubPaths | None = None, **env: str
    ) -> subprocess.CompletedProcess[str]:
        """Run ``args`` as ``login`` with a clean environment (the trainee role's Jupyter
        config when ``paths`` is given; ``env`` adds or overrides variables)."""
        entry = pwd.getpwnam(login)
        base = {
            "HOME": entry.pw_dir,
            "USER": login,
            "LOGNAME": login,
            "PATH": os.pathsep.join([str(BINDIR), *SYSTEM_PATH]),
            "LANG": "C.UTF-8",
        }
        if paths is not None:
            base["JUPYTER_CONFIG_PATH"] = str(paths.jupyter_config(PEOPLE[login][0]))
        base.update(env)
        variables = [f"{k}={v}" for k, v in base.items()]
        return subprocess.run(
            ["runuser", "-u", login, "--", "env", "-i", *variables, *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )

    def nbgrader(
        self, login: str, cwd: Path, paths: HubPaths, *args: str, **env: str
    ) -> subprocess.CompletedProcess[str]:
        """nbgrader's own command line as ``login``, the way the Assignments panel calls it."""
        return self.run(login, cwd, str(BINDIR / "nbgrader"), *args, paths=paths, **env)

    def fetch(self, login: str, cwd: Path, paths: HubPaths) -> Path:
        done = self.nbgrader(login, cwd, paths, "fetch_assignment", MODULE)
        assert done.returncode == 0, done.stdout + done.stderr
        assert (cwd / MODULE / f"{STEM}.ipynb").is_file()
        return cwd / MODULE

    def answer(self, login: str, notebook: Path, marker: str) -> None:
        done = self.run(login, notebook.parent, sys.executable, "-c", EDIT, str(notebook), marker)
        assert done.returncode == 0, done.stderr
        assert marker in notebook.read_text(encoding="utf-8")

    def submit(self, login: str, cwd: Path, paths: HubPaths, config: HubConfig) -> Path:
        """Hand in ``cwd/MODULE`` as ``login``; the new folder in the exchange's inbound."""
        inbound = paths.exchange / config.course_id / "inbound"
        before = set(inbound.iterdir()) if inbound.is_dir() else set()
        done = self.nbgrader(login, cwd, paths, "submit", MODULE)
        assert done.returncode == 0, done.stdout + done.stderr
        (new,) = set(inbound.iterdir()) - before
        assert new.name.startswith(f"{login}+{MODULE}+")
        return new


def _remove_people() -> None:
    for login in PEOPLE:
        try:
            pwd.getpwnam(login)
        except KeyError:
            continue
        subprocess.run(["pkill", "-KILL", "-u", login], capture_output=True, check=False)
        subprocess.run(["userdel", "-r", login], capture_output=True, check=False)


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    """Accounts from a roster, the fixture module released in a temporary root."""
    tools = ":".join(SYSTEM_PATH)
    if os.geteuid() != 0 or shutil.which("useradd", path=tools) is None:
        pytest.skip("the exchange test makes system accounts: it needs root and useradd")
    if shutil.which("runuser", path=tools) is None:
        pytest.skip("runuser is missing: trainees' commands cannot run as their accounts")
    blocked = permissions.unreachable(permissions.program_paths())
    modes = {folder: folder.stat().st_mode for folder in blocked}
    # Under /tmp, not tmp_path: /tmp/pytest-of-root is closed to other accounts.
    root = Path(tempfile.mkdtemp(prefix="malaka-hubx-", dir="/tmp"))
    try:
        _remove_people()  # left by a run that was killed
        root.chmod(0o711)
        # Copies, not links: lock_down closes the root's entries with chmod.
        shutil.copytree(FIXTURES / "courses", root / "courses")
        shutil.copytree(FIXTURES / "grading", root / "grading")
        shutil.copy2(REPO / "pyproject.toml", root / "pyproject.toml")
        (root / "simulations" / "scenarios").mkdir(parents=True)
        layout = dataclasses.replace(
            Layout.default(root).with_build(root / "build"), data_fixtures=FIXTURES / "data"
        )
        # Secrets that a trainee must not read: a dataset's answer key and a feedback page.
        for secret in (layout.build / "datasets" / "answers.csv", layout.feedback / "t0" / "x"):
            secret.parent.mkdir(parents=True)
            secret.write_text("secret\n", encoding="utf-8")
        rows = "".join(f"{u},Test {u},{r},uz,{pw}\n" for u, (r, pw) in PEOPLE.items())
        csv = root / "roster.csv"
        csv.write_text("login,full_name,role,lang,password\n" + rows, encoding="utf-8")
        accounts.apply(roster.read_roster(csv), str(csv))
        permissions.allow_traverse(blocked)
        from malaka.grading.release import release

        release(MODULE, layout)
        yield Site(root=root, layout=layout)
    finally:
        _remove_people()
        for folder, mode in modes.items():
            folder.chmod(mode)
        shutil.rmtree(root, ignore_errors=True)


def _notebooks(folder: Path) -> set[str]:
    return {p.name for p in folder.glob("*.ipynb")}


# --- release -------------------------------------------------------------------------------------


def test_second_release_replaces_the_exchange_copy_but_not_a_trainees_work(site: Site) -> None:
    config, paths = site.configure("rel")
    outbound = paths.exchange / config.course_id / "outbound" / MODULE
    work = site.workdir("mlkx-a", "rel")
    fetched = site.fetch("mlkx-a", work, paths)
    assert _notebooks(fetched) == _notebooks(site.layout.release / MODULE)
    mine = fetched / f"{STEM}.ipynb"
    site.answer("mlkx-a", mine, "MARK-A-EDIT")
    edited = mine.read_bytes()

    released = site.layout.release / MODULE / f"{STEM}.ipynb"
    first = released.read_bytes()
    try:
        nb = json.loads(first)
        nb["cells"].insert(0, {"cell_type": "markdown", "metadata": {}, "source": "SECOND-RELEASE"})
        released.write_text(json.dumps(nb), encoding="utf-8")
        (outbound / "stale.txt").write_text("from the first release\n", encoding="utf-8")
        again = exchange.release(MODULE, config, paths, site.layout)
    finally:
        released.write_bytes(first)
    assert again == outbound
    assert "SECOND-RELEASE" in (outbound / f"{STEM}.ipynb").read_text(encoding="utf-8")
    assert not (outbound / "stale.txt").exists(), "the release did not replace the exchange copy"
    assert mine.read_bytes() == edited, "a release changed a trainee's fetched notebook"

    refetch = site.nbgrader("mlkx-a", work, paths, "fetch_assignment", MODULE)
    assert refetch.returncode != 0, "nbgrader fetched over the trainee's work"
    assert "already" in refetch.stdout + refetch.stderr
    assert mine.read_bytes() == edited
    assert "SECOND-RELEASE" not in mine.read_text(encoding="utf-8")
    # A trainee who had not fetched yet gets the second release.
    other = site.fetch("mlkx-b", site.workdir("mlkx-b", "rel"), paths)
    assert "SECOND-RELEASE" in (other / f"{STEM}.ipynb").read_text(encoding="utf-8")


# --- forged hand-ins -----------------------------------------------------------------------------


def test_a_hand_in_forged_under_another_name_is_refused(site: Site) -> None:
    config, paths = site.configure("forge")
    inbound = paths.exchange / config.course_id / "inbound"
    work_a = site.workdir("mlkx-a", "forge")
    site.answer("mlkx-a", site.fetch("mlkx-a", work_a, paths) / f"{STEM}.ipynb", "MARK-A")
    genuine = site.submit("mlkx-a", work_a, paths, config)

    # B makes a folder named as A's (later, so "latest" would pick it) with a notebook of B's.
    time.sleep(1.1)
    work_b = site.workdir("mlkx-b", "forge")
    site.answer("mlkx-b", site.fetch("mlkx-b", work_b, paths) / f"{STEM}.ipynb", "FORGED-BY-B")
    claim = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f UTC")
    forged = inbound / f"mlkx-a+{MODULE}+{claim}+x"
    made = site.run(
        "mlkx-b",
        work_b,
        "sh",
        "-c",
        'mkdir "$1" && cp "$2"/*.ipynb "$1"/ && printf %s "$3" > "$1"/timestamp.txt',
        "sh",
        str(forged),
        str(work_b / MODULE),
        claim,
    )
    assert made.returncode == 0, made.stderr
    # and hands in with nbgrader itself under A's name (its --student option names any id)
    time.sleep(1.1)
    before = set(inbound.iterdir())
    spoof = site.nbgrader("mlkx-b", work_b, paths, "submit", MODULE, "--student=mlkx-a")
    assert spoof.returncode == 0, spoof.stdout + spoof.stderr
    (spoofed,) = set(inbound.iterdir()) - before
    assert spoofed.name.startswith(f"mlkx-a+{MODULE}+")
    assert pwd.getpwuid(spoofed.stat().st_uid).pw_name == "mlkx-b"

    result = exchange.collect_exchange(MODULE, config, paths, site.layout)
    assert sorted(h.path.name for h in result.forged) == sorted([forged.name, spoofed.name])
    assert all(h.login == "mlkx-a" and not h.owner_ok for h in result.forged)
    assert [r.trainee for r in result.reports] == ["mlkx-a"]
    assert result.reports[0].stored
    submitted = site.layout.submitted / "mlkx-a" / MODULE
    assert "MARK-A" in (submitted / f"{STEM}.ipynb").read_text(encoding="utf-8")
    record = json.loads((submitted / exchange.RECORD).read_text(encoding="utf-8"))
    assert record["from"] == genuine.name
    for path in site.layout.submitted.rglob("*"):
        if path.is_file():
            assert "FORGED-BY-B" not in path.read_text(encoding="utf-8", errors="replace"), path
    assert not (site.layout.submitted / "mlkx-b").exists()


def test_a_hand_in_swapped_for_a_link_after_the_check_is_not_collected(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    config, paths = site.configure("swap")
    work = site.workdir("mlkx-a", "swap")
    site.answer("mlkx-a", site.fetch("mlkx-a", work, paths) / f"{STEM}.ipynb", "MARK-A")
    handed = site.submit("mlkx-a", work, paths, config)
    solutions = site.layout.source / MODULE
    choose = exchange.choose

    def trainee_swaps_meanwhile(*args: object) -> exchange.HandIn | None:
        # The trainee owns the entry in the sticky inbound: rename it, put a link in its place.
        swap = f'mv "$1" "$1.moved" && ln -s "{solutions}" "$1"'
        done = site.run("mlkx-a", Path("/"), "sh", "-c", swap, "sh", str(handed))
        if done.returncode != 0:
            pytest.fail(f"the swap failed: {done.stderr}")
        return choose(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(exchange, "choose", trainee_swaps_meanwhile)
    result = exchange.collect_exchange(MODULE, config, paths, site.layout)
    assert [h.login for h in result.forged] == ["mlkx-a"]
    notebook = site.layout.submitted / "mlkx-a" / MODULE / f"{STEM}.ipynb"
    text = notebook.read_text(encoding="utf-8") if notebook.is_file() else ""
    assert "BEGIN SOLUTION" not in text
    assert "HIDDEN TESTS" not in text


def test_a_hand_in_changed_after_it_was_listed_is_not_collected(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its listed arrival time would no longer be the time of what is read."""
    config, paths = site.configure("change")
    work = site.workdir("mlkx-a", "change")
    site.answer("mlkx-a", site.fetch("mlkx-a", work, paths) / f"{STEM}.ipynb", "MARK-A")
    handed = site.submit("mlkx-a", work, paths, config)
    choose = exchange.choose

    def trainee_edits_meanwhile(*args: object) -> exchange.HandIn | None:
        time.sleep(0.05)  # ctime has at least the file system's tick between the two
        edit = 'printf " " >> "$1"'
        done = site.run("mlkx-a", Path("/"), "sh", "-c", edit, "sh", str(handed / f"{STEM}.ipynb"))
        if done.returncode != 0:
            pytest.fail(f"the edit failed: {done.stderr}")
        return choose(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(exchange, "choose", trainee_edits_meanwhile)
    result = exchange.collect_exchange(MODULE, config, paths, site.layout)
    assert [h.login for h in result.forged] == ["mlkx-a"]
    assert not (site.layout.submitted / "mlkx-a" / MODULE).exists()


# --- arrival time --------------------------------------------------------------------------------


def test_arrival_is_the_ctime_so_backdated_files_are_still_late(site: Site) -> None:
    config, paths = site.configure("late")
    work_a = site.workdir("mlkx-a", "late")
    work_b = site.workdir("mlkx-b", "late")
    site.answer("mlkx-a", site.fetch("mlkx-a", work_a, paths) / f"{STEM}.ipynb", "MARK-A")
    site.answer("mlkx-b", site.fetch("mlkx-b", work_b, paths) / f"{STEM}.ipynb", "MARK-B")
    site.submit("mlkx-b", work_b, paths, config)  # on time
    time.sleep(1.1)
    due = dt.datetime.now(dt.UTC).replace(microsecond=0)
    time.sleep(1.1)
    late = site.submit("mlkx-a", work_a, paths, config)
    done = site.run("mlkx-a", work_a, sys.executable, "-c", BACKDATE, str(late))
    assert done.returncode == 0, done.stderr
    for path in [late, *late.rglob("*")]:  # the backdating worked on every file time it can set
        assert dt.datetime.fromtimestamp(os.lstat(path).st_mtime, tz=dt.UTC) < due, path
    assert "2001" in (late / "timestamp.txt").read_text(encoding="utf-8")

    rule = f"modules:\n  {MODULE}: {{due: '{due.isoformat()}', late: refuse}}\n"
    config, paths = site.reconfigure("late", rule)
    assert config.modules[MODULE].due == due
    refused = exchange.collect_exchange(MODULE, config, paths, site.layout)
    assert refused.refused_late == ["mlkx-a"]
    assert [r.trainee for r in refused.reports] == ["mlkx-b"]
    assert not refused.forged
    assert not (site.layout.submitted / "mlkx-a").exists()

    shutil.rmtree(site.layout.submitted / "mlkx-b")
    config, paths = site.reconfigure("late", rule.replace("refuse", "accept"))
    accepted = exchange.collect_exchange(MODULE, config, paths, site.layout)
    assert sorted(r.trainee for r in accepted.reports) == ["mlkx-a", "mlkx-b"]
    assert list(accepted.late) == ["mlkx-a"]
    assert accepted.late["mlkx-a"] > dt.timedelta(0)
    assert not accepted.refused_late
    submitted = site.layout.submitted / "mlkx-a" / MODULE
    record = json.loads((submitted / exchange.RECORD).read_text(encoding="utf-8"))
    assert record["late_seconds"] > 0
    assert dt.datetime.fromisoformat(record["arrived"]) > due
    assert dt.datetime.fromisoformat(record["due"]) == due
    stamp = (submitted / "timestamp.txt").read_text(encoding="utf-8")
    assert dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S.%f UTC").replace(tzinfo=dt.UTC) > due
    on_time = site.layout.submitted / "mlkx-b" / MODULE / exchange.RECORD
    assert json.loads(on_time.read_text(encoding="utf-8"))["late_seconds"] == 0


# --- file modes ----------------------------------------------------------------------------------


def _denied(site: Site, login: str, path: Path) -> None:
    command = ("ls", str(path)) if path.is_dir() else ("cat", str(path))
    done = site.run(login, Path("/"), *command)
    assert done.returncode != 0, f"{login} can {command[0]} {path}"
    assert "Permission denied" in done.stderr, done.stderr


def _allowed(site: Site, login: str, *command: str) -> str:
    done = site.run(login, Path("/"), *command)
    assert done.returncode == 0, f"{login}: {' '.join(command)}: {done.stderr}"
    return done.stdout


def test_lock_down_keeps_trainees_out_and_lets_instructors_work(site: Site) -> None:
    config, paths = site.configure("lock")
    build = site.layout.build
    assert (build / "grading" / "gradebook.db").is_file()
    secrets = [
        site.root / "courses",
        site.root / "courses" / MODULE / "module.yaml",
        site.root / "grading",
        build / "grading",
        build / "grading" / "gradebook.db",
        build / "grading" / "source" / MODULE / f"{STEM}.ipynb",
        build / "feedback",
        build / "feedback" / "t0" / "x",
        build / "datasets",
        build / "datasets" / "answers.csv",
        paths.private,
        paths.members,
        paths.private / "cookie_secret",
        paths.settings,
    ]
    for path in secrets:
        assert path.exists(), path
        _denied(site, "mlkx-b", path)

    release = build / "release" / MODULE
    assert f"{STEM}.ipynb" in _allowed(site, "mlkx-b", "ls", str(release))
    assert '"cells"' in _allowed(site, "mlkx-b", "cat", str(release / f"{STEM}.ipynb"))
    assert config.course_id in _allowed(site, "mlkx-b", "ls", str(paths.exchange))
    outbound = paths.exchange / config.course_id / "outbound" / MODULE
    assert '"cells"' in _allowed(site, "mlkx-b", "cat", str(outbound / f"{STEM}.ipynb"))
    trainee_cfg = paths.jupyter_config("trainee") / "nbgrader_config.py"
    assert "Exchange.root" in _allowed(site, "mlkx-b", "cat", str(trainee_cfg))
    written = site.run("mlkx-b", Path("/"), "touch", str(release / "planted.txt"))
    assert written.returncode != 0, "a trainee can write into the released module"

    assert MODULE in _allowed(site, "mlkx-ins", "ls", str(site.root / "courses"))
    assert "exercises" in _allowed(
        site, "mlkx-ins", "cat", str(site.root / "courses" / MODULE / "module.yaml")
    )
    note = build / "grading" / "instructor-note.txt"
    _allowed(site, "mlkx-ins", "touch", str(note))
    assert pwd.getpwuid(note.stat().st_uid).pw_name == "mlkx-ins"
    note.unlink()
    _denied(site, "mlkx-ins", paths.members)  # the hub's secrets are root's alone


# --- feedback ------------------------------------------------------------------------------------


# nbgrader's ExchangeReleaseFeedback opens timestamp.txt once per page and never closes it.
@pytest.mark.filterwarnings(
    r"ignore:Exception ignored in.*timestamp\.txt:pytest.PytestUnraisableExceptionWarning"
)
def test_return_feedback_gives_one_page_per_handed_in_notebook(site: Site) -> None:
    config, paths = site.configure("fb")
    work = site.workdir("mlkx-a", "fb")
    fetched = site.fetch("mlkx-a", work, paths)
    site.answer("mlkx-a", fetched / f"{STEM}.ru.ipynb", "MARK-A-RU")  # worked in Russian
    hand_in = site.submit("mlkx-a", work, paths, config)
    handed = {p.name.removesuffix(".ipynb") for p in hand_in.glob("*.ipynb")}
    assert {STEM, f"{STEM}.ru", "p01_basics"} <= handed

    result = exchange.collect_exchange(MODULE, config, paths, site.layout)
    assert [r.trainee for r in result.reports] == ["mlkx-a"]
    assert result.reports[0].collected[STEM] == "ru"
    spec_stems = ("ex01_sum", "ex02_table")
    pages = site.layout.feedback / "mlkx-a" / MODULE  # what malaka grade feedback writes
    pages.mkdir(parents=True)
    for stem in spec_stems:
        (pages / f"{stem}.html").write_text(f"<p>FEEDBACK {stem}</p>\n", encoding="utf-8")

    assert exchange.return_feedback(MODULE, config, paths, site.layout) == ["mlkx-a"]
    folder = paths.exchange / config.course_id / "feedback"
    assert len(list(folder.glob("*.html"))) == len(handed)

    done = site.nbgrader("mlkx-a", work, paths, "fetch_feedback", MODULE)
    assert done.returncode == 0, done.stdout + done.stderr
    (got,) = (fetched / "feedback").iterdir()  # one folder per hand-in, named by its time
    assert {p.name for p in got.iterdir()} == {f"{name}.html" for name in handed}
    for name in (STEM, f"{STEM}.ru", f"{STEM}.en"):
        if name in handed:
            assert (got / f"{name}.html").read_text(
                encoding="utf-8"
            ) == "<p>FEEDBACK ex01_sum</p>\n"
    practice = (got / "p01_basics.html").read_text(encoding="utf-8")
    assert "baholanmaydi" in practice
    assert "ex01_sum" in practice
