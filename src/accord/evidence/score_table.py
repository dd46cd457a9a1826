"""The figures of ``accord eval extraction`` as flat rows (a table, CSV): one per part and kind,
with review coverage and speaker accuracy as rows of their own."""

from __future__ import annotations

from typing import Any

from accord.evidence.scoring import KINDS


def _interval(
    bounds: dict[str, Any], name: str, low: str = "f1_low", high: str = "f1_high"
) -> dict[str, Any]:
    got = bounds.get(name) or {}
    return {"f1_low": got.get(low), "f1_high": got.get(high)}


def score_rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The figures of :func:`accord.evidence.scoring.evaluate` as flat rows: one per (part, kind), "all" first; each
    with its 95 % interval (``f1_low``, ``f1_high``; None when not computed)."""
    rows = []
    for part, res in [("all", result), *result.get("splits", {}).items()]:
        bounds = res.get("intervals", {})
        for kind in KINDS:
            if kind not in res.get("annotated", KINDS):
                continue  # no gold file of the part annotates it
            rows.append(
                {
                    "part": part,
                    "kind": kind,
                    **res[kind],
                    **res["support"][kind],
                    **_interval(bounds, kind),
                }
            )
        recall = res["attributes"].get("claims.review_recall")
        if recall is not None:
            precision = res["attributes"].get("claims.review_precision") or 0.0
            both = precision + recall
            rows.append(
                {
                    "part": part,
                    "kind": "review coverage",
                    "precision": precision,
                    "recall": recall,
                    "f1": round(2 * precision * recall / both, 4) if both else 0.0,
                    **res["support"]["review"],
                    **_interval(bounds, "review coverage"),
                }
            )
        speaker = res["attributes"].get("claims.speaker")
        if speaker is None:
            continue
        rows.append(
            {
                "part": part,
                "kind": "speaker accuracy",
                "precision": speaker,
                "recall": speaker,
                "f1": speaker,
                **{k: res["support"]["claims"][k] for k in ("extracted", "gold", "matched")},
                **_interval(bounds, "claims.speaker", "low", "high"),
            }
        )
    return rows
