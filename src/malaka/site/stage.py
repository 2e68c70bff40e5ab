"""Assemble the site's Markdown sources in a staging folder under ``build/``.

MkDocs reads one ``docs_dir`` and mkdocs-static-i18n only localizes files inside it, so the
hand-written pages of ``site/`` and everything generated from the project's sources are put
together in ``build/site-src/`` (never in ``site/``), and the hook points MkDocs there:

- ``course/<module>/``: the lesson pages of ``courses/<module>/`` and the released student
  notebooks (``build/release/<module>/``), pre-executed without answers;
- ``datasets/``: every data card of ``datasets/cards/`` with the built tables' columns;
- ``simulations/``: the shipped scenarios' parameters (from their YAML), each scenario's report
  from ``build/simulations/<id>/`` and the Erlang C validation plot;
- ``assets/appeal-status-data.js``: sample appeals for the appeal-status page;
- ``*.uz-Cyrl.md`` / ``*.uz-Cyrl.ipynb``: the Uzbek Cyrillic edition of the lessons, home page,
  guides, glossary and notebooks (:mod:`malaka.site.cyrillic_edition`).

The navigation is built here too, since it lists generated pages.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from malaka import atomic
from malaka.cyrillic import CYRILLIC
from malaka.errors import InputError
from malaka.site import cyrillic_edition, render
from malaka.site.i18n import LANGS, localized, t

STAGE_NAME = "site-src"
#: Files of ``site/`` that are build machinery, not pages.
NOT_CONTENT = {"hooks.py", "overrides", "notebooks", "__pycache__"}
SYLLABUS_MARKER = "<!-- malaka:syllabus -->"
DEFAULT_DATASET = "tuman-appeals"
ERLANG_DIR = Path("simulations") / "validation"

_LINK = re.compile(r"(!?)\[([^\]]*)\]\(([^)\s]+)(\s+\"[^\"]*\")?\)")
_HEADING = re.compile(r"^(#{1,6})(\s)", re.MULTILINE)
_H1 = re.compile(r"^#\s+(.+)$", re.MULTILINE)


@dataclass
class Module:
    """One course module as the site sees it."""

    id: str
    title: dict[str, str]
    exercises: list[str]
    datasets: list[str]
    notebooks: list[str] = field(default_factory=list)  # staged file names (all languages)
    #: Practice notebooks (``pNN_slug``: instant checks, not graded), from ``module.yaml``.
    practice: list[str] = field(default_factory=list)
    #: Estimated minutes per notebook stem, from ``module.yaml`` (may be empty: not yet timed).
    minutes: dict[str, int] = field(default_factory=dict)

    @property
    def stems(self) -> list[str]:
        """Practice notebooks first, then the graded exercises (the order trainees meet them)."""
        return [*self.practice, *self.exercises]


@dataclass
class Staged:
    """What the staging step produced: where, the navigation, and per-language nav titles."""

    root: Path
    nav: list[Any]
    nav_translations: dict[str, dict[str, str]]
    modules: list[Module]
    scenarios: list[str]
    datasets: list[str]
    notebooks: list[Path]
    tutorials: list[str] = field(default_factory=list)


def _copy_site_sources(site_dir: Path, out: Path) -> None:
    for item in sorted(site_dir.iterdir()):
        if item.name in NOT_CONTENT or item.name.startswith("."):
            continue
        target = out / item.name
        if item.is_dir():
            shutil.copytree(item, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(item, target)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _demote(text: str, by: int) -> str:
    return _HEADING.sub(lambda m: "#" * min(len(m.group(1)) + by, 6) + m.group(2), text)


def _strip_dead_links(text: str, page_dir: Path) -> str:
    """Keep links that resolve inside the staged site or leave it; unlink the others."""

    def fix(m: re.Match[str]) -> str:
        bang, label, target = m.group(1), m.group(2), m.group(3)
        if re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith("#"):
            return m.group(0)
        path_part = target.split("#", 1)[0]
        if path_part and (page_dir / path_part).exists():
            return m.group(0)
        return "" if bang else label

    return _LINK.sub(fix, text)


def _prefix_local_links(text: str, prefix: str, folder: Path) -> str:
    """Point links to files copied into ``folder`` at ``prefix/<name>``."""

    def fix(m: re.Match[str]) -> str:
        if (folder / m.group(3)).is_file():
            return f"{m.group(1)}[{m.group(2)}]({prefix}/{m.group(3)})"
        return m.group(0)

    return _LINK.sub(fix, text)


def _load_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise InputError.single(path, "yaml", str(exc).splitlines()[0], line) from exc


# --------------------------------------------------------------------------- course modules


def _read_modules(repo: Path) -> list[Module]:
    modules = []
    for meta_path in sorted((repo / "courses").glob("*/module.yaml")):
        data = _load_yaml(meta_path) or {}
        if not isinstance(data, dict):
            raise InputError.single(meta_path, "", "must be a mapping")
        mid = str(data.get("id") or meta_path.parent.name)
        raw_title = data.get("title") or {}
        title = {lang: str(raw_title.get(lang) or raw_title.get("uz") or mid) for lang in LANGS}
        modules.append(
            Module(
                id=mid,
                title=title,
                exercises=[str(e) for e in data.get("exercises") or []],
                datasets=[str(d) for d in data.get("datasets") or []],
                practice=[str(p) for p in data.get("practice") or []],
                minutes=_minutes(meta_path, data.get("minutes")),
            )
        )
    return modules


def _minutes(path: Path, raw: Any) -> dict[str, int]:
    """``minutes: {stem: minutes}`` of a module.yaml (absent: no times, never invented ones)."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise InputError.single(path, "minutes", "must map notebook stems to minutes")
    out: dict[str, int] = {}
    for stem, value in raw.items():
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise InputError.single(path, f"minutes.{stem}", f"{value!r} is not a positive integer")
        out[str(stem)] = value
    return out


def _nb_title(path: Path) -> str | None:
    import json

    nb = json.loads(path.read_text(encoding="utf-8"))
    for c in nb.get("cells", []):
        if c.get("cell_type") == "markdown":
            src = c["source"] if isinstance(c["source"], str) else "".join(c["source"])
            m = _H1.search(src)
            if m:
                return m.group(1).strip()
    return None


def _stage_module(
    repo: Path, build: Path, out: Path, mod: Module, *, execute: bool, dataset_ids: list[str]
) -> None:
    """Lesson pages (uz/ru/en), the pre-executed student notebooks and a zip of the release."""
    from malaka.site.notebooks import prepare_module

    src = repo / "courses" / mod.id
    dest = out / "course" / mod.id
    dest.mkdir(parents=True, exist_ok=True)
    release = build / "release" / mod.id
    executed: dict[str, Path] = {}
    zip_name = None
    if release.is_dir():
        if execute:
            executed = prepare_module(release, build / "site-cache" / "notebooks")
        else:
            executed = {p.name: p for p in sorted(release.glob("*.ipynb"))}
        zip_name = _zip_release(release, dest)
    order = {stem: i for i, stem in enumerate(mod.stems)}
    names = sorted(
        executed, key=lambda n: (order.get(n.split(".", 1)[0], len(order)), n.split(".", 1)[0])
    )
    for name in names:
        shutil.copy2(executed[name], dest / name)
    mod.notebooks = names
    for lang in LANGS:
        page = _lesson_page(src, dest, mod, lang, zip_name=zip_name, dataset_ids=dataset_ids)
        _write(dest / localized("index.md", lang), page)
    for asset in src.iterdir() if src.is_dir() else []:
        if asset.suffix.lower() in {".png", ".svg", ".jpg", ".jpeg", ".gif"}:
            shutil.copy2(asset, dest / asset.name)


def _lesson_page(
    src: Path, dest: Path, mod: Module, lang: str, *, zip_name: str | None, dataset_ids: list[str]
) -> str:
    """The module's lesson in ``lang`` followed by its notebooks, download and data links.

    The lesson keeps its own hand-written exercise list; the generated section has another
    title ("Daftarlar va ma'lumotlar") and lists each released notebook with its kind (practice
    or assessment) and its estimated time from ``module.yaml`` (a dash when not given).
    """
    lesson = src / localized("index.md", lang)
    if not lesson.is_file():
        lesson = src / "index.md"
    body = lesson.read_text(encoding="utf-8") if lesson.is_file() else f"# {mod.title[lang]}\n"
    lines = [_strip_dead_links(body, src).rstrip(), "", f"## {t('notebooks_and_data', lang)}", ""]
    stems = list(dict.fromkeys(n.split(".", 1)[0] for n in mod.notebooks))
    rows: list[list[Any]] = []
    for stem in stems:
        nb_name = localized(f"{stem}.ipynb", lang)
        if nb_name not in mod.notebooks:
            nb_name = f"{stem}.ipynb"
        kind = t("kind_practice", lang) if stem in mod.practice else t("kind_assessment", lang)
        minutes = mod.minutes.get(stem)
        shown = f"{minutes} {t('min', lang)}" if minutes else "—"
        rows.append([f"[{_nb_title(dest / nb_name) or stem}]({nb_name})", kind, shown])
    if rows:
        headers = [t("notebook", lang), t("kind", lang), t("estimated_time", lang)]
        lines.append(render.table(headers, rows).rstrip())
        total = sum(mod.minutes.get(s, 0) for s in stems)
        if total and all(s in mod.minutes for s in stems):
            lines += ["", f"**{t('total_time', lang)}:** {total} {t('min', lang)}"]
    else:
        lines.append(f"- {t('no_modules', lang)}")
    if zip_name:
        lines += ["", f"[{t('download_module', lang)}]({zip_name}){{ .md-button }}"]
    if mod.datasets:
        links = ", ".join(
            f"[`{d}`](../../datasets/{d}.md)" if d in dataset_ids else f"`{d}`"
            for d in mod.datasets
        )
        lines += ["", f"**{t('datasets_used', lang)}:** {links}"]
    return "\n".join(lines) + "\n"


def _zip_release(release: Path, dest: Path) -> str:
    """Zip the released student folder (notebooks in every language and ``data/``) for download.

    The release is the student-facing output that ``malaka course release`` has already
    scanned for solutions; a trainee unzips it and opens the notebooks in JupyterLab.
    """
    import zipfile

    name = f"{release.name}.zip"
    with zipfile.ZipFile(dest / name, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(release.rglob("*")):
            if path.is_file() and ".ipynb_checkpoints" not in path.parts:
                zf.write(path, f"{release.name}/{path.relative_to(release).as_posix()}")
    return name


def syllabus_table(
    modules: list[Module], lang: str, link_prefix: str, cards: dict[str, str] | None = None
) -> str:
    """The syllabus: one row per module with its exercises (``cards``: dataset id -> link)."""
    cards = cards or {}
    if not modules:
        return t("no_modules", lang) + "\n"
    rows = []
    for m in modules:
        n = len(dict.fromkeys(x.split(".", 1)[0] for x in m.notebooks)) or len(m.exercises)
        rows.append(
            [
                f"[{m.id}]({link_prefix}{m.id}/index.md)",
                m.title[lang],
                n,
                ", ".join(f"[{d}]({cards[d]})" if d in cards else d for d in m.datasets),
            ]
        )
    headers = [t("module", lang), t("lesson", lang), t("exercises", lang), t("datasets", lang)]
    lines = ["| " + " | ".join(headers) + " |", "|---|---|---|---|"]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- tutorials


def render_tutorial(source: Path, lang: str) -> dict[str, Any]:
    """One language of a tutorial (jupytext percent; markdown cells tagged ``lang="xx"``)."""
    import json

    import jupytext

    nb = jupytext.reads(source.read_text(encoding="utf-8"), fmt="py:percent")
    cells = []
    for cell in nb.cells:
        cell_lang = cell.metadata.pop("lang", None)
        if cell.cell_type == "markdown" and cell_lang not in (None, lang):
            continue
        cells.append(cell)
    nb.cells = cells
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.metadata.pop("jupytext", None)
    data: dict[str, Any] = json.loads(jupytext.writes(nb, fmt="ipynb"))
    return data


def _stage_tutorials(repo: Path, build: Path, out: Path, *, execute: bool) -> list[str]:
    """Render ``site/notebooks/tutNN_*.py`` per language, pre-executed, into ``guides/``."""
    import json

    from malaka.site.notebooks import prepare_module

    sources = sorted((repo / "site" / "notebooks").glob("tut*.py"))
    if not sources:
        return []
    rendered = build / "site-cache" / "tutorials"
    rendered.mkdir(parents=True, exist_ok=True)
    for src in sources:
        for lang in LANGS:
            text = json.dumps(render_tutorial(src, lang), ensure_ascii=False, indent=1)
            target = rendered / localized(f"{src.stem}.ipynb", lang)
            if not target.is_file() or target.read_text(encoding="utf-8") != text:
                atomic.write_text(target, text)
    if execute:
        ready = prepare_module(rendered, build / "site-cache" / "notebooks")
    else:
        ready = {p.name: p for p in rendered.glob("*.ipynb")}
    (out / "guides").mkdir(parents=True, exist_ok=True)
    for name, path in ready.items():
        shutil.copy2(path, out / "guides" / name)
    return [src.stem for src in sources]


# --------------------------------------------------------------------------- datasets


@dataclass
class CardSummary:
    """What the datasets index shows of one data card, per language."""

    title: dict[str, str]
    holds: dict[str, str]
    tables: list[tuple[str, int]]
    used_by: list[str]  # module ids named in the card's "Used by" list


_SECTION = re.compile(r"^##\s+(.+)$", re.MULTILINE)
_CARD_TABLE = re.compile(r"^###\s+`([^`/]+)`\s+\((\d+) rows:", re.MULTILINE)
_USED = re.compile(r"^-\s+`(m\d\d-[a-z0-9-]+)(?:/[^`]*)?`", re.MULTILINE)
_SENTENCE = re.compile(r"^(.+?[.!?])(?:\s|$)", re.DOTALL)


def _sections(text: str) -> dict[str, str]:
    """``## heading`` -> body, for a card's level-2 sections."""
    marks = list(_SECTION.finditer(text))
    return {
        m.group(1).strip(): text[m.end() : marks[i + 1].start() if i + 1 < len(marks) else None]
        for i, m in enumerate(marks)
    }


def _first_sentence(paragraph: str) -> str:
    flat = " ".join(paragraph.split())
    m = _SENTENCE.match(flat)
    return m.group(1) if m else flat


def card_summary(did: str, text: str) -> CardSummary:
    """Title, what the data holds, its tables with row counts and the modules that use it.

    Generated cards (``malaka datasets cards``) give the title as ``# uz`` then ``*ru* · *en*``,
    a "Description" section with one paragraph per language (uz, ru, en), one ``### `table`
    (N rows: ...)`` heading per table and a "Used by" list of ``module/exercise``. A hand-made
    card without these parts still gets its title and its first paragraph.
    """
    m = _CARD_SUBTITLE.match(text)
    if m is not None:
        title = {lang: m.group(lang).strip() for lang in ("uz", "ru", "en")}
    else:
        h1 = _H1.search(text)
        title = dict.fromkeys(("uz", "ru", "en"), h1.group(1).strip() if h1 else did)
    sections = _sections(text)
    desc = next((body for head, body in sections.items() if head.endswith("Description")), None)
    holds: dict[str, str] = {}
    if desc is not None:
        paragraphs = [p.strip() for p in desc.strip().split("\n\n") if p.strip()]
        for lang, para in zip(("uz", "ru", "en"), paragraphs, strict=False):
            holds[lang] = _first_sentence(para)
    else:
        h1 = _H1.search(text)
        head_end = m.end() if m is not None else h1.end() if h1 is not None else 0
        for raw in text[head_end:].split("\n\n"):
            para = raw.strip()
            if para and not para.startswith(("#", "|", "<!--", ">", "-", "*")):
                holds = dict.fromkeys(("uz", "ru", "en"), _first_sentence(para))
                break
    used = next((body for head, body in sections.items() if head.endswith("Used by")), "")
    return CardSummary(
        title=title,
        holds={lang: holds.get(lang) or holds.get("uz", "") for lang in ("uz", "ru", "en")},
        tables=[(name, int(rows)) for name, rows in _CARD_TABLE.findall(text)],
        used_by=list(dict.fromkeys(_USED.findall(used))),
    )


def _built_tables(folder: Path) -> list[tuple[str, int]]:
    """Row counts of a built dataset's Parquet tables (when the card does not give them)."""
    import pyarrow.parquet as pq

    if not folder.is_dir():
        return []
    return [(p.stem, pq.read_metadata(p).num_rows) for p in sorted(folder.glob("*.parquet"))]


def _count(n: int) -> str:
    """1460 -> "1 460" (a narrow no-break space between thousands, as uz/ru print numbers)."""
    return f"{n:,}".replace(",", "\u202f")


def datasets_index(summaries: dict[str, CardSummary], modules: list[Module], lang: str) -> str:
    """The datasets index: one row per card with title, contents, tables and modules."""
    known = {m.id for m in modules}
    rows = []
    for did, card in summaries.items():
        users = [m.id for m in modules if did in m.datasets]
        users += [u for u in card.used_by if u not in users]
        tables = ", ".join(f"`{name}` ({_count(n)})" for name, n in card.tables)
        rows.append(
            [
                f"[{card.title.get(lang, did)}]({did}.md) `{did}`",
                card.holds.get(lang, ""),
                tables or "—",
                ", ".join(
                    f"[{u.split('-', 1)[0].upper()}](../course/{u}/index.md)" if u in known else u
                    for u in users
                )
                or "—",
            ]
        )
    headers = [t("title", lang), t("holds", lang), t("tables_rows", lang), t("used_in", lang)]
    return render.table(headers, rows)


def _stage_datasets(repo: Path, build: Path, out: Path, modules: list[Module]) -> list[str]:
    cards = sorted((repo / "datasets" / "cards").glob("*.md"))
    ids = []
    summaries: dict[str, CardSummary] = {}
    dest = out / "datasets"
    dest.mkdir(parents=True, exist_ok=True)
    for card in cards:
        did = card.stem
        ids.append(did)
        text = _strip_dead_links(card.read_text(encoding="utf-8"), card.parent)
        if not _H1.search(text):
            text = f"# {did}\n\n{text}"
        built = build / "datasets" / did
        summary = card_summary(did, text)
        if not summary.tables:
            summary.tables = _built_tables(built)
        summaries[did] = summary
        for lang in LANGS:
            extra = render.dataset_files_table(built, lang) if built.is_dir() else ""
            body = _card_title(text, lang).rstrip() + "\n"
            if extra:
                body += f"\n## {t('files', lang)}\n\n{extra}"
            _write(dest / localized(f"{did}.md", lang), body)
    intro = {
        "uz": "Mashqlar o'qiydigan sintetik ma'lumotlar. Har bir kartada ustunlar, kelib chiqishi "
        "va qaysi mashqlar ishlatishi yozilgan. Barcha ma'lumotlar sun'iy: haqiqiy shaxslar yo'q.",
        "ru": "Синтетические данные, которые читают упражнения. В каждой карточке: столбцы, "
        "происхождение и упражнения, где они используются. Все данные вымышлены.",
        "en": "Synthetic data read by the exercises. Each card lists the columns, the provenance "
        "and the exercises that use it. All data is synthetic: no real person appears.",
    }
    for lang in LANGS:
        lines = [f"# {t('datasets', lang)}", "", intro[lang], ""]
        lines.append(datasets_index(summaries, modules, lang))
        _write(dest / localized("index.md", lang), "\n".join(lines) + "\n")
    return ids


_CARD_SUBTITLE = re.compile(r"^#\s+(?P<uz>.+)\n\n\*(?P<ru>[^*]+)\* · \*(?P<en>[^*]+)\*\n")


def _card_title(text: str, lang: str) -> str:
    """Put the card's title in ``lang`` first when the card gives ``*ru* · *en*`` titles.

    Generated cards open with the Uzbek title and the Russian and English ones on the next
    line; the Russian and English pages lead with their own (the others stay below it).
    """
    m = _CARD_SUBTITLE.match(text)
    if m is None or lang == "uz":
        return text
    others = [m.group(x) for x in ("uz", "ru", "en") if x != lang]
    head = f"# {m.group(lang)}\n\n*{others[0]}* · *{others[1]}*\n"
    return head + text[m.end() :]


# --------------------------------------------------------------------------- simulations


def _stage_simulations(repo: Path, build: Path, out: Path) -> list[str]:
    dest = out / "simulations"
    dest.mkdir(parents=True, exist_ok=True)
    ids = []
    catalogue: dict[str, list[list[Any]]] = {lang: [] for lang in LANGS}
    for path in sorted((repo / "simulations" / "scenarios").glob("*.yaml")):
        data = _load_yaml(path)
        if not isinstance(data, dict):
            raise InputError.single(path, "", "a scenario must be a mapping")
        sid = path.stem
        ids.append(sid)
        report_dir = build / "simulations" / sid
        report_md = report_dir / "report.md"
        reports = dict.fromkeys(LANGS, "")
        used = report_replications(report_dir)
        if report_md.is_file():
            reports = _reports_by_lang(path, report_dir, dest / sid, sid)
            reports = {lang: _strip_dead_links(_demote(r, 2), dest) for lang, r in reports.items()}
        desc_by_lang = _by_lang(data.get("description"), "")
        title_by_lang = _by_lang(data.get("title"), sid)
        for lang in LANGS:
            shown = {k: v for k, v in data.items() if k not in {"title", "description"}}
            asked = data.get("replications")
            note = ""
            report = reports[lang]
            if report and used is not None:
                if asked is not None and asked != used:
                    shown["replications"] = t("replications_in_report", lang).format(
                        asked=asked, used=used
                    )
                    note = t("replications_used", lang).format(
                        used=used, asked=asked, file=f"simulations/scenarios/{path.name}"
                    )
                else:
                    note = t("replications_same", lang).format(used=used)
            params = render.render_mapping(shown, lang)
            lines = [
                f"# {title_by_lang[lang]}",
                "",
                desc_by_lang[lang],
                "",
                f'!!! info "{t("scenario", lang)}: `{sid}`"\n    {t("illustrative", lang)}',
                "",
                f"{t('file', lang)}: `simulations/scenarios/{path.name}`",
                "",
                f"## {t('parameters', lang)}",
                "",
                params,
                f"## {t('report', lang)}",
                "",
                *([note, ""] if note else []),
                report or t("no_report", lang),
            ]
            _write(dest / localized(f"{sid}.md", lang), "\n".join(lines) + "\n")
            catalogue[lang].append(
                [
                    f"[{title_by_lang[lang]}]({sid}.md)",
                    desc_by_lang[lang],
                    "✓" if reports[lang] else "—",
                ]
            )
    erlang = _stage_erlang(build, dest)
    intro = {
        "uz": "Platforma bilan birga keladigan ssenariylar. Har birining parametrlari YAML "
        "faylidan olinadi, hisobotlar esa sayt qurilayotganda simulyatsiyadan yaratiladi.",
        "ru": "Сценарии, поставляемые с платформой. Параметры взяты из YAML-файлов, отчёты "
        "создаются симуляцией при сборке сайта.",
        "en": "The scenarios shipped with the platform. Parameters come from their YAML files; "
        "the reports are produced by the simulator when the site is built.",
    }
    for lang in LANGS:
        lines = [f"# {t('simulations', lang)}", "", intro[lang], ""]
        lines.append(
            render.table(
                [t("scenario", lang), t("description", lang), t("report", lang)], catalogue[lang]
            )
        )
        if erlang:
            lines += ["", f"- [{t('erlang', lang)}](erlang-c.md)"]
        _write(dest / localized("index.md", lang), "\n".join(lines) + "\n")
    return ids


def _reports_by_lang(
    scenario_file: Path, report_dir: Path, assets: Path, sid: str
) -> dict[str, str]:
    """The scenario's report for each site language, from the KPIs the build computed: the
    report and its plots written again in that language (Uzbek for the Cyrillic edition, which
    transliterates it), or the report as written where there are no KPIs."""
    import json

    from malaka.simulations.labels import LANGS as REPORT_LANGS
    from malaka.simulations.report import write_report
    from malaka.simulations.scenario import load_scenario

    kpis_file = report_dir / "kpis.json"
    if not kpis_file.is_file():
        assets.mkdir(parents=True, exist_ok=True)
        for f in report_dir.iterdir():
            if f.suffix.lower() in {".png", ".svg", ".jpg"}:
                shutil.copy2(f, assets / f.name)
        text = _prefix_local_links((report_dir / "report.md").read_text("utf-8"), sid, assets)
        return dict.fromkeys(LANGS, text)
    kpis = json.loads(kpis_file.read_text(encoding="utf-8"))
    scenario = load_scenario(scenario_file)
    out: dict[str, str] = {}
    for report_lang in REPORT_LANGS:
        folder = assets / report_lang
        md = write_report(folder, kpis, scenario=scenario, lang=report_lang)
        (folder / "report.html").unlink(missing_ok=True)  # the site page is the HTML here
        text = md.read_text(encoding="utf-8")
        md.unlink()
        out[report_lang] = _prefix_local_links(text, f"{sid}/{report_lang}", folder)
    return {lang: out.get(lang, out["uz"]) for lang in LANGS}


_REPORT_REPS = re.compile(r"^- replications: `(\d+)`", re.MULTILINE)


def report_replications(report_dir: Path) -> int | None:
    """How many replications the report in ``report_dir`` was computed from.

    The scenario file's ``replications`` is what a full ``malaka simulate`` runs; the report
    embedded in the page may come from another run (the site build uses 2 or 3 to stay fast),
    so the page must state the report's own number: ``kpis.json`` records it, and the
    report's "About this run" list repeats it.
    """
    import json

    kpis = report_dir / "kpis.json"
    if kpis.is_file():
        data = json.loads(kpis.read_text(encoding="utf-8"))
        value = data.get("replications") if isinstance(data, dict) else None
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    report = report_dir / "report.md"
    if report.is_file():
        m = _REPORT_REPS.search(report.read_text(encoding="utf-8"))
        if m:
            return int(m.group(1))
    return None


def _erlang_row(p: dict[str, Any]) -> list[Any]:
    """One point of the curve: simulated against theoretical waits, rounded for reading."""

    def r(key: str, digits: int = 4) -> Any:
        value = p.get(key)
        return round(value, digits) if isinstance(value, float) else value

    se = p.get("mean_wait_se")
    half = round(1.96 * se, 4) if isinstance(se, float) else None
    return [
        r("rho", 2),
        r("lam", 3),
        p.get("c"),
        r("mean_wait"),
        half,
        r("theory_mean_wait"),
        r("prob_wait"),
        r("theory_prob_wait"),
    ]


def _by_lang(value: Any, default: str) -> dict[str, str]:
    """A YAML field that is either one string or a mapping ``{uz, ru, en}``."""
    if isinstance(value, dict):
        return {lang: str(value.get(lang) or value.get("uz") or default) for lang in LANGS}
    return dict.fromkeys(LANGS, str(value) if value else default)


def _stage_erlang(build: Path, dest: Path) -> bool:
    """The Erlang C validation page, when ``build/simulations/validation/`` holds its output."""
    import json

    src = build / ERLANG_DIR
    pngs = sorted(src.glob("*.png")) if src.is_dir() else []
    if not pngs:
        return False
    assets = dest / "validation"
    assets.mkdir(parents=True, exist_ok=True)
    for p in pngs:
        shutil.copy2(p, assets / p.name)
    points: list[dict[str, Any]] = []
    for j in sorted(src.glob("*.json")):
        data = json.loads(j.read_text(encoding="utf-8"))
        rows = data.get("points", data) if isinstance(data, dict) else data
        if isinstance(rows, list):
            points += [r for r in rows if isinstance(r, dict)]
    intro = {
        "uz": "Bitta bosqichli M/M/c ssenariysi (`erlang-check`) simulyatsiya qilinadi va "
        "navbatdagi o'rtacha kutish Erlang C formulasi bilan taqqoslanadi. Nuqtalar nazariy "
        "egri chiziq atrofida ishonch oralig'i ichida bo'lishi kerak.",
        "ru": "Одноэтапный сценарий M/M/c (`erlang-check`) симулируется, и среднее ожидание в "
        "очереди сравнивается с формулой Эрланга C. Точки должны лежать около теоретической "
        "кривой в пределах доверительного интервала.",
        "en": "The single-stage M/M/c scenario (`erlang-check`) is simulated and its mean wait "
        "in queue compared with the Erlang C formula. The points should sit on the theoretical "
        "curve within their confidence intervals.",
    }
    headers = [
        "ρ",
        "λ",
        "c",
        "Wq (sim)",
        "± 1.96·SE",
        "Wq (Erlang C)",
        "P(W>0) sim",
        "P(W>0) Erlang C",
    ]
    for lang in LANGS:
        lines = [f"# {t('erlang', lang)}", "", intro[lang], ""]
        lines += [f"![{t('erlang', lang)}](validation/{p.name})" for p in pngs]
        if points:
            lines += ["", render.table(headers, [_erlang_row(r) for r in points])]
        _write(dest / localized("erlang-c.md", lang), "\n".join(lines) + "\n")
    return True


# --------------------------------------------------------------------------- status page


def _stage_status(build: Path, out: Path) -> None:
    from malaka.site.status import build_status_data, write_status_asset

    folder = build / "datasets" / DEFAULT_DATASET
    data: dict[str, Any] = {"as_of": None, "appeals": {}, "labels": {}}
    if (folder / "appeals.parquet").is_file() or (folder / "appeals.csv").is_file():
        data = build_status_data(folder)
    write_status_asset(data, out / "assets" / "appeal-status-data.js")


# --------------------------------------------------------------------------- timetable


def timetable_page(courses: Path, lang: str) -> str:
    """The course timetable page; when the inputs are incomplete, a page that says what is wrong.

    The site is still built while modules are being written: the page then names the file and
    field to fix (the same message ``malaka course timetable`` gives) instead of failing.
    """
    from malaka.timetable import load_timetable, render_markdown

    try:
        tt = load_timetable(courses)
    except InputError as exc:
        body = "\n".join(f"    {line}" for line in str(exc).splitlines())
        title = {"uz": "Dars jadvali", "ru": "Расписание занятий", "en": "Timetable"}[lang]
        return f'# {title}\n\n!!! warning "{t("timetable_incomplete", lang)}"\n\n{body}\n'
    return '<div class="malaka-timetable" markdown>\n\n' + render_markdown(tt, lang) + "\n</div>\n"


# --------------------------------------------------------------------------- assembly


def _nav(staged: Staged) -> tuple[list[Any], dict[str, dict[str, str]]]:
    root = staged.root
    trans: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}
    course: list[Any] = ["course/index.md"]
    if (root / "course" / "timetable.md").is_file():
        course.append("course/timetable.md")
    for m in staged.modules:
        label = f"{m.id.split('-', 1)[0].upper()} · {m.title['uz']}"
        for lang in LANGS:
            trans[lang][label] = f"{m.id.split('-', 1)[0].upper()} · {m.title[lang]}"
        stems = list(dict.fromkeys(n.split(".", 1)[0] for n in m.notebooks))
        course.append(
            {label: [f"course/{m.id}/index.md", *[f"course/{m.id}/{s}.ipynb" for s in stems]]}
        )
    datasets: list[Any] = ["datasets/index.md", *[f"datasets/{d}.md" for d in staged.datasets]]
    sims: list[Any] = ["simulations/index.md", *[f"simulations/{s}.md" for s in staged.scenarios]]
    if (root / "simulations" / "erlang-c.md").is_file():
        sims.append("simulations/erlang-c.md")
    guides: list[Any] = [p for p in ("guides/planners.md",) if (root / p).is_file()]
    guides += [f"guides/{stem}.ipynb" for stem in staged.tutorials]
    guides += [p for p in ("guides/instructors.md", "guides/server.md") if (root / p).is_file()]
    nav: list[Any] = [
        {"Bosh sahifa": "index.md"},
        {"Kurs": course},
        {"Ma'lumotlar to'plamlari": datasets},
        {"Simulyatsiyalar": sims},
        {"Qo'llanmalar": guides},
        {"Murojaat holati": "status/index.md"},
        {"Lug'at": "glossary.md"},
    ]
    return nav, trans


def stage(repo: Path, build: Path, *, execute: bool = True) -> Staged:
    """Build ``build/site-src`` from ``site/`` and the generated parts; return nav and details."""
    final = build / STAGE_NAME
    with atomic.output_dir(final) as out:
        _copy_site_sources(repo / "site", out)
        modules = _read_modules(repo)
        datasets = _stage_datasets(repo, build, out, modules)
        for mod in modules:
            _stage_module(repo, build, out, mod, execute=execute, dataset_ids=datasets)
        for lang in LANGS:
            intro = {
                "uz": "Kurs modullari: har birida dars sahifasi, mashq qilish daftarlari va "
                "baholanadigan mashqlar. Kunlar bo'yicha reja: [dars jadvali](timetable.md).",
                "ru": "Модули курса: у каждого страница урока, тетради для практики и "
                "оцениваемые задания. План по дням: [расписание занятий](timetable.md).",
                "en": "The course modules: each has a lesson page, practice notebooks and "
                "graded assessments. Day by day: the [timetable](timetable.md).",
            }[lang]
            cards = {d: f"../datasets/{d}.md" for d in datasets}
            page = f"# {t('syllabus', lang)}\n\n{intro}\n\n" + syllabus_table(
                modules, lang, "", cards
            )
            _write(out / "course" / localized("index.md", lang), page)
            home = out / localized("index.md", lang)
            if home.is_file():
                text = home.read_text(encoding="utf-8")
                home_cards = {d: f"datasets/{d}.md" for d in datasets}
                table = syllabus_table(modules, lang, "course/", home_cards)
                home.write_text(text.replace(SYLLABUS_MARKER, table), encoding="utf-8")
        for lang in LANGS:
            _write(
                out / "course" / localized("timetable.md", lang),
                timetable_page(repo / "courses", lang),
            )
        scenarios = _stage_simulations(repo, build, out)
        tutorials = _stage_tutorials(repo, build, out, execute=execute)
        _stage_status(build, out)
        _add_cyrillic_edition(out, modules)
    notebooks = [final / "course" / m.id / n for m in modules for n in m.notebooks]
    notebooks += [final / "guides" / n for n in sorted((final / "guides").glob("tut*.ipynb"))]
    staged = Staged(final, [], {}, modules, scenarios, datasets, notebooks, tutorials)
    staged.nav, staged.nav_translations = _nav(staged)
    staged.nav_translations[CYRILLIC] = cyrillic_edition.nav_translations(staged.nav)
    return staged


def _add_cyrillic_edition(out: Path, modules: list[Module]) -> None:
    """The Uzbek Cyrillic pages and notebooks, made from the staged Uzbek ones."""
    made = cyrillic_edition.add_edition(out)
    for mod in modules:
        folder = out / "course" / mod.id
        mod.notebooks += [p.name for p in made if p.parent == folder and p.suffix == ".ipynb"]
