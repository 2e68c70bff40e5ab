"""Service-time and delay distributions a scenario can name, as a tagged union on ``dist``.

Each distribution can be given by its mean and standard deviation (what an analyst measures)
or by its own parameters (what a textbook writes), in ``minutes``, ``hours`` (the default) or
``days``. Every one exposes ``mean`` and ``variance`` in hours, so theory and lessons can quote
them, and ``sample(rng, n)``, a vector of ``n`` draws in hours from an explicit numpy Generator.
"""

from __future__ import annotations

import math
from typing import Annotated, Literal, Self

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, model_validator

Unit = Literal["minutes", "hours", "days"]
_UNIT_HOURS: dict[str, float] = {"minutes": 1.0 / 60.0, "hours": 1.0, "days": 24.0}


class _Dist(BaseModel):
    """Common settings: frozen, unknown fields rejected, a time unit."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    unit: Unit = Field("hours", description="time unit of the numbers given")

    @property
    def _k(self) -> float:
        return _UNIT_HOURS[self.unit]


class Exponential(_Dist):
    """Memoryless times (M/M/c service); give ``mean`` or ``rate`` (per unit)."""

    dist: Literal["exponential"]
    mean_: float | None = Field(None, alias="mean", gt=0, description="mean time")
    rate: float | None = Field(None, gt=0, description="events per unit time (1 / mean)")

    @model_validator(mode="after")
    def _one_of(self) -> Self:
        if (self.mean_ is None) == (self.rate is None):
            raise ValueError("give exactly one of 'mean' or 'rate'")
        return self

    @property
    def mean(self) -> float:
        """Mean in hours."""
        m = self.mean_ if self.mean_ is not None else 1.0 / float(self.rate or 1.0)
        return m * self._k

    @property
    def variance(self) -> float:
        """Variance in hours squared."""
        return self.mean**2

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        """``n`` draws in hours."""
        return rng.exponential(self.mean, n)


class Lognormal(_Dist):
    """Right-skewed times (paperwork); give ``mean`` and ``sd`` or ``mu`` and ``sigma`` of log."""

    dist: Literal["lognormal"]
    mean_: float | None = Field(None, alias="mean", gt=0)
    sd: float | None = Field(None, gt=0)
    mu: float | None = Field(None, description="mean of the log of the time (in the unit)")
    sigma: float | None = Field(None, gt=0, description="sd of the log of the time")

    @model_validator(mode="after")
    def _one_of(self) -> Self:
        by_moments = self.mean_ is not None and self.sd is not None
        by_params = self.mu is not None and self.sigma is not None
        if by_moments == by_params or (
            by_moments and (self.mu is not None or self.sigma is not None)
        ):
            raise ValueError("give either 'mean' and 'sd', or 'mu' and 'sigma'")
        return self

    def _params(self) -> tuple[float, float]:
        """(mu, sigma) of log(time in hours)."""
        if self.mu is not None and self.sigma is not None:
            return self.mu + math.log(self._k), self.sigma
        m, s = float(self.mean_ or 0.0) * self._k, float(self.sd or 0.0) * self._k
        sigma2 = math.log1p((s / m) ** 2)
        return math.log(m) - sigma2 / 2.0, math.sqrt(sigma2)

    @property
    def mean(self) -> float:
        """Mean in hours."""
        mu, sigma = self._params()
        return math.exp(mu + sigma**2 / 2.0)

    @property
    def variance(self) -> float:
        """Variance in hours squared."""
        mu, sigma = self._params()
        return (math.exp(sigma**2) - 1.0) * math.exp(2.0 * mu + sigma**2)

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        """``n`` draws in hours."""
        mu, sigma = self._params()
        return rng.lognormal(mu, sigma, n)


class Gamma(_Dist):
    """Sums of steps (Erlang-like times); give ``mean`` and ``sd`` or ``shape`` and ``scale``."""

    dist: Literal["gamma"]
    mean_: float | None = Field(None, alias="mean", gt=0)
    sd: float | None = Field(None, gt=0)
    shape: float | None = Field(None, gt=0)
    scale: float | None = Field(None, gt=0, description="scale, in the unit")

    @model_validator(mode="after")
    def _one_of(self) -> Self:
        by_moments = self.mean_ is not None and self.sd is not None
        by_params = self.shape is not None and self.scale is not None
        if by_moments == by_params or (
            by_moments and (self.shape is not None or self.scale is not None)
        ):
            raise ValueError("give either 'mean' and 'sd', or 'shape' and 'scale'")
        return self

    def _params(self) -> tuple[float, float]:
        """(shape, scale in hours)."""
        if self.shape is not None and self.scale is not None:
            return self.shape, self.scale * self._k
        m, s = float(self.mean_ or 0.0) * self._k, float(self.sd or 0.0) * self._k
        return (m / s) ** 2, s * s / m

    @property
    def mean(self) -> float:
        """Mean in hours."""
        k, theta = self._params()
        return k * theta

    @property
    def variance(self) -> float:
        """Variance in hours squared."""
        k, theta = self._params()
        return k * theta * theta

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        """``n`` draws in hours."""
        k, theta = self._params()
        return rng.gamma(k, theta, n)


class Empirical(_Dist):
    """Observed times resampled as they are (with optional weights)."""

    dist: Literal["empirical"]
    values: list[Annotated[float, Field(ge=0)]] = Field(min_length=1)
    weights: list[Annotated[float, Field(ge=0)]] | None = None

    @model_validator(mode="after")
    def _weights(self) -> Self:
        if self.weights is not None:
            if len(self.weights) != len(self.values):
                raise ValueError("'weights' must have one entry per value")
            if sum(self.weights) <= 0:
                raise ValueError("'weights' must not all be zero")
        return self

    def _p(self) -> np.ndarray | None:
        if self.weights is None:
            return None
        w = np.asarray(self.weights, dtype=float)
        out: np.ndarray = w / w.sum()
        return out

    @property
    def mean(self) -> float:
        """Mean in hours."""
        v = np.asarray(self.values, dtype=float) * self._k
        p = self._p()
        return float(v.mean() if p is None else (v * p).sum())

    @property
    def variance(self) -> float:
        """Variance in hours squared (of the resampling distribution)."""
        v = np.asarray(self.values, dtype=float) * self._k
        p = self._p()
        m = self.mean
        return float(((v - m) ** 2).mean() if p is None else (((v - m) ** 2) * p).sum())

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        """``n`` draws in hours."""
        v = np.asarray(self.values, dtype=float) * self._k
        return rng.choice(v, size=n, p=self._p())


class Constant(_Dist):
    """A fixed time (rules such as a set re-routing delay)."""

    dist: Literal["constant"]
    value: float = Field(ge=0)

    @property
    def mean(self) -> float:
        """Mean in hours."""
        return self.value * self._k

    @property
    def variance(self) -> float:
        """Zero."""
        return 0.0

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:  # noqa: ARG002 - same signature as the others
        """``n`` copies of the value in hours."""
        return np.full(n, self.mean)


Dist = Annotated[
    Exponential | Lognormal | Gamma | Empirical | Constant,
    Field(discriminator="dist"),
]
"""Any distribution, chosen by its ``dist`` field."""
