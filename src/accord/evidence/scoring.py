"""Scoring an extraction against hand annotations (gold files).

Gold files follow ``shared/gold/README.md``: one JSON per document with
``doc``, ``published``, ``claims``, ``counts`` and ``events``, each item with
an ``evidence`` substring of the document. Matching rules:

- claims match on (actor, issue, stance); speaker and value are scored as
  attribute accuracy over matched pairs;
- counts match on (quantity, value); ``as_of`` within ±3 days is right;
- events match on type and (same location, or overlapping evidence);
  ``date`` within ±1 day is right;
- dates: the publication date, exact; a document whose gold date is null
  scores nothing unless the extraction gives a date (a false positive).

Each gold item matches at most one extracted item and vice versa: a maximum
bipartite matching (augmenting paths), micro-averaged over documents.

>>> prf(3, 4, 6)
{'precision': 0.75, 'recall': 0.5, 'f1': 0.6}
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from accord.errors import EvidenceError, InputError
from accord.evidence.types import Extraction

KINDS = ("claims", "counts", "events", "dates")


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def max_matching(n_pred: int, n_gold: int, ok: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching between predicted and gold items (Kuhn's algorithm)."""
    adj = [[g for g in range(n_gold) if ok(p, g)] for p in range(n_pred)]
    owner: list[int | None] = [None] * n_gold

    def augment(p: int, seen: set[int]) -> bool:
        for g in adj[p]:
            if g in seen:
                continue
            seen.add(g)
            if owner[g] is None or augment(owner[g], seen):  # type: ignore[arg-type]
                owner[g] = p
                return True
        return False

    for p in range(n_pred):
        augment(p, set())
    return [(p, g) for g, p in enumerate(owner) if p is not None]


def _days(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def _gold_span(text: str | None, evidence: str) -> tuple[int, int] | None:
    if text is None:
        return None
    i = text.find(evidence)
    return (i, i + len(evidence)) if i >= 0 else None


@dataclass
class Tally:
    tp: int = 0
    pred: int = 0
    gold: int = 0
    attrs: dict[str, list[int]] = field(default_factory=dict)

    def attr(self, name: str, right: bool) -> None:
        got = self.attrs.setdefault(name, [0, 0])
        got[0] += int(right)
        got[1] += 1


def load_gold(gold_dir: str | Path) -> dict[str, dict[str, Any]]:
    """Gold files of a folder, keyed by the document name they annotate."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder of gold JSON files")
    out = {}
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise EvidenceError(f"{path}: not valid JSON ({exc})") from None
        if not isinstance(data, dict) or "doc" not in data:
            raise EvidenceError(f"{path}: a gold file needs a 'doc' field naming its document")
        for kind in ("claims", "counts", "events"):
            data.setdefault(kind, [])
        out[data["doc"]] = data
    if not out:
        raise InputError(f"{folder}: no gold *.json files found")
    return out


def score(extractions: dict[str, Extraction], gold: dict[str, dict[str, Any]],
          texts: dict[str, str] | None = None) -> dict[str, Any]:
    """Precision, recall and F1 per kind (and attribute accuracies) over the gold documents."""
    tallies = {k: Tally() for k in KINDS}
    texts = texts or {}
    for name, g in gold.items():
        ex = extractions.get(name)
        if ex is None:
            raise EvidenceError(f"no extraction for gold document {name!r}; ingest it or pass "
                                "--docs with the folder holding it")
        text = texts.get(name)
        _claims(ex, g, tallies["claims"])
        _counts(ex, g, tallies["counts"])
        _events(ex, g, tallies["events"], text)
        t = tallies["dates"]
        t.pred += int(ex.published.date is not None)
        t.gold += int(g.get("published") is not None)
        if ex.published.date and g.get("published") and ex.published.date == g["published"]:
            t.tp += 1
    result: dict[str, Any] = {k: prf(t.tp, t.pred, t.gold) for k, t in tallies.items()}
    result["attributes"] = {f"{k}.{a}": round(v[0] / v[1], 4) if v[1] else None
                            for k, t in tallies.items() for a, v in t.attrs.items()}
    result["support"] = {k: {"extracted": t.pred, "gold": t.gold, "matched": t.tp}
                         for k, t in tallies.items()}
    return result


def _claims(ex: Extraction, g: dict[str, Any], t: Tally) -> None:
    pred, gold = ex.claims, g["claims"]
    pairs = max_matching(len(pred), len(gold), lambda p, q: (
        pred[p].actor, pred[p].issue, pred[p].stance) == (gold[q]["actor"], gold[q]["issue"],
                                                           gold[q]["stance"]))
    t.tp += len(pairs)
    t.pred += len(pred)
    t.gold += len(gold)
    for p, q in pairs:
        t.attr("speaker", (pred[p].speaker or None) == (gold[q].get("speaker") or None))
        gv, pv = gold[q].get("value"), pred[p].value
        t.attr("value", str(gv).lower() == str(pv).lower() if gv is not None else pv is None)


def _counts(ex: Extraction, g: dict[str, Any], t: Tally) -> None:
    pred, gold = ex.counts, g["counts"]
    pairs = max_matching(len(pred), len(gold), lambda p, q: (
        pred[p].quantity == gold[q]["quantity"] and pred[p].value == gold[q]["value"]))
    t.tp += len(pairs)
    t.pred += len(pred)
    t.gold += len(gold)
    for p, q in pairs:
        d = _days(pred[p].as_of, gold[q].get("as_of"))
        t.attr("as_of", (d is not None and d <= 3) or (pred[p].as_of is None
                                                        and gold[q].get("as_of") is None))
        t.attr("approx", bool(pred[p].approx) == bool(gold[q].get("approx")))


def _events(ex: Extraction, g: dict[str, Any], t: Tally, text: str | None) -> None:
    pred, gold = ex.events, g["events"]
    spans = [_gold_span(text, e["evidence"]) for e in gold]

    def ok(p: int, q: int) -> bool:
        if pred[p].type != gold[q]["type"]:
            return False
        loc, where = gold[q].get("location"), pred[p].location
        if loc and where and loc.lower() == where.lower():
            return True
        span = spans[q]
        if span is not None:
            ev = pred[p].evidence
            return ev.start < span[1] and span[0] < ev.end
        return gold[q]["evidence"] in pred[p].evidence.text or pred[p].evidence.text in \
            gold[q]["evidence"]

    pairs = max_matching(len(pred), len(gold), ok)
    t.tp += len(pairs)
    t.pred += len(pred)
    t.gold += len(gold)
    for p, q in pairs:
        d = _days(pred[p].date, gold[q].get("date"))
        t.attr("date", (d is not None and d <= 1) or (pred[p].date is None
                                                      and gold[q].get("date") is None))


def evaluate(gold_dir: str | Path, docs_dir: str | Path | None = None, workers: int = 1,
             backend: str = "local") -> dict[str, Any]:
    """Extract the gold documents (from ``docs_dir`` or the store) and score them."""
    from accord.evidence.ingest import read_documents
    from accord.evidence.pipeline import run_extraction

    gold = load_gold(gold_dir)
    if docs_dir is not None:
        if not Path(docs_dir).is_dir():
            raise InputError(f"{docs_dir}: not a folder of documents")
        docs = [d for d in read_documents(docs_dir) if d.name in gold]
    else:
        from accord.store.documents import DocumentStore

        with DocumentStore() as store:
            docs = list(store.documents(list(gold)))
    missing = sorted(set(gold) - {d.name for d in docs})
    if missing:
        where = docs_dir or "the store"
        raise InputError(f"gold documents not found in {where}: {', '.join(missing)}")
    extractions = {e.doc: e for e in run_extraction(docs, workers, backend)}
    return score(extractions, gold, {d.name: d.text for d in docs})
