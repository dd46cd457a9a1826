"""A package judged against what one side requires ("fell short of its demands", "far from its
requirements", "did not meet its conditions") is rejected by the judge (sentences written for
these tests, no article text)."""

from __future__ import annotations

import pytest

from .test_claim_paraphrase import claims


@pytest.mark.parametrize(
    "text",
    [
        "Israel said the proposal fell short of its demands.",
        "Israel said the proposal was far from its necessary requirements.",
        "Israel said the response did not meet its conditions.",
        "Israel said the response falls well short of its basic requirements.",
    ],
)
def test_a_package_judged_short_of_requirements_is_rejected(text: str) -> None:
    assert ("israel", "ceasefire", "reject") in claims(text)


def test_falling_short_of_something_else_is_no_rejection() -> None:
    got = claims("Israel said the number of aid trucks fell short of last year's figure.")
    assert not any(k[0] == "israel" and k[2] == "reject" for k in got)
