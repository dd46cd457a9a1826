"""A wire dateline's place in capitals ("TOWN AL-NAME, Region (Agency) — ") is no person: it
was read as the speaker of the sentence after it, and that sentence's party lost its
statement. Invented texts."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.names import proper_names
from accord.evidence.nlp import nlp
from accord.evidence.types import Document

BODY = (
    "Hamas said Friday that the hostages held in Gaza will not be returned until Israel "
    "stops its offensive and pulls its forces out.\n"
)


@pytest.mark.parametrize(
    "dateline",
    [
        "KAFR AL-MADINA, Gaza Strip (AP) — ",
        "KAFR AL-MADINA, Gaza Strip — ",
        "WADI NAHR (Reuters) - ",
        "WADI NAHR, March 3 (Wire) – ",
    ],
)
def test_a_datelines_place_is_no_speaker(dateline: str) -> None:
    ex = extract_document(Document("a.txt", "Talks\n\n" + dateline + BODY))
    assert ex.claims
    assert {c.speaker for c in ex.claims} == {None}
    assert [q.actor for q in ex.quotes] == ["hamas"]


def test_a_name_in_capitals_inside_a_line_is_still_a_person() -> None:
    doc = nlp()("Talks\n\nThe minister, JOHN ALDERTON, said on Friday the talks would go on.")
    kinds = {n.text: n.kind for n in proper_names(doc)}
    assert kinds.get("JOHN ALDERTON") == "person"


def test_a_dateline_in_ordinary_capitals_needs_its_date_or_agency() -> None:
    ex = extract_document(
        Document(
            "a.txt",
            "Statement\n\nAlder Vale, 2 March 2025 - The families' forum calls on the "
            "government not to abandon the agreement.\n",
        )
    )
    assert "Alder Vale" not in {q.speaker for q in ex.quotes}
    ex = extract_document(
        Document(
            "a.txt",
            "Talks\n\nBenjamin Netanyahu, the prime minister — said on Sunday that Israel "
            "would not end the war.\n",
        )
    )
    assert {q.speaker for q in ex.quotes} == {"Benjamin Netanyahu"}


@pytest.mark.parametrize(
    "byline",
    ["Posted on June 12, 2024 by Sentinel Staff", "Posted by Desk Editor", "By Anna Varga"],
)
def test_a_byline_is_no_statement(byline: str) -> None:
    text = f"Talks resume\n\n{byline}\n\nHamas said on Friday it rejected the proposal.\n"
    ex = extract_document(Document("a.txt", text))
    assert [(q.speaker, q.actor) for q in ex.quotes] == [(None, "hamas")]
