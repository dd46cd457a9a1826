"""Readings added in stop 61 (issue 9).

- A breakdown set off by commas on a subject ("Thirty inmates, of whom 16 were minors and 14
  were women, were freed") does not take the main verb from the people: the verb after the
  closing comma governs, and the parts share what befell the whole.
- A participle on the whole a sentence opens with ("Of the 251 people dragged into X on
  October 7, 105 came home") describes the whole; the part's own verb ("came home", with no
  auxiliary) says what befell it, and a date in the participle's clause dates the event the
  whole's noun names.
- A fact-box line with one figure of several kinds of people ("Inmates to be freed: 150 women
  and minors") counts the label's people, as a line listing a figure per kind does.
- A number standing for "N more" ("troops have rescued seven more") is what its word is in the
  clause; only those held are rescued, whoever was counted just before.
- People detained, arrested or imprisoned are held by a state, wherever ("1,718 people detained
  in X during the war" are inmates freed, not abductees).
- A noun summing up the clause before it with a relative clause of its own ("X accused Y of
  backtracking, a charge Z denied") leaves that clause the main one: the charge is made.
- A clause told with no "that", its subject a pronoun ("informs mediators it approves the
  paper"), is what the addressee is told, not a relative clause on the addressee; a semicolon
  ends the clause before it, which is no complement of the verb after it.
- An acceptance phrase denied ("has not said yes") or with nothing for its object ("will sign
  nothing") is no acceptance.
- The first of a schedule ("33 are to be freed, starting with three women") is a part of its
  figure; "N of them" after people left held ("that leaves 120 people there") counts the held.
- A truce broken off ends ("broke off a two-month truce"; a verb with a particle names what ends
  as its object); a proposal embraced and a resolution welcomed are accepted.
- Forces that "must stay there" refuse a withdrawal, as forces that must stay "in" a place do.

Sentences written for these tests, some adapted from the invented read sets (no real article's
text)."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document

from .readings import claims, counts, events


def test_a_breakdown_between_commas_leaves_the_main_verb_to_the_whole() -> None:
    got = counts(
        "Thirty Palestinian prisoners, of whom 16 were minors and 14 were women, were released "
        "from Israeli jails in return, according to the foreign ministry."
    )
    assert {("prisoners_released", 30), ("prisoners_released", 16)} <= got
    assert ("prisoners_released", 14) in got
    assert not any(q == "other" for q, _v in got)


def test_a_participle_on_an_opening_whole_describes_it() -> None:
    text = (
        "Of the 251 people dragged into the enclave on October 7, 105 came home during the "
        "one-week truce last November."
    )
    got = counts(text)
    assert {("hostages_taken", 251), ("hostages_released", 105)} <= got
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-10"))
    taken = [e for e in ex.events if e.type == "military_operation"]
    assert taken and taken[0].date == "2023-10-07"


def test_a_part_that_came_home_is_released() -> None:
    got = counts("Of the 240 hostages, 105 came home during the truce.")
    assert ("hostages_released", 105) in got


def test_one_figure_of_several_kinds_on_a_fact_line_is_the_labels_people() -> None:
    got = counts("Key figures:\n- Palestinian prisoners to be freed: 150 women and minors\n")
    assert ("prisoners_released", 150) in got
    got = counts("Key figures:\n- Prisoners freed: 150 women and minors\n")
    assert ("prisoners_released", 150) in got
    assert ("hostages_released", 150) not in got


def test_n_more_rescued_are_of_those_held() -> None:
    got = counts(
        "In November 105 came home in exchange for 240 Palestinian prisoners. "
        "The army has rescued seven more, four of them in last weekend's raid."
    )
    assert ("hostages_rescued", 7) in got


def test_people_detained_by_a_state_are_inmates() -> None:
    got = counts(
        "Israel freed 1,968 prisoners on Monday. They included 250 serving life sentences and "
        "some 1,718 people detained in Gaza during the war."
    )
    assert ("prisoners_released", 1718) in got
    assert ("hostages_released", 1718) not in got


def test_a_summing_noun_after_a_charge_leaves_the_charge_the_main_clause() -> None:
    assert "accusation" in events(
        "On Thursday morning the prime minister's office accused Hamas of backtracking on parts "
        "of the agreement, a charge the group's official Izzat al-Rishq denied."
    )


def test_a_clause_told_with_no_that_before_a_semicolon_is_what_the_addressee_is_told() -> None:
    text = (
        "Hamas informs mediators it approves the Egyptian-Qatari paper; Israel calls it 'far' "
        "from its demands\n\nMore follows.\n"
    )
    assert "acceptance" in events(text)
    assert ("hamas", "ceasefire", "accept") in claims(text)
    text = "Hamas informs mediators it approves the Egyptian-Qatari paper\n\nMore follows.\n"
    assert "acceptance" in events(text)


def test_an_acceptance_phrase_denied_or_given_nothing_is_no_event() -> None:
    assert "acceptance" not in events("Hamas has not said yes.")
    assert "acceptance" not in events(
        "Its leaders insist they will sign nothing that does not guarantee the war ends."
    )
    assert "acceptance" in events("Hamas said yes to the plan on Monday.")


def test_the_first_of_a_schedule_is_a_part_of_its_figure() -> None:
    got = counts(
        "Under the agreement, 33 hostages are to be freed over a 42-day first phase, starting "
        "with three women on the first day."
    )
    assert ("hostages_released", 3) in got
    assert ("other", 3) not in got


def test_a_part_of_people_left_held_is_of_those_held() -> None:
    got = counts("That leaves 120 people in Gaza. The army has declared at least 41 of them dead.")
    assert ("hostages_held_dead", 41) in got


def test_a_truce_broken_off_ends() -> None:
    assert "ceasefire_end" in events("Israel broke off a two-month truce on Tuesday.")
    assert "ceasefire_end" not in events("Israel broke off talks on Tuesday.")


def test_a_proposal_embraced_or_a_resolution_welcomed_is_accepted() -> None:
    assert "acceptance" in events("Israel embraced a proposal attributed to the US envoy.")
    assert "acceptance" in events("Hamas said on Monday that it welcomed the resolution.")
    assert "acceptance" not in events("Relatives embraced the freed women at the hospital.")


def test_forces_that_must_stay_there_refuse_a_withdrawal() -> None:
    got = claims("Netanyahu now says Israeli troops must stay there, to stop weapons smuggling.")
    assert ("israel", "withdrawal", "reject") in got
