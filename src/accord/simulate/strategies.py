"""Concession strategies for the alternating-offers protocol.

A time-based strategy sets a party's *aspiration* at relative time
``tau = day / horizon`` to ``a(tau) = 1 - tau ** e`` (NegMAS's
``PolyAspiration``): the party offers, among the candidate packages, the one
it values least that still reaches ``lo + a (hi - lo)``, where ``hi`` is its
best candidate and ``lo`` the larger of its worst candidate and its current
fallback; it accepts an offer valued at least that much. ``e = 4`` concedes
late (Boulware), ``e = 1`` linearly, ``e = 0.25`` early (conceder).

Tit-for-tat starts at aspiration 1 and lowers it, each time it receives an
offer, by the opponent's concession measured on its own scale, and at least
by the linear pace (so two tit-for-tat parties still meet by the horizon).

Every strategy carries metadata that the tests check.
"""

from __future__ import annotations

from dataclasses import dataclass

from accord.errors import InputError


@dataclass(frozen=True)
class Strategy:
    name: str
    exponent: float  # aspiration 1 - tau**exponent; ignored by tit-for-tat
    reactive: bool  # concedes in response to the opponent rather than to the clock
    description: str

    @property
    def code(self) -> int:
        return 1 if self.reactive else 0


STRATEGIES: dict[str, Strategy] = {
    "boulware": Strategy("boulware", 4.0, False, "concedes slowly, then fast near the deadline"),
    "linear": Strategy("linear", 1.0, False, "concedes at a constant pace"),
    "conceder": Strategy("conceder", 0.25, False, "concedes early, then holds"),
    "tit_for_tat": Strategy("tit_for_tat", 1.0, True, "matches the opponent's last concession"),
}


def parse_strategies(spec: str | None, parties: list[str]) -> list[Strategy]:
    """``'boulware'`` for everyone, or ``'union=boulware,employer=conceder'`` per party.

    >>> [s.name for s in parse_strategies("union=conceder", ["union", "employer"])]
    ['conceder', 'boulware']
    """
    default = "boulware"
    chosen = dict.fromkeys(parties, default)
    if spec:
        for part in spec.split(","):
            part = part.strip()
            if not part:
                continue
            if "=" in part:
                pid, name = (x.strip() for x in part.split("=", 1))
                if pid not in chosen:
                    raise InputError(
                        f"--strategy: unknown party '{pid}' (parties: {', '.join(parties)})"
                    )
                chosen[pid] = name
            else:
                chosen = dict.fromkeys(parties, part)
    for pid, name in chosen.items():
        if name not in STRATEGIES:
            raise InputError(
                f"--strategy: unknown strategy '{name}' for {pid}; choose from {', '.join(STRATEGIES)}"
            )
    return [STRATEGIES[chosen[p]] for p in parties]
