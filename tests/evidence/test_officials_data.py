"""Officials in data/actors.yaml speak for their party, and a title with its term bounds the
publication date (issue 9: attribution on news that names officials the articles did not)."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.gazetteer import Gazetteer
from accord.evidence.types import Document


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # no party named: the holder is the party the official speaks for
        (
            "Hossam Badran said they would not accept a temporary truce.",
            ("hamas", "ceasefire", "reject", "Hossam Badran"),
        ),
        (
            "Mahmoud Mardawi rejected the proposal for a temporary truce.",
            ("hamas", "ceasefire", "reject", "Mahmoud Mardawi"),
        ),
        (
            "Karoline Leavitt demanded the release of all hostages.",
            ("united_states", "hostage_release", "demand", "Karoline Leavitt"),
        ),
    ],
)
def test_a_listed_official_speaks_for_the_party(text: str, want: tuple[str, str, str, str]) -> None:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-02-03"))
    assert want in [(c.actor, c.issue, c.stance, c.speaker) for c in ex.claims]


def test_a_title_with_its_term_bounds_an_undated_text() -> None:
    ex = extract_document(
        Document(name="t.txt", text="Defense Secretary Pete Hegseth said the talks went on.")
    )
    assert ex.published.date is None
    assert ex.published.earliest is not None and ex.published.earliest >= "2025-01-25"


def test_no_listed_surname_is_also_a_listed_first_name() -> None:
    # a bare surname is read as the official, so "Alon Shafriz" must not become "Nitzan Alon"
    gaz = Gazetteer.shared()
    surnames = {o.name.split()[-1] for o in gaz.officials}
    firsts = {o.name.split()[0] for o in gaz.officials}
    assert not surnames & firsts
