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
