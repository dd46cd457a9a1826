"""One long article through ``accord ingest``: CPU time and peak memory, at the budget and above.

Builds a text of the requested sizes from the shared corpus and the development news
articles (held-out ids 04_, 08_, 12_, 16_, 20_ are left out), each copy headed "Update k."
so no two sections are alike, writes it into a folder next to a one-line article, and runs
``accord ingest FOLDER --format json`` in a fresh ``ACCORD_HOME`` for each case. The CPU time
(user + system, the command and every worker process it waited for) and the peak resident
memory of the largest process come from ``os.wait4``, as ``/usr/bin/time -v`` reports them.
Math libraries are pinned to one thread, so "1 worker" is one core.

    python benchmarks/bench_long_article.py --chars 1000000 5000000 19000000
    python benchmarks/bench_long_article.py --chars 1000000 --max-chars 1000000 --workers 1 2
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ACCORD_SHARED") or ROOT.parent / "shared")
HELD_OUT = re.compile(r"(04|08|12|16|20)_")


def long_text(chars: int) -> str:
    texts = [p.read_text("utf-8") for p in sorted((SHARED / "corpus").glob("*.txt"))]
    texts += [
        p.read_text("utf-8")
        for p in sorted((SHARED / "news" / "articles").glob("*.txt"))
        if not HELD_OUT.match(p.name)
    ]
    if not texts:
        raise SystemExit(f"no articles under {SHARED} (set ACCORD_SHARED)")
    parts, k, n = [], 0, 0
    while n < chars:
        for t in texts:
            k += 1
            parts.append(f"Update {k}.\n\n{t}\n\n")
            n += len(parts[-1])
            if n >= chars:
                break
    return "".join(parts)[:chars]


def run(chars: int, max_chars: int | None, workers: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        folder, home = Path(tmp) / "in", Path(tmp) / "home"
        folder.mkdir()
        home.mkdir()
        (folder / "long.txt").write_text(long_text(chars), encoding="utf-8")
        (folder / "short.txt").write_text("The mediators said talks would resume on Monday.\n")
        args = [sys.executable, "-m", "accord", "ingest", str(folder), "--format", "json"]
        args += ["--workers", str(workers)]
        if max_chars is not None:
            args += ["--max-chars", str(max_chars)]
        env = {**os.environ, "ACCORD_HOME": str(home), "PYTHONPATH": str(ROOT / "src")}
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            env[var] = "1"
        out_file, err_file = Path(tmp) / "out", Path(tmp) / "err"
        start = time.perf_counter()
        with out_file.open("wb") as out, err_file.open("wb") as err:
            proc = subprocess.Popen(args, env=env, stdout=out, stderr=err)
            _, status, usage = os.wait4(proc.pid, 0)  # the child's rusage, as time(1) gets it
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        stdout, stderr = out_file.read_text(), err_file.read_text()
    report = json.loads(stdout) if stdout.strip().startswith("{") else {}
    return {
        "chars": chars,
        "max_chars": max_chars,
        "workers": workers,
        "exit": proc.returncode,
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "user_s": round(usage.ru_utime, 2),
        "sys_s": round(usage.ru_stime, 2),
        "peak_mb": usage.ru_maxrss // 1024,
        "wall_s": round(wall, 2),
        "added": len(report.get("added", [])),
        "too_long": len(report.get("too_long", [])),
        "extracted": report.get("extracted"),
        "stderr": stderr[-300:] if not report else "",
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, nargs="+", default=[1_000_000])
    ap.add_argument("--max-chars", type=int, default=None, help="default: accord's budget")
    ap.add_argument("--workers", type=int, nargs="+", default=[1])
    a = ap.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    for chars in a.chars:
        for workers in a.workers:
            print(json.dumps(run(chars, a.max_chars, workers)), flush=True)


if __name__ == "__main__":
    main()
