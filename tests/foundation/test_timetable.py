"""The five-day timetable: scheduling rules, reading a courses folder, printing, the command."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from malaka.course import Course
from malaka.errors import InputError
from malaka.timetable import (
    ModuleTiming,
    Notebook,
    Timetable,
    build_timetable,
    day_frame,
    load_timetable,
    render_html,
    render_markdown,
)

TITLE = {"uz": "Kurs", "ru": "Курс", "en": "Course"}


def _course(modules: list[str], **schedule: object) -> Course:
    return Course.model_validate(
        {"title": TITLE, "modules": modules, "pass_mark": 60, "days": 5, "schedule": schedule}
    )


def _module(mid: str, teaching: int, *notebooks: tuple[str, int]) -> ModuleTiming:
    nbs = tuple(
        Notebook((stem,), "practice" if stem.startswith("p") else "assessment", minutes)
        for stem, minutes in notebooks
    )
    return ModuleTiming(mid, dict.fromkeys(("uz", "ru", "en"), mid), teaching, nbs)


def _standard() -> tuple[Course, dict[str, ModuleTiming]]:
    mods = {
        "m05-pretest": _module("m05-pretest", 0, ("ex01_pre", 40)),
        "m00-onramp": _module(
            "m00-onramp", 30, ("p01_a", 30), ("p02_b", 40), ("p03_c", 45), ("ex01_d", 30)
        ),
        "m01-triage": _module("m01-triage", 60, ("p01_a", 30), ("ex01_b", 40), ("ex02_c", 50)),
        "m02-analytics": _module("m02-analytics", 60, ("p01_a", 45), ("ex01_b", 60)),
        "m03-interagency": _module("m03-interagency", 70, ("p01_a", 40), ("ex01_b", 70)),
        "m04-cyber": _module("m04-cyber", 60, ("p01_a", 30), ("ex01_b", 50), ("ex02_c", 60)),
        "m06-final": _module("m06-final", 0, ("ex01_case", 60), ("ex02_analytic", 30)),
    }
    return _course(list(mods)), mods


def _invariants(tt: Timetable, course: Course, mods: dict[str, ModuleTiming]) -> None:
    length = course.schedule.session_minutes
    for day in tt.days:
        assert len(day.sessions) == course.schedule.sessions_per_day
        for s in day.sessions:
            assert s.used <= length, (day.number, s.number, s.used)
        assert all(not b.in_class for b in day.homework)  # lessons and tests never homework
    # Everything scheduled or given as homework, exactly once, totals add up.
    placed: dict[tuple[str, str, tuple[str, ...]], int] = {}
    for b in tt.blocks():
        key = (b.module, b.kind, b.stems)
        placed[key] = placed.get(key, 0) + b.minutes
    expected: dict[tuple[str, str, tuple[str, ...]], int] = {}
    for m in course.modules:
        mod = mods[m]
        if mod.teaching:
            expected[(m, "lesson", ())] = mod.teaching
        for n in mod.notebooks:
            expected[(m, n.kind, n.stems)] = n.minutes
    assert placed == expected
    assert sum(b.minutes for b in tt.blocks()) == sum(mods[m].minutes for m in course.modules)
    # Course order kept: modules appear day by day in course order, notebooks in module order.
    seen_modules = list(dict.fromkeys(m for d in tt.days for m in d.modules))
    assert seen_modules == [m for m in course.modules if m in seen_modules]
    for m in course.modules:
        in_class = [b.stems for d in tt.days for s in d.sessions for b in s.blocks if b.module == m]
        homework = [b.stems for d in tt.days for b in d.homework if b.module == m]
        stems = [n.stems for n in mods[m].notebooks]
        shown = list(dict.fromkeys(x for x in in_class + homework if x))
        assert shown == stems, (m, shown)  # class first, then the module's tail as homework


def test_standard_week_keeps_every_rule() -> None:
    """Pre-test first on day 1, final last on day 5, nothing over a session, totals add up."""
    course, mods = _standard()
    tt = build_timetable(course, mods)
    _invariants(tt, course, mods)
    assert len(tt.days) == 5
    first = tt.days[0].sessions[0].blocks[0]
    assert (first.module, first.stems) == ("m05-pretest", ("ex01_pre",))
    last_day = tt.days[-1]
    final = [b for s in last_day.sessions for b in s.blocks if b.module == "m06-final"]
    assert [b.stems for b in final] == [("ex01_case",), ("ex02_analytic",)]
    after = [b for s in last_day.sessions for b in s.blocks]
    assert after[-len(final) :] == final  # nothing after the final
    assert tt.days[0].modules[0] == "m05-pretest"
    assert tt.days[-1].modules[-1] == "m06-final"


def test_day_frame_times() -> None:
    """09:00 start, 90-minute sessions, 15-minute breaks, an hour's lunch after session 2."""
    sessions, pauses = day_frame(_course(["m01-x"]).schedule)
    assert [(s.start, s.end) for s in sessions] == [
        ("09:00", "10:30"),
        ("10:45", "12:15"),
        ("13:15", "14:45"),
        ("15:00", "16:30"),
    ]
    assert [p.kind for p in pauses] == ["break", "lunch", "break"]


def test_what_does_not_fit_becomes_homework_in_order() -> None:
    """A long module on a short day: its tail goes home, in order, and the lesson stays."""
    mods = {"m01-x": _module("m01-x", 60, ("p01_a", 60), ("p02_b", 80), ("ex01_c", 10))}
    course = Course.model_validate(
        {
            "title": TITLE,
            "modules": ["m01-x"],
            "pass_mark": 60,
            "days": 1,
            "schedule": {"sessions_per_day": 2, "lunch_after": 1, "opening": None, "closing": None},
        }
    )
    tt = build_timetable(course, mods)
    _invariants(tt, course, mods)
    day = tt.days[0]
    assert [b.stems for b in day.sessions[0].blocks] == [()]  # the lesson; p01_a does not fit
    assert [b.stems for b in day.sessions[1].blocks] == [("p01_a",)]
    assert [b.stems for b in day.homework] == [("p02_b",), ("ex01_c",)]


def test_later_notebooks_go_home_too_once_one_did() -> None:
    """ex01_c (10 min) would fit in a gap, but p02_b went home first: order is kept."""
    mods = {"m01-x": _module("m01-x", 50, ("p01_a", 40), ("p02_b", 95), ("ex01_c", 10))}
    course = Course.model_validate(
        {
            "title": TITLE,
            "modules": ["m01-x"],
            "pass_mark": 60,
            "days": 1,
            "schedule": {"sessions_per_day": 1, "lunch_after": 0, "opening": None, "closing": None},
        }
    )
    tt = build_timetable(course, mods)
    _invariants(tt, course, mods)
    assert [b.stems for b in tt.days[0].sessions[0].blocks] == [(), ("p01_a",)]
    assert [b.stems for b in tt.days[0].homework] == [("p02_b",), ("ex01_c",)]


def test_final_keeps_its_place_and_pushes_notebooks_home() -> None:
    """On the last day the final is in class even when the day's notebooks must go home."""
    mods = {
        "m04-x": _module("m04-x", 60, ("p01_a", 90), ("ex01_b", 90), ("ex02_c", 90)),
        "m06-final": _module("m06-final", 0, ("ex01_case", 90)),
    }
    course = Course.model_validate(
        {
            "title": TITLE,
            "modules": ["m04-x", "m06-final"],
            "pass_mark": 60,
            "days": 1,
            "schedule": {"opening": None, "closing": "m06-final"},
        }
    )
    tt = build_timetable(course, mods)
    _invariants(tt, course, mods)
    day = tt.days[0]
    assert [b.stems for b in day.sessions[-1].blocks] == [("ex01_case",)]
    assert [b.stems for b in day.homework] == [("ex02_c",)]


def test_a_block_longer_than_a_session_is_cut_into_parts() -> None:
    """A 200-minute lesson takes three sessions, none over 90 minutes."""
    mods = {"m01-x": _module("m01-x", 200, ("ex01_a", 20))}
    course = Course.model_validate(
        {
            "title": TITLE,
            "modules": ["m01-x"],
            "pass_mark": 60,
            "days": 1,
            "schedule": {"opening": None, "closing": None},
        }
    )
    tt = build_timetable(course, mods)
    _invariants(tt, course, mods)
    parts = [b for s in tt.days[0].sessions for b in s.blocks if b.kind == "lesson"]
    assert [(b.minutes, b.part) for b in parts] == [(90, (1, 3)), (90, (2, 3)), (20, (3, 3))]
    assert tt.days[0].sessions[2].blocks[-1].stems == ("ex01_a",)


def test_untimed_module_fills_time_as_one_divisible_block() -> None:
    """A module with only a lesson total is split at session ends, never over a session."""
    untimed = ModuleTiming(
        "m02-x",
        dict.fromkeys(("uz", "ru", "en"), "x"),
        60,
        (Notebook(("ex01_a", "ex02_b"), "assessment", 100),),
        timed=False,
    )
    course = Course.model_validate(
        {
            "title": TITLE,
            "modules": ["m02-x"],
            "pass_mark": 60,
            "days": 1,
            "schedule": {"opening": None, "closing": None},
        }
    )
    tt = build_timetable(course, {"m02-x": untimed})
    _invariants(tt, course, {"m02-x": untimed})
    first, second = tt.days[0].sessions[:2]
    assert [b.minutes for b in first.blocks] == [60, 30]
    assert [b.minutes for b in second.blocks] == [70]


def test_too_many_lessons_for_a_day_is_an_error_naming_the_day() -> None:
    """Lessons never become homework: when they cannot fit, the error says so."""
    mods = {"m01-x": _module("m01-x", 400)}
    course = Course.model_validate(
        {
            "title": TITLE,
            "modules": ["m01-x"],
            "pass_mark": 60,
            "days": 1,
            "schedule": {"opening": None, "closing": None},
        }
    )
    with pytest.raises(InputError, match=r"day 1: .*\(400 minutes, never homework\) do not fit"):
        build_timetable(course, mods)


def test_missing_module_and_opening_are_reported() -> None:
    """A module without timing, and an opening module not in the course, name their fields."""
    course = _course(["m01-x", "m02-y"])  # defaults: opening m05-pretest, closing m06-final
    with pytest.raises(InputError) as exc:
        build_timetable(course, {"m01-x": _module("m01-x", 60)})
    text = str(exc.value)
    assert "modules[1]" in text
    assert "'m02-y': module missing" in text
    assert "schedule.opening" in text
    assert "'m05-pretest' is not in modules" in text


@pytest.mark.parametrize("seed", range(25))
def test_random_courses_keep_the_invariants(seed: int) -> None:
    """Random module sizes: sessions never over length, all placed once, order and totals kept."""
    rng = random.Random(seed)
    mods: dict[str, ModuleTiming] = {}
    for i in range(rng.randint(1, 7)):
        mid = f"m{i:02d}-x"
        stems = [(f"p{j:02d}_a", rng.randint(5, 120)) for j in range(rng.randint(0, 4))]
        stems += [(f"ex{j:02d}_b", rng.randint(5, 120)) for j in range(rng.randint(1, 4))]
        mods[mid] = _module(mid, rng.choice([0, 30, 60, 90, 120]), *stems)
    days = rng.randint(len(mods), min(10, len(mods) + 2))  # each lesson gets room in class
    course = Course.model_validate(
        {
            "title": TITLE,
            "modules": list(mods),
            "pass_mark": 60,
            "days": days,
            "schedule": {
                "opening": None,
                "closing": None,
                "session_minutes": rng.choice([80, 90]),
                "sessions_per_day": 4,
            },
        }
    )
    tt = build_timetable(course, mods)
    _invariants(tt, course, mods)
    assert len(tt.days) == days


# --------------------------------------------------------------------------- a courses folder


def _write_module(
    courses: Path, mid: str, teaching: int, minutes: dict[str, int] | None, ex_total: int
) -> None:
    folder = courses / mid
    folder.mkdir(parents=True)
    practice = [s for s in (minutes or {}) if s.startswith("p")]
    exercises = [s for s in (minutes or {}) if s.startswith("ex")] or ["ex01_a"]
    lines = [
        f"id: {mid}",
        f'title: {{uz: "{mid} uz", ru: "{mid} ru", en: "{mid} en"}}',
        f"exercises: [{', '.join(exercises)}]",
        f"practice: [{', '.join(practice)}]",
    ]
    if minutes:
        lines.append("minutes: {" + ", ".join(f"{k}: {v}" for k, v in minutes.items()) + "}")
    (folder / "module.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for stem in practice + exercises:
        (folder / f"{stem}.py").write_text(
            f'# %% [markdown] lang="uz"\n# # {stem} sarlavha\n'
            f'# %% [markdown] lang="ru"\n# # {stem} заголовок\n',
            encoding="utf-8",
        )
    (folder / "index.md").write_text(
        f"---\nteaching: {teaching}\nexercises: {ex_total}\n---\n\n# {mid}\n", encoding="utf-8"
    )


def _courses(tmp_path: Path, *, with_final: bool = True) -> Path:
    courses = tmp_path / "courses"
    courses.mkdir()
    _write_module(courses, "m05-pretest", 0, {"ex01_pre": 40}, 40)
    _write_module(courses, "m00-onramp", 30, {"p01_a": 40, "p02_b": 50, "ex01_c": 30}, 120)
    _write_module(courses, "m01-triage", 60, None, 90)  # not yet reworked: one total
    if with_final:
        _write_module(courses, "m06-final", 0, {"ex01_case": 60, "ex02_q": 30}, 90)
    (courses / "course.yaml").write_text(
        "title: {uz: Kurs, ru: Курс, en: Course}\n"
        "modules: [m05-pretest, m00-onramp, m01-triage, m06-final]\n"
        "pass_mark: 60\ndays: 2\nstart: 2026-03-06\n",
        encoding="utf-8",
    )
    return courses


def test_load_from_a_courses_folder(tmp_path: Path) -> None:
    """Timings come from module.yaml and index.md; titles from the notebook sources."""
    tt = load_timetable(_courses(tmp_path))
    assert [d.modules for d in tt.days] == [
        ["m05-pretest", "m00-onramp"],
        ["m01-triage", "m06-final"],
    ]
    assert tt.modules["m00-onramp"].notebooks[0].title["ru"] == "p01_a заголовок"
    assert not tt.modules["m01-triage"].timed
    assert [d.date.isoformat() for d in tt.days if d.date] == ["2026-03-06", "2026-03-09"]
    md = render_markdown(tt, "ru")
    assert "Входной тест" in md
    assert "Итоговая аттестация" in md
    assert "p01_a заголовок (`p01_a`)" in md
    assert "(пятница)" in md
    assert "(понедельник)" in md  # the weekend is skipped
    assert "09:00–10:30" in md
    total = sum(m.minutes for m in tt.modules.values())
    assert f"в аудитории {total} мин, домашнее задание 0 мин" in md


def test_missing_final_module_is_a_clear_error(tmp_path: Path) -> None:
    """course.yaml lists m06-final but the folder is not there yet."""
    courses = _courses(tmp_path, with_final=False)
    with pytest.raises(InputError, match=r"modules\[3\].*m06-final"):
        load_timetable(courses)


def test_final_not_listed_is_a_clear_error(tmp_path: Path) -> None:
    """The default closing module must be in the course (or set to null)."""
    courses = _courses(tmp_path, with_final=False)
    (courses / "course.yaml").write_text(
        "title: {uz: Kurs, ru: Курс, en: Course}\n"
        "modules: [m05-pretest, m00-onramp, m01-triage]\npass_mark: 60\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"schedule\.closing.*'m06-final' is not in modules"):
        load_timetable(courses)


def test_missing_teaching_minutes_names_the_file(tmp_path: Path) -> None:
    """A lesson without ``teaching:`` in its front matter: file and field in the message."""
    courses = _courses(tmp_path)
    lesson = courses / "m01-triage" / "index.md"
    lesson.write_text("---\nexercises: 90\n---\n\n# x\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"m01-triage/index\.md: teaching"):
        load_timetable(courses)


def test_html_is_printable(tmp_path: Path) -> None:
    """The standalone page has A4 print rules and one block per day."""
    page = render_html(load_timetable(_courses(tmp_path)), "uz")
    assert "@page { size: A4" in page
    assert page.count('class="malaka-day"') == 2
    assert "<table>" in page
    assert "Dastlabki test" in page


def test_command_writes_the_timetable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``malaka course timetable --lang en --out FILE`` on a checkout's courses folder."""
    from typer.testing import CliRunner

    from malaka.cli import app
    from malaka.grading.layout import Layout

    courses = _courses(tmp_path)
    layout = Layout(courses, tmp_path / "build", tmp_path / "mutants", tmp_path / "specs")
    monkeypatch.setattr(Layout, "default", classmethod(lambda _cls, _root=None: layout))
    out = tmp_path / "out" / "week.md"
    result = CliRunner().invoke(app, ["course", "timetable", "--lang", "en", "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Timetable")
    assert "Pre-test" in text
    result = CliRunner().invoke(app, ["course", "timetable", "--lang", "xx"])
    assert result.exit_code != 0


def test_bad_schedule_names_the_field(tmp_path: Path) -> None:
    """A clock time written "9:00" (not "09:00") is refused with the file and the field."""
    courses = _courses(tmp_path)
    path = courses / "course.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + "schedule: {day_start: '9:00'}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as exc:
        load_timetable(courses)
    text = str(exc.value)
    assert "course.yaml" in text
    assert "schedule" in text
    assert "day_start" in text
