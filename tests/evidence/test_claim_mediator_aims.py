"""A deal a mediator calls possible, achievable or close, with no condition, is its stated
aim: a demand of the package issue (issue 9, stop 43; the shared annotation scheme), on
sentences written for these tests (no article text). A party saying so, a deal close to
collapse, or a deal denied states no such aim."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-08-20"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ('"We believe an agreement is absolutely achievable," Blinken said.', "united_states"),
        ("Blinken says a deal is still possible.", "united_states"),
        ("Qatar's prime minister said a deal was close.", "qatar"),
        ('The White House keeps saying a deal is "closer than ever".', "united_states"),
    ],
)
def test_a_deal_a_mediator_calls_possible_is_its_demand(text: str, actor: str) -> None:
    assert (actor, "ceasefire", "demand") in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Blinken said the deal was close to collapse.",
        "Netanyahu said a deal was possible.",
        "Blinken said the deal was not possible.",
    ],
)
def test_no_aim_from_a_party_a_collapse_or_a_denial(text: str) -> None:
    got = claims(text)
    assert ("united_states", "ceasefire", "demand") not in got, got
    assert ("israel", "ceasefire", "demand") not in got, got
