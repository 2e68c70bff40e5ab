"""The hub's rules, one function at a time: roster, passwords, hub.yaml, collect rules, configs.

Fast and without root (the ``malaka lab`` refusal is only checked as root). What needs real
accounts and nbgrader's exchange is in ``tests/grading/test_hub_exchange.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from malaka.errors import InputError, Problem
from malaka.hub import accounts, exchange, roleconfig, roster, settings, solo

REPO = Path(__file__).resolve().parents[2]
HEADER = "login,full_name,role,lang,password\n"
SLIP = "parol-uzun-123"  # a password as an instructor writes it into the roster


# --- roster.read_roster --------------------------------------------------------------------------


def _roster(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "roster.csv"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _problems(path: Path) -> list[Problem]:
    with pytest.raises(InputError) as caught:
        roster.read_roster(path)
    return caught.value.problems


def test_roster_reads_role_words_of_every_language_and_defaults_to_uzbek(tmp_path: Path) -> None:
    path = _roster(
        tmp_path,
        HEADER
        + "ali,Alisher Valiyev,tinglovchi,,\n"
        + "bek,Бекзод Каримов,Тингловчи,uz-Cyrl,\n"
        + f"olga,Ольга Петрова,Слушатель,ru,{SLIP}\n"
        + "rustam,Rustam Aliyev,o'qituvchi,uz,\n"
        + "oybek,Ойбек Каримов,ўқитувчи,,\n"
        + "ivan,Иван Иванов,Преподаватель,ru,\n"
        + "sam,Sam Smith,instructor,en,\n"
        + "zara,Zara,TRAINEE,,\n",
    )
    got = {m.login: m for m in roster.read_roster(path)}
    assert list(got) == ["ali", "bek", "olga", "rustam", "oybek", "ivan", "sam", "zara"]
    roles = {login: m.role for login, m in got.items()}
    assert roles == {
        "ali": "trainee",
        "bek": "trainee",
        "olga": "trainee",
        "rustam": "instructor",
        "oybek": "instructor",
        "ivan": "instructor",
        "sam": "instructor",
        "zara": "trainee",
    }
    assert got["ali"].lang == "uz"  # empty lang: Uzbek
    assert got["oybek"].lang == "uz"
    assert got["bek"].lang == "uz-Cyrl"
    assert got["olga"].lang == "ru"
    assert got["olga"].password == SLIP
    assert got["ali"].password is None
    assert got["bek"].full_name == "Бекзод Каримов"


def test_roster_without_lang_and_password_columns_and_with_a_bom(tmp_path: Path) -> None:
    text = "\ufefflogin,full_name,role\nali,Ali Valiyev,trainee\n"
    (member,) = roster.read_roster(_roster(tmp_path, text))
    assert member == roster.Member("ali", "Ali Valiyev", "trainee", "uz", None)


def test_roster_accepts_the_uzbek_okina_in_the_role_word(tmp_path: Path) -> None:
    """Uzbek Latin writes oʻ with U+02BB (or ‘ ’); the course texts use all of them."""
    rows = "".join(
        f"i{n},Teacher {n},{word},,\n"
        for n, word in enumerate(("oʻqituvchi", "O‘qituvchi", "o’qituvchi"))
    )
    members = roster.read_roster(_roster(tmp_path, HEADER + rows))
    assert [m.role for m in members] == ["instructor"] * 3


@pytest.mark.parametrize(
    ("row", "field", "needle"),
    [
        ("Ali,Ali Valiyev,trainee,uz,", "login", "'Ali'"),
        ("1ali,Ali Valiyev,trainee,uz,", "login", "'1ali'"),
        ("ali valiyev,Ali Valiyev,trainee,uz,", "login", "'ali valiyev'"),
        ("a" * 32 + ",Ali Valiyev,trainee,uz,", "login", "31"),
        ("root,Root,trainee,uz,", "login", "reserved"),
        ("nobody,Nobody,instructor,uz,", "login", "reserved"),
        ("ali,,trainee,uz,", "full_name", "empty"),
        ("ali,Ali:Valiyev,trainee,uz,", "full_name", "':'"),
        ("ali,Ali Valiyev,student,uz,", "role", "'student'"),
        ("ali,Ali Valiyev,trainee,kk,", "lang", "'kk'"),
        ("ali,Ali Valiyev,trainee,UZ,", "lang", "'UZ'"),
        ("ali,Ali Valiyev,trainee,uz,short", "password", "10"),
        ("ali,Ali Valiyev,trainee,uz,long:enough:pw", "password", "':'"),
    ],
)
def test_roster_bad_field_names_file_line_and_field(
    tmp_path: Path, row: str, field: str, needle: str
) -> None:
    good = "vali,Vali Karimov,trainee,ru,\n"
    path = _roster(tmp_path, HEADER + good + row + "\n" + good.replace("vali", "gani"))
    problems = _problems(path)
    assert len(problems) == 1, problems
    (problem,) = problems
    assert problem.file == str(path)
    assert problem.line == 3
    assert problem.field == field
    assert needle in problem.message
    assert str(problem).startswith(f"{path}:3: {field}: ")


def test_roster_missing_column_names_the_column_on_line_1(tmp_path: Path) -> None:
    path = _roster(tmp_path, "login,name,role\nali,Ali Valiyev,trainee\n")
    problems = _problems(path)
    assert [(p.file, p.line, p.field) for p in problems] == [(str(path), 1, "full_name")]


def test_roster_repeated_login_names_both_lines(tmp_path: Path) -> None:
    text = HEADER + "ali,Ali Valiyev,trainee,,\nvali,Vali,trainee,,\nali,Ali Boshqa,instructor,,\n"
    path = _roster(tmp_path, text)
    (problem,) = _problems(path)
    assert (problem.file, problem.line, problem.field) == (str(path), 4, "login")
    assert "line 2" in problem.message


def test_roster_reports_every_bad_row_and_returns_nothing(tmp_path: Path) -> None:
    text = (
        HEADER
        + "ali,Ali Valiyev,trainee,uz,\n"
        + "root,Root,trainee,uz,\n"
        + "vali,Vali,trainee,de,\n"
        + "gani,Gani,trainee,uz,123\n"
    )
    path = _roster(tmp_path, text)
    problems = _problems(path)
    assert [(p.line, p.field) for p in problems] == [(3, "login"), (4, "lang"), (5, "password")]


def test_roster_line_numbers_count_blank_lines(tmp_path: Path) -> None:
    path = _roster(tmp_path, HEADER + "ali,Ali Valiyev,trainee,,\n\nROOT,Root,trainee,,\n")
    (problem,) = _problems(path)
    assert problem.line == 4  # the file's fourth line


def test_roster_not_utf8_names_the_file(tmp_path: Path) -> None:
    """A roster saved by a spreadsheet in the Windows Cyrillic code page."""
    path = _roster(tmp_path, (HEADER + "ali,Алишер Валиев,слушатель,,\n").encode("cp1251"))
    (problem,) = _problems(path)
    assert problem.file == str(path)
    assert "UTF-8" in problem.message


def test_roster_not_utf8_names_the_line(tmp_path: Path) -> None:
    text = HEADER + "ali,Ali Valiyev,trainee,,\n" + "vali,Вали Каримов,слушатель,,\n"
    (problem,) = _problems(_roster(tmp_path, text.encode("cp1251")))
    assert problem.line == 3


def test_roster_missing_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.csv"
    (problem,) = _problems(path)
    assert problem.file == str(path)
    assert "not found" in problem.message


def test_roster_with_header_only_is_refused(tmp_path: Path) -> None:
    path = _roster(tmp_path, HEADER)
    problems = _problems(path)
    assert problems
    assert all(p.file == str(path) and p.line == 1 for p in problems)


def test_roster_with_header_only_says_no_rows(tmp_path: Path) -> None:
    (problem,) = _problems(_roster(tmp_path, HEADER))
    assert "no rows" in problem.message


# --- accounts.new_password -----------------------------------------------------------------------


def test_new_password_is_three_groups_of_unambiguous_characters() -> None:
    seen = set()
    for _ in range(200):
        pw = accounts.new_password()
        assert len(pw) == 14, pw
        groups = pw.split("-")
        assert [len(g) for g in groups] == [4, 4, 4], pw
        assert set("".join(groups)) <= set(accounts._ALPHABET), pw
        seen.add(pw)
    assert len(seen) == 200
    assert not set("0O1lI") & set(accounts._ALPHABET)
    assert len(pw) >= roster.MIN_PASSWORD  # a generated password passes the roster's own rule


# --- settings (grading/hub.yaml) -----------------------------------------------------------------


def test_repository_hub_yaml_loads() -> None:
    path = REPO / "grading" / "hub.yaml"
    assert path.is_file()
    config = settings.load_config(REPO, path)
    assert config.course_id == "malaka"
    assert 1024 <= config.port <= 65533
    assert config.collect in ("latest", "latest_before_due")
    for rule in config.modules.values():
        assert rule.due.tzinfo is not None


def test_hub_yaml_with_zoned_due_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "hub.yaml"
    path.write_text(
        "port: 9000\ncollect: latest_before_due\n"
        "modules:\n  m00-onramp: {due: '2027-01-15T18:00:00+05:00', late: refuse}\n",
        encoding="utf-8",
    )
    config = settings.load_config(tmp_path, path)
    rule = config.modules["m00-onramp"]
    assert rule.due == dt.datetime(2027, 1, 15, 13, 0, tzinfo=dt.UTC)
    assert rule.late == "refuse"
    assert settings.load_config(tmp_path) == settings.HubConfig()  # no grading/hub.yaml there


def test_hub_yaml_accepts_the_due_format_it_suggests(tmp_path: Path) -> None:
    path = tmp_path / "hub.yaml"
    path.write_text("modules:\n  m00-onramp: {due: '2027-01-15 18:00 +05:00'}\n", "utf-8")
    config = settings.load_config(tmp_path, path)
    assert config.modules["m00-onramp"].due == dt.datetime(2027, 1, 15, 13, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "field", "needle"),
    [
        ("modules:\n  m00-onramp: {due: '2027-01-15 18:00'}\n", "modules.m00-onramp.due", "zone"),
        ("address: 300.1.2.3\n", "address", "300.1.2.3"),
        ("address: hub.example\n", "address", "hub.example"),
        ("adress: 127.0.0.1\n", "adress", "unknown"),
        ("modules:\n  m00-onramp: {due: '2027-01-15T18:00:00+05:00', lat: refuse}\n", "lat", ""),
        ("port: 80\n", "port", "1024"),
        ("port: 65534\n", "port", "65533"),
        ("port: 70000\n", "port", ""),
        ("collect: newest\n", "collect", ""),
        ("modules:\n  m00-onramp: {due: '2027-01-15T18:00:00+05:00', late: maybe}\n", "late", ""),
        ("course_id: Malaka Course\n", "course_id", ""),
    ],
)
def test_bad_hub_yaml_names_the_field(tmp_path: Path, text: str, field: str, needle: str) -> None:
    path = tmp_path / "hub.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        settings.load_config(tmp_path, path)
    problems = caught.value.problems
    assert len(problems) == 1, problems
    (problem,) = problems
    assert problem.file == "hub.yaml"
    assert problem.field == field or problem.field.endswith("." + field), problem
    assert needle in problem.message
    assert problem.line is not None


# --- exchange.choose -----------------------------------------------------------------------------

DUE = dt.datetime(2027, 1, 15, 13, 0, tzinfo=dt.UTC)


def _hand_in(minutes: int) -> exchange.HandIn:
    """A hand-in arriving ``minutes`` after the due time (negative: before)."""
    when = DUE + dt.timedelta(minutes=minutes)
    return exchange.HandIn(Path(f"/x/t1+m+{minutes}"), "t1", str(minutes), when, owner_ok=True)


def test_choose_latest_takes_the_newest_even_when_late() -> None:
    early, on_time, late = _hand_in(-60), _hand_in(-5), _hand_in(30)
    assert exchange.choose([early, on_time, late], DUE, "latest", "accept") is late
    assert exchange.choose([early, on_time], DUE, "latest", "accept") is on_time
    assert exchange.choose([early, late], None, "latest", "accept") is late
    assert exchange.choose([], DUE, "latest", "accept") is None


def test_choose_latest_before_due_takes_the_newest_on_time_else_the_newest() -> None:
    early, on_time, late, later = _hand_in(-60), _hand_in(-5), _hand_in(30), _hand_in(90)
    rule = "latest_before_due"
    assert exchange.choose([early, on_time, late, later], DUE, rule, "accept") is on_time
    assert exchange.choose([late, later], DUE, rule, "accept") is later
    assert exchange.choose([early, later], None, rule, "accept") is later  # no due: latest
    exact = _hand_in(0)
    assert exchange.choose([early, exact, late], DUE, rule, "accept") is exact  # due is on time


def test_choose_late_refuse_takes_the_newest_on_time_or_nothing() -> None:
    early, on_time, late = _hand_in(-60), _hand_in(-5), _hand_in(30)
    for rule in ("latest", "latest_before_due"):
        assert exchange.choose([early, on_time, late], DUE, rule, "refuse") is on_time
        assert exchange.choose([late, _hand_in(31)], DUE, rule, "refuse") is None
        assert exchange.choose([early], DUE, rule, "refuse") is early


# --- exchange._worked_variant --------------------------------------------------------------------


def _variants(tmp_path: Path) -> tuple[list[Path], Path]:
    released = tmp_path / "release"
    handed = tmp_path / "handin"
    released.mkdir()
    handed.mkdir()
    names = ("ex01_sum.ipynb", "ex01_sum.uz-Cyrl.ipynb", "ex01_sum.ru.ipynb", "ex01_sum.en.ipynb")
    for name in names:
        (released / name).write_text(json.dumps({"name": name}), encoding="utf-8")
        (handed / name).write_text(json.dumps({"name": name}), encoding="utf-8")
    return sorted(handed.iterdir()), released


def _edit(path: Path, mtime: float) -> None:
    path.write_text(json.dumps({"answer": path.name}), encoding="utf-8")
    os.utime(path, (mtime, mtime))


def _worked(variants: list[Path], released: Path) -> Path:
    """exchange._worked_variant on the notebooks as collect reads them (bytes and mtime)."""
    handed = [exchange.Handed(p.name, p.read_bytes(), p.stat().st_mtime) for p in variants]
    return variants[0].parent / exchange._worked_variant(handed, released).name


def test_worked_variant_is_the_changed_language(tmp_path: Path) -> None:
    variants, released = _variants(tmp_path)
    handed = variants[0].parent
    _edit(handed / "ex01_sum.ru.ipynb", 1_000_000)
    # untouched versions are newer on disk (a fetch writes them all): still not the work
    for name in ("ex01_sum.ipynb", "ex01_sum.en.ipynb"):
        os.utime(handed / name, (2_000_000, 2_000_000))
    assert _worked(variants, released) == handed / "ex01_sum.ru.ipynb"


def test_worked_variant_newest_of_the_changed_ones(tmp_path: Path) -> None:
    variants, released = _variants(tmp_path)
    handed = variants[0].parent
    _edit(handed / "ex01_sum.ru.ipynb", 1_000_000)
    _edit(handed / "ex01_sum.uz-Cyrl.ipynb", 1_000_500)
    assert _worked(variants, released) == handed / "ex01_sum.uz-Cyrl.ipynb"
    os.utime(handed / "ex01_sum.ru.ipynb", (1_000_900, 1_000_900))
    assert _worked(variants, released) == handed / "ex01_sum.ru.ipynb"


def test_worked_variant_is_uzbek_when_nothing_changed(tmp_path: Path) -> None:
    variants, released = _variants(tmp_path)
    handed = variants[0].parent
    os.utime(handed / "ex01_sum.en.ipynb", (3_000_000, 3_000_000))
    assert _worked(variants, released) == handed / "ex01_sum.ipynb"
    assert _worked(list(reversed(variants)), released) == (handed / "ex01_sum.ipynb")


def test_worked_variant_counts_a_version_missing_from_the_release_as_changed(
    tmp_path: Path,
) -> None:
    variants, released = _variants(tmp_path)
    (released / "ex01_sum.en.ipynb").unlink()
    handed = variants[0].parent
    assert _worked(variants, released) == handed / "ex01_sum.en.ipynb"


# --- roleconfig ----------------------------------------------------------------------------------


@pytest.fixture
def role_configs(tmp_path: Path) -> tuple[dict[str, Path], settings.HubPaths]:
    config = settings.HubConfig(course_id="kurs-1")
    paths = settings.HubPaths(
        root=tmp_path, state=tmp_path / "build" / "hub", build=tmp_path / "build"
    )
    return roleconfig.write_role_configs(config, paths), paths


def _exec_config(path: Path):  # type: ignore[no-untyped-def]
    from traitlets.config import Config

    c = Config()
    namespace = {"get_config": lambda: c}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # noqa: S102
    return c


def test_role_config_folders_are_under_the_state(role_configs) -> None:  # type: ignore[no-untyped-def]
    folders, paths = role_configs
    assert folders == {
        "trainee": paths.state / "jupyter" / "trainee",
        "instructor": paths.state / "jupyter" / "instructor",
    }
    for folder in folders.values():
        for name in ("nbgrader_config.py", "jupyter_server_config.json"):
            assert (folder / name).is_file()
        assert (folder / "labconfig" / "page_config.json").is_file()


def test_trainee_lab_hides_authoring_and_announcements(role_configs) -> None:  # type: ignore[no-untyped-def]
    folders, _ = role_configs
    page = json.loads((folders["trainee"] / "labconfig" / "page_config.json").read_text())
    assert page["disabledExtensions"] == {
        "@jupyter/nbgrader:create-assignment": True,
        "@jupyter/nbgrader:formgrader": True,
        "@jupyter/nbgrader:course-list": True,
        "@jupyterlab/apputils-extension:announcements": True,
    }
    teacher = json.loads((folders["instructor"] / "labconfig" / "page_config.json").read_text())
    assert teacher["disabledExtensions"] == {"@jupyterlab/apputils-extension:announcements": True}


def test_trainee_server_extensions_lack_formgrader_and_course_list(role_configs) -> None:  # type: ignore[no-untyped-def]
    folders, _ = role_configs
    trainee = json.loads((folders["trainee"] / "jupyter_server_config.json").read_text())
    ext = trainee["ServerApp"]["jpserver_extensions"]
    assert ext["nbgrader.server_extensions.formgrader"] is False
    assert ext["nbgrader.server_extensions.course_list"] is False
    assert ext["nbgrader.server_extensions.assignment_list"] is True
    assert ext["nbgrader.server_extensions.validate_assignment"] is True
    teacher = json.loads((folders["instructor"] / "jupyter_server_config.json").read_text())
    assert all(teacher["ServerApp"]["jpserver_extensions"].values())
    for doc in (trainee, teacher):  # a plain shell: a login shell would reset PATH
        assert doc["ServerApp"]["terminado_settings"] == {"shell_command": ["/bin/bash"]}


def test_nbgrader_configs_name_the_exchange_and_course(role_configs) -> None:  # type: ignore[no-untyped-def]
    folders, paths = role_configs
    for role in ("trainee", "instructor"):
        c = _exec_config(folders[role] / "nbgrader_config.py")
        assert c.Exchange.root == str(paths.exchange)
        assert c.Exchange.path_includes_course is False
        assert c.CourseDirectory.course_id == "kurs-1"
    trainee = _exec_config(folders["trainee"] / "nbgrader_config.py")
    assert "root" not in trainee.CourseDirectory  # a trainee's course folder is their home
    assert "db_url" not in trainee.CourseDirectory  # and the gradebook is none of theirs
    teacher = _exec_config(folders["instructor"] / "nbgrader_config.py")
    assert teacher.CourseDirectory.root == str(paths.build)
    assert teacher.CourseDirectory.db_url == f"sqlite:///{paths.build / 'grading' / 'gradebook.db'}"


# --- solo.copy_missing ---------------------------------------------------------------------------


def test_copy_missing_never_overwrites_an_edited_file(tmp_path: Path) -> None:
    release = tmp_path / "release" / "m00-onramp"
    work = tmp_path / "lab"
    release.mkdir(parents=True)
    (release / "ex01.ipynb").write_text("released 1", encoding="utf-8")
    (release / "data").mkdir()
    (release / "data" / "t.csv").write_text("a,b\n", encoding="utf-8")
    first = solo.copy_missing(tmp_path / "release", work)
    assert sorted(p.relative_to(work).as_posix() for p in first) == [
        "m00-onramp/data/t.csv",
        "m00-onramp/ex01.ipynb",
    ]
    (work / "m00-onramp" / "ex01.ipynb").write_text("trainee's work", encoding="utf-8")
    # a second release: the exercise changed, a new one and a new module came
    (release / "ex01.ipynb").write_text("released 2", encoding="utf-8")
    (release / "ex02.ipynb").write_text("new exercise", encoding="utf-8")
    (tmp_path / "release" / "m01-triage").mkdir()
    (tmp_path / "release" / "m01-triage" / "ex01.ipynb").write_text("m01", encoding="utf-8")
    second = solo.copy_missing(tmp_path / "release", work)
    assert sorted(p.relative_to(work).as_posix() for p in second) == [
        "m00-onramp/ex02.ipynb",
        "m01-triage/ex01.ipynb",
    ]
    assert (work / "m00-onramp" / "ex01.ipynb").read_text(encoding="utf-8") == "trainee's work"
    assert (work / "m00-onramp" / "ex02.ipynb").read_text(encoding="utf-8") == "new exercise"
    assert solo.copy_missing(tmp_path / "release", work) == []


def test_copy_missing_keeps_a_file_the_trainee_emptied(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    (release / "ex01.ipynb").write_text("released", encoding="utf-8")
    solo.copy_missing(release, tmp_path / "lab")
    (tmp_path / "lab" / "ex01.ipynb").write_text("", encoding="utf-8")
    assert solo.copy_missing(release, tmp_path / "lab") == []
    assert (tmp_path / "lab" / "ex01.ipynb").read_text(encoding="utf-8") == ""


# --- the command line ----------------------------------------------------------------------------


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """A project root of its own, so nothing in the checkout is read or written."""
    root = tmp_path / "root"
    (root / "grading").mkdir(parents=True)
    return {"MALAKA_ROOT": str(root), "MALAKA_BUILD": str(root / "build")}


def test_malaka_lab_as_root_without_allow_root_says_how(
    cli_env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if os.geteuid() != 0:
        pytest.skip("the refusal happens only as root; this run is not root")
    from malaka.cli import app

    def started(*args: object) -> None:
        raise AssertionError(f"malaka lab went on to start JupyterLab as root: {args}")

    monkeypatch.chdir(tmp_path)  # put back if the command changed folder
    monkeypatch.setattr(os, "execve", started)
    result = CliRunner().invoke(app, ["lab", "--no-browser"], env=cli_env)
    assert result.exit_code == 2, result.output
    assert "refuses to run as root" in result.stderr
    assert "--allow-root" in result.stderr
    assert not Path(cli_env["MALAKA_BUILD"], "lab").exists()  # nothing prepared


@pytest.mark.parametrize("extra", [[], ["--exchange", "HANDIN"]])
def test_grade_collect_needs_paths_or_exchange_not_both(
    cli_env: dict[str, str], tmp_path: Path, extra: list[str]
) -> None:
    from malaka.cli import app

    handin = tmp_path / "t1"
    handin.mkdir()
    args = ["grade", "collect", "m00-onramp", *[str(handin) if a == "HANDIN" else a for a in extra]]
    result = CliRunner().invoke(app, args, env=cli_env)
    assert result.exit_code == 2, result.output
    assert re.search(r"give folders or zips, or --exchange\s+\(not both\)", result.output)
    assert not Path(cli_env["MALAKA_BUILD"]).exists()  # nothing collected
