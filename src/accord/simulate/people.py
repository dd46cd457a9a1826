"""A run's people: who is held, released, returned, rescued or dead, and what that does to leverage.

Compiled with Numba and called from :mod:`accord.simulate.kernel`. Living
hostages are held by category; prisoners are a stock per category that
successive deals draw on; deaths and rescues fall on the categories in
proportion to those held and may move the parties' fallbacks.
"""

from __future__ import annotations

import numpy as np
from numba import njit

# slots of a run's people ledger (int64 array)
LIVING, BODIES_HELD, RELEASED, RETURNED, PRISONERS_OUT, DEAL_RELEASED, DEAL_RETURNED = range(7)


@njit(cache=True)
def _deliver(
    ledger,
    held,
    released,
    deal_released,
    k,
    m,
    hostages,
    bodies,
    prisoners,
    scale,
    pris_left,
    deal_pris,
):
    """Carry out phase m of package k: release what it adds to the deal so far (never more than is held).

    Living hostages are released category by category (``hostages[k, m, c]``), each capped by
    those of that category still held alive; prisoners likewise by category, each capped by those
    of the category still held (``pris_left``): successive deals draw on one pool, never overdrawn.
    """
    for c in range(held.shape[0]):
        add = min(max(0, int(hostages[k, m, c]) - deal_released[c]), held[c])
        held[c] -= add
        released[c] += add
        deal_released[c] += add
        ledger[LIVING] -= add
        ledger[RELEASED] += add
        ledger[DEAL_RELEASED] += add
    add = min(max(0, int(bodies[k, m]) - ledger[DEAL_RETURNED]), ledger[BODIES_HELD])
    ledger[BODIES_HELD] -= add
    ledger[RETURNED] += add
    ledger[DEAL_RETURNED] += add
    for c in range(prisoners.shape[2]):
        target = int(round(prisoners[k, m, c] * scale[c]))
        add = min(max(0, target - deal_pris[c]), pris_left[c])
        pris_left[c] -= add
        deal_pris[c] += add
        ledger[PRISONERS_OUT] += add


@njit(cache=True)
def _take(held, size, into):
    """Take ``size`` living hostages (at most those held) from the categories, each person drawn
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


@njit(cache=True)
def _shift_leverage(d, shift, size, contrib, slot):
    """Deaths and rescues move fallbacks: ``shift[p]`` per person (fewer hostages, less leverage)."""
    for p in range(d.shape[0]):
        if shift[p] != 0.0:
            before = d[p]
            d[p] = min(1.0, max(0.0, d[p] + shift[p] * size))
            contrib[slot] += abs(d[p] - before)
