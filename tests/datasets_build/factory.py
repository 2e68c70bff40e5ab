"""A fast, vectorised maker of event logs that follow the contract, for tests and benchmarks.

The real logs come from the SimPy model; this maker lets the dataset builder be tested at any
size (a million appeals in seconds) and with exactly known features: anonymous appeals,
repeat appeals, hotline hang-ups, inter-agency requests with reminders, extensions, forwarding
and appeals still open at the end. Deadlines follow the engine's rule (end of the day of
receipt + 15 days, calendar days, moved past days off) only approximately: tests that check
deadline rules use the real scenario calendar.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from malaka import eventlog, taxonomy

CHANNELS = ("e_murojaat", "virtual_reception", "hotline_1102", "personal_reception")
AGENCIES = ("prosecutor", "court", "health", "mahalla")
POOLS = {"registration": ("registry", 3), "handling": ("inspectors", 8)}


def make_events(
    n_cases: int,
    seed: int = 1,
    *,
    replication: int = 0,
    horizon_h: float = 24 * 60,
    as_dictionary: bool = False,
) -> pa.Table:
    """An event log of ``n_cases`` appeals of one replication (contract schema)."""
    rng = np.random.default_rng(seed)
    n = n_cases
    arrive = np.sort(rng.uniform(0, horizon_h, n))
    cats = taxonomy.CATEGORIES
    cat = rng.integers(0, len(cats), n)
    kind_names = ("ariza", "taklif", "shikoyat")
    kind = np.where(
        np.array([c.id == "proposal" for c in cats])[cat], 1, rng.choice([0, 2], n, p=[0.7, 0.3])
    )
    regimes = sorted({c.regime for c in cats})
    regime = np.array([regimes.index(c.regime) for c in cats])[cat]
    urg = ("P1", "P2", "P3", "P4")
    urgency = np.array([urg.index(c.urgency) for c in cats])[cat]
    channel = rng.integers(0, len(CHANNELS), n)
    district = rng.integers(0, 3, n)
    anonymous = rng.random(n) < 0.04
    citizen = rng.integers(0, max(1, int(n * 0.8)), n)
    abandoned = (channel == CHANNELS.index("hotline_1102")) & (rng.random(n) < 0.08)
    forward = (np.array([c.regime == "forward" for c in cats])[cat]) & ~abandoned & ~anonymous
    open_end = (rng.random(n) < 0.05) & ~abandoned
    has_req = (rng.random(n) < 0.25) & ~abandoned & ~anonymous & ~forward
    replied = has_req & (rng.random(n) < 0.9)
    extend = (rng.random(n) < 0.08) & ~abandoned & ~anonymous & ~forward
    agency = rng.integers(0, len(AGENCIES), n)
    repeat = (rng.random(n) < 0.05) & (np.arange(n) > 10) & ~anonymous
    parent = rng.integers(0, np.maximum(np.arange(n), 1))
    repeat &= ~anonymous[parent] & ~repeat[parent]  # a known citizen, one level deep
    repeat_of = np.where(repeat, parent, -1)
    citizen = np.where(repeat_of >= 0, citizen[np.maximum(repeat_of, 0)], citizen)

    reg_wait = rng.exponential(2.0, n)
    reg_svc = rng.exponential(0.3, n)
    hand_wait = rng.exponential(24.0, n)
    hand_svc = rng.exponential(20.0, n)
    t_reg_start = arrive + reg_wait
    t_reg_done = t_reg_start + reg_svc
    t_h_enq = t_reg_done
    t_h_start = t_h_enq + hand_wait
    t_req = t_h_start + 1.0
    t_remind = t_req + 24 * 5
    t_reply = t_req + rng.exponential(24 * 6, n)
    remind = has_req & (~replied | (t_reply > t_remind))
    t_ext = t_h_start + 24 * 13
    t_h_done = np.maximum(t_h_start + hand_svc, np.where(replied, t_reply + 1, 0))
    t_h_done = np.maximum(t_h_done, np.where(extend, t_ext + 24, 0))
    t_close = t_h_done + 0.5
    deadline = (np.floor((arrive + 5) / 24) + 16) * 24 - 5  # end of day (UTC+5 start) + 15 days
    deadline = np.where(kind == 1, deadline + 15 * 24, deadline)
    deadline = np.where(forward, (np.floor((arrive + 5) / 24) + 6) * 24 - 5, deadline)
    ext_deadline = deadline + 30 * 24
    reg_res = rng.integers(0, POOLS["registration"][1], n)
    hand_res = rng.integers(0, POOLS["handling"][1], n)

    life = {x: i for i, x in enumerate(eventlog.LIFECYCLES)}
    blocks: list[dict[str, np.ndarray]] = []

    def block(  # noqa: PLR0917 - rows read like a table: mask, lifecycle, time, activity...
        mask: np.ndarray,
        lifecycle: str,
        t: np.ndarray,
        activity: int,
        resource: np.ndarray | int = -1,
        agency_code: np.ndarray | int = 0,
        outcome: int = 0,
        dl: np.ndarray | None = None,
    ) -> None:
        idx = np.flatnonzero(mask)
        blocks.append(
            {
                "case": idx,
                "life": np.full(len(idx), life[lifecycle]),
                "t": t[idx],
                "activity": np.full(len(idx), activity) if np.isscalar(activity) else activity[idx],
                "resource": np.full(len(idx), resource)
                if np.isscalar(resource)
                else np.asarray(resource)[idx],
                "agency": np.full(len(idx), agency_code)
                if np.isscalar(agency_code)
                else np.asarray(agency_code)[idx],
                "outcome": np.full(len(idx), outcome),
                "deadline": (deadline if dl is None else dl)[idx],
            }
        )

    # activity dictionary: 0 registration, 1 handling, 2.. agencies
    acts = ["registration", "handling", *AGENCIES]
    # resource dictionary: "" then registry#k then inspectors#k
    res_names = [""]
    res_names += [f"registry#{k}" for k in range(POOLS["registration"][1])]
    res_names += [f"inspectors#{k}" for k in range(POOLS["handling"][1])]
    reg_code = 1 + reg_res
    hand_code = 1 + POOLS["registration"][1] + hand_res
    agency_names = ["own", *AGENCIES]
    outcomes = ["", *eventlog.OUTCOMES]
    everyone = np.ones(n, bool)
    served = ~abandoned
    block(everyone, "arrive", arrive, 0)
    block(everyone, "enqueue", arrive, 0)
    block(abandoned, "abandon", arrive + 0.05, 0)
    block(abandoned, "close", arrive + 0.05, 0, outcome=outcomes.index("abandoned"))
    block(served, "start", t_reg_start, 0, reg_code)
    block(served, "complete", t_reg_done, 0, reg_code)
    block(served & forward, "forward", t_reg_done + 24, 0, agency_code=0)
    block(
        served & forward & ~open_end,
        "close",
        t_reg_done + 24,
        0,
        outcome=outcomes.index("forwarded"),
    )
    block(
        served & anonymous,
        "close",
        t_reg_done + 2,
        0,
        outcome=outcomes.index("left_without_consideration"),
    )
    handled = served & ~forward & ~anonymous
    block(handled, "enqueue", t_h_enq, 1)
    block(handled, "start", t_h_start, 1, hand_code)
    block(has_req, "request", t_req, 2 + agency, agency_code=1 + agency)
    block(remind, "remind", t_remind, 2 + agency, agency_code=1 + agency)
    block(replied, "reply", t_reply, 2 + agency, agency_code=1 + agency)
    block(extend, "extend", t_ext, 1, dl=ext_deadline)
    after = np.where(extend, ext_deadline, deadline)
    block(handled & ~open_end, "complete", t_h_done, 1, hand_code, dl=after)
    block(
        handled & ~open_end,
        "close",
        t_close,
        1,
        outcome=outcomes.index("answered"),
        dl=after,
    )

    cols = {k: np.concatenate([b[k] for b in blocks]) for k in blocks[0]}
    order = np.lexsort((cols["life"], cols["t"]))  # a simulator writes in time order
    cols = {k: v[order] for k, v in cols.items()}
    case = cols["case"]
    rows = len(case)

    def dictarr(indices: np.ndarray, values: list[str]) -> pa.Array:
        arr = pa.DictionaryArray.from_arrays(
            pa.array(indices.astype(np.int32)), pa.array(values, pa.string())
        )
        return arr if as_dictionary else arr.cast(pa.string())

    case_names = [f"C{k:07d}" for k in range(n)]
    cit_names = ["", *(f"CIT{k:07d}" for k in range(max(1, int(n * 0.8))))]
    cit_code = np.where(anonymous, 0, citizen + 1)
    run = f"test-scenario/{replication}"
    arrays = {
        "run_id": dictarr(np.zeros(rows, np.int32), [run]),
        "replication": pa.array(np.full(rows, replication, np.int32)),
        "case_id": dictarr(case, case_names),
        "citizen_id": dictarr(cit_code[case], cit_names),
        "channel": dictarr(channel[case], list(CHANNELS)),
        "kind": dictarr(kind[case], list(kind_names)),
        "category": dictarr(cat[case], [c.id for c in cats]),
        "urgency": dictarr(urgency[case], list(urg)),
        "regime": dictarr(regime[case], regimes),
        "district": dictarr(district[case], ["chilonzor", "yunusobod", "olmazor"]),
        "activity": dictarr(cols["activity"], acts),
        "lifecycle": dictarr(cols["life"], list(eventlog.LIFECYCLES)),
        "agency": dictarr(cols["agency"], agency_names),
        "resource": dictarr(cols["resource"].clip(0), res_names),
        "t": pa.array(cols["t"]),
        "deadline_t": pa.array(cols["deadline"]),
        "queue_len": pa.array(np.zeros(rows, np.int32)),
        "outcome": dictarr(cols["outcome"], outcomes),
        "repeat_of": dictarr((repeat_of + 1)[case], ["", *case_names]),
    }
    table = pa.Table.from_arrays(list(arrays.values()), names=list(arrays))
    if not as_dictionary:
        table = table.cast(eventlog.SCHEMA)
    return table
