"""A run's stocks (``tracked`` in the scenario): held, released, returned, rescued or dead.

Compiled with Numba and called from :mod:`accord.simulate.kernel`. The held
stock is held by category; the pool stock is a stock per category that
successive deals draw on; deaths and rescues fall on the held categories in
proportion to those held and may move the parties' fallbacks (leverage).
"""

from __future__ import annotations

import numpy as np
from numba import njit

from accord._jit import INNER, compile_once_per_types

# slots of a run's people ledger (int64 array)
HELD, REMAINS_HELD, RELEASED, RETURNED, POOL_OUT, DEAL_RELEASED, DEAL_RETURNED = range(7)


@njit(**INNER)
def _deliver(
    ledger,
    held,
    released,
    deal_released,
    k,
    m,
    held_out,
    remains_out,
    pool_out,
    scale,
    pool_left,
    deal_pool,
):
    """Carry out phase m of package k: release what it adds to the deal so far (never more than is held).

    The held stock is released category by category (``held_out[k, m, c]``), each capped by
    those of that category still held; the pool stock likewise by category, each capped by what
    is left of it (``pool_left``): successive deals draw on one pool, never overdrawn.
    """
    for c in range(held.shape[0]):
        add = min(max(0, int(held_out[k, m, c]) - deal_released[c]), held[c])
        held[c] -= add
        released[c] += add
        deal_released[c] += add
        ledger[HELD] -= add
        ledger[RELEASED] += add
        ledger[DEAL_RELEASED] += add
    add = min(max(0, int(remains_out[k, m]) - ledger[DEAL_RETURNED]), ledger[REMAINS_HELD])
    ledger[REMAINS_HELD] -= add
    ledger[RETURNED] += add
    ledger[DEAL_RETURNED] += add
    for c in range(pool_out.shape[2]):
        target = int(round(pool_out[k, m, c] * scale[c]))
        add = min(max(0, target - deal_pool[c]), pool_left[c])
        pool_left[c] -= add
        deal_pool[c] += add
        ledger[POOL_OUT] += add


@njit(**INNER)
def _take(held, size, into):
    """Take ``size`` of the held stock (at most those held) from the categories, each one drawn
    uniformly among those held (so in proportion to the numbers held); adds them to ``into``.

    No random number is drawn while at most one category still holds anyone, so a scenario with
    a single category uses exactly the random stream it used before categories were tracked.
    """
    C = held.shape[0]
    total = 0
    nonzero = 0
    last = -1
    for c in range(C):
        total += held[c]
        if held[c] > 0:
            nonzero += 1
            last = c
    size = min(size, total)
    if nonzero == 1:
        held[last] -= size
        into[last] += size
        return size
    for _ in range(size):
        u = np.random.random() * total
        c = 0
        acc = held[0]
        while u >= acc and c < C - 1:
            c += 1
            acc += held[c]
        while held[c] == 0:  # guard against rounding at the top of the range
            c -= 1
        held[c] -= 1
        into[c] += 1
        total -= 1
    return size


@njit(**INNER)
def _shift_leverage(d, shift, size, contrib, slot):
    """Deaths and rescues move fallbacks: ``shift[p]`` per person (fewer held, less leverage)."""
    for p in range(d.shape[0]):
        if shift[p] != 0.0:
            before = d[p]
            d[p] = min(1.0, max(0.0, d[p] + shift[p] * size))
            contrib[slot] += abs(d[p] - before)


compile_once_per_types(globals())  # accord._jit: constants at kernel calls make no extra compiles
