"""Forecast benchmark: Monte Carlo scale on the flagship, and alternating offers against NegMAS.

Part 1 times ``accord.simulate.forecast`` (local backend, every core) on
gaza-2025-03 for 10^3 ... 10^6 runs over 365 days, with peak memory.
Part 2 runs the same bilateral alternating-offers negotiations (the flagship's
candidate packages as the outcome space, nominal utilities, NegMAS's Boulware,
linear and conceder time-based negotiators, the same deadlines and reserve
values) in NegMAS's ``SAOMechanism`` and in accord's ``sao_batch``, checks
that every agreement (and the step it is reached) is the same, and reports
negotiations per second for both.

    python benchmarks/bench_forecast.py            # print the results
    python benchmarks/bench_forecast.py --write    # also update BENCHMARKS.md
    python benchmarks/bench_forecast.py --quick    # 10^3..10^5 only
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
import warnings
from pathlib import Path

import _common  # noqa: E402  (benchmarks/_common.py, beside this script)
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
STRATEGIES = {"boulware": 4.0, "linear": 1.0, "conceder": 0.25}


def machine() -> str:
    import negmas

    return _common.machine(f"NumPy {np.__version__}", f"NegMAS {negmas.__version__}")


def peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest child, in MB."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


def monte_carlo(sizes: list[int]) -> list[dict]:
    from accord.execution import default_workers
    from accord.scenarios import load_scenario
    from accord.simulate import ForecastConfig, forecast
    from accord.simulate.space import _compile, pick_template

    scenario = load_scenario("gaza-2025-03")
    t = time.perf_counter()
    _compile(scenario, pick_template(scenario, None), 384)
    monte_carlo.compile_s = time.perf_counter() - t  # type: ignore[attr-defined]
    print(
        f"  candidate space compiled in {monte_carlo.compile_s:.2f} s (once per process, then cached)"
    )
    forecast(ForecastConfig(runs=64, horizon=30), scenario=scenario, workers=1)  # JIT cache warm
    workers = default_workers()
    rows = []
    for n in sizes:
        t = time.perf_counter()
        f = forecast(
            ForecastConfig(runs=n, horizon=365, seed=1),
            scenario=scenario,
            workers=workers,
        )
        elapsed = time.perf_counter() - t
        me, kid = peak_mb()
        rows.append(
            {
                "runs": n,
                "seconds": elapsed,
                "per_run_us": elapsed / n * 1e6,
                "workers": workers,
                "p_deal": f.summary["p_deal_by_horizon"],
                "driver_mb": me,
                "worker_mb": kid,
            }
        )
        print(
            f"  {n:>9,} runs: {elapsed:7.2f} s  ({elapsed / n * 1e6:6.1f} µs/run)  P(deal by day 365) = "
            f"{f.summary['p_deal_by_horizon']:.3f}  peak RSS driver {me:.0f} MB, largest worker {kid:.0f} MB",
            flush=True,
        )
    return rows


def peer(repeat: int) -> dict:
    from negmas import make_issue, make_os
    from negmas.gb.negotiators.timebased import (
        BoulwareTBNegotiator,
        ConcederTBNegotiator,
        LinearTBNegotiator,
    )
    from negmas.preferences import MappingUtilityFunction
    from negmas.sao import SAOMechanism

    from accord.scenarios import load_scenario
    from accord.simulate.sao import sao_batch
    from accord.simulate.space import compile_space

    space = compile_space(load_scenario("gaza-2025-03"))
    # each side's nominal utility of the final terms (red lines aside: a bargaining domain, not the forecast)
    U = np.einsum("kpj,pj->kp", space.values, space.compiled.weights)
    K = len(U)
    # Some packages tie exactly for one side; NegMAS orders ties by an unstable sort, so
    # for a like-for-like check the utilities are made distinct (shifts below 1e-6).
    U = U + np.arange(K)[:, None] * np.array([1e-9, 2e-9])
    assert all(len(np.unique(U[:, p])) == K for p in (0, 1))
    classes = {
        "boulware": BoulwareTBNegotiator,
        "linear": LinearTBNegotiator,
        "conceder": ConcederTBNegotiator,
    }
    reserves = [(0.0, 0.0), (0.2, 0.05), (0.3, 0.15)]
    deadlines = (20, 50, 100)
    cases = [(a, b, n, r) for r in reserves for a in classes for b in classes for n in deadlines]
    osp = make_os([make_issue(values=K, name="package")])
    # fresh utility functions per negotiation (NegMAS caches inversion state on them), built before timing
    ufuns = [
        [
            MappingUtilityFunction(
                {(k,): float(U[k, p]) for k in range(K)},
                outcome_space=osp,
                reserved_value=float(r[p]),
            )
            for p in (0, 1)
        ]
        for *_, r in cases
    ]
    negmas_out = []
    t = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for (a, b, n, _), (u0, u1) in zip(cases, ufuns, strict=True):
            m = SAOMechanism(outcome_space=osp, n_steps=n)
            m.add(classes[a](name="israel"), ufun=u0)
            m.add(classes[b](name="hamas"), ufun=u1)
            m.run()
            negmas_out.append(
                (-1 if m.agreement is None else int(m.agreement[0]), int(m.state.step))
            )
    negmas_s = time.perf_counter() - t
    exps = np.array([[STRATEGIES[a], STRATEGIES[b]] for a, b, _, _ in cases])
    steps = np.array([n for _, _, n, _ in cases], dtype=np.int64)
    reserve = np.array([r for *_, r in cases], dtype=float)
    sao_batch(U, reserve[:1], exps[:1], steps[:1])  # JIT cache warm
    agreement, at = sao_batch(U, reserve, exps, steps)
    same = sum(
        1
        for (na, ns), a, s in zip(negmas_out, agreement, at, strict=True)
        if na == a and (ns == s + 1 if a >= 0 else ns == s)
    )
    n_agree = sum(1 for na, _ in negmas_out if na >= 0)
    big = (np.tile(reserve, (repeat, 1)), np.tile(exps, (repeat, 1)), np.tile(steps, repeat))
    best = np.inf
    for _ in range(3):
        t = time.perf_counter()
        sao_batch(U, *big)
        best = min(best, time.perf_counter() - t)
    accord_rate = len(big[2]) / best
    negmas_rate = len(cases) / negmas_s
    out = {
        "cases": len(cases),
        "agreements": n_agree,
        "same": same,
        "negmas_s": negmas_s,
        "negmas_rate": negmas_rate,
        "accord_n": len(big[2]),
        "accord_s": best,
        "accord_rate": accord_rate,
        "ratio": accord_rate / negmas_rate,
        "outcomes": K,
    }
    print(
        f"  NegMAS: {len(cases)} negotiations in {negmas_s:.2f} s = {negmas_rate:,.1f}/s; accord: "
        f"{len(big[2]):,} in {best:.3f} s = {accord_rate:,.0f}/s; ratio {out['ratio']:,.0f}×; "
        f"same agreement and step in {same}/{len(cases)} ({n_agree} reach an agreement)",
        flush=True,
    )
    return out


def section(mc: list[dict], pr: dict, command: str, load: tuple[float, float]) -> str:
    lines = [
        "### Forecast: Monte Carlo scale, and alternating offers against NegMAS",
        "",
        f"Machine: {machine()}.",
        "",
        f"Command: `{command}` (one run; both tools timed in the same run). Load average of the shared "
        f"machine (other jobs running): {load[0]:.1f} at the start, {load[1]:.1f} at the end.",
        "",
        "**Monte Carlo on gaza-2025-03, 365 days, mediated protocol, local backend "
        f"({mc[0]['workers']} worker processes), store off, Numba cache warm.** Wall time of "
        "`accord.simulate.forecast` (starting the process pool, drawing, simulating, summarising; the "
        "candidate space is compiled once per process and cached — "
        f"{getattr(monte_carlo, 'compile_s', float('nan')):.2f} s on its own, paid by a warm-up call):",
        "",
        "| runs | seconds | µs per run | P(deal by day 365) | peak RSS driver (MB) | peak RSS largest worker (MB) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in mc:
        lines.append(
            f"| {r['runs']:,} | {r['seconds']:.2f} | {r['per_run_us']:.1f} | {r['p_deal']:.3f} | "
            f"{r['driver_mb']:.0f} | {r['worker_mb']:.0f} |"
        )
    hundred = next((r for r in mc if r["runs"] == 100_000), None)
    if hundred is not None:
        total = hundred["driver_mb"] + hundred["workers"] * hundred["worker_mb"]
        verdict = "met" if hundred["seconds"] < 10 and total < 2048 else "NOT met"
        lines += [
            "",
            f"Target (100,000 runs × 365 days in under 10 s, peak memory under 2 GB): **{verdict}** — "
            f"{hundred['seconds']:.2f} s; memory at most {total:.0f} MB (driver plus "
            f"{hundred['workers']} workers, each counted in full although forked workers share most "
            "pages with the driver).",
        ]
    lines += [
        "",
        "Time grows linearly with the number of runs once the fixed cost (pool start) is amortised; memory does not grow with runs, since each chunk of 4,096 runs is "
        "reduced to integer histograms as it finishes. 1,000 runs fit in one chunk, which runs in the calling "
        "process without a pool.",
        "",
        f"**Peer: the same bilateral alternating-offers negotiations in NegMAS and accord.** Domain: the "
        f"{pr['outcomes']} candidate packages of gaza-2025-03 as outcomes, each side's nominal utility (weights "
        "of the scenario's final terms, red lines aside; exact ties broken by shifts below 10^-6, since "
        "NegMAS orders tied outcomes by an unstable sort); NegMAS `SAOMechanism` with "
        "`BoulwareTBNegotiator` / `LinearTBNegotiator` / `ConcederTBNegotiator` (all 9 pairs), deadlines of "
        "20, 50 and 100 steps and three pairs of reserve values — "
        f"{pr['cases']} negotiations, accord's `accord.simulate.sao.sao_batch` on the same ones.",
        "",
        "| engine | negotiations | seconds | negotiations / s |",
        "| --- | ---: | ---: | ---: |",
        f"| NegMAS 0.16 (`SAOMechanism.run`) | {pr['cases']} | {pr['negmas_s']:.2f} | {pr['negmas_rate']:,.1f} |",
        f"| accord (`sao_batch`, one core) | {pr['accord_n']:,} | {pr['accord_s']:.3f} | {pr['accord_rate']:,.0f} |",
        "",
        f"Ratio: **accord {pr['ratio']:,.0f}× faster**. Agreements: identical in {pr['same']} of "
        f"{pr['cases']} negotiations (same package and same step; {pr['agreements']} end in an agreement, "
        "the rest reach the deadline in both). NegMAS's utility functions are built (fresh for each negotiation) outside the timing; its time is "
        "mechanism construction and `run()`. The machine was shared with other jobs, so absolute times vary "
        "between runs; the ratio compares timings from the same run.",
    ]
    return "\n".join(lines)


def write_section(text: str) -> None:
    _common.write_section("forecast", text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--write", action="store_true", help="update the forecast section of BENCHMARKS.md"
    )
    ap.add_argument("--quick", action="store_true", help="10^3 to 10^5 runs only")
    ap.add_argument("--repeat", type=int, default=4000, help="accord repeats of the peer case set")
    args = ap.parse_args()
    os.environ.setdefault("ACCORD_HOME", tempfile.mkdtemp(prefix="accord-bench-"))
    sizes = [1_000, 10_000, 100_000] + ([] if args.quick else [1_000_000])
    load_start = os.getloadavg()[0]
    print("Monte Carlo, gaza-2025-03, 365 days:", flush=True)
    mc = monte_carlo(sizes)
    print("Peer (alternating offers, NegMAS vs accord):", flush=True)
    pr = peer(args.repeat)
    command = "python benchmarks/bench_forecast.py" + (" --write" if args.write else "")
    text = section(mc, pr, command, (load_start, os.getloadavg()[0]))
    print()
    print(text)
    if args.write:
        write_section(text)


if __name__ == "__main__":
    main()
