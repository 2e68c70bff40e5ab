"""``malaka grade certificates``: a printable certificate per trainee who passed, and a summary.

Rule (:meth:`malaka.grading.progress.Cohort.passed_all`): every module given on the command line
handed in, and the course's ``certify`` modules among them (the final) passed, each by
:meth:`malaka.course.Course.passed`; the pass mark and the list are set only in
``courses/course.yaml``.
Each certificate is one PDF of two A4 landscape pages, Uzbek then Russian (the institute prints
the one it needs, or both back to back), made from a self-contained HTML page that is written
beside it. The cohort summary (``summary.html`` + ``summary.csv``) lists every trainee, passed
or not.

Names come from an optional roster CSV (UTF-8, a header row, columns ``id`` and ``name``, and
optionally ``name_ru`` for the Russian page; other columns are ignored). ``id`` is the trainee id
used by ``malaka grade collect`` (the hand-in folder's name). Without a roster, or for a trainee
the roster lacks, the id is printed.

PDF: Chromium's own ``--print-to-pdf`` on the system browser (:mod:`malaka.browser`), not
Playwright's ``page.pdf()``: Playwright is only a test dependency, and the command line needs no
Python package beyond the runtime ones.
"""

from __future__ import annotations

import concurrent.futures as cf
import csv
import datetime as dt
import html
import io
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from malaka.atomic import write_text
from malaka.errors import InputError, Problem
from malaka.grading.collect import TRAINEE_ID
from malaka.grading.layout import Layout
from malaka.grading.progress import (
    WORDS,
    Cohort,
    ModuleResult,
    cohort,
    html_page,
    pct,
    tri,
)

#: Seconds one Chromium may take to print one certificate.
PRINT_TIMEOUT = 120.0


@dataclass(frozen=True)
class Person:
    """A roster entry: the name on the Uzbek page and on the Russian one."""

    name: str
    name_ru: str


@dataclass
class CertificateResult:
    """What was written, and what the instructor should know."""

    certificates: list[Path] = field(default_factory=list)
    summary: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


# --- roster -----------------------------------------------------------------------------------


def load_roster(path: Path) -> dict[str, Person]:
    """Read a roster CSV (see the module docstring); every problem is reported at once."""
    where = str(path)
    if not path.is_file():
        raise InputError.single(where, "roster", "file not found")
    try:
        text = path.read_text(encoding="utf-8-sig")  # Excel writes a byte-order mark
    except UnicodeDecodeError as exc:
        raise InputError.single(
            where, "roster", f"not UTF-8 text (save it as 'CSV UTF-8'): {exc.reason}"
        ) from exc
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in ("id", "name") if c not in header]
    if missing:
        raise InputError.single(
            where,
            "header",
            f"missing column(s) {', '.join(missing)}: the first row must name the columns "
            f"id,name (found {','.join(header) or 'nothing'})",
            line=1,
        )
    problems: list[Problem] = []
    people: dict[str, Person] = {}
    first_row: dict[str, int] = {}
    for raw in reader:
        line = reader.line_num
        row = {(k or "").strip(): (v or "").strip() for k, v in raw.items() if isinstance(v, str)}
        if not any(row.values()):
            continue  # a blank line
        trainee, name = row.get("id", ""), row.get("name", "")
        if not trainee:
            problems.append(Problem(where, "id", "empty", line))
        elif not TRAINEE_ID.fullmatch(trainee):
            problems.append(
                Problem(
                    where,
                    "id",
                    f"{trainee!a}: 1 to 64 ASCII letters, digits, - and _ (as the hand-in folder)",
                    line,
                )
            )
        elif trainee in first_row:
            problems.append(
                Problem(where, "id", f"{trainee!r} already on line {first_row[trainee]}", line)
            )
        if not name:
            problems.append(Problem(where, "name", "empty", line))
        if trainee and trainee not in first_row:
            first_row[trainee] = line
            people[trainee] = Person(name, row.get("name_ru") or name)
    if problems:
        raise InputError(problems)
    if not people:
        raise InputError.single(where, "roster", "no trainees listed")
    return people


# --- dates ------------------------------------------------------------------------------------


def course_dates(
    start: dt.date | None, end: dt.date | None, data: Cohort, today: dt.date | None = None
) -> tuple[dt.date, dt.date]:
    """The dates printed: the options, else ``start``/``end`` of course.yaml.

    Else the course ends today and started ``days - 1`` days earlier (printing on the last day).
    """
    end = end or data.course.end or today or dt.date.today()
    start = start or data.course.start or end - dt.timedelta(days=data.course.days - 1)
    if end < start:
        raise InputError.single(
            "--from/--to", "dates", f"the end {end} is before the start {start}"
        )
    return start, end


def _day(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


# --- pages ------------------------------------------------------------------------------------

_TEXT = {
    "uz": {
        "kind": "SERTIFIKAT",
        "body": (
            "Ushbu sertifikat bilan tasdiqlanadiki, <strong>{name}</strong> {start} – {end} "
            "kunlari o'tkazilgan «{course}» malaka oshirish kursini muvaffaqiyatli tamomladi."
        ),
        "table": "Modullar bo'yicha natijalar",
        "date": "Berilgan sana",
        "number": "Qayd raqami",
        "head": "Kurs rahbari",
        "seal": "M.O'.",
    },
    "ru": {
        "kind": "СЕРТИФИКАТ",
        "body": (
            "Настоящий сертификат выдан <strong>{name}</strong> в подтверждение успешного "
            "окончания курса повышения квалификации «{course}», проходившего с {start} по {end}."
        ),
        "table": "Результаты по модулям",
        "date": "Дата выдачи",
        "number": "Регистрационный №",
        "head": "Руководитель курса",
        "seal": "М.П.",
    },
}

_CERT_CSS = """
@page{size:A4 landscape;margin:0}
html,body{margin:0;padding:0}
body{color:#1f2328;font-family:"DejaVu Serif","Noto Serif","Times New Roman",serif}
.page{box-sizing:border-box;width:297mm;height:210mm;padding:14mm 20mm;overflow:hidden;
border:3mm double #1f4e79;display:flex;flex-direction:column}
.page+.page{break-before:page}
.inst{text-align:center;font-size:13pt;letter-spacing:.04em;text-transform:uppercase;margin:0}
h1{text-align:center;font-size:30pt;letter-spacing:.3em;color:#1f4e79;margin:6mm 0 4mm}
.body{font-size:14pt;line-height:1.5;text-align:center;margin:0 10mm 4mm}
h2{font-size:12pt;margin:2mm 0 1mm}
table{border-collapse:collapse;width:100%;font-size:11pt}
th,td{border:1px solid #8c959f;padding:1.2mm 2.5mm;text-align:left}
th{background:#eef3f8}
td.num{text-align:right;white-space:nowrap}
.mark{font-size:10pt;margin:1.5mm 0 0}
.foot{margin-top:auto;display:flex;justify-content:space-between;align-items:flex-end;font-size:11pt}
.sign{border-top:1px solid #1f2328;min-width:60mm;padding-top:1mm;text-align:center}
.id{font-size:8pt;color:#57606a}
"""


def module_titles(layout: Layout, modules: list[str]) -> dict[str, dict[str, str]]:
    """module -> {"uz": title, "ru": title} from each ``module.yaml`` (the id if unreadable)."""
    from malaka.grading.authoring import load_module

    titles: dict[str, dict[str, str]] = {}
    for module_id in modules:
        try:
            spec = load_module(layout, module_id)
            titles[module_id] = {"uz": spec.title.uz, "ru": spec.title.ru}
        except InputError:
            titles[module_id] = {"uz": module_id, "ru": module_id}
    return titles


def _score_rows(results: list[ModuleResult], titles: dict[str, dict[str, str]], lang: str) -> str:
    rows = []
    for r in results:
        percent = r.percent
        status = WORDS["passed" if r.passed else "failed"][lang]
        rows.append(
            f"<tr><td>{html.escape(titles[r.module][lang])}</td>"
            f'<td class="num">{0 if r.score is None else r.score:g}</td>'
            f'<td class="num">{r.max_score:g}</td>'
            f'<td class="num">{pct(percent)}</td>'
            f"<td>{status}</td></tr>"
        )
    return "\n".join(rows)


def certificate_html(
    trainee: str,
    person: Person | None,
    data: Cohort,
    titles: dict[str, dict[str, str]],
    dates: tuple[dt.date, dt.date],
) -> str:
    """The two pages (Uzbek, Russian) of one trainee's certificate."""
    pages = []
    results = data.of(trainee)
    for lang in ("uz", "ru"):
        text = _TEXT[lang]
        name = trainee if person is None else (person.name if lang == "uz" else person.name_ru)
        course = getattr(data.course.title, lang)
        institute = getattr(data.course.institute, lang) if data.course.institute else ""
        body = text["body"].format(
            name=html.escape(name),
            course=html.escape(course),
            start=_day(dates[0]),
            end=_day(dates[1]),
        )
        head = "".join(
            f"<th>{WORDS[k][lang]}</th>" for k in ("module", "score", "max", "percent", "result")
        )
        pages.append(
            f'<section class="page" lang="{lang}">\n'
            + (f'<p class="inst">{html.escape(institute)}</p>\n' if institute else "")
            + f"<h1>{text['kind']}</h1>\n"
            f'<p class="body">{body}</p>\n'
            f"<h2>{text['table']}</h2>\n"
            f"<table><thead><tr>{head}</tr></thead>\n<tbody>\n"
            f"{_score_rows(results, titles, lang)}\n</tbody></table>\n"
            f'<p class="mark">{WORDS["pass_mark"][lang]}: {data.course.pass_mark:g}%</p>\n'
            '<div class="foot">\n'
            f"<div>{text['date']}: {_day(dates[1])}<br>{text['number']}: ________<br>"
            f'<span class="id">ID: {html.escape(trainee)}</span></div>\n'
            f"<div>{text['seal']}</div>\n"
            f'<div class="sign">{text["head"]}</div>\n'
            "</div>\n</section>"
        )
    title = f"{_TEXT['uz']['kind']} · {trainee}"
    return html_page(title, "\n".join(pages), "uz", _CERT_CSS, main=False)


def summary_csv(data: Cohort, people: dict[str, Person], got: set[str]) -> str:
    """Every trainee: per module score, max, percent and passed; certificate yes or no."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    header = ["trainee", "name"]
    for m in data.modules:
        header += [f"{m}_score", f"{m}_max", f"{m}_percent", f"{m}_passed"]
    writer.writerow([*header, "certificate"])
    for trainee in data.trainees:
        row: list[str] = [trainee, people[trainee].name if trainee in people else ""]
        for r in data.of(trainee):
            percent = r.percent
            row += [
                "" if r.score is None else f"{r.score:g}",
                f"{r.max_score:g}",
                "" if percent is None else f"{percent:.1f}",
                "yes" if r.passed else "no",
            ]
        writer.writerow([*row, "yes" if trainee in got else "no"])
    return buf.getvalue()


def summary_html(
    data: Cohort,
    people: dict[str, Person],
    got: set[str],
    titles: dict[str, dict[str, str]],
    dates: tuple[dt.date, dt.date],
) -> str:
    """The cohort summary page: every trainee, a cell per module, certificate or not."""
    head = "".join(
        f"<th>{html.escape(titles[m]['uz'])}<br><small>{html.escape(m)}</small></th>"
        for m in data.modules
    )
    rows = []
    for trainee in data.trainees:
        cells = []
        for r in data.of(trainee):
            word = WORDS[r.status]
            percent = r.percent
            shown = (
                f"{word['uz']} / {word['ru']}"
                if r.score is None
                else f"{'✓' if r.passed else '✗'} {r.score:g}/{r.max_score:g} · {pct(percent)}"
            )
            cells.append(f'<td class="{r.status}">{shown}</td>')
        name = html.escape(people[trainee].name) if trainee in people else ""
        cert = "✓ " + tri("yes") if trainee in got else "✗ " + tri("no")
        rows.append(
            f"<tr><td>{name}</td><td><code>{html.escape(trainee)}</code></td>"
            f"{''.join(cells)}<td>{cert}</td></tr>"
        )
    word = {"uz": "Sertifikat", "ru": "Сертификат", "en": "Certificate"}
    title = f"{data.course.title.uz}: {_day(dates[0])} – {_day(dates[1])}"
    body = (
        f"<h1>{html.escape(title)}</h1>\n"
        f"<p>{html.escape(data.course.title.ru)} · {html.escape(data.course.title.en)}</p>\n"
        f"<p>{tri('pass_mark')}: {data.course.pass_mark:g}% · "
        f"{tri('trainees')}: {len(data.trainees)} · "
        f"{' / '.join(word.values())}: {len(got)}</p>\n"
        f"<table>\n<thead><tr><th>{tri('trainee', '<br>')}</th><th>ID</th>{head}"
        f"<th>{'<br>'.join(word.values())}</th></tr></thead>\n<tbody>\n"
        + "\n".join(rows)
        + "\n</tbody>\n</table>"
    )
    return html_page(title, body)


# --- PDF --------------------------------------------------------------------------------------


def print_pdf(chromium: Path, page: Path, pdf: Path) -> None:
    """Print ``page`` to ``pdf`` with headless Chromium (own profile, so prints run in parallel)."""
    from malaka.browser import CHROMIUM_ARGS

    with tempfile.TemporaryDirectory(prefix="malaka-print-") as profile:
        tmp_pdf = pdf.with_name(f".{pdf.name}.part")
        args = [
            str(chromium),
            *CHROMIUM_ARGS,
            f"--user-data-dir={profile}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={tmp_pdf}",
            page.resolve().as_uri(),
        ]
        proc = subprocess.run(
            args, capture_output=True, text=True, timeout=PRINT_TIMEOUT, check=False
        )
        if proc.returncode != 0 or not tmp_pdf.is_file() or tmp_pdf.stat().st_size == 0:
            tmp_pdf.unlink(missing_ok=True)
            tail = " ".join(proc.stderr.strip().splitlines()[-2:])[:300]
            raise RuntimeError(f"chromium could not print {page.name}: {tail}")
        tmp_pdf.replace(pdf)


def certificates(
    modules: list[str],
    out_dir: Path,
    layout: Layout | None = None,
    *,
    roster: Path | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    pdf: bool = True,
    workers: int = 2,
) -> CertificateResult:
    """Certificates (HTML, and PDF unless ``pdf`` is False) for those who passed; the summary.

    Raises :class:`InputError` before writing anything when the roster, the dates or the
    modules are wrong, or when a PDF is asked for and no Chromium is installed.
    """
    from malaka.browser import find_chromium

    if not modules:
        raise InputError.single("MODULES", "modules", "name at least one module")
    layout = layout or Layout.default()
    people = load_roster(roster) if roster is not None else {}
    data = cohort(modules, layout, extra_trainees=people)
    dates = course_dates(start, end, data)
    chromium = find_chromium() if pdf else None
    if pdf and chromium is None:
        raise InputError.single(
            "chromium",
            "browser",
            "not found: run 'malaka system install' (or set MALAKA_CHROMIUM), or use --html-only",
        )
    result = CertificateResult(notes=list(data.notes))
    if people:
        unknown = [t for t in data.trainees if t not in people]
        if unknown:
            result.notes.append(f"not in the roster (id printed instead): {', '.join(unknown)}")
    titles = module_titles(layout, data.modules)
    got = {t for t in data.trainees if data.passed_all(t)}
    pages: dict[str, Path] = {}
    for trainee in sorted(got):
        page = out_dir / f"{trainee}.html"
        write_text(page, certificate_html(trainee, people.get(trainee), data, titles, dates))
        pages[trainee] = page
    if chromium is not None and pages:
        with cf.ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            futures = {
                t: pool.submit(print_pdf, chromium, p, p.with_suffix(".pdf"))
                for t, p in pages.items()
            }
            for trainee, fut in futures.items():
                try:
                    fut.result()
                    result.certificates.append(pages[trainee].with_suffix(".pdf"))
                except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
                    result.notes.append(f"{trainee}: no PDF ({exc}); the HTML page is there")
    else:
        result.certificates.extend(pages.values())
    summary = [out_dir / "summary.html", out_dir / "summary.csv"]
    write_text(summary[0], summary_html(data, people, got, titles, dates))
    write_text(summary[1], summary_csv(data, people, got))
    result.summary = summary
    return result
