"""Which lines of a source notebook count as secrets for the release scan and feedback."""

from __future__ import annotations

from malaka.grading.release import secret_lines

TEST_CELL = (
    "check_equal(regime_of('A1'), 'criminal', name='regime')\n"
    "### BEGIN HIDDEN TESTS\n"
    "check_equal(\n"
    "    regime_of('A2'), expected_regime_for_case_two,\n"
    ")\n"
    "### END HIDDEN TESTS\n"
)


def test_hidden_fragment_that_public_code_contains_is_not_secret() -> None:
    """`check_equal(` opens a visible line too, so showing it reveals nothing."""
    source = {"cells": [{"cell_type": "code", "source": TEST_CELL}]}
    secrets = secret_lines(source, kinds=("HIDDEN TESTS",))
    assert "check_equal(" not in secrets
    assert "regime_of('A2'), expected_regime_for_case_two," in secrets
