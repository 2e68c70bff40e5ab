"""``malaka offline bundle DIR``: all that the institute's server needs to install Malaka offline.

The institute's network reaches no package registry, so a machine that does writes one folder:
a wheel of every Python package (Malaka's own included), configurable-http-proxy packed with its
npm dependencies inside, ``install.sh``, ``INSTALL.md``, ``bundle.json`` (names, sizes, sha256,
the Python and platform the wheels are for) and ``SHA256SUMS``. The bundle is built in a
temporary sibling folder and checked (pip resolves it with no index; npm installs the proxy with
an empty cache) before it replaces DIR, so a failed run never leaves half a bundle.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import tomllib
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from malaka import atomic
from malaka.system import PROXY_PACKAGE

#: Extras for developing Malaka, not for running it: never bundled unless asked for.
DEV_EXTRAS = frozenset({"test", "bench"})
#: JupyterHub's proxy (Node.js): the same release line ``malaka system install`` takes.
PROXY_SPEC = PROXY_PACKAGE
PROXY_BIN = "configurable-http-proxy"
#: Where ``install.sh`` puts the proxy by default, relative to where it runs (the checkout):
#: where ``malaka system install`` puts it and ``malaka hub`` looks for it.
DEFAULT_PREFIX = "build/tools"
MANIFEST = "bundle.json"
SUMS = "SHA256SUMS"
FORMAT = 1

Step = Callable[[str], None]


class BundleError(RuntimeError):
    """A step of building the bundle failed; the message starts with the step."""


def project_extras(project: Path, requested: Sequence[str] | None = None) -> list[str]:
    """The extras to bundle: ``requested``, or every extra of pyproject.toml but the dev ones.

    Read at build time, so an extra added to pyproject.toml is bundled without editing this.
    """
    pyproject = project / "pyproject.toml"
    if not pyproject.is_file():
        raise BundleError(f"project: no pyproject.toml in {project} (run from a Malaka checkout)")
    declared = tomllib.loads(pyproject.read_text("utf-8"))["project"].get(
        "optional-dependencies", {}
    )
    if requested is None:
        return sorted(name for name in declared if name not in DEV_EXTRAS)
    unknown = sorted(set(requested) - set(declared))
    if unknown:
        raise BundleError(
            f"project: no extra {', '.join(unknown)} in {pyproject} "
            f"(declared: {', '.join(sorted(declared)) or 'none'})"
        )
    return sorted(set(requested))


def requirement(extras: Sequence[str]) -> str:
    """What ``pip install`` is asked for: malaka with its extras."""
    return f"malaka[{','.join(extras)}]" if extras else "malaka"


def check_target(target: Path) -> None:
    """Refuse a DIR that holds anything but an earlier bundle: it is replaced whole."""
    if target.exists() and not target.is_dir():
        raise BundleError(f"target: {target} exists and is not a folder")
    if target.is_dir() and any(target.iterdir()) and not (target / MANIFEST).is_file():
        raise BundleError(
            f"target: {target} is not empty and holds no {MANIFEST}: "
            "refusing to replace it (choose a new or empty folder)"
        )


def sha256(path: Path) -> str:
    """The hex sha256 of a file, read in chunks (wheels are up to tens of MB)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def wheel_platforms(filename: str) -> list[str]:
    """The platform tags in a wheel's file name (``any`` for pure-Python wheels)."""
    if not filename.endswith(".whl") or filename.count("-") < 4:
        raise BundleError(f"manifest: {filename} is not a wheel file name")
    return filename[: -len(".whl")].rsplit("-", 1)[1].split(".")


_LEGACY_MANYLINUX = {"manylinux1": (2, 5), "manylinux2010": (2, 12), "manylinux2014": (2, 17)}
_MANYLINUX = re.compile(r"manylinux_(\d+)_(\d+)_")


def glibc_needed(filenames: Sequence[str]) -> str | None:
    """The oldest glibc every wheel installs on (None: no manylinux wheel), from the tags.

    A wheel with several tags runs on the oldest of them; the bundle needs the newest of those.
    """
    needs = []
    for name in filenames:
        versions = []
        for tag in wheel_platforms(name):
            match = _MANYLINUX.match(tag)
            if match:
                versions.append((int(match.group(1)), int(match.group(2))))
            elif tag.split("_")[0] in _LEGACY_MANYLINUX:
                versions.append(_LEGACY_MANYLINUX[tag.split("_")[0]])
        if versions:
            needs.append(min(versions))
    if not needs:
        return None
    major, minor = max(needs)
    return f"{major}.{minor}"


def python_target() -> dict[str, str]:
    """The interpreter the wheels were chosen for; the installing one must match it."""
    impl = {"cpython": "cp", "pypy": "pp"}.get(sys.implementation.name, sys.implementation.name)
    major, minor = sys.version_info[:2]
    return {
        "version": f"{major}.{minor}.{sys.version_info[2]}",
        "minor": f"{major}.{minor}",
        "tag": f"{impl}{major}{minor}",
        "platform": sysconfig.get_platform(),
    }


def manifest(bundle: Path, *, extras: Sequence[str], npm: Mapping[str, Any]) -> dict[str, Any]:
    """Describe ``bundle`` (wheels/ and the npm tarball already in it) for bundle.json."""
    wheels = sorted((bundle / "wheels").glob("*.whl"))
    if not any(w.name.startswith("malaka-") for w in wheels):
        raise BundleError("manifest: no malaka wheel in wheels/")
    tarball = bundle / npm["file"]
    version = next(w.name.split("-")[1] for w in wheels if w.name.startswith("malaka-"))
    return {
        "format": FORMAT,
        "malaka": version,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": python_target(),
        "extras": list(extras),
        "requirement": requirement(extras),
        "wheel_platforms": sorted({tag for w in wheels for tag in wheel_platforms(w.name)}),
        "glibc": glibc_needed([w.name for w in wheels]),
        "wheels": [
            {"file": f"wheels/{w.name}", "size": w.stat().st_size, "sha256": sha256(w)}
            for w in wheels
        ],
        "npm": {**npm, "size": tarball.stat().st_size, "sha256": sha256(tarball)},
    }


def sums_text(meta: Mapping[str, Any]) -> str:
    """``SHA256SUMS`` for ``sha256sum --check``: the check needs no Python and no Malaka."""
    entries = [*meta["wheels"], meta["npm"]]
    return "".join(f"{e['sha256']}  {e['file']}\n" for e in entries)


def install_script(meta: Mapping[str, Any]) -> str:
    """``install.sh``: checksums, a matching Python, then pip and npm with no network."""
    py = meta["python"]
    npm = meta["npm"]
    tgz = Path(npm["file"]).name
    glibc = meta["glibc"] or "0.0"
    glibc_tuple = tuple(int(part) for part in glibc.split("."))
    return f"""#!/usr/bin/env bash
# Install Malaka {meta["malaka"]} from this bundle with no network: a virtual environment
# ($VENV, default .venv) in the current folder, and {npm["name"]} {npm["version"]} under
# PREFIX (the first argument, default {DEFAULT_PREFIX}). Run it from the Malaka checkout.
set -euo pipefail
BUNDLE="$(cd "$(dirname "${{BASH_SOURCE[0]}}")" && pwd)"
PREFIX="${{1:-{DEFAULT_PREFIX}}}"
VENV="${{VENV:-.venv}}"
PYTHON="${{PYTHON:-python3}}"

echo "1/4 checksums"
(cd "$BUNDLE" && sha256sum --check --quiet {SUMS})

echo "2/4 tools"
"$PYTHON" - <<'PY'
import platform, sys, sysconfig
have = "%d.%d" % sys.version_info[:2], sysconfig.get_platform()
if have != ("{py["minor"]}", "{py["platform"]}"):
    sys.exit("this bundle is for Python {py["minor"]} on {py["platform"]}, not %s on %s" % have)
libc, version = platform.libc_ver()
if libc == "glibc" and tuple(map(int, version.split(".")[:2])) < {glibc_tuple}:
    sys.exit("this bundle needs glibc {glibc} or newer, not %s" % version)
PY
if ! command -v npm >/dev/null; then
    echo "npm not found: install Debian's nodejs and npm packages first" >&2
    exit 1
fi

echo "3/4 Python packages into $VENV"
# This bundle's wheels only: no index, no mirror or extra folder from a pip configuration.
export PIP_CONFIG_FILE=/dev/null PIP_NO_INDEX=1 PIP_DISABLE_PIP_VERSION_CHECK=1
unset PIP_INDEX_URL PIP_EXTRA_INDEX_URL PIP_FIND_LINKS PIP_CONSTRAINT PIP_REQUIREMENT
"$PYTHON" -m venv "$VENV"
"$VENV/bin/pip" install --quiet --no-index --find-links "$BUNDLE/wheels" '{meta["requirement"]}'

echo "4/4 {npm["name"]} into $PREFIX"
# The tarball is kept in PREFIX, so package.json there never points into the bundle.
mkdir -p "$PREFIX"
cp "$BUNDLE/{npm["file"]}" "$PREFIX/{tgz}"
npm install --offline --no-audit --no-fund --prefix "$PREFIX" "$(cd "$PREFIX" && pwd)/{tgz}"
"$PREFIX/node_modules/.bin/{PROXY_BIN}" --version >/dev/null

echo "done: $VENV/bin/malaka, $PREFIX/node_modules/.bin/{PROXY_BIN}"
"""


def install_doc(meta: Mapping[str, Any]) -> str:
    """``INSTALL.md``: what the bundle is, what the server needs, the two commands."""
    py = meta["python"]
    npm = meta["npm"]
    return f"""# Malaka {meta["malaka"]}: offline install

**Internetsiz o'rnatish** · **Установка без интернета**

This folder installs Malaka on a server with no internet access: {len(meta["wheels"])} Python
wheels (`wheels/`, Malaka's own included, as `{meta["requirement"]}`) and {npm["name"]}
{npm["version"]}, the JupyterHub proxy, with its npm dependencies packed inside (`{npm["file"]}`).

## The server needs

- Python {py["minor"]} with `venv` on {py["platform"]} (Debian: `python3`, `python3-venv`); the
  wheels were chosen for Python {py["version"]} ({py["tag"]}) and will not install on another;
- glibc {meta["glibc"] or "(any)"} or newer (`ldd --version`; Debian 12 has 2.36);
- Node.js and npm (Debian: `nodejs`, `npm`) for the proxy;
- the Malaka checkout (the folder with `simulations/`, `courses/`, ...).

## Check

`bundle.json` lists every file with its size and sha256; `SHA256SUMS` holds the same sums:

```bash
cd BUNDLE && sha256sum --check SHA256SUMS
```

## Install

From the Malaka checkout:

```bash
bash BUNDLE/install.sh             # the proxy into {DEFAULT_PREFIX}/, as `malaka system install`
bash BUNDLE/install.sh /opt/proxy  # or into another folder
.venv/bin/malaka --help
```

`install.sh` checks the sums and the Python version first, then makes `.venv` (another folder:
`VENV=...`; another Python: `PYTHON=...`) and installs with the package index switched off.
"""


@contextmanager
def _progress(enabled: bool, total: int) -> Iterator[tuple[Step, Step]]:
    """A rich bar on stderr: ``step`` starts the next long step, ``detail`` says where it is."""
    if not enabled:
        yield (lambda _label: None), (lambda _label: None)
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    with Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[detail]}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as bar:
        task = bar.add_task("bundle", total=total, detail="")
        done = -1

        def step(label: str) -> None:
            nonlocal done
            done += 1
            bar.update(task, completed=done, description=label, detail="")

        def detail(text: str) -> None:
            bar.update(task, detail=text[:60])

        yield step, detail
        bar.update(task, completed=total)


_PIP_ITEM = re.compile(r"^\s*(?:Collecting|Building wheel for|Processing|Obtaining) (\S+)")
#: pip's own words for the requirement that broke; they win over the last one it collected.
_PIP_CULPRIT = re.compile(
    r"(?:No matching distribution found for|Failed building wheel for|Failed to build) (\S+)"
)


def _run(
    step: str,
    cmd: Sequence[str | Path],
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    detail: Step = lambda _text: None,
) -> str:
    """Run a command, passing its lines to ``detail``; on failure name the step and the item.

    The item is the requirement pip names as broken, else the last one it was collecting, so
    "pip wheel failed for X" says which requirement broke; pip's and npm's error lines follow
    (the last lines of output when there are none).
    """
    argv = [str(part) for part in cmd]
    lines: list[str] = []
    tail: deque[str] = deque(maxlen=15)
    errors: list[str] = []
    item = culprit = ""
    try:
        proc = subprocess.Popen(
            argv,
            cwd=cwd,
            env=dict(env) if env is not None else None,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
    except OSError as exc:
        raise BundleError(f"{step} failed: cannot run {argv[0]}: {exc}") from exc
    with proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            text = line.rstrip()
            match = _PIP_ITEM.match(text)
            if text:
                tail.append(text)
                detail(match.group(1) if match else Path(text.strip()).name)
            if match and not culprit:
                item = match.group(1)
            found = _PIP_CULPRIT.search(text)
            if found:
                item = culprit = found.group(1)
            if text.lstrip().startswith(("ERROR", "npm error")):
                errors.append(text.strip())
    if proc.returncode != 0:
        where = f" for {item}" if item else ""
        shown = errors[-8:] or list(tail)
        raise BundleError(f"{step} failed{where}:" + "".join(f"\n  {t}" for t in shown))
    return "".join(lines)


def _offline_pip_env() -> dict[str, str]:
    """The environment with every pip setting dropped: no configured mirror, no extra folder."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
    return env


def build_wheels(project: Path, extras: Sequence[str], wheels: Path, detail: Step) -> None:
    """A wheel of Malaka and of everything it needs, resolved from pyproject.toml now."""
    target = f"{project}[{','.join(extras)}]" if extras else str(project)
    _run(
        "pip wheel",
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--progress-bar",
            "off",
            "--wheel-dir",
            wheels,
            target,
        ],
        detail=detail,
    )


def _npm() -> str:
    npm = shutil.which("npm")
    if npm is None:
        raise BundleError("npm pack failed: npm not found (install Debian's nodejs and npm)")
    return npm


def pack_proxy(npm_dir: Path, scratch: Path, detail: Step) -> dict[str, Any]:
    """configurable-http-proxy's tarball with its dependencies inside (bundleDependencies).

    The registry's tarball is unpacked, its production dependencies installed next to it and
    listed as bundled, and packed again: ``npm install --offline`` of the result needs no cache.
    """
    npm = _npm()
    fetched = scratch / "registry"
    fetched.mkdir()
    out = _run(
        f"npm pack {PROXY_SPEC}",
        [npm, "pack", PROXY_SPEC, "--json", "--pack-destination", fetched],
        detail=detail,
    )
    info = _npm_json(out, f"npm pack {PROXY_SPEC}")
    with tarfile.open(fetched / info["filename"]) as tar:
        tar.extractall(scratch / "src", filter="data")
    package = scratch / "src" / "package"
    meta = json.loads((package / "package.json").read_text("utf-8"))
    deps = sorted(meta.get("dependencies", {}))
    meta["bundleDependencies"] = deps
    (package / "package.json").write_text(json.dumps(meta, indent=2) + "\n", "utf-8")
    _run(
        f"npm install (dependencies of {PROXY_SPEC})",
        [
            npm,
            "install",
            "--omit=dev",
            "--ignore-scripts",
            "--no-audit",
            "--no-fund",
            "--no-package-lock",
        ],
        cwd=package,
        detail=detail,
    )
    npm_dir.mkdir()
    packed = _npm_json(
        _run(
            f"npm pack (bundled {PROXY_SPEC})",
            [npm, "pack", "--ignore-scripts", "--json", "--pack-destination", npm_dir],
            cwd=package,
            detail=detail,
        ),
        "npm pack (bundled)",
    )
    missing = sorted(set(deps) - set(packed.get("bundled", [])))
    if missing:
        raise BundleError(f"npm pack (bundled) failed: not packed inside: {', '.join(missing)}")
    return {
        "name": meta["name"],
        "version": meta["version"],
        "file": f"npm/{packed['filename']}",
        "bundled": sorted(packed.get("bundled", [])),
        "node": _node_version(),
    }


def _npm_json(out: str, step: str) -> dict[str, Any]:
    """The first entry of ``npm pack --json`` (npm may print notices before the JSON)."""
    start = out.find("[")
    try:
        entries = json.loads(out[start:]) if start >= 0 else []
    except json.JSONDecodeError as exc:
        raise BundleError(f"{step} failed: unreadable output: {exc}") from exc
    if not entries:
        raise BundleError(f"{step} failed: no tarball reported")
    entry: dict[str, Any] = entries[0]
    return entry


def _node_version() -> str:
    node = shutil.which("node")
    if node is None:
        return ""
    done = subprocess.run([node, "--version"], check=False, capture_output=True, text=True)
    return done.stdout.strip()


def check_pip_offline(wheels: Path, spec: str, detail: Step) -> None:
    """pip resolves ``spec`` from the wheels alone, as install.sh will on the server."""
    _run(
        "offline check (pip)",
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--dry-run",
            "--ignore-installed",
            "--no-index",
            "--find-links",
            wheels,
            spec,
        ],
        env=_offline_pip_env(),
        detail=detail,
    )


def check_npm_offline(tarball: Path, version: str, scratch: Path, detail: Step) -> None:
    """npm installs the tarball with ``--offline`` and an empty cache, and the proxy starts."""
    prefix = scratch / "npm-check"
    cache = scratch / "npm-check-cache"
    cache.mkdir(parents=True)
    env = {
        **os.environ,
        "npm_config_cache": str(cache),
        "npm_config_registry": "http://127.0.0.1:9/",  # nothing listens: no fallback to a registry
    }
    _run(
        "offline check (npm)",
        [_npm(), "install", "--offline", "--no-audit", "--no-fund", "--prefix", prefix, tarball],
        env=env,
        detail=detail,
    )
    out = _run(
        "offline check (npm)",
        [prefix / "node_modules" / ".bin" / PROXY_BIN, "--version"],
        env=env,
    )
    if out.strip() != version:
        raise BundleError(f"offline check (npm) failed: {PROXY_BIN} says {out.strip()!r}")


def build_bundle(
    target: Path,
    project: Path,
    extras: Sequence[str] | None = None,
    *,
    progress: bool = False,
) -> dict[str, Any]:
    """Write the bundle to ``target`` (replacing an earlier one) and return its manifest."""
    chosen = project_extras(project, extras)
    check_target(target)
    with (
        _progress(progress, total=5) as (step, detail),
        atomic.output_dir(target) as out,
        tempfile.TemporaryDirectory(prefix="malaka-offline-") as tmp,
    ):
        scratch = Path(tmp)
        step("pip wheel")
        build_wheels(project, chosen, out / "wheels", detail)
        step("npm pack")
        npm = pack_proxy(out / "npm", scratch, detail)
        step("offline check (pip)")
        check_pip_offline(out / "wheels", requirement(chosen), detail)
        step("offline check (npm)")
        check_npm_offline(out / npm["file"], npm["version"], scratch, detail)
        step("manifest")
        meta = manifest(out, extras=chosen, npm=npm)
        (out / MANIFEST).write_text(json.dumps(meta, indent=2) + "\n", "utf-8")
        (out / SUMS).write_text(sums_text(meta), "utf-8")
        (out / "INSTALL.md").write_text(install_doc(meta), "utf-8")
        script = out / "install.sh"
        script.write_text(install_script(meta), "utf-8")
        script.chmod(0o755)
        out.chmod(0o755)  # a temporary folder is private; the bundle is meant to be copied
    return meta


def register(app: typer.Typer) -> None:
    """Add ``malaka offline``."""
    offline = typer.Typer(
        help="Install Malaka where there is no internet: build a bundle on a machine that has it.",
        no_args_is_help=True,
    )

    @offline.command("bundle")
    def bundle(
        target: Annotated[Path, typer.Argument(help="folder to write (replaced whole)")],
        extra: Annotated[
            list[str] | None,
            typer.Option(help="extra to bundle, repeatable (default: all but test and bench)"),
        ] = None,
        project: Annotated[
            Path | None, typer.Option(help="Malaka checkout to bundle (default: this one)")
        ] = None,
    ) -> None:
        """Wheels, the npm proxy, install.sh and a manifest, for an install with no network."""
        from malaka.paths import repo_root

        try:
            root = (project or repo_root()).resolve()
            meta = build_bundle(target, root, extra, progress=True)
        except (BundleError, FileNotFoundError) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from exc
        size = sum(e["size"] for e in meta["wheels"]) + meta["npm"]["size"]
        typer.echo(
            f"{target}: {len(meta['wheels'])} wheels, {meta['npm']['name']} "
            f"{meta['npm']['version']}, {size / 1e6:.0f} MB; install with {target}/install.sh"
        )

    app.add_typer(offline, name="offline")
