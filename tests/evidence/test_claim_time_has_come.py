"""A deontic judgement of the moment ("it is time to", "the time has come for") asks for what
it names (sentences written for these tests, no article text)."""

from __future__ import annotations

import pytest

from .test_claim_paraphrase import claims


@pytest.mark.parametrize(
    "text",
    [
        "Qatar said the time has come to reach a ceasefire.",
        "Qatar said it is time for a ceasefire.",
        "“It is high time to reach a ceasefire,” Qatar said.",
        "Qatar said now is the time to secure a ceasefire.",
    ],
)
def test_the_time_has_come_for_x_asks_for_x(text: str) -> None:
    assert ("qatar", "ceasefire", "demand") in claims(text)


def test_time_as_a_noun_of_duration_asks_nothing() -> None:
    got = claims("Qatar said the talks took time.")
    assert not any(k[0] == "qatar" and k[2] == "demand" for k in got)
