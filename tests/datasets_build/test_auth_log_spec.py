"""An auth-log spec the generator cannot honour is refused at load time, naming the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from malaka.datasets.spec import load_spec
from malaka.errors import InputError

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("field", "value", "minimum"), [("n_users", 9, 10), ("days", 2, 3)])
def test_auth_log_below_generator_minimum(
    tmp_path: Path, field: str, value: int, minimum: int
) -> None:
    text = (REPO / "datasets/specs/auth-log.yaml").read_text(encoding="utf-8")
    lines = [
        f"{field}: {value}" if line.startswith(f"{field}:") else line for line in text.splitlines()
    ]
    path = tmp_path / "auth-log.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_spec(path)
    (problem,) = err.value.problems
    assert problem.file == "auth-log.yaml"
    assert problem.field == field
    assert str(minimum) in problem.message
    assert problem.line is not None


def test_auth_log_at_generator_minimum_builds() -> None:
    import numpy as np

    from malaka.datasets import cyber

    tables, key = cyber.auth_log(10, 3, np.random.default_rng(1))
    assert len(tables["events"]) > 0
    assert len(key["incidents"]) > 0
