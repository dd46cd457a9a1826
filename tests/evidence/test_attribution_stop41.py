"""Attribution faults found on blind sets in stop 41, on sentences written for these tests.

A source is the words before its cue: when the parser hangs words after the verb on the
subject (a list of terms "in apposition" to "officials"), the source is still only the
unbroken phrase around its head, never the sentence."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document

DAY = "2024-08-20"


@pytest.mark.parametrize(
    "text",
    [
        "Hamas turned the paper down on Monday.\n\n- Its officials say they are ready to free "
        "all remaining hostages in a single stage in exchange for an agreed number of "
        "prisoners, a full withdrawal and a permanent ceasefire.",
        "Hamas dismissed the new text on Sunday. Its leaders insist on what they insisted on "
        "in July: a complete end to the fighting, a full withdrawal of Israeli forces and the "
        "return of displaced families to the north.",
    ],
)
def test_a_source_stops_at_its_verb(text: str) -> None:
    ex = extract_document(Document(name="t.txt", text=text, published=DAY))
    demands = [c for c in ex.claims if c.actor == "hamas" and c.stance == "demand"]
    assert demands, ex.claims
    for c in demands:
        assert c.speaker is None or len(c.speaker.split()) <= 3, c.speaker


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        (
            # a verb of saying after a subject with an apposition, parsed as a participle
            "Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, announced in "
            "Doha last night that Israel and Hamas had agreed a ceasefire and hostage exchange.",
            ("hamas", "ceasefire", "accept"),
            "Mohammed bin Abdulrahman Al Thani",
        ),
        (
            # "repeated that": a report (not "repeated its demand", a stance)
            "Hamas official Osama Hamdan, speaking in Beirut, repeated that the group would not "
            "release the remaining hostages unless Israel agreed to a complete ceasefire.",
            ("hamas", "ceasefire", "demand"),
            "Osama Hamdan",
        ),
    ],
)
def test_sources_of_reports_the_parser_or_the_cue_list_hid(
    text: str, key: tuple[str, str, str], speaker: str
) -> None:
    ex = extract_document(Document(name="t.txt", text=text, published=DAY))
    got = {(c.actor, c.issue, c.stance): c.speaker for c in ex.claims}
    assert key in got, got
    assert got[key] == speaker, got
