"""Which solution lines count as secrets for the site's leak check."""

from __future__ import annotations

from pathlib import Path

from malaka.site import checks

SOURCE = """# %% [markdown] lang="en"
# If no rule fires, return `"appeals_office"`.

# %% nbgrader={"grade_id": "q1_answer", "solution": true}
def route(text):
    ### BEGIN SOLUTION
    if "pasport" in text.lower():
        return "migration"
    return "appeals_office"
    ### END SOLUTION
"""


def test_line_the_question_itself_quotes_is_not_secret(tmp_path: Path) -> None:
    """A line the question shows as inline code is public; the rest of the answer is secret."""
    src = tmp_path / "ex01_router.py"
    src.write_text(SOURCE, encoding="utf-8")
    secrets = checks.secret_lines([src])
    assert 'return "appeals_office"' not in secrets
    assert 'if "pasport" in text.lower():' in secrets
