"""The interval of a share of appeals answered on time (malaka.simulations.shares)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from malaka.simulations.kpis import t_half_width
from malaka.simulations.shares import estimate, probability_at_least


def test_pooled_share_weighs_every_appeal_the_same() -> None:
    est = estimate([90, 10], [100, 10], 0.95)
    assert est.share == pytest.approx(100 / 110)
    assert est.replications == 2
    assert est.appeals == 110


def test_all_on_time_gives_a_finite_interval_below_one() -> None:
    est = estimate([1500] * 4, [1500] * 4, 0.95)
    assert est.share == 1.0
    assert 0.98 < est.lower < 1.0
    assert est.upper <= 1.0


def test_one_replication_is_refused() -> None:
    with pytest.raises(ValueError, match="two replications"):
        estimate([10], [12], 0.95)


@given(
    st.lists(st.integers(min_value=1, max_value=3000), min_size=2, max_size=30),
    st.floats(min_value=0.0, max_value=1.0),
    st.floats(min_value=0.5, max_value=0.99),
)
def test_interval_lies_in_zero_one_and_is_longer_away_from_one(
    sizes: list[int], p: float, confidence: float
) -> None:
    rng = np.random.default_rng(len(sizes))
    on_time = [int(rng.binomial(n, p)) for n in sizes]
    est = estimate(on_time, sizes, confidence)
    assert 0.0 < est.lower <= est.upper < 1.0 or est.upper == pytest.approx(1.0)
    assert est.lower <= (sum(on_time) + 0.5) / (sum(sizes) + 1) <= est.upper
    assert 0.0 <= probability_at_least(est, 0.5) <= 1.0


def test_probability_is_one_half_at_the_centre_and_grows_as_the_target_falls() -> None:
    est = estimate([1400, 1450, 1300, 1480, 1460], [1500] * 5, 0.95)
    centre = 1.0 / (1.0 + math.exp(-est.centre_logit))
    assert probability_at_least(est, centre) == pytest.approx(0.5)
    assert probability_at_least(est, 0.90) > probability_at_least(est, 0.95)


def test_coverage_on_skewed_replications_beats_the_t_interval() -> None:
    """Replications whose shares are skewed towards 1 (most near 0.99, a few far lower): with
    eight replications the interval covers the true share nearly as often as it claims, the
    t interval on the mean of the shares clearly less often."""
    rng = np.random.default_rng(5)
    a, b, r, trials = 0.6, 25.0, 8, 1500
    truth = 1 - a / (a + b)
    ours = naive = 0
    for _ in range(trials):
        n = rng.poisson(1500, r)
        x = rng.binomial(n, 1 - rng.beta(a, b, r))
        est = estimate(x, n, 0.95)
        ours += est.lower <= truth <= est.upper
        shares = x / n
        hw = t_half_width(list(shares), 0.95)
        naive += shares.mean() - hw <= truth <= shares.mean() + hw
    print(f"coverage at 95%: pooled logit {ours / trials:.3f}, t on shares {naive / trials:.3f}")
    assert ours / trials >= 0.91
    assert ours > naive
