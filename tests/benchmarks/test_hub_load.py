"""Load benchmark: a class of 30 trainees starting at once on one ``malaka hub``.

The institute asks how large a server one class needs. This test answers with measurements
instead of guesses: it creates 30 trainee accounts and an instructor from a generated roster
(``malaka hub users import``), releases the fixture module, starts its own hub and lets the 30
trainees do, all at the same moment, what a lesson starts with: log in, wait for JupyterLab, fetch
the module, open an exercise, run every cell on a kernel, save and submit. It prints p50/p95 of
each action, the memory of the hub and of every trainee's server (server + kernels, by uid), the
CPU used, the wall time until the last hand-in, and the server size that follows from them.

It runs as root (accounts, PAM, one process per account) and touches nothing of the checkout:
the hub's state, ``build/`` and the course live in a temporary root (``MALAKA_ROOT``,
``MALAKA_BUILD``); only the proxy is borrowed from ``build/tools``. Accounts are ``mlkb01`` ..
``mlkb30`` and ``mlkbins``; they and every process of theirs are removed at teardown, also after a
failure. Run with ``pytest -m benchmark tests/benchmarks/test_hub_load.py -s``;
``MALAKA_BENCH_TRAINEES`` (default 30) and ``MALAKA_BENCH_HUB_PORT`` (default 18100, the hub also
takes the next two ports) change the class size and the port.
"""

from __future__ import annotations

import json
import math
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil
import pytest
import requests
import websocket

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "grading" / "fixtures"
MODULE = "m00-fixture"
EXERCISE = "ex01_sum"
TRAINEES = int(os.environ.get("MALAKA_BENCH_TRAINEES", "30"))
PORT = int(os.environ.get("MALAKA_BENCH_HUB_PORT", "18100"))
LOGINS = [f"mlkb{i:02d}" for i in range(1, TRAINEES + 1)]
INSTRUCTOR = "mlkbins"
ACCOUNT = re.compile(r"\Amlkb([0-9]{2}|ins)\Z")
ACTIONS = ("login", "spawn", "fetch", "execute", "save", "submit")
BINDIR = Path(sys.executable).parent
#: Seconds one request, a spawn or a cell may take before the trainee counts as failed.
TIMEOUT = 300
#: How long the hub waits for a server to start; a slower spawn fails the trainee's login.
START_TIMEOUT = int(
    re.findall(
        r"start_timeout = ([0-9]+)",
        (REPO / "src" / "malaka" / "hub" / "jupyterhub_config.py").read_text(encoding="utf-8"),
    )[0]
)
GIB = 2**30
MIB = 2**20


def _password(login: str) -> str:
    """A fixed password per account: the test must log in with it, nobody else ever can (the
    accounts live only as long as the test)."""
    return f"bench-{login}-{uuid.uuid5(uuid.NAMESPACE_DNS, login).hex[:12]}"


@dataclass
class Hub:
    """A running hub of the benchmark, in its own temporary root."""

    base: str
    root: Path
    log: Path
    process: subprocess.Popen[bytes]


def _ports_free(port: int) -> bool:
    for p in (port, port + 1, port + 2):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", p)) == 0:
                return False
    return True


def _kill_account_processes(logins: list[str]) -> None:
    """SIGKILL every process owned by the benchmark's accounts (servers and kernels outlive a
    hub that was killed, and ``userdel`` refuses an account that still runs something)."""
    uids = set()
    for login in logins:
        try:
            uids.add(pwd.getpwnam(login).pw_uid)
        except KeyError:
            continue
    victims = [p for p in psutil.process_iter(["uids"]) if p.info["uids"].real in uids]
    for p in victims:
        try:
            p.kill()
        except psutil.NoSuchProcess:
            continue
    psutil.wait_procs(victims, timeout=10)


def _cleanup(hub: dict[str, Any], root: Path) -> None:
    """Stop the hub, kill what the accounts still run, delete the accounts and the root."""
    process = hub.get("process")
    if process is not None and process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
    # Every benchmark account, also those of an earlier run with a larger class.
    accounts = [e.pw_name for e in pwd.getpwall() if ACCOUNT.match(e.pw_name)]
    _kill_account_processes(accounts)
    for login in accounts:
        subprocess.run(["userdel", "-r", login], capture_output=True, check=False)
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def hub() -> Iterator[Hub]:
    """Accounts imported, module released, hub started on ``PORT``; all undone at teardown."""
    if os.geteuid() != 0:
        pytest.skip("the hub and its accounts need root")
    proxy = REPO / "build" / "tools" / "node_modules" / ".bin" / "configurable-http-proxy"
    if not proxy.is_file():
        pytest.skip(f"{proxy} missing: run malaka system install")
    if not _ports_free(PORT):
        pytest.skip(f"ports {PORT}-{PORT + 2} are taken: set MALAKA_BENCH_HUB_PORT")
    # Under /tmp, not pytest's tmp_path: trainees' servers read the hub's folder, and
    # /tmp/pytest-of-root is closed to other accounts.
    root = Path(tempfile.mkdtemp(prefix="malaka-hubload-", dir="/tmp"))
    started: dict[str, Any] = {}
    try:
        root.chmod(0o711)
        # Copies, not links: the hub closes the root's entries with chmod, which follows links.
        shutil.copytree(FIXTURES / "courses", root / "courses")
        shutil.copytree(FIXTURES / "grading", root / "grading")
        (root / "build").mkdir()
        (root / "build" / "tools").symlink_to(REPO / "build" / "tools")
        env = {
            **os.environ,
            "MALAKA_ROOT": str(root),
            "MALAKA_BUILD": str(root / "build"),
            "MALAKA_DATA_FIXTURES": str(FIXTURES / "data"),
            "PATH": f"{BINDIR}:{os.environ.get('PATH', '')}",
        }
        roster = root / "roster.csv"
        rows = [
            f"{login},Tinglovchi {login[-2:]},trainee,uz,{_password(login)}" for login in LOGINS
        ]
        rows.append(f"{INSTRUCTOR},O'qituvchi,instructor,uz,{_password(INSTRUCTOR)}")
        roster.write_text(
            "login,full_name,role,lang,password\n" + "\n".join(rows) + "\n", encoding="utf-8"
        )
        malaka = str(BINDIR / "malaka")
        for args in (["hub", "users", "import", str(roster)], ["hub", "release", MODULE]):
            done = subprocess.run(
                [malaka, *args], cwd=root, env=env, capture_output=True, text=True, check=False
            )
            assert done.returncode == 0, f"malaka {' '.join(args)}: {done.stderr[-2000:]}"
        log = root / "hub.log"
        with log.open("wb") as out:
            started["process"] = process = subprocess.Popen(
                [malaka, "hub", "--port", str(PORT), "--allow-traverse"],
                cwd=root,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        base = f"http://127.0.0.1:{PORT}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert process.poll() is None, f"hub exited: {log.read_text()[-3000:]}"
            try:
                if requests.get(f"{base}/hub/login", timeout=5).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            time.sleep(0.5)
        else:
            pytest.fail(f"hub did not answer in 60 s: {log.read_text()[-3000:]}")
        yield Hub(base=base, root=root, log=log, process=process)
    finally:
        _cleanup(started, root)


# --- one trainee ---------------------------------------------------------------------------------


def _answers(root: Path) -> dict[str, list[str] | str]:
    """The reference answers by grade id: what a trainee types into the answer cells."""
    source = root / "build" / "grading" / "source" / MODULE / f"{EXERCISE}.ipynb"
    nb = json.loads(source.read_text(encoding="utf-8"))
    return {
        c["metadata"]["nbgrader"]["grade_id"]: c["source"]
        for c in nb["cells"]
        if c.get("metadata", {}).get("nbgrader", {}).get("solution")
    }


def _run_cell(ws: websocket.WebSocket, code: str) -> tuple[list[dict[str, Any]], int | None]:
    """Execute one cell over the kernel's websocket; its nbformat outputs and execution count."""
    msg_id = uuid.uuid4().hex
    ws.send(
        json.dumps(
            {
                "header": {
                    "msg_id": msg_id,
                    "msg_type": "execute_request",
                    "session": uuid.uuid4().hex,
                    "username": "",
                    "version": "5.3",
                },
                "parent_header": {},
                "metadata": {},
                "channel": "shell",
                "content": {
                    "code": code,
                    "silent": False,
                    "store_history": True,
                    "user_expressions": {},
                    "allow_stdin": False,
                    "stop_on_error": True,
                },
            }
        )
    )
    outputs: list[dict[str, Any]] = []
    count = None
    replied = idle = False
    while not (replied and idle):
        msg = json.loads(ws.recv())
        if msg.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        kind, content = msg["msg_type"], msg["content"]
        if kind == "execute_reply":
            replied, count = True, content.get("execution_count")
            if content["status"] == "error":
                raise RuntimeError(f"cell failed: {content['ename']}: {content['evalue']}")
        elif kind == "status" and content["execution_state"] == "idle":
            idle = True
        elif kind == "stream":
            outputs.append({"output_type": "stream", **content})
        elif kind in ("execute_result", "display_data"):
            outputs.append({"output_type": kind, **content})
        elif kind == "error":
            outputs.append({"output_type": "error", **content})
    return outputs, count


@dataclass
class Trainee:
    """One simulated trainee: a browser session and the seconds each action took."""

    login: str
    base: str
    answers: dict[str, list[str] | str]
    seconds: dict[str, float] = field(default_factory=dict)
    finished: float = 0.0
    error: str = ""

    def __post_init__(self) -> None:
        self.http = requests.Session()
        self.user = f"{self.base}/user/{self.login}"

    def _timed(self, action: str, started: float) -> None:
        self.seconds[action] = time.perf_counter() - started

    def _assignment(self, step: str) -> None:
        r = self.http.post(
            f"{self.user}/assignments/{step}",
            data={"course_id": "malaka", "assignment_id": MODULE},
            timeout=TIMEOUT,
        )
        r.raise_for_status()
        assert r.json().get("success"), f"{step}: {r.text[:500]}"

    def run(self) -> None:
        """Log in, wait for Lab, fetch, run the exercise, save, submit, timing each step."""
        t = time.perf_counter()
        self.http.get(f"{self.base}/hub/login", timeout=TIMEOUT)
        r = self.http.post(
            f"{self.base}/hub/login",
            data={
                "username": self.login,
                "password": _password(self.login),
                "_xsrf": self.http.cookies.get("_xsrf"),
            },
            allow_redirects=False,
            timeout=TIMEOUT,
        )
        assert r.status_code == 302, f"login: {r.status_code} {r.text[:300]}"
        self._timed("login", t)

        t = time.perf_counter()
        self.http.get(f"{self.base}/hub/spawn", timeout=TIMEOUT)
        while True:
            r = self.http.get(f"{self.user}/lab", timeout=TIMEOUT)
            if r.status_code == 200 and r.url.startswith(f"{self.user}/lab"):
                break
            assert time.perf_counter() - t < TIMEOUT, f"spawn: {r.status_code} {r.url}"
            time.sleep(0.5)
        self._timed("spawn", t)
        xsrf = self.http.cookies.get("_xsrf", path=f"/user/{self.login}/")
        self.http.headers["X-XSRFToken"] = xsrf or ""

        t = time.perf_counter()
        self._assignment("fetch")
        self._timed("fetch", t)

        t = time.perf_counter()
        path = f"{MODULE}/{EXERCISE}.ipynb"
        r = self.http.get(f"{self.user}/api/contents/{path}", timeout=TIMEOUT)
        r.raise_for_status()
        nb = r.json()["content"]
        kernel = nb["metadata"].get("kernelspec", {}).get("name", "python3")
        r = self.http.post(
            f"{self.user}/api/sessions",
            json={"path": path, "type": "notebook", "name": "", "kernel": {"name": kernel}},
            timeout=TIMEOUT,
        )
        r.raise_for_status()
        kernel_id = r.json()["kernel"]["id"]
        cookies = "; ".join(
            f"{c.name}={c.value}" for c in self.http.cookies if c.path.startswith("/user/")
        )
        ws = websocket.create_connection(
            f"ws://{self.base.removeprefix('http://')}/user/{self.login}/api/kernels/"
            f"{kernel_id}/channels?session_id={uuid.uuid4().hex}",
            header=[f"Cookie: {cookies}", f"X-XSRFToken: {xsrf}"],
            origin=self.base,
            timeout=TIMEOUT,
        )
        try:
            for cell in nb["cells"]:
                if cell["cell_type"] != "code":
                    continue
                grade_id = cell["metadata"].get("nbgrader", {}).get("grade_id")
                if grade_id in self.answers:
                    cell["source"] = self.answers[grade_id]
                code = "".join(cell["source"])
                cell["outputs"], cell["execution_count"] = _run_cell(ws, code)
        finally:
            ws.close()
        self._timed("execute", t)

        t = time.perf_counter()
        r = self.http.put(
            f"{self.user}/api/contents/{path}",
            json={"type": "notebook", "format": "json", "content": nb},
            timeout=TIMEOUT,
        )
        r.raise_for_status()
        self._timed("save", t)

        t = time.perf_counter()
        self._assignment("submit")
        self._timed("submit", t)
        self.finished = time.perf_counter()


# --- measuring the machine -----------------------------------------------------------------------


@dataclass
class Monitor:
    """Samples memory and CPU of the hub and of each account once a second, in a thread."""

    hub_pid: int
    uids: dict[int, str]
    hub_peak: int = 0
    total_peak: int = 0
    used_peak: int = 0
    used_before: int = 0
    pss: dict[str, int] = field(default_factory=dict)
    user_peak: dict[str, int] = field(default_factory=dict)
    user_last: dict[str, int] = field(default_factory=dict)
    hub_last: int = 0
    cpu_peak: float = 0.0
    load_peak: float = 0.0
    cpu_start: dict[int, float] = field(default_factory=dict)
    cpu_seen: dict[int, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        psutil.cpu_percent(None)
        vm = psutil.virtual_memory()
        self.used_before = vm.total - vm.available
        self.cpu_start = {p.pid: self._cpu(p) for p in self._ours()}

    @staticmethod
    def _cpu(p: psutil.Process) -> float:
        try:
            t = p.cpu_times()
        except psutil.Error:
            return 0.0
        return float(t.user + t.system)

    def _ours(self) -> list[psutil.Process]:
        """The hub, its proxy, and every process of the benchmark's accounts."""
        procs = []
        for p in psutil.process_iter(["uids", "ppid"]):
            uids = p.info["uids"]
            if uids is None:
                continue
            if uids.real in self.uids or p.pid == self.hub_pid:
                procs.append(p)
            elif uids.real == 0 and p.info["ppid"] == self.hub_pid:
                procs.append(p)  # the proxy
        return procs

    def sample(self) -> None:
        """One reading: RSS of the hub and per account, CPU seconds per process, machine load."""
        hub_rss, per_user = 0, dict.fromkeys(self.uids.values(), 0)
        for p in self._ours():
            try:
                rss, uid = p.memory_info().rss, p.uids().real
            except psutil.Error:
                continue
            self.cpu_seen[p.pid] = self._cpu(p) or self.cpu_seen.get(p.pid, 0.0)
            if uid in self.uids:
                per_user[self.uids[uid]] += rss
            else:
                hub_rss += rss
        self.hub_last, self.user_last = hub_rss, per_user
        self.hub_peak = max(self.hub_peak, hub_rss)
        self.total_peak = max(self.total_peak, hub_rss + sum(per_user.values()))
        for login, rss in per_user.items():
            self.user_peak[login] = max(self.user_peak.get(login, 0), rss)
        vm = psutil.virtual_memory()
        self.used_peak = max(self.used_peak, vm.total - vm.available)
        self.cpu_peak = max(self.cpu_peak, psutil.cpu_percent(None))
        self.load_peak = max(self.load_peak, os.getloadavg()[0])

    def _loop(self) -> None:
        while not self._stop.wait(1.0):
            self.sample()

    def start(self) -> None:
        """Sample until :meth:`stop`."""
        self._thread.start()

    def stop(self) -> None:
        """Stop sampling and take a last reading (servers and kernels still running)."""
        self._stop.set()
        self._thread.join()
        self.sample()
        for p in self._ours():
            try:
                pss, uid = p.memory_full_info().pss, p.uids().real
            except psutil.Error:
                continue
            owner = self.uids.get(uid, "hub")
            self.pss[owner] = self.pss.get(owner, 0) + pss

    @property
    def cpu_seconds(self) -> float:
        """CPU time the hub and the accounts used since the monitor was made."""
        return sum(s - self.cpu_start.get(pid, 0.0) for pid, s in self.cpu_seen.items())


def _pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile: with 30 values p95 is the second slowest, a real trainee."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def _gb(n: float) -> str:
    return f"{n / GIB:.2f} GiB"


def _mb(n: float) -> str:
    return f"{n / MIB:.0f} MiB"


def _size_up(gib: float) -> int:
    """The next RAM size servers are sold with."""
    return next(s for s in (4, 8, 12, 16, 24, 32, 48, 64, 96, 128, 256) if s >= gib)


@pytest.mark.benchmark
def test_thirty_trainees_at_once(hub: Hub, tmp_path: Path) -> None:
    """The whole class starts in the same second, as at the start of a lesson: the worst case."""
    answers = _answers(hub.root)
    trainees = [Trainee(login, hub.base, answers) for login in LOGINS]
    uids = {pwd.getpwnam(t.login).pw_uid: t.login for t in trainees}
    monitor = Monitor(hub.process.pid, uids)
    gate = threading.Barrier(len(trainees) + 1)

    def attend(t: Trainee) -> None:
        gate.wait()
        try:
            t.run()
        except Exception as exc:  # reported for every trainee below
            t.error = f"{type(exc).__name__}: {exc}"[:400]

    threads = [threading.Thread(target=attend, args=(t,)) for t in trainees]
    for th in threads:
        th.start()
    monitor.start()
    gate.wait()
    start = time.perf_counter()
    for th in threads:
        th.join()
    wall = max((t.finished for t in trainees if t.finished), default=start) - start
    monitor.stop()

    n = len(trainees)
    done = [t for t in trainees if not t.error]
    cores = os.cpu_count() or 1
    print(
        f"\n{n} trainees at once, module {MODULE}/{EXERCISE}, {cores} cores, "
        f"{_gb(psutil.virtual_memory().total)} RAM; {len(done)} submitted"
    )
    for action in ACTIONS:
        values = [t.seconds[action] for t in trainees if action in t.seconds]
        if values:
            print(
                f"  {action:8s} p50 {_pct(values, 50):6.2f} s   p95 {_pct(values, 95):6.2f} s"
                f"   max {max(values):6.2f} s   (n={len(values)})"
            )
    print(f"  wall time until the last hand-in: {wall:.1f} s")
    spawns = [t.seconds["spawn"] for t in trainees if "spawn" in t.seconds]
    if spawns:
        print(
            f"  slowest spawn {max(spawns):.0f} s of the {START_TIMEOUT} s the hub allows "
            "(Spawner.start_timeout in src/malaka/hub/jupyterhub_config.py)"
        )
    per_user = sorted(monitor.user_peak.values())
    last = sorted(monitor.user_last.values())
    print(
        f"  hub (jupyterhub + proxy) RSS: now {_mb(monitor.hub_last)}, peak {_mb(monitor.hub_peak)}"
    )
    print(
        f"  per trainee (jupyterhub-singleuser + kernel) RSS at the end: min {_mb(last[0])}, "
        f"median {_mb(_pct(last, 50))}, max {_mb(last[-1])}; peak p95 {_mb(_pct(per_user, 95))}"
    )
    print(
        "  per trainee: "
        + ", ".join(f"{login} {_mb(rss)}" for login, rss in sorted(monitor.user_last.items()))
    )
    pss = sorted(v for k, v in monitor.pss.items() if k != "hub")
    print(
        f"  PSS at the end (shared library pages split among processes): hub "
        f"{_mb(monitor.pss.get('hub', 0))}, per trainee median {_mb(_pct(pss, 50))}, "
        f"all trainees {_gb(sum(pss))}"
    )
    print(
        f"  peak total RSS (hub + all trainees): {_gb(monitor.total_peak)}; "
        f"machine memory in use rose from {_gb(monitor.used_before)} to "
        f"{_gb(monitor.used_peak)} at peak (other work on the machine included)"
    )
    busy = monitor.cpu_seconds
    print(
        f"  CPU: hub + trainees used {busy:.0f} CPU-seconds in {wall:.0f} s "
        f"= {busy / max(wall, 1e-9):.2f} cores on average; machine peak "
        f"{monitor.cpu_peak:.0f} % of {cores} cores, 1-min load average peak "
        f"{monitor.load_peak:.1f} (other work on the machine included)"
    )

    user_mem = _pct(per_user, 95)
    need = 30 * user_mem + monitor.hub_peak
    ram = _size_up(need * 1.5 / GIB + 1)
    target = 60.0
    want_cores = max(2, math.ceil(busy / n * 30 / target))
    want_cores += want_cores % 2
    print(
        f"  sizing: 30 x {_mb(user_mem)} (p95 peak of one trainee's server + kernel) + hub "
        f"{_mb(monitor.hub_peak)} = {_gb(need)}; +50 % headroom (a second notebook open, "
        f"a real module's larger data) + 1 GiB for the system = "
        f"{_gb(need * 1.5 + GIB)} -> {ram} GB. CPU: the class start cost "
        f"{busy / n * 30:.0f} CPU-seconds per 30 trainees; to have all of them logged in, "
        f"running and handed in within {target:.0f} s takes {busy / n * 30 / target:.1f} "
        f"cores -> {want_cores}."
    )
    print(
        f"  => per 30 trainees the institute needs a server with {want_cores} cores and "
        f"{ram} GB RAM (measured on {cores} cores: the whole class took {wall:.0f} s "
        f"from the first login to the last hand-in)."
    )

    kept = tmp_path / "hub.log"
    shutil.copy(hub.log, kept)  # the hub's root goes at teardown; pytest keeps tmp_path
    log = kept.read_text(errors="replace").splitlines()
    errors = [x for x in log if re.search(r"^\[E |^Traceback|\] 5[0-9][0-9] [A-Z]+ /", x)]
    warnings = [x for x in log if x.startswith("[W ")]
    print(f"  hub log ({kept}): {len(errors)} error lines, {len(warnings)} warnings")
    for line in errors[:10]:
        print(f"    {line[:300]}")
    kinds = Counter(re.sub(r"^\[W [^]]*\] | mlkb[0-9]+|[0-9.]+ms", " ", x) for x in warnings)
    for text, count in kinds.most_common(5):
        print(f"    {count} x [W]{text[:250]}")
    failed = [f"{t.login}: {t.error}" for t in trainees if t.error]
    assert not failed, "\n".join(failed)
