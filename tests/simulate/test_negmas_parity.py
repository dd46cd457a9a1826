"""accord's alternating offers agree with NegMAS's SAOMechanism and time-based negotiators."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from accord.simulate.sao import sao_batch

negmas = pytest.importorskip("negmas")
pytestmark = pytest.mark.negmas


def test_same_agreements_and_steps_as_negmas() -> None:
    from negmas import make_issue, make_os
    from negmas.gb.negotiators.timebased import (
        BoulwareTBNegotiator,
        ConcederTBNegotiator,
        LinearTBNegotiator,
    )
    from negmas.preferences import MappingUtilityFunction
    from negmas.sao import SAOMechanism

    rng = np.random.default_rng(0)
    K = 60
    a = rng.random(K)
    U = np.stack(
        [a, 1 - a + 0.3 * rng.random(K)], axis=1
    )  # opposed, with a frontier and dominated points
    osp = make_os([make_issue(values=K, name="o")])
    kinds = [(BoulwareTBNegotiator, 4.0), (LinearTBNegotiator, 1.0), (ConcederTBNegotiator, 0.25)]
    cases = [
        (i, j, n, r)
        for i in range(3)
        for j in range(3)
        for n in (10, 40)
        for r in ((0.0, 0.0), (0.3, 0.2))
    ]
    got = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for i, j, n, r in cases:
            m = SAOMechanism(outcome_space=osp, n_steps=n)
            for p, (cls, _) in enumerate((kinds[i], kinds[j])):
                m.add(
                    cls(name=f"p{p}"),
                    ufun=MappingUtilityFunction(
                        {(k,): float(U[k, p]) for k in range(K)},
                        outcome_space=osp,
                        reserved_value=r[p],
                    ),
                )
            m.run()
            got.append((-1 if m.agreement is None else m.agreement[0], m.state.step))
    agreement, step = sao_batch(
        U,
        np.array([c[3] for c in cases]),
        np.array([[kinds[c[0]][1], kinds[c[1]][1]] for c in cases]),
        np.array([c[2] for c in cases], dtype=np.int64),
    )
    assert [g[0] for g in got] == agreement.tolist()
    assert [g[1] for g in got] == [
        s + 1 if x >= 0 else s for x, s in zip(agreement, step, strict=True)
    ]
    assert (agreement >= 0).sum() > len(cases) // 2
