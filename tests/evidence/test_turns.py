"""Transcripts (issue 9, point 4: a speaker in a nearby line): the answers of an interview or a
briefing are their speaker's words. Texts written for these tests, with invented people."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document

from .test_attribution_families import DAY, speakers

INTERVIEW = """Interview: the gap can be bridged

Qatar's foreign ministry spokesman Karim Haddad spoke to us about the state of the talks.

Q: Where do the talks stand?

A: We delivered a new paper to both parties on Monday. We are demanding an immediate \
ceasefire for six weeks.

Q: Will the army pull out?

A: The Israeli side has refused a full withdrawal at this stage.

HADDAD: Let me add that we are ready to guarantee the deal.
"""


def test_the_answers_of_an_interview_are_the_interviewees() -> None:
    got = speakers(INTERVIEW)
    # "we" in an answer is the interviewee's party; the holder named in an answer keeps its
    # position, and the interviewee is the source
    assert got[("qatar", "ceasefire", "demand")] == "Karim Haddad"
    assert got[("israel", "withdrawal", "reject")] == "Karim Haddad"
    # a surname label is the person of the text with that surname
    assert got[("qatar", "security_guarantees", "offer")] == "Karim Haddad"


BRIEFING = """Press briefing, Thursday

MR. VOSS: Good afternoon. Egypt has told us that Hamas accepted the truce proposal.

QUESTION: Does Israel accept it? Will there be a permanent ceasefire?

MR. VOSS: We want a permanent ceasefire and we will keep pushing for it.

QUESTION: And the hostages?

MR. VOSS: Hamas must release all the hostages.

The briefing was given by Daniel Voss, a State Department spokesman.
"""


def test_a_briefing_turn_is_its_speakers_and_a_question_is_nobodys() -> None:
    ex = extract_document(Document(name="t.txt", text=BRIEFING, published=DAY))
    by_key = {(c.actor, c.issue, c.stance): c for c in ex.claims}
    demand = by_key[("united_states", "ceasefire", "demand")]
    assert demand.speaker == "Daniel Voss"
    # the question's words are no claim of the reporter's, nor of the speaker's
    assert not any("Does Israel" in c.evidence.text for c in ex.claims)


def test_one_label_line_is_no_transcript() -> None:
    text = (
        "Photo: Nadia Kerr\n\nHamas said it rejected the ceasefire proposal. "
        "Nadia Kerr: the talks are over, she said.\n\nTel Aviv: crowds gathered."
    )
    from accord.evidence.actors import ActorIndex
    from accord.evidence.turns import transcript_turns

    assert transcript_turns(text, ActorIndex(text)) == []
    assert speakers(text)[("hamas", "ceasefire", "reject")] is None


def test_a_spokesman_of_a_partys_ministry_speaks_for_the_party() -> None:
    got = speakers(
        "Qatar's foreign ministry spokesman Karim Haddad said we are demanding an immediate "
        "ceasefire."
    )
    assert got[("qatar", "ceasefire", "demand")] == "Karim Haddad"


def test_a_question_states_no_position() -> None:
    text = (
        "Will Hamas accept the truce proposal? Does Israel reject a full withdrawal? "
        "Hamas rejected the truce proposal."
    )
    assert set(speakers(text)) == {("hamas", "ceasefire", "reject")}
