"""What an offer, a refusal or an accusation asks for (issue 9, stop 48), read from the clause
structure: an issue inside an offer's condition ("ready to free them if Y commits to X") or
inside what the deal it would negotiate must do ("ready to negotiate a deal that ends X") is
asked for; a refusal of any deal that lacks X asks for X and conditions the deal; a mediator's
plan that gives one thing "in return for" another offers both; "freed against the release of"
is an exchange, not opposition; accusing another of holding back X asks for X (as "of blocking
X"); a cue does not reach into a coordinated clause with a subject of its own; the held
being "out", a later phase, "not going to", a price below which a party will not deliver, an
acceptance bound to the other side's conduct, a threat's target, a judgement of another's
package, a deal taking effect, mediators monitoring it, a package put forward by a named
person. Sentences written for these tests (no article text)."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def stances(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-05-06"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


def test_an_issue_in_the_condition_of_an_offer_is_asked_for() -> None:
    got = stances(
        "Hamas said it was ready to free all the hostages at once if Israel commits to "
        "a permanent end to the war."
    )
    assert ("hamas", "ceasefire", "demand") in got
    assert ("hamas", "ceasefire", "offer") not in got


def test_what_the_deal_to_be_negotiated_must_do_is_asked_for() -> None:
    got = stances(
        "Hamas was ready to begin intensive negotiations toward a final agreement that "
        "ends the war."
    )
    assert ("hamas", "ceasefire", "demand") in got
    assert ("hamas", "ceasefire", "offer") not in got


def test_a_readiness_without_a_condition_stays_an_offer() -> None:
    got = stances("Hamas said it was ready to extend the truce by two days.")
    assert ("hamas", "ceasefire", "offer") in got


def test_refusing_any_deal_that_lacks_an_issue_asks_for_it() -> None:
    got = stances(
        "Hamas said it will not accept any agreement that does not guarantee a complete "
        "withdrawal of Israeli forces."
    )
    assert ("hamas", "withdrawal", "demand") in got
    assert ("hamas", "withdrawal", "condition") not in got
    assert ("hamas", "ceasefire", "condition") in got  # the deal, conditioned on it


def test_a_mediators_plan_offers_what_it_asks_in_return() -> None:
    got = stances(
        "Witkoff's proposal would have extended the truce into April in return for the "
        "release of five living hostages."
    )
    assert ("united_states", "hostage_release", "offer") in got
    assert ("united_states", "hostage_release", "demand") not in got


def test_freed_against_a_release_is_no_opposition() -> None:
    got = stances(
        "Under the paper, 40 hostages would be freed against the release of Palestinian prisoners."
    )
    assert not any(stance == "reject" for _a, _i, stance in got)
    assert ("unattributed", "prisoner_release", "reject") not in got


def test_a_party_standing_against_an_issue_still_refuses_it() -> None:
    got = stances("Israel is firmly against any withdrawal from the corridor.")
    assert ("israel", "withdrawal", "reject") in got


def test_an_accusation_of_holding_back_aid_is_the_accusers_demand() -> None:
    got = stances("Hamas accused Israel of holding back aid bound for the north.")
    assert got == {("hamas", "humanitarian_aid", "demand")}


def test_a_party_holding_back_aid_itself_still_refuses_it() -> None:
    got = stances("Israel held back aid trucks bound for the north.")
    assert ("israel", "humanitarian_aid", "reject") in got


def test_a_cue_of_a_coordinated_clause_does_not_reach_the_other() -> None:
    got = stances(
        "Netanyahu refused to end the war, and Hamas said it would free four hostages on Saturday."
    )
    assert ("hamas", "hostage_release", "accept") in got
    assert ("israel", "hostage_release", "reject") not in got
    got = stances(
        "Hamas said the next four hostages will be released on Saturday, and Israel's prime "
        'minister warned that Israel "reserves the right to return to war" if talks fail.'
    )
    assert ("hamas", "hostage_release", "accept") in got
    assert ("israel", "hostage_release", "threat") not in got


def test_a_cue_over_a_coordination_it_governs_reaches_both() -> None:
    got = stances(
        "The movement is insisting that the war must end completely and that the Israeli army "
        "will withdraw from Gaza."
    )
    assert {("hamas", "ceasefire", "demand"), ("hamas", "withdrawal", "demand")} <= got


def test_the_held_being_out_is_their_release() -> None:
    got = stances(
        'Trump warned that "all hell will break out" if the hostages were not out before his '
        "inauguration."
    )
    assert ("united_states", "hostage_release", "demand") in got
    assert ("united_states", "hostage_release", "threat") in got
    assert not stances("The hostages were out of sight of the cameras.") & {
        ("unattributed", "hostage_release", "demand")
    }


def test_an_acceptance_bound_to_the_other_sides_conduct_is_a_condition() -> None:
    got = stances(
        "Hamas said in a statement that it was committed to the agreement as long as the "
        "occupation abides by it."
    )
    assert ("hamas", "ceasefire", "condition") in got
    assert ("hamas", "ceasefire", "accept") not in got
    assert ("hamas", "ceasefire", "accept") in stances(
        "Hamas said it was committed to the agreement."
    )


def test_the_terms_of_a_package_offered_are_no_demand_of_its_tabler() -> None:
    ex = extract_document(
        Document(
            name="t.txt",
            text="Last week the envoy Steve Witkoff put a new paper on the table: a 60-day truce, "
            "during which 10 living hostages would be handed over in two batches.",
            published="2025-06-05",
        )
    )
    got = {(c.actor, c.issue, c.stance): c.speaker for c in ex.claims}
    assert got.get(("united_states", "hostage_release", "offer")) == "Steve Witkoff"


def test_not_going_to_is_a_negated_future() -> None:
    got = stances(
        "Sami Abu Zuhri said the movement is not going to accept any deal which does not "
        "include the complete withdrawal of Israeli forces."
    )
    assert ("hamas", "withdrawal", "demand") in got
    assert ("hamas", "withdrawal", "accept") not in got
    assert ("israel", "withdrawal", "reject") in stances(
        "Israel is not going to withdraw from the corridor."
    )


def test_a_demand_not_forced_to_be_dropped_stays_a_demand() -> None:
    got = stances(
        "Osama Hamdan said the raid would not force the group to drop its demands, which "
        "include a full Israeli withdrawal."
    )
    assert ("hamas", "withdrawal", "demand") in got
    assert ("hamas", "withdrawal", "accept") not in got


def test_a_delivery_kept_for_a_later_phase_is_conditioned_on_it() -> None:
    got = stances(
        "Hamas says it will free the remaining hostages only in a second phase that brings a "
        "permanent end to the war."
    )
    assert ("hamas", "hostage_release", "condition") in got
    assert ("hamas", "ceasefire", "demand") in got
    assert ("hamas", "hostage_release", "accept") not in got


def test_a_price_below_which_a_party_will_not_deliver_is_asked_for() -> None:
    got = stances(
        'The group would not free the remaining hostages "for anything less than a full and '
        'permanent ceasefire."'
    )
    assert {("hamas", "hostage_release", "condition"), ("hamas", "ceasefire", "demand")} <= got


@pytest.mark.parametrize(
    "text",
    [
        'Trump has made clear that Hamas will "pay hell" if all hostages are not released.',
        "US President Donald Trump said on Wednesday that Hamas must return the remaining bodies "
        "quickly or face consequences.",
    ],
)
def test_the_target_of_a_threat_is_not_its_holder(text: str) -> None:
    got = stances(text)
    assert any(a == "united_states" and s == "threat" for a, _i, s in got), got
    assert not any(a == "hamas" and s == "threat" for a, _i, s in got), got


def test_a_judgement_of_another_sides_package_is_the_sources() -> None:
    got = stances(
        "Netanyahu's office said the Hamas proposal was \"far from Israel's necessary "
        'requirements".'
    )
    assert ("israel", "ceasefire", "reject") in got
    assert ("hamas", "ceasefire", "reject") not in got


def test_a_deal_said_to_take_effect_opens_a_frame_for_its_terms() -> None:
    got = stances(
        "The truce will take effect on Sunday. 33 Israeli hostages are to be released during "
        "the first phase."
    )
    assert ("hamas", "hostage_release", "accept") in got


def test_mediators_monitoring_a_deals_implementation_guarantee_it() -> None:
    got = stances(
        "The truce will take effect on Sunday. Thirty hostages are to be released during the first "
        "phase, he said, and Qatar, Egypt and the United States will monitor the implementation "
        "from Cairo."
    )
    assert {
        ("qatar", "security_guarantees", "accept"),
        ("egypt", "security_guarantees", "accept"),
    } <= got


def test_a_package_put_forward_by_a_named_person_is_their_partys() -> None:
    ex = extract_document(
        Document(
            name="t.txt",
            text="The 60-day ceasefire plan put forward by envoy Steve Witkoff would see 10 living "
            "hostages and 18 bodies handed over in stages.",
            published="2025-06-01",
        )
    )
    got = {(c.actor, c.issue, c.stance) for c in ex.claims}
    assert {
        ("united_states", "ceasefire", "offer"),
        ("united_states", "hostage_release", "offer"),
    } <= got, got
