"""Alternating offers, accord vs NegMAS, at 10^3 .. 10^7 outcomes: one command, one table.

Bilateral stacked alternating offers, Boulware against Conceder, 100 rounds,
on synthetic domains of 3 .. 7 discrete issues of 10 values (random value
tables and weights, seed 11; tie-free). Both tools run in the same process,
on the same profiles (NegMAS gets accord's value tables through
``genius_to_negmas``), at every size:

* accord: ``accord.simulate.sao.sao_batch`` -- a batch of 1,000 negotiations
  (one pass over the outcomes per party for the whole batch, then O(steps)
  per negotiation), and one negotiation on its own, its pass included;
* NegMAS: ``SAOMechanism`` with ``BoulwareTBNegotiator`` and
  ``ConcederTBNegotiator``, each negotiation on fresh utility functions (NegMAS
  caches its inverse on them). A fixed number of NegMAS negotiations is timed
  (``--negmas-runs``, default 3 below 10^6, 1 from 10^6) and the table gives
  the cost per negotiation, stated as such. Up to 10^6 outcomes NegMAS
  enumerates and sorts them (``PresortingInverseUtilityFunction``); above, for
  additive utility functions, its ``AdaptiveInverseUtilityFunction`` switches
  to the approximate ``BIDSInverseUtilityFunction``, which enumerates nothing.

Times are CPU seconds of this process (``time.process_time``), so other jobs
on a shared machine slow the wall clock more than these figures. The
agreement of the first NegMAS negotiation must equal accord's (the script
fails otherwise).

    python benchmarks/bench_alternating_offers.py            # print the table
    python benchmarks/bench_alternating_offers.py --write    # also update BENCHMARKS.md
    python benchmarks/bench_alternating_offers.py --sizes 3,4,5   # a quick run
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
import warnings

import _common  # noqa: E402  (benchmarks/_common.py, beside this script)
import numpy as np

from accord.interop import GeniusDomain, GeniusIssue, GeniusProfile, utilities
from accord.interop.negmas_adapter import genius_to_negmas
from accord.simulate.sao import sao_batch

N_STEPS = 100
N_BATCH = 1000
EXPONENTS = (4.0, 0.25)  # Boulware, Conceder (NegMAS's time-based aspirations)


def domain_of(d: int, rng: np.random.Generator) -> tuple[GeniusDomain, list[GeniusProfile]]:
    issues = tuple(
        GeniusIssue(f"i{k}", k, "discrete", tuple(f"v{m}" for m in range(10)))
        for k in range(1, d + 1)
    )
    profiles = []
    for p in range(2):
        w = rng.random(d)
        profiles.append(
            GeniusProfile(
                name=f"party{p + 1}",
                source="synthetic",
                weights=w / w.sum(),
                values=tuple(rng.random(10) for _ in range(d)),
                reservation=0.0,
            )
        )
    return GeniusDomain(f"sao{d}", "synthetic", issues), profiles


def cpu(fn):
    t = time.process_time()
    out = fn()
    return time.process_time() - t, out


def accord_times(U: np.ndarray) -> dict:
    reserve = np.zeros((N_BATCH, 2))
    exps = np.tile(EXPONENTS, (N_BATCH, 1))
    steps = np.full(N_BATCH, N_STEPS, dtype=np.int64)
    sao_batch(U[:1000], reserve[:1], exps[:1], steps[:1])  # compile before timing
    batch = min(cpu(lambda: sao_batch(U, reserve, exps, steps))[0] for _ in range(2))
    # 1,000 different pairings: Boulware exponents 2..6 against Conceder 0.5..0.1
    mixed = np.column_stack([np.linspace(2, 6, N_BATCH), np.linspace(0.5, 0.1, N_BATCH)])
    varied = min(cpu(lambda: sao_batch(U, reserve, mixed, steps))[0] for _ in range(2))
    one, (agr, _) = min(
        (cpu(lambda: sao_batch(U, reserve[:1], exps[:1], steps[:1])) for _ in range(2)),
        key=lambda x: x[0],
    )
    return {
        "batch": batch,
        "per": batch / N_BATCH,
        "varied": varied,
        "varied_per": varied / N_BATCH,
        "one": one,
        "agreement": int(agr[0]),
    }


def negmas_times(domain: GeniusDomain, profiles: list[GeniusProfile], runs: int) -> dict:
    from negmas.gb.negotiators.timebased import BoulwareTBNegotiator, ConcederTBNegotiator
    from negmas.sao import SAOMechanism

    times, first = [], None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for k in range(runs):
            fresh = genius_to_negmas(domain, profiles)  # not timed: NegMAS's own objects

            def run(fresh=fresh):
                m = SAOMechanism(outcome_space=fresh.outcome_space, n_steps=N_STEPS)
                m.add(BoulwareTBNegotiator(name="a"), ufun=fresh.ufuns[0])
                m.add(ConcederTBNegotiator(name="b"), ufun=fresh.ufuns[1])
                m.run()
                return m.agreement

            t, agreement = cpu(run)
            times.append(t)
            if k == 0:
                first = agreement
            del fresh
            gc.collect()
    return {"runs": runs, "per": sum(times) / runs, "agreement": first}


def rows(sizes: list[int], negmas_runs: dict[int, int]) -> list[dict]:
    rng = np.random.default_rng(11)
    out = []
    for d in range(3, max(sizes) + 1):
        domain, profiles = domain_of(d, rng)  # every size drawn, so a size's tables never change
        if d not in sizes:
            continue
        U = utilities(domain, profiles)
        acc = accord_times(U)
        neg = negmas_times(domain, profiles, negmas_runs[d])
        mine = None if acc["agreement"] < 0 else tuple(domain.outcome(acc["agreement"]))
        theirs = None if neg["agreement"] is None else tuple(map(str, neg["agreement"]))
        if mine != theirs:
            sys.exit(f"10^{d}: accord agreed on {mine}, NegMAS on {theirs}")
        row = {"outcomes": len(U), **{f"accord_{k}": v for k, v in acc.items()}}
        row.update(negmas_runs=neg["runs"], negmas_per=neg["per"], same=True)
        out.append(row)
        print(
            f"  10^{d}: accord {N_BATCH} in {acc['batch']:.3f} s CPU ({acc['per'] * 1e3:.3f} ms "
            f"each; different pairings {acc['varied']:.3f} s; one alone {acc['one']:.3f} s); "
            f"NegMAS {neg['per']:.2f} s CPU each "
            f"({neg['runs']} timed); {neg['per'] / acc['per']:,.0f}×",
            flush=True,
        )
        del U
        gc.collect()
    return out


def ratio(x: float) -> str:
    if x >= 100:
        return f"{x:,.0f}×"
    return f"{x:,.1f}×" if x >= 1 else f"{x:.2g}×"


def machine() -> str:
    import negmas

    return _common.machine(f"NumPy {np.__version__}", f"NegMAS {negmas.__version__}")


def report(table: list[dict], load: str) -> str:
    lines = [
        "### Interop: alternating offers by domain size, accord vs NegMAS",
        "",
        f"Machine: {machine()}. {load}",
        "",
        "Command: `python benchmarks/bench_alternating_offers.py --write` (both tools in the "
        "same run, same profiles; CPU seconds of the process). Boulware vs Conceder, "
        f"{N_STEPS} rounds, synthetic domains of 10-value issues (seed 11, tie-free). accord "
        f"runs batches of {N_BATCH:,} negotiations on one utility array -- every aspiration of "
        "the batch is known in advance, so one pass over the outcomes per party finds every "
        "offer, then each negotiation costs O(steps) -- once with one pairing (Boulware 4 vs "
        "Conceder 0.25, the pairing NegMAS runs) and once with 1,000 different pairings "
        "(Boulware exponents 2..6 against Conceder 0.5..0.1: 1,000 times as many distinct "
        "aspirations to place the outcomes among), and, separately, one negotiation alone with "
        "its pass. Batch and single times include everything from the utility array on. NegMAS builds its inverse utility function in every negotiation (fresh "
        "utility functions each time): up to 10^6 outcomes it enumerates and sorts them; above "
        "10^6, for additive utility functions, it switches to an approximate inverse (BIDS, "
        "dynamic programming over the issues) that enumerates nothing, hence its drop in cost "
        "at 10^7. Only the number of NegMAS negotiations in the 'timed' column was run; its "
        "column is the CPU cost per negotiation. Every row reached the same agreement in both "
        "tools.",
        "",
        "| outcomes | accord: 1,000 of one pairing (s) | per negotiation (ms) | accord: 1,000 different pairings (s) | per negotiation (ms) | accord: one negotiation alone (s) | NegMAS negotiations timed | NegMAS per negotiation (s) | ratio, one pairing | ratio, different pairings | ratio, one negotiation each |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in table:
        neg = r["negmas_per"]
        lines.append(
            f"| {r['outcomes']:,} | {r['accord_batch']:.3f} | {r['accord_per'] * 1e3:.3f} | "
            f"{r['accord_varied']:.3f} | {r['accord_varied_per'] * 1e3:.3f} | "
            f"{r['accord_one']:.3f} | {r['negmas_runs']} | {neg:.3g} | "
            f"{ratio(neg / r['accord_per'])} | {ratio(neg / r['accord_varied_per'])} | "
            f"{ratio(neg / r['accord_one'])} |"
        )
    lines += [
        "",
        "The batch columns are the cost the issue's target (≥ 50× NegMAS at every size) is "
        "measured by: a tournament or a forecast runs many negotiations on one domain. A single "
        "negotiation alone pays accord's whole pass over the K outcomes; up to 10^6 outcomes "
        "NegMAS pays its evaluation and sort of all of them, at 10^7 it does not, and a single "
        "accord negotiation is then slower than NegMAS's approximate one (last column below 1×).",
    ]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="update BENCHMARKS.md")
    ap.add_argument("--sizes", default="3,4,5,6,7", help="log10 of the outcome counts")
    ap.add_argument(
        "--negmas-runs",
        default="3,3,3,1,1",
        help="NegMAS negotiations timed at each size (comma-separated, as --sizes)",
    )
    ap.add_argument(
        "--load-note",
        default="",
        help="a sentence on the machine's load during the run (goes into BENCHMARKS.md)",
    )
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    runs = [int(x) for x in args.negmas_runs.split(",")]
    if len(runs) != len(sizes):
        runs = [3 if d < 6 else 1 for d in sizes]
    before = os.getloadavg()[0]
    table = rows(sizes, dict(zip(sizes, runs, strict=True)))
    load = (
        f"Load average {before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end "
        "(CPU times exclude waiting for a core, not the slower caches of a busy machine). "
        + args.load_note
    ).strip()
    text = report(table, load)
    print(text)
    if args.write:
        _common.write_section("interop-sao", text)


if __name__ == "__main__":
    main()
