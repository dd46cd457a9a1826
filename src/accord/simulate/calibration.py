"""Calibration to the reported responses to tabled proposals (``--calibrate``).

The scenario's ``proposals`` carry what each side was reported to answer. A
draw of the uncertain parameters (weights, fallbacks, commitment, noise)
makes each side value each proposal, with the commitment model the forecast
signs with (:func:`accord.simulate.protocols.expected_values`, here over a
whole chunk of draws at once); the chance that the side *accepts* is

    P(accept | draw) = e + (1 - 2 e) Phi((v - d) / sigma)

with ``v`` its expected utility of the proposal, ``d`` its fallback, ``sigma``
the draw's perception noise (how far a reading of a package's value can be
off), and ``e`` = :data:`MISREPORT` the chance that a response was misread or
misreported. A proposal crossing a red line the side still holds is accepted
only by misreport. The draw's likelihood is the product over the responses
read; the draw is kept with probability ``likelihood / bound``, the bound being the
product of each response's largest chance (``1 - e``; ``e`` for an acceptance
that only a misreport explains in every draw) — rejection sampling: the kept
draws follow the posterior, every kept run has weight 1, so the effective
sample size is the number kept.

A response is read from the proposal's ``verdicts`` (``accept`` / ``reject``)
or, failing that, when the reported response is one such word ("rejected",
"accepts", "supports"); other wording is listed as not read. The record is read
with the values of the snapshot: a side's fallback when it answered may have
been different (an approximation the summary states).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from accord.analysis import CompiledScenario
from accord.analysis.proposals import evaluate_proposal
from accord.model import PhasedAgreement

MISREPORT = 0.05  # engine assumption: one reported response in twenty misread or misreported
ACCEPT_WORDS = frozenset({"accept", "accepts", "accepted", "support", "supports", "supported"})
REJECT_WORDS = frozenset({"reject", "rejects", "rejected", "refuse", "refuses", "refused"})


@dataclass
class ResponseRecord:
    """The responses read from a scenario's proposals, and each proposal's value arrays."""

    labels: list[dict[str, str]]  # per response: proposal, party, reported, read_as
    proposal: np.ndarray  # (R,) proposal index
    party: np.ndarray  # (R,) party index
    accept: np.ndarray  # (R,) bool
    final: np.ndarray  # (NP, P, J) unweighted value of the final terms
    delivered: np.ndarray  # (NP, B, P, J) irreversible value delivered by boundary b
    boundaries: np.ndarray  # (NP,) boundaries of each proposal (B is the maximum)
    level: np.ndarray  # (NP,) guarantee level of the final terms
    extra_penalty: np.ndarray  # (NP, P) guarantors' penalty on walking away
    crossed: np.ndarray  # (NP, P) True where the proposal crosses a stated red line of p
    # (NP, L) True where the proposal crosses possible red line l (held in a draw or not)
    crossed_possible: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=bool))
    possible_party: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    unread: list[dict[str, str]] = field(default_factory=list)
    # (R,) the response's largest chance over all draws: 1 - e, or e for an acceptance of a
    # proposal crossing a red line that every draw holds (so it keeps every draw alike)
    bound: np.ndarray = field(default_factory=lambda: np.zeros(0))

    @property
    def size(self) -> int:
        return len(self.labels)


def read_response(text: str) -> str | None:
    """``accept`` or ``reject`` when a reported response is one such word, else None.

    >>> read_response("Rejected."), read_response("supports"), read_response("insists on its terms")
    ('reject', 'accept', None)
    """
    word = text.strip().strip(".!").lower()
    if word in ACCEPT_WORDS:
        return "accept"
    if word in REJECT_WORDS:
        return "reject"
    return None


def response_record(
    c: CompiledScenario,
    yield_low: dict[str, float] | None = None,
    possible: list[tuple[int, str]] | None = None,
) -> ResponseRecord | None:
    """Every response of the scenario's proposals that can be read; None when there is none.

    ``yield_low``: per party, the lowest drawn ``red_line_yield`` (above 0: every draw holds the
    party's red lines at the snapshot). ``possible``: the possible red lines (party index, issue),
    as :class:`accord.simulate.parameters.ParameterTable` lists them; a draw holding one bars
    the proposals crossing it like a stated one.
    """
    from accord.analysis import values as V

    sc = c.scenario
    P, J = len(c.parties), len(c.grids)
    labels: list[dict[str, str]] = []
    unread: list[dict[str, str]] = []
    rows: list[tuple[int, int, bool]] = []
    props: list[PhasedAgreement] = []
    for prop in sc.proposals:
        parties = sorted(set(prop.responses) | set(prop.verdicts))
        read = []
        for pid in parties:
            reported = prop.responses.get(pid, "")
            verdict = prop.verdicts.get(pid) or read_response(reported)
            entry = {"proposal": prop.id, "party": pid, "reported": reported}
            if pid not in c.parties or verdict is None:
                unread.append(entry)
                continue
            read.append((pid, verdict, entry))
        if not read:
            continue
        i = len(props)
        props.append(prop)
        for pid, verdict, entry in read:
            labels.append({**entry, "read_as": verdict})
            rows.append((i, c.parties.index(pid), verdict == "accept"))
    if not rows:
        return None
    NP = len(props)
    B = max(len(p.phases) - 1 for p in props)
    final = np.zeros((NP, P, J))
    delivered = np.zeros((NP, max(B, 1), P, J))
    boundaries = np.zeros(NP, dtype=np.int64)
    level = np.zeros(NP, dtype=np.int64)
    extra = np.zeros((NP, P))
    crossed = np.zeros((NP, P), dtype=bool)
    possible = possible or []
    crossed_possible = np.zeros((NP, len(possible)), dtype=bool)
    for i, prop in enumerate(props):
        state = [np.array(r, dtype=float) for r in c.status_quo]
        states = []
        for ph in prop.phases:
            for iid, term in ph.terms.items():
                if iid in c.issue_ids:
                    j = c.issue_ids.index(iid)
                    state[j] = V.as_raw(c.grids[j].issue, term)
            states.append([s.copy() for s in state])
        boundaries[i] = len(prop.phases) - 1
        for p in range(P):
            for j, g in enumerate(c.grids):
                final[i, p, j] = float(c.value(p, j, states[-1][j]))
                if not g.issue.reversible:
                    for b in range(boundaries[i]):
                        delivered[i, b, p, j] = (
                            float(c.value(p, j, states[b][j])) - c.status_value[p, j]
                        )
        if c.guarantee_index is not None:
            level[i] = int(round(float(states[-1][c.guarantee_index])))
        for gu in prop.guarantors:
            for pid in gu.applies_to or c.parties:
                if pid in c.parties:
                    extra[i, c.parties.index(pid)] += gu.penalty.value
        for ell, (p, iid) in enumerate(possible):
            pos = sc.position(c.parties[p], iid)
            if pos is None or pos.possible_red_line is None:
                continue
            line = pos.model_copy(update={"red_line": pos.possible_red_line.level})
            j = c.issue_ids.index(iid)
            raw = states[-1][j]
            crossed_possible[i, ell] = not bool(V.red_line_ok(c.grids[j].issue, line, raw))
        verdicts = evaluate_proposal(c, prop).parties
        for p, pid in enumerate(c.parties):
            crossed[i, p] = bool(verdicts[pid].crossed)
    arr = np.array(rows)
    held = np.array([(yield_low or {}).get(pid, 0.0) > 0 for pid in c.parties])
    always = crossed[arr[:, 0], arr[:, 1]] & held[arr[:, 1]]
    bound = np.where(always & arr[:, 2].astype(bool), MISREPORT, 1.0 - MISREPORT)
    return ResponseRecord(
        bound=bound,
        labels=labels,
        proposal=arr[:, 0].astype(np.int64),
        party=arr[:, 1].astype(np.int64),
        accept=arr[:, 2].astype(bool),
        final=final,
        delivered=delivered,
        boundaries=boundaries,
        level=level,
        extra_penalty=extra,
        crossed=crossed,
        crossed_possible=crossed_possible,
        possible_party=np.array([p for p, _ in possible], dtype=np.int64),
        unread=unread,
    )


def _logistic(gap: np.ndarray, temperature: np.ndarray) -> np.ndarray:
    t = temperature[:, None]
    with np.errstate(divide="ignore", invalid="ignore"):
        soft = 0.5 * (1.0 + np.tanh(gap / (2.0 * np.where(t > 0, t, 1.0))))
    return np.where(t > 0, soft, (gap >= 0).astype(float))


def response_chances(rec: ResponseRecord, x: dict[str, np.ndarray]) -> np.ndarray:
    """(n, R): each draw's chance of each reported response (``x``: the kernel inputs of the draws)."""
    W, d, pen = x["W"], x["d0"], x["penalty"]
    temperature, sigma, locked = x["temperature"], x["sigma"], x["yield0"] > 0
    n = W.shape[0]
    values = np.empty((n, len(rec.boundaries), W.shape[1]))
    for i in range(len(rec.boundaries)):
        v = np.einsum("npj,pj->np", W, rec.final[i])
        p_pen = pen[:, rec.level[i]][:, None] + rec.extra_penalty[i][None, :]
        for b in range(int(rec.boundaries[i]) - 1, -1, -1):
            walk = d + np.einsum("npj,pj->np", W, rec.delivered[i, b])
            proceed = _logistic(v - (walk - p_pen), temperature).prod(axis=1, keepdims=True)
            v = proceed * v + (1.0 - proceed) * walk
        values[:, i] = v
    gap = values[:, rec.proposal, rec.party] - d[:, rec.party]
    s = np.maximum(sigma, 1e-9)[:, None]
    from scipy.special import ndtr  # imported here: SciPy costs 0.2 s at start-up, used only here

    accept = MISREPORT + (1.0 - 2.0 * MISREPORT) * ndtr(gap / s)
    crossed = np.repeat(rec.crossed[rec.proposal, rec.party][None, :], n, axis=0)
    if rec.crossed_possible.shape[1]:
        held = x["possible_held"] > 0  # (n, L)
        for ell in range(rec.crossed_possible.shape[1]):
            mine = rec.party == rec.possible_party[ell]
            crossed |= (rec.crossed_possible[rec.proposal, ell] & mine)[None, :] & held[
                :, ell : ell + 1
            ]
    barred = crossed & locked[:, rec.party]
    accept = np.where(barred, MISREPORT, accept)
    return np.where(rec.accept[None, :], accept, 1.0 - accept)


def keep_by_responses(
    rec: ResponseRecord, x: dict[str, np.ndarray], rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """(keep mask, chances): a draw is kept with probability likelihood / its largest value."""
    chances = response_chances(rec, x)
    ratio = np.prod(chances / rec.bound[None, :], axis=1)
    return rng.random(len(ratio)) < ratio, chances


def responses_summary(
    rec: ResponseRecord | None, hist: dict[str, np.ndarray], kept: int
) -> dict[str, Any]:
    """Per response read, its mean chance over all draws and over the kept ones; what was not read."""
    if rec is None or "resp_drawn" not in hist:
        return {}
    drawn = int(hist["drawn"][0])
    rows = []
    for r, label in enumerate(rec.labels):
        rows.append(
            {
                **label,
                "chance_drawn": round(hist["resp_drawn"][r] / 1e6 / max(drawn, 1), 4),
                "chance_kept": round(hist["resp_kept"][r] / 1e6 / max(kept, 1), 4),
            }
        )
    return {"responses": rows, "responses_not_read": rec.unread, "misreport": MISREPORT}
