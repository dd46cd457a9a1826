"""The JSON API as scripts use it: validation with clear 4xx errors, no file escapes."""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from accord.scenarios import builtin_paths
from accord.web.app import WebConfig, create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

FLAGSHIP = "gaza-2025-03"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "article.txt").write_text("Hamas said it demands a permanent ceasefire.", "utf-8")
    # a secret next to the corpus folder, which no request may read
    (folder.parent / "secret.txt").write_text("do not serve", "utf-8")
    return folder


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Iterator[TestClient]:
    old = os.environ.get("ACCORD_HOME")
    os.environ["ACCORD_HOME"] = str(tmp_path_factory.mktemp("home"))
    yield TestClient(create_app(WebConfig(corpus=corpus)))
    if old is None:
        os.environ.pop("ACCORD_HOME", None)
    else:
        os.environ["ACCORD_HOME"] = old


def test_lists_builtin_scenarios_with_the_flagship_as_default(client):
    rows = client.get("/api/scenarios").json()
    assert {r["id"] for r in rows} >= set(builtin_paths())
    assert [r["id"] for r in rows if r["default"]] == [FLAGSHIP]


def test_positions_matrix_cells_carry_evidence_or_assumption(client):
    m = client.get(f"/api/scenarios/{FLAGSHIP}/positions").json()
    cells = [c for row in m["cells"].values() for c in row.values() if c]
    assert cells
    for c in cells:
        assert c["evidence"] or (c["assumed"] and c["assumption"])
        for ev in c["evidence"]:
            assert {"doc", "start", "end", "quote"} <= set(ev)


def test_evaluate_returns_utilities_verdicts_and_completion(client):
    setup = client.get(f"/api/scenarios/{FLAGSHIP}/explorer").json()
    start = setup["starting_points"][1]
    r = client.post(
        f"/api/scenarios/{FLAGSHIP}/evaluate",
        json={"phases": start["phases"], "guarantor_penalty": start["guarantor_penalty"]},
    )
    assert r.status_code == 200
    body = r.json()
    assert 0.0 <= body["completion_probability"] <= 1.0
    for pid in setup["parties"]:
        assert {"expected_utility", "red_lines", "acceptable"} <= set(body["parties"][pid])


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ({"phases": []}, 422, "phases"),
        ({"phases": [{"terms": {"ceasefire": "forever"}}]}, 400, "not a level"),
        ({"phases": [{"terms": {"hostage_release": 999}}]}, 400, "outside the range"),
        ({"phases": [{"terms": {"no_such_issue": 1}}]}, 400, "unknown issue"),
        ({"phases": [{"terms": {}}], "extra": 1}, 422, "extra"),
        ({"phases": "x"}, 422, "phases"),
    ],
)
def test_evaluate_rejects_bad_packages_with_a_clear_message(client, body, status, words):
    r = client.post(f"/api/scenarios/{FLAGSHIP}/evaluate", json=body)
    assert r.status_code == status
    text = (r.json()["detail"] + " ".join(r.json().get("problems", []))).lower()
    assert words in text


def test_unknown_scenario_is_404_and_bad_id_is_422(client):
    r = client.get("/api/scenarios/no-such-scenario/positions")
    assert r.status_code == 404 and "no scenario" in r.json()["detail"]
    assert client.get("/api/scenarios/Bad Id!/positions").status_code == 422


def test_unknown_relaxation_is_400_listing_the_choices(client):
    r = client.get(f"/api/scenarios/{FLAGSHIP}/analysis", params={"relax": "x.y"})
    assert r.status_code == 400 and "Choose from" in r.json()["detail"]


def test_upload_valid_scenario_then_use_it(client):
    text = (
        builtin_paths()[FLAGSHIP].read_text("utf-8").replace("id: gaza-2025-03", "id: my-copy", 1)
    )
    r = client.post("/api/scenarios", json={"filename": "mine.yaml", "text": text})
    assert r.status_code == 201 and r.json()["id"] == "my-copy"
    assert "my-copy" in [s["id"] for s in client.get("/api/scenarios").json()]
    assert client.get("/api/scenarios/my-copy/positions").status_code == 200


def test_upload_invalid_yaml_lists_problems_with_lines(client):
    r = client.post(
        "/api/scenarios", json={"filename": "bad.yaml", "text": "id: x\ntitle: [unclosed\n"}
    )
    assert r.status_code == 422
    assert r.json()["detail"].startswith("bad.yaml:")
    text = builtin_paths()[FLAGSHIP].read_text("utf-8").replace("id: gaza-2025-03", "id: broken", 1)
    text = text.replace("role: belligerent", "role: warlord", 1)
    r = client.post("/api/scenarios", json={"filename": "broken.yaml", "text": text})
    assert r.status_code == 422
    assert any("broken.yaml:" in p and "role" in p for p in r.json()["problems"])


def test_upload_cannot_shadow_a_builtin(client):
    text = builtin_paths()[FLAGSHIP].read_text("utf-8")
    r = client.post("/api/scenarios", json={"filename": "x.yaml", "text": text})
    assert r.status_code == 400 and "built-in" in r.json()["detail"]


def test_yaml_tags_are_not_executed(client, tmp_path):
    marker = tmp_path / "ran"
    r = client.post(
        "/api/scenarios", json={"text": f"!!python/object/apply:os.system ['touch {marker}']"}
    )
    assert r.status_code == 422
    assert not marker.exists()  # refused without running the tag, not after it ran


def test_source_from_corpus(client):
    r = client.get("/api/sources/article.txt")
    assert r.status_code == 200 and "permanent ceasefire" in r.json()["text"]


@pytest.mark.parametrize(
    "name",
    [
        "..%2Fsecret.txt",
        "%2E%2E%2Fsecret.txt",
        "..",
        "..%5Csecret.txt",
        "%2Fetc%2Fpasswd",
        "....%2F%2Fsecret.txt",
        "%00article.txt",
        "..%252Fsecret.txt",
        ".secret",
        "/etc/passwd",
    ],
)
def test_no_path_traversal_through_sources(client, name):
    r = client.get(f"/api/sources/{name}")
    assert r.status_code in (400, 404, 422)
    assert "do not serve" not in r.text and "root:" not in r.text


def test_static_files_cannot_escape_their_folder(client):
    for path in ["/static/..%2F..%2Fapp.py", "/static/../app.py", "/static/%2e%2e/app.py"]:
        r = client.get(path)
        assert r.status_code in (400, 404) and "create_app" not in r.text


def test_add_document_validates_name_and_date(client):
    r = client.post("/api/evidence/documents", json={"name": "../x", "text": "Hamas said."})
    assert r.status_code == 422 and "name" in " ".join(r.json()["problems"])
    r = client.post(
        "/api/evidence/documents", json={"name": "a.txt", "text": "x", "published": "soon"}
    )
    assert r.status_code == 422


def test_openapi_documents_the_api(client):
    spec = client.get("/api/openapi.json").json()
    for path in [
        "/api/scenarios",
        "/api/scenarios/{scenario_id}/evaluate",
        "/api/evidence",
        "/api/sources/{name}",
    ]:
        assert path in spec["paths"]


@pytest.mark.parametrize(
    "extra, words",
    [
        ({"calibrate": "yes"}, "calibrate"),
        ({"calibrate": True, "replay": "sideways"}, "replay"),
        ({"calibrate": True, "red_line_clock": "yesterday"}, "red_line_clock"),
    ],
)
def test_a_forecast_with_unknown_calibration_choices_is_refused_before_it_starts(
    client, extra, words
):
    r = client.post(
        f"/api/scenarios/{FLAGSHIP}/forecast/runs", json={"runs": 200, "horizon": 30} | extra
    )
    assert r.status_code == 422 and words in r.text
