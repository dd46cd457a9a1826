"""Load test of the deal explorer's evaluate endpoint, on loopback only.

Starts ``accord``'s web app with uvicorn in a child process on a free
127.0.0.1 port, warms it up, then sends POST /api/scenarios/{id}/evaluate
from keep-alive connections until ``--requests`` are answered or
``--seconds`` have passed, whichever comes first, and stops the server.
Packages are random slider positions (seeded), each one distinct unless
``--distinct`` is smaller than the number of requests, so the figures
measure real evaluations, not a cache.

    python benchmarks/bench_web.py                      # defaults: 5000 requests, 8 connections
    python benchmarks/bench_web.py --requests 20000 --concurrency 16 --workers 2

Then it starts a large forecast from the API (400,000 runs, in the server's
worker process) and times ``GET /api/health`` while the forecast runs, then
cancels it: the server must keep answering (claim: p99 < 100 ms).

Prints machine, command, requests/s, p50/p90/p99 latency and errors, the
health latencies, and exits non-zero if a claim (>= 500 req/s, p99 < 50 ms;
health p99 < 100 ms) is not met.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time

import _common  # noqa: E402  (benchmarks/_common.py, beside this script)
import httpx

SCENARIO = "gaza-2025-03"
CLAIM_RPS = 500.0
CLAIM_P99_MS = 50.0
CLAIM_HEALTH_MS = 100.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def machine() -> str:
    return _common.machine()


def packages(setup: dict, n: int, seed: int) -> list[bytes]:
    """``n`` distinct request bodies: random slider positions around the tabled proposals."""
    rng = random.Random(seed)
    starts = setup["starting_points"]
    controls = {c["id"]: c for c in setup["controls"]}
    seen: set[bytes] = set()
    out: list[bytes] = []
    while len(out) < n:
        start = rng.choice(starts)
        phases = []
        for ph in start["phases"]:
            terms = dict(ph["terms"])
            for iid in rng.sample(sorted(controls), k=3):
                c = controls[iid]
                if c["kind"] == "count":
                    terms[iid] = {
                        cat["id"]: rng.randint(0, int(cat["max"])) for cat in c["categories"]
                    }
                elif c["kind"] == "continuous":
                    terms[iid] = round(rng.uniform(c["lower"], c["upper"]), 1)
                else:
                    terms[iid] = rng.choice(c["levels"])
            phases.append({"name": ph["name"], "terms": terms})
        body = json.dumps(
            {"phases": phases, "guarantor_penalty": start["guarantor_penalty"]}
        ).encode()
        if body not in seen:
            seen.add(body)
            out.append(body)
    return out


async def _read_response(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split()[1])
    length = 0
    for line in lines[1:]:
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    await reader.readexactly(length)
    return status


async def load(
    port: int, bodies: list[bytes], total: int, concurrency: int, seconds: float
) -> tuple[list[float], int, float]:
    """Send up to ``total`` requests over ``concurrency`` keep-alive connections."""
    path = f"/api/scenarios/{SCENARIO}/evaluate".encode()
    latencies: list[float] = []
    errors = 0
    counter = iter(range(total))
    deadline = time.perf_counter() + seconds

    async def worker() -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            for k in counter:
                if time.perf_counter() > deadline:
                    return
                body = bodies[k % len(bodies)]
                req = (
                    b"POST " + path + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    b"Content-Type: application/json\r\nContent-Length: "
                    + str(len(body)).encode()
                    + b"\r\n\r\n"
                    + body
                )
                t0 = time.perf_counter()
                writer.write(req)
                status = await _read_response(reader)
                latencies.append(time.perf_counter() - t0)
                if status != 200:
                    errors += 1
        finally:
            writer.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, errors, time.perf_counter() - t0


def health_during_forecast(client: httpx.Client, samples: int = 60) -> list[float]:
    """``GET /api/health`` latencies (s) while a 400,000-run forecast runs; the job is then cancelled."""
    job = client.post(
        f"/api/scenarios/{SCENARIO}/forecast/runs",
        json={"runs": 400_000, "horizon": 365, "seed": 1},
    ).json()
    deadline = time.monotonic() + 120
    while client.get(f"/api/forecast/jobs/{job['id']}").json()["chunks_done"] < 1:
        if time.monotonic() > deadline:
            raise SystemExit("the forecast did not start")
        time.sleep(0.2)
    out = []
    for _ in range(samples):
        t0 = time.perf_counter()
        client.get("/api/health").raise_for_status()
        out.append(time.perf_counter() - t0)
        time.sleep(0.05)
    still = client.get(f"/api/forecast/jobs/{job['id']}").json()["status"]
    client.delete(f"/api/forecast/jobs/{job['id']}")
    if still != "running":
        raise SystemExit(f"the forecast ended ({still}) before the health samples were taken")
    return sorted(out)


def percentile(sorted_values: list[float], q: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))]


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--requests", type=int, default=5000, help="requests to send (bounded)")
    ap.add_argument("--seconds", type=float, default=60.0, help="stop after this long at most")
    ap.add_argument("--concurrency", type=int, default=8, help="keep-alive connections")
    ap.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    ap.add_argument(
        "--distinct", type=int, default=0, help="distinct packages (default: one per request)"
    )
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if not 1 <= args.requests <= 1_000_000 or not 0 < args.seconds <= 600:
        ap.error("--requests must be 1..1,000,000 and --seconds 0..600")

    port = free_port()
    home = tempfile.mkdtemp(prefix="accord-bench-")
    cmd = [
        sys.executable,
        "-m",
        "uvicorn",
        "accord.web.app:create_app",
        "--factory",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(args.workers),
        "--log-level",
        "warning",
        "--no-access-log",
    ]
    server = subprocess.Popen(cmd, env={**os.environ, "ACCORD_HOME": home})
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        with httpx.Client(base_url=base, timeout=30) as client:
            while True:
                try:
                    client.get("/api/scenarios")
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise SystemExit("the server did not start") from None
                    time.sleep(0.2)
            setup = client.get(f"/api/scenarios/{SCENARIO}/explorer").json()
            bodies = packages(setup, args.distinct or args.requests, args.seed)
            # warm-up: every worker compiles the scenario once and JITs what it needs
            for body in bodies[: 50 * args.workers]:
                r = client.post(
                    f"/api/scenarios/{SCENARIO}/evaluate",
                    content=body,
                    headers={"Content-Type": "application/json"},
                )
                r.raise_for_status()
        lat, errors, elapsed = asyncio.run(
            load(port, bodies, args.requests, args.concurrency, args.seconds)
        )
        with httpx.Client(base_url=base, timeout=30) as client:
            health = health_during_forecast(client)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    lat.sort()
    n = len(lat)
    rps = n / elapsed
    p50, p90, p99 = (1000 * percentile(lat, q) for q in (0.5, 0.9, 0.99))
    print(f"machine:  {machine()}")
    print(f"command:  python benchmarks/bench_web.py {' '.join(sys.argv[1:])}".rstrip())
    print(
        f"server:   uvicorn, {args.workers} worker(s), 127.0.0.1; client: {args.concurrency} keep-alive "
        f"connections, {len(bodies):,} distinct packages"
    )
    print(f"requests: {n:,} in {elapsed:.2f} s, errors {errors}")
    print(f"req/s:    {rps:,.0f}")
    print(f"latency:  p50 {p50:.1f} ms, p90 {p90:.1f} ms, p99 {p99:.1f} ms")
    ok = rps >= CLAIM_RPS and p99 < CLAIM_P99_MS and errors == 0
    print(
        f"claim (>= {CLAIM_RPS:.0f} req/s, p99 < {CLAIM_P99_MS:.0f} ms): {'met' if ok else 'NOT met'}"
    )
    h50, h99 = (1000 * percentile(health, q) for q in (0.5, 0.99))
    print(
        f"health during a 400,000-run forecast: {len(health)} requests, p50 {h50:.1f} ms, "
        f"p99 {h99:.1f} ms, max {1000 * health[-1]:.1f} ms"
    )
    h_ok = h99 < CLAIM_HEALTH_MS
    print(
        f"claim (health p99 < {CLAIM_HEALTH_MS:.0f} ms while a forecast runs): {'met' if h_ok else 'NOT met'}"
    )
    return 0 if ok and h_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
