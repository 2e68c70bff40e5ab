"""The generators give byte-identical output in separate processes (hash seeds differ)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

SCRIPT = """
import hashlib, numpy as np
from malaka.datasets import cyber, texts
h = hashlib.sha256()
def feed(tables):
    for name in sorted(tables):
        h.update(name.encode())
        h.update(tables[name].to_csv(index=False).encode())
rng = np.random.default_rng(123)
feed({"texts": texts.appeal_texts(300, rng)})
for t, k in (cyber.mailbox(80, rng), cyber.auth_log(12, 4, rng), cyber.passwords(60, rng)):
    feed(t)
    feed(k)
print(h.hexdigest())
"""


@pytest.mark.slow
def test_same_seed_same_bytes_in_two_processes() -> None:
    digests = []
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run(
            [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True
        )
        digests.append(out.stdout.strip())
    assert len(digests[0]) == 64
    assert digests[0] == digests[1]
