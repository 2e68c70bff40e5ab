"""A cohort on the institute's server, in Chromium: release, fetch, answer, hand in, feedback.

The instructor logs in to the hub and releases the on-ramp module from a terminal in their Lab;
trainee A logs in, fetches it from the Assignments panel, answers every question, validates and
submits; trainee B logs in and cannot open A's server or files; the server's administrator
collects from the exchange, grades in the sandbox and returns the feedback; A fetches it and reads
the full score. Everything runs on 127.0.0.1 with real system accounts (made and removed here),
so the test needs root and ``useradd``.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from malaka.browser import CHROMIUM_ARGS, find_chromium
from malaka.hub import permissions
from malaka.paths import repo_root

from .lab import _free_port

pytestmark = [pytest.mark.browser, pytest.mark.slow]

MODULE = "m00-onramp"
STEM = "ex01_first_report"
STUB = "JAVOBINGIZNI SHU YERGA YOZING"
PEOPLE = {  # login: (role, lang, password)
    "mlkt-ins": ("instructor", "ru", "Instruktor-2026"),
    "mlkt-a": ("trainee", "uz", "Tinglovchi-A-2026"),
    "mlkt-b": ("trainee", "ru", "Slushatel-B-2026"),
}
SYSTEM_PATH = ("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin")
#: What a checkout copy needs: the course, its grading rules, dataset specs and the scenarios.
PROJECT_PARTS = ("courses", "grading", "datasets", "simulations", "pyproject.toml")


@dataclass
class Hub:
    """A running hub and where its files are."""

    url: str
    root: Path
    build: Path
    env: dict[str, str]
    log: Path

    def malaka(self, *args: str, user: str | None = None) -> subprocess.CompletedProcess[str]:
        """Run ``malaka`` as root (the server's administrator) or as ``user``."""
        exe = str(Path(sys.executable).parent / "malaka")
        prefix = ["runuser", "-u", user, "--", "env", f"HOME=/home/{user}"] if user else []
        names = ("MALAKA_ROOT", "MALAKA_BUILD", "PATH")
        env_args = [f"{k}={self.env[k]}" for k in names] if user else []
        return subprocess.run(
            [*prefix, *env_args, exe, *args],
            env=self.env,
            cwd=self.root,
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )


def _remove_people() -> None:
    for login in PEOPLE:
        subprocess.run(["pkill", "-KILL", "-u", login], capture_output=True, check=False)
        subprocess.run(["userdel", "-r", login], capture_output=True, check=False)


@pytest.fixture(scope="module")
def hub() -> Iterator[Hub]:
    """Accounts from a roster, the module released locally, the hub started on a free port."""
    if os.geteuid() != 0 or shutil.which("useradd", path=":".join(SYSTEM_PATH)) is None:
        pytest.skip("the hub test makes system accounts: it needs root and useradd")
    _remove_people()
    root = Path(tempfile.mkdtemp(prefix="malaka-hub-", dir="/tmp"))
    root.chmod(0o711)
    source = repo_root()
    for part in PROJECT_PARTS:
        if (source / part).is_dir():
            shutil.copytree(source / part, root / part)
        else:
            shutil.copy2(source / part, root / part)
    port = _free_ports()
    (root / "grading" / "hub.yaml").write_text(
        f"address: 127.0.0.1\nport: {port}\ncourse_id: malaka\nstate: build/hub\n", "utf-8"
    )
    roster = root / "roster.csv"
    roster.write_text(
        "login,full_name,role,lang,password\n"
        + "".join(f"{u},Test {u},{r},{lang},{pw}\n" for u, (r, lang, pw) in PEOPLE.items()),
        "utf-8",
    )
    build = root / "build"
    env = {
        **os.environ,
        "MALAKA_ROOT": str(root),
        "MALAKA_BUILD": str(build),
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), *SYSTEM_PATH]),
    }
    blocked = permissions.unreachable(permissions.program_paths())
    modes = {folder: folder.stat().st_mode for folder in blocked}
    log = root / "hub.log"
    hub = Hub(url=f"http://127.0.0.1:{port}", root=root, build=build, env=env, log=log)
    proc = None
    try:
        done = hub.malaka("hub", "users", "import", str(roster))
        assert done.returncode == 0, done.stderr
        done = hub.malaka("course", "release", MODULE)
        assert done.returncode == 0, done.stderr
        with log.open("w") as out:
            proc = subprocess.Popen(
                [str(Path(sys.executable).parent / "malaka"), "hub", "--allow-traverse"],
                env=env,
                cwd=root,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        _wait_for(f"{hub.url}/hub/login", proc, log)
        yield hub
    finally:
        if proc is not None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        _remove_people()
        if log.is_file():  # kept for the developer: the temporary root goes
            shots = Path("build") / "screenshots"
            shots.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(log, shots / "hub-test.log")
        for folder, mode in modes.items():
            folder.chmod(mode)
        shutil.rmtree(root, ignore_errors=True)


def _free_ports() -> int:
    """A port P with P+1 and P+2 free too (the hub's own API and the proxy's)."""
    for _ in range(50):
        port = _free_port()
        if port < 65500 and all(_port_free(port + k) for k in (1, 2)):
            return port
    pytest.fail("no three free ports in a row")


def _port_free(port: int) -> bool:
    import socket

    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _wait_for(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    import urllib.request

    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the hub stopped: {log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - local server
                return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"the hub did not answer within 90 s: {log.read_text()[-2000:]}")


def _answers(hub: Hub) -> list[str]:
    """The reference answers of the exercise, in cell order, without solution markers."""
    nb = json.loads((hub.build / "grading" / "source" / MODULE / f"{STEM}.ipynb").read_text())
    out = []
    for cell in nb["cells"]:
        if cell["metadata"].get("nbgrader", {}).get("solution"):
            text = "".join(cell["source"])
            out.append("\n".join(x for x in text.splitlines() if "### " not in x))
    return out


def _log_in(page, hub: Hub, login: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.goto(f"{hub.url}/hub/login")
    page.fill("#username_input", login)
    page.fill("#password_input", PEOPLE[login][2])
    page.click("#login_submit")
    try:  # a server starts at the first login: up to two minutes on a loaded machine
        page.wait_for_url(f"**/user/{login}/lab**", timeout=180_000)
        expect(page.locator(".lm-MenuBar-itemLabel").first).to_be_visible(timeout=60_000)
    except Exception:
        _shot(page, f"login-{login}-failed")
        raise


def _nbgrader_menu(page) -> list[str]:  # type: ignore[no-untyped-def]
    page.locator(".lm-MenuBar-itemLabel", has_text="Nbgrader").click()
    items = [t for t in page.locator(".lm-Menu-itemLabel").all_inner_texts() if t.strip()]
    page.keyboard.press("Escape")
    return items


def _assignments(page):  # type: ignore[no-untyped-def]
    page.locator(".lm-MenuBar-itemLabel", has_text="Nbgrader").click()
    page.locator(".lm-Menu-itemLabel", has_text="Assignment List").click()
    return page


def _shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    folder = Path("build") / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"hub-{name}.png"))


def test_cohort_release_fetch_submit_grade_feedback(hub: Hub) -> None:
    chromium = find_chromium()
    if chromium is None:
        pytest.fail("chromium is missing: run 'malaka system install'")
    from playwright.sync_api import expect, sync_playwright

    outbound = hub.build / "hub" / "exchange" / "malaka" / "outbound" / MODULE
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=list(CHROMIUM_ARGS))
        try:
            # The instructor: the grading tools are there; release from a terminal in the Lab.
            teacher = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
            _log_in(teacher, hub, "mlkt-ins")
            assert "Formgrader" in _nbgrader_menu(teacher)
            teacher.locator(".jp-LauncherCard", has_text="Терминал").first.click()
            terminal = teacher.locator(".jp-Terminal").first
            expect(terminal).to_be_visible(timeout=60_000)
            teacher.wait_for_timeout(2000)
            terminal.click()
            teacher.keyboard.type(f"malaka hub release {MODULE}\n")
            deadline = time.monotonic() + 120
            while not (outbound / f"{STEM}.ipynb").is_file() and time.monotonic() < deadline:
                time.sleep(1)
            _shot(teacher, "instructor-release")
            assert (outbound / f"{STEM}.ipynb").is_file(), "the release did not reach the exchange"
            assert pwd.getpwuid(outbound.stat().st_uid).pw_name == "mlkt-ins"

            # Trainee A: no authoring tools; fetch, answer, validate, submit.
            a = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
            _log_in(a, hub, "mlkt-a")
            assert _nbgrader_menu(a) == ["Assignment List"]
            panel = _assignments(a)
            released = panel.locator("#released_assignments_list")
            expect(released).to_contain_text(MODULE, timeout=60_000)
            released.get_by_role("button", name="Fetch").click()
            fetched = panel.locator("#fetched_assignments_list")
            expect(fetched).to_contain_text(MODULE, timeout=60_000)
            a.goto(f"{hub.url}/user/mlkt-a/lab/tree/{MODULE}/{STEM}.ipynb")
            stub = a.locator(".jp-CodeCell").filter(has_text=STUB).first
            expect(stub).to_be_visible(timeout=120_000)
            for code in _answers(hub):
                cell = a.locator(".jp-CodeCell").filter(has_text=STUB).first
                cell.scroll_into_view_if_needed()
                cell.locator(".cm-content").click()
                a.keyboard.press("Control+A")
                a.keyboard.insert_text(code)
            a.keyboard.press("Control+S")
            a.wait_for_timeout(2000)
            a.get_by_role("button", name="Validate").first.click()
            expect(a.get_by_text("Success! Your notebook passes all the tests.")).to_be_visible(
                timeout=180_000
            )
            _shot(a, "trainee-validate")
            a.keyboard.press("Escape")
            checked = hub.malaka("check", f"/home/mlkt-a/{MODULE}/{STEM}.ipynb", user="mlkt-a")
            assert checked.returncode == 0, checked.stdout + checked.stderr
            panel = _assignments(a)
            panel.locator("#fetched_assignments_list").get_by_role("button", name="Submit").click()
            expect(panel.locator("#submitted_assignments_list")).to_contain_text(
                MODULE, timeout=60_000
            )

            # Trainee B: another person's server and files stay closed.
            b = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
            _log_in(b, hub, "mlkt-b")
            assert _nbgrader_menu(b) == ["Assignment List"]
            b.wait_for_load_state("networkidle")
            response = b.context.new_page().goto(f"{hub.url}/user/mlkt-a/api/contents/{MODULE}")
            assert response is not None
            assert response.status in (403, 404), response
            peek = subprocess.run(
                ["runuser", "-u", "mlkt-b", "--", "cat", f"/home/mlkt-a/{MODULE}/{STEM}.ipynb"],
                capture_output=True,
                text=True,
                check=False,
            )
            assert peek.returncode != 0
            assert "Permission denied" in peek.stderr
            for secret in (hub.build / "grading", hub.root / "courses"):
                look = subprocess.run(
                    ["runuser", "-u", "mlkt-b", "--", "ls", str(secret)],
                    capture_output=True,
                    check=False,
                )
                assert look.returncode != 0, f"a trainee can list {secret}"

            # The administrator collects, grades in the sandbox and returns the feedback.
            for step in (
                ("grade", "collect", MODULE, "--exchange"),
                ("grade", "run", MODULE),
                ("grade", "feedback", MODULE),
                ("hub", "return", MODULE),
            ):
                done = hub.malaka(*step)
                assert done.returncode == 0, f"{step}: {done.stdout}{done.stderr}"
                if step[1] == "run":
                    assert "mlkt-a: 6/6" in done.stdout, done.stdout

            # Trainee A reads the feedback from the same panel.
            panel = _assignments(a)
            submitted = panel.locator("#submitted_assignments_list")
            submitted.get_by_role("button", name="Fetch Feedback").click()
            link = submitted.get_by_text("view feedback").first
            expect(link).to_be_visible(timeout=60_000)
            link.click()
            page = a.locator(".jp-DirListing-item", has_text=f"{STEM}.html").first
            expect(page).to_be_visible(timeout=30_000)
            page.dblclick()
            viewer = a.frame_locator(".jp-HTMLViewer iframe").first
            expect(viewer.get_by_text("Natija: 6 / 6 ball")).to_be_visible(timeout=30_000)
            _shot(a, "trainee-feedback")
        finally:
            browser.close()
    lines = hub.log.read_text(encoding="utf-8", errors="replace").splitlines()
    unwanted = ("[E ", "No nbgrader_config.py", "not a subdirectory", "Traceback")
    bad = [i for i, line in enumerate(lines) if any(u in line for u in unwanted)]
    assert not bad, "the hub's log has errors:\n" + "\n".join(lines[bad[0] : bad[0] + 40])
