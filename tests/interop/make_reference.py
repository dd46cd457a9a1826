"""Store NegMAS's Pareto frontier, Nash, KS and egalitarian points for the shared domains.

Run once (needs NegMAS): ``python tests/interop/make_reference.py``. The tests
compare accord against this file when NegMAS is not installed, and against
NegMAS itself when it is.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from interop_reference import REFERENCE, domain_folders, negmas_scenario, negmas_solutions  # noqa: E402

from accord.errors import InteropError  # noqa: E402
from accord.interop import find_genius_files  # noqa: E402


def main() -> None:
    import negmas

    data: dict = {"negmas_version": negmas.__version__, "domains": {}}
    for folder in domain_folders():
        domain_file, profiles = find_genius_files(folder)
        entry: dict = {"domain": domain_file.name, "profiles": [p.name for p in profiles]}
        t = time.perf_counter()
        try:
            ns = negmas_scenario(domain_file, profiles)
        except (OSError, ValueError, InteropError) as exc:
            entry["negmas_error"] = f"{type(exc).__name__}: {exc}"
        else:
            entry.update(negmas_solutions(ns))
        entry["seconds"] = round(time.perf_counter() - t, 2)
        data["domains"][folder.name] = entry
        print(
            folder.name,
            entry.get("negmas_error") or f"{len(entry['frontier'])} frontier points",
            f"{entry['seconds']} s",
            flush=True,
        )
    REFERENCE.parent.mkdir(parents=True, exist_ok=True)
    REFERENCE.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print("wrote", REFERENCE)


if __name__ == "__main__":
    main()
