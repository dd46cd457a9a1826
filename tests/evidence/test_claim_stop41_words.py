"""Words of the issue lexicon added in stop 41 (data/lexicon.yaml), each on a sentence written
for these tests: the held "coming out" is their release."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def test_the_held_coming_out_are_released() -> None:
    text = (
        "Israel and Hamas agreed on Wednesday to a truce. The hostages are to come out in stages."
    )
    ex = extract_document(Document(name="t.txt", text=text, published="2025-01-16"))
    assert ("hamas", "hostage_release", "accept") in {
        (c.actor, c.issue, c.stance) for c in ex.claims
    }
