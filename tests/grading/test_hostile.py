"""Hostile hand-ins, one per attack class, graded in one run beside honest trainees.

Every attacker starts from the same *control* hand-in (ex01 q1 wrong, q2 right, ex02 wrong: 1 of
6 points) and adds one attack. Each test asserts that the attack earns nothing (no question
scores above the control's), that attacks which do not stop the notebook leave the score
exactly equal to the control's, that the honest trainees in the same run keep their exact
scores, and that nothing of any run is left on the host.
"""

from __future__ import annotations

import json
import pwd
import re
import time
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from malaka.grading import cage
from malaka.grading.autograde import TraineeResult, grade_module
from malaka.grading.cage import GRADER_USER, Limits
from malaka.grading.collect import collect
from malaka.grading.feedback import feedback
from malaka.grading.layout import Layout

from .conftest import MODULE, cell_by_id, load_nb, write_nb

FULL = {
    ("ex01_sum", "q1_tests"): 2.0,
    ("ex01_sum", "q2_tests"): 1.0,
    ("ex02_table", "q1_tests"): 3.0,
}
CONTROL = {
    ("ex01_sum", "q1_tests"): 0.0,
    ("ex01_sum", "q2_tests"): 1.0,
    ("ex02_table", "q1_tests"): 0.0,
}
WRONG_TOTAL = "total = 0\n"
WRONG_MEANS = 'means = numbers.groupby("group")["value"].sum()\n'
LIMITS = Limits(
    cell_timeout=8,
    notebook_seconds=30,
    memory_bytes=768 * 1024**2,
    max_processes=48,
    disk_bytes=48 * 1024**2,
    output_bytes=1024**2,
)

FULL_SANDBOX = cage.containment()[0] == "full" and cage.cgroup_version() is not None
needs_full = pytest.mark.skipif(
    not FULL_SANDBOX, reason="needs root, bubblewrap and cgroups (the full sandbox)"
)

#: attack id -> (code put before the wrong answer in ex01 q1, extra cells appended to ex01)
ATTACKS: dict[str, tuple[str, list[str]]] = {
    "patch-grader": (
        "import sys\n"
        "import malaka.grading.checks as c\n"
        "c._equal = lambda a, b: True\n"
        "c.check_equal = c.check_close = c.check = lambda *a, **k: None\n"
        "try:\n"
        "    import malaka.grading.judge as j\n"
        "    j.Judge.value = lambda *a, **k: None\n"
        "    j._compare = lambda *a, **k: None\n"
        "except Exception as exc:\n"
        "    print('patch failed', type(exc).__name__)\n",
        [],
    ),
    "forge-messages": (
        "import json, os, struct\n"
        "def _frame(h):\n"
        "    b = json.dumps({**h, 'blobs': 0}).encode()\n"
        "    return struct.pack('>Q', len(b)) + b\n"
        "_fake = b''.join(_frame({'value': {'t': 'int', 'v': '26'}, 'id': None, 'outputs': []})"
        " for _ in range(20))\n"
        "for _fd in range(3, 40):\n"
        "    try:\n"
        "        os.write(_fd, _fake)\n"
        "    except OSError:\n"
        "        pass\n"
        "print(json.dumps({'cell': 3, 'outputs': [], 'passed': True}))\n",
        [],
    ),
    "kill-pid1-forge-job": (
        "import os, signal, json\n"
        "try:\n"
        "    os.kill(1, signal.SIGKILL)\n"
        "except OSError as exc:\n"
        "    print('kill 1:', type(exc).__name__)\n"
        "json.dump({'notebooks': [], 'scores': {'q1_tests': 2}}, open('job.json', 'w'))\n",
        [],
    ),
    "swap-check-helpers": (
        "import malaka.grading.checks as c\n"
        "c.__dict__.clear()\n"
        "def _yes(*a, **k):\n    return None\n"
        "import types\n"
        "check_equal = types.FunctionType(_yes.__code__, {})\n",
        [],
    ),
    "audit-hook": (
        "import sys\n"
        "def _hook(event, args):\n"
        "    if event in ('socket.sendmsg', 'os.write', 'exec', 'compile'):\n"
        "        pass\n"
        "sys.addaudithook(_hook)\n",
        [],
    ),
    "rewrite-later-notebooks": (
        "import glob, json, os\n"
        "for _p in glob.glob('**/*', recursive=True) + glob.glob('../**/*', recursive=True):\n"
        "    try:\n"
        "        open(_p, 'a').write('means = numbers.groupby(\"group\")[\"value\"].mean()')\n"
        "    except OSError:\n"
        "        pass\n"
        "open('ex02_table.ipynb', 'w').write('{}')\n"
        "os.makedirs('data/fixture-numbers', exist_ok=True)\n",
        [],
    ),
    "poison-names": (
        "_orig = numbers\n"
        "numbers = numbers.assign(value=0)\n"
        "judge = check_equal = None\n"
        "LANG = 'xx'\n",
        [],
    ),
    "always-equal": (
        "class _Eq(int):\n"
        "    def __eq__(self, other):\n        return True\n"
        "    __hash__ = int.__hash__\n"
        "total = _Eq(0)\n",
        [],
    ),
    "spy-object": (
        "class _Spy:\n"
        "    seen = []\n"
        "    def __eq__(self, other):\n        self.seen.append(other); return True\n"
        "    def __float__(self):\n        return 26.0\n"
        "    def __int__(self):\n        return 26\n"
        "total = _Spy()\n",
        [],
    ),
    "patch-libraries": (
        "import math, numpy as np, pandas as pd\n"
        "math.isclose = lambda *a, **k: True\n"
        "np.allclose = np.array_equal = lambda *a, **k: True\n"
        "pd.testing.assert_series_equal = lambda *a, **k: None\n"
        "pd.Series.equals = lambda *a, **k: True\n",
        [],
    ),
    "leak-hidden-tests": (
        "import base64, os\n"
        "_hits = []\n"
        "for _root in ('/', os.getcwd()):\n"
        "    for _dir, _subs, _files in os.walk(_root):\n"
        "        if _dir.startswith(('/proc', '/sys', '/usr', '/dev'))"
        " or 'site-packages' in _dir:\n"
        "            _subs[:] = []\n"
        "            continue\n"
        "        for _f in _files:\n"
        "            try:\n"
        "                _data = open(os.path.join(_dir, _f), 'rb').read(2_000_000)\n"
        "            except OSError:\n"
        "                continue\n"
        "            if b'hidden' + b' bound' in _data or b'judge.value(' + b'\"total' in _data:\n"
        "                _hits.append(os.path.join(_dir, _f))\n"
        "                print(base64.b64encode(_data).decode())\n"
        "print('HIDDEN FILES', len(_hits))\n",
        [],
    ),
    "read-other-checkouts": (
        "import os\n"
        "_seen = []\n"
        "for _p in ('/work', '/root', '/home', '/tmp', '/var/tmp', '/srv', '/opt', '/mnt'):\n"
        "    for _dir, _subs, _files in os.walk(_p):\n"
        "        _subs[:] = [d for d in _subs if d not in ('site-packages', 'lib', 'include')]\n"
        "        _seen += [os.path.join(_dir, f) for f in _files if f == 'gradebook.db'"
        " or f.endswith('.ipynb') or '/courses' in _dir or '/build' in _dir]\n"
        "print('OTHER FILES', len(_seen), sorted(_seen)[:5])\n",
        [],
    ),
    "fill-disk": (
        "import os\n"
        "for _where in ('.', '/tmp', os.path.expanduser('~')):\n"
        "    try:\n"
        "        with open(os.path.join(_where, 'fill.bin'), 'wb') as _fh:\n"
        "            while True:\n"
        "                _fh.write(b'x' * (1 << 20))\n"
        "    except OSError as exc:\n"
        "        print('disk full:', _where, type(exc).__name__)\n",
        [],
    ),
    "sleep-every-cell": ("", ["import time\ntime.sleep(7.5)\n"] * 8),
    "lock-and-sysv": (
        "import ctypes, os\n"
        "for _p in ('/run/lock/malaka-attack', '/var/tmp/malaka-attack',"
        " '/dev/shm/malaka-attack'):\n"
        "    try:\n"
        "        open(_p, 'w').write('x')\n"
        "        print('wrote', _p)\n"
        "    except OSError as exc:\n"
        "        print('no', _p, type(exc).__name__)\n"
        "_libc = ctypes.CDLL(None, use_errno=True)\n"
        "print('shm id', _libc.shmget(0, 1 << 20, 0o1000 | 0o666))\n",
        [],
    ),
    "memory-many-processes": (
        "import os, time\n"
        "_kids = []\n"
        "for _ in range(4):\n"
        "    _pid = os.fork()\n"
        "    if _pid == 0:\n"
        "        _blocks = [bytearray(64 << 20) for _ in range(6)]\n"
        "        time.sleep(2)\n"
        "        os._exit(7)\n"
        "    _kids.append(_pid)\n"
        "_whole = sum(os.waitstatus_to_exitcode(os.waitpid(p, 0)[1]) == 7 for p in _kids)\n"
        "print('SURVIVED', _whole)\n",
        [],
    ),
    "cpu-hog": (
        "import os, time\n"
        "for _ in range(6):\n"
        "    if os.fork() == 0:\n"
        "        while True:\n"
        "            pass\n"
        "time.sleep(1)\n",
        [],
    ),
    "endless-loop": ("while True:\n    pass\n", []),
    "fork-bomb": (
        "import os, time\n"
        "for _ in range(500):\n"
        "    try:\n"
        "        if os.fork() == 0:\n"
        "            time.sleep(60)\n"
        "            os._exit(0)\n"
        "    except OSError as exc:\n"
        "        print('fork refused:', type(exc).__name__)\n"
        "        break\n",
        [],
    ),
    "snoop": (
        "import os, socket\n"
        "print('ENV', sorted(k for k in os.environ if 'NBGRADER' in k or 'MALAKA' in k))\n"
        "print('GRADEBOOK', any(os.path.exists(p) for p in GRADEBOOKS))\n"
        "try:\n"
        "    socket.create_connection(('127.0.0.1', 22), timeout=2)\n"
        "    print('NET open')\n"
        "except OSError as exc:\n"
        "    print('NET closed', type(exc).__name__)\n",
        [],
    ),
    "linger-into-next-notebook": (
        "import os, time\n"
        "if os.fork() == 0:\n"
        "    os.setsid()\n"
        "    for _ in range(600):\n"
        "        for _p in ('/tmp', os.path.expanduser('~'), os.getcwd()):\n"
        "            try:\n"
        "                open(os.path.join(_p, 'means.txt'), 'w').write('5.0 8.0')\n"
        "            except OSError:\n"
        "                pass\n"
        "        time.sleep(0.05)\n"
        "    os._exit(0)\n",
        [],
    ),
    "kill-the-zygote": (
        "import os, signal\n"
        "try:\n"
        "    os.kill(os.getppid(), signal.SIGKILL)\n"
        "except OSError as exc:\n"
        "    print('parent:', type(exc).__name__)\n",
        [],
    ),
    "html-injection": (
        "from IPython.display import HTML, Javascript, display\n"
        "display(HTML('<script>alert(1)</script><img src=x onerror=alert(2)>'))\n"
        "display(Javascript('alert(3)'))\n",
        [],
    ),
}

#: Attacks on the next notebook: the same trainee's ex02 is right and must stay right.
SPOILERS = ("linger-into-next-notebook", "kill-the-zygote", "fork-bomb", "cpu-hog", "fill-disk")

#: Attacks that always stop the notebook (then every later question is 0, never more).
STOPPING = {"forge-messages", "sleep-every-cell"}


def _grader_uid() -> int | None:
    try:
        return pwd.getpwnam(GRADER_USER).pw_uid
    except KeyError:
        return None


def host_leftovers() -> dict[str, list[str]]:  # noqa: PLR0912 - four kinds of leftovers
    """What the grading user owns on the host: processes, files, SysV IPC, cgroups."""
    uid = _grader_uid()
    found: dict[str, list[str]] = {"processes": [], "files": [], "ipc": [], "cgroups": []}
    if uid is None:
        return found
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if proc.stat().st_uid == uid:
                    found["processes"].append(proc.name)
            except OSError:
                continue
    for folder in ("/tmp", "/var/tmp", "/dev/shm", "/run/lock"):  # noqa: S108 - what we check
        base = Path(folder)
        if base.is_dir():
            for path in base.rglob("*"):
                try:
                    if path.lstat().st_uid == uid:
                        found["files"].append(str(path))
                except OSError:
                    continue
    for kind in ("shm", "sem", "msg"):
        table = Path("/proc/sysvipc") / kind
        if table.is_file():
            lines = table.read_text().splitlines()
            head = lines[0].split() if lines else []
            if "uid" in head:
                col = head.index("uid")
                found["ipc"] += [line for line in lines[1:] if line.split()[col] == str(uid)]
    for controller in ("memory", "cpu", "pids", ""):
        parent = Path("/sys/fs/cgroup") / controller / cage.CGROUP_PARENT
        if parent.is_dir():
            found["cgroups"] += [str(p) for p in parent.iterdir() if p.is_dir()]
    return found


def _handin(
    root: Path, released: Layout, trainee: str, edits: dict[tuple[str, str], str], extra: list[str]
) -> Path:
    for src in sorted((released.source / MODULE).glob("ex*.ipynb")):
        nb = load_nb(src)
        for (stem, gid), code in edits.items():
            if stem == src.stem:
                cell_by_id(nb, gid)["source"] = code
        if src.stem == "ex01_sum":  # extra cells go right after the setup cell
            setup = next(
                i for i, c in enumerate(nb["cells"]) if "setup" in c["metadata"].get("tags", [])
            )
            for code in reversed(extra):
                cell = {
                    "cell_type": "code",
                    "metadata": {},
                    "outputs": [],
                    "source": code,
                    "execution_count": None,
                }
                nb["cells"].insert(setup + 1, cell)
        write_nb(root / trainee / src.name, nb)
    return root / trainee


@pytest.fixture(scope="module")
def hostile_run(released: Layout, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Honest, control and attacking trainees graded in one parallel run."""
    root = tmp_path_factory.mktemp("hostile")
    folders = [
        _handin(root, released, "honest-a", {}, []),
        _handin(
            root,
            released,
            "control",
            {("ex01_sum", "q1_answer"): WRONG_TOTAL, ("ex02_table", "q1_answer"): WRONG_MEANS},
            [],
        ),
    ]
    secrets = [str(released.gradebook_path), str(released.submitted), str(released.courses)]
    for name, (attack, extra) in ATTACKS.items():
        edits = {
            ("ex01_sum", "q1_answer"): WRONG_TOTAL + attack.replace("GRADEBOOKS", repr(secrets)),
            ("ex02_table", "q1_answer"): WRONG_MEANS,
        }
        if name == "poison-names":  # the trainee's own question 2 reads the table back
            edits["ex01_sum", "q2_answer"] = (
                'numbers = _orig\nbiggest = int(numbers["value"].max())\n'
            )

        folders.append(_handin(root, released, f"x-{name}", edits, extra))
    for name in SPOILERS:
        code, extra = ATTACKS[name]
        edits = {("ex01_sum", "q1_answer"): WRONG_TOTAL + code}
        folders.append(_handin(root, released, f"s-{name}", edits, extra))
    folders.append(_handin(root, released, "honest-z", {}, []))
    noisy = 'print("x" * 30_000_000)\ntotal = int(numbers["value"].sum())\n'
    folders.append(_handin(root, released, "noisy-honest", {("ex01_sum", "q1_answer"): noisy}, []))
    # Collect crashers in the same call: a notebook nested 100,000 levels deep, a zip bomb
    # (a member that declares 100 bytes and expands to 300 MB), an id with a trailing newline.
    deep = _handin(root, released, "x-deep-nesting", {}, [])
    (deep / "ex01_sum.ipynb").write_text('{"cells": ' + "[" * 100_000 + "]" * 100_000 + "}")
    bomb = root / "x-zip-bomb.zip"
    with (
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf,
        zf.open("ex01_sum.ipynb", "w") as fh,
    ):
        for _ in range(300):
            fh.write(bytes(1 << 20))
    newline = root / "x-newline\n"
    newline.mkdir()
    reports = {r.trainee: r for r in collect(MODULE, [*folders, deep, bomb, newline], released)}
    folders.append(deep)
    start = time.monotonic()
    results = grade_module(
        MODULE, released, workers=2, limits=LIMITS, trainees=[f.name for f in folders]
    )
    seconds = time.monotonic() - start
    pages = feedback(MODULE, released)
    leftovers = host_leftovers()
    for _ in range(100):  # the last processes may still be exiting (another run may be live)
        if not any(leftovers.values()):
            break
        time.sleep(0.2)
        leftovers = host_leftovers()
    return {
        "collect": reports,
        "results": {r.trainee: r for r in results},
        "seconds": seconds,
        "leftovers": leftovers,
        "pages": pages,
    }


def _scores(run: dict[str, Any], trainee: str) -> dict[tuple[str, str], float]:
    result: TraineeResult = run["results"][trainee]
    return {key: score for key, (score, _max) in result.scores.items()}


def _autograded(released: Layout, trainee: str, stem: str = "ex01_sum") -> str:
    return json.dumps(
        load_nb(released.autograded / trainee / MODULE / f"{stem}.ipynb"), ensure_ascii=False
    )


def test_collect_crashers_are_one_trainees_problem(hostile_run: dict[str, Any]) -> None:
    reports = hostile_run["collect"]
    assert "ex01_sum" in reports["x-deep-nesting"].corrupt
    deep = _scores(hostile_run, "x-deep-nesting")  # ex01 replaced by the blank, ex02 right
    assert deep == {**FULL, ("ex01_sum", "q1_tests"): 0.0, ("ex01_sum", "q2_tests"): 0.0}
    refused = [r for r in reports.values() if r.rejected]
    assert len(refused) == 2  # the zip bomb and the id with a newline
    assert "x-zip-bomb" not in hostile_run["results"]
    assert _scores(hostile_run, "honest-a") == FULL


def test_honest_trainees_keep_exact_scores_beside_the_attackers(
    hostile_run: dict[str, Any],
) -> None:
    assert _scores(hostile_run, "honest-a") == FULL
    assert _scores(hostile_run, "honest-z") == FULL
    assert _scores(hostile_run, "control") == CONTROL


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_an_attack_earns_nothing(hostile_run: dict[str, Any], attack: str) -> None:
    scores = _scores(hostile_run, f"x-{attack}")
    assert set(scores) == set(CONTROL)
    for key, score in scores.items():
        assert score <= CONTROL[key], f"{attack} raised {key} to {score}"
    stopped = hostile_run["results"][f"x-{attack}"].stopped
    if attack in STOPPING:
        assert stopped
    if not stopped:
        assert scores == CONTROL


@pytest.mark.parametrize("attack", sorted(STOPPING))
def test_a_stopped_notebook_says_why(
    hostile_run: dict[str, Any], released: Layout, attack: str
) -> None:
    stopped = hostile_run["results"][f"x-{attack}"].stopped
    assert "ex01_sum" in stopped
    text = _autograded(released, f"x-{attack}")
    assert "This question was not judged" in text or "Bu savol baholanmadi" in text
    assert "ex02_table" not in stopped  # the next notebook starts fresh


def test_forged_replies_are_caught_as_a_protocol_breach(hostile_run: dict[str, Any]) -> None:
    assert hostile_run["results"]["x-forge-messages"].stopped["ex01_sum"] == "protocol"


@needs_full
def test_memory_is_capped_for_the_whole_process_tree(
    hostile_run: dict[str, Any], released: Layout
) -> None:
    # four processes of 384 MiB each would all pass a per-process cap of 768 MiB
    stopped = hostile_run["results"]["x-memory-many-processes"].stopped
    text = _autograded(released, "x-memory-many-processes")
    assert stopped.get("ex01_sum") == "memory" or re.search(r"SURVIVED [01]\b", text), text[:2000]


def test_sleeping_in_every_cell_is_bounded_by_the_notebook_budget(
    hostile_run: dict[str, Any],
) -> None:
    assert hostile_run["results"]["x-sleep-every-cell"].stopped["ex01_sum"] == "budget"
    # 8 cells of 7.5 s would take 60 s; the budget ends the notebook after 30 s
    assert hostile_run["seconds"] < 600


@needs_full
def test_nothing_is_left_on_the_host(hostile_run: dict[str, Any]) -> None:
    assert hostile_run["leftovers"] == {"processes": [], "files": [], "ipc": [], "cgroups": []}


@needs_full
def test_trainee_code_sees_no_hidden_tests_no_other_files(
    hostile_run: dict[str, Any], released: Layout
) -> None:
    leak = _autograded(released, "x-leak-hidden-tests")
    assert "HIDDEN FILES 0" in leak
    other = _autograded(released, "x-read-other-checkouts")
    assert "OTHER FILES 0" in other


@needs_full
def test_no_gradebook_no_hints_no_network(hostile_run: dict[str, Any], released: Layout) -> None:
    text = _autograded(released, "x-snoop")
    assert "ENV []" in text
    assert "GRADEBOOK False" in text
    assert "NET closed" in text


@needs_full
def test_processes_and_endless_loops_are_capped(
    hostile_run: dict[str, Any], released: Layout
) -> None:
    assert "fork refused" in _autograded(released, "x-fork-bomb")
    assert "CellTimeoutError" in _autograded(released, "x-endless-loop")


def test_printing_megabytes_is_cut_and_the_rest_still_graded(
    hostile_run: dict[str, Any], released: Layout
) -> None:
    assert _scores(hostile_run, "noisy-honest") == FULL
    path = released.autograded / "noisy-honest" / MODULE / "ex01_sum.ipynb"
    assert path.stat().st_size < 1_000_000
    assert "characters cut" in path.read_text(encoding="utf-8")


@needs_full
def test_no_writable_host_path_and_private_ipc(
    hostile_run: dict[str, Any], released: Layout
) -> None:
    text = _autograded(released, "x-lock-and-sysv")
    assert "wrote /run/lock" not in text
    assert "wrote /var/tmp" not in text
    assert not Path("/run/lock/malaka-attack").exists()
    assert not Path("/var/tmp/malaka-attack").exists()  # noqa: S108 - checking the host


def test_filling_the_disk_fails_only_that_trainee(
    hostile_run: dict[str, Any], released: Layout
) -> None:
    text = _autograded(released, "x-fill-disk")
    assert "disk full" in text
    assert _scores(hostile_run, "honest-z") == FULL


class _Tags(HTMLParser):
    """Every start tag of a page with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def test_feedback_pages_carry_no_script_and_no_hidden_tests(
    hostile_run: dict[str, Any], released: Layout
) -> None:
    pages = list(hostile_run["pages"].pages)
    assert any("x-html-injection" in str(p) for p in pages)
    for page in pages:
        html = Path(page).read_text(encoding="utf-8")
        parser = _Tags()
        parser.feed(html)
        assert not [t for t, _ in parser.tags if t in {"script", "iframe", "object", "embed"}]
        assert not [a for _, attrs in parser.tags for a, _ in attrs if a.startswith("on")]
        assert "hidden bound" not in html
        assert 'judge.value("total")' not in html


@needs_full
def test_cpu_hog_gets_at_most_its_share(released: Layout) -> None:
    """Six busy processes of one trainee share one core: the other core stays for the others."""
    work = released.build / "grading" / "work"
    work.mkdir(parents=True, exist_ok=True)
    limits = Limits(cell_timeout=60, notebook_seconds=120)
    code = (
        "import os, time\n"
        "def burn():\n"
        "    n = 0\n"
        "    for i in range(4_000_000):\n"
        "        n += i\n"
        "t = time.monotonic(); burn(); alone = time.monotonic() - t\n"
        "t = time.monotonic()\n"
        "kids = []\n"
        "for _ in range(6):\n"
        "    pid = os.fork()\n"
        "    if pid == 0:\n"
        "        burn()\n"
        "        os._exit(0)\n"
        "    kids.append(pid)\n"
        "for pid in kids:\n"
        "    os.waitpid(pid, 0)\n"
        "print('RATIO', (time.monotonic() - t) / alone)\n"
    )
    with cage.Kernel(None, limits, work=work) as kernel:
        assert kernel.cgroups is not None
        assert kernel.cgroups.dirs
        header, _ = kernel.request({"op": "run", "source": code})
    text = "".join(o.get("text", "") for o in header["outputs"])
    ratio = float(text.split("RATIO", 1)[1].split()[0])
    # six burns take about six times one burn on one core (about three on two free cores)
    assert ratio > 4.5, text


@pytest.mark.parametrize("attack", SPOILERS)
def test_a_notebook_cannot_spoil_the_next_one(hostile_run: dict[str, Any], attack: str) -> None:
    result = hostile_run["results"][f"s-{attack}"]
    assert "ex02_table" not in result.stopped
    assert _scores(hostile_run, f"s-{attack}")["ex02_table", "q1_tests"] == 3.0


def test_a_crashing_kernel_never_passes(released: Layout, tmp_path: Path) -> None:
    root = tmp_path / "hand"
    folder = _handin(
        root, released, "x-exit", {("ex01_sum", "q1_answer"): "import os\nos._exit(0)\n"}, []
    )
    collect(MODULE, [folder], released)
    result = grade_module(MODULE, released, workers=1, limits=LIMITS, trainees=["x-exit"])[0]
    assert result.stopped["ex01_sum"] == "crashed"
    assert result.scores[("ex01_sum", "q1_tests")][0] == 0.0
    assert result.scores[("ex01_sum", "q2_tests")][0] == 0.0
    assert result.scores[("ex02_table", "q1_tests")][0] == 3.0
