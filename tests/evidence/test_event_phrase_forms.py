"""A multi-word verb takes its head verb's irregular forms ("came home" of "come home", "went
free" of "go free"), so a release told with them is found (sentences written for these tests,
no article text)."""

from __future__ import annotations

import pytest

from accord.evidence import vocab
from accord.evidence.extract import extract_document
from accord.evidence.types import Document


@pytest.mark.parametrize(
    ("lemma", "form"),
    [("come home", "came home"), ("go free", "went free"), ("go into", "went into")],
)
def test_a_phrase_takes_its_head_verbs_irregular_forms(lemma: str, form: str) -> None:
    assert form in vocab.verb_forms(lemma)


def test_regular_phrases_keep_their_forms() -> None:
    assert "walked free" in vocab.verb_forms("walk free")
    assert "handed over" in vocab.verb_forms("hand over")


@pytest.mark.parametrize(
    "text",
    [
        "The last 20 living captives came home on Monday.",
        "Some 1,900 prisoners went free on Monday under the exchange.",
    ],
)
def test_a_release_told_with_an_irregular_phrase(text: str) -> None:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-10-14"))
    assert [e.type for e in ex.events] == ["release"]
