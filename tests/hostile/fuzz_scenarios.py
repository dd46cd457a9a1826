"""Run the scenario fuzzer for many examples: ``python tests/hostile/fuzz_scenarios.py 10000``.

Several processes can share the work (each draws its own random examples):
``python tests/hostile/fuzz_scenarios.py 3400 & ...`` three times for 10,200.

The suite runs 150 examples (test_hostile_fuzz.py); this script runs as many as
asked with the same strategy and prints how far each got, and the first bug.
"""

from __future__ import annotations

import collections
import sys
import time
import traceback

from hostile_fuzz import mutated_texts, run_pipeline
from hypothesis import HealthCheck, Phase, given, settings


def main(n: int) -> int:
    outcomes: collections.Counter[str] = collections.Counter()
    started = time.monotonic()

    # no shrinking: a failing example is printed as found (shrinking one took > 5 minutes)
    @settings(
        max_examples=n,
        deadline=None,
        database=None,
        phases=(Phase.generate,),
        suppress_health_check=list(HealthCheck),
    )
    @given(mutated_texts())
    def fuzz(text: str) -> None:
        outcomes[run_pipeline(text)] += 1
        done = sum(outcomes.values())
        if done % 250 == 0:
            print(
                f"{done} examples, {time.monotonic() - started:.0f} s: {dict(outcomes)}", flush=True
            )

    try:
        fuzz()
    except Exception:  # noqa: BLE001 - report the bug hypothesis found, then fail
        traceback.print_exc()
        print(f"bug found after {sum(outcomes.values())} examples: {dict(outcomes)}")
        return 1
    print(
        f"{sum(outcomes.values())} examples in {time.monotonic() - started:.0f} s, no traceback: "
        f"{dict(outcomes)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
