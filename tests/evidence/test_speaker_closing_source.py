"""The source that closes a sentence after a list ("..., and half of the remains, a diplomat
briefed on the talks said") is the speaker, not the list's last item the parser takes for the
verb's subject (issue 9, stop 47); a verb of signalling reports what follows it. Sentences
written for these tests (no article text)."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.nlp import parse_selected
from accord.evidence.types import Document


def speakers(text: str) -> set[str | None]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-03-14"))
    return {c.speaker for c in ex.claims}


def test_the_closing_source_after_a_list_speaks() -> None:
    text = (
        "Qatar had proposed that the truce be extended in exchange for eight hostages, "
        "Ana Vale among them, and half of the remains, a diplomat briefed on the talks said."
    )
    (doc,) = parse_selected([text], lambda s: True)
    said = next(t for t in doc if t.text == "said")
    subjects = [c.text for c in said.children if c.dep_ == "nsubj"]
    assert subjects == ["diplomat"], subjects
    assert speakers(text) == {"a diplomat briefed on the talks"}


def test_a_source_named_before_its_apposition_keeps_the_name() -> None:
    text = "Hazem Qassem, a spokesman for the group, said Hamas rejected the plan."
    (doc,) = parse_selected([text], lambda s: True)
    said = next(t for t in doc if t.text == "said")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["Qassem"]


def test_officials_who_signal_a_position_state_it() -> None:
    got = speakers(
        "Israeli officials signalled they would resume the offensive if releases stopped."
    )
    assert got == {"Israeli officials"}, got


def test_the_prime_ministers_office_by_its_initials_speaks_as_itself() -> None:
    got = speakers('"There will be no truce without our people," the PMO said in a statement.')
    assert got == {"PMO"}, got
