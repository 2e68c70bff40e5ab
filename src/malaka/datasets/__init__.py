"""malaka.datasets."""
