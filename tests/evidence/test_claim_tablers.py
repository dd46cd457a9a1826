"""Everyone who puts a package forward offers it (issue 9: "a tabled package is an offer by
whoever tables it"): "drafted by X and put forward by Y and Z" makes Y and Z offer the package,
while its terms stay its owner's. Invented sentences."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-03"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


def test_coordinated_tablers_offer_the_package() -> None:
    got = claims(
        "The truce proposal, drafted by the United States and put forward by Qatar and Egypt, "
        "provides for 10 hostages to be freed."
    )
    assert {
        ("united_states", "ceasefire", "offer"),
        ("qatar", "ceasefire", "offer"),
        ("egypt", "ceasefire", "offer"),
        ("united_states", "hostage_release", "offer"),
    } <= got
    assert ("qatar", "hostage_release", "offer") not in got


def test_a_package_naming_no_issue_is_offered_as_the_package() -> None:
    got = claims(
        "The text under discussion, drafted by the United States and put forward by Qatar, "
        "was sent to both sides."
    )
    assert ("qatar", "ceasefire", "offer") not in got  # "text" is no package noun
    got = claims(
        "The proposal under discussion, drafted by the United States and put forward by Qatar, "
        "was sent to both sides."
    )
    assert ("qatar", "ceasefire", "offer") in got


def test_a_package_put_to_its_addressees_is_tabled() -> None:
    got = claims(
        "Mediators from Egypt, Qatar and the United States put a fresh proposal to both sides "
        "on Sunday."
    )
    assert {
        ("egypt", "ceasefire", "offer"),
        ("qatar", "ceasefire", "offer"),
        ("united_states", "ceasefire", "offer"),
    } <= got


def test_a_package_put_on_hold_is_not_tabled() -> None:
    assert ("israel", "ceasefire", "offer") not in claims("Israel put the proposal on hold.")


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        # (stop 38) a party's package named with no issue of its own stands for the deal its
        # owner offers, unless the sentence is another party's answer to it or backing of it
        ("Hamas and Israel begin indirect talks in Egypt on Trump's Gaza plan", True),
        ("The talks are built on a US bridging proposal.", True),
        ("Israel now supports a revised U.S. proposal for the second phase.", False),
        ("Hamas responded on Friday to Trump's 20-point plan.", False),
    ],
)
def test_a_partys_package_named_alone_is_its_offer(text: str, offered: bool) -> None:
    assert (("united_states", "ceasefire", "offer") in claims(text)) is offered


@pytest.mark.parametrize(
    ("text", "want", "unwanted"),
    [
        # (stop 39) a package readied by its author
        ("Qatar is preparing a new proposal.", {("qatar", "ceasefire", "offer")}, set()),
        # a package in a clause that names who put it together
        (
            "Hamas studied the framework which was prepared by Qatar and Egypt.",
            {("qatar", "ceasefire", "offer"), ("egypt", "ceasefire", "offer")},
            set(),
        ),
        # its owner still tables the package another party hands over
        (
            "Hamas is studying Israel's proposal, which Egyptian mediators passed to the group on Monday.",
            {("israel", "ceasefire", "offer")},
            {("egypt", "ceasefire", "offer")},
        ),
        # those it is tabled with table it too
        (
            "The proposal that the United States presented with Qatar and Egypt is on the table.",
            {("qatar", "ceasefire", "offer"), ("egypt", "ceasefire", "offer")},
            set(),
        ),
        # an outline drawn up is a package too, and the terms listed under it are offered
        (
            "The outline drawn up by Qatari and Egyptian officials was meant to unlock a deal.\n\n"
            "What the outline offers\n"
            "• A first stage in which fighting stops and 30 hostages are released.",
            {("qatar", "hostage_release", "offer"), ("egypt", "hostage_release", "offer")},
            set(),
        ),
        # a plan to fight is no package of a deal
        (
            "Israel said it had told the army to prepare a plan to defeat Hamas.",
            set(),
            {("israel", "ceasefire", "offer")},
        ),
    ],
)
def test_who_readies_or_tables_a_package_with_others_offers_it(
    text: str, want: set[tuple[str, str, str]], unwanted: set[tuple[str, str, str]]
) -> None:
    got = claims(text)
    assert want <= got
    assert not unwanted & got


def test_a_paper_is_a_package_and_an_outlet_is_not() -> None:
    # (stop 39) "paper" is a package noun, as the translated wires use it
    assert ("egypt", "ceasefire", "offer") in claims("Hamas received the Egyptian paper on Monday.")
    # a paper that reports, is cited or is named is an outlet
    for text in (
        "The Israeli paper Yediot reported that the talks had stalled.",
        "An Israeli paper wrote on Sunday that Qatar was losing patience.",
        "According to the Israeli paper, the cabinet met late.",
    ):
        assert ("israel", "ceasefire", "offer") not in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The outline of the Egyptian and Qatari mediators provides for a truce of 40 days.",
        "Officials said the draft of Egypt and Qatar provides for a truce of 40 days.",
    ],
)
def test_a_package_of_named_parties_is_offered_by_each(text: str) -> None:
    got = claims(text)
    assert {("egypt", "ceasefire", "offer"), ("qatar", "ceasefire", "offer")} <= got


def test_a_package_of_no_party_has_no_owner() -> None:
    got = claims("The terms of the truce provide for 40 days of calm.")
    assert not {c for c in got if c[2] == "offer"}
