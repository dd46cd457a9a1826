"""Readings added in stop 53 (issue 9): a release approved is planned (its people are those
released, not those held), people "freed by force" or "in operations" are rescued, the whole
after an opening "of" keeps its own participle when the parse takes it for a subject, a clause
after a colon that the parse hangs on the noun before it states a position, and what a denial
denies is no event and, for an acceptance, a rejection. Sentences written for these tests (no
article text)."""

from __future__ import annotations

from accord.evidence.nlp import nlp
from accord.evidence.parse_repairs import repair

from .readings import claims, counts, events, read


def test_a_release_approved_frees_inmates_described_as_held() -> None:
    ex = read("The cabinet approved the release of 150 Palestinian women held in Israeli prisons.")
    got = [(n.quantity, n.value, n.mode) for n in ex.counts]
    assert got == [("prisoners_released", 150, "planned")]


def test_people_freed_by_force_or_in_operations_are_rescued() -> None:
    assert ("hostages_rescued", 7) in counts("Seven hostages have been freed by force since May.")
    assert ("hostages_rescued", 4) in counts("Four hostages were freed in military operations.")
    # a phase of a deal is no operation of rescue
    got = counts("Two hostages were released in the first phase of the operation.")
    assert ("hostages_released", 2) in got


def test_the_whole_after_an_opening_of_keeps_its_participle() -> None:
    doc = repair(nlp()("Of roughly 240 people taken into the city on May 7, four have been freed."))
    people = next(t for t in doc if t.text == "people")
    assert (people.dep_, people.head.text) == ("pobj", "Of")
    got = counts("Of roughly 240 people taken into the city on May 7, four have been freed.")
    assert {("hostages_taken", 240), ("hostages_released", 4)} <= got
    assert ("hostages_released", 240) not in got


def test_a_clause_after_a_colon_hung_on_the_noun_states_a_position() -> None:
    doc = repair(nlp()("Vale repeated one message: Ruritania will not leave the corridor."))
    leave = next(t for t in doc if t.text == "leave")
    assert leave.dep_ == "parataxis"
    got = claims("Vale repeated one message: Israel will not leave the Philadelphi corridor.")
    assert ("israel", "withdrawal", "reject") in got


def test_what_a_denial_denies_is_no_event_and_an_acceptance_denied_is_a_rejection() -> None:
    text = "Hamas officials denied that the group had ever accepted the proposal."
    assert "acceptance" not in events(text)
    assert ("hamas", "ceasefire", "accept") not in claims(text)
    assert ("hamas", "ceasefire", "reject") in claims("Hamas denied agreeing to the proposal.")
    # a refusal is still a rejection, of the claim and the event
    assert "rejection" in events("Hamas refused to accept the proposal.")


def test_a_plans_terms_after_a_new_paragraph_keep_its_presenter() -> None:
    text = (
        "WASHINGTON - President Joe Biden on Friday presented what he described as a new "
        "Israeli proposal for ending the war.\n\n"
        "The plan, sent to Hamas through Qatar, would unfold in three stages:\n\n"
        "Phase one:\n"
        "- A full ceasefire; Israeli forces would withdraw from populated areas.\n"
        "- Release of women and the elderly held in Gaza in exchange for Palestinian prisoners.\n"
    )
    ex = read(text)
    lines = [c for c in ex.claims if c.evidence.text.startswith("- ")]
    assert lines and all(c.speaker == "Joe Biden" for c in lines)
    assert ("israel", "withdrawal", "offer") in {(c.actor, c.issue, c.stance) for c in lines}


def test_calling_what_another_did_a_wrong_is_an_accusation() -> None:
    assert "accusation" in events("Hamas called the raid a massacre.")
    assert "accusation" in events("Hamas described the strikes as a massacre.")
    assert "accusation" in events('Netanyahu\'s office called the offer "psychological warfare".')
    # the word in what is named, a neutral name, or a call for something: none
    assert "accusation" not in events("He called the massacre a turning point.")
    assert "accusation" not in events("Biden called it an Israeli proposal.")
    assert "accusation" not in events("Egypt called for an end to the massacre.")
    assert "accusation" not in events("Qatar called on both sides to stop the crimes.")


def test_a_party_telling_that_the_held_were_killed_charges_the_other() -> None:
    text = "Hamas's armed wing claimed on Telegram that three hostages were killed in the raid."
    assert "accusation" in events(text)
    # its own act, or no harm told: no charge
    assert "accusation" not in events("Israel said its strike killed two hostages.")
    text = "He said the Israeli forces arrived at night to carry out the operation, freeing the hostages."
    assert "accusation" not in events(text)


def test_only_if_conditions_the_clause_before_it() -> None:
    got = claims("Hamas will free the hostages only if Israel ends the war.")
    assert ("hamas", "hostage_release", "condition") in got
    assert ("israel", "hostage_release", "condition") not in got  # not the if-clause's subject


def test_a_group_made_up_of_parts_breaks_down_the_figure_before() -> None:
    got = counts(
        "Hamas freed 17 hostages on Sunday. An official said the group is made up of 13 "
        "Israelis and four Thai nationals."
    )
    assert {("hostages_released", 13), ("hostages_released", 4)} <= got


def test_a_bare_yes_or_no_answers_the_package_before() -> None:
    ex = read(
        "Witkoff put forward a bridge proposal for a truce. Israel said yes. Hamas said no, "
        "calling it a trap."
    )
    got = {(c.actor, c.issue, c.stance) for c in ex.claims}
    assert {("israel", "ceasefire", "accept"), ("hamas", "ceasefire", "reject")} <= got
    assert {"acceptance", "rejection"} <= {e.type for e in ex.events}
    # "said no" before a noun is no answer
    assert "rejection" not in events("Hamas said no deal had been reached.")


def test_what_a_plan_would_see_done_is_planned() -> None:
    assert "release" not in events("The Egyptian plan would see Hamas free five living hostages.")
    assert "release" in events("The deal saw Hamas free 33 hostages.")


def test_a_readiness_on_a_condition_is_no_acceptance() -> None:
    text = "Hamas says it is ready to release all the captives if Israel ends the war."
    assert "acceptance" not in events(text)
    text = "Hamas says it is ready to release all the captives, provided that Israel ends the war."
    assert "acceptance" not in events(text)
    assert "acceptance" in events("Hamas says it is ready to release all the captives.")


def test_a_refusal_to_come_is_a_position_not_a_rejection_event() -> None:
    text = "Hamas said it will not accept any deal that does not end the war."
    assert "rejection" not in events(text)
    assert ("hamas", "ceasefire", "demand") in claims(text)
    assert "rejection" in events("Hamas did not accept the proposal.")


def test_it_in_a_clause_on_the_truce_is_the_truce() -> None:
    ex = read("The truce has held since it began on January 19.")
    assert [(e.type, e.date) for e in ex.events] == [("ceasefire_start", "2024-01-19")]
    assert "ceasefire_start" not in events("The deal collapsed after it began.")
