"""Readings added in stop 54 (issue 9): a figure written in words and again in digits in
brackets is one figure, parts of a figure that leave out their noun ("Some 184 are still
...", "Of them, 18 are serving life terms ... while 111 were detained") and people who "have
come home" are counted, and a passive's agent holds the stance it takes, as each party
coordinated with it holds its own. Sentences written for these tests (no article text)."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.numbers import find_numbers
from accord.evidence.types import Document

from .readings import claims, counts, read


def test_a_figure_in_words_and_bracketed_digits_is_one_figure() -> None:
    nums = find_numbers("the release of thirty-three (33) hostages")
    assert [(n.value, n.text) for n in nums] == [(33, "thirty-three (33")]
    ex = read("Hamas will release thirty-three (33) Israeli hostages in the first phase.")
    got = [(n.quantity, n.value, n.evidence.text) for n in ex.counts]
    assert got == [("hostages_released", 33, "thirty-three (33) Israeli hostages")]
    # a person's age in brackets stays no count
    assert counts("Hamas freed Anna Vale (33) and two others.") == {("hostages_released", 2)}


def test_a_figure_still_there_with_its_noun_left_out_is_counted() -> None:
    got = counts(
        "Officials say around 240 people were seized in the attack. "
        "Some 184 are still thought to be in Gaza."
    )
    assert ("other", 184) in got  # those still held, living and dead together


def test_parts_of_a_release_serving_terms_or_detained_share_it() -> None:
    got = counts(
        "The prison service says 183 Palestinians will be released this afternoon. "
        "Of them, 18 are serving life terms, while 111 were detained in Gaza during the war."
    )
    assert {("prisoners_released", 18), ("prisoners_released", 111)} <= got
    assert ("other", 111) not in got


def test_people_who_have_come_home_were_freed() -> None:
    got = counts(
        "Israel says 58 hostages remain in Gaza. Of the 251 abducted, 148 have come home alive."
    )
    assert ("hostages_released", 148) in got
    assert ("hostages_held_living", 148) not in got


def test_a_passive_agent_holds_the_stance_and_each_coordinated_party_its_own() -> None:
    assert claims("Witkoff's plan was accepted by Israel.") == {("israel", "ceasefire", "accept")}
    got = claims("Witkoff's plan was accepted by Israel and rejected by Hamas.")
    assert got == {("israel", "ceasefire", "accept"), ("hamas", "ceasefire", "reject")}
    got = claims("Israel accepted the plan but Hamas did not accept it.")
    assert got == {("israel", "ceasefire", "accept"), ("hamas", "ceasefire", "reject")}


def test_a_release_only_in_return_for_terms_is_conditioned_on_them() -> None:
    got = claims("Hamas will release the hostages only in exchange for an end to the war.")
    assert got == {("hamas", "hostage_release", "condition"), ("hamas", "ceasefire", "demand")}
    got = claims(
        "Hamas leaders say they will hand over the remaining hostages only in return for a "
        "permanent end to the war."
    )
    assert ("hamas", "ceasefire", "demand") in got
    assert ("israel", "ceasefire", "accept") not in got  # no term agreed
    # without "only" the release is offered
    got = claims("Hamas will release the hostages in exchange for an end to the war.")
    assert ("hamas", "hostage_release", "offer") in got


def test_a_scenario_set_out_by_suppose_or_imagine_states_no_position() -> None:
    ex = read(
        "Imagine that Israel agrees to withdraw from the corridor and Hamas frees ten hostages."
    )
    assert ex.claims == [] and ex.events == []
    assert claims("Suppose the mediators persuade Hamas to release ten more captives.") == set()


def test_an_interviewee_is_not_a_name_given_to_a_plan() -> None:
    text = (
        "INTERVIEW\n'Nobody signs the second page': a former mediator on the Witkoff plan\n\n"
        "A retired Egyptian diplomat who took part in earlier rounds spoke to us.\n\n"
        "Q: What is on the table?\nA: Hamas would release ten living hostages.\n\n"
        "Q: And then?\nA: Israel would withdraw from the corridor.\n"
    )
    speakers = {c.speaker for c in read(text).claims if c.evidence.text.startswith("A:")}
    assert speakers == {"A retired Egyptian diplomat"}


def test_a_cue_in_a_later_reported_clause_is_not_the_mentions() -> None:
    got = claims(
        "Netanyahu said on Monday that Israel will not leave the Philadelphi corridor, telling "
        "reporters that Hamas must not be allowed to rearm."
    )
    assert ("israel", "withdrawal", "reject") in got
    assert ("israel", "withdrawal", "demand") not in got


def test_a_refusal_without_or_while_something_lasts_asks_for_it() -> None:
    got = claims("Hamas will not free the hostages without a full withdrawal.")
    assert got == {("hamas", "hostage_release", "condition"), ("hamas", "withdrawal", "demand")}
    got = claims("Israel will not end the war while Hamas still governs Gaza.")
    assert got == {("israel", "ceasefire", "condition"), ("israel", "hamas_rule", "demand")}


def test_insisting_that_a_party_will_not_act_reports_a_refusal() -> None:
    got = claims("Netanyahu's office insisted that Israel will not leave the corridor.")
    assert got == {("israel", "withdrawal", "reject")}
    # insisting on something, or that a deal include it, still asks for it
    assert claims("Hamas insists on a full withdrawal.") == {("hamas", "withdrawal", "demand")}
    got = claims("Hamas insists that any deal include a permanent ceasefire.")
    assert ("hamas", "ceasefire", "demand") in got


def test_refusing_to_act_before_something_happens_asks_for_it() -> None:
    got = claims("Israel refuses to end the war before Hamas is disarmed.")
    assert got == {("israel", "ceasefire", "condition"), ("israel", "hamas_rule", "demand")}
    assert claims("Israel refuses to end the war.") == {("israel", "ceasefire", "reject")}


def test_a_line_labelled_with_a_partys_demands_is_its_own() -> None:
    text = (
        "Israel rejected all proposals from the US envoy and the mediators.\n\n"
        "Key points:\n"
        "- Hostages still held in Gaza: 59.\n"
        "- Hamas's demands: a permanent end to the war, full Israeli withdrawal, and "
        "reconstruction.\n"
    )
    got = {(c.actor, c.issue, c.stance) for c in read(text).claims if "demands:" in c.evidence.text}
    assert got == {
        ("hamas", "ceasefire", "demand"),
        ("hamas", "withdrawal", "demand"),
        ("hamas", "reconstruction", "demand"),
    }


def test_bare_answers_to_what_was_put_before() -> None:
    got = claims(
        "Steve Witkoff proposed extending the truce through Ramadan. "
        "Israel accepted; Hamas refused, insisting on the second phase."
    )
    assert {("israel", "ceasefire", "accept"), ("hamas", "ceasefire", "reject")} <= got


def test_what_cannot_begin_before_something_asks_for_it() -> None:
    got = claims("Hamas said that the talks could not begin before the prisoners were freed.")
    assert ("hamas", "prisoner_release", "demand") in got


def test_a_list_of_links_under_a_related_heading_is_page_furniture() -> None:
    ex = read(
        "Hamas said it would stay committed to the agreement.\n\n"
        "RELATED\n- What is in Trump's 20-point plan for Gaza\n"
        "- Sharm el-Sheikh summit: who is attending\n"
    )
    assert all(
        "RELATED" not in e.evidence.text and "20-point" not in e.evidence.text for e in ex.events
    )
    assert all("20-point" not in c.evidence.text for c in ex.claims)


def test_what_let_asks_of_a_party_is_asked_not_done() -> None:
    ex = read('"Then let Israel say yes to it, today," said spokeswoman Naama Shefer.')
    assert ("israel", "ceasefire", "accept") not in {
        (c.actor, c.issue, c.stance) for c in ex.claims
    }
    assert [e.type for e in ex.events if e.type == "acceptance"] == []


def test_an_office_whose_holder_is_unknown_speaks_under_its_own_words() -> None:
    text = (
        "Health officials said more than 400 people were killed. The prime minister's office "
        'said the strikes were ordered after Hamas refused to free hostages. "From now on, '
        'Israel will act with increasing military strength," the statement said.'
    )
    ex = extract_document(Document(name="t.txt", text=text, published="2025-03-19"))
    assert {c.speaker for c in ex.claims} == {"the prime minister's office"}
