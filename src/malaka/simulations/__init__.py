"""malaka.simulations."""
