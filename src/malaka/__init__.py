"""Malaka: training and simulation platform for handling citizens' appeals (murojaatlar).

The chain: SimPy simulations of appeal queues write event logs (``malaka.eventlog``), the
dataset builder dresses them with Faker (``malaka.datasets``), graded notebooks use the
datasets (``malaka.grading``) and a MkDocs site publishes the course (``malaka.site``).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("malaka")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
