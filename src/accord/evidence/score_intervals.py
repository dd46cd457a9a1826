"""How sure the extraction scores are: a percentile bootstrap over documents.

The scored documents are drawn with replacement (as many as there are), the figures are
recomputed, micro-averaged, from the drawn documents' own tallies, and the 2.5th and 97.5th
percentiles of the recomputed figures bound the 95 % interval. It measures how much the
figure depends on which documents happened to be annotated: with few documents it is wide,
and with one document (or identical ones) it is the point itself. The same resampled
documents serve every figure of a part, and the same seed gives the same interval.

A figure is given by per-document tallies, one row a document:

- an F1 by four columns: precision's numerator and denominator, recall's numerator and
  denominator (for a kind: matched, extracted, matched, gold);
- an accuracy by two: right and judged.

>>> import numpy as np
>>> one = np.array([[3, 4, 3, 6]])  # one document: the interval is the point
>>> f1_interval(one, resamples=200, seed=0)
(0.6, 0.6)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from accord.evidence.scoring import Tally

LEVEL = 0.95
RESAMPLES = 1000
SEED = 0


def draws(n_docs: int, resamples: int, seed: int) -> np.ndarray:
    """How often each document is drawn in each resample: ``(resamples, n_docs)`` counts,
    each row summing to ``n_docs`` (the documents drawn with replacement)."""
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, n_docs, size=(resamples, n_docs))
    weights = np.zeros((resamples, n_docs), dtype=np.int64)
    np.add.at(weights, (np.arange(resamples)[:, None], picks), 1)
    return weights


def _ratio(num: np.ndarray, den: np.ndarray, empty: np.ndarray) -> np.ndarray:
    """``num / den``, and ``empty`` where ``den`` is 0."""
    safe = np.where(den > 0, den, 1)
    return np.where(den > 0, num / safe, empty)


def f1_values(totals: np.ndarray) -> np.ndarray:
    """F1 of each row of summed tallies (columns as in the module's docstring), with the
    conventions of :func:`accord.evidence.scoring.prf` for nothing extracted or no gold:
    nothing of either is a perfect score, one without the other scores 0.

    >>> f1_values(np.array([[3, 4, 3, 6], [0, 0, 0, 0], [0, 2, 0, 0]])).tolist()
    [0.6, 1.0, 0.0]
    """
    t = np.asarray(totals, dtype=float)
    p_num, p_den, r_num, r_den = t[..., 0], t[..., 1], t[..., 2], t[..., 3]
    p = _ratio(p_num, p_den, (r_den == 0).astype(float))
    r = _ratio(r_num, r_den, (p_den == 0).astype(float))
    both = p + r
    return np.where(both > 0, 2 * p * r / np.where(both > 0, both, 1), 0.0)


def _bounds(values: np.ndarray, level: float) -> tuple[float, float]:
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(values, [tail, 100 - tail])
    return round(float(low), 4), round(float(high), 4)


def f1_interval(
    tallies: np.ndarray,
    resamples: int = RESAMPLES,
    seed: int = SEED,
    level: float = LEVEL,
    weights: np.ndarray | None = None,
) -> tuple[float, float]:
    """The bootstrap interval of a micro-averaged F1 from per-document tallies
    (``(n_docs, 4)``); ``weights``: the resamples (:func:`draws`), to share them between
    figures."""
    tallies = np.asarray(tallies, dtype=float).reshape(-1, 4)
    if weights is None:
        weights = draws(len(tallies), resamples, seed)
    return _bounds(f1_values(weights @ tallies), level)


def accuracy_interval(
    tallies: np.ndarray,
    resamples: int = RESAMPLES,
    seed: int = SEED,
    level: float = LEVEL,
    weights: np.ndarray | None = None,
) -> tuple[float, float] | None:
    """The bootstrap interval of an accuracy (right / judged) from per-document tallies
    (``(n_docs, 2)``); a resample with nothing judged is left out (None when none judges
    anything).

    >>> accuracy_interval(np.array([[1, 2], [1, 2]]), resamples=50)
    (0.5, 0.5)
    """
    tallies = np.asarray(tallies, dtype=float).reshape(-1, 2)
    if not tallies[:, 1].any():
        return None
    if weights is None:
        weights = draws(len(tallies), resamples, seed)
    sums = weights @ tallies
    judged = sums[:, 1] > 0
    return _bounds(sums[judged, 0] / sums[judged, 1], level)


def intervals(
    f1_tallies: dict[str, np.ndarray],
    accuracy_tallies: dict[str, np.ndarray],
    resamples: int = RESAMPLES,
    seed: int = SEED,
    level: float = LEVEL,
) -> dict[str, dict[str, float] | None]:
    """Intervals of several figures of one set of documents, all from the same resamples:
    ``{name: {"f1_low", "f1_high"}}`` for the F1 figures, ``{name: {"low", "high"}}`` (or
    None) for the accuracies.

    >>> same = np.array([[2, 3, 2, 4], [2, 3, 2, 4]])  # two identical documents
    >>> intervals({"claims": same}, {}, resamples=100, seed=1)
    {'claims': {'f1_low': 0.5714, 'f1_high': 0.5714}}
    """
    n_docs = len(next(iter({**f1_tallies, **accuracy_tallies}.values()), []))
    if not n_docs or resamples <= 0:
        return {}
    weights = draws(n_docs, resamples, seed)
    out: dict[str, dict[str, float] | None] = {}
    for name, t in f1_tallies.items():
        low, high = f1_interval(t, level=level, weights=weights)
        out[name] = {"f1_low": low, "f1_high": high}
    for name, t in accuracy_tallies.items():
        got = accuracy_interval(t, level=level, weights=weights)
        out[name] = None if got is None else {"low": got[0], "high": got[1]}
    return out


def document_intervals(
    per_doc: list[dict[str, Tally]], resamples: int = RESAMPLES, seed: int = SEED
) -> dict[str, Any]:
    """Intervals of an evaluation's figures from its documents' tallies (one
    ``{kind: Tally}`` a document, as :func:`accord.evidence.scoring.score` keeps them): each
    kind's F1, review coverage's F1, and each attribute accuracy (``"claims.speaker"``...).
    """

    def attr(doc: dict[str, Tally], kind: str, name: str) -> list[int]:
        return doc[kind].attrs.get(name, [0, 0])

    kinds = list(per_doc[0]) if per_doc else []
    f1 = {k: np.array([[d[k].tp, d[k].pred, d[k].tp, d[k].gold] for d in per_doc]) for k in kinds}
    if any("review_recall" in d["claims"].attrs for d in per_doc):
        f1["review coverage"] = np.array(
            [
                [*attr(d, "claims", "review_precision"), *attr(d, "claims", "review_recall")]
                for d in per_doc
            ]
        )
    names = sorted({f"{k}.{a}" for d in per_doc for k in kinds for a in d[k].attrs})
    accuracy = {
        n: np.array([attr(d, *n.split(".", 1)) for d in per_doc])
        for n in names
        if not n.startswith("claims.review_")
    }
    return intervals(f1, accuracy, resamples, seed)
