"""Packages read in more of the ways news sets them out (issue 9, stop 52): a package put to a
party whose "to" the parse hangs on the object, a pronoun after a firm verb standing for a
package named earlier in the sentence, a report in a later conjunct that does not state the
clause before it, and a package's terms listed below a lead-in that names no owner.
Sentences written for these tests (no article text)."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Claim, Document


def claims(text: str) -> list[Claim]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-05-30"))
    return ex.claims


def stances(text: str) -> set[tuple[str, str, str]]:
    return {(c.actor, c.issue, c.stance) for c in claims(text)}


def test_a_package_put_to_a_party_is_offered() -> None:
    got = stances("U.S. envoy Steve Witkoff has put a new ceasefire framework to Hamas.")
    assert ("united_states", "ceasefire", "offer") in got


def test_putting_an_end_to_talks_tables_nothing() -> None:
    got = stances("The mediators put an end to the talks on Monday.")
    assert not {c for c in got if c[2] == "offer"}


def test_a_report_in_a_later_conjunct_does_not_state_the_clause_before() -> None:
    text = (
        "U.S. envoy Steve Witkoff has put a new ceasefire framework to Hamas, and the White "
        "House said on Thursday that Israel had signed off on it before it was sent."
    )
    got = {(c.actor, c.issue, c.stance): c.speaker for c in claims(text)}
    assert got[("united_states", "ceasefire", "offer")] == "Steve Witkoff"
    # "it": the package named before the pronoun, accepted by the party that signed off
    assert got[("israel", "ceasefire", "accept")] == "White House"


def test_one_subject_keeps_its_report() -> None:
    text = (
        "President Joe Biden on Friday laid out what he called an Israeli proposal to end the "
        "fighting, and urged Hamas to take it."
    )
    got = {(c.actor, c.issue, c.stance): c.speaker for c in claims(text)}
    assert got[("united_states", "ceasefire", "offer")] == "Joe Biden"


_LISTED = (
    "U.S. envoy Steve Witkoff has put a new ceasefire framework to Hamas, and the White House "
    "said on Thursday that Israel had signed off on it. Here is what the text contains:\n\n"
    "* A 60-day ceasefire.\n"
    "* Hamas would free 10 living hostages and hand over the bodies of 18 others.\n"
    "* In return, Israel would release 125 prisoners serving life sentences.\n"
)


def test_terms_below_a_lead_in_are_the_package_owner_s_offers() -> None:
    got = claims(_LISTED)
    lines = [c for c in got if c.evidence.text.startswith("*")]
    assert {(c.actor, c.issue, c.stance) for c in lines} >= {
        ("united_states", "ceasefire", "offer"),
        ("united_states", "hostage_release", "offer"),
        ("united_states", "prisoner_release", "offer"),
    }
    # who put the package forward states its terms, not the later report's source
    assert {c.speaker for c in lines} == {"Steve Witkoff"}
    # a line read alone does not make the party it names offer the term
    assert ("israel", "prisoner_release", "offer") not in {
        (c.actor, c.issue, c.stance) for c in lines
    }
    # nor does the lead-in read with the lines as one sentence give the terms to others
    lead = [c for c in got if c.evidence.text.startswith("Here is")]
    assert all(c.actor == "united_states" for c in lead)


def test_a_verb_is_no_package_noun_of_a_lead_in() -> None:
    text = (
        "On May 31, President Joe Biden went before cameras at the White House to outline what "
        "he called an Israeli proposal to end the war.\n\n"
        "The plan in brief\n\n"
        "- A full and complete ceasefire.\n"
        "- Aid trucks per day: 600.\n"
    )
    lines = [c for c in claims(text) if c.evidence.text.startswith("-")]
    assert ("israel", "ceasefire", "offer") in {(c.actor, c.issue, c.stance) for c in lines}
    assert "united_states" not in {c.actor for c in lines}


def test_a_party_s_own_report_below_the_terms_is_no_term() -> None:
    text = (
        "President Joe Biden on Friday laid out what he called an Israeli proposal to end the "
        "war.\n\n"
        "- A full and complete ceasefire.\n"
        "- Aid trucks per day: 600.\n"
        "- Hamas: the group said it regards the proposal positively and wants a full "
        "withdrawal.\n"
    )
    report = [c for c in claims(text) if c.evidence.text.startswith("- Hamas")]
    assert "israel" not in {c.actor for c in report}


def test_a_colon_after_a_report_spells_out_what_is_reported() -> None:
    text = (
        "Senior Hamas official Osama Hamdan said the raid would not change the movement's "
        "stance: any deal must include a permanent ceasefire and a full withdrawal."
    )
    got = {(c.actor, c.issue, c.stance): c.speaker for c in claims(text)}
    assert got[("hamas", "ceasefire", "demand")] == "Osama Hamdan"
    assert got[("hamas", "withdrawal", "demand")] == "Osama Hamdan"


def test_amendments_to_another_s_package_table_no_package() -> None:
    got = stances("Hamas submitted its amendments to the 60-day truce plan on Thursday.")
    assert ("hamas", "ceasefire", "offer") not in got
    # a package put to someone is still tabled
    got = stances("Qatar submitted a new truce plan to the two sides on Thursday.")
    assert ("qatar", "ceasefire", "offer") in got


def test_unnamed_sources_tell_what_a_named_person_would_do() -> None:
    # what he "would" do is the sources' account; what he was doing (threatening) his own
    text = (
        "A U.S. official said Steve Witkoff would travel to the region this week to push for "
        "an extension of the truce."
    )
    got = {(c.actor, c.issue, c.stance): c.speaker for c in claims(text)}
    assert got[("united_states", "ceasefire", "demand")] == "a U.S. official"


def test_the_families_forum_under_other_names_speaks_as_itself() -> None:
    for forum in ("The Hostage Families Forum", "The hostage families forum"):
        text = f"{forum} demanded that the government return to the negotiating table."
        speakers = {c.speaker for c in claims(text) if c.actor == "hostage_families"}
        assert speakers and all(s and s.lower().endswith("forum") for s in speakers)


def test_a_nested_report_is_stated_by_the_source_the_article_cites() -> None:
    text = (
        "A senior Israeli official said Netanyahu had told the families of hostages that Israel "
        "accepted the outline."
    )
    got = {(c.actor, c.issue, c.stance): c.speaker for c in claims(text)}
    assert got[("israel", "ceasefire", "accept")] == "a senior Israeli official"


def test_an_acceptance_in_the_imperative_asks_for_the_deal() -> None:
    got = stances('"Accept the deal now," a spokeswoman for the Hostages Families Forum said.')
    assert ("hostage_families", "ceasefire", "demand") in got
    assert ("hostage_families", "ceasefire", "accept") not in got
