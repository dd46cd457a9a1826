"""A plural's possessive inside a name ("the Valerian Prisoners' Club") is part of the name, with
a straight or a curly apostrophe: the speaker was cut to "Valerian Prisoners". Invented texts."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


@pytest.mark.parametrize("mark", ["'", "’"])
def test_a_plurals_possessive_stays_in_the_name(mark: str) -> None:
    text = (
        f"Release\n\nThe Valerian Prisoners{mark} Society says 200 were released today, "
        "121 of them serving life sentences.\n"
    )
    ex = extract_document(Document("a.txt", text))
    assert [q.speaker for q in ex.quotes] == ["Valerian Prisoners' Society"]


def test_a_plurals_possessive_before_a_common_noun_is_no_name() -> None:
    ex = extract_document(
        Document("a.txt", "x\n\nThe families' forum said the talks had failed.\n")
    )
    assert [(q.speaker, q.actor) for q in ex.quotes] == [(None, "hostage_families")]
