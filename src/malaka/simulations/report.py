# mypy: disable-error-code="import-untyped"
"""The simulation report: ``report.md`` with PNG plots, for planners who do not read JSON.

Headings and KPI names come in Uzbek, Russian and English (in that order), numbers as mean and
95% CI half-width across replications. Plots are drawn with matplotlib's Agg backend (no display
needed) and saved without a timestamp, so the same KPIs give the same files.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from malaka import atomic, taxonomy

if TYPE_CHECKING:
    import pyarrow as pa

    from malaka.simulations.scenario import Scenario

#: Trilingual labels: (uz, ru, en).
LABELS: dict[str, tuple[str, str, str]] = {
    "title": ("Simulyatsiya hisoboti", "Отчёт о моделировании", "Simulation report"),
    "headline": ("Asosiy ko'rsatkichlar", "Основные показатели", "Headline KPIs"),
    "on_time_share": (
        "Muddatida javob berilgan ulush",
        "Доля ответов в срок",
        "Share answered on time",
    ),
    "time_to_answer_mean_h": (
        "Javob berish vaqti, o'rtacha (soat)",
        "Время ответа, среднее (ч)",
        "Time to answer, mean (h)",
    ),
    "time_to_answer_p50_h": (
        "Javob berish vaqti, mediana (soat)",
        "Время ответа, медиана (ч)",
        "Time to answer, median (h)",
    ),
    "time_to_answer_p90_h": (
        "Javob berish vaqti, 90-persentil (soat)",
        "Время ответа, 90-й процентиль (ч)",
        "Time to answer, 90th percentile (h)",
    ),
    "time_to_answer_p95_h": (
        "Javob berish vaqti, 95-persentil (soat)",
        "Время ответа, 95-й процентиль (ч)",
        "Time to answer, 95th percentile (h)",
    ),
    "backlog_mean": (
        "Ko'rib chiqilmagan murojaatlar, o'rtacha",
        "Незакрытые обращения, в среднем",
        "Backlog, time average",
    ),
    "repeat_rate": (
        "Takroriy murojaatlar ulushi",
        "Доля повторных обращений",
        "Repeat-appeal rate",
    ),
    "abandonment_rate": (
        "Ishonch telefonida uzilgan qo'ng'iroqlar",
        "Доля прерванных звонков на линии",
        "Hotline abandonment",
    ),
    "overdue_request_share": (
        "Muddati o'tgan idoralararo so'rovlar",
        "Просроченные межведомственные запросы",
        "Overdue inter-agency requests",
    ),
    "by_category": (
        "Toifalar bo'yicha muddatida javob",
        "Ответы в срок по категориям",
        "Answered on time by category",
    ),
    "by_channel": (
        "Kanallar bo'yicha muddatida javob",
        "Ответы в срок по каналам",
        "Answered on time by channel",
    ),
    "backlog": (
        "Vaqt bo'yicha ko'rib chiqilmagan murojaatlar",
        "Незакрытые обращения во времени",
        "Backlog over time",
    ),
    "utilisation": (
        "Xodimlar guruhlarining bandligi",
        "Загрузка групп сотрудников",
        "Utilisation by staff pool",
    ),
    "run": ("Hisob-kitob haqida", "О расчёте", "About this run"),
    "kpi": ("Ko'rsatkich", "Показатель", "KPI"),
    "value": ("Qiymat (95% IO)", "Значение (95% ДИ)", "Value (95% CI)"),
    "hours": ("Soat", "Часы", "Hours"),
    "appeals": ("Murojaatlar", "Обращения", "Appeals"),
    "share": ("Ulush", "Доля", "Share"),
    "pool": ("Guruh", "Группа", "Pool"),
    "category": ("Toifa", "Категория", "Category"),
    "channel": ("Kanal", "Канал", "Channel"),
}


def label(key: str, sep: str = " / ") -> str:
    """A label in the three languages, Uzbek first."""
    return sep.join(LABELS[key])


def _tax_name(item_id: str) -> str:
    try:
        return " / ".join(taxonomy.name(item_id, lang) for lang in ("uz", "ru", "en"))
    except KeyError:
        return item_id


def fmt(stat: Mapping[str, Any] | None, *, percent: bool = False) -> str:
    """``mean ± half-width`` (percent for shares); an em dash when there is no value."""
    if not stat or stat.get("mean") is None:
        return "—"
    mean = float(stat["mean"])
    hw = stat.get("half_width")
    if percent:
        text = f"{100 * mean:.1f}%"
        return text if hw is None else f"{text} ± {100 * float(hw):.1f}"
    text = f"{mean:.2f}"
    return text if hw is None else f"{text} ± {float(hw):.2f}"


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
    fig, ax = plt.subplots(figsize=(8, 0.5 * len(names) + 2.0))
    ax.barh(names, means, xerr=errs, capsize=4, color="#2b6cb0")
    if target is not None:
        ax.axvline(target, color="#c53030", linestyle="--", linewidth=1)
    if ymax is not None:
        ax.set_xlim(0, ymax)
    ax.set_title(title, fontsize=10)
    ax.set_xlabel(ylabel)
    ax.invert_yaxis()
    fig.tight_layout()
    with atomic.replace_file(path) as tmp:
        fig.savefig(tmp, format="png", dpi=110, metadata={"Software": None})
    plt.close(fig)


def _backlog_plot(path: Path, backlog: Mapping[str, Any]) -> None:
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
    ax.set_title(label("backlog"), fontsize=10)
    ax.set_xlabel("Kun / День / Day")
    ax.set_ylabel(label("appeals"))
    ax.set_ylim(bottom=0)
    fig.tight_layout()
    with atomic.replace_file(path) as tmp:
        fig.savefig(tmp, format="png", dpi=110, metadata={"Software": None})
    plt.close(fig)


def _table(header: tuple[str, str], rows: list[tuple[str, str]]) -> list[str]:
    out = [f"| {header[0]} | {header[1]} |", "|---|---:|"]
    out += [f"| {a} | {b} |" for a, b in rows]
    return out


def write_report(
    out_dir: Path,
    kpis: Mapping[str, Any],
    events: pa.Table | None = None,
    cases: pa.Table | None = None,
    scenario: Scenario | None = None,
) -> Path:
    """Write ``report.md`` and its plots into ``out_dir``; return the report's path.

    ``kpis`` is the dict from :func:`malaka.simulations.kpis.compute_kpis`. ``events``,
    ``cases`` and ``scenario`` only add facts to the "about this run" section.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    summary: Mapping[str, Any] = kpis.get("summary", {})
    across: Mapping[str, Any] = kpis.get("across", {})
    lines: list[str] = []
    title = scenario.title.uz if scenario is not None else kpis.get("scenario_id", "")
    lines += [f"# {label('title')}: {title}", ""]

    lines += [f"## {label('headline')}", ""]
    rows = []
    for key in (
        "on_time_share",
        "time_to_answer_mean_h",
        "time_to_answer_p50_h",
        "time_to_answer_p90_h",
        "time_to_answer_p95_h",
        "backlog_mean",
        "repeat_rate",
        "abandonment_rate",
        "overdue_request_share",
    ):
        share = key.endswith(("share", "rate"))
        rows.append((label(key), fmt(summary.get(key), percent=share)))
    lines += [*_table((label("kpi"), label("value")), rows), ""]

    by_cat = _group(across, "on_time_by_category.")
    if by_cat:
        names = sorted(by_cat)
        lines += [f"## {label('by_category')}", "", "![](compliance_by_category.png)", ""]
        lines += _table(
            (label("category"), label("value")),
            [(_tax_name(n), fmt(by_cat[n], percent=True)) for n in names],
        )
        lines.append("")
        _bar_plot(
            out_dir / "compliance_by_category.png",
            names,
            [by_cat[n] for n in names],
            label("by_category"),
            label("share"),
            ymax=1.0,
        )
    by_channel = _group(across, "on_time_by_channel.")
    if by_channel:
        lines += [f"## {label('by_channel')}", ""]
        lines += _table(
            (label("channel"), label("value")),
            [(_tax_name(n), fmt(by_channel[n], percent=True)) for n in sorted(by_channel)],
        )
        lines.append("")

    backlog = kpis.get("backlog")
    if backlog and backlog.get("t"):
        lines += [f"## {label('backlog')}", "", "![](backlog.png)", ""]
        _backlog_plot(out_dir / "backlog.png", backlog)

    util = _group(across, "utilisation.")
    util = {k: v for k, v in util.items() if v.get("mean") is not None}
    if util:
        names = sorted(util)
        lines += [f"## {label('utilisation')}", "", "![](utilisation.png)", ""]
        lines += _table(
            (label("pool"), label("value")), [(n, fmt(util[n], percent=True)) for n in names]
        )
        lines.append("")
        _bar_plot(
            out_dir / "utilisation.png",
            names,
            [util[n] for n in names],
            label("utilisation"),
            label("share"),
            ymax=1.0,
        )

    lines += [f"## {label('run')}", ""]
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
    lines += [
        "",
        "Raqamlar: replikatsiyalar bo'yicha o'rtacha ± 95% ishonch oralig'ining yarmi. "
        "/ Числа: среднее по репликациям ± половина 95% доверительного интервала. "
        "/ Numbers: mean over replications ± half-width of the 95% confidence interval.",
        "",
    ]
    path = out_dir / "report.md"
    atomic.write_text(path, "\n".join(lines))
    return path
