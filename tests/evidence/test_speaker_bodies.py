"""Speakers that are bodies, several people or people of no party (issue 9, point 4): sentences
written for these tests, with invented people where the gazetteer need not know them.

Convention (../shared/gold/README.md, ../shared/news/README.md "Annotation decisions"): the
speaker is the source that states a position — a body of a party as the text names it ("the
armed wing of X"), unnamed officials by their description, several people named together by the
phrase that names them; ``None`` when the party speaks as a whole."""

from __future__ import annotations

import pytest

from .test_attribution_families import speakers


def check(text: str, want: dict[tuple[str, str, str], str | None]) -> None:
    got = speakers(text)
    for key, speaker in want.items():
        assert key in got, (key, got)
        assert got[key] == speaker, (key, got[key], speaker)


# --- an indefinite description names no one: the description speaks, not the title's holder


def test_an_indefinite_spokesman_is_a_description_not_the_title_holder() -> None:
    check(
        "A Qatari foreign ministry spokesman said Hamas had accepted the truce proposal.",
        {("hamas", "ceasefire", "accept"): "a Qatari foreign ministry spokesman"},
    )
    # the definite title still names the official who holds it
    check(
        "The Qatari foreign ministry spokesman said Hamas had accepted the truce proposal.",
        {("hamas", "ceasefire", "accept"): "Majed al-Ansari"},
    )


def test_the_spokesman_refers_back_to_the_indefinite_one() -> None:
    check(
        "A Qatari foreign ministry spokesman said talks went on. The spokesman added that "
        "Israel had agreed to the truce.",
        {("israel", "ceasefire", "accept"): "a Qatari foreign ministry spokesman"},
    )


# --- a body of a party speaks as the text names it; the party itself speaks as a whole


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        (
            "The armed wing of Hamas said it rejected the ceasefire proposal.",
            ("hamas", "ceasefire", "reject"),
            "the armed wing of Hamas",
        ),
        (
            "Hamas's military wing said it rejected the ceasefire proposal.",
            ("hamas", "ceasefire", "reject"),
            "Hamas's military wing",
        ),
        (
            "The Egyptian presidency said Hamas had accepted the truce proposal.",
            ("hamas", "ceasefire", "accept"),
            "the Egyptian presidency",
        ),
        (
            "A statement from the political bureau of Hamas said the group rejected the "
            "ceasefire proposal.",
            ("hamas", "ceasefire", "reject"),
            "the political bureau of Hamas",
        ),
        (
            "In a statement, the armed wing of Hamas, which holds most of the captives, said "
            "the group rejected the ceasefire proposal.",
            ("hamas", "ceasefire", "reject"),
            "the armed wing of Hamas",
        ),
        (
            "Hamas said it rejected the ceasefire proposal.",
            ("hamas", "ceasefire", "reject"),
            None,
        ),
        (
            # a name of the party itself (actors.yaml), not a body named beside it
            "The Qassam Brigades said Hamas rejected the ceasefire proposal.",
            ("hamas", "ceasefire", "reject"),
            None,
        ),
    ],
)
def test_a_body_of_a_party_speaks_as_named(
    text: str, key: tuple[str, str, str], speaker: str | None
) -> None:
    check(text, {key: speaker})


def test_the_office_of_a_title_is_the_office_of_its_holder() -> None:
    check(
        "The office of the Qatari prime minister said Hamas had accepted the truce proposal.",
        {("hamas", "ceasefire", "accept"): "Mohammed bin Abdulrahman Al Thani's office"},
    )
    # an indefinite title names no one: the party reports
    check(
        "The office of a Qatari minister said Hamas had accepted the truce proposal.",
        {("hamas", "ceasefire", "accept"): "Qatar"},
    )


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Qatar's foreign ministry issued a statement on Monday.", "Qatar's foreign ministry"),
        ("The Qatari foreign ministry issued a statement on Monday.", "Qatar's foreign ministry"),
        ("The Egyptian presidency issued a statement on Monday.", "the Egyptian presidency"),
        ("The armed wing of Hamas released a video on Monday.", "the armed wing of Hamas"),
    ],
)
def test_it_said_names_the_body_that_opened_the_sentence_before(opening: str, speaker: str) -> None:
    # the opening sentence has no position: it is read without a parse
    check(
        f"{opening} It said Hamas had accepted the truce proposal.",
        {("hamas", "ceasefire", "accept"): speaker},
    )


# --- several people named together: the phrase naming them speaks, for each party


def test_a_joint_statement_of_several_leaders_speaks_for_each_party() -> None:
    names = "Emir Tamim bin Hamad Al Thani, President Abdel Fattah al-Sisi and President Joe Biden"
    check(
        f"In a joint statement issued on Thursday, {names} said Israel and Hamas must agree to "
        "a ceasefire.",
        {
            ("qatar", "ceasefire", "demand"): names,
            ("egypt", "ceasefire", "demand"): names,
            ("united_states", "ceasefire", "demand"): names,
        },
    )


def test_one_person_with_another_named_in_a_clause_is_one_speaker() -> None:
    check(
        "Joe Biden, who met Abdel Fattah al-Sisi on Monday, said Hamas must accept the "
        "ceasefire proposal.",
        {("united_states", "ceasefire", "demand"): "Joe Biden"},
    )


# --- people of no party, and a named person inside unnamed sources' report


def test_people_of_no_party_holding_a_position_speak_by_their_description() -> None:
    check(
        "Those who oppose the deal argue that halting the war could endanger Israel.",
        {("unattributed", "ceasefire", "reject"): "those who oppose the deal"},
    )
    check(
        "Some Israelis demand a ceasefire.",
        {("unattributed", "ceasefire", "demand"): "some Israelis"},
    )


def test_a_named_person_in_unnamed_sources_report_states_the_condition() -> None:
    check(
        "Sources familiar with the talks said on Monday that the gaps remained wide. Benjamin "
        "Netanyahu was refusing to send negotiators to the talks unless Hamas provided a list "
        "of living hostages, the sources said.",
        {("israel", "hostage_release", "demand"): "Benjamin Netanyahu"},
    )
    # a named office reporting keeps the report
    check(
        "Netanyahu's office said he rejected the ceasefire proposal.",
        {("israel", "ceasefire", "reject"): "Benjamin Netanyahu's office"},
    )


def test_unnamed_holders_reported_by_an_unnamed_source_take_the_source() -> None:
    # the source that states it: the diplomat, not the officials it reports on
    check(
        "Hamas officials rejected the ceasefire proposal, a diplomat said.",
        {("hamas", "ceasefire", "reject"): "a diplomat"},
    )
    check(
        "Hamas officials rejected the ceasefire proposal.",
        {("hamas", "ceasefire", "reject"): "Hamas officials"},
    )


def test_a_cabinet_is_a_body_that_speaks() -> None:
    # (stop 38) a government's cabinet is a body of its party, as its office is
    check(
        "Israel's security cabinet said it rejected the plan.",
        {("israel", "ceasefire", "reject"): "Israel's security cabinet"},
    )
