"""Kernel pieces for factions, scheduled events and the interim, compiled with Numba.

**Ratification** (:func:`ratify`), as in :mod:`accord.analysis.factions`: when
every leadership accepts package ``k``, each faction of each belligerent
values it with its own issue weights (the party's value shapes, the same
commitment-adjusted expected utility) against its own current fallback, and
rejects it when it crosses a red line the faction holds. A ``veto`` faction
that rejects blocks; ``vote`` factions hold shares of the decision (the
leadership holds the rest and votes for what it signs), and the package needs
more than half; every faction that rejects costs its leadership its audience
cost, and a leadership whose value net of those costs falls below its
fallback does not sign. Factions' votes and fallbacks move during a run
(scheduled events, random events: :mod:`accord.simulate.outside`), so a
package can fail ratification on one day and pass on a later one.
:func:`ratify_signed` is the kernel's step after every leadership signs: a blocked
package leaves the eligible list until a faction moves.

The rest move the run's state on the day an outside event or an interim state change
happens; each returns how much it moved the belligerents' fallbacks (the
dynamic's contribution when the forecast names what opened a zone).
"""

from __future__ import annotations

from numba import njit

from accord._jit import INNER, compile_once_per_types
from accord.simulate.valuation import GAIN, expected_values, log_row

VETO, VOTE, VOICE = 0, 1, 2
# transcript codes after those of accord.simulate.protocols (LOG_TABLED ... LOG_ZONE = 0 ... 12)
LOG_BLOCKED, LOG_SCHEDULED, LOG_INTERIM = 13, 14, 15


@njit(**INNER)
def faction_value(
    k, f, p, fac_w, V, D, U_final, S, d, fallback, pen, temperature, uf, sf, dd, v, c
):
    """Faction f's (of party p) commitment-adjusted expected utility of package k."""
    P = U_final.shape[1]
    B = S.shape[1]
    J = V.shape[2]
    for q in range(P):
        uf[0, q] = U_final[k, q]
        dd[q] = d[q]
        for b in range(B):
            sf[0, b, q] = S[k, b, q]
    s = 0.0
    for j in range(J):
        s += fac_w[f, j] * V[k, p, j]
    uf[0, p] = s
    for b in range(B):
        s = 0.0
        for j in range(J):
            s += fac_w[f, j] * D[k, b, p, j]
        sf[0, b, p] = s
    dd[p] = fallback
    expected_values(0, uf, sf, dd, pen, temperature, v, c)
    return v[p]


@njit(**INNER)
def ratify(
    k,
    U_final,
    S,
    V,
    D,
    d,
    pen,
    temperature,
    fac_party,
    fac_say,
    fac_w,
    fac_x,
    votes,
    fac_fb,
    fac_cost,
    uf,
    sf,
    dd,
    v,
    c,
    accepts,
):
    """The faction that blocks package k (the first veto, the largest losing vote, the costliest
    objection), or -1 when every party ratifies it."""
    F = fac_party.shape[0]
    if F == 0:
        return -1
    P = U_final.shape[1]
    for f in range(F):
        if fac_x[k, f]:
            accepts[f] = False
        else:
            u = faction_value(
                k,
                f,
                fac_party[f],
                fac_w,
                V,
                D,
                U_final,
                S,
                d,
                fac_fb[f],
                pen,
                temperature,
                uf,
                sf,
                dd,
                v,
                c,
            )
            accepts[f] = u >= fac_fb[f] + GAIN
    for p in range(P):
        support = 1.0
        voting = False
        cost = 0.0
        worst_vote = -1
        worst_cost = -1
        for f in range(F):
            if fac_party[f] == p and fac_say[f] == VOTE:
                support -= votes[f]
                voting = True
        for f in range(F):
            if fac_party[f] != p:
                continue
            if accepts[f]:
                if fac_say[f] == VOTE:
                    support += votes[f]
                continue
            if fac_say[f] == VETO:
                return f
            if fac_say[f] == VOTE and (worst_vote < 0 or votes[f] > votes[worst_vote]):
                worst_vote = f
            if fac_cost[f] > 0.0:
                cost += fac_cost[f]
                if worst_cost < 0 or fac_cost[f] > fac_cost[worst_cost]:
                    worst_cost = f
        if voting and support <= 0.5:
            return worst_vote
        if cost > 0.0:
            expected_values(k, U_final, S, d, pen, temperature, v, c)
            if v[p] - cost < d[p] + GAIN:
                return worst_cost
    return -1


@njit(**INNER)
def move_factions(r, e, size, votes, fac_fb, shift_votes, shift_fb):
    """An event's shifts of factions' votes and fallbacks (``size`` times: per person or once)."""
    for f in range(votes.shape[0]):
        votes[f] = min(1.0, max(0.0, votes[f] + size * shift_votes[r, e, f]))
        fac_fb[f] = min(1.0, max(0.0, fac_fb[f] + size * shift_fb[r, e, f]))


@njit(**INNER)
def shift_fallbacks(r, s, d, shift):
    """Move each belligerent's fallback by ``shift[r, s, p]``; returns the total moved."""
    moved = 0.0
    for p in range(d.shape[0]):
        before = d[p]
        d[p] = min(1.0, max(0.0, d[p] + shift[r, s, p]))
        moved += abs(d[p] - before)
    return moved


@njit(**INNER)
def interim_change(r, start, d, shift, applied):
    """A interim starts (its shifts applied to fallbacks) or ends (what it applied taken back)."""
    moved = 0.0
    for p in range(d.shape[0]):
        before = d[p]
        if start:
            d[p] = min(1.0, max(0.0, d[p] + shift[r, p]))
            applied[p] = d[p] - before
        else:
            d[p] = min(1.0, max(0.0, d[p] - applied[p]))
            applied[p] = 0.0
        moved += abs(d[p] - before)
    return moved


@njit(**INNER)
def ratify_signed(
    t, r, signed, n_elig, n_barred, n_log, draws, model, work, outputs, factions, log_i, log_f
):
    """The factions ratify (or block) package ``signed``, signed by every leadership on day ``t``.

    A blocked package is taken out of the eligible list until a faction moves; returns
    ``(signed, n_elig, n_barred, n_log)``, ``signed`` -1 when a faction blocked it. Records the
    days a faction starts and stops blocking in ``outputs.out_dyn``.
    """
    V = model.V
    D = model.D
    guarantee = model.guarantee
    pen_row = draws.penalty[r]
    temperature = draws.temperature
    fac_party = factions.fac_party
    fac_say = factions.fac_say
    fac_w = factions.fac_w
    fac_x = factions.fac_x
    fac_cost = factions.fac_cost
    F = fac_party.shape[0]
    out_dyn = outputs.out_dyn
    blocker = ratify(
        signed,
        work.U_final,
        work.S,
        V,
        D,
        work.d,
        pen_row[guarantee[signed]],
        temperature[r],
        fac_party,
        fac_say,
        fac_w,
        fac_x,
        work.votes,
        work.ffb,
        fac_cost[r],
        work.uf,
        work.sf,
        work.dd,
        work.vbuf,
        work.cbuf,
        work.faccept,
    )
    if blocker >= 0:
        if log_i is not None:  # a transcript asked (else no code)
            n_log = log_row(
                log_i,
                log_f,
                n_log,
                t,
                LOG_BLOCKED,
                fac_party[blocker],
                blocker,
                signed,
                work.votes[blocker],
                work.ffb[blocker],
            )
        if out_dyn[r, 1 + 2 * blocker] < 0:
            out_dyn[r, 1 + 2 * blocker] = t
        work.blocking[blocker] = True
        # not tabled again until a faction moves (or red lines yield)
        for i in range(n_elig):
            if work.elig[i] == signed:
                for i2 in range(i, n_elig - 1):
                    work.elig[i2] = work.elig[i2 + 1]
                n_elig -= 1
                n_barred += 1
                break
        signed = -1
    else:
        for f in range(F):
            if work.blocking[f]:
                work.blocking[f] = False
                if out_dyn[r, 2 + 2 * f] < 0:
                    out_dyn[r, 2 + 2 * f] = t
    return signed, n_elig, n_barred, n_log


compile_once_per_types(globals())  # accord._jit: constants at kernel calls make no extra compiles
