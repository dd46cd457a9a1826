"""Fuzz the workbench's JSON API: ``python scripts/fuzz_api.py --requests 10000 --seed 1``.

Runs the request fuzzer of ``tests/web/api_fuzz.py`` (schemathesis cases from
the app's own OpenAPI document, almost-valid bodies, raw requests) in-process
on a fresh temporary store and corpus, then prints requests by endpoint,
status codes, the slowest answer and every failure with a reproducer, and
checks that no worker or forecast process is left behind. Exit code 0: no
failure; 1: failures (listed); the full list goes to ``--out`` as JSON lines.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "web"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="write every request's record here (JSON lines)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="accord-fuzz-"))
    os.environ["ACCORD_HOME"] = str(work / "home")  # before the app and its workers start
    corpus = work / "corpus"
    corpus.mkdir()
    (corpus / "article.txt").write_text("Hamas said it demands a permanent ceasefire.", "utf-8")
    (work / "secret.txt").write_text("do not serve", "utf-8")  # beside the corpus: never served

    from api_fuzz import ApiFuzz, leftover_processes

    cpu0, wall0 = time.process_time(), time.monotonic()
    fuzz = ApiFuzz(corpus)
    crashed = False
    try:
        fuzz.run(args.requests, args.seed, progress=True)
    except Exception:  # noqa: BLE001 - a bug of the fuzzer itself: say so, keep what was sent
        traceback.print_exc()
        crashed = True
    finally:
        fuzz.close()
    summary = fuzz.summary
    time.sleep(2.0)  # the pool's workers exit on their own once shut down
    left = leftover_processes()
    print(summary.text())
    print(
        f"seed {args.seed}; {time.monotonic() - wall0:.0f} s wall, "
        f"{time.process_time() - cpu0:.0f} s CPU in the server process; "
        f"processes left behind: {len(left)} {left or ''}"
    )
    if args.out:
        with args.out.open("w", encoding="utf-8") as f:
            for r in summary.records:
                f.write(json.dumps(dataclasses.asdict(r)) + "\n")
    return 1 if summary.failures or left or crashed else 0


if __name__ == "__main__":
    sys.exit(main())
