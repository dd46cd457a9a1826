"""Request shapes for fuzzing the JSON API: almost-valid bodies and raw requests.

schemathesis draws requests from the OpenAPI document alone; these hypothesis
strategies add what a schema cannot describe: a valid package, scenario,
article or forecast with a few values made hostile (wrong types, NaN and
infinities, huge numbers, unknown ids, deep nesting, long strings, NUL bytes,
empty values), and raw requests (broken or deeply nested JSON, NaN literals,
wrong media types and methods, bad ``Content-Length``, unknown routes, path
traversal). The scenario texts come from ``tests/hostile/hostile_fuzz.py``.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import sys
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hostile"))
from hostile_fuzz import BASE, HOSTILE, _paths, mutated_texts, to_yaml  # noqa: E402

FUZZ_SCENARIO = "fuzz"  # BASE's id: uploaded before the run, a scenario with every issue kind


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _nested(depth: int) -> Any:
    node: Any = 1
    for _ in range(depth):
        node = [node]
    return node


# JSON values: HOSTILE (dates as text) plus deep nesting and very long or large values
VALUES: list[Any] = [_plain(v) for v in HOSTILE] + [
    _nested(60),
    _nested(
        100
    ),  # deeper nesting goes as raw JSON text (RAW_BODIES): copying it here would recurse
    "y" * 100_000,
    10**400,
    -0.0,
    5e-324,
    {"": 1},
    {"\x00": "\x00"},
    ["a"] * 500,
    "🙂" * 50,
    "\ud800",
]


def _parent(tree: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        tree = tree[step]
    return tree


@st.composite
def mutated(draw: st.DrawFn, base: Any, max_mutations: int = 3) -> Any:
    """``base`` with up to ``max_mutations`` values replaced, keys dropped or renamed."""
    tree = copy.deepcopy(base)
    for _ in range(draw(st.integers(0, max_mutations))):
        paths = _paths(tree)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent, key = _parent(tree, path), path[-1]
        action = draw(st.sampled_from(["value"] * 4 + ["drop", "rename", "repeat"]))
        if action == "value":
            parent[key] = copy.deepcopy(draw(st.sampled_from(VALUES)))
        elif action == "drop":
            del parent[key]
        elif action == "rename" and isinstance(parent, dict):
            new = draw(st.sampled_from(["", "zz_unknown", "a" * 300, "\x00", "hamas", "ceasefire"]))
            parent[new] = parent.pop(key)
        elif action == "repeat" and isinstance(parent[key], list):
            parent[key] = parent[key] * draw(st.sampled_from([2, 13, 101]))
    return tree


def _terms(draw: st.DrawFn, issue: dict[str, Any]) -> Any:
    if issue["kind"] == "ordinal":
        return draw(st.sampled_from(issue["levels"]))
    if issue["kind"] == "boolean":
        return draw(st.sampled_from(["yes", "no"]))
    if issue["kind"] == "count":
        return {c["id"]: draw(st.integers(0, 4)) for c in issue["categories"]}
    return draw(st.floats(0, 10))


@st.composite
def base_package(draw: st.DrawFn, starting: list[dict[str, Any]]) -> dict[str, Any]:
    """A starting package of the target scenario, or a package built for the fuzz scenario."""
    if starting and draw(st.booleans()):
        start = draw(st.sampled_from(starting))
        return {"phases": start["phases"], "guarantor_penalty": start["guarantor_penalty"]}
    phases = [
        {"name": f"p{i}", "terms": {iss["id"]: _terms(draw, iss) for iss in BASE["issues"]}}
        for i in range(draw(st.integers(1, 3)))
    ]
    return {"phases": phases, "guarantor_penalty": {"a": draw(st.floats(0, 1)), "b": 0.1}}


@st.composite
def package_bodies(draw: st.DrawFn, starting: list[dict[str, Any]], named: bool = False) -> Any:
    body: Any = draw(base_package(starting))
    if named:
        body["name"] = draw(st.sampled_from(["deal", "Deal 2", "x" * 80, "a/b", "é"]))
    return draw(mutated(body))


DOC_TEXTS = [
    "Hamas said on Wednesday it demands a permanent ceasefire, a spokesman told reporters.",
    "Israel said 24 living hostages remain in Gaza; Egypt and Qatar mediate the talks.",
    "",
    " ",
    "\x00",
    "a\x00b said 1e308 hostages were released",
    "\u202e" * 20 + "Hamas said",
    "<script>alert(1)</script> Hamas said it agreed.",
    "Officials said 12 of 9,999,999,999,999,999,999 prisoners were freed. " * 40,
]


@st.composite
def document_bodies(draw: st.DrawFn) -> Any:
    body: dict[str, Any] = {
        "name": draw(st.sampled_from(["a.txt", "fuzz_doc", "x:y-1", "A" * 200, "n"])),
        "text": draw(st.sampled_from(DOC_TEXTS)),
        "title": draw(st.sampled_from([None, "Talks", "t" * 500])),
        "outlet": draw(st.sampled_from([None, "Example News", "\x00"])),
        "url": draw(st.sampled_from([None, "https://example.org/a", "file:///etc/passwd"])),
        "published": draw(
            st.sampled_from(
                [None, "2024-01-15", "2099-12-31", "0000-01-01", "2023-02-30", "1899-12-31"]
            )
        ),
    }
    return draw(mutated(body, max_mutations=2))


@st.composite
def forecast_bodies(draw: st.DrawFn) -> Any:
    odd = [math.nan, math.inf, -1, 0, 1.5, 2**63, "100", True, None, 10**30]
    body = {
        "runs": draw(st.sampled_from([100, 200, 99, 1_000_000, 1_000_001] + odd)),
        "horizon": draw(st.sampled_from([7, 30, 1095, 6, 1096] + odd)),
        "seed": draw(st.sampled_from([0, 7, 2**31 - 1, 2**31, -1] + odd)),
        "protocol": draw(
            st.sampled_from(["mediated", "alternating", "zzz", "", "a\x00", "x" * 300, "../"])
        ),
    }
    if draw(st.integers(0, 3)) == 0:
        del body[draw(st.sampled_from(sorted(body)))]
    return body


@st.composite
def scenario_bodies(draw: st.DrawFn, builtin: list[str]) -> Any:
    """A scenario upload: the fuzz scenario mutated (text-level twists included), or its id
    changed to a built-in's or to one of 60 new ids (the upload limit is 50)."""
    choice = draw(st.sampled_from(["mutated", "mutated", "id"]))
    if choice == "mutated":
        text = draw(mutated_texts())
    else:
        tree = copy.deepcopy(BASE)
        tree["id"] = draw(st.sampled_from([*builtin, *(f"fuzz-{i}" for i in range(60))]))
        text = to_yaml(tree)
    filename = draw(st.sampled_from(["fuzz.yaml", "a b.yml", "x" * 200, "../up.yaml", "\x01"]))
    body: dict[str, Any] = {"text": text, "filename": filename}
    if draw(st.integers(0, 5)) == 0:
        body = draw(mutated(body, max_mutations=1))
    return body


RAW_BODIES: list[bytes] = [
    b"",
    b"{",
    b"null",
    b"[]",
    b'"x"',
    b'{"phases": NaN}',
    b'{"runs": Infinity, "horizon": -Infinity}',
    b'{"phases": [{"terms": {"hostage_release": {"living": NaN}}}]}',
    b"[" * 100_000 + b"]" * 100_000,
    b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    b'{"runs": 1' + b"0" * 5_000 + b"}",
    b'{"runs": 1e999999}',
    b"\xff\xfe\x00{",
    b'\xef\xbb\xbf{"phases": []}',
    b'{"phases": [], "phases": [{}]}',
    b'{"text": "a\\u0000b", "name": "n"}',
    b'{"text": "\\ud800", "name": "n"}',
    b"x" * 3_000_001,
]
MEDIA_TYPES = [
    "application/json",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=zz",
    "application/json; charset=latin-1",
    "",
]
ODD_PATHS = [
    "/api/nope",
    "/api/scenarios/%00",
    "/api/scenarios/" + "a" * 5_000,
    "/api/sources/..%2f..%2fetc%2fpasswd",
    "/api/sources/%2fetc%2fpasswd",
    "/api/sources/..",
    "/api/sources/secret.txt",
    "/api/sources/%2e%2e%2fsecret.txt",
    "/static/../../etc/passwd",
    "/static/%2e%2e/%2e%2e/etc/passwd",
    "/vendor/swagger/..%2fswagger-ui.css",
    "/vendor/swagger/nope.js",
    "/api/forecast/runs/" + "0" * 65,
    "/api/scenarios/gaza-2025-03/packages/" + "%ff",
]


@st.composite
def raw_requests(draw: st.DrawFn, paths: list[str], posts: list[str]) -> dict[str, Any]:
    """Method, path, headers and body bytes sent as they are (``paths``: the API's routes with
    known ids filled in; ``posts``: those that take a body, which get half of the requests)."""
    if draw(st.booleans()):
        method, path = "POST", draw(st.sampled_from(posts))
    else:
        method = draw(st.sampled_from(["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"]))
        path = draw(st.sampled_from(paths + ODD_PATHS))
    query = draw(st.sampled_from(["", "?relax=", "?relax=" + "a" * 10_000, "?x=%00&x=1"]))
    headers = {}
    media = draw(st.sampled_from(MEDIA_TYPES))
    if media:
        headers["content-type"] = media
    odd = draw(st.sampled_from([None, "content-length", "accept", "transfer-encoding", "big"]))
    if odd == "content-length":
        headers["content-length"] = draw(st.sampled_from(["abc", "-1", "99999999999", "0"]))
    elif odd == "accept":
        headers["accept"] = "text/html;q=0, */*;q=0"
    elif odd == "transfer-encoding":
        headers["transfer-encoding"] = "chunked"
    elif odd == "big":
        headers["x-big"] = "h" * 60_000
    body = draw(st.sampled_from(RAW_BODIES)) if method in ("POST", "PUT", "PATCH") else b""
    return {"method": method, "path": path + query, "headers": headers, "body": body}
