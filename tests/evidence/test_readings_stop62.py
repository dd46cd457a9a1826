"""Readings added in stop 62 (issue 9).

- The terms of a package told in a relative clause on it ("Y drafted a proposal under which X
  would free A in return for B") are its author's offer: X, asked to deliver, demands nothing;
  X's own package ("X tabled a plan under which it would free A in return for B") asks B.
- A package after "under" ("freed under X's plan") frames what is told; it is not tabled.
- "Pulled out of" refuses talks, a deal or a process, not a place ("buses pulled out of the
  prisons").
- What carries freed people leaving a place ("buses carrying inmates left X", "pulled out of
  X") is a stage of a release, as its arriving is.
- A weekday and the day it names ("on Sunday, January 19") are one date: the weekday pins the
  year, and is no second day.
- A body that votes to recommend a deal accepts it.
- A truce whose day is named in a list of a package's terms is scheduled, whatever the form of
  its verb ("- A 42-day truce starting on Sunday, January 19").
- A "that" clause after an adjunct of a verb of saying ("insisted after the meeting that X would
  not ...") is what the verb reports, not a relative clause on the adjunct's noun.
- An answer handed over by the subject of handing ("X handed a joint response to the
  mediators") is delivered, as "X's response" handed is; one not given is not.
- A verb and its particle around a pronoun ("turned it down") are the particle verb.
- A package tabled in answer ("answered with a counter-offer") is a proposal.
- People due to leave a jail ("are due to leave X prison") are to be released; a verb of release
  in a second clause sharing the subject says what befalls them ("are being processed there and
  will be released"); "N others" after a figure of inmates or abductees are more of them.
- Parts a sentence's pronoun "includes" ("They include 250 people serving long terms and 1,718
  detained in the war") break down the figure before, and parts described as held are of a
  whole set free; a schedule's parts after a colon ("in stages: eight living captives on the
  first day, five bodies on the seventh") share the whole's release.
- A source's phrase leaves out the writer's contact with it ("two officials I spoke to"); a
  verbless stage of a reported plan ("First, a truce during which X would free ...") goes on
  with the report before it.
- A yes wished for ("the next step is for X to say yes") is no acceptance; one given ("X said
  yes to the plan") is.
- Blame for a chance not taken ("X could have freed them but instead chose war") is an
  accusation, whatever the modal; so is a call to hold a party responsible, and a party's stand
  called intransigent.
- A package, an answer or its changes judged unworkable or unwilling ("some of X's changes were
  'not workable'", "X's reply shows a lack of desire to reach a truce") is refused by the source
  that judges it, not by its author.
- An agreement told in reports its governor denies or pushes back on ("pushed back on reports
  that X would agree to a truce") is X's refusal, not its acceptance.
- "No longer" negates its verb ("would no longer accept partial agreements" refuses them).
- A bare refusal with a participle aside ("Y refused, insisting on the original text") refuses
  what was put to it, as a bare "Y refused." does.
- "The onus is now on X", "the next step is for X to say yes", "it is up to X to accept" call
  on X to take the deal, as "the ball is in X's court" does.
- A truce's first phase drawn out ("sought to extend the first phase") and a move "to phase
  two" name the truce.
- Any party that does not deliver the people it wants home asks for their release ("we will
  bring all our hostages home"), but not a homecoming a deal provides for ("a deal in which
  half of them will come home").
- A delegation that goes to a capital ("the delegation would go to X", "went to Y") is talks,
  as one that travels or heads there; "assassinate" is a verb of operations, as
  "assassination" is a noun of them.
- A war aim of defeating the group outright ("fight on until total victory", "the destruction of
  X") asks for the end of its rule.

Sentences written for these tests (no real article's text)."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document

from .readings import claims, counts, events, read


def test_terms_in_a_relative_clause_on_a_package_are_its_authors_offer() -> None:
    got = claims(
        "Officials said Cairo is drafting a new proposal under which the militia would free five "
        "living captives in return for a 50-day extension of the truce and the entry of aid."
    )
    assert ("egypt", "ceasefire", "offer") in got
    assert ("egypt", "humanitarian_aid", "offer") in got
    assert not any(stance == "demand" for _a, _i, stance in got)
    own = claims(
        "Hamas put forward a proposal under which it would free 40 hostages in return for the "
        "release of 120 Palestinian prisoners."
    )  # its own package: what it asks in return is its demand
    assert ("hamas", "prisoner_release", "demand") in own


def test_a_package_after_under_is_no_proposal() -> None:
    text = (
        "The last captives were freed on Monday in the first stage of the truce that took "
        "effect on Friday under the president's 20-point plan."
    )
    assert "proposal" not in events(text)
    assert "release" in events(text)
    assert "proposal" in events("The president's 20-point plan was presented on Monday.")


def test_pulling_out_of_a_place_refuses_nothing() -> None:
    got = events("Buses carrying hundreds of Palestinian prisoners pulled out of the two prisons.")
    assert got == {"release"}
    assert "rejection" in events("Qatar pulled out of the hostage negotiations on Saturday.")


def test_carriers_of_inmates_leaving_a_prison_are_a_release_stage() -> None:
    assert events("Hours later, buses carrying Palestinian prisoners left Ofer and Ketziot.") == {
        "release"
    }
    assert not events("Hours later, the delegation left Cairo for Doha.") & {"release"}


def test_a_weekday_pins_the_year_of_the_day_it_names() -> None:
    text = "The truce began on Sunday, January 19, the mediators said."
    for published in ("2025-01-16", "2025-01-21"):
        ex = extract_document(Document(name="t.txt", text=text, published=published))
        starts = [e for e in ex.events if e.type == "ceasefire_start"]
        assert starts and starts[0].date == "2025-01-19"


def test_a_named_truce_day_in_a_list_of_terms_is_scheduled() -> None:
    text = (
        "Here is what the text provides.\n\n"
        "Phase one\n"
        "- A 42-day truce starting on Sunday, January 19.\n"
        "- The militia will free 33 captives.\n"
    )
    ex = extract_document(Document(name="t.txt", text=text, published="2025-01-16"))
    starts = [e for e in ex.events if e.type == "ceasefire_start"]
    assert [(e.date, e.mode) for e in starts] == [("2025-01-19", "planned")]


def test_a_deal_recommended_for_approval_is_accepted() -> None:
    got = claims(
        "The security cabinet voted on Friday to recommend the truce agreement announced two "
        "days earlier, sending it to the full government."
    )
    assert ("israel", "ceasefire", "accept") in got


def test_a_that_clause_after_an_adjunct_of_saying_is_reported() -> None:
    got = claims(
        "The office insisted after the Kamel meeting that Israel would not withdraw from the "
        "corridor."
    )
    assert ("israel", "withdrawal", "reject") in got


def test_an_answer_handed_by_its_subject_is_delivered() -> None:
    assert "proposal" in events(
        "On Tuesday, Hamas and Islamic Jihad handed a joint response to Qatar and Egypt."
    )
    assert not events("Hamas has not yet given the mediators a formal answer.")


def test_a_particle_verb_around_a_pronoun() -> None:
    text = "Israel tabled a proposal on Monday. Hamas's chief negotiator turned it down."
    assert "rejection" in events(text)


def test_a_package_tabled_in_answer_is_a_proposal() -> None:
    assert "proposal" in events("Israel answered with a counter-offer on Tuesday.")


def test_inmates_due_to_leave_a_jail_are_to_be_released() -> None:
    got = counts("39 Palestinian prisoners are due to leave Ofer prison overnight.")
    assert got == {("prisoners_released", 39)}


def test_a_release_in_a_clause_sharing_the_subject() -> None:
    got = counts(
        "The prison service says the 39 Palestinians are being processed at the prison and "
        "will be released within the hour."
    )
    assert got == {("prisoners_released", 39)}


def test_others_after_a_figure_of_inmates_are_inmates() -> None:
    got = counts(
        "The reply asked for the release of 200 prisoners serving life sentences and 2,000 "
        "others detained since the start of the war."
    )
    assert {("prisoners_released", 200), ("prisoners_released", 2000)} <= got


def test_parts_a_pronoun_includes_break_down_the_figure_before() -> None:
    got = counts(
        "Israel released 1,968 Palestinian prisoners on Monday. They include 250 people serving "
        "life or long sentences and 1,718 Gazans detained during the war without charge."
    )
    assert {("prisoners_released", 250), ("prisoners_released", 1718)} <= got
    assert not any(q == "other" for q, _v in got)


def test_a_schedules_parts_share_the_wholes_release() -> None:
    got = counts(
        "The plan provides for a truce during which the militia would free 10 living hostages "
        "and hand over 18 bodies, in stages: eight living hostages on the first day, five "
        "bodies on the seventh and two living hostages on the 50th."
    )
    assert {("hostages_released", 8), ("hostages_released", 2)} <= got
    assert not any(q == "hostages_held_living" for q, _v in got)


def test_a_reported_plan_goes_on_into_a_verbless_stage() -> None:
    ex = extract_document(
        Document(
            name="t.txt",
            text=(
                "According to two Egyptian officials I spoke to, Cairo's plan has three stages. "
                "First, a truce of up to two weeks during which the militia would free 40 "
                "captives in return for 120 Palestinian prisoners."
            ),
            published="2024-06-10",
        )
    )
    speakers = {c.speaker for c in ex.claims}
    assert speakers == {"two Egyptian officials"}
    assert any(c.evidence.text.startswith("First") for c in ex.claims)


def test_a_yes_wished_for_is_no_acceptance() -> None:
    assert "acceptance" not in events("The next important step is for Hamas to say yes.")
    assert "acceptance" in events("Hamas said yes to the plan on Monday.")


def test_blame_for_a_chance_not_taken_is_an_accusation() -> None:
    assert "accusation" in events(
        "A spokesman said the militia could have freed hostages to prolong the truce but had "
        "chosen not to."
    )
    assert "accusation" not in events("The militia could have freed more hostages in May.")


def test_changes_judged_unworkable_are_refused_by_the_judge() -> None:
    text = 'The envoy Antony Blinken said some of Hamas\'s changes were "not workable".'
    assert ("united_states", "ceasefire", "reject") in claims(text)
    text = 'Blinken said Hamas had proposed numerous changes, some of which were "not workable".'
    assert ("united_states", "ceasefire", "reject") in claims(text)
    text = (
        "Steve Witkoff said Hamas's latest response \"shows a clear lack of desire to reach a "
        'ceasefire".'
    )
    got = claims(text)
    assert ("united_states", "ceasefire", "reject") in got
    assert ("hamas", "ceasefire", "accept") not in got


def test_no_longer_negates_its_verb() -> None:
    got = claims("The movement said it would no longer accept partial agreements.")
    assert ("hamas", "ceasefire", "reject") in got
    assert ("hamas", "ceasefire", "accept") not in got


def test_a_bare_refusal_with_an_aside_refuses_what_was_put() -> None:
    got = claims(
        "Israel proposed an extension of the truce. Hamas refused, insisting that the original "
        "text be honoured."
    )
    assert ("hamas", "ceasefire", "reject") in got


def test_a_war_aim_of_total_victory_asks_for_the_end_of_the_groups_rule() -> None:
    assert ("israel", "hamas_rule", "demand") in claims(
        "Netanyahu said Israel would fight on until total victory."
    )
    assert ("israel", "hamas_rule", "demand") in claims(
        "Netanyahu said the war would go on until the destruction of Hamas."
    )


def test_the_onus_on_the_other_side_calls_on_it_to_take_the_deal() -> None:
    for text in (
        "Blinken said the onus is now on Hamas.",
        '"The next important step is for Hamas to say yes," Blinken said.',
        "Blinken said it was up to Hamas to accept the proposal.",
    ):
        assert ("united_states", "ceasefire", "demand") in claims(text), text


def test_the_first_phase_and_phase_two_name_the_truce() -> None:
    assert ("israel", "ceasefire", "demand") in claims("Israel sought to extend the first phase.")
    assert ("hamas", "ceasefire", "demand") in claims(
        "Hamas insisted on moving to phase two as signed."
    )


def test_any_party_wanting_people_home_asks_for_their_release() -> None:
    got = claims('"We will act in every way to bring all our hostages home," Netanyahu said.')
    assert ("israel", "hostage_release", "demand") in got
    got = claims(
        '"That is the only way to close a deal in the coming days in which half of the living '
        'hostages will come home to their families," Witkoff said.'
    )
    assert ("united_states", "hostage_release", "demand") not in got


def test_a_call_to_hold_a_party_responsible_is_an_accusation() -> None:
    assert "accusation" in events(
        "The movement called on the mediators to hold the occupation fully responsible."
    )
    assert "accusation" in events("The group said the other side's position remained intransigent.")


def test_a_delegation_going_to_a_capital_and_an_assassination() -> None:
    assert "talks" in events("The Israeli delegation went to Doha on Monday.")
    assert "military_operation" in events("Israel assassinated the group's leader on July 31.")


def test_inmates_held_back_are_a_release_put_off() -> None:
    ex = read("Israel holds back 620 Palestinian prisoners.")
    assert [(n.quantity, n.value, n.mode) for n in ex.counts] == [
        ("prisoners_released", 620, "planned")
    ]


def test_an_agreement_in_denied_reports_is_a_refusal() -> None:
    for text in (
        "Netanyahu's office has pushed back on reports that Israel would agree to a ceasefire.",
        "Netanyahu's office denied reports that Israel would agree to a ceasefire.",
    ):
        got = claims(text)
        assert ("israel", "ceasefire", "reject") in got, text
        assert ("israel", "ceasefire", "accept") not in got, text
