"""deploy/: the Zero to JupyterHub files agree with each other and with the README's install.

Nothing here runs Kubernetes, Helm or Docker: the files are read and compared. The install line
of the Dockerfile is checked against the README's first command as it reads now, not a copy.
"""

from __future__ import annotations

import json
import re
import shlex
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import yaml
from traitlets.config import Config

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
SINGLEUSER = DEPLOY / "singleuser"
VALUES = DEPLOY / "helm" / "values.yaml"
EXCHANGE = DEPLOY / "helm" / "exchange-pvc.yaml"
DOCKERFILE = SINGLEUSER / "Dockerfile"
REGISTRY = "registry.institute.local/"

#: nbgrader's Lab plugins that author or grade: hidden from trainees, shown to instructors.
AUTHORING_PLUGINS = {
    "@jupyter/nbgrader:create-assignment",
    "@jupyter/nbgrader:formgrader",
    "@jupyter/nbgrader:course-list",
}
FORMGRADER = "nbgrader.server_extensions.formgrader"

#: Paths in values.yaml that the chart (z2jh 4.x) reads; their names are from its values schema.
Z2JH_PATHS = (
    "hub.config.JupyterHub.authenticator_class",
    "hub.config.Authenticator.admin_users",
    "hub.config.Authenticator.allow_all",
    "hub.loadRoles.instructor.scopes",
    "hub.loadRoles.instructor.groups",
    "hub.extraConfig",
    "hub.image.name",
    "proxy.service.type",
    "proxy.chp.image.name",
    "singleuser.image.name",
    "singleuser.image.tag",
    "singleuser.uid",
    "singleuser.storage.type",
    "singleuser.storage.capacity",
    "singleuser.storage.extraVolumes",
    "singleuser.storage.extraVolumeMounts",
    "singleuser.cpu.guarantee",
    "singleuser.cpu.limit",
    "singleuser.memory.guarantee",
    "singleuser.memory.limit",
    "singleuser.networkPolicy.egressAllowRules.nonPrivateIPs",
    "singleuser.networkPolicy.egressAllowRules.privateIPs",
    "singleuser.cloudMetadata.blockWithIptables",
    "singleuser.profileList",
    "cull.enabled",
    "cull.timeout",
    "scheduling.userScheduler.enabled",
    "prePuller.hook.enabled",
    "prePuller.pause.image.name",
)
#: Top-level sections of the chart used here or near (its schema refuses unknown ones: caught
#: here before helm does).
Z2JH_TOP_LEVEL = {
    "hub",
    "proxy",
    "singleuser",
    "scheduling",
    "prePuller",
    "cull",
    "ingress",
    "rbac",
    "imagePullSecret",
    "imagePullSecrets",
    "custom",
    "debug",
    "global",
}


def _values() -> dict[str, Any]:
    return yaml.safe_load(VALUES.read_text(encoding="utf-8"))


def _get(tree: dict[str, Any], dotted: str) -> Any:
    node: Any = tree
    for key in dotted.split("."):
        assert isinstance(node, dict), f"{dotted}: {key!r} is under a non-mapping"
        assert key in node, f"{dotted}: no {key!r}"
        node = node[key]
    return node


def _json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _exchange_documents() -> list[dict[str, Any]]:
    return list(yaml.safe_load_all(EXCHANGE.read_text(encoding="utf-8")))


def _nbgrader_config(path: Path) -> Config:
    """Run an nbgrader_config.py as traitlets does: with ``get_config`` returning the config."""
    config = Config()
    code = compile(path.read_text(encoding="utf-8"), str(path), "exec")
    exec(code, {"get_config": lambda: config, "__file__": str(path)})  # noqa: S102
    return config


def _dockerfile_instructions() -> list[str]:
    """The Dockerfile's instructions, continuation lines joined, comments dropped."""
    text = DOCKERFILE.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    return [i.strip() for i in re.sub(r"\\\n", " ", "\n".join(lines)).splitlines() if i.strip()]


def _readme_install() -> tuple[str, list[str]]:
    """The README's first command, install part: the venv folder and pip's arguments."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```bash\n(.*?)```", readme, re.S)
    assert block, "README.md has no ```bash block"
    first = block.group(1).strip().splitlines()[0]
    steps = [shlex.split(step) for step in first.split("&&")]
    venv = next(s for s in steps if s[1:3] == ["-m", "venv"])[3]
    pip = next(s for s in steps if s[0].endswith("/pip") and s[1] == "install")
    assert pip[0] == f"{venv}/bin/pip", "the README's pip is not its venv's"
    return venv, pip[2:]


def _dockerfile_installs() -> Iterator[tuple[str, str, list[str]]]:
    """Each ``python3 -m venv V && P install ARGS`` in a RUN: (V, P, ARGS)."""
    for instruction in _dockerfile_instructions():
        if instruction.startswith("RUN "):
            for m in re.finditer(r"python3 -m venv (\S+) && (\S+) install ([^;]*);", instruction):
                yield m.group(1), m.group(2), shlex.split(m.group(3))


def test_every_yaml_file_parses() -> None:
    found = sorted(p for p in DEPLOY.rglob("*") if p.suffix in {".yaml", ".yml"})
    assert VALUES in found
    assert EXCHANGE in found
    for path in found:
        docs = list(yaml.safe_load_all(path.read_text(encoding="utf-8")))
        assert docs, path
        assert all(isinstance(doc, dict) for doc in docs), path
    # ... and so do the YAML examples of deploy/README.md (the LDAP alternative)
    readme = (DEPLOY / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", readme, re.S)
    assert blocks
    for block in blocks:
        assert isinstance(yaml.safe_load(block), dict)


def test_every_json_file_parses() -> None:
    found = sorted(SINGLEUSER.rglob("*.json"))
    assert len(found) >= 5
    for path in found:
        assert isinstance(_json(path), dict), path


def test_values_have_the_keys_z2jh_reads() -> None:
    values = _values()
    assert set(values) <= Z2JH_TOP_LEVEL, set(values) - Z2JH_TOP_LEVEL
    for dotted in Z2JH_PATHS:
        _get(values, dotted)
    assert _get(values, "singleuser.storage.type") == "dynamic"
    assert _get(values, "hub.loadRoles.instructor.groups") == ["instructors"]
    assert "instructors" in _get(values, "hub.config.JupyterHub.load_groups")


def test_values_keep_user_pods_off_the_internet() -> None:
    values = _values()
    rules = _get(values, "singleuser.networkPolicy.egressAllowRules")
    assert _get(values, "singleuser.networkPolicy.enabled") is True
    assert rules["nonPrivateIPs"] is False
    assert rules["privateIPs"] is False
    assert rules["cloudMetadataServer"] is False
    images = [
        _get(values, "hub.image.name"),
        _get(values, "proxy.chp.image.name"),
        _get(values, "singleuser.image.name"),
        _get(values, "prePuller.pause.image.name"),
    ]
    assert all(name.startswith(REGISTRY) for name in images), images
    # the images these values would otherwise need (and that are not mirrored) are off
    assert _get(values, "prePuller.hook.enabled") is False
    assert _get(values, "scheduling.userScheduler.enabled") is False
    assert _get(values, "singleuser.cloudMetadata.blockWithIptables") is False


def _bytes(spec: str | int) -> float:
    """KubeSpawner's byte specification: a number, or one with K, M, G or T (powers of 1024)."""
    units = {"K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}
    text = str(spec)
    return float(text[:-1]) * units[text[-1]] if text[-1] in units else float(text)


def test_resources_per_trainee_are_set_and_consistent() -> None:
    values = _values()
    cpu, memory = _get(values, "singleuser.cpu"), _get(values, "singleuser.memory")
    assert 0 < cpu["guarantee"] <= cpu["limit"]
    assert 0 < _bytes(memory["guarantee"]) <= _bytes(memory["limit"])
    instructor = _profile(values, "instructor")["kubespawner_override"]
    assert 0 < instructor["cpu_guarantee"] <= instructor["cpu_limit"]
    assert 0 < _bytes(instructor["mem_guarantee"]) <= _bytes(instructor["mem_limit"])


def test_dockerfile_installs_what_the_readme_installs() -> None:
    venv, readme_args = _readme_install()
    instructions = _dockerfile_instructions()
    workdir = next(i.split()[1] for i in instructions if i.startswith("WORKDIR "))
    assert f"COPY . {workdir}" in instructions, "the checkout is not copied to the WORKDIR"
    installs = list(_dockerfile_installs())
    assert len(installs) == 2, installs
    online = [i for i in installs if "--no-index" not in i[2]]
    offline = [i for i in installs if "--no-index" in i[2]]
    assert len(online) == len(offline) == 1
    # online: the README's command with the venv inside the checkout's copy
    docker_venv, docker_pip, docker_args = online[0]
    assert docker_venv == f"{workdir}/{venv}"
    assert docker_pip == f"{docker_venv}/bin/pip"
    assert docker_args == readme_args
    # offline: the same project with the same extras, as the bundle's wheel
    target = next(a for a in readme_args if not a.startswith("-"))
    project, extras = re.fullmatch(r"(.+?)(\[[^\]]*\])?", target).groups()  # type: ignore[union-attr]
    assert project == ".", "the README installs something other than the checkout"
    name = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
    docker_venv, docker_pip, docker_args = offline[0]
    assert docker_pip == f"{docker_venv}/bin/pip" == f"{workdir}/{venv}/bin/pip"
    assert docker_args == ["--no-index", "--find-links", "/bundle/wheels", name + (extras or "")]


def test_dockerfile_base_user_and_offline_start() -> None:
    text = DOCKERFILE.read_text(encoding="utf-8")
    instructions = _dockerfile_instructions()
    assert "ARG PYTHON_IMAGE=python:3.11-slim" in instructions
    assert "--uid 1000" in text
    assert " jovyan" in text
    assert instructions[-1] == 'CMD ["jupyterhub-singleuser"]'
    assert any(i.startswith("USER 1000") for i in instructions)
    assert not re.search(r"^#\s*syntax\s*=", text, re.M)  # BuildKit would fetch a frontend


def _copies() -> dict[str, str]:
    """COPY source -> destination of the Dockerfile (sources relative to the checkout)."""
    return {
        parts[1]: parts[2]
        for i in _dockerfile_instructions()
        if i.startswith("COPY ") and len(parts := i.split()) == 3
    }


def _profile(values: dict[str, Any], slug: str) -> dict[str, Any]:
    return next(p for p in _get(values, "singleuser.profileList") if p.get("slug") == slug)


def test_config_files_go_where_jupyter_reads_them() -> None:
    copies = _copies()
    # every deploy/singleuser file but the Dockerfile's own goes into the image
    shipped = {
        p.relative_to(REPO).as_posix()
        for p in SINGLEUSER.rglob("*")
        if p.is_file() and not p.name.startswith("Dockerfile")
    }
    assert shipped == {src for src in copies if src.startswith("deploy/")}
    trainee_dir = "/etc/jupyter"
    assert (
        copies["deploy/singleuser/page_config.json"] == f"{trainee_dir}/labconfig/page_config.json"
    )
    assert copies["deploy/singleuser/nbgrader_config.py"] == f"{trainee_dir}/nbgrader_config.py"
    env = " ".join(i for i in _dockerfile_instructions() if i.startswith("ENV "))
    assert f"JUPYTER_CONFIG_PATH={trainee_dir} " in env + " "
    # the instructor profile puts the instructor folder first, the trainees' after it
    override = _profile(_values(), "instructor")["kubespawner_override"]
    instructor_dir, *rest = override["environment"]["JUPYTER_CONFIG_PATH"].split(":")
    assert rest == [trainee_dir]
    for name, place in (
        ("page_config.json", "labconfig/page_config.json"),
        ("jupyter_server_config.json", "jupyter_server_config.json"),
        ("nbgrader_config.py", "nbgrader_config.py"),
    ):
        assert copies[f"deploy/singleuser/instructor/{name}"] == f"{instructor_dir}/{place}"


def test_trainees_lose_exactly_the_authoring_plugins() -> None:
    trainee = _json(SINGLEUSER / "page_config.json")["disabledExtensions"]
    assert {name for name, off in trainee.items() if off} == AUTHORING_PLUGINS
    # read after the trainees' file, so each plugin is switched back on explicitly
    instructor = _json(SINGLEUSER / "instructor" / "page_config.json")["disabledExtensions"]
    assert {name for name, off in instructor.items() if off} == set()
    assert set(instructor) == AUTHORING_PLUGINS


def test_formgrader_server_extension_only_for_instructors() -> None:
    def extensions(path: Path) -> dict[str, bool]:
        return _json(path)["ServerApp"]["jpserver_extensions"]

    trainee = extensions(SINGLEUSER / "jupyter_server_config.json")
    instructor = extensions(SINGLEUSER / "instructor" / "jupyter_server_config.json")
    assert trainee[FORMGRADER] is False
    assert instructor[FORMGRADER] is True
    assert trainee["nbgrader.server_extensions.assignment_list"] is True
    assert trainee["nbgrader.server_extensions.validate_assignment"] is True


def test_nbgrader_exchange_is_the_mounted_volume() -> None:
    config = _nbgrader_config(SINGLEUSER / "nbgrader_config.py")
    assert config.CourseDirectory.course_id == "malaka"
    assert config.Exchange.path_includes_course is False
    values = _values()
    claim = next(d for d in _exchange_documents() if d["kind"] == "PersistentVolumeClaim")
    assert claim["spec"]["accessModes"] == ["ReadWriteMany"]
    assert claim["spec"]["storageClassName"] == "nfs-client"
    volume = next(
        v
        for v in _get(values, "singleuser.storage.extraVolumes")
        if v.get("persistentVolumeClaim", {}).get("claimName") == claim["metadata"]["name"]
    )
    mounts = [
        m["mountPath"]
        for m in _get(values, "singleuser.storage.extraVolumeMounts")
        if m["name"] == volume["name"]
    ]
    assert mounts == [config.Exchange.root]


def test_exchange_job_makes_the_root_sticky_and_world_writable() -> None:
    claim_name = "nbgrader-exchange"
    job = next(d for d in _exchange_documents() if d["kind"] == "Job")
    pod = job["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert container["image"].startswith(REGISTRY)
    root = _nbgrader_config(SINGLEUSER / "nbgrader_config.py").Exchange.root
    assert f"chmod 1777 {root}" in " ".join(container["command"])
    (mount,) = container["volumeMounts"]
    assert mount["mountPath"] == root
    (volume,) = pod["volumes"]
    assert volume["name"] == mount["name"]
    assert volume["persistentVolumeClaim"]["claimName"] == claim_name


class _Group:
    def __init__(self, name: str) -> None:
        self.name = name


def _spawner(*groups: str) -> SimpleNamespace:
    return SimpleNamespace(user=SimpleNamespace(groups=[_Group(g) for g in groups]))


@pytest.mark.parametrize(
    ("groups", "slugs"), [((), ["trainee"]), (("instructors",), ["trainee", "instructor"])]
)
def test_instructor_profile_is_offered_to_instructors_only(
    groups: tuple[str, ...], slugs: list[str]
) -> None:
    values = _values()
    c = Config()
    c.KubeSpawner.profile_list = _get(values, "singleuser.profileList")
    snippet = _get(values, "hub.extraConfig")["20-instructor-profile"]
    exec(compile(snippet, "20-instructor-profile", "exec"), {"c": c})  # noqa: S102
    profiles = c.KubeSpawner.profile_list(_spawner(*groups, "other"))
    assert [p["slug"] for p in profiles] == slugs
    assert next(p for p in profiles if p.get("default"))["slug"] == "trainee"


def test_hub_extra_config_compiles() -> None:
    for key, snippet in _get(_values(), "hub.extraConfig").items():
        compile(snippet, key, "exec")
