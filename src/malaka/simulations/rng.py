"""Named random streams spawned from one seed, for common random numbers.

Every part of the model draws from its own stream (``arrivals``, ``service:<stage>``,
``routing``, ``agencies``, ``repeats``, ``patience``...). A stream is keyed by the seed, the
replication and a stable hash of its name, so adding a stream, or changing how much one part
draws, leaves every other stream untouched: two scenarios that differ only in staffing see the
same appeals with the same work content.
"""

from __future__ import annotations

import hashlib

import numpy as np


def _name_key(name: str) -> int:
    """A stable 32-bit integer for a stream name (Python's ``hash`` changes per process)."""
    return int.from_bytes(hashlib.blake2b(name.encode("utf-8"), digest_size=4).digest(), "big")


class Streams:
    """A factory of independent numpy Generators, one per name, for one replication."""

    def __init__(self, seed: int, replication: int) -> None:
        if seed < 0 or replication < 0:
            raise ValueError("seed and replication must be >= 0")
        self.seed = seed
        self.replication = replication
        self._cache: dict[str, np.random.Generator] = {}

    def seed_sequence(self, name: str) -> np.random.SeedSequence:
        """The SeedSequence behind stream ``name``."""
        return np.random.SeedSequence(
            entropy=self.seed, spawn_key=(self.replication, _name_key(name))
        )

    def __getitem__(self, name: str) -> np.random.Generator:
        """The Generator for ``name`` (the same object on every call within a run)."""
        gen = self._cache.get(name)
        if gen is None:
            gen = np.random.Generator(np.random.PCG64(self.seed_sequence(name)))
            self._cache[name] = gen
        return gen

    def fresh(self, name: str) -> np.random.Generator:
        """A new Generator for ``name``, starting from the stream's beginning."""
        return np.random.Generator(np.random.PCG64(self.seed_sequence(name)))
