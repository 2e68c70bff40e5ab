"""The malaka command: starts fast, lists every part's commands, reports bad input with exit 2."""

from __future__ import annotations

import subprocess
import sys
import time

from malaka import cli


def test_help_lists_commands_and_is_fast() -> None:
    """`malaka --help` works in a fresh process and does not import the heavy stack."""
    code = (
        "import sys, time; t=time.perf_counter(); "
        "sys.argv=['malaka','--help']\n"
        "from malaka import cli\n"
        "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
        "mods=('pandas','simpy','nbgrader','matplotlib','faker','mkdocs')\n"
        "heavy=[m for m in mods if m in sys.modules]\n"
        "print('HEAVY', heavy)"
    )
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - start
    assert "Usage" in out.stdout
    assert "HEAVY []" in out.stdout
    assert elapsed < 10


def test_every_command_module_registers() -> None:
    """Each part's command module is importable and exposes register()."""
    import importlib

    for name in cli.COMMAND_MODULES:
        module = importlib.import_module(name)
        assert callable(module.register)
