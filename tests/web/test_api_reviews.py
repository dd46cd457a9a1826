"""Reviewing claims through the JSON API on a real store: list, mark, correct, add, undo, and
the errors a script gets for bad input (the error shape, never a traceback)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from held_store import ADDED, ARTICLE, TestClient, api_client, error, store_held


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    home, corpus = tmp_path_factory.mktemp("home"), tmp_path_factory.mktemp("corpus")
    with api_client(home, corpus, {"talks.txt": ARTICLE}) as c:
        yield c


def claims(client: TestClient, **params: str) -> list[dict]:
    r = client.get("/api/reviews/claims", params=params)
    assert r.status_code == 200, r.text
    return r.json()["claims"]


def test_claims_are_listed_with_ids_reviews_and_the_vocabulary(client):
    body = client.get("/api/reviews/claims", params={"doc": "talks.txt"}).json()
    rows = body["claims"]
    assert rows and all(len(r["id"]) == 8 and r["review"] is None for r in rows)
    assert {"hamas", "unattributed"} <= set(body["vocabulary"]["actor"])
    assert "demand" in body["vocabulary"]["stance"]
    assert "ceasefire" in body["vocabulary"]["issue"]
    error(client.get("/api/reviews/claims", params={"doc": "nothing.txt"}), 404)


def test_mark_wrong_leaves_the_reviewed_view_and_undo_brings_it_back(client):
    row = next(r for r in claims(client) if r["actor"] == "hamas")
    r = client.post(f"/api/reviews/claims/{row['id']}/mark", json={"verdict": "wrong"})
    assert r.status_code == 200, r.text
    assert r.json()["claim"]["review"] == "wrong"
    assert row["id"] not in {c["id"] for c in claims(client, todo="true")}
    evidence = client.get("/api/evidence").json()["claims"]
    assert not any(
        c["evidence"]["start"] == row["start"]
        and c["actor"] == "hamas"
        and c["stance"] == row["stance"]
        and c["issue"] == row["issue"]
        for c in evidence
    )
    r = client.delete(f"/api/reviews/claims/{row['id']}/review")
    assert r.status_code == 200 and r.json()["claim"]["review"] is None
    assert (
        "no review to undo"
        in error(client.delete(f"/api/reviews/claims/{row['id']}/review"), 400)["detail"]
    )


def test_set_corrects_fields_and_keeps_the_original(client):
    row = next(r for r in claims(client) if r["actor"] == "qatar")
    r = client.post(
        f"/api/reviews/claims/{row['id']}/set", json={"actor": "egypt", "value": "full"}
    )
    assert r.status_code == 200, r.text
    got = r.json()["claim"]
    assert (got["id"], got["actor"], got["value"], got["review"]) == (
        row["id"],
        "egypt",
        "full",
        "corrected",
    )
    assert got["was"]["actor"] == "qatar"
    assert next(c for c in claims(client) if c["id"] == row["id"])["actor"] == "egypt"
    # a stance the vocabulary lacks: 400 naming the field and the ids on offer; nothing stored
    bad = error(client.post(f"/api/reviews/claims/{row['id']}/set", json={"stance": "insist"}), 400)
    assert "stance 'insist'" in bad["detail"] and "demand" in bad["detail"]
    error(client.post(f"/api/reviews/claims/{row['id']}/set", json={}), 400)
    client.post(f"/api/reviews/claims/{row['id']}/mark", json={"verdict": "right"})
    assert next(c for c in claims(client) if c["id"] == row["id"])["review"] == "right"


def test_add_a_claim_from_exact_words_and_take_it_out(client):
    body = {
        "doc": "talks.txt",
        "evidence": ADDED,
        "actor": "egypt",
        "issue": "humanitarian_aid",
        "stance": "demand",
        "speaker": "a spokesman",
    }
    r = client.post("/api/reviews/claims", json=body)
    assert r.status_code == 201, r.text
    added = r.json()["claim"]
    assert added["review"] == "added" and added["evidence"] == ADDED
    assert added["start"] == ARTICLE.index(ADDED) and not added["extracted"]
    assert added["id"] in {c["id"] for c in claims(client)}
    missing = error(
        client.post("/api/reviews/claims", json=body | {"evidence": "aid must flow"}), 400
    )
    assert "are not in document 'talks.txt'" in missing["detail"]
    error(client.post("/api/reviews/claims", json=body | {"doc": "other.txt"}), 404)
    assert (
        "actor 'nobody'"
        in error(client.post("/api/reviews/claims", json=body | {"actor": "nobody"}), 400)["detail"]
    )
    r = client.post(f"/api/reviews/claims/{added['id']}/mark", json={"verdict": "wrong"})
    assert r.status_code == 200 and r.json()["claim"] is None
    assert added["id"] not in {c["id"] for c in claims(client)}


def test_bad_requests_get_the_error_shape(client):
    error(client.post("/api/reviews/claims/0000000f/mark", json={"verdict": "right"}), 404)
    error(client.post("/api/reviews/claims/zz12/mark", json={"verdict": "right"}), 422)
    bad = error(client.post("/api/reviews/claims/abcd/mark", json={"verdict": "maybe"}), 422)
    assert bad["problems"] and bad["problems"][0].startswith("verdict")
    error(client.post("/api/reviews/claims/abcd/mark", json={"verdict": "right", "x": 1}), 422)
    error(client.post("/api/reviews/claims/abcd/set", json={"actor": "Not An Id"}), 422)
    error(client.post("/api/reviews/claims", json={"doc": "talks.txt"}), 422)


def test_a_review_waits_for_a_store_another_process_holds_briefly(client):
    # a forecast started from the page writes the store from its own process
    row = claims(client)[0]
    with store_held():
        t0 = time.monotonic()
        r = client.post(f"/api/reviews/claims/{row['id']}/mark", json={"verdict": "right"})
        assert r.status_code == 200, r.text
        assert time.monotonic() - t0 > 0.5
    assert next(c for c in claims(client) if c["id"] == row["id"])["review"] == "right"


def test_the_openapi_document_lists_the_review_routes(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert set(paths["/api/reviews/claims"]) == {"get", "post"}
    assert "post" in paths["/api/reviews/claims/{claim_id}/mark"]
    assert "delete" in paths["/api/reviews/claims/{claim_id}/review"]
