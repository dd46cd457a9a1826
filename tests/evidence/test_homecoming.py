"""A party whose one concern is its own people asks for them to come home with no word of the
issue (issue 9: positions in the news; ``homecoming`` and ``dead_issue_of`` in the package's
data). Invented sentences."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-02-03"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


FAMILIES = "the Hostages and Missing Families Forum said"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (f'"Get every last one of them back," {FAMILIES}.', {"hostage_release"}),
        (
            f'"We will keep marching until the last of them is home," {FAMILIES}.',
            {"hostage_release"},
        ),
        (f'"No deal may leave a single person behind," {FAMILIES}.', {"hostage_release"}),
        (
            f'"We will keep marching until the fallen are brought home for burial," {FAMILIES}.',
            {"bodies_return"},
        ),
        (
            f'"Bring them home, the living and the fallen alike," {FAMILIES}.',
            {"hostage_release", "bodies_return"},
        ),
    ],
)
def test_asking_for_ones_people_home_is_a_demand(text: str, want: set[str]) -> None:
    got = {i for a, i, s in claims(text) if a == "hostage_families" and s == "demand"}
    assert want <= got


@pytest.mark.parametrize(
    "text",
    [
        f'"Two of them came home last night," {FAMILIES}.',
        f'"Noa is home at last," {FAMILIES}.',
        f'"They left the others behind," {FAMILIES}.',
        f'"We never go back on our word," {FAMILIES}.',
    ],
)
def test_a_homecoming_reported_or_denied_asks_for_nothing(text: str) -> None:
    got = {i for a, i, s in claims(text) if a == "hostage_families" and s == "demand"}
    assert not got & {"hostage_release", "bodies_return"}


def test_a_party_with_no_single_concern_states_no_homecoming_demand() -> None:
    assert not claims('"Bring them home," Qatar\'s foreign ministry said.') & {
        ("qatar", "hostage_release", "demand")
    }
