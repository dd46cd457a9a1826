"""Alternating offers, accord vs NegMAS, at 10^3 .. 10^7 outcomes: one command, one table.

Bilateral stacked alternating offers, Boulware against Conceder, 100 rounds,
on synthetic domains of 3 .. 7 discrete issues of 10 values (random value
tables and weights, seed 11; tie-free). Both tools run in the same process,
on the same profiles (NegMAS gets accord's value tables through
``genius_to_negmas``), at every size:

* accord: ``accord.simulate.sao.sao_batch`` -- a batch of 1,000 negotiations
  (one sort per party for the batch, then O(steps * log K) per negotiation),
  and one negotiation on its own, its sort included;
* NegMAS: ``SAOMechanism`` with ``BoulwareTBNegotiator`` and
  ``ConcederTBNegotiator``, each negotiation on fresh utility functions (NegMAS
  caches its sorted inverse on them). At 10^6 and 10^7 outcomes one NegMAS
  negotiation takes minutes, so a fixed number is timed (``--negmas-runs``,
  default 3 below 10^6, 1 from 10^6) and the table gives the cost per
  negotiation, stated as such.

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
    one, (agr, _) = min(
        (cpu(lambda: sao_batch(U, reserve[:1], exps[:1], steps[:1])) for _ in range(2)),
        key=lambda x: x[0],
    )
    return {"batch": batch, "per": batch / N_BATCH, "one": one, "agreement": int(agr[0])}


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
            f"each; one alone {acc['one']:.3f} s); NegMAS {neg['per']:.2f} s CPU each "
            f"({neg['runs']} timed); {neg['per'] / acc['per']:,.0f}×",
            flush=True,
        )
        del U
        gc.collect()
    return out


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
        f"runs a batch of {N_BATCH:,} negotiations on one utility array -- one sort per party, "
        "then each negotiation reads its range from the sorted ends and finds offers by "
        "bisection -- and, separately, one negotiation alone with its sort. NegMAS builds and "
        "sorts its inverse utility function in every negotiation (fresh utility functions each "
        "time); where one takes minutes only the number of negotiations in the 'timed' column "
        "was run, and its column is the CPU cost per negotiation. Every row reached the same "
        "agreement in both tools.",
        "",
        "| outcomes | accord: batch of 1,000, sort included (s) | accord per negotiation in the batch (ms) | accord: one negotiation alone, sort included (s) | NegMAS negotiations timed | NegMAS per negotiation (s) | ratio per negotiation (batch) | ratio, one negotiation each |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in table:
        lines.append(
            f"| {r['outcomes']:,} | {r['accord_batch']:.3f} | {r['accord_per'] * 1e3:.3f} | "
            f"{r['accord_one']:.3f} | {r['negmas_runs']} | {r['negmas_per']:.2f} | "
            f"{r['negmas_per'] / r['accord_per']:,.0f}× | {r['negmas_per'] / r['accord_one']:,.1f}× |"
        )
    lines += [
        "",
        "The batch column is the cost the issue's target (≥ 50× NegMAS at every size) is "
        "measured by: a tournament or a forecast runs many negotiations on one domain. A single "
        "negotiation alone pays the whole sort of the K outcomes, O(K log K), in both tools; "
        "its ratio (last column) is the speed of that sort against NegMAS's evaluation and sort "
        "of every outcome in Python.",
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
