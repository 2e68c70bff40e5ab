"""The institute's server: JupyterHub for a cohort, accounts from a roster, nbgrader's exchange."""
