"""Extraction CPU time of two source trees, compared in alternating rounds.

On a shared machine the speed of one core drifts by ±20 % within minutes, so two
benchmark runs one after the other can differ more than the codes do. Here each
tree runs in a long-lived worker process (model loaded, warmed up); in each round
both extract the same chunk of generated articles (``bench_evidence.article``),
one after the other, the order swapped every round, and each reports the CPU time
of its ``extract_many`` (``time.process_time``; storage is left out). Rounds are a
few seconds, so a drift touches both sides of a round alike.

    python benchmarks/ab_evidence.py --base /work/main/src --new src --chunk 20 --rounds 40
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"  # one core, as bench_evidence.py

import argparse  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def worker(chunk: int, total: int, seed: int) -> None:
    """Read round numbers from stdin; extract that round's chunk; print its CPU seconds."""
    sys.path.insert(0, HERE)
    from bench_evidence import article

    from accord.evidence.extract import extract_many
    from accord.evidence.nlp import nlp

    rng = random.Random(seed)
    docs = [article(k, rng) for k in range(total)]
    nlp()
    list(extract_many(docs[:8]))  # warm-up
    print("ready", flush=True)
    for line in sys.stdin:
        r = int(line)
        t = time.process_time()
        list(extract_many(docs[r * chunk : (r + 1) * chunk]))
        print(f"{time.process_time() - t:.4f}", flush=True)


def compare(trees: dict[str, str], chunk: int, rounds: int, seed: int) -> None:
    procs = {}
    for name, src in trees.items():
        env = dict(os.environ, PYTHONPATH=os.path.abspath(src))
        args = [__file__, "--worker", f"{chunk},{chunk * rounds + 8},{seed}"]
        procs[name] = subprocess.Popen(
            [sys.executable, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
    for p in procs.values():
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    times: dict[str, list[float]] = {name: [] for name in trees}
    names = list(trees)
    for r in range(rounds):
        for name in names if r % 2 == 0 else names[::-1]:
            p = procs[name]
            assert p.stdin is not None and p.stdout is not None
            p.stdin.write(f"{r}\n")
            p.stdin.flush()
            times[name].append(float(p.stdout.readline()))
    for p in procs.values():
        assert p.stdin is not None
        p.stdin.close()
        p.wait()
    n = chunk * rounds
    for name, ts in times.items():
        print(f"{name}: {n} articles, {sum(ts):.1f} CPU s = {n / sum(ts):.1f} per CPU-second")
    base, new = names
    ratios = [b / a for b, a in zip(times[base], times[new], strict=True)]
    print(
        f"{base}/{new} CPU per round: median {statistics.median(ratios):.3f} "
        f"(min {min(ratios):.3f}, max {max(ratios):.3f}); {new} faster in "
        f"{sum(x > 1 for x in ratios)} of {rounds} rounds; load average {os.getloadavg()[0]:.1f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", help="the base tree's src directory")
    ap.add_argument("--new", help="the changed tree's src directory")
    ap.add_argument("--chunk", type=int, default=20, help="articles per round")
    ap.add_argument("--rounds", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        chunk, total, seed = map(int, args.worker.split(","))
        worker(chunk, total, seed)
        return
    if not args.base or not args.new:
        ap.error("--base and --new are required")
    compare({"base": args.base, "new": args.new}, args.chunk, args.rounds, args.seed)


if __name__ == "__main__":
    main()
