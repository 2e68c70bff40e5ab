# mypy: disable-error-code="import-untyped"
"""A share of appeals answered on time, estimated over replications, with an honest interval.

Why not the mean of the replications' shares with a t interval: a replication's share is
skewed (most near 1, a few far below) and bounded by 1, so with a handful of replications the
symmetric t interval is too narrow on the low side and can pass 1. What is used instead:

- the *pooled* share, on time over all appeals of all replications (each appeal weighs the same);
- its variance from the spread *between replications* (a ratio estimator with replications as
  clusters: appeals within one replication share its congestion, so they are not independent),
  never below the binomial variance of the pooled appeals (so that replications that happen
  to agree do not give a zero-width interval);
- the interval on the logit scale with a t quantile for ``R - 1`` degrees of freedom, mapped
  back: it stays inside (0, 1) and is longer on the side away from 1, as the skew asks. Counts
  get half an appeal added on each side (the usual continuity correction), so a share of 1 has
  a finite logit.

:func:`probability_at_least` reads the same approximation as the chance that the true share
reaches a target.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class ShareEstimate:
    """A pooled share with its interval (see the module); ``replications`` behind it."""

    share: float
    lower: float
    upper: float
    replications: int
    appeals: int
    #: centre and standard error on the logit scale (what the interval and the probability use)
    centre_logit: float
    se_logit: float

    def decided(self, target: float) -> bool:
        """Whether the interval lies wholly on one side of ``target``."""
        return self.lower >= target or self.upper < target


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def _expit(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def estimate(on_time: Sequence[int], appeals: Sequence[int], confidence: float) -> ShareEstimate:
    """The pooled share of ``sum(on_time) / sum(appeals)`` over replications, with its interval
    at ``confidence``; needs two replications with appeals."""
    from malaka.simulations.kpis import t_quantile

    x = np.asarray(on_time, dtype=float)
    n = np.asarray(appeals, dtype=float)
    keep = n > 0
    x, n = x[keep], n[keep]
    r = len(n)
    if r < 2:
        raise ValueError("an interval needs at least two replications with appeals")
    total = float(n.sum())
    share = float(x.sum()) / total
    adjusted = (float(x.sum()) + 0.5) / (total + 1.0)
    # ratio estimator: residuals of each replication against the pooled share, per mean size
    residual = (x - share * n) / n.mean()
    var_between = float(np.sum(residual**2)) / (r * (r - 1))
    var_binomial = adjusted * (1.0 - adjusted) / total
    se = math.sqrt(max(var_between, var_binomial))
    se_logit = se / (adjusted * (1.0 - adjusted))
    centre = _logit(adjusted)
    q = t_quantile(confidence, r - 1)
    return ShareEstimate(
        share=share,
        lower=_expit(centre - q * se_logit),
        upper=_expit(centre + q * se_logit),
        replications=r,
        appeals=int(total),
        centre_logit=centre,
        se_logit=se_logit,
    )


def probability_at_least(est: ShareEstimate, target: float) -> float:
    """The estimated probability that the true share is at least ``target``: the t
    approximation on the logit scale that the interval uses, read one-sided."""
    from scipy import stats

    z = (est.centre_logit - _logit(target)) / est.se_logit
    return float(stats.t.cdf(z, est.replications - 1))
