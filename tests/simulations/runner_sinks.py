"""Sinks for the runner's tests: reductions that worker processes import by name.

Local workers start from a fork server and find functions by module and name; test modules
(imported by pytest's importlib mode) are not importable there, this module is (the tests
put its folder on ``sys.path``, which workers inherit).
"""

from __future__ import annotations

import os

import pyarrow as pa

from malaka.simulations.scenario import Scenario


def replication_of(events: pa.Table) -> int:
    return int(events["replication"][0].as_py())


def where(_scenario: Scenario, events: pa.Table) -> tuple[int, int, int]:
    """The replication, its rows and the process that ran it."""
    return replication_of(events), events.num_rows, os.getpid()


class Unpicklable(Exception):  # noqa: N818 - named for what the test is about
    def __init__(self, a: int, b: int) -> None:
        super().__init__(f"{a} and {b}")


def fail_on_two(_scenario: Scenario, events: pa.Table) -> int:
    if replication_of(events) == 2:
        raise ValueError("no such pool: registry")
    return events.num_rows


def unpicklable_on_two(_scenario: Scenario, events: pa.Table) -> int:
    if replication_of(events) == 2:
        raise Unpicklable(1, 2)
    return events.num_rows


def die_on_two(_scenario: Scenario, events: pa.Table) -> int:
    if replication_of(events) == 2:
        os._exit(3)
    return events.num_rows
