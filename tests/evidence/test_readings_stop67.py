"""Readings added in stop 67 (issue 9).

- Those a party tables a package with table it too: "X is preparing a proposal with Y and Z"
  (the "with" on the package), "X, together with Y, proposed ..."; a "with" naming no party
  ("with US backing") adds no one.
- A release verb that states a term is no release: a participle on a deal ("an agreement
  freeing the abductees"), a clause on what a rule counts ("for every captive whose remains
  are handed over"), a release wanted ("the inmates it wants released", where the parser takes
  "wants" for an auxiliary); nor is a text put out, in either number ("the videos released").
- A warning that threatens nothing is no threat: one against something ("warned the
  government against leaving anyone behind"), or one that states how things are ("warned
  that the government is choosing X over Y").
- A vote cast by one named minister is no meeting; the cabinet's vote is.

Sentences written for these tests (no real article's text)."""

from __future__ import annotations

from .readings import claims, counts, read


def _types(text: str) -> set[str]:
    return {e.type for e in read(text).events}


def test_those_a_package_is_prepared_with_offer_it_too() -> None:
    got = claims("Washington is preparing a final proposal with Egypt and Qatar.")
    assert {("egypt", "ceasefire", "offer"), ("qatar", "ceasefire", "offer")} <= got
    got = claims("Egypt, together with Qatar, proposed a new truce.")
    assert ("qatar", "ceasefire", "offer") in got
    # so do those whose backing it has ("with the backing of Y and Z")
    got = claims("The proposal was presented by the United States, with the backing of Qatar.")
    assert ("qatar", "ceasefire", "offer") in got
    # a "with" naming no party adds no one
    got = claims("Israel presented a new proposal with new terms.")
    assert {k for k in got if k[2] == "offer"} == {("israel", "ceasefire", "offer")}


def test_a_release_that_states_a_term_is_no_release() -> None:
    text = 'He said an agreement freeing the hostages was "possible and essential".'
    assert "release" not in _types(text)
    text = (
        "For every captive whose remains are handed over, Israel would hand over the remains "
        "of 15 Gazans."
    )
    assert "release" not in _types(text)
    text = "The delegation submitted lists of prisoners it wants released on Monday."
    assert "release" not in _types(text)
    # a release told of the inmates still is one
    assert "release" in _types("The group named the prisoners it has released.")


def test_videos_released_free_no_one() -> None:
    text = "The videos released at the start of the month show two captives in a tunnel."
    assert "release" not in _types(text)


def test_a_warning_that_threatens_nothing_is_no_threat() -> None:
    text = "The forum warned the government against leaving anyone behind."
    assert "threat" not in _types(text)
    text = "The minister warned colleagues that the government is choosing the corridor."
    assert "threat" not in _types(text)
    # a consequence to come, a condition or a warning to keep away is one
    assert "threat" in _types("Hamas warned that any violation would be met with a response.")
    text = "The group warned that guards had new orders on what to do if troops approached."
    assert "threat" in _types(text)
    assert "threat" in _types("The army warned residents not to return north.")


def test_a_vote_cast_by_one_minister_is_no_meeting() -> None:
    assert "meeting" not in _types(
        "Defence Minister Yoav Gallant voted against the cabinet decision."
    )
    assert "meeting" in _types("The security cabinet voted on Thursday to keep the troops there.")


def test_a_that_clause_on_the_statement_is_what_the_verb_reports() -> None:
    # the parser hangs "that ..." on "statement" after "confirmed in a statement"
    text = (
        "Hamas confirmed in a statement that it had reached an agreement with Qatar to extend "
        "the truce."
    )
    assert ("hamas", "ceasefire", "accept") in claims(text)


def test_the_same_conditions_as_a_deal_are_its_terms_not_a_demand() -> None:
    text = "Qatar announced that the truce would be extended by two days on the same conditions."
    got = claims(text)
    assert ("hamas", "ceasefire", "accept") in got
    assert ("qatar", "ceasefire", "demand") not in got
    # a party's own conditions still condition what they are for
    assert ("hamas", "ceasefire", "condition") in claims(
        "Hamas set out its conditions for a truce."
    )


def test_a_plan_of_force_approved_accepts_no_package() -> None:
    text = (
        "Hamas rejected the truce proposal on Monday. In parallel, the security cabinet has "
        "approved a plan to take control of the city."
    )
    got = {(c.actor, c.issue, c.stance) for c in read(text).claims}
    assert ("israel", "ceasefire", "accept") not in got


def test_counted_people_detained_after_the_verb_are_its_object() -> None:
    # the parser reads "detained" as a past tense with the inmates as its subject
    text = (
        "In return, Israel will free nearly 2,000 Palestinians (250 serving life sentences and "
        "1,700 Gazans detained since October 2023, among them all women and minors held)."
    )
    got = counts(text)
    assert {("prisoners_released", 2000), ("prisoners_released", 1700)} <= got


def test_a_box_line_freed_by_the_army_counts_a_rescue() -> None:
    text = "Hostages, at a glance\nReleased by Hamas so far: 4\nFreed by the army: 1\n"
    got = counts(text)
    assert ("hostages_rescued", 1) in got
    assert ("hostages_released", 4) in got


def test_a_rescue_in_a_clause_of_its_own_leaves_the_release_before_it() -> None:
    text = (
        "Four hostages have been released so far -- two Americans on October 20 and two "
        "elderly Israeli women three days later -- and a soldier was freed by troops in a "
        "ground operation at the end of October."
    )
    got = counts(text)
    assert ("hostages_released", 4) in got
    assert ("hostages_rescued", 4) not in got
    # a figure of the rescue's own clause is still the rescue's
    assert ("hostages_rescued", 8) in counts(
        "Of the 251 hostages, 147 have returned, 8 of them rescued by troops."
    )


def test_a_list_after_a_noun_of_release_counts_releases() -> None:
    text = (
        "The releases will be staggered: three hostages on the first day, four on the "
        "seventh, and then three each week."
    )
    got = counts(text)
    assert {("hostages_released", 3), ("hostages_released", 4)} <= got


def test_people_who_took_to_the_streets_were_not_taken() -> None:
    got = counts("On Saturday some 500,000 people took to the streets of the capital.")
    assert ("hostages_taken", 500000) not in got
    assert ("hostages_taken", 251) in counts("Hamas took 251 people hostage on October 7, 2023.")


def test_under_no_circumstances_negates_the_verb() -> None:
    got = claims("Israel would under no circumstances agree to end the war.")
    assert ("israel", "ceasefire", "reject") in got
    assert ("israel", "ceasefire", "accept") not in got
    # "with no conditions" says how it agreed
    assert ("hamas", "ceasefire", "accept") in claims(
        "Hamas agreed to the truce with no conditions."
    )


def test_declining_to_go_into_details_rejects_nothing() -> None:
    text = "The prime minister described the reply as positive but declined to go into details."
    assert "rejection" not in _types(text)
    assert "rejection" not in _types("The spokesman declined to be drawn on the timing.")
    assert "rejection" in _types("Hamas refused to release the hostages.")


def test_those_who_approved_a_package_do_not_own_it() -> None:
    text = (
        "Netanyahu remains committed to the framework approved by Israel and welcomed by US "
        "President Joe Biden."
    )
    got = claims(text)
    assert ("israel", "ceasefire", "accept") in got
    assert ("israel", "ceasefire", "offer") not in got


def test_the_terms_after_a_package_are_its_tablers_not_its_backers() -> None:
    text = (
        "The United States presented the proposal with Qatar and Egypt on Friday. A first "
        "phase would see the release of women and the elderly among the hostages in exchange "
        "for Palestinian prisoners."
    )
    ex = read(text)
    second = {
        (c.actor, c.issue, c.stance) for c in ex.claims if c.evidence.text.startswith("A first")
    }
    assert ("united_states", "hostage_release", "offer") in second
    assert not {k for k in second if k[0] in ("qatar", "egypt")}


def test_whom_a_verb_of_speaking_addresses_is_no_place() -> None:
    text = (
        "The mediators met in Doha on Monday. Netanyahu has spoken by phone to Noa Argamani, "
        "his office said."
    )
    places = {e.location for e in read(text).events}
    assert "Noa Argamani" not in places
    assert "Doha" in places
