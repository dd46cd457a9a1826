"""A clause opened inside a quotation mark ('... keep protesting "until the last one walks
through the door"') is read as without it: the offset where a word starts is that word's, not
the end of the quotation mark set right before it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.holders import token_at
from accord.evidence.nlp import nlp
from accord.evidence.types import Document


def test_an_offset_where_a_word_starts_is_that_word() -> None:
    doc = nlp()('They said "until the end" and (then) left.')
    sent = next(iter(doc.sents))
    assert token_at(sent, doc.text.index("until")).text == "until"
    assert token_at(sent, doc.text.index("then")).text == "then"
    assert token_at(sent, doc.text.index(" and")).text == '"'  # just after a word: still it


@pytest.mark.parametrize("quote", ['"', ""])
def test_an_effort_kept_up_until_x_asks_for_x_quoted_or_not(quote: str) -> None:
    text = (
        "Families of the captives said they welcomed the deal but would keep protesting "
        f"{quote}until the last hostage walks through the door.{quote}"
    )
    ex = extract_document(Document(name="t.txt", text=text, published="2024-08-20"))
    got = {(c.actor, c.issue, c.stance) for c in ex.claims}
    assert ("hostage_families", "hostage_release", "demand") in got, got
    assert ("hostage_families", "hostage_release", "condition") not in got, got
