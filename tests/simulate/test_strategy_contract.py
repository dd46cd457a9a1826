"""The contract every entry of the strategy registry (simulate/strategies.py STRATEGIES) passes.

Each strategy negotiates the built-in labour example under alternating offers
(a negotiation with a zone of agreement) and must: carry its metadata and be
accepted wherever a strategy is named, give the same transcript for the same
seed, keep each party's aspiration in [0, 1] and never raise it, and reach a
deal by the horizon. A new strategy gets all of it by its registry line.
"""

from __future__ import annotations

import re

import pytest

from accord.scenarios import load_scenario
from accord.simulate.config import ForecastConfig
from accord.simulate.negotiate import negotiate
from accord.simulate.strategies import STRATEGIES, parse_strategies

# without its pressures and random events: each party's reservation value stays put, so a
# rising aspiration can only come from the strategy itself
_BASE = load_scenario("labour-2026-03")
SCENARIO = _BASE.model_copy(
    update={"dynamics": _BASE.dynamics.model_copy(update={"pressures": [], "events": []})}
)
ASPIRATION = re.compile(r"its aspiration is (-?[0-9.]+)")


@pytest.fixture(scope="module", params=sorted(STRATEGIES))
def played(request):
    name = request.param
    # the horizon covers the alternating-offers deadline (180 days by default), by which a
    # Boulware negotiator, conceding late, must have agreed
    first = negotiate(SCENARIO, protocol="alternating", strategy=name, horizon=200, seed=11)
    again = negotiate(SCENARIO, protocol="alternating", strategy=name, horizon=200, seed=11)
    return name, first, again


def test_an_entry_carries_its_metadata_and_is_accepted_by_name(played):
    name, _, _ = played
    s = STRATEGIES[name]
    assert s.name == name and s.description and s.exponent > 0 and isinstance(s.reactive, bool)
    assert parse_strategies(name, ["union", "employer"]) == [s, s]
    ForecastConfig(protocol="alternating", strategy=f"union={name}")


def test_an_entry_gives_the_same_transcript_for_the_same_seed(played):
    _, first, again = played
    assert first.to_dict() == again.to_dict()


def test_an_entry_never_raises_its_aspiration(played):
    name, transcript, _ = played
    for party in ("union", "employer"):
        levels = [
            float(ASPIRATION.search(s.why).group(1))
            for s in transcript.steps
            if s.actor == party and s.action == "offer"
        ]
        assert levels, f"{name}: {party} made no offer"
        assert all(0.0 <= a <= 1.0 for a in levels), (name, party, levels)
        assert all(b <= a + 1e-9 for a, b in zip(levels, levels[1:], strict=False)), (
            name,
            party,
            levels,
        )


def test_an_entry_reaches_a_deal_when_a_zone_exists(played):
    name, transcript, _ = played
    assert transcript.outcome["deals"] >= 1, name
    assert 0 <= transcript.outcome["first_deal_day"] <= 180
