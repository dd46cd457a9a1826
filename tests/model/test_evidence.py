"""Provenance of numbers: every value cites a source span or states an assumption."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from accord.model import Assumption, Evidenced, SourceRef, assumed
from accord.model.extraction import Count, Span

REF = {"doc": "004.txt", "start": 10, "end": 15, "quote": "Hamas"}


def test_a_number_without_sources_or_assumption_is_rejected():
    with pytest.raises(ValidationError, match="a number needs evidence"):
        Evidenced(value=0.3)


def test_a_number_with_a_source_only_is_accepted_and_not_an_assumption():
    e = Evidenced(value=24, sources=[SourceRef(**REF)])
    assert not e.is_assumption
    assert (e.low, e.high) == (24, 24)


def test_a_number_with_an_assumption_only_is_accepted_and_carries_its_range():
    e = assumed(0.3, 0.2, 0.4, "no figure given")
    assert e.is_assumption
    assert (e.low, e.value, e.high) == (0.2, 0.3, 0.4)


@pytest.mark.parametrize("value", [0.19, 0.41, -1.0, 100.0])
def test_a_value_outside_its_assumption_range_is_rejected(value):
    with pytest.raises(ValidationError, match="outside its assumption range"):
        assumed(value, 0.2, 0.4, "no figure given")


def test_the_range_ends_are_inside_the_range():
    assert assumed(0.2, 0.2, 0.4, "edge").value == 0.2
    assert assumed(0.4, 0.2, 0.4, "edge").value == 0.4


def test_an_assumption_with_low_above_high_is_rejected():
    with pytest.raises(ValidationError, match=r"low \(0.5\) is above high \(0.1\)"):
        Assumption(low=0.5, high=0.1, reason="backwards")


def test_an_assumption_needs_a_reason():
    with pytest.raises(ValidationError, match="reason"):
        Assumption(low=0.1, high=0.5, reason="")


@settings(max_examples=50, deadline=None)
@given(
    lo=st.floats(-10, 10),
    width=st.floats(0, 10),
    x=st.floats(-100, 100),
)
def test_with_value_stays_inside_the_assumption_range(lo, width, x):
    e = assumed(lo, lo, lo + width, "random range")
    moved = e.with_value(x)
    assert e.low <= moved.value <= e.high
    assert moved.assumption == e.assumption


class TestSourceRef:
    def test_a_span_matching_its_quote_length_is_accepted(self):
        ref = SourceRef(**REF)
        assert ref.end - ref.start == len(ref.quote)

    def test_end_must_be_after_start(self):
        with pytest.raises(ValidationError, match=r"end \(10\) must be greater than start \(10\)"):
            SourceRef(doc="d.txt", start=10, end=10, quote="x")

    def test_end_before_start_is_rejected(self):
        with pytest.raises(ValidationError, match="must be greater than start"):
            SourceRef(doc="d.txt", start=20, end=10, quote="x" * 10)

    def test_a_span_whose_length_differs_from_the_quote_says_the_right_end(self):
        with pytest.raises(ValidationError, match="end should be 15"):
            SourceRef(doc="d.txt", start=10, end=16, quote="Hamas")

    def test_negative_offsets_are_rejected(self):
        with pytest.raises(ValidationError, match="start"):
            SourceRef(doc="d.txt", start=-1, end=4, quote="Hamas")

    def test_an_empty_quote_is_rejected(self):
        with pytest.raises(ValidationError, match="quote"):
            SourceRef(doc="d.txt", start=0, end=1, quote="")


@pytest.mark.parametrize(
    ("model", "data"),
    [
        (SourceRef, {**REF, "page": 3}),
        (Assumption, {"low": 0, "high": 1, "reason": "why", "confidence": 0.9}),
        (
            Evidenced,
            {"value": 1, "assumption": {"low": 0, "high": 1, "reason": "why"}, "sorces": []},
        ),
    ],
)
def test_unknown_keys_are_rejected(model, data):
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        model.model_validate(data)


def test_model_objects_are_immutable():
    e = assumed(0.3, 0.2, 0.4, "frozen")
    with pytest.raises(ValidationError):
        e.value = 0.35  # type: ignore[misc]


@pytest.mark.parametrize(
    ("qualifier", "mode", "shown"),
    [
        ("people released", "actual", "people released"),
        ("people released", "planned", "people released (planned)"),
        ("people released (proposed)", "planned", "people released (proposed)"),
        ("people released (planned)", "planned", "people released (planned)"),
        (
            "held (living and dead not separated)",
            "planned",
            "held (living and dead not separated) (planned)",
        ),
    ],
)
def test_a_ledger_entry_names_the_figures_mode_once(qualifier, mode, shown):
    span = Span(doc="a.txt", start=0, end=2, quote="33")
    count = Count("hostages_released", 33, False, None, qualifier, span, mode=mode)
    assert count.ledger_entry(dt.date(2024, 1, 1)).qualifier == shown
