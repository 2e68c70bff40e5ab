"""``malaka grade certificates``: who gets one, what it says, the roster, the dates, the PDF."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest

from malaka.errors import InputError
from malaka.grading.layout import Layout

from .conftest import MODULE
from .test_progress import ROSTER, cohort_layout, with_course

__all__ = ["cohort_layout"]  # the graded cohort, shared with test_progress.py

START, END = dt.date(2026, 12, 7), dt.date(2026, 12, 11)


def _roster(tmp_path: Path, text: str = ROSTER) -> Path:
    path = tmp_path / "roster.csv"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.slow
def test_only_those_who_passed_get_a_certificate_and_everyone_is_in_the_summary(
    cohort_layout: Layout, tmp_path: Path
) -> None:
    from malaka.grading.certificates import certificates

    out = tmp_path / "certs"
    result = certificates(
        [MODULE],
        out,
        cohort_layout,
        roster=_roster(tmp_path),
        start=START,
        end=END,
        pdf=False,
    )
    assert result.certificates == [out / "a-full.html"]
    assert sorted(p.name for p in out.iterdir()) == ["a-full.html", "summary.csv", "summary.html"]
    page = (out / "a-full.html").read_text(encoding="utf-8")
    assert "Aziz Karimov" in page  # the Uzbek page
    assert "Азиз Каримов" in page  # name_ru on the Russian page
    assert "SERTIFIKAT" in page
    assert "СЕРТИФИКАТ" in page
    assert "Sinov kursi" in page  # course title from our course.yaml
    assert "Тестовый курс" in page
    assert "Sinov moduli" in page  # module title from module.yaml
    assert "07.12.2026" in page
    assert "11.12.2026" in page
    assert re.search(r'<td class="num">6</td>\s*<td class="num">6</td>', page)
    assert page.count('<section class="page"') == 2
    with (out / "summary.csv").open(encoding="utf-8") as fh:
        rows = {r["trainee"]: r for r in csv.DictReader(fh)}
    assert set(rows) == {"a-full", "b-low", "c-mid", "d-absent"}
    assert {t: r["certificate"] for t, r in rows.items()} == {
        "a-full": "yes",
        "b-low": "no",
        "c-mid": "no",
        "d-absent": "no",
    }
    assert rows["c-mid"][f"{MODULE}_score"] == "3"
    assert rows["c-mid"][f"{MODULE}_passed"] == "no"
    assert rows["d-absent"][f"{MODULE}_score"] == ""
    summary = (out / "summary.html").read_text(encoding="utf-8")
    assert "Dilnoza Rahimova" in summary
    assert "Bobur Aliyev" in summary


@pytest.mark.slow
def test_without_a_roster_the_id_is_printed_and_the_pass_mark_is_the_course_s(
    cohort_layout: Layout, tmp_path: Path
) -> None:
    from malaka.grading.certificates import certificates

    lenient = with_course(cohort_layout, tmp_path, 50)
    result = certificates([MODULE], tmp_path / "c", lenient, start=START, end=END, pdf=False)
    assert sorted(p.name for p in result.certificates) == ["a-full.html", "c-mid.html"]
    page = (tmp_path / "c" / "c-mid.html").read_text(encoding="utf-8")
    assert "<strong>c-mid</strong>" in page
    assert "50%" in page


def test_a_missing_roster_is_a_clear_error(tmp_path: Path) -> None:
    from malaka.grading.certificates import load_roster

    missing = tmp_path / "nope.csv"
    with pytest.raises(InputError) as err:
        load_roster(missing)
    assert str(err.value) == f"{missing}: roster: file not found"


def test_a_bad_roster_names_file_line_and_field(tmp_path: Path) -> None:
    from malaka.grading.certificates import load_roster

    path = _roster(tmp_path, "id,name\nt-1,Ali\nt-1,Vali\nbad id!,Soli\nt-4,\n")
    with pytest.raises(InputError) as err:
        load_roster(path)
    lines = str(err.value).splitlines()
    assert lines == [
        f"{path}:3: id: 't-1' already on line 2",
        f"{path}:4: id: 'bad id!': 1 to 64 ASCII letters, digits, - and _ (as the hand-in folder)",
        f"{path}:5: name: empty",
    ]
    header = _roster(tmp_path, "trainee;name\nt-1;Ali\n")
    with pytest.raises(InputError, match=r"roster\.csv:1: header: missing column\(s\) id, name"):
        load_roster(header)


def test_a_roster_saved_by_excel_reads(tmp_path: Path) -> None:
    from malaka.grading.certificates import load_roster

    path = tmp_path / "r.csv"
    path.write_bytes("\ufeffid,name,unit\nt-1,Ali Valiyev,3-bo'lim\n\n".encode())
    people = load_roster(path)
    assert list(people) == ["t-1"]
    assert people["t-1"].name == people["t-1"].name_ru == "Ali Valiyev"


@pytest.mark.slow
def test_dates_default_and_order(cohort_layout: Layout) -> None:
    from malaka.grading.certificates import course_dates
    from malaka.grading.progress import cohort

    data = cohort([MODULE], cohort_layout)
    today = dt.date(2026, 12, 11)
    assert course_dates(None, None, data, today) == (dt.date(2026, 12, 7), today)
    assert course_dates(START, None, data, dt.date(2026, 12, 20))[0] == START
    with pytest.raises(InputError, match="before the start"):
        course_dates(END, START, data)


@pytest.mark.slow
@pytest.mark.browser
def test_certificates_are_printed_to_pdf(
    cohort_layout: Layout, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from malaka.browser import find_chromium
    from malaka.cli import app

    if find_chromium() is None:
        pytest.skip("no Chromium: run 'malaka system install'")
    monkeypatch.setattr(Layout, "default", classmethod(lambda _cls, _root=None: cohort_layout))
    out = tmp_path / "pdf"
    args = ["grade", "certificates", MODULE, "--out", str(out), "--roster"]
    args += [str(_roster(tmp_path)), "--from", "2026-12-07", "--to", "2026-12-11"]
    proc = CliRunner().invoke(app, args)
    assert proc.exit_code == 0, proc.output
    assert str(out / "a-full.pdf") in proc.stdout
    pdf = (out / "a-full.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 2  # the Uzbek page and the Russian one
    assert not (out / "b-low.pdf").exists()
    assert not (out / "c-mid.pdf").exists()
    assert not list(out.glob(".*.part"))
