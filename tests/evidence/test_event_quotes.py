"""Events and quotations read on the whole text (invented sentences).

A sentence that opens inside a quotation of several sentences has its closing mark first: read
alone, a straight mark (") there would open a quote over the narrator's words and leave the
quoted ones bare. The quotations are read once on the whole text
(:func:`accord.evidence.quote_marks.quotes_over`), for the speakers and the events alike.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from accord.evidence.event_clauses import own_act
from accord.evidence.event_context import written_quote
from accord.evidence.extract import extract_document
from accord.evidence.nlp import nlp
from accord.evidence.quote_marks import quotes_over, sentence_quotes
from accord.evidence.types import Document

STRAIGHT = '"'
CURLY = ("“", "”")


def places(text: str) -> list[tuple[str, str | None]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-02-10"))
    return sorted(((e.type, e.location) for e in ex.events), key=str)


def quoted(marks: str) -> tuple[str, str]:
    return (STRAIGHT, STRAIGHT) if marks == "straight" else CURLY


def sentence(text: str, words: str) -> SimpleNamespace:
    start = text.index(words)
    return SimpleNamespace(start_char=start, end_char=start + len(words), text=words)


@pytest.mark.parametrize("marks", ["straight", "curly"])
def test_the_narrator_after_a_quote_of_several_sentences_is_read(marks: str) -> None:
    o, c = quoted(marks)
    text = (
        "The minister spoke on Sunday. "
        f"{o}Nobody wants another round of this. We refuse to hold talks in Vienna again,{c} "
        "the minister said, as envoys held talks in Paris on Saturday."
    )
    assert places(text) == [("talks", "Paris")]


@pytest.mark.parametrize("marks", ["straight", "curly"])
def test_the_narrator_after_a_quote_of_one_sentence_is_read(marks: str) -> None:
    o, c = quoted(marks)
    text = (
        f"{o}We refuse to hold talks in Vienna again,{c} the minister said, as envoys held "
        "talks in Paris on Saturday."
    )
    assert places(text) == [("talks", "Paris")]


@pytest.mark.parametrize("apostrophe", ["'", "’"])
@pytest.mark.parametrize("marks", ["straight", "curly"])
def test_an_apostrophe_in_the_quote_opens_nothing(marks: str, apostrophe: str) -> None:
    o, c = quoted(marks)
    text = (
        f"The envoy spoke late. {o}Nothing moved. The group{apostrophe}s envoys refuse to hold "
        f"talks in Vienna again,{c} the minister said, as envoys held talks in Paris on Saturday."
    )
    assert places(text) == [("talks", "Paris")]


@pytest.mark.parametrize("marks", ["straight", "curly"])
def test_a_quote_without_happenings_hides_none_after_it(marks: str) -> None:
    o, c = quoted(marks)
    text = (
        f"{o}We are tired. We want this over,{c} the minister said. "
        "Envoys met in Paris on Saturday for talks."
    )
    assert ("talks", "Paris") in places(text)


def test_the_spans_are_the_whole_quotation_over_a_sentence() -> None:
    text = 'He spoke. "We met. We left," he said. Then he went home.'
    second = sentence(text, 'We left," he said.')
    whole = text.index('"'), text.index('," he') + 2
    assert quotes_over(second, text) == [whole]
    assert sentence_quotes(second, text) == [(0, len('We left,"'))]
    assert quotes_over(sentence(text, "Then he went home."), text) == []


def test_a_sentence_read_apart_from_its_text_has_its_own_quotes() -> None:
    alone = SimpleNamespace(start_char=5, end_char=20, text='"We met," he said')
    assert quotes_over(alone, "nothing of it here at all") == [(5, 5 + len('"We met,"'))]


# in a quotation, the speaker's side telling its own act under way reports a happening


@pytest.mark.parametrize(
    "text",
    [
        "The envoy spoke on Sunday, stating, “This changes nothing. We are actively working to "
        "secure a truce across the region.”",
        "The envoy spoke on Sunday, stating, “This changes nothing. We are holding talks with "
        "both sides in Vienna.”",
        "The envoy spoke on Sunday, stating, “This changes nothing. We held talks with both "
        "sides in Vienna.”",
    ],
)
def test_the_speakers_own_act_in_a_later_sentence_of_a_quote_is_an_event(text: str) -> None:
    assert [t for t, _ in places(text)] == ["talks"]


@pytest.mark.parametrize(
    "text",
    [
        "The envoy spoke on Sunday, stating, “This changes nothing. They are holding talks with "
        "both sides in Vienna.”",
        "The envoy spoke on Sunday, stating, “This changes nothing. We want talks with both "
        "sides in Vienna.”",
    ],
)
def test_others_acts_and_wishes_in_a_quote_are_none(text: str) -> None:
    assert places(text) == []


def test_own_act_reads_an_object_noun_at_its_verb() -> None:
    doc = nlp()("We are holding talks with them.")
    talks = next(t for t in doc if t.lower_ == "talks")
    assert own_act(talks)


# a quotation from a written statement is its issuer's record: its happenings are events


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ('"Borduria thanks the envoys for their efforts," the statement added.', True),
        ('The office said in a statement: "Borduria thanks the envoys for their efforts."', True),
        ('"Borduria thanks the envoys for their efforts," the minister added.', False),
        ('"Borduria thanks the envoys." The statement came late.', False),
    ],
)
def test_a_written_quote_is_one_its_text_names(text: str, written: bool) -> None:
    start = text.index('"')
    end = text.index('"', start + 1) + 1
    assert written_quote(text, start, end) is written


def test_a_statements_quote_of_several_sentences_reports_its_happenings() -> None:
    text = (
        '"Borduria welcomes the talks in Vell that ended the siege. It thanks the envoys of '
        'Ruritania for their efforts in reaching this accord," the statement added.'
    )
    assert ("talks", "Vell") in places(text)
    spoken = text.replace("the statement added", "the minister added")
    assert places(spoken) == []


# a straight mark opens a quote only before a word: one at the end of a line closes a quote
# whose opening mark the text dropped, and opens nothing over the paragraphs after it


def test_a_closing_mark_without_its_opening_hides_nothing_after_it() -> None:
    text = (
        'The minister said the offer stood. We will stay until the end."\n'
        "Envoys held talks in Paris on Saturday."
    )
    assert quotes_over(sentence(text, "Envoys held talks in Paris on Saturday."), text) == []
    assert ("talks", "Paris") in places(text)


def test_a_sentence_inside_a_quote_is_no_reported_speech_of_its_own() -> None:
    text = (
        "The commander spoke on Monday. “We waited for the right moment. Reaching the harbour "
        "was very hard,” said the commander."
    )
    ex = extract_document(Document(name="t.txt", text=text, published="2025-02-10"))
    assert [q.direct for q in ex.quotes if "harbour" in q.text] == [True]
