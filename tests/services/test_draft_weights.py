"""Issue weights in a draft: a prior per side and issue, moved by statements with diminishing
returns, each weight ranging from the prior alone to the evidence at its heaviest."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from accord.model import Scenario
from accord.services.draft import draft
from accord.services.draft_frame import Frame, IssueWeights, WeightPrior, load_frame
from accord.services.draft_positions import raw_weight

from .test_draft import Doc

FRAME = load_frame()
DAY = dt.date(2024, 6, 1)
ISSUES = [i["id"] for i in FRAME.issues]


def _said(counts: dict[str, int], firm: dict[str, int] | None = None) -> list[Any]:
    """Invented claims by one side ("Group B", drafted as hamas): ``counts[issue]`` plain ones and
    ``firm[issue]`` in absolute words, on the issue's top level."""
    doc = Doc("said", "2024-05-01")
    for issue, n in counts.items():
        for k in range(n):
            doc.claim(
                f"Group B asked again, for the {k}th time, about item {issue}.",
                "hamas",
                issue,
                "demand",
            )
    for issue, n in (firm or {}).items():
        for k in range(n):
            doc.claim(
                f"Group B will never give way on item {issue}, for the {k}th time.",
                "hamas",
                issue,
                "demand",
            )
    return [doc.item()]


def _with(frame: Frame, **update: Any) -> Frame:
    """The frame with some of its weight constants or priors replaced (validated)."""
    weights = IssueWeights.model_validate(frame.issue_weights.model_dump() | update)
    return frame.model_copy(update={"issue_weights": weights})


def _fixed(value: float, low: float | None = None, high: float | None = None) -> Any:
    return {
        "value": value,
        "assumption": {
            "low": value if low is None else low,
            "high": value if high is None else high,
            "reason": "test: fixed",
        },
    }


def _weights(sc: Scenario, party: str = "hamas") -> dict[str, float]:
    return {p.issue: p.weight.value for p in sc.positions if p.party == party}


def test_more_statements_raise_a_raw_weight_with_diminishing_returns() -> None:
    raws = [raw_weight(1.0, n, 0, 1.0, 1.0) for n in range(12)]
    steps = [b - a for a, b in zip(raws, raws[1:], strict=False)]
    assert all(s > 0 for s in steps)
    assert all(b < a for a, b in zip(steps, steps[1:], strict=False))
    assert raw_weight(1.0, 3, 1, 1.0, 1.0) > raw_weight(1.0, 3, 0, 1.0, 1.0)  # firmness counts
    assert raw_weight(2.0, 0, 0, 1.0, 1.0) == 2.0  # no statement: the prior


def test_an_issue_never_mentioned_keeps_its_prior_shares_order_of_magnitude() -> None:
    frame = _with(FRAME, evidence_scale=_fixed(2.0), firm_extra=_fixed(2.0))  # heaviest
    loud = {"ceasefire": 20, "withdrawal": 12, "hostage_release": 8}
    w = _weights(draft(_said(loud, {"ceasefire": 10}), DAY, frame).scenario)
    share = 1 / len(ISSUES)  # equal priors
    assert w["hamas_rule"] >= share / 10
    # more statements still weigh more, but 20 plain and 10 firm are far from 30 times none
    assert w["ceasefire"] > w["withdrawal"] > w["hostage_release"] > w["hamas_rule"]
    assert w["ceasefire"] / w["hamas_rule"] < 10


def test_declared_priors_order_the_issues_nobody_mentions() -> None:
    frame = _with(
        FRAME,
        priors={
            "hamas": {"hamas_rule": WeightPrior(value=3.0, reason="test: an invented priority")}
        },
    )
    sc = draft(_said({"ceasefire": 4}), DAY, frame).scenario
    w = _weights(sc)
    assert w["hamas_rule"] == pytest.approx(3 * w["security_guarantees"], rel=1e-3)
    pos = sc.position("hamas", "hamas_rule")
    assert pos is not None and pos.weight.assumption is not None
    assert "test: an invented priority" in pos.weight.assumption.reason
    assert _weights(sc, "israel")["hamas_rule"] == pytest.approx(1 / len(ISSUES), abs=1e-3)


def test_each_weight_ranges_from_the_prior_alone_to_the_evidence_at_its_heaviest() -> None:
    items = _said({"ceasefire": 9, "withdrawal": 2}, {"ceasefire": 3})
    nominal = draft(items, DAY, FRAME).scenario
    scale, extra = FRAME.issue_weights.evidence_scale, FRAME.issue_weights.firm_extra
    assert scale.assumption is not None and extra.assumption is not None
    assert scale.assumption.low == 0.0  # the prior alone is within the frame's assumption
    prior_only = _weights(draft(items, DAY, _with(FRAME, evidence_scale=_fixed(0.0))).scenario)
    heavy = _weights(
        draft(
            items,
            DAY,
            _with(
                FRAME,
                evidence_scale=_fixed(scale.assumption.high),
                firm_extra=_fixed(extra.assumption.high),
            ),
        ).scenario
    )
    assert list(prior_only.values()) == [pytest.approx(1 / len(ISSUES), abs=1e-3)] * len(ISSUES)
    for pos in nominal.positions:
        if pos.party != "hamas":
            continue
        a = pos.weight.assumption
        assert a is not None
        ends = (prior_only[pos.issue], heavy[pos.issue])
        assert a.low == pytest.approx(min(ends), abs=2e-4)
        assert a.high == pytest.approx(max(ends), abs=2e-4)
        assert a.low <= pos.weight.value <= a.high
    assert heavy["ceasefire"] > _weights(nominal)["ceasefire"] > prior_only["ceasefire"]
    assert heavy["hamas_rule"] < _weights(nominal)["hamas_rule"] < prior_only["hamas_rule"]


def test_a_sides_weights_are_drawn_together_from_the_prior_alone_to_the_heaviest() -> None:
    """One draw per side: at 0 every weight is its prior share, at 1 every weight is the evidence
    at its heaviest; the shares sum to 1 at every point, before any normalisation."""
    import numpy as np

    from accord.simulate.parameters import parameter_table

    items = _said({"ceasefire": 9, "withdrawal": 2}, {"ceasefire": 3})
    sc = draft(items, DAY, FRAME).scenario
    pos = sc.position("hamas", "hamas_rule")
    assert pos is not None and pos.weight.assumption is not None
    assert pos.weight.assumption.drawn_with == "hamas.issue_weights"
    assert pos.weight.assumption.drawn_reversed  # falls as the evidence weighs more
    table = parameter_table(sc)
    names = [p.name for p in table.parameters]
    assert "draw.hamas.issue_weights" in names and "draw.israel.issue_weights" in names
    varying = {table.parameters[i].name for i in table.varying}
    assert "draw.hamas.issue_weights" in varying
    assert not any(n.startswith("weight.") for n in varying)  # each is its side's draw's
    _, values = table.draw(np.random.default_rng(5), 400)
    cols = [i for i, n in enumerate(names) if n.startswith("weight.hamas.")]
    lead = values[:, names.index("draw.hamas.issue_weights")]
    assert np.allclose(values[:, cols].sum(axis=1), 1.0, atol=2e-3)
    rule = values[:, names.index("weight.hamas.hamas_rule")]
    cease = values[:, names.index("weight.hamas.ceasefire")]
    assert np.all(np.diff(rule[np.argsort(lead)]) <= 1e-12)  # one falls as the draw rises
    assert np.all(np.diff(cease[np.argsort(lead)]) >= -1e-12)  # the other rises
