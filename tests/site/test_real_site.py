"""The real site, built from this checkout (prerequisites made when missing): the whole chain.

Slow: on a fresh clone it simulates the scenarios, builds the default dataset and releases the
modules before MkDocs runs. The browser tests share the same build within a session.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from malaka.site import checks
from malaka.site.build import build_root, build_site_once, find_repo

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def real_site() -> Path:
    """The site folder of this checkout, built once per session."""
    return build_site_once(quick=True)


def test_every_source_is_published(real_site: Path) -> None:
    """Each module, scenario and data card of the checkout has its page in every language."""
    repo = find_repo()
    expected = [f"course/{p.parent.name}" for p in (repo / "courses").glob("*/module.yaml")]
    expected += [
        f"simulations/{p.stem}" for p in (repo / "simulations" / "scenarios").glob("*.yaml")
    ]
    expected += [f"datasets/{p.stem}" for p in (repo / "datasets" / "cards").glob("*.md")]
    assert expected
    missing = [
        f"{prefix}{page}/"
        for page in expected
        for prefix in ("", "ru/", "en/")
        if not (real_site / prefix / page / "index.html").is_file()
    ]
    assert missing == []


def test_every_released_notebook_is_a_rendered_page(real_site: Path) -> None:
    """Every released notebook, in every language it was released in, is an HTML page."""
    repo = find_repo()
    released = sorted((build_root(repo) / "release").glob("*/*.ipynb"))
    assert released, "nothing released: 'malaka course release' failed"
    pages = checks.notebook_pages(real_site)
    assert all(pages.values()), [p for p, ok in pages.items() if not ok]
    course_pages = {p.name for p in pages if "course" in p.parts}
    missing = sorted(nb.name for nb in released if nb.name not in course_pages)
    assert missing == [], "released notebooks without a page"


def test_no_broken_links_no_outside_requests(real_site: Path) -> None:
    """Internal links resolve; nothing loads from another host."""
    assert checks.broken_links(real_site) == []
    assert checks.external_requests(real_site) == []


def test_no_solution_or_hidden_test_published(real_site: Path) -> None:
    """No line of any graded exercise's solutions or hidden tests is in the built site."""
    courses = find_repo() / "courses"
    practice = sorted(courses.glob("*/p[0-9][0-9]_*.py"))  # solutions revealable by design
    secrets = checks.secret_lines(sorted(courses.glob("*/ex*.py")), published=practice)
    assert secrets
    assert checks.leaks(real_site, secrets) == []
