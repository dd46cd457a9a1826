"""Positions taken by decision, refusal through a preposition, holding out, keeping forces in
place, guarantees sought (issue 9: claim families written from sentences invented for these
tests, in the shape of the gold conventions, shared/news/README.md)."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-03"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # what a party decided or voted to do is a stance taken, not a plan
        ("Israel's war cabinet voted to accept the deal.", ("israel", "ceasefire", "accept")),
        ("Hamas decided to reject the proposal.", ("hamas", "ceasefire", "reject")),
        # a refusal of another side's demand, through a preposition
        (
            "Israeli officials balked at the demand for a permanent ceasefire.",
            ("israel", "ceasefire", "reject"),
        ),
        # holding out for an outcome demands it
        ("Hamas is holding out for an end to the war.", ("hamas", "ceasefire", "demand")),
        # keeping forces in place refuses their withdrawal
        (
            "Israel insists on keeping troops in the Philadelphi corridor.",
            ("israel", "withdrawal", "reject"),
        ),
        # guarantees sought by the party that would be their beneficiary
        ("Hamas wants guarantees from the mediators.", ("hamas", "security_guarantees", "demand")),
        (
            "Hamas wants assurances that the war will not resume after the first phase.",
            ("hamas", "ceasefire", "demand"),
        ),
        # a cabinet and a description of a party
        ("The security cabinet signed off on the agreement.", ("israel", "ceasefire", "accept")),
        ("The Palestinian group rejected the bridging proposal.", ("hamas", "ceasefire", "reject")),
    ],
)
def test_family(text: str, want: tuple[str, str, str]) -> None:
    assert want in claims(text)


def test_a_decision_still_open_takes_no_stance() -> None:
    assert not claims("Israel will decide whether to accept the deal.")
    assert ("israel", "ceasefire", "accept") not in claims(
        "Israel has not decided to accept the deal."
    )


@pytest.mark.parametrize(
    "text",
    [
        # a deal in place: the releases it schedules are accepted by the party that delivers them
        "The ceasefire agreement took effect on Sunday. Hamas will release three hostages on "
        "Saturday and Israel will free 90 Palestinian prisoners.",
        "The truce began on Friday morning. Hamas will release three hostages on Saturday and "
        "Israel will free 90 Palestinian prisoners.",
        # the terms of one phase of a deal
        "Under the first phase of the deal, Hamas will release three hostages and Israel will "
        "free 90 Palestinian prisoners.",
    ],
)
def test_releases_scheduled_under_a_deal_in_place_are_accepted(text: str) -> None:
    got = claims(text)
    assert ("hamas", "hostage_release", "accept") in got
    assert ("israel", "prisoner_release", "accept") in got


def test_no_deal_in_place_no_terms() -> None:
    assert not claims("The truce has not begun. Hamas will release three hostages on Saturday.")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a party's own future delivery, no deal named: its commitment
        (
            "Hamas said it will release three hostages on Saturday.",
            ("hamas", "hostage_release", "accept"),
        ),
        (
            "The Qassam Brigades said they would hand over three captives on Saturday.",
            ("hamas", "hostage_release", "accept"),
        ),
        (
            "Israel's government said the prisoners would be released by Israel on Sunday.",
            ("israel", "prisoner_release", "accept"),
        ),
        # welcoming a deal or a truce accepts it, whatever names it
        ("Egypt welcomed the ceasefire agreement.", ("egypt", "ceasefire", "accept")),
        ("Ankara welcomed the ceasefire.", ("turkey", "ceasefire", "accept")),
        # regional press names a party by a description
        (
            "The resistance demanded the withdrawal of occupation forces from the Strip.",
            ("hamas", "withdrawal", "demand"),
        ),
    ],
)
def test_commitments_welcomes_and_descriptions(text: str, want: tuple[str, str, str]) -> None:
    assert want in claims(text)


@pytest.mark.parametrize(
    ("text", "not_wanted"),
    [
        # a proposal's terms, not a commitment
        ("In return, Israel would release 90 prisoners.", ("israel", "prisoner_release", "accept")),
        # a noun's clause, not a party's statement
        (
            "The chance that more hostages will be freed by Hamas is dwindling.",
            ("hamas", "hostage_release", "accept"),
        ),
        ("The resistance to the plan grew in the cabinet.", ("hamas", "ceasefire", "reject")),
    ],
)
def test_what_is_not_a_commitment(text: str, not_wanted: tuple[str, str, str]) -> None:
    assert not_wanted not in claims(text)


def test_a_headline_infinitive_is_the_partys_future() -> None:
    text = "Israel to free 1,900 Palestinians as Hamas releases 33 hostages\n\nMore follows."
    assert ("israel", "prisoner_release", "accept") in claims(text)
    ex = extract_document(Document(name="t.txt", text=text, published="2025-01-19"))
    # the planned release is a position, not an event; the one reported in the present is
    assert [e.mode for e in ex.events if e.type == "release"] == ["actual"]


def test_a_verbless_item_of_a_tabled_package_is_its_term() -> None:
    text = (
        "The proposal, presented by Egypt and Qatar on Tuesday, would unfold in three stages."
        "\n\nHere are the main points:\n\n"
        "- A six-week truce during which Hamas would release 33 hostages.\n"
        "- Israel would free hundreds of Palestinian prisoners."
    )
    got = claims(text)
    for mediator in ("egypt", "qatar"):
        assert (mediator, "ceasefire", "offer") in got  # the verbless item
        assert (mediator, "prisoner_release", "offer") in got


@pytest.mark.parametrize(
    ("text", "want", "gone"),
    [
        # letting go of one's own demand accepts the deal without it
        (
            "Hamas dropped its demand that Israel commit to a permanent ceasefire.",
            ("hamas", "ceasefire", "accept"),
            ("hamas", "ceasefire", "demand"),
        ),
        (
            "Hamas has given up its demand for a full withdrawal.",
            ("hamas", "withdrawal", "accept"),
            ("hamas", "withdrawal", "demand"),
        ),
        # a demand kept or restated stays a demand
        (
            "Hamas has not dropped its demand for a full withdrawal.",
            ("hamas", "withdrawal", "demand"),
            ("hamas", "withdrawal", "accept"),
        ),
    ],
)
def test_an_abandoned_demand_is_no_longer_held(
    text: str, want: tuple[str, str, str], gone: tuple[str, str, str]
) -> None:
    got = claims(text)
    assert want in got
    assert gone not in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a deal accepted or signed only on a condition: a condition on the package, and what
        # the condition names asked for
        (
            "Israel will accept a deal only if all hostages are released at once.",
            {("israel", "ceasefire", "condition"), ("israel", "hostage_release", "demand")},
        ),
        (
            "Hamas said it would sign the agreement if Israel withdrew its forces.",
            {("hamas", "ceasefire", "condition")},
        ),
    ],
)
def test_a_deal_accepted_on_a_condition_is_a_condition(
    text: str, want: set[tuple[str, str, str]]
) -> None:
    got = claims(text)
    assert want <= got
    assert not {c for c in got if c[2] == "accept"}


def test_a_deal_accepted_inside_a_condition_is_no_position() -> None:
    assert not claims("If Hamas accepts the deal, the war will end.")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a source calling a deal possible on a condition: its condition on the package, and
        # its demand of what the condition names
        (
            "Hamas says a deal is possible if Israel withdraws its forces from Gaza.",
            {("hamas", "ceasefire", "condition"), ("hamas", "withdrawal", "demand")},
        ),
        (
            "Israel says deal possible if Hamas releases all hostages",
            {("israel", "ceasefire", "condition"), ("israel", "hostage_release", "demand")},
        ),
        (
            "Hamas says Gaza deal 'possible' if Israel stops setting new conditions",
            {("hamas", "ceasefire", "condition")},
        ),
    ],
)
def test_a_deal_possible_on_a_condition_is_the_source_s_condition(
    text: str, want: set[tuple[str, str, str]]
) -> None:
    assert want <= claims(text)


def test_a_deal_possible_in_the_outlet_s_voice_is_no_one_s_condition() -> None:
    assert not claims("A deal is possible if both sides compromise.")


@pytest.mark.parametrize(
    ("text", "want", "gone"),
    [
        (
            "Hamas said it would not accept anything short of a complete withdrawal and a "
            "permanent ceasefire.",
            {("hamas", "withdrawal", "demand"), ("hamas", "ceasefire", "demand")},
            {("hamas", "withdrawal", "reject"), ("hamas", "ceasefire", "reject")},
        ),
        (
            "Israel will not accept anything less than the release of all hostages.",
            {("israel", "hostage_release", "demand")},
            {("israel", "hostage_release", "reject")},
        ),
    ],
)
def test_refusing_anything_short_of_x_asks_for_x(
    text: str, want: set[tuple[str, str, str]], gone: set[tuple[str, str, str]]
) -> None:
    got = claims(text)
    assert want <= got
    assert not gone & got


@pytest.mark.parametrize(
    "text",
    ["Hamas said no deal had been reached.", "The two sides reached no agreement on Monday."],
)
def test_no_deal_reached_is_no_acceptance(text: str) -> None:
    assert not {c for c in claims(text) if c[2] == "accept"}


def test_no_deal_without_x_is_a_condition_and_x_asked_for() -> None:
    got = claims("Netanyahu said there would be no deal without the release of all hostages.")
    assert {("israel", "ceasefire", "condition"), ("israel", "hostage_release", "demand")} <= got
    assert ("israel", "hostage_release", "condition") not in got
