"""The forecast kernel's honour-or-walk choice is the core model's, not a variant of it.

``simulate.kernel._honour_chances`` re-implements ``analysis.commitment.value_phases``
in Numba (per run, with that run's weights); this pins the two together.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.analysis.commitment import collapse_value, value_phases
from accord.simulate.kernel import _honour_chances
from accord.simulate.protocols import expected_values


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    boundaries=st.integers(1, 3),
    parties=st.integers(2, 3),
    temperature=st.sampled_from([0.0, 0.02, 0.05, 0.2]),
    penalty=st.floats(0.0, 0.3),
)
def test_kernel_honour_chances_equal_value_phases(seed, boundaries, parties, temperature, penalty):
    rng = np.random.default_rng(seed)
    J = 4
    w = rng.dirichlet(np.ones(J), size=parties)  # (P, J)
    d = rng.uniform(0.1, 0.6, parties)  # fallbacks
    U_final = rng.uniform(0.0, 1.0, (1, parties))  # (K=1, P)
    D = rng.uniform(-0.5, 0.5, (1, boundaries, parties, J))  # delivered value changes
    collapse = collapse_value(d[None, :], np.einsum("pj,bpj->bp", w, D[0]))[:, :, None]  # (B, P, 1)
    core = value_phases(U_final[0][:, None], collapse, penalty, temperature)
    for b in range(boundaries):
        out = np.empty(parties)
        _honour_chances(
            0, b, w, d, penalty, temperature, U_final, D, out, np.empty(parties), np.empty(parties)
        )
        np.testing.assert_allclose(out, core.honour[b, :, 0], rtol=1e-9, atol=1e-12)


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    boundaries=st.integers(0, 3),
    parties=st.integers(
        2, 2
    ),  # value_phases sorts the chances of 3+ parties; the product is the same
    temperature=st.sampled_from([0.0, 0.02, 0.05, 0.2]),
    penalty=st.floats(0.0, 0.3),
)
def test_kernel_expected_utility_of_signing_equals_value_phases(
    seed, boundaries, parties, temperature, penalty
):
    """What a party signs for in the forecast is what `analyze` values: V_i(1) of the core model."""
    rng = np.random.default_rng(seed)
    J = 4
    w = rng.dirichlet(np.ones(J), size=parties)
    d = rng.uniform(0.1, 0.6, parties)
    U_final = rng.uniform(0.0, 1.0, (1, parties))
    D = rng.uniform(-0.5, 0.5, (1, boundaries, parties, J))
    S = np.einsum("pj,kbpj->kbp", w, D)
    collapse = collapse_value(d[None, :], S[0])[:, :, None]
    core = value_phases(
        U_final[0][:, None], collapse.reshape(boundaries, parties, 1), penalty, temperature
    )
    v, c = np.empty(parties), np.empty(parties)
    expected_values(0, U_final, S, d, penalty, temperature, v, c)
    np.testing.assert_allclose(v, core.expected[:, 0], rtol=1e-9, atol=1e-12)
