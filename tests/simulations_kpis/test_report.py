"""The report writes Markdown and HTML in one language, with the three plots."""

from __future__ import annotations

import math
from pathlib import Path

from malaka.simulations import kpis as kpi_mod
from malaka.simulations import report


def test_report_has_headings_tables_and_plots(log, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Two replications of a small log give a report with every section and valid PNGs."""
    for rep in (0, 1):
        log.case(
            rep,
            "A",
            1.0,
            close=5.0 + rep,
            deadline=6.0,
            category="domestic",
            stages=[("handling", "handling#1", 1.0, 5.0 + rep)],
        )
        log.case(rep, "B", 2.0, close=9.0, deadline=8.0, category="theft", channel="mail")
    window = kpi_mod.Window(
        warmup_h=0.0, horizon_h=10.0, staff_hours=lambda _p, t0, t1: t1 - t0, pools=("handling",)
    )
    k = kpi_mod.compute_kpis(log.table(), None, window=window)
    path = report.write_report(tmp_path / "out", k, log.table())
    text = path.read_text(encoding="utf-8")
    assert "| Muddatida javob berilgan ulush" in text
    assert "Доля" not in text  # one language: Uzbek by default
    assert "50,0 % (50,0–50,0 %)" in text  # one of two on time in both replications
    for png in ("backlog.png", "compliance_by_category.png", "utilisation.png"):
        data = (tmp_path / "out" / png).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert f"]({png})" in text
    assert "Oilaviy-maishiy nizo" in text  # taxonomy name of 'domestic'
    assert not math.isnan(k["summary"]["utilisation.handling"]["mean"])


def test_report_in_russian_and_english_with_an_html_twin(log, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """``lang`` picks the language of headings, names and numbers; ``report.html`` is one file
    with the plots inside."""
    for rep in (0, 1):
        log.case(rep, "A", 1.0, close=60.0, deadline=100.0, category="domestic")
    window = kpi_mod.Window(warmup_h=0.0, horizon_h=10.0)
    k = kpi_mod.compute_kpis(log.table(), None, window=window)
    ru = report.write_report(tmp_path / "ru", k, log.table(), lang="ru").read_text("utf-8")
    assert "| Доля ответов в срок | 100,0 %" in ru
    assert "Бытовой конфликт" in ru or "Семейно-бытовой конфликт" in ru
    assert "дн." in ru  # 59 hours to answer: given in days
    en = report.write_report(tmp_path / "en", k, log.table(), lang="en").read_text("utf-8")
    assert "| Share answered on time | 100.0 %" in en
    assert "| Time to answer, mean | 2.5 ± 0.0 days (59 h) |" in en
    page = (tmp_path / "en" / "report.html").read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="en">' in page
    assert "<table>" in page
    assert 'src="data:image/png;base64,' in page
