"""Fuzzing the JSON API (issue 13): every answer a documented one, never a 5xx or a traceback.

A few hundred requests from a fixed seed run here (reproducible; the run
cannot flake on timing: the time bound per request is generous);
``scripts/fuzz_api.py --requests 10000`` runs the same fuzzer at length. The
regression tests below pin each bug the long runs found.
"""

from __future__ import annotations

import json
import math
import os
import time
from collections.abc import Iterator

import pytest

pytest.importorskip("schemathesis", reason="schemathesis is in the dev extra")

from api_fuzz import ApiFuzz, error_shape, leftover_processes  # noqa: E402
from held_store import store_held  # noqa: E402

FLAGSHIP = "gaza-2025-03"
REQUESTS = 240


@pytest.fixture(scope="module")
def fuzz(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ApiFuzz]:
    old = os.environ.get("ACCORD_HOME")
    os.environ["ACCORD_HOME"] = str(tmp_path_factory.mktemp("fuzz-home"))
    corpus = tmp_path_factory.mktemp("fuzz-corpus")
    (corpus / "article.txt").write_text("Hamas said it demands a permanent ceasefire.", "utf-8")
    (corpus.parent / "secret.txt").write_text("do not serve", "utf-8")
    before = set(leftover_processes())  # other modules' apps may have left their workers
    f = ApiFuzz(corpus)
    f.before = before  # type: ignore[attr-defined]
    yield f
    f.close()
    if old is None:
        os.environ.pop("ACCORD_HOME", None)
    else:
        os.environ["ACCORD_HOME"] = old


def test_every_operation_documents_the_json_error_shape(fuzz: ApiFuzz) -> None:
    spec = fuzz.spec
    assert "ErrorOut" in spec["components"]["schemas"]
    for path, methods in spec["paths"].items():
        if path == "/api/health":
            continue
        for method, op in methods.items():
            for code in ("400", "404", "422", "500", "503"):
                content = op["responses"][code]["content"]
                assert list(content) == ["application/json"], (method, path, code)
                assert content["application/json"]["schema"]["$ref"].endswith("/ErrorOut")
            if method == "post":
                assert "413" in op["responses"], path


def test_the_fuzzer_checks_what_it_claims() -> None:
    assert error_shape(422, "application/json", '{"error": "X", "detail": "one line"}') == []
    assert error_shape(500, "text/plain", "Internal Server Error")
    assert error_shape(400, "application/json", '{"error": "X", "detail": "a\\nb"}')
    assert error_shape(400, "application/json", '{"detail": [{"loc": ["body"]}]}')
    assert error_shape(200, "application/json", '{"x": NaN}')
    assert error_shape(200, "text/html", "Traceback (most recent call last):")


def test_a_seeded_request_fuzz_finds_no_5xx_and_no_undocumented_answer(fuzz: ApiFuzz) -> None:
    fuzz.seconds = 60.0  # CI may compile the analysis kernels cold, on a busy machine
    summary = fuzz.run(REQUESTS, seed_value=13)
    assert len(summary.records) >= REQUESTS
    assert not summary.failures, summary.text()
    reached = {r.label for r in summary.records}
    assert set(fuzz.ops) <= reached  # every endpoint and method, the tour first
    kinds = {r.kind for r in summary.records}
    assert kinds == {"positive", "negative", "shaped", "raw"}
    assert any(r.status < 300 for r in summary.records if r.kind == "shaped")


# ----- regressions: what the long runs found (each was a 500 or invalid JSON)


def _evaluate(fuzz: ApiFuzz, body: bytes) -> tuple[int, dict[str, object]]:
    r = fuzz.client.post(
        f"/api/scenarios/{FLAGSHIP}/evaluate",
        data=body,
        headers={"content-type": "application/json"},
    )
    assert not error_shape(r.status_code, r.headers["content-type"], r.text), r.text
    return r.status_code, r.json()


def test_a_saved_package_is_checked_like_an_evaluated_one(fuzz: ApiFuzz) -> None:
    """Found by the fuzz (seed 2): a JSON boolean was read as 0/1 and a saved package's unknown
    issue was stored unchecked, so the explorer could not load it back."""
    url = f"/api/scenarios/{FLAGSHIP}/packages"
    r = fuzz.client.post(url, json={"name": "b", "phases": [{"terms": {"ceasefire": True}}]})
    assert r.status_code == 422 and "ceasefire" in r.text, r.text
    r = fuzz.client.post(url, json={"name": "k", "phases": [{"terms": {"k": 1}}]})
    assert r.status_code == 400 and "unknown issue 'k'" in r.json()["detail"], r.text
    r = fuzz.client.post(url, json={"name": "ok", "phases": [{"terms": {"ceasefire": "none"}}]})
    assert r.status_code == 201, r.text
    status, _ = _evaluate(
        fuzz, b'{"phases": [{"terms": {}}], "guarantor_penalty": {"israel": true}}'
    )
    assert status == 422


def test_an_unpaired_surrogate_in_a_body_is_a_422_not_a_500(fuzz: ApiFuzz) -> None:
    status, body = _evaluate(fuzz, b'{"phases": [{"terms": {"\\ud800": 1}}]}')
    assert status == 422 and "unpaired surrogate" in str(body["problems"])
    status, body = _evaluate(fuzz, b'{"phases": [{"name": "a\\udfffb", "terms": {}}]}')
    assert status == 422 and "phases.0.name" in str(body["problems"])


@pytest.mark.parametrize(
    ("count", "words"),
    [
        ("NaN", "not a finite number"),
        ("25", "outside [0, 24]"),
        ("-1", "outside [0, 24]"),
    ],
)
def test_per_category_counts_are_range_checked(fuzz: ApiFuzz, count: str, words: str) -> None:
    raw = f'{{"phases": [{{"terms": {{"hostage_release": {{"living": {count}}}}}}}]}}'
    status, body = _evaluate(fuzz, raw.encode())
    assert status == 400 and words in str(body["detail"]), body


def test_an_unknown_category_is_named(fuzz: ApiFuzz) -> None:
    raw = b'{"phases": [{"terms": {"hostage_release": {"nobody": 3}}}]}'
    status, body = _evaluate(fuzz, raw)
    assert status == 400 and "unknown category nobody" in str(body["detail"])


@pytest.mark.parametrize(
    ("penalty", "words"),
    [("NaN", "not a finite number"), ("Infinity", "not a finite number"), ("0.1", "unknown")],
)
def test_guarantor_penalties_are_checked(fuzz: ApiFuzz, penalty: str, words: str) -> None:
    party = "nobody" if words == "unknown" else "israel"
    raw = f'{{"phases": [{{"terms": {{}}}}], "guarantor_penalty": {{"{party}": {penalty}}}}}'
    status, body = _evaluate(fuzz, raw.encode())
    assert status == 400 and words in str(body["detail"]), body


def test_a_valid_package_still_evaluates_to_strict_json(fuzz: ApiFuzz) -> None:
    raw = b'{"phases": [{"terms": {"hostage_release": {"living": 24}}}], "guarantor_penalty": {"israel": 0.1}}'
    status, body = _evaluate(fuzz, raw)
    assert status == 200 and 0 <= float(body["completion_probability"]) <= 1  # type: ignore[arg-type]
    assert json.dumps(body, allow_nan=False) and not math.isnan(
        float(body["completion_probability"])
    )  # type: ignore[arg-type]


def test_a_mapping_for_a_level_or_number_is_a_400(fuzz: ApiFuzz) -> None:
    for term in (b'{"ceasefire": {"a": 1}}', b'{"humanitarian_aid": {"a": 1}}'):
        status, body = _evaluate(fuzz, b'{"phases": [{"terms": ' + term + b"}]}")
        assert status == 400 and "not dict" in str(body["detail"]), body


def test_evidence_waits_for_a_store_another_process_holds_briefly(fuzz: ApiFuzz) -> None:
    # a page-started forecast commits its chunks from its own process; DuckDB lets one process
    # open the file at a time, so the evidence routes answered 503 during each commit
    with store_held():
        t0 = time.monotonic()
        r = fuzz.client.get("/api/evidence")
        assert r.status_code == 200, r.text
        assert time.monotonic() - t0 > 0.5  # it waited for the other process, then read


def test_closing_the_app_after_the_fuzz_leaves_no_process(fuzz: ApiFuzz) -> None:
    # last in this module: the seeded fuzz above started the worker pool and forecast processes
    fuzz.close()
    deadline = time.monotonic() + 15
    while (left := set(leftover_processes()) - fuzz.before) and time.monotonic() < deadline:  # type: ignore[attr-defined]
        time.sleep(0.2)
    assert not left
