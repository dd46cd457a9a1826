"""A package named again by a definite noun long after it was tabled ("Under the proposal,
...") is the same package: its terms are offered by whoever tabled it (issue 9, claims recall,
the discourse of a long article). Invented sentences."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document

FILLER = " ".join(f"The weather in the capital was mild on day {n}." for n in range(1, 15))


def claims(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-03"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


def test_under_the_proposal_long_after_takes_its_tabler() -> None:
    got = claims(
        "Egypt presented a proposal for a truce on Monday. "
        + FILLER
        + " Under the proposal, Israel would free 100 prisoners."
    )
    assert ("egypt", "prisoner_release", "offer") in got


def test_a_proposal_never_tabled_gives_no_tabler() -> None:
    got = claims(FILLER + " Under the proposal, Israel would free 100 prisoners.")
    assert ("egypt", "prisoner_release", "offer") not in got
