"""Sources named together (issue 9, stop 48): parties that announce together what two others
agreed are the speaker of those parties' positions, as one party reporting another's is; their
own positions they state as themselves. People of one party named together as the subject of a
position ("ministers A and B threatened ...") are its speaker together, not the first of them.
A clause a semicolon sets apart before a reporting verb is not what it reports; the bare name
of a group the holder belongs to ("the mediators urged ...") is no speaker; who only saw a
document did not give it; a party that "answered" is its own source; a name right after a
description is the source; the clause a condition hangs on names who states it. Sentences
written for these tests (no article text)."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.score_speakers import same_speaker
from accord.evidence.types import Document


def claims(text: str) -> dict[tuple[str, str, str], str | None]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-01-15"))
    return {(c.actor, c.issue, c.stance): c.speaker for c in ex.claims}


def test_parties_announcing_together_speak_for_the_parties_they_report() -> None:
    got = claims(
        "Qatar, Egypt and the United States announced that Israel and Hamas have reached "
        "an agreement on a ceasefire."
    )
    assert got[("israel", "ceasefire", "accept")] == "Qatar, Egypt and United States"
    assert got[("hamas", "ceasefire", "accept")] == "Qatar, Egypt and United States"


def test_parties_speaking_together_state_their_own_position_as_themselves() -> None:
    got = claims("Qatar and Egypt urged the two sides to agree to a ceasefire.")
    assert got[("qatar", "ceasefire", "demand")] is None
    assert got[("egypt", "ceasefire", "demand")] is None


def test_people_of_one_party_named_together_are_the_speaker_together() -> None:
    for text in (
        "Ministers Itamar Ben-Gvir and Bezalel Smotrich threatened to quit the government "
        "if the ceasefire deal goes through.",
        "National Security Minister Itamar Ben-Gvir and Finance Minister Bezalel Smotrich "
        "threatened to quit the government over the ceasefire deal.",
    ):
        got = claims(text)
        assert got[("israel", "ceasefire", "reject")] == "Itamar Ben-Gvir and Bezalel Smotrich"


def test_a_clause_set_apart_by_a_semicolon_is_not_the_report() -> None:
    got = claims(
        "The last stage remains a matter of dispute; Hamas officials said their weapons "
        'are "not on the table".'
    )
    assert got[("hamas", "hamas_rule", "reject")] == "Hamas officials"


def test_a_note_in_brackets_after_the_gold_speaker_is_not_part_of_the_name() -> None:
    assert same_speaker("Qatar and Egypt", "Qatar and Egypt (joint statement)")
    assert not same_speaker("Qatar", "Qatar and Egypt (joint statement)")


def test_the_bare_name_of_the_holders_group_is_no_speaker() -> None:
    got = claims("The mediators urged both sides to show flexibility on a ceasefire.")
    assert got[("qatar", "ceasefire", "demand")] is None
    assert got[("egypt", "ceasefire", "demand")] is None


def test_who_only_saw_a_document_did_not_give_it() -> None:
    text = (
        "Witkoff tabled a new proposal on Thursday. The draft provides for a 60-day ceasefire "
        "during which Hamas would free 10 living hostages, according to a copy seen by Levant "
        "Wire."
    )
    got = claims(text)
    assert "Levant Wire" not in set(got.values()), got
    shared = claims(
        "Hamas would free ten hostages a day, according to a copy of the reply shared with the "
        "paper by a source close to the group."
    )
    assert shared[("hamas", "hostage_release", "accept")] == "a source close to the group"


def test_a_party_that_answers_is_its_own_source() -> None:
    got = claims(
        "Israel, according to the White House, signed on. Hamas answered that it was ready to "
        "free the hostages but asked for guarantees that the fighting would not resume."
    )
    assert got[("hamas", "hostage_release", "offer")] is None
    assert got[("hamas", "ceasefire", "demand")] is None


def test_a_name_right_after_a_description_is_the_source() -> None:
    got = claims(
        "Egypt's State Information Service head Diaa Rashwan said Cairo was pressing for a "
        "longer ceasefire."
    )
    assert got[("egypt", "ceasefire", "demand")] == "Diaa Rashwan"


def test_the_clause_a_condition_hangs_on_names_who_asks_for_it() -> None:
    got = claims(
        "Israel's defense minister, Israel Katz, has threatened to cut aid if the remains are "
        "not returned in full."
    )
    assert got[("israel", "bodies_return", "demand")] == "Israel Katz"


def test_a_source_named_by_its_party_pronoun_is_written_with_the_party() -> None:
    ex = extract_document(
        Document(
            name="t.txt",
            text="Hamas rejected the plan on Monday. Its officials say any agreement must "
            "guarantee a permanent ceasefire.",
            published="2024-06-01",
        )
    )
    speakers = {c.speaker for c in ex.claims if c.stance == "demand"}
    assert speakers == {"Hamas's officials"}
