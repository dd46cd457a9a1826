"""Fuzzing scenario files: whatever the shape, accord answers or refuses, never a traceback."""

from __future__ import annotations

from hostile_fuzz import BASE, mutated_texts, run_pipeline, to_yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def test_the_base_scenario_is_valid_and_analysed() -> None:
    assert run_pipeline(to_yaml(BASE)) == "analysed"


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated_texts())
def test_no_scenario_shape_escapes_as_a_traceback(text: str) -> None:
    assert run_pipeline(text) in ("analysed", "validated", "refused")


YAML_ALPHABET = st.sampled_from(
    list("{}[]:,-?&*!|>'\"#%@` \n\tabc01.")
    + ["\x00", "\ufeff", "\u2028", "&a ", "*a", "!!str ", "<<: "]
)


@settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.lists(YAML_ALPHABET, max_size=120).map("".join))
def test_random_yaml_text_is_answered_or_refused(text: str) -> None:
    assert run_pipeline(text) in ("analysed", "validated", "refused")
