"""What a draft does not measure is a wide prior from the frame: some draws have no zone of
agreement at the draft's date, and a draft after a long standstill is calibrated, not refused."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from accord.errors import AccordError
from accord.model import Scenario
from accord.services.draft import REVIEW, draft
from accord.services.draft_frame import Frame, load_frame
from accord.simulate import ForecastConfig, forecast

from .test_draft import DAY, Doc, _items

FRAME = load_frame()


def _narrow(frame: Frame) -> Frame:
    """The same frame with a narrow, low value of no agreement, no dynamics and no possible red
    lines (as drafts were before)."""
    low = {"value": 0.3, "assumption": {"low": 0.25, "high": 0.35, "reason": "test: narrow"}}
    return frame.model_copy(
        update={
            "fallbacks": {"israel": low, "hamas": low},
            "dynamics": {},
            "possible_red_lines": [],
        }
    )


def _fallbacks_only(frame: Frame) -> Frame:
    """The frame without its possible red lines: wide values of no agreement alone."""
    return frame.model_copy(update={"possible_red_lines": []})


def _standstill_draft(frame: Frame) -> Scenario:
    """Invented positions with a zone, and one truce more than 180 days before the draft's date."""
    truce = Doc("truce", "2023-11-30").event(
        "The truce began today.", "ceasefire_start", "2023-11-24"
    )
    return draft([truce.item(), *[it for it in _items() if it.published]], DAY, frame).scenario


def _run(sc: Scenario, calibrate: bool, runs: int = 800):
    return forecast(
        ForecastConfig(runs=runs, horizon=90, seed=2, calibrate=calibrate, chunk_size=400),
        scenario=sc,
        workers=1,
    )


def test_the_frame_states_what_the_evidence_does_not_measure_as_ranged_assumptions() -> None:
    sc = draft(_items(), DAY, FRAME).scenario
    for fb in sc.fallbacks:
        a = fb.utility.assumption
        assert a is not None and a.reason.startswith(REVIEW)
        assert a.high - a.low >= 0.5  # honestly wide: the value of no agreement is not measured
    pressures = sc.dynamics.pressures
    assert {q.target_party for q in pressures} == {"israel", "hamas"}
    for q in pressures:
        rate = q.rate_per_day.assumption
        assert rate is not None and rate.low < 0 <= rate.high and rate.reason.startswith(REVIEW)
        assert q.limit is not None
    assert sc.dynamics.red_line_yield is not None
    # a frame without dynamics drafts none
    assert not _narrow(FRAME).dynamics
    assert not draft(_items(), DAY, _narrow(FRAME)).scenario.dynamics.pressures


def test_a_wide_fallback_prior_gives_some_draws_no_zone_at_the_date() -> None:
    sc = draft(_items(), DAY, _fallbacks_only(FRAME)).scenario
    zone = _run(sc, False, 400).summary["zone"]
    assert 0.0 < zone["at_start"] < 1.0
    narrow = draft(_items(), DAY, _narrow(FRAME)).scenario
    assert _run(narrow, False, 400).summary["zone"]["at_start"] == 1.0


def test_possible_red_lines_are_drafted_where_the_evidence_states_none() -> None:
    sc = draft(_items(), DAY, FRAME).scenario
    lines = {
        (p.party, p.issue): p.possible_red_line.level
        for p in sc.positions
        if p.possible_red_line is not None
    }
    # israel states a red line on the ceasefire ("will never accept"): no possible one there;
    # hamas asks for a pause, short of the frame's possible limit (phased): none either
    assert ("israel", "ceasefire") not in lines and ("hamas", "ceasefire") not in lines
    assert lines[("israel", "withdrawal")] == "partial"
    assert lines[("hamas", "hamas_rule")] == "remains"
    for pos in sc.positions:
        if pos.possible_red_line is not None:
            a = pos.possible_red_line.chance.assumption
            assert a is not None and a.reason.startswith(REVIEW) and a.low < a.high
    # more draws without a zone than with the wide values of no agreement alone
    alone = draft(_items(), DAY, _fallbacks_only(FRAME)).scenario
    with_lines = _run(sc, False, 400).summary["zone"]["at_start"]
    assert 0.0 < with_lines < _run(alone, False, 400).summary["zone"]["at_start"]


def test_a_draft_after_a_long_standstill_is_calibrated_not_refused() -> None:
    sc = _standstill_draft(FRAME)
    assert sc.record is not None and [d.date for d in sc.record.deals] == [dt.date(2023, 11, 24)]
    plain, calibrated = _run(sc, False), _run(sc, True)
    cal = calibrated.summary["calibration"]
    assert cal["applied"] and cal["standstill_days"] == (DAY - dt.date(2023, 11, 24)).days
    assert 0 < cal["runs_kept"] < cal["runs_drawn"] == 800
    assert calibrated.summary["effective_sample_size"] == cal["runs_kept"]
    # the record says no easy zone: values of no agreement moved up, or unstated limits held
    # more often (their draw moved down)
    moved = {m["parameter"]: m for m in cal["moved"]}
    assert any(
        (p.startswith("fallback.") and m["shift"] > 0)
        or (p.startswith("possible_red_line.") and p.endswith(".draw") and m["shift"] < 0)
        for p, m in moved.items()
    )
    for day in (7, 30):
        assert (
            calibrated.summary["curve"][day - 1]["p_deal"]
            < plain.summary["curve"][day - 1]["p_deal"]
        )
    # with a narrow, low prior every draw has a zone and signs during the standstill: refused
    with pytest.raises(AccordError, match="no draw is consistent with the record"):
        _run(_standstill_draft(_narrow(FRAME)), True, 400)


def test_the_frame_s_linkages_keep_packages_nobody_would_table_out_of_a_draft() -> None:
    """A truce, or prisoners freed, with no hostage freed is no package of these talks: the
    frame's linkages go into every draft, and no candidate package of its forecast breaks them."""
    from accord.analysis import compile_scenario
    from accord.analysis.linkage import coherent_mask

    sc = draft(_items(), DAY, FRAME).scenario
    assert {lk.id for lk in sc.linkages} == {"truce_frees_hostages", "prisoners_for_hostages"}
    c = compile_scenario(sc)
    ok = coherent_mask(c)
    issues = {iid: j for j, iid in enumerate(c.issue_ids)}
    grid = np.array(np.unravel_index(np.arange(ok.size), tuple(g.size for g in c.grids))).T
    no_hostage = grid[:, issues["hostage_release"]] == 0
    truce = grid[:, issues["ceasefire"]] > 0  # pause, phased or permanent
    freed = grid[:, issues["prisoner_release"]] > 0
    assert not ok[no_hostage & (truce | freed)].any()
    assert ok[~no_hostage & truce & freed].any()
    unlinked = draft(_items(), DAY, FRAME.model_copy(update={"linkages": []})).scenario
    assert unlinked.linkages == [] and coherent_mask(compile_scenario(unlinked)).all()
