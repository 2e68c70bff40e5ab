"""The offline bundle installs Malaka and the JupyterHub proxy with every registry out of reach.

The slow test builds a real bundle and installs it the way the institute will (``install.sh``)
with pip's index, its configured mirror and npm's cache all switched off, so any missing wheel
or npm package fails the install. Two controls show the switches bite: one wheel fewer, or the
registry's own proxy tarball, must fail the same way. The fast tests cover the manifest, the
checksums, the refusals and the all-or-nothing write on fake files.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path
from typing import Any

import pytest

from malaka import offline
from malaka.offline import BundleError

REPO = Path(__file__).resolve().parents[2]


def _sh(cmd: list[Any], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run a command for its output and exit code (checked by the test, not here)."""
    return subprocess.run(cmd, check=False, capture_output=True, text=True, **kwargs)


def _offline_env(tmp: Path) -> dict[str, str]:
    """No pip index, mirror or extra folder; an empty npm cache and a registry nobody serves."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "npm_config_"))}
    cache = tmp / "empty-npm-cache"
    cache.mkdir(exist_ok=True)
    env.update(
        PIP_CONFIG_FILE=os.devnull,
        PIP_NO_INDEX="1",
        PIP_FIND_LINKS="",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        npm_config_cache=str(cache),
        npm_config_registry="http://127.0.0.1:9/",
        npm_config_offline="true",
    )
    return env


def _declared_dependencies() -> set[str]:
    """pyproject.toml's runtime dependencies, as wheel file names spell them."""
    from packaging.requirements import Requirement

    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    names = (Requirement(line).name for line in project["dependencies"])
    return {re.sub(r"[-_.]+", "_", name).lower() for name in names}


def _fake_bundle(root: Path, *, python: dict[str, str] | None = None) -> dict[str, Any]:
    """A bundle of made-up files with the real manifest, checksums and install script."""
    (root / "wheels").mkdir(parents=True)
    (root / "npm").mkdir()
    for name in (
        "malaka-0.1.0-py3-none-any.whl",
        "numpy-2.3.0-cp311-cp311-manylinux_2_27_x86_64.manylinux_2_28_x86_64.whl",
        "pyarrow-20.0.0-cp311-cp311-manylinux2014_x86_64.manylinux_2_17_x86_64.whl",
    ):
        (root / "wheels" / name).write_bytes(name.encode())
    (root / "npm" / "proxy-4.6.3.tgz").write_bytes(b"tarball")
    npm = {"name": "configurable-http-proxy", "version": "4.6.3", "file": "npm/proxy-4.6.3.tgz"}
    meta = offline.manifest(root, extras=["hub"], npm=npm)
    if python is not None:
        meta["python"] = python
    (root / offline.MANIFEST).write_text(json.dumps(meta), "utf-8")
    (root / offline.SUMS).write_text(offline.sums_text(meta), "utf-8")
    (root / "install.sh").write_text(offline.install_script(meta), "utf-8")
    return meta


def test_manifest_sums_and_platforms(tmp_path: Path) -> None:
    """Every file is listed with its real sha256; glibc is the newest any wheel needs."""
    meta = _fake_bundle(tmp_path / "b")
    wheels = meta["wheels"]
    assert [Path(w["file"]).name.split("-")[0] for w in wheels] == ["malaka", "numpy", "pyarrow"]
    for entry in [*wheels, meta["npm"]]:
        data = (tmp_path / "b" / entry["file"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["size"] == len(data)
    assert meta["glibc"] == "2.27"  # numpy: 2.27 or 2.28 -> 2.27; pyarrow: 2.17
    assert meta["requirement"] == "malaka[hub]"
    assert "manylinux2014_x86_64" in meta["wheel_platforms"]
    assert meta["python"]["minor"] == f"{sys.version_info[0]}.{sys.version_info[1]}"
    done = _sh(["sha256sum", "--check", offline.SUMS], cwd=tmp_path / "b")
    assert done.returncode == 0, done.stdout + done.stderr


def test_glibc_needed() -> None:
    """Legacy manylinux names count as their glibc; pure wheels need none."""
    assert offline.glibc_needed(["a-1-py3-none-any.whl"]) is None
    assert offline.glibc_needed(["a-1-cp311-cp311-manylinux1_x86_64.whl"]) == "2.5"
    assert (
        offline.glibc_needed(
            ["a-1-cp311-cp311-manylinux_2_34_x86_64.whl", "b-1-py3-none-manylinux2010_x86_64.whl"]
        )
        == "2.34"
    )
    with pytest.raises(BundleError, match="manifest"):
        offline.wheel_platforms("not-a-wheel.tar.gz")


def test_install_script_refuses_a_changed_file(tmp_path: Path) -> None:
    """A wheel changed after the bundle was built stops install.sh before it installs anything."""
    _fake_bundle(tmp_path / "b")
    (tmp_path / "b" / "wheels" / "malaka-0.1.0-py3-none-any.whl").write_bytes(b"tampered")
    site = tmp_path / "site"
    site.mkdir()
    done = _sh(["bash", str(tmp_path / "b" / "install.sh")], cwd=site)
    assert done.returncode != 0
    assert "FAILED" in done.stdout + done.stderr
    assert list(site.iterdir()) == []


def test_install_script_refuses_another_python(tmp_path: Path) -> None:
    """Wheels for another Python or platform would not install: say so, create nothing."""
    _fake_bundle(
        tmp_path / "b",
        python={"version": "3.99.0", "minor": "3.99", "tag": "cp399", "platform": "linux-x86_64"},
    )
    site = tmp_path / "site"
    site.mkdir()
    done = _sh(
        ["bash", str(tmp_path / "b" / "install.sh")],
        cwd=site,
        env={**os.environ, "PYTHON": sys.executable},
    )
    assert done.returncode != 0
    assert "this bundle is for Python 3.99" in done.stderr
    assert list(site.iterdir()) == []


def test_extras_are_read_from_pyproject(tmp_path: Path) -> None:
    """Every extra but the development ones by default; an unknown extra is named."""
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "malaka"\n[project.optional-dependencies]\n'
        'test = ["pytest"]\nbench = ["ciw"]\nhub = ["jupyterhub"]\n',
        "utf-8",
    )
    assert offline.project_extras(tmp_path) == ["hub"]
    assert offline.project_extras(tmp_path, ["test", "hub"]) == ["hub", "test"]
    with pytest.raises(BundleError, match="no extra gpu"):
        offline.project_extras(tmp_path, ["gpu"])
    with pytest.raises(BundleError, match=r"no pyproject\.toml"):
        offline.project_extras(tmp_path / "elsewhere")


def test_target_must_be_new_empty_or_a_bundle(tmp_path: Path) -> None:
    """DIR is replaced whole, so a folder of other files is refused."""
    offline.check_target(tmp_path / "new")
    (tmp_path / "empty").mkdir()
    offline.check_target(tmp_path / "empty")
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / offline.MANIFEST).write_text("{}", "utf-8")
    offline.check_target(tmp_path / "old")
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "thesis.odt").write_text("x", "utf-8")
    with pytest.raises(BundleError, match="refusing to replace"):
        offline.check_target(tmp_path / "home")
    with pytest.raises(BundleError, match="not a folder"):
        offline.check_target(tmp_path / "home" / "thesis.odt")


def test_failed_step_leaves_no_half_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A step that fails midway leaves the earlier bundle as it was and no temporary folder."""
    (tmp_path / "bundle").mkdir()
    (tmp_path / "bundle" / offline.MANIFEST).write_text('{"old": true}', "utf-8")

    def half(_project: Path, _extras: object, wheels: Path, _detail: object) -> None:
        wheels.mkdir()
        (wheels / "numpy-2.3.0-py3-none-any.whl").write_bytes(b"half")
        raise BundleError("pip wheel failed for numpy: no space left")

    monkeypatch.setattr(offline, "build_wheels", half)
    with pytest.raises(BundleError, match="pip wheel failed for numpy"):
        offline.build_bundle(tmp_path / "bundle", REPO)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle"]
    assert sorted(p.name for p in (tmp_path / "bundle").iterdir()) == [offline.MANIFEST]


def test_failure_names_the_step_and_the_package() -> None:
    """The error names the step and the requirement that broke, then pip's error lines."""
    plain = (
        "print('Collecting numpy>=2'); print('Collecting broken-pkg'); print('no wheel'); exit(1)"
    )
    with pytest.raises(BundleError, match=r"(?s)^pip wheel failed for broken-pkg:.*\n  no wheel$"):
        offline._run("pip wheel", [sys.executable, "-c", plain])
    named = (
        "print('Collecting a'); print('ERROR: No matching distribution found for b>=1'); "
        "print('Collecting c'); exit(1)"
    )
    with pytest.raises(BundleError) as caught:
        offline._run("pip wheel", [sys.executable, "-c", named])
    assert str(caught.value) == (
        "pip wheel failed for b>=1:\n  ERROR: No matching distribution found for b>=1"
    )


@pytest.mark.slow
def test_bundle_installs_with_no_network(tmp_path: Path) -> None:
    """Build, then install.sh into a fresh venv and prefix with every registry switched off."""
    started = time.perf_counter()
    bundle = tmp_path / "bundle"
    meta = offline.build_bundle(bundle, REPO)
    built = time.perf_counter()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle"]  # no temporary left
    names = {Path(w["file"]).name.split("-")[0].lower() for w in meta["wheels"]}
    assert {"malaka", *_declared_dependencies()} <= names
    assert set(meta["npm"]["bundled"]) >= {"commander", "winston", "http-proxy-node16"}

    env = _offline_env(tmp_path)
    env["PYTHON"] = sys.executable  # the wheels are for this interpreter's version
    site = tmp_path / "site"
    site.mkdir()
    done = _sh(["bash", str(bundle / "install.sh")], cwd=site, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    installed = time.perf_counter()

    venv = site / ".venv" / "bin"
    helped = _sh([venv / "malaka", "--help"], env=env)
    assert helped.returncode == 0, helped.stderr
    assert "offline" in helped.stdout
    # Every requirement pyproject.toml declares (for the bundled extras) is installed, and
    # consistent; the CLI's modules and the server's packages import.
    check = (
        "import importlib.metadata as md, sys\n"
        "from packaging.requirements import Requirement\n"
        f"extras = {meta['extras']!r}\n"
        "missing = []\n"
        "for line in md.requires('malaka') or []:\n"
        "    req = Requirement(line)\n"
        "    envs = [{'extra': e} for e in extras] or [{'extra': ''}]\n"
        "    if req.marker and not any(req.marker.evaluate(e) for e in envs):\n"
        "        continue\n"
        "    try:\n"
        "        md.version(req.name)\n"
        "    except md.PackageNotFoundError:\n"
        "        missing.append(req.name)\n"
        "import malaka.cli, jupyterlab, nbgrader, pandas, duckdb, splink\n"
        "print('MISSING', missing)\n"
    )
    imported = _sh([venv / "python", "-c", check])
    assert imported.returncode == 0, imported.stderr
    assert "MISSING []" in imported.stdout
    pip_check = _sh([venv / "python", "-m", "pip", "check"], env=env)
    assert pip_check.returncode == 0, pip_check.stdout

    tools = site / "build" / "tools"
    proxy = _sh(
        [tools / "node_modules" / ".bin" / "configurable-http-proxy", "--version"],
    )
    assert proxy.stdout.strip() == meta["npm"]["version"]
    saved = json.loads((tools / "package.json").read_text("utf-8"))
    assert saved["dependencies"]["configurable-http-proxy"].startswith("file:configurable-http")

    # Controls: the same switches make an incomplete bundle fail.
    fewer = tmp_path / "fewer"
    fewer.mkdir()
    for wheel in (bundle / "wheels").iterdir():
        if not wheel.name.startswith("simpy-"):
            (fewer / wheel.name).symlink_to(wheel)
    resolved = _sh(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--dry-run",
            "--ignore-installed",
            "--no-index",
            "--find-links",
            fewer,
            meta["requirement"],
        ],
        env=env,
    )
    assert resolved.returncode != 0
    assert "No matching distribution found for simpy" in resolved.stdout + resolved.stderr
    plain = tmp_path / "plain"
    with tarfile.open(bundle / meta["npm"]["file"]) as tar:
        tar.extractall(plain, filter="data")
    package = plain / "package"
    shutil.rmtree(package / "node_modules")
    manifest = json.loads((package / "package.json").read_text("utf-8"))
    del manifest["bundleDependencies"]
    (package / "package.json").write_text(json.dumps(manifest), "utf-8")
    with tarfile.open(plain / "registry.tgz", "w:gz") as tar:
        tar.add(package, arcname="package")
    unbundled = _sh(
        ["npm", "install", "--offline", "--prefix", tmp_path / "npm-plain", plain / "registry.tgz"],
        env=env,
    )
    assert unbundled.returncode != 0
    assert "ENOTCACHED" in unbundled.stdout + unbundled.stderr

    print(
        f"bundle built in {built - started:.0f} s, installed in {installed - built:.0f} s, "
        f"{sum(w['size'] for w in meta['wheels']) / 1e6:.0f} MB of wheels"
    )
