# mypy: disable-error-code="import-untyped"
"""The simulation report: ``report.md`` (and ``report.html``) with PNG plots, for planners who
do not read JSON.

Written in one language (:mod:`malaka.simulations.labels`): names of categories, channels and
pools from the scenario and the label table, shares in %, times in hours or days, each with its
95% interval across replications. Plots are drawn with matplotlib's Agg backend (no display
needed) and saved without a timestamp, so the same KPIs give the same files.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from malaka import atomic
from malaka.simulations import labels
from malaka.simulations.labels import Lang

if TYPE_CHECKING:
    import pyarrow as pa

    from malaka.simulations.scenario import Scenario

#: The headline measures in the order the report lists them (on-time share first).
HEADLINE_ORDER = (
    "on_time_share",
    "time_to_answer_mean_h",
    "time_to_answer_p50_h",
    "time_to_answer_p90_h",
    "time_to_answer_p95_h",
    "backlog_mean",
    "repeat_rate",
    "abandonment_rate",
    "overdue_request_share",
)


def fmt(stat: Mapping[str, Any] | None, lang: Lang, kind: str = "count") -> str:
    """A mean with its interval: ``97,5 % (97,1–97,9 %)`` for a share, ``6,0 ± 0,3 kun (145
    soat)`` for a long time, ``12,3 ± 0,5 soat`` for a short one; an em dash when there is no
    value."""
    if not stat or stat.get("mean") is None:
        return "—"
    mean = float(stat["mean"])
    hw = stat.get("half_width")
    half = float(hw) if hw is not None else math.nan
    if kind == "share":
        if not math.isfinite(half):
            return labels.percent(mean, lang)
        return labels.interval(mean, max(0.0, mean - half), min(1.0, mean + half), lang)
    if kind == "hours":
        return _duration(mean, half, lang)
    text = labels.number(mean, lang)
    return text if not math.isfinite(half) else f"{text} ± {labels.number(half, lang)}"


def _duration(mean: float, half: float, lang: Lang) -> str:
    if not math.isfinite(half):
        return labels.hours(mean, lang)
    if abs(mean) < 48:
        return f"{labels.number(mean, lang)} ± {labels.hours(half, lang)}"
    days = f"{labels.number(mean / 24, lang)} ± {labels.number(half / 24, lang)}"
    hours = f"{labels.number(mean, lang, 0)} {labels.text('hours', lang)}"
    return f"{days} {labels.text('days', lang)} ({hours})"


def _kind(key: str) -> str:
    return "share" if key.endswith(("share", "rate")) else "hours" if key.endswith("_h") else ""


def _group(across: Mapping[str, Any], prefix: str) -> dict[str, Mapping[str, Any]]:
    return {k.removeprefix(prefix): v for k, v in across.items() if k.startswith(prefix)}


def _bar_plot(
    path: Path,
    names: list[str],
    stats: list[Mapping[str, Any]],
    title: str,
    ylabel: str,
    *,
    ymax: float | None = None,
    target: float | None = None,
) -> None:
    import matplotlib as mpl

    mpl.use("Agg")
    import matplotlib.pyplot as plt

    means = [float(s["mean"]) if s.get("mean") is not None else math.nan for s in stats]
    errs = [float(s["half_width"]) if s.get("half_width") is not None else 0.0 for s in stats]
    fig, ax = plt.subplots(figsize=(9, 0.5 * len(names) + 2.0))
    ax.barh(
        names, [100 * m for m in means], xerr=[100 * e for e in errs], capsize=4, color="#2b6cb0"
    )
    if target is not None:
        ax.axvline(target, color="#c53030", linestyle="--", linewidth=1)
    if ymax is not None:
        ax.set_xlim(0, 100 * ymax)
    ax.set_title(title, fontsize=10, loc="left", wrap=True)
    ax.set_xlabel(ylabel)
    ax.invert_yaxis()
    fig.tight_layout()
    with atomic.replace_file(path) as tmp:
        fig.savefig(tmp, format="png", dpi=110, metadata={"Software": None})
    plt.close(fig)


def _backlog_plot(path: Path, backlog: Mapping[str, Any], lang: Lang) -> None:
    import matplotlib as mpl

    mpl.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    t = np.asarray(backlog["t"], dtype=float) / 24.0
    mean = np.asarray([math.nan if v is None else v for v in backlog["mean"]], dtype=float)
    hw = np.asarray([0.0 if v is None else v for v in backlog["half_width"]], dtype=float)
    fig, ax = plt.subplots(figsize=(9, 3.5))
    ax.plot(t, mean, color="#2b6cb0", linewidth=1.2)
    ax.fill_between(t, mean - hw, mean + hw, color="#2b6cb0", alpha=0.2, linewidth=0)
    ax.set_title(labels.text("backlog", lang), fontsize=10)
    ax.set_xlabel(labels.text("day", lang))
    ax.set_ylabel(labels.text("appeals", lang))
    ax.set_ylim(bottom=0)
    fig.tight_layout()
    with atomic.replace_file(path) as tmp:
        fig.savefig(tmp, format="png", dpi=110, metadata={"Software": None})
    plt.close(fig)


def _table(header: tuple[str, str], rows: list[tuple[str, str]]) -> list[str]:
    out = [f"| {header[0]} | {header[1]} |", "|---|---:|"]
    out += [f"| {a} | {b} |" for a, b in rows]
    return out


def _run_facts(
    kpis: Mapping[str, Any], events: pa.Table | None, cases: pa.Table | None, lang: Lang
) -> list[str]:
    """The "about this run" section: scenario, replications, seed, sizes."""
    t = functools.partial(labels.text, lang=lang)
    lines: list[str] = []
    lines += [f"## {t('run')}", ""]
    facts = [
        ("scenario", str(kpis.get("scenario_id", ""))),
        ("replications", str(kpis.get("replications", ""))),
        ("warm-up (h)", f"{kpis.get('warmup_h', 0):g}"),
        ("horizon (h)", f"{kpis.get('horizon_h', 0):g}"),
    ]
    if events is not None:
        from malaka import eventlog

        meta = eventlog.metadata_of(events)
        facts += [
            (k, str(meta[k])) for k in ("seed", "scenario_sha256", "malaka_version") if k in meta
        ]
        facts.append(("events", str(events.num_rows)))
    if cases is not None:
        facts.append(("cases", str(cases.num_rows)))
    lines += [f"- {k}: `{v}`" for k, v in facts]
    lines += ["", t("report_numbers", replications=kpis.get("replications", "")), ""]
    return lines


def write_report(
    out_dir: Path,
    kpis: Mapping[str, Any],
    events: pa.Table | None = None,
    cases: pa.Table | None = None,
    scenario: Scenario | None = None,
    *,
    lang: Lang = "uz",
) -> Path:
    """Write ``report.md``, ``report.html`` and their plots into ``out_dir`` in ``lang``;
    return the Markdown report's path.

    ``kpis`` is the dict from :func:`malaka.simulations.kpis.compute_kpis`. ``events``,
    ``cases`` and ``scenario`` only add facts and names.
    """
    from malaka.simulations.htmlpage import write_html

    t = functools.partial(labels.text, lang=lang)
    out_dir.mkdir(parents=True, exist_ok=True)
    summary: Mapping[str, Any] = kpis.get("summary", {})
    across: Mapping[str, Any] = kpis.get("across", {})
    title = getattr(scenario.title, lang) if scenario is not None else kpis.get("scenario_id", "")
    lines = [f"# {t('report_title')}: {title}", ""]
    lines += [f"## {t('report_headline')}", ""]
    rows = [(t(key), fmt(summary.get(key), lang, _kind(key))) for key in HEADLINE_ORDER]
    lines += [*_table((t("kpi"), t("value")), rows), ""]

    def name(item: str) -> str:
        return labels.name(item, lang, scenario)

    by_cat = _group(across, "on_time_by_category.")
    if by_cat:
        ids = sorted(by_cat, key=name)
        lines += [f"## {t('by_category')}", "", "![](compliance_by_category.png)", ""]
        lines += _table(
            (t("category"), t("value")), [(name(n), fmt(by_cat[n], lang, "share")) for n in ids]
        )
        lines.append("")
        _bar_plot(
            out_dir / "compliance_by_category.png",
            [name(n) for n in ids],
            [by_cat[n] for n in ids],
            t("by_category"),
            "%",
            ymax=1.0,
        )
    by_channel = _group(across, "on_time_by_channel.")
    if by_channel:
        ids = sorted(by_channel, key=name)
        lines += [f"## {t('by_channel')}", ""]
        lines += _table(
            (t("channel"), t("value")),
            [(name(n), fmt(by_channel[n], lang, "share")) for n in ids],
        )
        lines.append("")

    backlog = kpis.get("backlog")
    if backlog and backlog.get("t"):
        lines += [f"## {t('backlog')}", "", "![](backlog.png)", ""]
        _backlog_plot(out_dir / "backlog.png", backlog, lang)

    util = _group(across, "utilisation.")
    util = {k: v for k, v in util.items() if v.get("mean") is not None}
    if util:
        ids = sorted(util, key=name)
        lines += [f"## {t('report_utilisation')}", "", "![](utilisation.png)", ""]
        lines += _table(
            (t("pool"), t("value")), [(name(n), fmt(util[n], lang, "share")) for n in ids]
        )
        lines.append("")
        _bar_plot(
            out_dir / "utilisation.png",
            [name(n) for n in ids],
            [util[n] for n in ids],
            t("report_utilisation"),
            "%",
            ymax=1.0,
        )

    lines += _run_facts(kpis, events, cases, lang)
    path = out_dir / "report.md"
    atomic.write_text(path, "\n".join(lines))
    write_html(path, lang)
    return path
