"""Closed-form queueing results: Erlang B, C and A, M/M/1, M/G/1 (Pollaczek-Khinchine), a
tandem of M/M/c stations (Jackson), and staffing rules built on them.

Used by the theory tests (the simulator must agree with these numbers), by the lessons, and by
``malaka plan`` for the analytic staffing it sets beside the simulated one.

Notation: arrival rate ``lam`` (λ), service rate per server ``mu`` (μ), ``c`` servers, offered
load ``a = λ/μ`` (Erlangs), utilisation ``ρ = a/c``. All times are in the unit of ``1/lam``.

Formulas (Gross, Shortle, Thompson and Harris, *Fundamentals of Queueing Theory*, 4th ed., §2.3
and §2.5; Koole, *Call Center Optimization*, ch. 4):

* Erlang B, by the recursion ``B(0) = 1, B(k) = a·B(k-1) / (k + a·B(k-1))``, which never
  forms ``a^c / c!`` and so stays accurate for thousands of servers.
* Erlang C from Erlang B: ``C = c·B / (c - a·(1 - B))`` for ``a < c``.
* M/M/c waiting time: ``Wq = C / (cμ - λ)``, ``P(W > t) = C·exp(-(cμ - λ)·t)``.
* Erlang A (M/M/c+M, exponential patience with rate θ) from the birth-death chain with death
  rate ``min(k, c)·μ + max(k - c, 0)·θ`` (Garnett, Mandelbaum and Reiman 2002), summed in
  log space and truncated where the terms vanish.
* M/G/1 mean wait, the Pollaczek-Khinchine formula ``Wq = λ·E[S²] / (2(1 - ρ))`` with
  ``E[S²] = Var[S] + E[S]²`` and ``ρ = λ·E[S]`` (Gross et al. §5.1.1; Kleinrock, *Queueing
  Systems* vol. 1, §5.6).
* A series of M/M/c stations fed by Poisson arrivals: by Burke's theorem the departures of a
  stable M/M/c are Poisson at the same rate (Burke 1956), so each station is an M/M/c on its
  own and the mean time in the system is the sum of the stations' sojourns ``Wq_i + 1/μ_i``
  (Jackson 1957, the open network in series; Gross et al. §4.1-4.2).
* Square-root staffing ``c = ⌈a + β·√a⌉`` with the Halfin-Whitt β solving
  ``α = [1 + β·Φ(β)/φ(β)]⁻¹`` for a delay probability α (Halfin and Whitt 1981).
* SIPP: each planning period staffed as if stationary with its own mean arrival rate (Green,
  Kolesar and Soares 2001); the modified-offered-load (MOL) variant replaces ``λ_k/μ`` by the
  infinite-server load ``m(t)`` solving ``m'(t) = λ(t) - μ·m(t)`` (Jennings, Mandelbaum, Massey
  and Whitt 1996), which follows the lag a long service time puts between arrivals and work.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "MM1",
    "ErlangA",
    "Tandem",
    "erlang_a",
    "erlang_b",
    "erlang_b_direct",
    "erlang_c",
    "erlang_c_staffing",
    "halfin_whitt_beta",
    "jackson_tandem",
    "mg1_mean_wait",
    "mm1",
    "mmc_mean_wait",
    "mmc_prob_wait",
    "mmc_service_level",
    "mmc_wait_tail",
    "modified_offered_load",
    "mol_staffing",
    "sipp_staffing",
    "square_root_staffing",
]


def _check_positive(name: str, value: float) -> None:
    if not (value > 0 and math.isfinite(value)):
        raise ValueError(f"{name} must be a positive finite number, got {value!r}")


def _check_servers(c: int) -> None:
    if isinstance(c, bool) or not isinstance(c, int) or c < 0:
        raise ValueError(f"c must be a non-negative integer, got {c!r}")


def erlang_b(c: int, a: float) -> float:
    """Blocking probability of M/M/c/c (Erlang loss) with offered load ``a``, by recursion.

    ``B(0) = 1``, ``B(k) = a·B(k-1) / (k + a·B(k-1))``: every step is a ratio of positive
    numbers, so it neither overflows nor loses precision for large ``c``.
    """
    _check_servers(c)
    if a < 0 or not math.isfinite(a):
        raise ValueError(f"offered load must be >= 0, got {a!r}")
    b = 1.0
    for k in range(1, c + 1):
        b = a * b / (k + a * b)
    return b


def erlang_b_direct(c: int, a: float) -> float:
    """Erlang B from its textbook form ``(a^c/c!) / Σ_{k≤c} a^k/k!``, summed in log space.

    Kept as an independent check of :func:`erlang_b` (the tests compare the two).
    """
    _check_servers(c)
    if a <= 0:
        return 1.0 if c == 0 else 0.0
    logs = [k * math.log(a) - math.lgamma(k + 1) for k in range(c + 1)]
    top = max(logs)
    return math.exp(logs[c] - top) / sum(math.exp(x - top) for x in logs)


def erlang_c(c: int, a: float) -> float:
    """Probability that an arrival waits in M/M/c (Erlang C); 1 when the queue is unstable."""
    _check_servers(c)
    if a < 0 or not math.isfinite(a):
        raise ValueError(f"offered load must be >= 0, got {a!r}")
    if a == 0:
        return 0.0
    if c == 0 or a >= c:
        return 1.0
    b = erlang_b(c, a)
    return c * b / (c - a * (1.0 - b))


def mmc_prob_wait(lam: float, mu: float, c: int) -> float:
    """P(W > 0) in M/M/c: Erlang C with ``a = λ/μ``."""
    _check_positive("mu", mu)
    return erlang_c(c, lam / mu)


def mmc_mean_wait(lam: float, mu: float, c: int) -> float:
    """Mean wait in queue of M/M/c, ``Wq = C/(cμ - λ)``; infinite when ``λ >= cμ``."""
    _check_positive("mu", mu)
    if lam <= 0:
        return 0.0
    if lam >= c * mu:
        return math.inf
    return erlang_c(c, lam / mu) / (c * mu - lam)


def mmc_wait_tail(lam: float, mu: float, c: int, t: float) -> float:
    """``P(W > t) = C·exp(-(cμ - λ)·t)`` for M/M/c under first come, first served."""
    _check_positive("mu", mu)
    if t < 0:
        raise ValueError(f"t must be >= 0, got {t!r}")
    if lam <= 0:
        return 0.0
    if lam >= c * mu:
        return 1.0
    return erlang_c(c, lam / mu) * math.exp(-(c * mu - lam) * t)


def mmc_service_level(lam: float, mu: float, c: int, t: float) -> float:
    """Share of arrivals served within ``t``: ``P(W <= t) = 1 - P(W > t)``."""
    return 1.0 - mmc_wait_tail(lam, mu, c, t)


@dataclass(frozen=True, slots=True)
class MM1:
    """Steady-state figures of M/M/1 (ρ = λ/μ < 1)."""

    rho: float
    #: mean number in system, ρ/(1-ρ)
    L: float
    #: mean number waiting, ρ²/(1-ρ)
    Lq: float
    #: mean time in system, 1/(μ-λ)
    W: float
    #: mean wait in queue, ρ/(μ-λ)
    Wq: float
    #: P(wait > 0) = ρ
    prob_wait: float


def mm1(lam: float, mu: float) -> MM1:
    """M/M/1 metrics; raises ``ValueError`` when ``λ >= μ`` (no steady state)."""
    _check_positive("lam", lam)
    _check_positive("mu", mu)
    if lam >= mu:
        raise ValueError(f"M/M/1 is unstable: lam={lam} >= mu={mu}")
    rho = lam / mu
    return MM1(
        rho=rho,
        L=rho / (1 - rho),
        Lq=rho * rho / (1 - rho),
        W=1 / (mu - lam),
        Wq=rho / (mu - lam),
        prob_wait=rho,
    )


@dataclass(frozen=True, slots=True)
class ErlangA:
    """Steady-state figures of M/M/c+M (Erlang A: callers hang up after Exp(θ) patience)."""

    #: P(an arrival finds all servers busy) = P(N >= c) (PASTA)
    prob_wait: float
    #: share of arrivals that abandon, θ·E[Q]/λ
    prob_abandon: float
    #: mean number waiting, E[Q]
    mean_queue: float
    #: mean time in queue over all arrivals (served and abandoning), E[Q]/λ by Little's law
    mean_wait: float
    #: mean number of busy servers, E[min(N, c)] (flow balance: μ·E[busy] + θ·E[Q] = λ)
    mean_busy: float


def erlang_a(lam: float, mu: float, c: int, theta: float, *, tol: float = 1e-15) -> ErlangA:
    """Erlang A from its birth-death chain, in log space; any load is stable since θ > 0.

    State ``k`` (number present) has birth rate λ and death rate ``min(k,c)·μ + max(k-c,0)·θ``.
    ``log π_k`` is accumulated term by term and the sum stops once the terms fall below ``tol``
    relative to the largest, past the mode.
    """
    _check_positive("lam", lam)
    _check_positive("mu", mu)
    _check_positive("theta", theta)
    _check_servers(c)
    logs = [0.0]
    k = 0
    peak = 0.0
    limit = math.log(tol)
    while True:
        k += 1
        death = min(k, c) * mu + max(k - c, 0) * theta
        nxt = logs[-1] + math.log(lam) - math.log(death)
        logs.append(nxt)
        peak = max(peak, nxt)
        if death > lam and nxt - peak < limit:
            break
        if k > 10_000_000:  # pragma: no cover - guards against a runaway loop
            raise ValueError("Erlang A chain did not converge")
    weights = [math.exp(x - peak) for x in logs]
    total = math.fsum(weights)
    probs = [w / total for w in weights]
    prob_wait = math.fsum(probs[c:])
    mean_queue = math.fsum((i - c) * p for i, p in enumerate(probs) if i > c)
    mean_busy = math.fsum(min(i, c) * p for i, p in enumerate(probs))
    return ErlangA(
        prob_wait=prob_wait,
        prob_abandon=theta * mean_queue / lam,
        mean_queue=mean_queue,
        mean_wait=mean_queue / lam,
        mean_busy=mean_busy,
    )


def mg1_mean_wait(lam: float, mean: float, variance: float) -> float:
    """Mean wait in queue of M/G/1 (Pollaczek-Khinchine): ``Wq = λ·E[S²] / (2(1 - ρ))``.

    ``mean`` and ``variance`` are those of the service time ``S`` (any distribution), so
    ``E[S²] = variance + mean²`` and ``ρ = λ·mean``; infinite when ``ρ >= 1``. Exponential
    service (variance = mean²) gives M/M/1's ``ρ/(μ - λ)``; a constant one (M/D/1) half of it.
    Sources: Gross, Shortle, Thompson and Harris, *Fundamentals of Queueing Theory*, 4th ed.,
    §5.1.1; Kleinrock, *Queueing Systems*, vol. 1 (1975), §5.6.
    """
    _check_positive("mean", mean)
    if variance < 0 or not math.isfinite(variance):
        raise ValueError(f"variance must be >= 0, got {variance!r}")
    if lam < 0 or not math.isfinite(lam):
        raise ValueError(f"lam must be >= 0, got {lam!r}")
    if lam == 0:
        return 0.0
    rho = lam * mean
    if rho >= 1:
        return math.inf
    return lam * (variance + mean * mean) / (2.0 * (1.0 - rho))


@dataclass(frozen=True, slots=True)
class Tandem:
    """Steady-state figures of M/M/c stations in series (an open Jackson network)."""

    #: mean wait in queue at each station, Erlang C's ``C/(cμ - λ)``
    waits: tuple[float, ...]
    #: mean time at each station, wait plus service: ``Wq_i + 1/μ_i``
    sojourns: tuple[float, ...]
    #: mean time in the system, the sum of the sojourns
    total: float


def jackson_tandem(lam: float, stations: Sequence[tuple[float, int]]) -> Tandem:
    """Mean waits and sojourns of Poisson arrivals (rate λ) through ``(μ, c)`` stations in turn.

    Every customer visits every station once, in order, and is served first come, first
    served by ``c`` servers at rate ``μ`` each. By Burke's theorem (Burke 1956, "The output of
    a queuing system", *Operations Research* 4(6)) a stable M/M/c passes Poisson arrivals on
    as Poisson departures, so each station is an independent M/M/c at rate λ (Jackson 1957,
    "Networks of waiting lines", *Operations Research* 5(4); Gross et al., 4th ed., §4.1-4.2)
    and the mean time in the system is the sum of the stations' ``Wq_i + 1/μ_i``. Raises
    ``ValueError`` when a station is unstable (``λ >= c·μ``).
    """
    _check_positive("lam", lam)
    waits: list[float] = []
    sojourns: list[float] = []
    for mu, c in stations:
        _check_positive("mu", mu)
        _check_servers(c)
        if lam >= c * mu:
            raise ValueError(f"a station is unstable: lam={lam} >= c*mu={c * mu}")
        wq = mmc_mean_wait(lam, mu, c)
        waits.append(wq)
        sojourns.append(wq + 1.0 / mu)
    return Tandem(waits=tuple(waits), sojourns=tuple(sojourns), total=math.fsum(sojourns))


def _norm_pdf(x: float) -> float:
    return math.exp(-0.5 * x * x) / math.sqrt(2 * math.pi)


def _norm_cdf(x: float) -> float:
    return 0.5 * math.erfc(-x / math.sqrt(2))


def halfin_whitt_beta(alpha: float) -> float:
    """The β of square-root staffing whose limiting delay probability is ``alpha``.

    Solves ``α = [1 + β·Φ(β)/φ(β)]⁻¹`` by bisection (the right side falls from 1 to 0 as β
    grows from 0), Halfin and Whitt (1981).
    """
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must be in (0, 1), got {alpha!r}")

    def delay(beta: float) -> float:
        return 1.0 / (1.0 + beta * _norm_cdf(beta) / _norm_pdf(beta))

    lo, hi = 0.0, 1.0
    while delay(hi) > alpha:
        hi *= 2
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if delay(mid) > alpha:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


def square_root_staffing(a: float, beta: float) -> int:
    """Square-root staffing ``c = ⌈a + β·√a⌉``, at least one server above a positive load."""
    if a < 0 or not math.isfinite(a):
        raise ValueError(f"offered load must be >= 0, got {a!r}")
    if a == 0:
        return 0
    c = math.ceil(a + beta * math.sqrt(a) - 1e-12)
    return max(c, math.floor(a) + 1)


Criterion = Literal["service_level", "prob_wait", "mean_wait"]


def erlang_c_staffing(
    lam: float,
    mu: float,
    *,
    target: float,
    within: float = 0.0,
    criterion: Criterion = "service_level",
) -> int:
    """Smallest ``c`` for which M/M/c meets a target.

    * ``service_level``: ``P(W <= within) >= target`` (``within = 0`` means ``P(W = 0)``);
    * ``prob_wait``: ``P(W > 0) <= target``;
    * ``mean_wait``: ``Wq <= target``.

    The search starts just above the load (the smallest stable ``c``) and steps up; Erlang C
    falls monotonically in ``c`` so the first ``c`` that passes is the answer.
    """
    _check_positive("mu", mu)
    if lam < 0:
        raise ValueError(f"lam must be >= 0, got {lam!r}")
    if criterion == "service_level" and not 0 < target < 1:
        raise ValueError(f"a service-level target must be in (0, 1), got {target!r}")
    if criterion == "prob_wait" and not 0 < target < 1:
        raise ValueError(f"a delay-probability target must be in (0, 1), got {target!r}")
    if criterion == "mean_wait" and target <= 0:
        raise ValueError(f"a mean-wait target must be > 0, got {target!r}")
    if lam == 0:
        return 0
    a = lam / mu
    c = math.floor(a) + 1
    while True:
        if criterion == "service_level":
            ok = mmc_service_level(lam, mu, c, within) >= target
        elif criterion == "prob_wait":
            ok = erlang_c(c, a) <= target
        else:
            ok = mmc_mean_wait(lam, mu, c) <= target
        if ok:
            return c
        c += 1


def sipp_staffing(
    rates: Sequence[float],
    mu: float,
    *,
    target: float,
    within: float = 0.0,
    criterion: Criterion = "service_level",
    lag: float = 0.0,
    period: float = 1.0,
) -> list[int]:
    """SIPP: staff each period as a stationary M/M/c with that period's arrival rate.

    ``rates[k]`` is the mean arrival rate in period ``k`` (per time unit); ``lag`` (in periods,
    a whole number) shifts the rates forward, the "lagged SIPP" of Green, Kolesar and Soares
    (2001), treating the rate sequence as cyclic.
    """
    if period <= 0:
        raise ValueError(f"period must be > 0, got {period!r}")
    n = len(rates)
    shift = round(lag)
    shifted = [rates[(k - shift) % n] for k in range(n)] if n else []
    return [
        erlang_c_staffing(r, mu, target=target, within=within, criterion=criterion) for r in shifted
    ]


def modified_offered_load(
    rates: Sequence[float], mu: float, *, period: float = 1.0, cycles: int = 50
) -> list[tuple[float, float]]:
    """Infinite-server offered load at the start and end of each period, cyclic steady state.

    With piecewise-constant λ and exponential service, ``m' = λ - μ·m`` has the exact solution
    ``m(t) = λ_k/μ + (m(t_k) - λ_k/μ)·exp(-μ(t - t_k))`` within period ``k``. The rate pattern
    is repeated until ``m`` at the cycle start stops changing, so the answer does not depend on
    where the cycle was cut. Within a period ``m`` is monotone, so its extremes are at the ends.
    """
    _check_positive("mu", mu)
    if period <= 0:
        raise ValueError(f"period must be > 0, got {period!r}")
    decay = math.exp(-mu * period)
    m = sum(rates) / len(rates) / mu if rates else 0.0
    for _ in range(cycles):
        start = m
        for r in rates:
            m = r / mu + (m - r / mu) * decay
        if abs(m - start) <= 1e-12 * max(1.0, abs(m)):
            break
    out: list[tuple[float, float]] = []
    for r in rates:
        end = r / mu + (m - r / mu) * decay
        out.append((m, end))
        m = end
    return out


def mol_staffing(
    rates: Sequence[float],
    mu: float,
    *,
    target: float,
    within: float = 0.0,
    criterion: Criterion = "service_level",
    period: float = 1.0,
) -> list[int]:
    """Modified-offered-load staffing: Erlang C with load ``m(t)`` instead of ``λ_k/μ``.

    Staff is constant within a period, so each period gets the larger requirement of its two
    ends (``m`` is monotone inside a period).
    """
    loads = modified_offered_load(rates, mu, period=period)
    return [
        max(
            erlang_c_staffing(m * mu, mu, target=target, within=within, criterion=criterion)
            for m in ends
        )
        for ends in loads
    ]
