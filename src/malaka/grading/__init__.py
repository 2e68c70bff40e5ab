"""malaka.grading."""
