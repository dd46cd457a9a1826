"""Fuzzing the JSON API in-process against its own OpenAPI document (schemathesis + hypothesis).

:class:`ApiFuzz` builds a workbench app on a temporary store and corpus and
sends requests of four kinds, drawn by hypothesis from one seed:

- ``positive`` / ``negative``: schemathesis cases for every operation of
  ``/api/openapi.json`` (path, query and body valid by the schema, or not),
  with known scenario, package, job and run ids put in the path more often
  than not, so requests get past the 404s;
- ``shaped``: almost-valid packages, scenario files, articles and forecasts
  (``api_fuzz_shapes.py``);
- ``raw``: bytes, media types, methods, headers and paths no schema names.

Every answer is checked: no 5xx; every error is the documented JSON shape
(``error``, a one-line ``detail``, ``problems``), strict JSON (no NaN) and no
traceback; the status code, content type and body conform to the OpenAPI
document (schemathesis' checks; invalid data must be refused); and the request
answers within :data:`SECONDS` (wall clock). ``scripts/fuzz_api.py`` runs it
for ten thousand requests; ``test_api_fuzz.py`` for a few hundred.
"""

from __future__ import annotations

import collections
import json
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import schemathesis
from api_fuzz_shapes import (
    BASE,
    FUZZ_SCENARIO,
    document_bodies,
    forecast_bodies,
    package_bodies,
    raw_requests,
    scenario_bodies,
    to_yaml,
)
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.python import asgi
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from accord.scenarios import FLAGSHIP, builtin_paths
from accord.web.app import WebConfig, create_app
from accord.web.workers import Limits

# Limits of the app under fuzz: a worker task or forecast past these is stopped (a 422 / a failed
# job), so a hostile request costs seconds, not the 5-minute default.
LIMITS = Limits(seconds=60.0, memory_mb=2048, forecast_seconds=20.0)
SECONDS = 20.0  # wall-clock bound per request on a shared 2-core machine (a worker task included)

# operation -> weight: cheap routes more often; the report (seconds of work each) least
WEIGHTS = {
    "GET /api/health": 1,
    "GET /api/scenarios": 1,
    "POST /api/scenarios": 4,
    "GET /api/scenarios/{scenario_id}/report": 1,
    "POST /api/scenarios/{scenario_id}/evaluate": 8,
    "POST /api/scenarios/{scenario_id}/packages": 4,
    "POST /api/evidence/documents": 2,
    "POST /api/scenarios/{scenario_id}/forecast/runs": 3,
    "GET /api/scenarios/{scenario_id}/analysis": 2,
    "GET /api/scenarios/{scenario_id}/analysis/figure": 2,
}
SHAPED = {  # operation -> body strategy name
    "POST /api/scenarios": "scenario",
    "POST /api/scenarios/{scenario_id}/evaluate": "package",
    "POST /api/scenarios/{scenario_id}/packages": "saved",
    "POST /api/evidence/documents": "document",
    "POST /api/scenarios/{scenario_id}/forecast/runs": "forecast",
}
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def error_shape(status: int, content_type: str, text: str, method: str = "GET") -> list[str]:
    """What is wrong with an answer's body: an error not in the documented JSON shape, JSON that is
    not strict (NaN, Infinity) or a traceback."""
    out = []
    if "Traceback (most recent call last)" in text:
        out.append("a traceback in the answer")
    if method == "HEAD" or status == 204:
        return out
    if status >= 400 and not content_type.startswith("application/json"):
        return [*out, f"error {status} as {content_type or 'no content type'}, not JSON"]
    if not content_type.startswith("application/json"):
        return out

    def refuse(name: str) -> None:
        raise ValueError(f"{name} in JSON")

    try:
        body = json.loads(text, parse_constant=refuse)
    except ValueError as exc:
        return [*out, f"not strict JSON: {exc}"]
    if status < 400:
        return out
    if not isinstance(body, dict) or set(body) - {"error", "detail", "problems"}:
        return [*out, f"error body is not {{error, detail, problems}}: {text[:200]}"]
    if not isinstance(body.get("error"), str) or not isinstance(body.get("detail"), str):
        out.append(f"error body without a text error and detail: {text[:200]}")
    elif "\n" in body["detail"] or not body["detail"].strip():
        out.append(f"detail is not one line: {body['detail'][:200]!r}")
    problems = body.get("problems")
    if problems is not None and not (
        isinstance(problems, list) and all(isinstance(p, str) for p in problems)
    ):
        out.append(f"problems is not a list of lines: {problems!r:.200}")
    return out


@dataclass
class Record:
    label: str  # the operation, or "RAW METHOD path" for raw requests
    kind: str
    status: int
    seconds: float
    problems: list[str]
    reproducer: str = ""
    answer: str = ""  # the start of an error's body (the detail a user reads)


@dataclass
class Summary:
    records: list[Record] = field(default_factory=list)

    @property
    def failures(self) -> list[Record]:
        return [r for r in self.records if r.problems]

    def text(self, limit: int = 20) -> str:
        by_label: dict[str, collections.Counter[int]] = collections.defaultdict(collections.Counter)
        slowest: dict[str, float] = collections.defaultdict(float)
        for r in self.records:
            key = r.label if not r.label.startswith("RAW") else "RAW (any method and path)"
            by_label[key][r.status] += 1
            slowest[key] = max(slowest[key], r.seconds)
        kinds = collections.Counter(r.kind for r in self.records)
        statuses = collections.Counter(r.status for r in self.records)
        lines = [
            f"{len(self.records)} requests; by kind {dict(sorted(kinds.items()))}; "
            f"status codes {dict(sorted(statuses.items()))}",
            f"{'endpoint':<56} {'requests':>8} {'max s':>6}  status codes",
        ]
        for key in sorted(by_label):
            codes = ", ".join(f"{c}: {n}" for c, n in sorted(by_label[key].items()))
            n = sum(by_label[key].values())
            lines.append(f"{key:<56} {n:>8} {slowest[key]:>6.2f}  {codes}")
        worst = max(self.records, key=lambda r: r.seconds, default=None)
        if worst is not None:
            lines.append(f"max latency {worst.seconds:.2f} s ({worst.label}, {worst.status})")
        fails = self.failures
        lines.append(f"{len(fails)} failures" + (":" if fails else ""))
        for r in fails[:limit]:
            lines.append(f"- {r.label} [{r.kind}] {r.status}: {'; '.join(r.problems)[:600]}")
            lines.append(f"  reproduce: {r.reproducer[:800]}")
        return "\n".join(lines)


def _curl(method: str, path: str, headers: dict[str, str], body: bytes) -> str:
    parts = [f"curl -X {method} 'http://testserver{path}'"]
    parts += [f"-H '{k}: {v[:100]}'" for k, v in headers.items()]
    if body:
        parts.append(f"--data-binary {body[:300]!r}" + (" (cut)" if len(body) > 300 else ""))
    return " ".join(parts)


class ApiFuzz:
    """A workbench app on the current ``$ACCORD_HOME`` and ``corpus``, and its fuzzer."""

    def __init__(self, corpus: Path, limits: Limits = LIMITS) -> None:
        self.app = create_app(WebConfig(corpus=corpus, limits=limits))
        self.schema = schemathesis.openapi.from_asgi("/api/openapi.json", self.app)
        self.ops = {op.label: op for op in (r.ok() for r in self.schema.get_all_operations())}
        self.spec = self.app.openapi()
        self.client = asgi.get_client(self.app).__enter__()
        self.summary = Summary()
        self.seconds = SECONDS  # the bound per request
        self.builtin = list(builtin_paths())
        self.corpus_names = sorted(p.name for p in corpus.iterdir())
        self.jobs: list[str] = []
        self.runs: list[str] = []
        r = self.client.post("/api/scenarios", json={"text": to_yaml(BASE), "filename": "f.yaml"})
        assert r.status_code == 201, r.text
        self.starting = {
            sid: self.client.get(f"/api/scenarios/{sid}/explorer").json()["starting_points"]
            for sid in (FLAGSHIP, FUZZ_SCENARIO)
        }
        self.relax = ["israel.fallback", "hamas.ceasefire", "a.fallback", "a.people", "b.truce"]
        self._strategies: dict[tuple[str, GenerationMode], Any] = {}

    def close(self) -> None:
        """Stop the app's workers and forecast jobs (the lifespan's shutdown); closing twice is fine."""
        self.client.__exit__(None, None, None)
        asgi.shutdown_lifespans()

    # ----- what a request's path parameters can be, beside what schemathesis draws

    def _known(self, name: str, pick: int) -> str | None:
        options = {
            "scenario_id": [FLAGSHIP, FUZZ_SCENARIO, *self.builtin, "fuzz-3"],
            "package_id": ["deal", "deal-2", "nope"],
            "job_id": self.jobs[-8:] or ["0" * 12],
            "run_id": self.runs[-8:] or ["0" * 12],
            "name": [*self.corpus_names, "secret.txt", "..", "nope.txt"],
        }.get(name)
        return options[pick % len(options)] if options else None

    def _pattern(self, op_label: str, name: str) -> str | None:
        method, path = op_label.split(" ", 1)
        for p in self.spec["paths"][path][method.lower()].get("parameters", []):
            if p["name"] == name:
                return p["schema"].get("pattern")  # type: ignore[no-any-return]
        return None

    def _strategy(self, label: str, mode: GenerationMode) -> Any:
        key = (label, mode)
        if key not in self._strategies:
            self._strategies[key] = self.ops[label].as_strategy(generation_mode=mode)
        return self._strategies[key]

    # ----- one example: draw, send, check

    def step(self, data: st.DataObject) -> None:
        labels = sorted(self.ops)
        weighted = [lb for lb in labels for _ in range(WEIGHTS.get(lb, 2))]
        kind = data.draw(
            st.sampled_from(["positive"] * 3 + ["negative"] * 2 + ["shaped"] * 3 + ["raw"])
        )
        if kind == "raw":
            paths = [self._fill(lb.split(" ", 1)[1], 0) for lb in labels]
            posts = [self._fill(lb.split(" ", 1)[1], 0) for lb in labels if lb.startswith("POST")]
            self._send_raw(data.draw(raw_requests(paths, posts)))
            return
        if kind == "shaped":
            label = data.draw(st.sampled_from([lb for lb in weighted if lb in SHAPED]))
        else:
            label = data.draw(st.sampled_from(weighted))
        op = self.ops[label]
        known = data.draw(st.integers(0, 99))
        if kind == "shaped":
            sid = self._known("scenario_id", known) if "{scenario_id}" in label else None
            body = data.draw(self._body(SHAPED[label], sid or FLAGSHIP))
            params = {"scenario_id": sid} if sid else {}
            self._send_shaped(op, params, body)
            return
        mode = GenerationMode.POSITIVE if kind == "positive" else GenerationMode.NEGATIVE
        case = data.draw(self._strategy(label, mode))
        if known < 70:  # a known id where the drawn one is valid by the schema
            for name, value in list((case.path_parameters or {}).items()):
                pattern = self._pattern(label, name)
                if pattern is None or re.fullmatch(pattern, str(value)):
                    case.path_parameters[name] = self._known(name, known) or value
            if "relax" in (case.query or {}) and mode is GenerationMode.POSITIVE and known < 35:
                case.query["relax"] = self.relax[known % len(self.relax) :][:2]
        self._send_case(case, kind)

    def _tour(self, label: str, seed_value: int) -> None:
        @settings(max_examples=1, database=None, phases=(Phase.generate,), deadline=None)
        @seed(seed_value)
        @given(self._strategy(label, GenerationMode.POSITIVE))
        def one(case: Any) -> None:
            for name in list(case.path_parameters or {}):
                case.path_parameters[name] = self._known(name, 0)
            if "relax" in (case.query or {}):
                case.query["relax"] = []
            self._send_case(case, "positive")

        one()

    def _body(self, name: str, scenario_id: str) -> Any:
        starting = self.starting.get(scenario_id, [])
        return {
            "scenario": scenario_bodies(self.builtin),
            "package": package_bodies(starting),
            "saved": package_bodies(starting, named=True),
            "document": document_bodies(),
            "forecast": forecast_bodies(),
        }[name]

    def _fill(self, path: str, pick: int) -> str:
        return re.sub(r"\{(\w+)\}", lambda m: self._known(m.group(1), pick) or "x", path)

    def _record(self, rec: Record, content: bytes = b"") -> None:
        if rec.status >= 400:
            rec.answer = content[:300].decode("utf-8", "replace")
        if rec.seconds > self.seconds:
            rec.problems.append(f"took {rec.seconds:.1f} s (bound {self.seconds:.0f} s)")
        self.summary.records.append(rec)

    def _send_case(self, case: Any, kind: str) -> None:
        label = case.operation.label
        t0 = time.perf_counter()
        try:
            response = case.call(session=self.client, timeout=self.seconds * 3)
        except Exception as exc:  # noqa: BLE001 - an exception out of the app is the bug sought
            seconds = time.perf_counter() - t0
            self._record(
                Record(label, kind, 599, seconds, [repr(exc)[:500]], case.as_curl_command())
            )
            return
        seconds = time.perf_counter() - t0
        checks = CHECKS + ([negative_data_rejection] if kind == "negative" else [])
        problems = self._check(case, response, checks)
        rec = Record(label, kind, response.status_code, seconds, problems)
        self._record(rec, response.content)
        if rec.problems:
            rec.reproducer = case.as_curl_command()
        self._after(label, response.status_code, response.content)

    def _send_shaped(self, op: Any, params: dict[str, str], body: Any) -> None:
        path = op.path.format(**params) if params else op.path
        data = json.dumps(body).encode()  # NaN and Infinity as JavaScript writes them
        headers = {"content-type": "application/json"}
        t0 = time.perf_counter()
        try:
            response = self.client.request(op.method.upper(), path, data=data, headers=headers)
        except Exception as exc:  # noqa: BLE001
            seconds = time.perf_counter() - t0
            how = _curl(op.method.upper(), path, headers, data)
            self._record(Record(op.label, "shaped", 599, seconds, [repr(exc)[:500]], how))
            return
        seconds = time.perf_counter() - t0
        case = op.Case(path_parameters=params, body=body, media_type="application/json")
        problems = self._check(case, response, CHECKS)
        rec = Record(op.label, "shaped", response.status_code, seconds, problems)
        self._record(rec, response.content)
        if rec.problems:
            rec.reproducer = _curl(op.method.upper(), path, headers, data)
        self._after(op.label, response.status_code, response.content)
        if op.label.endswith("/forecast/runs") and response.status_code == 202:
            runs = body.get("runs", 20_000)
            if runs > 2_000:  # a long forecast: cancel it (the DELETE is a request of its own)
                job = response.json()["id"]
                self._send_case(
                    self.ops["DELETE /api/forecast/jobs/{job_id}"].Case(
                        path_parameters={"job_id": job}
                    ),
                    "shaped",
                )

    def _send_raw(self, req: dict[str, Any]) -> None:
        method, path = req["method"], req["path"]
        label = f"RAW {method} {path.split('?')[0][:60]}"
        t0 = time.perf_counter()
        try:
            response = self.client.request(method, path, data=req["body"], headers=req["headers"])
        except Exception as exc:  # noqa: BLE001
            seconds = time.perf_counter() - t0
            how = _curl(method, path, req["headers"], req["body"])
            self._record(Record(label, "raw", 599, seconds, [repr(exc)[:500]], how))
            return
        seconds = time.perf_counter() - t0
        problems = [f"server error {response.status_code}"] if response.status_code >= 500 else []
        problems += error_shape(
            response.status_code,
            response.headers.get("content-type", ""),
            response.content.decode("utf-8", "replace"),
            method,
        )
        if path.startswith(("/api/sources", "/static", "/vendor")) and (
            b"do not serve" in response.content or b"root:" in response.content
        ):
            problems.append("served a file from outside its folder")
        rec = Record(label, "raw", response.status_code, seconds, problems)
        self._record(rec, response.content)
        if rec.problems:
            rec.reproducer = _curl(method, path, req["headers"], req["body"])

    def _check(self, case: Any, response: Any, checks: list[Any]) -> list[str]:
        problems: list[str] = []
        try:
            case.validate_response(response, checks=checks)
        except (Exception, BaseExceptionGroup) as exc:  # noqa: BLE001 - a FailureGroup lists them
            failures = getattr(exc, "exceptions", [exc])
            problems += [f"{type(f).__name__}: {str(f).splitlines()[0][:300]}" for f in failures]
        text = response.content.decode("utf-8", "replace")
        ctype = response.headers.get("content-type", "")  # a list in schemathesis' Response
        ctype = ctype[0] if isinstance(ctype, list) and ctype else ctype or ""
        problems += error_shape(response.status_code, ctype, text, case.method.upper())
        return problems

    def _after(self, label: str, status: int, content: bytes) -> None:
        """Remember the ids the server handed out (jobs, runs) for later requests."""
        if status >= 300:
            return
        if label.endswith("/forecast/runs") and label.startswith("POST"):
            self.jobs.append(json.loads(content)["id"])
        elif label.startswith("GET /api/forecast/jobs") and json.loads(content).get("run_id"):
            self.runs.append(json.loads(content)["run_id"])
        elif label == "GET /api/scenarios/{scenario_id}/forecast/runs":
            self.runs += [r["id"] for r in json.loads(content) if r["id"] not in self.runs]

    # ----- a whole run

    def run(self, requests: int, seed_value: int, progress: bool = False) -> Summary:
        """Send at least ``requests`` requests drawn from ``seed_value`` (no shrinking: a failure is
        kept as drawn, with its reproducer, and the run goes on). Every example draws and sends
        (an example that stopped early would make hypothesis report the strategy as flaky)."""
        started = time.monotonic()
        for label in sorted(self.ops):  # first a tour: one valid request per operation
            self._tour(label, seed_value)
        rounds = 0
        while len(self.summary.records) < requests:
            target = requests - len(self.summary.records)

            @settings(
                max_examples=target,
                deadline=None,
                database=None,
                phases=(Phase.generate,),
                suppress_health_check=list(HealthCheck),
            )
            @seed(seed_value + rounds)
            @given(st.data())
            def fuzz(data: st.DataObject) -> None:
                before = len(self.summary.records)
                self.step(data)
                if progress:
                    for r in self.summary.records[before:]:
                        if r.problems:
                            print(
                                f"FAILURE {r.label} [{r.kind}] {r.status}: {r.problems[0][:300]}"
                                f"\n  reproduce: {r.reproducer[:500]}",
                                file=sys.stderr,
                                flush=True,
                            )
                if progress and len(self.summary.records) // 500 > before // 500:
                    fails = len(self.summary.failures)
                    print(
                        f"{len(self.summary.records)} requests, "
                        f"{time.monotonic() - started:.0f} s, {fails} failures",
                        file=sys.stderr,
                        flush=True,
                    )

            fuzz()  # each example sends one request or more: the count is reached, or passed
            rounds += 1
        return self.summary


def leftover_processes() -> list[str]:
    """Processes this process started that are still alive (worker and forecast processes), as
    ``pid command``. Python's multiprocessing resource tracker is not counted: it is one per
    process that uses ``spawn`` and ends when that process ends."""
    me = str(os.getpid())
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmd = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, UnicodeDecodeError):
            continue
        if fields[1] == me and fields[0] != "Z" and "resource_tracker" not in cmd:
            out.append(f"{stat.parent.name} {cmd[:120]}")
    return out
