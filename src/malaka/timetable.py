"""The timetable of a cohort (`days:` in course.yaml), generated from the modules' own timings.

Inputs: ``courses/course.yaml`` (module order, number of days, how a day runs: see
``malaka.course.Schedule``) and, per module, the lesson's ``teaching:`` minutes (front matter of
``index.md``) and each notebook's ``minutes:`` in ``module.yaml`` (practice notebooks first, then
the graded exercises). A module without per-notebook minutes is scheduled as one block of its
lesson's ``exercises:`` minutes: the times are never invented.

``build_timetable`` is a pure function (course + module timings -> days -> sessions):

1. Days: the pre-test (``schedule.opening``) opens day 1 and the final (``schedule.closing``)
   closes the last day; the other modules keep their order and are cut into one contiguous run
   per day so that the days' loads are as even as possible (least sum of squared loads).
2. Sessions: a day's blocks fill its sessions in order; a block never straddles two sessions
   unless it alone is longer than a session (then it is cut into parts). Lessons and the
   blocks of the pre-test and the final must happen in class; a notebook that would leave no
   room for them, or that no longer fits in the day, becomes homework, together with the
   module's later notebooks (the order within a module is kept).

``load_timetable`` reads the inputs from a courses folder; ``render_markdown`` prints the
result (site page and ``malaka course timetable``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Final, Literal

import yaml

from malaka.course import Course, Schedule, load_course
from malaka.errors import InputError, Problem

LANGS: Final[tuple[str, ...]] = ("uz", "ru", "en")
Kind = Literal["lesson", "practice", "assessment"]


@dataclass(frozen=True)
class Notebook:
    """One notebook (or, for an untimed module, all its exercises) with its estimated time."""

    stems: tuple[str, ...]
    kind: Kind
    minutes: int
    title: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ModuleTiming:
    """What the timetable needs of one module."""

    id: str
    title: Mapping[str, str]
    teaching: int
    notebooks: tuple[Notebook, ...]
    #: False when module.yaml gives no per-notebook minutes (one block of the lesson's total).
    timed: bool = True

    @property
    def minutes(self) -> int:
        """Teaching plus every notebook."""
        return self.teaching + sum(n.minutes for n in self.notebooks)


@dataclass(frozen=True)
class Block:
    """A piece of work placed in a session (or given as homework)."""

    module: str
    kind: Kind
    minutes: int
    stems: tuple[str, ...] = ()
    title: Mapping[str, str] = field(default_factory=dict)
    part: tuple[int, int] | None = None  # (i, n) when cut over n sessions
    in_class: bool = False  # lessons, pre-test, final: never homework
    #: May be cut anywhere (the exercises of an untimed module: one total for several notebooks).
    divisible: bool = False


@dataclass
class Session:
    """One teaching session: its clock times and the blocks in it."""

    number: int
    start: str
    end: str
    length: int
    blocks: list[Block] = field(default_factory=list)

    @property
    def used(self) -> int:
        """Minutes of work placed in the session."""
        return sum(b.minutes for b in self.blocks)


@dataclass
class Pause:
    """A break or lunch between two sessions."""

    kind: Literal["break", "lunch"]
    start: str
    end: str


@dataclass
class Day:
    """One day of the course."""

    number: int
    date: dt.date | None
    modules: list[str]
    sessions: list[Session]
    pauses: list[Pause]  # pauses[i] follows sessions[i]
    homework: list[Block] = field(default_factory=list)


@dataclass
class Timetable:
    """The whole course, day by day."""

    title: Mapping[str, str]
    schedule: Schedule
    days: list[Day]
    modules: Mapping[str, ModuleTiming]

    def blocks(self) -> list[Block]:
        """Every block, in class then homework, day by day."""
        out: list[Block] = []
        for day in self.days:
            for s in day.sessions:
                out += s.blocks
            out += day.homework
        return out


# --------------------------------------------------------------------------- scheduling


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def day_frame(schedule: Schedule) -> tuple[list[Session], list[Pause]]:
    """Empty sessions of one day with their times, and the breaks and lunch between them."""
    hours, mins = (int(x) for x in schedule.day_start.split(":"))
    now = hours * 60 + mins
    sessions: list[Session] = []
    pauses: list[Pause] = []
    for i in range(schedule.sessions_per_day):
        end = now + schedule.session_minutes
        sessions.append(Session(i + 1, _clock(now), _clock(end), schedule.session_minutes))
        now = end
        if i + 1 < schedule.sessions_per_day:
            lunch = schedule.lunch_after == i + 1
            pause = schedule.lunch_minutes if lunch else schedule.break_minutes
            pauses.append(Pause("lunch" if lunch else "break", _clock(now), _clock(now + pause)))
            now += pause
    return sessions, pauses


def _blocks(mod: ModuleTiming, *, in_class: bool) -> list[Block]:
    out: list[Block] = []
    if mod.teaching > 0:
        out.append(Block(mod.id, "lesson", mod.teaching, title=mod.title, in_class=True))
    out += [
        Block(
            mod.id, n.kind, n.minutes, n.stems, n.title, in_class=in_class, divisible=not mod.timed
        )
        for n in mod.notebooks
        if n.minutes > 0
    ]
    return out


def _partition(loads: Sequence[int], days: int, first: int, last: int) -> list[int]:
    """Days (0-based) for ``loads`` in order, contiguous, least sum of squared day loads.

    ``first`` and ``last`` are fixed loads already on the first and last day.
    """
    n = len(loads)
    prefix = [0]
    for x in loads:
        prefix.append(prefix[-1] + x)
    inf = float("inf")
    # cost[d][i]: best cost of putting the first i modules on days 0..d-1
    cost = [[inf] * (n + 1) for _ in range(days + 1)]
    cut = [[0] * (n + 1) for _ in range(days + 1)]
    cost[0][0] = 0.0
    for d in range(1, days + 1):
        extra = (first if d == 1 else 0) + (last if d == days else 0)
        for i in range(n + 1):
            for j in range(i + 1):
                if cost[d - 1][j] == inf:
                    continue
                load = prefix[i] - prefix[j] + extra
                c = cost[d - 1][j] + load * load
                if c < cost[d][i]:
                    cost[d][i], cut[d][i] = c, j
    out = [0] * n
    i = n
    for d in range(days, 0, -1):
        j = cut[d][i]
        for k in range(j, i):
            out[k] = d - 1
        i = j
    return out


@dataclass
class _Cursor:
    session: int = 0
    used: list[int] = field(default_factory=list)


def _place(
    block: Block, cur: _Cursor, length: int, *, fresh: bool = False
) -> list[tuple[int, Block]] | None:
    """Where ``block`` goes from the cursor (next fit); ``None`` when the day has no room.

    A block is cut only when it alone is longer than a session. Moves the cursor on success.
    """
    s = cur.session
    if block.divisible:
        return _fill(block, cur, length, fresh=fresh)
    if s < len(cur.used) and cur.used[s] and (fresh or block.minutes > length - cur.used[s]):
        s += 1
    if block.minutes <= length:
        if s >= len(cur.used):
            return None
        cur.session = s
        cur.used[s] += block.minutes
        return [(s, block)]
    parts = -(-block.minutes // length)
    if s + parts > len(cur.used):
        return None
    placed = []
    left = block.minutes
    for i in range(parts):
        take = min(length, left)
        left -= take
        placed.append((s + i, replace(block, minutes=take, part=(i + 1, parts))))
        cur.used[s + i] += take
    cur.session = s + parts - 1
    return placed


def _fill(
    block: Block, cur: _Cursor, length: int, *, fresh: bool
) -> list[tuple[int, Block]] | None:
    """Place a divisible block in the time left from the cursor on, cut where sessions end."""
    s = cur.session + (1 if fresh and cur.used[cur.session] else 0)
    used = list(cur.used)
    pieces: list[tuple[int, int]] = []
    left = block.minutes
    while left:
        if s >= len(used):
            return None
        take = min(length - used[s], left)
        if take:
            pieces.append((s, take))
            used[s] += take
            left -= take
        if left:
            s += 1
    cur.used[:] = used
    cur.session = s
    if len(pieces) == 1:
        return [(pieces[0][0], block)]
    n = len(pieces)
    return [(i, replace(block, minutes=m, part=(k + 1, n))) for k, (i, m) in enumerate(pieces)]


def _schedule_day(day: Day, items: list[tuple[Block, bool]], length: int, course_file: str) -> None:
    """Fill the day's sessions with ``items`` ((block, starts a fresh session)) in order."""
    cur = _Cursor(used=[0] * len(day.sessions))
    overflowed: set[str] = set()
    for index, (block, fresh) in enumerate(items):
        if not block.in_class:
            if block.module in overflowed:
                day.homework.append(block)
                continue
            trial = _Cursor(cur.session, list(cur.used))
            ok = _place(block, trial, length, fresh=fresh) is not None and all(
                _place(b, trial, length, fresh=f) is not None
                for b, f in items[index + 1 :]
                if b.in_class
            )
            if not ok:
                overflowed.add(block.module)
                day.homework.append(block)
                continue
        placed = _place(block, cur, length, fresh=fresh)
        if placed is None:
            need = sum(b.minutes for b, _ in items if b.in_class)
            raise InputError.single(
                course_file,
                "schedule",
                f"day {day.number}: the lessons, pre-test and final of {', '.join(day.modules)} "
                f"({need} minutes, never homework) do not fit in class in "
                f"{len(day.sessions)} sessions of {length} minutes without cutting a block; "
                "add a day, lengthen the sessions or move a module",
            )
        for s, part in placed:
            day.sessions[s].blocks.append(part)


def build_timetable(
    course: Course, modules: Mapping[str, ModuleTiming], *, course_file: str = "course.yaml"
) -> Timetable:
    """Days -> sessions -> blocks for ``course`` from the module timings (a pure function)."""
    sched = course.schedule
    problems = [
        Problem(course_file, f"modules[{i}]", f"{mid!r}: module missing (no timing for it)")
        for i, mid in enumerate(course.modules)
        if mid not in modules
    ]
    for key in ("opening", "closing"):
        mid = getattr(sched, key)
        if mid is not None and mid not in course.modules:
            problems.append(
                Problem(
                    course_file,
                    f"schedule.{key}",
                    f"{mid!r} is not in modules (add it, or set schedule.{key}: null)",
                )
            )
    if sched.opening is not None and sched.opening == sched.closing:
        problems.append(Problem(course_file, "schedule.closing", "same module as opening"))
    if problems:
        raise InputError(problems)
    ordinary = [m for m in course.modules if m not in (sched.opening, sched.closing)]
    first = modules[sched.opening].minutes if sched.opening else 0
    last = modules[sched.closing].minutes if sched.closing else 0
    if course.days == 1:
        first, last = first + last, 0
    day_of = _partition([modules[m].minutes for m in ordinary], course.days, first, last)
    days: list[Day] = []
    for d in range(course.days):
        sessions, pauses = day_frame(sched)
        mids = [m for m, k in zip(ordinary, day_of, strict=True) if k == d]
        items: list[tuple[Block, bool]] = []
        if d == 0 and sched.opening:
            mids.insert(0, sched.opening)
            items += [(b, False) for b in _blocks(modules[sched.opening], in_class=True)]
        for m in mids:
            if m != sched.opening:
                items += [(b, False) for b in _blocks(modules[m], in_class=False)]
        if d == course.days - 1 and sched.closing:
            mids.append(sched.closing)
            closing = _blocks(modules[sched.closing], in_class=True)
            items += [(b, i == 0) for i, b in enumerate(closing)]
        day = Day(d + 1, _date(course.start, d), mids, sessions, pauses)
        _schedule_day(day, items, sched.session_minutes, course_file)
        days.append(day)
    return Timetable(course.title.model_dump(), sched, days, modules)


def _date(start: dt.date | None, index: int) -> dt.date | None:
    """The ``index``-th working day (Monday to Friday) from ``start``."""
    if start is None:
        return None
    day = start
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    for _ in range(index):
        day += dt.timedelta(days=1)
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
    return day


# --------------------------------------------------------------------------- reading inputs

_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
_MD_CELL = re.compile(
    r"^# %% \[markdown\](?P<meta>[^\n]*)\n(?P<body>(?:#(?! %%)[^\n]*\n?)*)", re.MULTILINE
)


def _front_matter(path: Path) -> dict[str, object]:
    m = _FRONT.match(path.read_text(encoding="utf-8"))
    if m is None:
        return {}
    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError as exc:
        raise InputError.single(str(path), "front matter", str(exc).splitlines()[0]) from exc
    return data if isinstance(data, dict) else {}


def notebook_titles(source: Path) -> dict[str, str]:
    """The first ``# Title`` of each language's markdown cells in a jupytext source."""
    out: dict[str, str] = {}
    if not source.is_file():
        return out
    for m in _MD_CELL.finditer(source.read_text(encoding="utf-8")):
        lang_m = re.search(r'lang="(\w+)"', m.group("meta"))
        if re.search(r"\bhint=", m.group("meta")):
            continue
        lang = lang_m.group(1) if lang_m else None
        for line in m.group("body").splitlines():
            title = re.match(r"^# # (.+)$", line)
            if title:
                for key in [lang] if lang else LANGS:
                    out.setdefault(key, title.group(1).strip())
                break
    return out


def _minutes_key(path: Path, data: Mapping[str, object], key: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputError.single(str(path), key, f"{value!r} is not a number of minutes")
    return value


def read_module(courses: Path, module_id: str) -> ModuleTiming:
    """A module's timing from ``module.yaml`` and the front matter of its ``index.md``."""
    folder = courses / module_id
    meta_path = folder / "module.yaml"
    if not meta_path.is_file():
        raise InputError.single(str(meta_path), "module", "missing: the module has no module.yaml")
    try:
        meta = yaml.safe_load(meta_path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise InputError.single(str(meta_path), "yaml", str(exc).splitlines()[0]) from exc
    if not isinstance(meta, dict):
        raise InputError.single(str(meta_path), "", "must be a mapping")
    lesson = folder / "index.md"
    if not lesson.is_file():
        raise InputError.single(str(lesson), "teaching", "missing: no lesson page with timings")
    front = _front_matter(lesson)
    teaching = _minutes_key(lesson, front, "teaching")
    if teaching is None:
        raise InputError.single(
            str(lesson), "teaching", "missing in the front matter (minutes of teaching)"
        )
    raw_title = meta.get("title") or {}
    title = {
        lang: str(raw_title.get(lang) or raw_title.get("uz") or module_id)
        if isinstance(raw_title, dict)
        else str(raw_title)
        for lang in LANGS
    }
    practice = [str(s) for s in meta.get("practice") or []]
    exercises = [str(s) for s in meta.get("exercises") or []]
    minutes = meta.get("minutes") or {}
    if not isinstance(minutes, dict):
        raise InputError.single(str(meta_path), "minutes", "must map notebook stems to minutes")
    if not minutes:
        total = _minutes_key(lesson, front, "exercises")
        if total is None:
            raise InputError.single(
                str(meta_path),
                "minutes",
                "missing, and index.md gives no exercises: minutes either (no time to schedule)",
            )
        block = Notebook(tuple(practice + exercises), "assessment", total)
        return ModuleTiming(module_id, title, teaching, (block,) if total else (), timed=False)
    notebooks = []
    kinds: tuple[tuple[Kind, list[str]], ...] = (("practice", practice), ("assessment", exercises))
    for kind, stems in kinds:
        for stem in stems:
            value = minutes.get(stem)
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                raise InputError.single(
                    str(meta_path), f"minutes.{stem}", f"{value!r}: needs a positive number"
                )
            notebooks.append(Notebook((stem,), kind, value, notebook_titles(folder / f"{stem}.py")))
    return ModuleTiming(module_id, title, teaching, tuple(notebooks))


def load_timetable(courses: Path) -> Timetable:
    """Read ``course.yaml`` and every listed module, then build the timetable."""
    path = courses / "course.yaml"
    course = load_course(courses)
    for key in ("opening", "closing"):
        mid = getattr(course.schedule, key)
        if mid is not None and mid not in course.modules:
            hint = "" if (courses / mid).is_dir() else f" and courses/{mid}/ does not exist"
            raise InputError.single(
                str(path),
                f"schedule.{key}",
                f"{mid!r} is not in modules{hint} (add the module, or set schedule.{key}: null)",
            )
    modules = {m: read_module(courses, m) for m in course.modules}
    return build_timetable(course, modules, course_file=str(path))


# --------------------------------------------------------------------------- printing

TEXT: Final[dict[str, dict[str, str]]] = {
    "title": {"uz": "Dars jadvali", "ru": "Расписание занятий", "en": "Timetable"},
    "day": {"uz": "{n}-kun", "ru": "День {n}", "en": "Day {n}"},
    "time": {"uz": "Vaqt", "ru": "Время", "en": "Time"},
    "what": {"uz": "Nima qilinadi", "ru": "Что делаем", "en": "What"},
    "kind": {"uz": "Turi", "ru": "Вид", "en": "Kind"},
    "minutes": {"uz": "Daqiqa", "ru": "Мин", "en": "Min"},
    "session": {"uz": "{n}-mashg'ulot", "ru": "Занятие {n}", "en": "Session {n}"},
    "break": {"uz": "Tanaffus", "ru": "Перерыв", "en": "Break"},
    "lunch": {"uz": "Tushlik", "ru": "Обед", "en": "Lunch"},
    "free": {"uz": "bo'sh vaqt", "ru": "свободное время", "en": "free time"},
    "homework": {"uz": "Uyga vazifa", "ru": "Домашнее задание", "en": "Homework"},
    "no_homework": {"uz": "Uyga vazifa yo'q.", "ru": "Домашнего задания нет.", "en": "None."},
    "lesson": {"uz": "Dars", "ru": "Урок", "en": "Lesson"},
    "practice": {"uz": "Mashq qilish", "ru": "Практика", "en": "Practice"},
    "assessment": {"uz": "Baholanadigan mashq", "ru": "Оцениваемое задание", "en": "Assessment"},
    "opening": {"uz": "Dastlabki test", "ru": "Входной тест", "en": "Pre-test"},
    "closing": {"uz": "Yakuniy baholash", "ru": "Итоговая аттестация", "en": "Final assessment"},
    "untimed": {
        "uz": "mashqlar (vaqti umumiy berilgan)",
        "ru": "упражнения (время дано общее)",
        "en": "exercises (one total time given)",
    },
    "part": {"uz": "{i}/{n}-qism", "ru": "часть {i}/{n}", "en": "part {i}/{n}"},
    "modules": {"uz": "Modullar", "ru": "Модули", "en": "Modules"},
    "totals": {
        "uz": "Jami: darsda {cls} daq., uyga vazifa {hw} daq.",
        "ru": "Итого: в аудитории {cls} мин, домашнее задание {hw} мин.",
        "en": "Total: {cls} min in class, {hw} min of homework.",
    },
    "intro": {
        "uz": "Jadval modullarning o'z vaqtlaridan yaratiladi: darsning `teaching:` daqiqalari "
        "va har bir daftarning `module.yaml` dagi `minutes:` qiymati. Kunga sig'maganlar uyga "
        "vazifa bo'ladi. Kun {start} da boshlanadi, mashg'ulot {length} daqiqa.",
        "ru": "Расписание строится из времени самих модулей: минуты урока `teaching:` и "
        "`minutes:` каждой тетради в `module.yaml`. Что не помещается в день, становится "
        "домашним заданием. День начинается в {start}, занятие длится {length} минут.",
        "en": "Generated from the modules' own timings: each lesson's `teaching:` minutes and "
        "each notebook's `minutes:` in `module.yaml`. What does not fit in a day becomes "
        "homework. The day starts at {start}; a session lasts {length} minutes.",
    },
}
WEEKDAYS: Final[dict[str, tuple[str, ...]]] = {
    "uz": ("dushanba", "seshanba", "chorshanba", "payshanba", "juma", "shanba", "yakshanba"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def _t(key: str, lang: str, **kw: object) -> str:
    text = TEXT[key].get(lang) or TEXT[key]["uz"]
    return text.format(**kw) if kw else text


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _label(tt: Timetable, block: Block, lang: str) -> str:
    mod = tt.modules[block.module]
    code = block.module.split("-", 1)[0].upper()
    if block.kind == "lesson":
        what = f"{code} · {mod.title.get(lang) or mod.title.get('uz', block.module)}"
    elif not mod.timed:
        what = f"{code} · {_t('untimed', lang)}: " + ", ".join(f"`{s}`" for s in block.stems)
    else:
        stem = block.stems[0] if block.stems else ""
        title = block.title.get(lang) or block.title.get("uz")
        what = f"{code} · {title} (`{stem}`)" if title else f"{code} · `{stem}`"
    if block.module == tt.schedule.opening:
        what = f"**{_t('opening', lang)}** — {what}"
    elif block.module == tt.schedule.closing:
        what = f"**{_t('closing', lang)}** — {what}"
    if block.part:
        what += f" ({_t('part', lang, i=block.part[0], n=block.part[1])})"
    return _cell(what)


def render_markdown(tt: Timetable, lang: str, *, heading: bool = True) -> str:
    """The timetable as Markdown: one table per day, then that day's homework."""
    sched = tt.schedule
    lines: list[str] = []
    if heading:
        lines += [f"# {_t('title', lang)}", ""]
        name = tt.title.get(lang) or tt.title.get("uz", "")
        if name:
            lines += [f"**{_cell(name)}**", ""]
    lines += [_t("intro", lang, start=sched.day_start, length=sched.session_minutes), ""]
    in_class = homework = 0
    for day in tt.days:
        head = _t("day", lang, n=day.number)
        if day.date is not None:
            head += f" · {day.date.isoformat()} ({WEEKDAYS[lang][day.date.weekday()]})"
        codes = ", ".join(m.split("-", 1)[0].upper() for m in day.modules) or "—"
        lines += [
            '<div class="malaka-day" markdown>',
            "",
            f"## {head}",
            "",
            f"{_t('modules', lang)}: {codes}",
            "",
            f"| {_t('time', lang)} | {_t('what', lang)} | {_t('kind', lang)} | "
            f"{_t('minutes', lang)} |",
            "|---|---|---|--:|",
        ]
        for i, session in enumerate(day.sessions):
            lines.append(
                f"| **{session.start}–{session.end}** | "
                f"**{_t('session', lang, n=session.number)}** | | |"
            )
            for block in session.blocks:
                lines.append(
                    f"| | {_label(tt, block, lang)} | {_t(block.kind, lang)} | {block.minutes} |"
                )
            free = session.length - session.used
            if free >= 5:
                lines.append(f"| | *{_t('free', lang)}* | | {free} |")
            in_class += session.used
            if i < len(day.pauses):
                p = day.pauses[i]
                lines.append(f"| {p.start}–{p.end} | *{_t(p.kind, lang)}* | | |")
        lines += ["", f"**{_t('homework', lang)}:**", ""]
        if day.homework:
            for block in day.homework:
                lines.append(
                    f"- {_label(tt, block, lang)} — {_t(block.kind, lang)}, {block.minutes} "
                    f"{_t('minutes', lang).lower()}"
                )
                homework += block.minutes
        else:
            lines.append(_t("no_homework", lang))
        lines += ["", "</div>", ""]
    lines.append(_t("totals", lang, cls=in_class, hw=homework))
    return "\n".join(lines) + "\n"


PRINT_CSS: Final[str] = """
@page { size: A4; margin: 12mm; }
body { font: 10pt/1.35 system-ui, "Segoe UI", Arial, sans-serif; color: #111; margin: 0 auto;
  max-width: 190mm; }
h1 { font-size: 16pt; margin: 0 0 4pt; }
h2 { font-size: 12pt; margin: 10pt 0 3pt; }
table { border-collapse: collapse; width: 100%; table-layout: auto; }
th, td { border: 0.5pt solid #999; padding: 2pt 4pt; vertical-align: top; text-align: left;
  overflow-wrap: anywhere; }
td:last-child, th:last-child { text-align: right; white-space: nowrap; }
td:first-child { white-space: nowrap; }
code { font-size: 8.5pt; }
.malaka-day { break-inside: avoid; page-break-inside: avoid; }
@media print { .malaka-day + .malaka-day { break-before: auto; } }
"""


def render_html(tt: Timetable, lang: str) -> str:
    """A standalone printable page (A4) of the timetable."""
    import html

    import markdown  # type: ignore[import-untyped]

    body = markdown.markdown(
        render_markdown(tt, lang), extensions=["tables", "md_in_html", "attr_list"]
    )
    title = html.escape(_t("title", lang))
    return (
        f'<!doctype html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n<style>{PRINT_CSS}</style>\n</head>\n<body>\n{body}\n"
        "</body>\n</html>\n"
    )
