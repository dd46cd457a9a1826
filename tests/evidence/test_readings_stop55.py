"""Readings added in stop 55 (issue 9): a condition clause negated through a verb of
persisting, the terms a package of no named author asks for, what a party's conditions are
for, a ruling "only on X's terms", watching over a deal's execution; parts of a figure told by
a copula or by a subject that names the whole, a part's status kept off its whole, a fronted
whole with its own participle, a counter-offer's figures; a refusal of what lacks something
and one barred by "before" as threats, a quotation woven into the text's clause; a list of
conditions after "until" (a parse repair), a rate "for every ten freed", duties under a deal,
a package judged to tilt, "no aid will enter"; a name that qualifies a source's body, a
party's labelled statement line. Sentences written for these tests (no article text)."""

from __future__ import annotations

from .readings import claims, counts, events, read


def test_a_condition_refused_through_a_verb_of_persisting_is_a_threat() -> None:
    got = claims(
        "Katz warned that if Hamas kept refusing to hand over the hostages, the army would "
        "seize more ground."
    )
    assert {("israel", "hostage_release", "threat"), ("israel", "hostage_release", "demand")} <= got
    assert ("israel", "hostage_release", "condition") not in got


def test_what_a_package_of_no_named_author_asks_is_no_ones_demand() -> None:
    got = claims("The draft calls for Hamas to free five captives in return for a 45-day truce.")
    assert ("hamas", "ceasefire", "demand") not in got
    # a party's own package still asks what it gets in return
    got = claims("Hamas offered to free five captives in return for a 45-day truce.")
    assert ("hamas", "ceasefire", "demand") in got


def test_what_a_partys_conditions_are_for_is_conditioned() -> None:
    got = claims("Netanyahu said Israel's conditions for ending the war had not changed.")
    assert ("israel", "ceasefire", "condition") in got
    assert ("israel", "ceasefire", "demand") not in got
    got = claims("A minister said the fighting would stop only on Israel's terms.")
    assert ("israel", "ceasefire", "condition") in got


def test_watching_over_a_deals_execution_is_a_guarantee() -> None:
    got = claims(
        "Erdogan said Turkey was ready to join a mission to monitor compliance with the deal."
    )
    assert ("turkey", "security_guarantees", "offer") in got


def test_parts_of_a_figure_told_by_a_copula_share_its_role() -> None:
    got = counts("The 41 Palestinians freed from Ofer prison on Friday were 26 women and 15 boys.")
    assert {("prisoners_released", 26), ("prisoners_released", 15)} <= got
    got = counts(
        "Israel freed 80 Palestinian prisoners on Sunday. A list published by the prison "
        "service showed they were 62 women and 18 minors."
    )
    assert {("prisoners_released", 62), ("prisoners_released", 18)} <= got


def test_parts_of_a_whole_named_by_the_subject_without_a_figure() -> None:
    got = counts(
        "Israel released 1,900 Palestinians on Monday. The prisoners freed included 230 "
        "serving life sentences and 1,670 Gazans detained during the war."
    )
    assert {("prisoners_released", 230), ("prisoners_released", 1670)} <= got


def test_a_parts_status_is_not_its_wholes() -> None:
    got = counts("Officials believe 119 hostages remain in Gaza, with at least 37 of them dead.")
    assert ("hostages_held_dead", 37) in got
    assert ("hostages_held_dead", 119) not in got


def test_a_fronted_whole_with_its_own_participle_of_taking() -> None:
    got = counts("Of the 240 people dragged into Gaza on October 7, 110 are still there.")
    assert ("hostages_taken", 240) in got


def test_refusing_a_deal_that_lacks_something_is_a_threat() -> None:
    text = '"We will not sign any agreement that does not end the war," a Hamas official said.'
    assert "threat" in events(text)
    assert "threat" not in events('"We will sign the agreement," a Hamas official said.')


def test_a_name_qualifying_a_sources_body_does_not_speak() -> None:
    (claim,) = read("A senior Trump administration official said the US wants a truce soon.").claims
    assert (claim.actor, claim.speaker) == (
        "united_states",
        "a senior Trump administration official",
    )


def test_a_list_of_conditions_after_until_is_read_as_one_condition() -> None:
    got = claims(
        'Gallant said: "The war will continue until all the captives are home, Hamas is '
        'dismantled and Gaza no longer threatens Israel."'
    )
    assert ("israel", "hamas_rule", "demand") in got
    assert ("israel", "hamas_rule", "condition") not in got


def test_a_partys_labelled_statement_line_speaks_for_it() -> None:
    ex = read(
        "Excerpts from the statements:\n"
        'Israel, Defence Ministry: "The cabinet has approved the outline. The fighting will '
        'go on until all the captives are back and Hamas is disarmed."\n'
        'Hamas: "We demand a full withdrawal."'
    )
    got = {(c.actor, c.issue, c.stance, c.speaker) for c in ex.claims}
    assert ("israel", "hamas_rule", "demand", "Defence Ministry") in got
    assert not any(actor == "hamas" and issue == "ceasefire" for actor, issue, _s, _p in got)


def test_a_duty_under_a_deal_is_a_term() -> None:
    assert ("israel", "humanitarian_aid", "accept") in claims(
        "Under the agreement, 500 trucks should enter Gaza each day during the first stage."
    )
    assert ("israel", "humanitarian_aid", "accept") in claims(
        "Under the agreement, up to 500 aid trucks a day are meant to enter Gaza."
    )


def test_a_rate_conditions_the_clause_it_hangs_on() -> None:
    got = claims(
        "Israel has said the truce can be extended by a day for every 10 more hostages freed."
    )
    assert got == {("israel", "ceasefire", "condition"), ("israel", "hostage_release", "demand")}
    # an exchange's ratio stays a term
    got = claims("Under the deal, Israel will free 30 Palestinian prisoners for every hostage.")
    assert ("israel", "prisoner_release", "condition") not in got


def test_a_package_judged_to_favour_the_other_side_is_rejected() -> None:
    assert ("hamas", "ceasefire", "reject") in claims(
        "Hamas said the new draft was tilted towards Israeli demands."
    )


def test_an_issue_denied_as_a_future_subject_is_refused_by_its_giver() -> None:
    assert ("israel", "humanitarian_aid", "reject") in claims("Katz said no aid would enter Gaza.")


def test_a_refusal_barred_by_before_is_a_threat_and_its_bar_no_operation() -> None:
    got = events("Israel will not end the war before Hamas is destroyed, Netanyahu said.")
    assert "threat" in got and "military_operation" not in got
    assert "threat" not in events("The army struck Rafah before the talks began.")


def test_a_quotation_woven_into_the_texts_clause_tells_the_act() -> None:
    text = (
        "The prime minister's office said Israel had \u201ctransferred its counter-proposal to "
        "the mediators in full coordination with Washington\u201d on Saturday."
    )
    assert "proposal" in events(text)
    # a quotation of the speaker's own words stays words
    assert "proposal" not in events(
        "\u201cThe mediators will receive a new proposal from us soon,\u201d the minister said."
    )


def test_what_a_counter_offer_seeks_is_a_proposed_figure() -> None:
    got = counts("The counter-offer seeks the release of 11 living hostages and 16 bodies.")
    assert ("hostages_released", 11) in got
    assert ("hostages_held_living", 11) not in got
