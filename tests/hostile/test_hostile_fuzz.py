"""Fuzzing scenario files: whatever the shape, accord answers or refuses, never a traceback."""

from __future__ import annotations

from hostile_fuzz import BASE, mutated_texts, run_pipeline, to_yaml
from hypothesis import HealthCheck, given, settings


def test_the_base_scenario_is_valid_and_analysed() -> None:
    assert run_pipeline(to_yaml(BASE)) == "analysed"


@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated_texts())
def test_no_scenario_shape_escapes_as_a_traceback(text: str) -> None:
    assert run_pipeline(text) in ("analysed", "validated", "refused")
