"""The staffing planner and the what-if comparison."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from malaka import theory
from malaka.simulations import planning
from malaka.simulations.scenario import Scenario, load_scenario

REPO = Path(__file__).resolve().parents[2]
TUMAN = REPO / "simulations" / "scenarios" / "tuman-iib.yaml"


@pytest.fixture(scope="module")
def tuman() -> Scenario:
    """The shipped district scenario."""
    return load_scenario(TUMAN)


def _load(rate: np.ndarray, cover: list[np.ndarray], mean_service: float) -> planning.PoolLoad:
    return planning.PoolLoad(
        pool="p",
        rate=rate,
        mean_service=mean_service,
        work_per_week=float(rate.sum() * mean_service),
        cover=cover,
    )


def test_shift_loads_share_off_duty_work() -> None:
    """Work arriving off duty is shared by shifts in proportion to their hours."""
    rate = np.zeros(168)
    rate[:] = 1.0  # one arrival per hour, all week
    day = np.zeros(168, dtype=bool)
    for d in range(5):
        day[d * 24 + 9 : d * 24 + 18] = True  # 45 h
    sat = np.zeros(168, dtype=bool)
    sat[5 * 24 + 9 : 5 * 24 + 14] = True  # 5 h
    loads = planning.shift_loads(_load(rate, [day, sat], mean_service=2.0))
    off = (168 - 50) * 2.0
    assert loads[0] == pytest.approx((45 * 2.0 + off * 45 / 50) / 45)
    assert loads[1] == pytest.approx((5 * 2.0 + off * 5 / 50) / 5)
    # every hour of work is absorbed by someone: Σ a_s · hours_s = weekly work
    assert loads[0] * 45 + loads[1] * 5 == pytest.approx(168 * 2.0)


def test_sipp_takes_the_busiest_hour_and_mol_follows_the_lag() -> None:
    """SIPP staffs a shift for its peak hour; a burst just before the shift is invisible to it."""
    rate = np.full(168, 0.5)
    rate[9] = 6.0  # Monday 09-10 burst
    rate[8] = 20.0  # Monday 08-09 burst, before the shift starts
    cover = np.zeros(168, dtype=bool)
    cover[9:18] = True
    load = _load(rate, [cover], mean_service=2.0)
    sipp = planning.sipp_rule({"p": load}, 0.8, {"p": [3]}, within=0.5)
    assert sipp["p"] == [theory.erlang_c_staffing(6.0, 0.5, target=0.8, within=0.5)]
    mol = planning.sipp_rule({"p": load}, 0.8, {"p": [3]}, within=0.5, modified=True)
    assert mol["p"][0] > sipp["p"][0]  # the 08-09 work is still there at 09:00


def test_closed_shifts_stay_closed_and_cost_counts_shift_hours(tuman: Scenario) -> None:
    """A shift written with no staff is not opened; cost is Σ rate × officers × weekly hours."""
    rate = np.ones(168)
    open_, closed = np.zeros(168, dtype=bool), np.zeros(168, dtype=bool)
    open_[9:18] = True
    closed[33:42] = True
    staff = planning.staff_for({"p": _load(rate, [open_, closed], 1.0)}, 1.0, {"p": [2, 0]})
    assert staff["p"][1] == 0
    assert staff["p"][0] >= 1
    cost = planning.cost_per_week(tuman, {"registry": [2]})
    base = planning.cost_per_week(tuman, {})
    assert cost is not None
    assert base is not None
    assert cost - base == pytest.approx(45000 * 1 * 5 * 9)


@pytest.fixture(scope="module")
def district_plan(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, planning.PlanResult]:
    """``malaka plan`` on the district scenario at 95%, with the command's defaults."""
    from malaka.simulations.plan_command import run_plan

    out = tmp_path_factory.mktemp("plan") / "p"
    t0 = time.perf_counter()
    folder, result = run_plan(TUMAN, target=0.95, workers=2, out=out)
    print(f"plan on tuman-iib: {time.perf_counter() - t0:.1f} s, {len(result.history)} judged")
    return folder, result


@pytest.mark.slow
def test_plan_on_district_is_proven_minimal_and_rechecked(
    district_plan: tuple[Path, planning.PlanResult], tuman: Scenario
) -> None:
    """The plan meets 95% on its lower bound; every single-post reduction (a shift down to no
    one included, where its pool keeps a post) was judged and misses, or is a reported tie;
    the re-check on fresh appeals gives a probability; table, plot and JSON are written."""
    folder, result = district_plan
    assert result.reached
    best = result.best
    assert best is not None
    assert best.lower >= 0.95
    assert result.minimal
    expected = {
        (pool, i) for pool, counts in best.staff.items() for i, n in enumerate(counts) if n > 0
    }
    assert {(r.pool, r.shift) for r in result.reductions} == expected
    for r in result.reductions:
        if sum(best.staff[r.pool]) == 1:
            assert r.judged is None  # the pool's last post
        else:
            assert r.judged is not None
            assert not r.judged.meets(0.95)
            assert r.judged.decided(0.95) or r in result.ties
    # a shift may be closed when its pool keeps another: it was at least tried
    tried = {planning._key(c.staff) for c in result.history}
    for pool, counts in best.staff.items():
        for i, n in enumerate(counts):
            if n == 1 and sum(counts) > 1:
                fewer = {p: list(v) for p, v in best.staff.items()}
                fewer[pool][i] = 0
                assert planning._key(fewer) in tried
    assert result.recheck is not None
    assert result.recheck.seed != result.seed
    assert result.probability is not None
    assert 0.0 <= result.probability <= 1.0
    assert {"square_root", "sipp", "mol"} <= set(result.rules)
    data = json.loads((folder / "plan.json").read_text(encoding="utf-8"))
    assert data["best"]["staff"] == best.staff
    assert data["minimal"] is True
    assert data["frontier"]
    text = (folder / "plan.md").read_text(encoding="utf-8")
    assert text.startswith("# Shtat rejasi")  # the scenario's language: Uzbek
    assert "uzilgan qo'ng'iroq" in text  # abandoned calls count as not answered on time
    assert "Nega kamroq emas" in text
    assert "so'm" in text
    assert "oyiga" in text  # cost a month
    assert "| SIPP (soatbay Erlang C) |" in text
    people = planning.people_needed(tuman, best.staff, hours_per_week=40, availability=0.85)
    assert people["hotline"] == pytest.approx(168 / (40 * 0.85))
    assert (folder / "frontier.png").read_bytes()[:4] == b"\x89PNG"


@pytest.mark.slow
def test_plans_from_other_seeds_agree_or_report_a_tie(
    district_plan: tuple[Path, planning.PlanResult], tuman: Scenario
) -> None:
    """The plan repeated with other seeds chooses as many posts; where two seeds disagree,
    the larger plan reports a tie (a reduction still undecided at the replication cap)."""
    _folder, first = district_plan
    results = [first]
    for seed in (1, 2):
        results.append(planning.plan_staffing(tuman, target=0.95, seed=seed, workers=2))
    posts = [r.best.posts for r in results if r.best is not None]
    assert len(posts) == len(results)
    fewest = min(posts)
    for r in results:
        assert r.best is not None
        if r.best.posts > fewest:
            assert r.ties, (r.seed, r.best.staff, [x.best.staff for x in results if x.best])
            assert "A tie" in planning.plan_markdown(r, tuman)


def test_abandoned_calls_count_as_not_answered_on_time(tuman: Scenario) -> None:
    """Without the hotline's officer every call is abandoned: the measure falls, never rises."""
    from malaka.simulations.runner import run_one

    with_hotline = planning.judge_replication(tuman, run_one(tuman, 0, 3))
    no_hotline = tuman.with_staff({"hotline": [0]})
    without = planning.judge_replication(no_hotline, run_one(no_hotline, 0, 3))
    assert without["abandoned"] > with_hotline["abandoned"]
    share = with_hotline["on_time"] / with_hotline["appeals"]
    assert without["on_time"] / without["appeals"] < share


def test_single_reductions_close_a_shift_only_while_its_pool_keeps_a_post() -> None:
    staff = {"a": [1, 1], "b": [1], "c": [2, 0]}
    got = {(p, i): fewer for p, i, fewer in planning.single_reductions(staff)}
    assert set(got) == {("a", 0), ("a", 1), ("b", 0), ("c", 0)}
    assert got[("a", 0)] == {"a": [0, 1], "b": [1], "c": [2, 0]}
    assert got[("b", 0)] is None  # the pool's last post
    assert got[("c", 0)] == {"a": [1, 1], "b": [1], "c": [1, 0]}


@pytest.mark.slow
def test_compare_more_staff_answers_more_on_time(tuman: Scenario) -> None:
    """B (as written) against A (one investigator): B is significantly better on time."""
    a = tuman.with_staff({"investigation": 1, "prevention": [2, 1]})
    result = planning.compare_scenarios(a, tuman, replications=3, seed=11, workers=2)
    on_time = result["headline"]["on_time_share"]
    assert on_time["diff"] > 0
    assert on_time["significant"]
    assert on_time["better"] is True
    wait = result["headline"]["time_to_answer_mean_h"]
    assert wait["diff"] < 0
    # common random numbers: the same first appeals arrive in both; A's late answers only add
    # repeat appeals
    assert result["differences"]["arrived"]["diff"] <= 0


def test_compare_of_a_scenario_with_itself_is_exactly_zero(tmp_path: Path) -> None:
    """Same seed, same streams: every paired difference is exactly 0 (CLI, files written)."""
    from malaka.simulations.plan_command import run_compare

    src = REPO / "tests" / "simulations_kpis" / "scenarios" / "mini-tuman.yaml"
    folder, result = run_compare(src, src, replications=2, workers=1, out=tmp_path / "c")
    assert all(e["diff"] in (0, None) for e in result["differences"].values())
    assert json.loads((folder / "compare.json").read_text(encoding="utf-8"))["a"] == "mini-tuman"
    text = (folder / "compare.md").read_text(encoding="utf-8")
    assert text.startswith("# Taqqoslash")  # the scenario's language: Uzbek
    assert "farqlab bo'lmaydi" in text  # every KPI: not distinguishable, in one sentence each
    assert (folder / "compare.png").read_bytes()[:4] == b"\x89PNG"
    assert "data:image/png;base64," in (folder / "compare.html").read_text(encoding="utf-8")
    run_compare(src, src, replications=2, workers=1, out=tmp_path / "ru", lang="ru")
    assert "Сравнение" in (tmp_path / "ru" / "compare.md").read_text(encoding="utf-8")


def test_compare_sentences_say_better_worse_or_not_distinguishable() -> None:
    result = {
        "differences": {
            "on_time_share": {"a": 0.9, "b": 0.95, "diff": 0.05, "half_width": 0.01,
                              "significant": True, "better": True},
            "time_to_answer_mean_h": {"a": 50.0, "b": 70.0, "diff": 20.0, "half_width": 5.0,
                                      "significant": True, "better": False},
            "backlog_mean": {"a": 10.0, "b": 10.5, "diff": 0.5, "half_width": 2.0,
                             "significant": False},
        }
    }  # fmt: skip
    en = planning.compare_sentences(result, "en")
    assert en[0] == "Share answered on time: B is better (90.0 % → 95.0 %, difference +5.0 p.p.)."
    assert en[1].startswith("Time to answer, mean: B is worse (2.1 days (50 h) → 2.9 days")
    assert "not distinguishable" in en[2]
    assert planning.compare_sentences(result, "uz")[0].startswith(
        "Muddatida javob berilgan ulush: B yaxshiroq (90,0 % → 95,0 %"
    )


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["plan", str(TUMAN), "--target", "1.5"], "--target"),
        (["plan", str(TUMAN), "--target", "0.9", "--replications", "1"], "--replications"),
        (["compare", str(TUMAN), "missing.yaml"], "missing.yaml"),
        (
            ["plan", str(REPO / "simulations/scenarios/erlang-check.yaml"), "--target", "0.9"],
            "deadlines",
        ),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(args: list[str], field: str, tmp_path: Path) -> None:
    """Bad options or files: one line naming the field or file, exit code 2, no output."""
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "malaka.cli", *args, "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
    )
    assert proc.returncode == 2, proc.stderr
    assert field in proc.stderr
    assert not out.exists()
