"""Pools vs per-row Faker for synthetic citizens: rows per second and peak memory.

Run with ``pytest -m benchmark tests/benchmarks/test_people_speed.py -s``. Targets (issue 3,
section 7): 1,000,000 people in well under 10 s and under 1 GiB, at least 30 times faster than
calling Faker row by row. The million rows are built in a fresh process (pools included), so
its peak RSS is that of the generation alone: the high-water mark of that process's own memory
(``VmHWM``), not ``getrusage``'s ``ru_maxrss``, which on Linux a child started with fork/vfork +
exec inherits from its parent (run after the dataset benchmark, it reported the 3 GiB of this
test process).
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time

import pytest

from malaka.datasets.providers import malaka_faker
from malaka.datasets.providers.places import regions

N_POOLED = 1_000_000
N_PER_ROW = 5_000

_CHILD = """
import json, sys, time
from pathlib import Path
import numpy as np
from malaka.datasets.pools import people
t0, c0 = time.perf_counter(), time.process_time()
df = people(int(sys.argv[1]), np.random.default_rng(1))
elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
frame_mb = df.memory_usage(deep=True).sum() / 2**20
status = Path("/proc/self/status").read_text().splitlines()
peak_mb = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:")) / 1024
print(json.dumps({"seconds": elapsed, "cpu": cpu, "peak_rss_mb": peak_mb, "frame_mb": frame_mb}))
"""


def _per_row_faker(n: int) -> float:
    """Rows per second when every field of every row is a Faker call (the naive way)."""
    fake = malaka_faker("uz_Latn", 1)
    areas = [d.id for r in regions() for d in r.districts]
    lo, hi = dt.date(1940, 1, 1), dt.date(2008, 12, 31)
    rows = []
    t0 = time.perf_counter()
    for _ in range(n):
        female = fake.random.random() < 0.5
        sex = "F" if female else "M"
        given = fake.first_name_female() if female else fake.first_name_male()
        surname = fake.last_name_female() if female else fake.last_name_male()
        patronymic = fake.patronymic_female() if female else fake.patronymic_male()
        birth = fake.date_between_dates(lo, hi)
        district_id = fake.random_element(areas)
        rows.append(
            (
                sex,
                given,
                surname,
                patronymic,
                f"{surname} {given} {patronymic}",
                "uz_Latn",
                birth,
                fake.pinfl(birth_date=birth, sex=sex, area_code=district_id % 1000),
                fake.passport_number(),
                fake.msisdn(),
                fake.email_for(given, surname, birth.year),
                district_id // 1000,
                district_id,
                fake.address_in(district_id),
            )
        )
    return n / (time.perf_counter() - t0)


@pytest.mark.benchmark
def test_pools_vs_per_row_faker() -> None:
    per_row_rate = _per_row_faker(N_PER_ROW)
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(N_POOLED)],
        capture_output=True,
        text=True,
        check=True,
    )
    stats = json.loads(out.stdout)
    pooled_rate = N_POOLED / stats["seconds"]
    speedup = pooled_rate / per_row_rate
    print(
        f"\nper-row Faker: {per_row_rate:,.0f} rows/s ({N_PER_ROW:,} rows)"
        f"\npools:         {pooled_rate:,.0f} rows/s"
        f" ({N_POOLED:,} rows in {stats['seconds']:.2f} s wall, {stats['cpu']:.2f} s CPU)"
        f"\nspeed-up:      {speedup:,.0f}x"
        f"\npeak RSS:      {stats['peak_rss_mb']:,.0f} MiB (DataFrame {stats['frame_mb']:,.0f} MiB)"
    )
    assert speedup >= 30
    assert stats["peak_rss_mb"] < 1024
    # CPU time, not wall time: the shared 2-core machine is often loaded by other jobs.
    assert stats["cpu"] < 10
