"""Claim families found missing on text written blind to the rules (issue 9): each test is a
sentence invented for it, with made-up officials; no article text.

Families: a package put forward from an adjective of readiness ("was ready to present a plan"),
a demand to resume talks named by their venue ("return to the negotiating table"), withdrawal
said as leaving a held zone or thinning the forces out, the group's own weapons as its rule,
a thing declared "not on the table" as refused.
"""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-03"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


def test_ready_to_present_a_plan_offers_the_package() -> None:
    got = claims("Egypt said on Monday it was ready to present a new proposal.")
    assert ("egypt", "ceasefire", "offer") in got


def test_not_ready_to_present_offers_nothing() -> None:
    got = claims("Egypt said on Monday it was not ready to present a new proposal.")
    assert ("egypt", "ceasefire", "offer") not in got


@pytest.mark.parametrize("verb", ["called on", "urged"])
def test_return_to_the_negotiating_table_is_a_demand_for_the_deal(verb: str) -> None:
    got = claims(f"Qatar {verb} Israel and Hamas to return to the negotiating table.")
    assert ("qatar", "ceasefire", "demand") in got


def test_urging_not_to_return_to_the_table_is_no_demand() -> None:
    got = claims("Qatar urged them not to return to the negotiating table.")
    assert ("qatar", "ceasefire", "demand") not in got


def test_not_leaving_a_held_zone_refuses_withdrawal() -> None:
    got = claims("Israel would not leave the corridor, minister Dov Arlen said on Monday.")
    assert ("israel", "withdrawal", "reject") in got


def test_ready_to_reduce_troops_offers_a_partial_withdrawal() -> None:
    ex = extract_document(
        Document(
            name="t.txt",
            text="Israeli negotiators are ready to reduce the number of troops there.",
            published="2024-06-03",
        )
    )
    got = {(c.actor, c.issue, c.stance): c.value for c in ex.claims}
    assert got.get(("israel", "withdrawal", "offer")) == "partial"


def test_own_weapons_not_on_the_table_refuse_disarmament() -> None:
    got = claims('"Our weapons are not on the table," Hamas official Sami Dorr said.')
    assert ("hamas", "hamas_rule", "reject") in got
    assert ("hamas", "hamas_rule", "offer") not in got


def test_weapons_shipments_are_no_issue() -> None:
    got = claims("The United States said it would pause its weapons shipments to Israel.")
    assert not any(issue == "hamas_rule" for _a, issue, _s in got)


def test_leaders_of_several_parties_each_hold_the_demand() -> None:
    got = claims(
        "BRAVILLE, May 2 - The leaders of Qatar, Egypt and the United States called on Israel"
        " and Hamas to return to the negotiating table."
    )
    assert {("qatar", "ceasefire", "demand"), ("egypt", "ceasefire", "demand")} <= got
    assert ("united_states", "ceasefire", "demand") in got


def test_release_of_the_living_and_the_dead_covers_both_issues() -> None:
    got = claims("Hamas said it would release all of them, the living and the dead.")
    assert ("hamas", "hostage_release", "accept") in got
    assert ("hamas", "bodies_return", "accept") in got


def test_first_person_delivery_under_anothers_plan_is_the_speakers() -> None:
    text = (
        "The United States presented a new plan on Friday. "
        '"We will release all of them, the living and the dead, under the plan,"'
        " Hamas official Sami Dorr said."
    )
    got = claims(text)
    assert ("hamas", "hostage_release", "accept") in got
    assert ("united_states", "hostage_release", "offer") not in got


def test_keeping_to_a_truce_accepts_it() -> None:
    assert ("hamas", "ceasefire", "accept") in claims("Hamas said it would abide by the truce.")


def test_a_refusal_to_keep_to_a_truce_accepts_nothing() -> None:
    got = claims("The move follows Israel's refusal to adhere to the truce.")
    assert ("israel", "ceasefire", "accept") not in got


def test_they_of_both_sides_is_both_parties_not_the_last_named() -> None:
    got = claims(
        "Qatar hosted the talks. A Qatari spokesman said both sides had reaffirmed that they"
        " would keep to the pause."
    )
    assert {("hamas", "ceasefire", "accept"), ("israel", "ceasefire", "accept")} <= got
    assert ("qatar", "ceasefire", "accept") not in got


def test_a_draft_put_together_by_a_party_frames_its_terms() -> None:
    got = claims(
        "The draft was put together by Egyptian mediators, officials said. Under its terms, at"
        " least 500 aid trucks a day would enter the strip."
    )
    assert ("egypt", "humanitarian_aid", "offer") in got


def test_what_a_side_could_do_under_a_package_is_a_term() -> None:
    got = claims(
        "The draft was put together by Egyptian mediators, officials said. Displaced"
        " Palestinians could return to northern Gaza, with Israeli troops pulling back from"
        " the coastal road."
    )
    assert ("egypt", "displaced_return", "offer") in got
    assert ("egypt", "withdrawal", "offer") in got


def test_could_with_no_package_is_no_term() -> None:
    got = claims("Displaced Palestinians could return to northern Gaza, an analyst said.")
    assert ("egypt", "displaced_return", "offer") not in got


def test_refusing_the_others_forces_somewhere_asks_for_their_withdrawal() -> None:
    got = claims("Egypt said it will not accept an Israeli military presence on its border.")
    assert ("egypt", "withdrawal", "demand") in got
    assert ("egypt", "withdrawal", "reject") not in got


def test_a_list_item_describing_a_stage_holds_terms() -> None:
    got = claims(
        "The draft was put together by Egyptian mediators, officials said. The terms:\n\n"
        "- A first stage of six weeks in which Hamas releases at least 20 hostages.\n"
    )
    assert ("egypt", "hostage_release", "offer") in got


def test_bodies_counted_in_with_the_living_are_a_return_of_bodies() -> None:
    got = claims("Hamas agreed to release 20 captives, including bodies.")
    assert ("hamas", "bodies_return", "accept") in got


def test_the_three_are_the_last_three_parties_named() -> None:
    got = claims(
        "Qatar, Egypt and the United States issued a statement. The three said they were"
        " ready to present a final proposal."
    )
    assert {
        ("qatar", "ceasefire", "offer"),
        ("egypt", "ceasefire", "offer"),
        ("united_states", "ceasefire", "offer"),
    } <= got
