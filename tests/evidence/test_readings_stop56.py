"""Readings added in stop 56 (issue 9): a thing that threatens a deal ("a dispute that had
threatened to unravel the truce") is no party's threat; mediators who report a deal reached offer
none of its terms; a joint holder of mediators is mediating; an operation warned against is not
under way; "security responsibility" is no blame; plural ministers and envoys of a party hold
its positions; a package called a historic mistake is rejected; a party committed to a proposal
accepts it (not to a "plan to" do something); quitting or dissolving the government over a
deal is a threat; obstacles, blame and not wanting a deal are charges; a party whose one concern
is its people asks for them whatever it urges; seeking a deal is read beside an issue named
elsewhere; what an answer answers is the other side's package; what an effort aims at is
sought; the families plead (no conditions or threats of their own); a statement issued by a
body speaks for it; giving up on the people held is a charge; an answer handed over in a
participle is tabled; a clause set apart by "after" names no object of the verb; a proviso after a reported clause
conditions it. Sentences written for these tests (no article text)."""

from __future__ import annotations

from .readings import claims, events, read


def test_a_thing_that_threatens_a_deal_is_no_partys_threat() -> None:
    text = (
        "Hamas said on Thursday it would free three captives on Saturday as planned, after "
        "Egyptian and Qatari mediators stepped in to settle a row that had threatened to "
        "unravel the truce."
    )
    got = claims(text)
    assert not {c for c in got if c[2] == "threat"}
    assert "threat" not in events(text)
    # a party that threatens still does
    got = claims("Israel threatened to resume strikes unless Hamas freed the captives.")
    assert ("israel", "hostage_release", "threat") in got


def test_mediators_reporting_a_deal_offer_none_of_its_terms() -> None:
    got = claims(
        "Egypt, Qatar and the United States announced on Tuesday that Israel and Hamas had "
        "agreed to a five-day humanitarian pause under which 40 women held hostage in the "
        "territory will be freed in exchange for 120 Palestinian women held in Israeli prisons."
    )
    assert ("israel", "prisoner_release", "accept") in got
    mediators = {"qatar", "egypt", "united_states"}
    assert not {c for c in got if c[0] in mediators and c[1] == "prisoner_release"}


def test_an_operation_warned_against_is_not_under_way() -> None:
    got = read("Egypt's foreign minister warned against the Rafah offensive on Monday.")
    assert "military_operation" not in {e.type for e in got.events}


def test_security_responsibility_is_no_blame() -> None:
    got = events(
        "Netanyahu said that after the war Israel would hold overall security responsibility "
        "for the territory."
    )
    assert "accusation" not in got


def test_a_partys_ministers_hold_its_positions() -> None:
    got = claims("Israeli ministers voted against the ceasefire deal.")
    assert ("israel", "ceasefire", "reject") in got


def test_a_package_called_a_mistake_is_rejected() -> None:
    got = claims('Israeli minister Itamar Ben-Gvir called the deal "a historic mistake".')
    assert ("israel", "ceasefire", "reject") in got


def test_committed_to_a_proposal_is_holding_to_it() -> None:
    got = claims("Hamas said it remained committed to the July 2 proposal.")
    assert ("hamas", "ceasefire", "accept") in got
    # a plan to do something is an aim, not a package
    got = claims("Israel is committed to the plan to destroy Hamas.")
    assert ("hamas", "hamas_rule", "accept") not in got


def test_bringing_down_the_government_over_a_deal_is_a_threat() -> None:
    text = "Israeli minister Itamar Ben-Gvir said he would dissolve the government if the deal went ahead."
    assert ("israel", "ceasefire", "reject") in claims(text)
    assert "threat" in events(text)
    text = "Israeli minister Itamar Ben-Gvir said his party would quit if the cabinet approved the deal."
    assert ("israel", "ceasefire", "reject") in claims(text)
    assert "threat" in events(text)


def test_charges_of_obstacles_blame_and_not_wanting_a_deal_are_accusations() -> None:
    assert "accusation" in events(
        "Hamas official Osama Hamdan said Netanyahu was placing obstacles in the way of a deal."
    )
    assert "accusation" in events(
        "Hamas said in a statement that Netanyahu was responsible for the deaths of the captives."
    )
    assert "accusation" in events('Netanyahu said that Hamas "does not want a deal."')
    assert "accusation" in events(
        "A US official said the reply showed a lack of seriousness about reaching a ceasefire."
    )
    assert "accusation" in events(
        "Netanyahu's office said Hamas was backing out of the understandings."
    )
    # a party's own claim of having done something is no charge
    assert "accusation" not in events("Hamas said it was responsible for the rocket fire.")


def test_a_party_whose_one_concern_is_its_people_asks_for_them_whatever_it_urges() -> None:
    got = claims(
        "The Hostages and Missing Families Forum urged the government not to let the moment pass."
    )
    assert ("hostage_families", "hostage_release", "demand") in got
    got = claims(
        '"There is a deal on the table. Sign it," the Hostages and Missing Families Forum said.'
    )
    assert ("hostage_families", "hostage_release", "demand") in got
    # another party's urging names what it urges
    assert not claims("Qatar urged the government not to let the moment pass.")


def test_seeking_a_deal_is_read_beside_an_issue_named_elsewhere() -> None:
    got = claims(
        'Qatar and Egypt said the pause was "normal" and that they would continue their efforts '
        "to reach an agreement."
    )
    assert {("qatar", "ceasefire", "demand"), ("egypt", "ceasefire", "demand")} <= got


def test_what_an_answer_answers_is_the_other_sides_package() -> None:
    got = claims(
        "The US recalled its team from Doha after Hamas submitted its response to the latest "
        "proposal for a 60-day truce."
    )
    assert ("hamas", "ceasefire", "offer") not in got
    # a party named in the package answered still tables it
    got = claims(
        "Hamas handed the mediators its response to the truce plan outlined by US President "
        "Joe Biden."
    )
    assert ("united_states", "ceasefire", "offer") in got


def test_what_an_effort_aims_at_is_sought() -> None:
    got = claims(
        "Hamas said it had agreed to free the soldier as part of efforts to reach a ceasefire."
    )
    assert ("hamas", "ceasefire", "demand") in got
    assert ("hamas", "ceasefire", "accept") not in got
    got = claims("Turkey has also said it supports any effort leading to a permanent ceasefire.")
    assert ("turkey", "ceasefire", "demand") in got


def test_the_families_plead_they_set_no_conditions_and_make_no_threats() -> None:
    got = claims(
        "The Hostages and Missing Families Forum said the only way to bring everyone home was "
        "an agreement that completes all stages of the deal."
    )
    assert ("hostage_families", "hostage_release", "demand") in got
    assert not {c for c in got if c[0] == "hostage_families" and c[2] == "condition"}
    # a refusal until something is done stays a condition
    got = claims(
        "The Hostages and Missing Families Forum urged the government to freeze the second stage "
        "of the truce until every body is back."
    )
    assert ("hostage_families", "ceasefire", "condition") in got


def test_a_statement_issued_by_a_body_speaks_for_it() -> None:
    got = claims(
        "The following statement was issued by the Hostages and Missing Families Forum on "
        'Tuesday, hours after the strikes resumed:\n\n"The government has chosen to give up on '
        'the captives.\n\n"We demand that the government stop the fighting immediately and '
        'return to the negotiating table."\n'
    )
    assert ("hostage_families", "ceasefire", "demand") in got


def test_giving_up_on_the_people_held_is_a_charge() -> None:
    assert "accusation" in events(
        'The families\' forum said the government had chosen "to give up on the hostages".'
    )
    assert "accusation" in events('"The government has abandoned them," the forum said.')


def test_an_answer_handed_over_in_a_participle_is_tabled() -> None:
    got = events(
        "Hamas's reply, handed to Qatari and Egyptian mediators on Tuesday night, called for a "
        "full withdrawal."
    )
    assert "proposal" in got


def test_what_a_clause_set_apart_names_is_no_object_of_the_verb() -> None:
    got = claims(
        "Hamas said it had accepted the deal after receiving guarantees from the mediators that "
        "the war would end."
    )
    assert ("hamas", "ceasefire", "accept") in got
    assert ("hamas", "security_guarantees", "accept") not in got


def test_a_proviso_after_a_reported_clause_conditions_it() -> None:
    # the parser hangs "provided" on the verb of saying, as a clause or a second report
    for text in (
        "Hamas said the movement is ready for a ceasefire, provided that Israel commits to a "
        "withdrawal.",
        "Hamas said it would accept the truce provided that Israel withdraws.\n",
    ):
        got = claims(text)
        assert ("hamas", "ceasefire", "condition") in got
        assert ("hamas", "withdrawal", "demand") in got
