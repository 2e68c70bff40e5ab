"""Benchmark: the full three-language site build (target 30 s or less on 2 cores).

The prerequisites (reports, dataset, released notebooks and their pre-executed copies) are made
first and not timed: they belong to the other parts and are cached under ``build/``. Timed:
``mkdocs build --strict`` for uz, ru and en from a cold render cache (every page and notebook
converted), then again warm. Wall and CPU time of the MkDocs process are printed; the cold
build's CPU time is held to the target (see the comment at the assertion).
"""

from __future__ import annotations

import resource
import shutil
import time

import pytest

from malaka.site.build import build_root, build_site_once, find_repo, mkdocs_build

TARGET_S = 30.0


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@pytest.mark.benchmark
def test_three_language_build_time() -> None:
    """Cold and warm ``mkdocs build --strict`` of the whole site, in seconds."""
    repo = find_repo()
    build_site_once(repo, quick=True)
    build = build_root(repo)
    shutil.rmtree(build / "site-cache" / "mkdocs-jupyter", ignore_errors=True)
    figures = {}
    for label in ("cold", "warm"):
        cpu0, t0 = _children_cpu(), time.perf_counter()
        site = mkdocs_build(repo, build)
        figures[label] = (time.perf_counter() - t0, _children_cpu() - cpu0)
    pages = len(list(site.rglob("index.html")))
    notebooks = len(list(site.rglob("*.ipynb")))
    for label, (wall, cpu) in figures.items():
        print(
            f"\nsite build ({label} cache): {wall:.1f} s wall, {cpu:.1f} s CPU; "
            f"{pages} pages, {notebooks} notebook pages, 3 languages (target {TARGET_S:.0f} s)"
        )
    # MkDocs builds in one process on one core: on an idle 2-core machine wall time is about its
    # CPU time. The CPU figure is what is held to the target, since the wall time on a shared,
    # loaded machine measures the other jobs too.
    assert figures["cold"][1] <= TARGET_S
