"""Every registered negotiation protocol passes one contract (docs/extending.md, "Protocols").

A protocol is one compiled round function of a :class:`RoundInputs`; this test runs each entry
of the registry on random rounds and checks what the kernel relies on: a well-formed result and
transcript, no package signed across a red line still held or below a party's fallback, an
honest answer to "is there a zone of agreement now", inputs left as they were, the same answer
for the same seed, and that the kernel's dispatcher reaches it. It then forecasts and negotiates
the labour example with it."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from numba import njit

from accord.errors import InputError
from accord.scenarios import load_scenario
from accord.simulate import ForecastConfig, forecast
from accord.simulate import protocols as protocols_module
from accord.simulate.negotiate import negotiate
from accord.simulate.protocols import (
    GAIN,
    PROTOCOLS,
    REGISTRY,
    RoundInputs,
    RoundState,
    eligible,
    expected_values,
    play_round,
    protocol_code,
)

NAMES = [p.name for p in REGISTRY]
N_LOG_CODES = 13
CAPACITY = 64


@njit
def _seed(seed):
    np.random.seed(seed)


@njit
def _dispatch(code, x, s, n_log):
    """The compiled dispatcher, as the kernel calls it."""
    return play_round(code, x, s, n_log)


def random_round(rng: np.random.Generator) -> tuple[RoundInputs, RoundState]:
    K = int(rng.integers(1, 40))
    P = int(rng.integers(2, 4))
    B = int(rng.integers(0, 3))
    X = (rng.random((K, P)) < 0.2).astype(np.float64)
    locked = rng.random(P) < 0.5
    elig = np.zeros(K, np.int64)
    n_elig = eligible(X, locked, elig)
    runs = 3
    x = RoundInputs(
        U_final=rng.random((K, P)),
        S=rng.random((K, B, P)) * 0.3,
        X=X,
        locked=locked,
        d=rng.uniform(0.1, 0.7, P),
        penalty=rng.choice([0.0, 0.05, 0.1], (runs, 2)),
        guarantee=rng.integers(0, 2, K),
        elig=elig,
        exps=rng.choice([0.2, 1.0, 5.0], P),
        reactive=rng.random(P) < 0.3,
        aspiration=np.ones(P),
        last_offer=np.full(P, -1, np.int64),
        seen_d=np.zeros(P),
        v=np.zeros(P),
        c=np.zeros(P),
        U_eff=np.zeros((K, P)),
        umin=np.zeros(P),
        umax=np.zeros(P),
        log_i=np.zeros((CAPACITY, 5), np.int64),
        log_f=np.zeros((CAPACITY, 2)),
    )
    s = RoundState(
        t=int(rng.integers(0, 300)),
        turn=int(rng.integers(0, 50)),
        run=int(rng.integers(0, runs)),
        rd=int(rng.integers(1, 15)),
        deadline=int(rng.integers(1, 200)),
        temperature=float(rng.choice([0.0, 0.02, 0.1])),
        sigma=float(rng.choice([0.0, 0.05])),
        n_elig=int(n_elig),
    )
    return x, s


def copy_round(x: RoundInputs) -> RoundInputs:
    return RoundInputs(*(np.copy(f) if isinstance(f, np.ndarray) else f for f in x))


def values_of(x: RoundInputs, s: RoundState, k: int) -> np.ndarray:
    """Each party's expected value of signing k (the commitment model)."""
    v, c = np.zeros(len(x.d)), np.zeros(len(x.d))
    pen = x.penalty[s.run, x.guarantee[k]]
    expected_values(k, x.U_final, x.S, x.d, pen, s.temperature, v, c)
    return v


def zone_now(x: RoundInputs, s: RoundState) -> bool:
    return any((values_of(x, s, int(k)) >= x.d + GAIN).all() for k in x.elig[: s.n_elig])


CASES = [random_round(np.random.default_rng(i)) for i in range(150)]


@pytest.mark.parametrize("name", NAMES)
def test_a_round_is_well_formed_and_keeps_red_lines_and_fallbacks(name):
    fn = PROTOCOLS[name].round
    signed_any = 0
    for i, (case, st) in enumerate(CASES):
        x = copy_round(case)
        _seed(i)
        start = int(i % 3)  # rows already in the transcript
        signed, zone, n_log = fn(x, st, start)
        K = x.U_final.shape[0]
        assert -1 <= signed < K and start <= n_log <= CAPACITY, (name, i)
        assert isinstance(bool(zone), bool)
        rows = x.log_i[start:n_log]
        assert (rows[:, 0] == st.t).all() and ((rows[:, 1] >= 0) & (rows[:, 1] < N_LOG_CODES)).all()
        assert bool(zone) == zone_now(case, st), (name, i)  # "a zone exists now" is the truth
        if signed >= 0:
            signed_any += 1
            held = case.locked & (case.X[signed] > 0)
            assert not held.any(), f"{name} signed across a red line still held (case {i})"
            assert (values_of(case, st, signed) >= case.d + GAIN).all(), (
                f"{name} signed a package below a party's fallback (case {i})"
            )
        if not zone_now(case, st):
            assert signed == -1, f"{name} signed with no zone of agreement (case {i})"
    assert signed_any > 0, f"{name} never signs on random rounds"


@pytest.mark.parametrize("name", NAMES)
def test_a_round_leaves_its_inputs_and_repeats_with_the_seed(name):
    fn = PROTOCOLS[name].round
    for i, (case, st) in enumerate(CASES[:40]):
        a, b = copy_round(case), copy_round(case)
        _seed(100 + i)
        ra = fn(a, st, 0)
        _seed(100 + i)
        rb = fn(b, st, 0)
        assert ra == rb, (name, i)
        for field in ("log_i", "log_f", "aspiration", "last_offer"):
            assert np.array_equal(getattr(a, field), getattr(b, field)), (name, field)
        for field in (
            "U_final",
            "S",
            "X",
            "locked",
            "d",
            "penalty",
            "guarantee",
            "exps",
            "reactive",
        ):
            assert np.array_equal(getattr(a, field), getattr(case, field)), (name, field)
        assert np.array_equal(a.elig[: st.n_elig], case.elig[: st.n_elig])


@pytest.mark.parametrize("name", NAMES)
def test_the_kernel_dispatcher_reaches_the_entry(name):
    fn, code = PROTOCOLS[name].round, protocol_code(name)
    for i, (case, st) in enumerate(CASES[:40]):
        a, b = copy_round(case), copy_round(case)
        _seed(i)
        direct = fn(a, st, 0)
        _seed(i)
        dispatched = _dispatch(code, b, st, 0)
        assert direct == dispatched and np.array_equal(a.log_f, b.log_f), (name, i)


def test_registry_metadata():
    assert len(set(NAMES)) == len(NAMES) and all(n.isidentifier() for n in NAMES)
    assert all(len(p.description) > 20 for p in REGISTRY)
    assert [protocol_code(n) for n in NAMES] == list(range(len(NAMES)))
    for p in REGISTRY:
        assert ForecastConfig(protocol=p.name).protocol == p.name
        if p.strategies:
            ForecastConfig(protocol=p.name, strategy="boulware")
        else:
            with pytest.raises(InputError, match="--strategy applies"):
                ForecastConfig(protocol=p.name, strategy="boulware")
    with pytest.raises(InputError, match="--protocol must be one of"):
        ForecastConfig(protocol="auction")


@pytest.mark.parametrize("name", NAMES)
def test_the_entry_forecasts_and_negotiates_the_labour_example(name):
    scenario = load_scenario("labour-2026-03")  # a zone of agreement exists at the snapshot
    cfg = ForecastConfig(scenario=scenario.id, runs=300, horizon=180, seed=2, protocol=name)
    s = forecast(cfg, scenario=scenario, workers=1).summary
    assert s["p_deal_by_horizon"] > 0.5, (name, s["p_deal_by_horizon"])
    one = negotiate(scenario, protocol=name, horizon=180, seed=5).to_dict()
    assert one == negotiate(scenario, protocol=name, horizon=180, seed=5).to_dict()
    assert one["outcome"]["deals"] >= 0 and one["steps"]


def test_the_example_of_the_extending_page_passes_the_round_contract(monkeypatch):
    page = Path(__file__).resolve().parents[2] / "docs" / "extending.md"
    section = page.read_text(encoding="utf-8").split("\n## Protocols\n", 1)[1].split("\n## ", 1)[0]
    code, line = re.findall(r"```python\n(.*?)```", section, re.S)
    namespace = {**vars(protocols_module), "np": np, "njit": njit}
    exec(code.replace("cache=True", "cache=False"), namespace)
    entry = eval(line.strip().rstrip(","), namespace)
    assert entry.name == "take_it_or_leave_it" and entry.round is namespace["take_it_or_leave_it"]
    monkeypatch.setitem(PROTOCOLS, entry.name, entry)
    test_a_round_is_well_formed_and_keeps_red_lines_and_fallbacks(entry.name)
    test_a_round_leaves_its_inputs_and_repeats_with_the_seed(entry.name)
