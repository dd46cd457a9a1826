"""Readings added in stop 57 (issue 9): changes or amendments called unacceptable are the
package refused; a proposal accepted "from A and B" is A's and B's, so the plan's terms told
next are their offers (not a deal's terms); a refusal barred "while" a present state lasts
("while the corridor is occupied", "while troops are there") is a condition; hands kept "on
the trigger" threaten the truce; those who broker a deal are no parties to it; a list a party
asks for ("It asked for two changes, according to X:" / "- ...") is its demands, read with the
sentence before its pronoun and not as a package's terms; what the fighting is carried on for
("will resume fighting to free them") is asked; an answer given "in a positive spirit" accepts;
a fact box's tally ("Killed (health ministry): N") reports no happening; non-starters found in
a party's reply are the speaker's judgement; an ordinal in a name ("the 401st Brigade") is no
count; a charge made in a quotation is an accusation; a noun of answering ("its rejection of
all the proposals") takes the package it names; a red line drawn on what the holder itself
delivers is refused; the people held said to come back "in coffins" is a threat; a delivery
kept for a deal ("will only free them as part of a deal that ends X") is a condition, and
what the deal must do is asked for; the dead said by their holder to be hard to reach set its
condition on their return.
Sentences written for these tests (no article text)."""

from __future__ import annotations

from .readings import claims, events, read


def test_changes_called_unacceptable_are_the_package_refused() -> None:
    got = claims("Israel said on Sunday that the changes were not acceptable.")
    assert ("israel", "ceasefire", "reject") in got
    got = claims("A senior Israeli official said the amendments were unacceptable.")
    assert ("israel", "ceasefire", "reject") in got


def test_a_proposal_from_named_mediators_is_theirs() -> None:
    got = claims(
        "Hamas said it had accepted a fresh truce proposal from Egypt and Qatar.\n\n"
        "The plan calls for Hamas to free five captives in exchange for a 50-day pause and "
        "the release of Palestinian prisoners."
    )
    assert ("egypt", "prisoner_release", "offer") in got
    assert ("qatar", "hostage_release", "offer") in got
    # one side accepting is no deal: the other side accepts none of its terms
    assert ("israel", "prisoner_release", "accept") not in got


def test_a_refusal_while_a_state_lasts_is_a_condition() -> None:
    got = claims("Hamas said it would not free the captives while the border corridor is occupied.")
    assert ("hamas", "hostage_release", "condition") in got
    assert ("hamas", "hostage_release", "reject") not in got
    got = claims(
        "Hamas said it would not free the captives while Israeli troops are in the corridor."
    )
    assert ("hamas", "hostage_release", "condition") in got
    # a concession told in the past is no lasting state
    got = claims("While Hamas agreed to the pause, Israel said it would not free the prisoners.")
    assert ("israel", "prisoner_release", "condition") not in got


def test_hands_on_the_trigger_threaten_the_truce() -> None:
    text = "A Hamas statement said its fighters' hands would remain on the trigger."
    assert ("hamas", "ceasefire", "threat") in claims(text)
    assert "threat" in events(text)


def test_brokers_of_a_deal_are_no_parties_to_it() -> None:
    got = claims(
        "The truce, brokered by Egypt with the help of Qatar, was approved after a cabinet "
        "meeting that ran late into the night."
    )
    assert not {c for c in got if c[0] in ("egypt", "qatar") and c[2] == "accept"}


def test_a_list_a_party_asks_for_is_its_demands() -> None:
    got = claims(
        "Hamas handed its reply to the mediators on Friday. It asked for two changes, "
        "according to a Palestinian official:\n"
        "- that the United Nations run all aid deliveries;\n"
        "- that Israeli forces pull back to the lines they held in March.\n"
    )
    assert ("hamas", "humanitarian_aid", "demand") in got
    assert ("hamas", "withdrawal", "demand") in got
    assert ("hamas", "withdrawal", "offer") not in got


def test_what_the_fighting_is_carried_on_for_is_asked() -> None:
    got = claims("Israel will resume fighting to free the captives, the defence minister said.")
    assert ("israel", "ceasefire", "threat") in got
    assert ("israel", "hostage_release", "demand") in got
    got = claims(
        "Netanyahu said Israel would continue the war in order to bring back the captives and "
        "destroy Hamas."
    )
    assert ("israel", "hostage_release", "demand") in got
    assert ("israel", "hamas_rule", "demand") in got


def test_an_answer_given_in_a_positive_spirit_accepts() -> None:
    got = claims("Hamas said it had answered the new proposal in a constructive and positive way.")
    assert ("hamas", "ceasefire", "accept") in got


def test_a_fact_box_tally_reports_no_happening() -> None:
    text = (
        "Talks resumed in Cairo on Monday.\n\n"
        "At a glance\n"
        "Palestinians killed (health ministry): 31,240\n"
        "Prisoners per soldier released (proposed): 40\n"
    )
    got = read(text)
    assert {e.type for e in got.events} == {"talks"}
    assert any(n.value == 31240 for n in got.counts)  # the figure is still counted
    # a label that ties its figure to a happening still reports it
    assert "release" in events(
        "Key figures\nCaptives freed under the truce: 105\nStill held: 137\n"
    )


def test_a_partys_answer_judged_is_judged_by_the_speaker() -> None:
    got = claims(
        "Ann Vale, the US envoy, said the Hamas reply held several non-starters, though a deal "
        "was still within reach."
    )
    assert ("united_states", "ceasefire", "reject") in got
    assert ("hamas", "ceasefire", "reject") not in got


def test_an_ordinal_in_a_name_is_no_count() -> None:
    got = read("Troops of the 401st Brigade entered the crossing on Tuesday.")
    assert not [n for n in got.counts if n.value == 401]


def test_a_charge_made_in_a_quotation_is_an_accusation() -> None:
    text = (
        '"Hamas is reneging on parts of the agreement to squeeze out last-minute gains," '
        "Netanyahu's office said."
    )
    assert "accusation" in events(text)
    # a threat named as a noun in a quotation is no warning made
    assert "threat" not in events('"This is about the threat from the north," the minister said.')


def test_a_noun_of_answering_takes_the_package_it_names() -> None:
    got = claims(
        "The talks stalled over Hamas's refusal to free more captives and its rejection of all "
        "of the proposals it had received from the mediators."
    )
    assert ("hamas", "hostage_release", "reject") in got
    assert ("hamas", "ceasefire", "reject") in got


def test_a_red_line_on_what_the_holder_delivers_is_refused() -> None:
    got = claims('A Hamas leader said disarmament was "a red line" for the movement.')
    assert ("hamas", "hamas_rule", "reject") in got
    assert ("hamas", "hamas_rule", "demand") not in got
    # on what another party delivers it stays a demand
    assert ("hamas", "ceasefire", "demand") in claims(
        "Hamas said an end to the war was a red line."
    )


def test_captives_said_to_come_back_dead_is_a_threat() -> None:
    got = claims(
        "The armed wing of Hamas said the captives would be sent back in coffins if the "
        "bombardment went on."
    )
    assert ("hamas", "hostage_release", "threat") in got
    assert ("hamas", "hostage_release", "condition") not in got
    got = claims('"Bring them home alive, not in body bags," the families\' forum said.')
    assert not {c for c in got if c[2] == "threat"}


def test_a_delivery_kept_for_a_deal_is_a_condition() -> None:
    got = claims(
        "Hamas said it would only hand over the remaining captives under an agreement that "
        "ends the war."
    )
    assert ("hamas", "hostage_release", "condition") in got
    assert ("hamas", "ceasefire", "demand") in got
    assert ("hamas", "hostage_release", "accept") not in got
    # without "only" the pledge stands
    got = claims("Hamas said it would hand over the remaining captives under the agreement.")
    assert ("hamas", "hostage_release", "condition") not in got


def test_the_dead_said_hard_to_reach_condition_their_return() -> None:
    got = claims("Hamas told the mediators the bodies were very hard to find under the rubble.")
    assert ("hamas", "bodies_return", "condition") in got
    got = claims("A Hamas official spoke of difficulties in reaching the remaining bodies.")
    assert ("hamas", "bodies_return", "condition") in got
