"""Mediators' packages, aims, urging and guarantees (issue 9, claims recall on unseen text):
the owner of a proposal noun, a mediator urging both sides, mediators working to close the
gaps, endorsements and guarantees. Invented sentences."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-03"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


def test_mediators_from_named_parties_are_those_parties_only() -> None:
    got = claims("Envoys from Qatar and Egypt have tabled a fresh truce plan.")
    assert {("qatar", "ceasefire", "offer"), ("egypt", "ceasefire", "offer")} <= got
    assert ("united_states", "ceasefire", "offer") not in got
    got = claims("Mediators from Egypt and Qatar put forward a new proposal on Sunday.")
    assert {("qatar", "ceasefire", "offer"), ("egypt", "ceasefire", "offer")} <= got
    assert ("united_states", "ceasefire", "offer") not in got


def test_a_party_pledging_to_guarantee_offers_guarantees() -> None:
    got = claims("Qatar and Egypt would guarantee that the lull holds while the talks go on.")
    assert {
        ("qatar", "security_guarantees", "offer"),
        ("egypt", "security_guarantees", "offer"),
    } <= got
    got = claims("The mediators pledged on Friday to guarantee the calm.")
    assert ("united_states", "security_guarantees", "offer") in got


def test_a_guarantee_refused_or_asked_for_is_no_offer() -> None:
    assert ("egypt", "security_guarantees", "offer") not in claims(
        "Egypt would not guarantee the calm beyond the first week."
    )
    got = claims("Hamas demanded that the mediators guarantee the calm.")
    assert ("qatar", "security_guarantees", "offer") not in got
    assert ("hamas", "security_guarantees", "demand") in got


def test_a_blueprint_is_a_package_of_its_owner() -> None:
    got = claims("The Egyptian blueprint envisages a ten-week lull in the fighting.")
    assert ("egypt", "ceasefire", "offer") in got
    got = claims(
        "Qatar's blueprint foresees the release of 12 hostages in return for 90 prisoners."
    )
    assert {("qatar", "hostage_release", "offer"), ("qatar", "prisoner_release", "offer")} <= got


def test_urging_both_sides_to_act_demands_the_deal() -> None:
    assert ("qatar", "ceasefire", "demand") in claims(
        "Doha called on both parties to show restraint and good faith."
    )
    assert ("egypt", "ceasefire", "demand") in claims(
        "Cairo urged the two sides to make the hard choices."
    )


def test_urging_both_sides_not_to_act_or_to_refuse_is_no_demand_for_a_deal() -> None:
    assert ("qatar", "ceasefire", "demand") not in claims(
        "Doha urged both parties not to escalate."
    )
    assert ("egypt", "ceasefire", "demand") not in claims(
        "Cairo called on both sides to reject the scheme."
    )


def test_working_to_close_the_gaps_demands_the_deal() -> None:
    got = claims("The mediators would keep working to close the remaining gaps, an aide said.")
    assert {
        ("qatar", "ceasefire", "demand"),
        ("egypt", "ceasefire", "demand"),
        ("united_states", "ceasefire", "demand"),
    } <= got
    got = claims("Qatar and Egypt have been trying to bridge the gaps between the two sides.")
    assert {("qatar", "ceasefire", "demand"), ("egypt", "ceasefire", "demand")} <= got


def test_a_gap_described_is_no_demand() -> None:
    assert not claims("The gap between the two sides remains wide.")


def test_determined_to_conclude_a_deal_demands_it() -> None:
    assert ("egypt", "ceasefire", "demand") in claims(
        "Egypt is determined to conclude an agreement before the holiday."
    )


def test_a_country_spelt_like_a_pronoun_holds_its_endorsement() -> None:
    got = claims("Qatar and Egypt drafted the framework, which the US later endorsed.")
    assert {
        ("qatar", "ceasefire", "offer"),
        ("egypt", "ceasefire", "offer"),
        ("united_states", "ceasefire", "accept"),
    } <= got
    assert ("qatar", "ceasefire", "accept") not in got


def test_a_package_tabled_in_the_passive_or_with_with() -> None:
    assert ("egypt", "ceasefire", "offer") in claims(
        "The framework, which the US endorsed, was drafted by Egypt."
    )
    assert ("qatar", "ceasefire", "offer") in claims(
        "Qatar presented the Hamas delegation with a new proposal on Tuesday."
    )


def test_owners_listed_before_a_group_noun_all_table_the_package() -> None:
    # the parser takes "American and Egyptian mediators" for the subject of "provide"
    got = claims(
        "The newest proposals agreed by Qatari, American and Egyptian mediators provide for a"
    )
    assert {
        ("qatar", "ceasefire", "offer"),
        ("egypt", "ceasefire", "offer"),
        ("united_states", "ceasefire", "offer"),
    } <= got


def test_a_response_named_with_no_terms_is_no_offer() -> None:
    got = claims("There was no word yet on the response from Hamas, whose team reached Cairo.")
    assert ("hamas", "ceasefire", "offer") not in got


def test_what_a_tabled_package_asks_of_a_party_is_offered_by_its_tablers() -> None:
    got = claims(
        "Qatar and Egypt put forward a fresh proposal on Monday. The plan calls for Israel "
        "to withdraw from the border strip."
    )
    assert {("qatar", "withdrawal", "offer"), ("egypt", "withdrawal", "offer")} <= got
    got = claims(
        "Qatar and Egypt put forward a fresh proposal on Monday. It also requires Hamas to "
        "release all remaining hostages."
    )
    assert {("qatar", "hostage_release", "offer"), ("egypt", "hostage_release", "offer")} <= got


def test_a_party_asking_after_a_statement_still_demands() -> None:
    got = claims(
        "Hamas issued a statement on Monday. It calls for Israel to withdraw from the border strip."
    )
    assert ("hamas", "withdrawal", "demand") in got


def test_a_partys_counter_offer_demands_what_it_asks_in_return() -> None:
    got = claims(
        "Hamas handed over a counter-proposal on Tuesday. It offers to free all hostages in "
        "four stages in exchange for a permanent ceasefire and a full Israeli withdrawal."
    )
    assert ("hamas", "hostage_release", "offer") in got
    assert {("hamas", "withdrawal", "demand"), ("hamas", "ceasefire", "demand")} <= got
    assert ("hamas", "withdrawal", "offer") not in got
    got = claims("Israel offered to free 700 Palestinian prisoners in exchange for the hostages.")
    assert ("israel", "prisoner_release", "offer") in got
    assert ("israel", "hostage_release", "demand") in got


def test_a_mediators_package_offers_both_sides_terms() -> None:
    got = claims(
        "Egypt has drafted a new proposal. Under it, Hamas would free 20 hostages in exchange "
        "for 200 prisoners."
    )
    assert {("egypt", "hostage_release", "offer"), ("egypt", "prisoner_release", "offer")} <= got


def test_a_deal_reached_with_no_terms_named_is_the_package_accepted() -> None:
    got = claims("Israel and Hamas reached an agreement late on Monday.")
    assert {("israel", "ceasefire", "accept"), ("hamas", "ceasefire", "accept")} <= got
    assert ("israel", "ceasefire", "accept") in claims("Israel entered into the deal reluctantly.")


def test_failing_to_agree_is_neither_agreement_nor_refusal() -> None:
    got = claims("Israel and Hamas failed to reach a deal.")
    assert not {c for c in got if c[2] in ("accept", "reject")}
    got = claims("Israel and Hamas failed to agree on a truce.")
    assert not {c for c in got if c[2] in ("accept", "reject")}


def test_troops_entering_a_town_accept_nothing() -> None:
    got = claims("Israeli troops entered the town after the truce collapsed.")
    assert ("israel", "ceasefire", "accept") not in got


def test_efforts_a_party_leads_or_owns_demand_what_they_seek() -> None:
    assert ("egypt", "ceasefire", "demand") in claims(
        "Egypt has been leading efforts to broker a ceasefire."
    )
    assert ("qatar", "ceasefire", "demand") in claims(
        "Qatar has made repeated attempts to secure a truce."
    )
    assert ("egypt", "ceasefire", "demand") in claims(
        "Egyptian efforts to secure a truce have stalled."
    )


def test_efforts_undermined_are_not_the_underminers_demand() -> None:
    got = claims("Hamas accused Israel of undermining efforts to reach a truce.")
    assert ("israel", "ceasefire", "demand") not in got


def test_working_to_revive_the_talks_demands_the_deal() -> None:
    assert ("qatar", "ceasefire", "demand") in claims(
        "Doha is working with its partners to revive the negotiations."
    )


def test_bullet_terms_of_a_package_a_party_put_forward_are_its_offers() -> None:
    got = claims(
        "Egypt has put forward a three-stage plan. Here is what the plan contains.\n\n"
        "Stage one (five weeks)\n"
        "• Sick and elderly captives are released in return for hundreds of prisoners.\n"
        "• Israeli troops pull back from the towns.\n"
        "• The remains of some hostages are handed back.\n"
    )
    assert {
        ("egypt", "hostage_release", "offer"),
        ("egypt", "withdrawal", "offer"),
        ("egypt", "bodies_return", "offer"),
    } <= got


def test_the_remains_of_hostages_returned_are_bodies_not_living_captives() -> None:
    got = claims("Under the accord, the remains of the hostages will be handed back in stages.")
    assert ("hamas", "bodies_return", "accept") in got
    assert ("hamas", "hostage_release", "accept") not in got


def test_a_package_named_by_a_hyphened_party_is_that_partys() -> None:
    assert ("united_states", "ceasefire", "offer") in claims(
        "The US-drafted proposal calls for a 60-day truce."
    )
    assert ("qatar", "hostage_release", "offer") in claims(
        "The Qatari-mediated proposal would see captives freed in three stages."
    )


def test_passing_on_a_package_puts_it_forward() -> None:
    assert ("israel", "ceasefire", "offer") in claims("Israel sent a new proposal to Hamas.")
    got = claims("Qatar delivered an Israeli proposal to Hamas.")
    assert ("israel", "ceasefire", "offer") in got
    assert ("qatar", "ceasefire", "offer") not in got


def test_passing_on_a_reply_tables_nothing() -> None:
    assert ("hamas", "ceasefire", "offer") not in claims(
        "Hamas handed its response to the mediators."
    )


def test_a_deal_to_take_effect_is_accepted_by_its_parties() -> None:
    got = claims("Qatar said the agreement would take effect on Sunday.")
    assert {("israel", "ceasefire", "accept"), ("hamas", "ceasefire", "accept")} <= got
    got = claims("The deal will not take effect before Sunday.")
    assert ("israel", "ceasefire", "accept") not in got


@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        # (stop 39) a truce noun as the subject of its start, or a truce said to be in force
        ("The truce came into force at dawn.", True),
        ("The pause is now in effect, Qatar said.", True),
        ("The ceasefire agreement between the two sides took effect on Sunday.", True),
        # a start given as the time of something else
        ("Four people were freed since the truce began.", False),
        ("The day after the truce began, the talks resumed.", False),
    ],
)
def test_a_truce_in_force_is_accepted_by_its_parties(text: str, accepted: bool) -> None:
    both = {("israel", "ceasefire", "accept"), ("hamas", "ceasefire", "accept")}
    assert (both <= claims(text)) is accepted


def test_urging_two_named_parties_to_act_demands_the_deal() -> None:
    assert ("egypt", "ceasefire", "demand") in claims(
        "Egypt called on Israel and Hamas to exercise restraint."
    )
    # (one party urged to an act that names nothing of the deal; flexibility shown is the
    # truce's since stop 47, test_claim_issue_phrases_stop47)
    assert ("qatar", "ceasefire", "demand") not in claims("Qatar urged Hamas to study the text.")


def test_mediators_overseeing_a_named_deal_take_on_guarantees() -> None:
    got = claims("Qatar and Egypt will monitor the implementation of the agreement.")
    assert {
        ("qatar", "security_guarantees", "accept"),
        ("egypt", "security_guarantees", "accept"),
    } <= got
    got = claims("Qatar and Egypt will not monitor the agreement.")
    assert ("qatar", "security_guarantees", "accept") not in got
    got = claims("The mediators would guarantee the truce.")
    assert ("qatar", "security_guarantees", "offer") in got
    assert ("qatar", "security_guarantees", "accept") not in got


def test_a_demand_joined_to_an_offer_stays_a_demand() -> None:
    got = claims(
        "In its reply, Hamas demanded a permanent ceasefire and offered to free all hostages."
    )
    assert ("hamas", "ceasefire", "demand") in got
    assert ("hamas", "ceasefire", "offer") not in got
    assert ("hamas", "hostage_release", "offer") in got


def test_handing_over_the_bodies_of_hostages_is_no_living_release() -> None:
    got = claims("Hamas offered to hand over the bodies of four hostages.")
    assert ("hamas", "bodies_return", "offer") in got
    assert ("hamas", "hostage_release", "offer") not in got


def test_a_counter_proposal_demands_what_the_other_side_delivers() -> None:
    got = claims(
        "Hamas's counter-proposal would see all hostages freed in four stages and Israel "
        "withdraw from the enclave."
    )
    assert ("hamas", "hostage_release", "offer") in got
    assert ("hamas", "withdrawal", "demand") in got
    assert ("hamas", "withdrawal", "offer") not in got


def test_a_partys_first_proposal_offers_all_its_terms() -> None:
    got = claims(
        "Israel has put forward a new proposal. Under it, Hamas would free 40 hostages and "
        "Israel would pause fighting for six weeks."
    )
    assert {("israel", "hostage_release", "offer"), ("israel", "ceasefire", "offer")} <= got


def test_acting_in_order_to_conclude_a_deal_seeks_it() -> None:
    assert ("qatar", "ceasefire", "demand") in claims(
        "Qatar's foreign minister travelled to the capital to finalise the agreement."
    )
    assert ("egypt", "ceasefire", "demand") in claims(
        "Egypt sent a delegation to Doha to help conclude the deal."
    )
    got = claims("Hamas refused to reach a deal.")
    assert ("hamas", "ceasefire", "demand") not in got


def test_terms_told_in_the_present_as_a_phase_of_a_package() -> None:
    got = claims(
        "Egypt has presented a three-phase plan. In the first phase, Hamas releases 33 "
        "hostages and Israel frees 900 prisoners."
    )
    assert {("egypt", "hostage_release", "offer"), ("egypt", "prisoner_release", "offer")} <= got


def test_a_phase_of_a_war_is_no_term() -> None:
    got = claims("In the first phase of the war, Israeli forces struck the north.")
    assert not {c for c in got if c[2] in ("offer", "accept")}


def test_a_party_making_an_offer_offers_the_package() -> None:
    assert ("israel", "ceasefire", "offer") in claims("Israel has made a new offer.")


def test_the_two_mediators_are_the_two_named_before() -> None:
    got = claims("Qatar and Egypt met on Monday. The two mediators presented a new proposal.")
    assert {("qatar", "ceasefire", "offer"), ("egypt", "ceasefire", "offer")} <= got
    assert ("united_states", "ceasefire", "offer") not in got
    got = claims("Qatar and Egypt met on Monday. The two mediators urged both sides to compromise.")
    assert ("egypt", "ceasefire", "demand") in got
    assert ("united_states", "ceasefire", "demand") not in got


def test_rejecting_the_other_sides_presence_demands_its_withdrawal() -> None:
    got = claims("Egypt has rejected any long-term Israeli presence on its frontier.")
    assert ("egypt", "withdrawal", "demand") in got
    assert ("egypt", "withdrawal", "reject") not in got
    assert ("israel", "hamas_rule", "reject") in claims("Israel rejected Hamas's control of Gaza.")


def test_having_supported_a_package_accepts_it() -> None:
    assert ("united_states", "ceasefire", "accept") in claims(
        "The US said it supported the new framework."
    )
    got = claims("The plan, supported by Qatar, calls for a lull.")
    assert ("qatar", "ceasefire", "accept") not in got


def test_a_mediator_facilitating_anothers_term_does_not_accept_it() -> None:
    got = claims("Qatar said it stood ready to facilitate an accord on the release of captives.")
    assert ("qatar", "hostage_release", "accept") not in got
    assert ("egypt", "ceasefire", "accept") in claims("Egypt accepted the new framework.")
