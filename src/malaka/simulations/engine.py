"""The simulation engine of one replication (being rewritten on SimPy's public interface).

For now the engine of :mod:`malaka.simulations.processes`; callers import ``simulate`` and
``RunResult`` from here so that the engine can be replaced without touching them.
"""

from malaka.simulations.processes import CASE_OUTPUT_KEYS, ROW_COLUMNS, RunResult, simulate

__all__ = ["CASE_OUTPUT_KEYS", "ROW_COLUMNS", "RunResult", "simulate"]
