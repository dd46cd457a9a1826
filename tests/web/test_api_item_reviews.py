"""Reviewing counts and events through the JSON API on a real store: list, mark, correct, add,
undo, as the claim routes do, and the errors a script gets for bad input (the error shape,
with the allowed values named)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from held_store import FIGURES, TestClient, api_client, error


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    home, corpus = tmp_path_factory.mktemp("home"), tmp_path_factory.mktemp("corpus")
    with api_client(home, corpus, {"truce.txt": FIGURES}) as c:
        yield c


def rows(client: TestClient, kind: str, **params: str) -> list[dict]:
    r = client.get(f"/api/reviews/{kind}", params=params)
    assert r.status_code == 200, r.text
    return r.json()[kind]


def count_of(client: TestClient, value: int) -> dict:
    return next(r for r in rows(client, "counts") if r["value"] == value)


def row_of(client: TestClient, kind: str, rid: str) -> dict:
    return next(r for r in rows(client, kind) if r["id"] == rid)


def test_counts_and_events_are_listed_with_ids_reviews_and_the_vocabulary(client):
    body = client.get("/api/reviews/counts", params={"doc": "truce.txt"}).json()
    counts = body["counts"]
    assert {(c["quantity"], c["value"], c["approx"]) for c in counts} == {
        ("hostages_released", 33, False),
        ("prisoners_released", 1900, True),
    }
    assert all(len(c["id"]) == 8 and c["review"] is None and c["extracted"] for c in counts)
    assert all(FIGURES[c["start"] : c["end"]] == c["evidence"] for c in counts)
    assert "other" in body["vocabulary"]["quantity"]
    assert "demanded" in body["vocabulary"]["mode"]
    body = client.get("/api/reviews/events").json()
    assert {e["type"] for e in body["events"]} == {"talks", "release"}
    dated = next(e for e in body["events"] if e["location"] == "Cairo")
    assert dated["date"] == "2025-03-02" and dated["mode"] == "actual"
    assert body["vocabulary"]["mode"] == ["actual", "planned"]
    assert "meeting" in body["vocabulary"]["type"]
    # ids are unique across kinds
    ids = [r["id"] for k in ("claims", "counts", "events") for r in rows(client, k)]
    assert len(ids) == len(set(ids))
    assert "nothing.txt" in error(client.get("/api/reviews/events?doc=nothing.txt"), 404)["detail"]


def test_mark_wrong_then_undo_and_an_id_of_another_kind_is_not_found(client):
    row = count_of(client, 33)
    r = client.post(f"/api/reviews/counts/{row['id']}/mark", json={"verdict": "wrong"})
    assert r.status_code == 200, r.text
    assert r.json()["count"]["review"] == "wrong"
    assert row["id"] not in {c["id"] for c in rows(client, "counts", todo="true")}
    assert row["id"] in {c["id"] for c in rows(client, "counts")}
    # the count's id on the events' routes: no such event
    missing = error(
        client.post(f"/api/reviews/events/{row['id']}/mark", json={"verdict": "right"}), 404
    )
    assert "no event with id" in missing["detail"]
    r = client.delete(f"/api/reviews/counts/{row['id']}/review")
    assert r.status_code == 200 and r.json()["count"]["review"] is None
    again = error(client.delete(f"/api/reviews/counts/{row['id']}/review"), 400)
    assert "no review to undo" in again["detail"]
    event = rows(client, "events")[0]
    r = client.post(f"/api/reviews/events/{event['id'][:6]}/mark", json={"verdict": "right"})
    assert r.status_code == 200 and r.json()["event"]["id"] == event["id"]
    assert row_of(client, "events", event["id"])["review"] == "right"


def test_set_corrects_a_count_keeps_the_original_and_names_allowed_values(client):
    row = count_of(client, 1900)
    r = client.post(
        f"/api/reviews/counts/{row['id']}/set",
        json={"value": 1890, "approx": False, "as_of": "2025-03-01", "note": "the list"},
    )
    assert r.status_code == 200, r.text
    got = r.json()["count"]
    assert (got["id"], got["value"], got["approx"], got["as_of"], got["review"]) == (
        row["id"],
        1890,
        False,
        "2025-03-01",
        "corrected",
    )
    assert got["was"]["value"] == 1900 and got["note"] == "the list"
    bad = error(client.post(f"/api/reviews/counts/{row['id']}/set", json={"quantity": "cats"}), 400)
    assert "'cats' is not a count quantity" in bad["detail"]
    assert "prisoners_released" in bad["detail"] and "other" in bad["detail"]
    bad = error(client.post(f"/api/reviews/counts/{row['id']}/set", json={"mode": "rumoured"}), 400)
    assert "conditional" in bad["detail"]
    bad = error(
        client.post(f"/api/reviews/counts/{row['id']}/set", json={"as_of": "2025-13-01"}), 400
    )
    assert "YYYY-MM-DD" in bad["detail"]
    assert (
        "nothing to set"
        in error(client.post(f"/api/reviews/counts/{row['id']}/set", json={}), 400)["detail"]
    )
    assert row_of(client, "counts", row["id"])["value"] == 1890  # nothing stored by the refusals
    # set back to what was read: right again
    r = client.post(
        f"/api/reviews/counts/{row['id']}/set",
        json={"value": 1900, "approx": True, "as_of": "2025-03-02"},
    )
    assert r.json()["count"]["review"] == "right" and r.json()["count"]["was"] is None


def test_set_corrects_an_event(client):
    talks = next(e for e in rows(client, "events") if e["location"] == "Cairo")
    r = client.post(
        f"/api/reviews/events/{talks['id']}/set", json={"type": "meeting", "location": ""}
    )
    assert r.status_code == 200, r.text
    got = r.json()["event"]
    assert (got["type"], got["location"], got["review"]) == ("meeting", None, "corrected")
    assert (got["was"]["type"], got["was"]["location"]) == ("talks", "Cairo")
    bad = error(
        client.post(f"/api/reviews/events/{talks['id']}/set", json={"mode": "rumoured"}), 400
    )
    assert "use one of: actual, planned" in bad["detail"]
    bad = error(client.post(f"/api/reviews/events/{talks['id']}/set", json={"type": "party"}), 400)
    assert "'party' is not an event type" in bad["detail"] and "talks" in bad["detail"]
    client.delete(f"/api/reviews/events/{talks['id']}/review")
    assert row_of(client, "events", talks["id"])["type"] == "talks"


def test_add_a_count_and_an_event_from_exact_words_and_take_them_out(client):
    words = "the next phase of the truce"
    body = {
        "doc": "truce.txt",
        "evidence": words,
        "quantity": "other",
        "value": 2,
        "label": "phases",
    }
    r = client.post("/api/reviews/counts", json=body)
    assert r.status_code == 201, r.text
    added = r.json()["count"]
    assert (added["review"], added["extracted"], added["label"]) == ("added", False, "phases")
    assert added["start"] == FIGURES.index(words) and added["evidence"] == words
    assert added["id"] in {c["id"] for c in rows(client, "counts")}
    missing = error(
        client.post("/api/reviews/counts", json=body | {"evidence": "a new truce"}), 400
    )
    assert "are not in document 'truce.txt'" in missing["detail"]
    error(client.post("/api/reviews/counts", json=body | {"doc": "other.txt"}), 404)
    r = client.post(f"/api/reviews/counts/{added['id']}/mark", json={"verdict": "wrong"})
    assert r.status_code == 200 and r.json()["count"] is None
    assert added["id"] not in {c["id"] for c in rows(client, "counts")}
    # an event: the fields left out default; one the extractor reads already is refused
    event = {"doc": "truce.txt", "evidence": "Negotiators met in Cairo", "type": "meeting"}
    r = client.post("/api/reviews/events", json=event | {"location": "Cairo"})
    assert r.status_code == 201, r.text
    got = r.json()["event"]
    assert (got["type"], got["location"], got["mode"], got["date"]) == (
        "meeting",
        "Cairo",
        "actual",
        None,
    )
    title = FIGURES.split("\n", 1)[0]
    again = error(
        client.post("/api/reviews/events", json=event | {"evidence": title, "type": "talks"}), 400
    )
    assert "reads this event already" in again["detail"]
    r = client.delete(f"/api/reviews/events/{got['id']}/review")
    assert r.status_code == 200 and r.json()["event"] is None


def test_bad_requests_get_the_error_shape(client):
    error(client.post("/api/reviews/counts/0000000f/mark", json={"verdict": "right"}), 404)
    error(client.post("/api/reviews/events/zz12/mark", json={"verdict": "right"}), 422)
    bad = error(client.post("/api/reviews/counts/abcd/mark", json={"verdict": "maybe"}), 422)
    assert bad["problems"][0].startswith("verdict")
    for value in (-1, "33", 1.5, 10**16):
        bad = error(client.post("/api/reviews/counts/abcd/set", json={"value": value}), 422)
        assert bad["problems"][0].startswith("value"), bad
    error(client.post("/api/reviews/counts/abcd/set", json={"type": "talks"}), 422)  # an event's
    error(client.post("/api/reviews/events/abcd/set", json={"quantity": "other"}), 422)
    error(client.post("/api/reviews/events/abcd/set", json={"type": "Not An Id"}), 422)
    bad = error(
        client.post("/api/reviews/counts", json={"doc": "truce.txt", "evidence": "33"}), 422
    )
    assert {p.split(":")[0] for p in bad["problems"]} == {"quantity", "value"}
    error(client.post("/api/reviews/events", json={"doc": "truce.txt", "evidence": "met"}), 422)


def test_the_openapi_document_lists_the_count_and_event_routes(client):
    spec = client.get("/api/openapi.json").json()
    paths = spec["paths"]
    for kind in ("count", "event"):
        assert set(paths[f"/api/reviews/{kind}s"]) == {"get", "post"}
        assert "post" in paths[f"/api/reviews/{kind}s/{{{kind}_id}}/mark"]
        assert "post" in paths[f"/api/reviews/{kind}s/{{{kind}_id}}/set"]
        assert "delete" in paths[f"/api/reviews/{kind}s/{{{kind}_id}}/review"]
    assert {"CountSetIn", "CountAddIn", "EventSetIn", "EventAddIn"} <= set(
        spec["components"]["schemas"]
    )


def test_the_evidence_view_reads_counts_and_events_as_reviewed(client):
    def figures() -> list[int]:
        ledger = client.get("/api/evidence").json()["ledger"]
        return sorted(s["value"] for r in ledger for s in r["sources"])

    def types() -> list[str]:
        return sorted(e["type"] for e in client.get("/api/evidence").json()["timeline"])

    assert figures() == [33, 1900]
    row = count_of(client, 33)
    client.post(f"/api/reviews/counts/{row['id']}/mark", json={"verdict": "wrong"})
    assert figures() == [1900]  # the ledger leaves a figure marked wrong out
    client.delete(f"/api/reviews/counts/{row['id']}/review")
    assert figures() == [33, 1900]
    before = types()
    talks = next(e for e in rows(client, "events") if e["location"] == "Cairo")
    client.post(f"/api/reviews/events/{talks['id']}/set", json={"type": "meeting"})
    assert "meeting" in types() and types().count("talks") == before.count("talks") - 1
    client.delete(f"/api/reviews/events/{talks['id']}/review")
    assert types() == before
