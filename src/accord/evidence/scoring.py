"""Scoring an extraction against hand annotations (gold files).

Gold files follow ``shared/gold/README.md``: one JSON per document with
``doc``, ``published``, ``claims``, ``counts`` and ``events``, each item with
an ``evidence`` substring of the document. Matching rules:

- claims match on (actor, issue, stance); speaker and value are scored as
  attribute accuracy over matched pairs (a speaker is right when the names agree up to case,
  accents, punctuation and articles, or one adds words before the same last word: see
  :func:`same_speaker`); *review coverage* is the share of gold claims whose
  words lie in an extracted claim or in a statement no claim was read from (what
  ``accord claims`` and ``accord statements --unread`` put before a reader), and its precision
  the share of those listed items that hold a gold claim;
- counts match on (quantity, value); ``as_of`` within ±3 days is right;
- events match on type and (same location, or overlapping evidence);
  ``date`` within ±1 day is right;
- dates: the publication date, exact; a document whose gold date is null
  scores nothing unless the extraction gives a date (a false positive);
- a gold file's optional ``annotated`` field lists the kinds it annotates (claims,
  counts, events, dates; all when absent): the others are not scored for that document,
  and a kind no file annotates has no row.

Each gold item matches at most one extracted item and vice versa: a maximum
bipartite matching (augmenting paths), micro-averaged over documents.

How sure the figures are (a bootstrap over the documents, from each document's own
tallies) is :mod:`accord.evidence.score_intervals`; what kind the unmatched items are,
:mod:`accord.evidence.score_errors`.

>>> prf(3, 4, 6)
{'precision': 0.75, 'recall': 0.5, 'f1': 0.6}
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from accord.errors import EvidenceError, InputError
from accord.evidence.score_speakers import same_speaker
from accord.evidence.types import Document, Extraction

KINDS = ("claims", "counts", "events", "dates")


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def max_matching(
    n_pred: int,
    n_gold: int,
    ok: Callable[[int, int], bool],
    prefer: Callable[[int, int], bool] | None = None,
) -> list[tuple[int, int]]:
    """A maximum one-to-one matching between predicted and gold items (Kuhn's algorithm).

    ``prefer``: among the pairs ``ok`` allows, those matched first (the same mention, when
    several gold items share a key): a maximum matching of preferred pairs is extended to a
    maximum matching of all; its size is that of a plain maximum matching.

    >>> max_matching(2, 2, lambda p, g: True, prefer=lambda p, g: p != g)
    [(1, 0), (0, 1)]
    """
    adj = [[g for g in range(n_gold) if ok(p, g)] for p in range(n_pred)]
    owner: list[int | None] = [None] * n_gold
    if prefer is not None:
        full = adj
        adj = [[g for g in gs if prefer(p, g)] for p, gs in enumerate(full)]

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
    if prefer is not None:
        adj = [
            [g for g in gs if prefer(p, g)] + [g for g in gs if not prefer(p, g)]
            for p, gs in enumerate(full)
        ]
        matched = set(owner)
        for p in range(n_pred):
            if p not in matched:
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

    def add(self, other: Tally) -> None:
        """Add another document's tally to this one."""
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold
        for name, (right, judged) in other.attrs.items():
            got = self.attrs.setdefault(name, [0, 0])
            got[0] += right
            got[1] += judged


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
        annotated = data.setdefault("annotated", list(KINDS))
        if not isinstance(annotated, list) or not set(annotated) <= set(KINDS):
            raise EvidenceError(
                f"{path}: field 'annotated' lists the kinds the file annotates, some of "
                f"{', '.join(KINDS)} (got {annotated!r})"
            )
        out[data["doc"]] = data
    if not out:
        raise InputError(f"{folder}: no gold *.json files found")
    return out


def score(
    extractions: dict[str, Extraction],
    gold: dict[str, dict[str, Any]],
    texts: dict[str, str] | None = None,
    resamples: int = 0,
    seed: int = 0,
    errors: bool = False,
    items: bool = False,
) -> dict[str, Any]:
    """Precision, recall and F1 per kind (and attribute accuracies) over the gold documents.

    ``resamples``: add ``"intervals"``, 95 % bootstrap intervals over the documents
    (:mod:`accord.evidence.score_intervals`; ``seed`` fixes them). ``errors``: add
    ``"errors"``, the unmatched items counted by their nearest cause
    (:mod:`accord.evidence.score_errors`); ``items``: add ``"error_items"``, the items
    themselves with their words (for a reader's own data only).
    """
    tallies = {k: Tally() for k in KINDS}
    per_doc: list[dict[str, Tally]] = []
    matched: list[tuple[str, dict[str, list[tuple[int, int]]]]] = []
    texts = texts or {}
    annotated: set[str] = set()
    for name, g in gold.items():
        ex = extractions.get(name)
        if ex is None:
            raise EvidenceError(
                f"no extraction for gold document {name!r}; ingest it or pass "
                "--docs with the folder holding it"
            )
        text = texts.get(name)
        doc = {k: Tally() for k in KINDS}
        kinds = set(g.get("annotated", KINDS))  # a kind the file leaves out is not scored
        annotated |= kinds
        pairs = {}
        if "claims" in kinds:
            pairs["claims"] = _claims(ex, g, doc["claims"], text)
        if "counts" in kinds:
            pairs["counts"] = _counts(ex, g, doc["counts"])
        if "events" in kinds:
            pairs["events"] = _events(ex, g, doc["events"], text)
        t = doc["dates"]
        if "dates" in kinds:
            t.pred += int(ex.published.date is not None)
            t.gold += int(g.get("published") is not None)
            if ex.published.date and g.get("published") and ex.published.date == g["published"]:
                t.tp += 1
        for k in KINDS:
            tallies[k].add(doc[k])
        per_doc.append(doc)
        matched.append((name, pairs))
    result: dict[str, Any] = {k: prf(t.tp, t.pred, t.gold) for k, t in tallies.items()}
    result["attributes"] = {
        f"{k}.{a}": round(v[0] / v[1], 4) if v[1] else None
        for k, t in tallies.items()
        for a, v in t.attrs.items()
    }
    result["support"] = {
        k: {"extracted": t.pred, "gold": t.gold, "matched": t.tp} for k, t in tallies.items()
    }
    review = tallies["claims"].attrs
    if "review_recall" in review:
        result["support"]["review"] = {
            "extracted": review.get("review_precision", [0, 0])[1],  # the items listed
            "gold": review["review_recall"][1],
            "matched": review["review_recall"][0],  # gold claims inside a listed item
        }
    result["documents"] = len(gold)
    result["annotated"] = [k for k in KINDS if k in annotated]
    if resamples > 0 and per_doc:
        from accord.evidence.score_intervals import document_intervals

        result["intervals"] = document_intervals(per_doc, resamples, seed)
        result["interval"] = {
            "method": "percentile bootstrap over documents",
            "level": 0.95,
            "resamples": resamples,
            "seed": seed,
        }
    if errors or items:
        from accord.evidence.score_errors import error_profile

        profile, listed = error_profile(
            [(extractions[name], gold[name], texts.get(name), pairs) for name, pairs in matched]
        )
        result["errors"] = profile
        if items:
            result["error_items"] = listed
    return result


def _claims(
    ex: Extraction, g: dict[str, Any], t: Tally, text: str | None = None
) -> list[tuple[int, int]]:
    pred, gold = ex.claims, g["claims"]
    spans = [_gold_span(text, c["evidence"]) for c in gold]

    def same_mention(p: int, q: int) -> bool:
        span, ev = spans[q], pred[p].evidence
        return span is not None and ev.start < span[1] and span[0] < ev.end

    pairs = max_matching(
        len(pred),
        len(gold),
        lambda p, q: (
            (pred[p].actor, pred[p].issue, pred[p].stance)
            == (gold[q]["actor"], gold[q]["issue"], gold[q]["stance"])
        ),
        prefer=same_mention,  # attributes compare a claim with the gold one of its sentence
    )
    t.tp += len(pairs)
    t.pred += len(pred)
    t.gold += len(gold)
    for p, q in pairs:
        t.attr("speaker", same_speaker(pred[p].speaker, gold[q].get("speaker")))
        gv, pv = gold[q].get("value"), pred[p].value
        t.attr("value", str(gv).lower() == str(pv).lower() if gv is not None else pv is None)
    _review(ex, spans, t)
    return pairs


def _review(ex: Extraction, spans: list[tuple[int, int] | None], t: Tally) -> None:
    """Review coverage: gold claims inside a listed item (a claim, or a statement no claim was
    read from), and listed items holding a gold claim."""
    from accord.evidence.tables import statements

    listed = [c.evidence for c in ex.claims] + [
        q.evidence for q, _read, _pub in statements([ex], unread=True)
    ]
    known = [s for s in spans if s is not None]
    for a, b in known:
        t.attr("review_recall", any(ev.start < b and a < ev.end for ev in listed))
    for ev in listed:
        t.attr("review_precision", any(ev.start < b and a < ev.end for a, b in known))


def _counts(ex: Extraction, g: dict[str, Any], t: Tally) -> list[tuple[int, int]]:
    pred, gold = ex.counts, g["counts"]
    pairs = max_matching(
        len(pred),
        len(gold),
        lambda p, q: pred[p].quantity == gold[q]["quantity"] and pred[p].value == gold[q]["value"],
    )
    t.tp += len(pairs)
    t.pred += len(pred)
    t.gold += len(gold)
    for p, q in pairs:
        d = _days(pred[p].as_of, gold[q].get("as_of"))
        t.attr(
            "as_of",
            (d is not None and d <= 3) or (pred[p].as_of is None and gold[q].get("as_of") is None),
        )
        t.attr("approx", bool(pred[p].approx) == bool(gold[q].get("approx")))
    return pairs


def _events(ex: Extraction, g: dict[str, Any], t: Tally, text: str | None) -> list[tuple[int, int]]:
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
        return (
            gold[q]["evidence"] in pred[p].evidence.text
            or pred[p].evidence.text in gold[q]["evidence"]
        )

    pairs = max_matching(len(pred), len(gold), ok)
    t.tp += len(pairs)
    t.pred += len(pred)
    t.gold += len(gold)
    for p, q in pairs:
        d = _days(pred[p].date, gold[q].get("date"))
        t.attr(
            "date",
            (d is not None and d <= 1) or (pred[p].date is None and gold[q].get("date") is None),
        )
    return pairs


def parse_split(spec: str) -> tuple[str, tuple[str, ...]]:
    """A named part of the gold documents: ``NAME=PREFIX,PREFIX`` or ``NAME=FILE``.

    A file lists document ids (or id prefixes), one a line; ``#`` starts a comment.

    >>> parse_split("heldout=04_,08_")
    ('heldout', ('04_', '08_'))
    """
    name, sep, value = spec.partition("=")
    if not sep or not name.strip() or not value.strip():
        raise InputError(
            f"--split {spec!r}: write NAME=PREFIX,PREFIX (document id prefixes) "
            "or NAME=FILE (a file of document ids, one a line)"
        )
    path = Path(value)
    if path.is_file():
        lines = (
            line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()
        )
        prefixes = tuple(line for line in lines if line)
    else:
        prefixes = tuple(p.strip() for p in value.split(",") if p.strip())
    if not prefixes:
        raise InputError(f"--split {spec!r}: no document ids or prefixes given")
    return name.strip(), prefixes


def _stem(name: str) -> str:
    """A document name without its file extension ("01_a.txt" and "01_a" are one document)."""
    return re.sub(r"\.(txt|html?|jsonl)$", "", name)


def _keyed(gold: dict[str, dict[str, Any]], docs: list[Document]) -> dict[str, dict[str, Any]]:
    """Gold re-keyed by the name of the document it annotates, with or without an extension."""
    by_stem = {_stem(d.name): d.name for d in docs}
    return {by_stem.get(_stem(name), name): g for name, g in gold.items()}


def evaluate(
    gold_dir: str | Path,
    docs_path: str | Path | None = None,
    workers: int = 1,
    backend: str = "local",
    splits: list[tuple[str, tuple[str, ...]]] | None = None,
    without_published: bool = False,
    stored: Callable[[list[str]], list[Document]] | None = None,
    address: str | None = None,
    resamples: int = 0,
    seed: int = 0,
    errors: bool = False,
    items: bool = False,
) -> dict[str, Any]:
    """Extract the gold documents (from ``docs_path``, else ``stored``) and score them.

    ``stored(names)``: the documents of those names from a store (the services layer passes
    the document store's; :func:`accord.services.ingest.evaluate`).

    ``docs_path``: a folder of documents or a JSON Lines file. ``splits``: named parts of the
    documents by id prefix (``parse_split``), each scored on its own under ``"splits"``.
    ``without_published``: drop the documents' metadata dates, so the publication date is
    inferred from the text alone (how well that works is the ``dates`` score).
    ``resamples``, ``seed``, ``errors``: as :func:`score` takes them, for every part; ``items``
    for all the documents only.
    """
    from accord.evidence.ingest import read_documents
    from accord.evidence.pipeline import run_extraction

    gold = load_gold(gold_dir)
    if docs_path is not None:
        if not Path(docs_path).exists():
            raise InputError(f"{docs_path}: no such folder or JSON Lines file of documents")
        wanted = {_stem(n) for n in gold}
        docs = [d for d in read_documents(docs_path) if _stem(d.name) in wanted]
    elif stored is not None:
        docs = stored(list(gold))
    else:
        raise InputError("give a folder or JSON Lines file of the gold documents")
    gold = _keyed(gold, docs)
    missing = sorted(set(gold) - {d.name for d in docs})
    if missing:
        where = docs_path or "the store"
        raise InputError(f"gold documents not found in {where}: {', '.join(missing)}")
    if without_published:
        docs = [replace(d, published=None) for d in docs]
    extractions = {e.doc: e for e in run_extraction(docs, workers, backend, address=address)}
    texts = {d.name: d.text for d in docs}
    options: dict[str, Any] = {"resamples": resamples, "seed": seed, "errors": errors}
    result = score(extractions, gold, texts, items=items, **options)  # the items once, in "all"
    if splits:
        result["splits"] = {}
        for name, prefixes in splits:
            part = {k: g for k, g in gold.items() if _stem(k).startswith(prefixes)}
            if not part:
                raise InputError(
                    f"split {name!r}: no gold document id starts with {', '.join(prefixes)}"
                )
            result["splits"][name] = score(extractions, part, texts, **options)
        taken = {k for _n, prefixes in splits for k in gold if _stem(k).startswith(prefixes)}
        rest = {k: g for k, g in gold.items() if k not in taken}
        if rest:
            result["splits"]["rest"] = score(extractions, rest, texts, **options)
    return result
