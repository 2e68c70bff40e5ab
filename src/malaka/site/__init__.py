"""malaka.site."""
