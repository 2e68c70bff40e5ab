"""Wait extraction used by the theory tests and the site's Erlang C curve."""

from __future__ import annotations

from malaka.simulations import validation


def test_waits_of_reads_enqueue_to_start(log) -> None:  # type: ignore[no-untyped-def]
    """Waits run from enqueue to start (or abandon); warm-up arrivals are left out."""
    import numpy as np

    rows = [
        ("A", [("arrive", 1.0), ("enqueue", 1.0), ("start", 1.0), ("complete", 2.0)]),
        ("B", [("arrive", 6.0), ("enqueue", 6.0), ("start", 8.5), ("complete", 9.0)]),
        ("C", [("arrive", 7.0), ("enqueue", 7.0), ("abandon", 7.5), ("close", 7.5)]),
        ("D", [("arrive", 7.5), ("enqueue", 7.5), ("start", 9.0), ("complete", 9.5)]),
    ]
    for case, events in rows:
        for lifecycle, t in events:
            log.row(0, case, lifecycle, t, activity="handling")
    waits = validation.waits_of(log.table(), warmup_h=5.0)
    w, abandoned = waits[0]
    assert w.tolist() == [2.5, 0.5, 1.5]
    assert abandoned.tolist() == [False, True, False]
    assert isinstance(w, np.ndarray)


def test_erlang_curve_writes_png_and_json(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A tiny curve (two ρ, few appeals) writes a PNG and strict JSON with both series."""
    import json
    from pathlib import Path

    from malaka.simulations.scenario import load_scenario

    repo = Path(__file__).resolve().parents[2]
    base = load_scenario(repo / validation.ERLANG_CHECK)
    png, js = validation.erlang_curve(
        tmp_path, base=base, c=2, rhos=(0.5, 0.7), customers=1500, replications=3, workers=1
    )
    assert png.read_bytes()[:4] == b"\x89PNG"
    data = json.loads(js.read_text(encoding="utf-8"))
    assert [round(p["rho"], 6) for p in data["points"]] == [0.5, 0.7]
    assert all(p["mean_wait_se"] is not None for p in data["points"])
    assert len(data["theory"]["rho"]) == len(data["theory"]["mean_wait"]) == 200


def test_sipp_figure_writes_png_and_json(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The SIPP-against-MOL figure: a PNG and JSON with 24 hourly levels for each rule."""
    import json
    from pathlib import Path

    from malaka.simulations.scenario import load_scenario

    repo = Path(__file__).resolve().parents[2]
    base = load_scenario(repo / validation.ERLANG_CHECK)
    png, js = validation.sipp_figure(tmp_path, base=base, replications=2, workers=1)
    assert png.read_bytes()[:4] == b"\x89PNG"
    data = json.loads(js.read_text(encoding="utf-8"))
    assert len(data["sipp"]["service_level"]) == len(data["mol"]["staff"]) == 24
