"""Agreements, deal terms, packages, modes and attribution on synthetic sentences.

The sentences are written for these tests (no article text); each checks one reading of
the clause structure (docs/evidence/claims.md).
"""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str, published: str | None = "2024-06-03") -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published=published))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


def events(text: str, published: str | None = "2024-06-03") -> list[tuple[str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published=published))
    return [(e.type, e.mode) for e in ex.events]


def test_a_joint_subject_accepts_for_each_party() -> None:
    got = claims("Israel and Hamas agreed on Monday to a six-day truce.")
    assert {("israel", "ceasefire", "accept"), ("hamas", "ceasefire", "accept")} <= got


def test_deal_terms_are_accepted_by_the_party_that_delivers_them() -> None:
    got = claims(
        "Israel and Hamas reached an agreement on Monday. Under its terms the "
        "militants will free 30 hostages, and 90 Palestinian prisoners will be "
        "released in return."
    )
    assert ("hamas", "hostage_release", "accept") in got
    assert ("israel", "prisoner_release", "accept") in got
    assert ("israel", "hostage_release", "accept") not in got


@pytest.mark.parametrize(
    "term",
    [
        "Ten hostages are expected to be freed on the first day.",
        "The hostages are scheduled to be released on Sunday.",
    ],
)
def test_a_term_planned_in_the_passive_is_accepted(term: str) -> None:
    # the subject of "are expected to be freed" is a term of the deal just named
    got = claims("Israel and Hamas reached an agreement on Monday. " + term)
    assert ("hamas", "hostage_release", "accept") in got


def test_a_fact_box_line_with_words_on_its_figure_is_a_term() -> None:
    # (stop 38, round 3) a bulleted label whose figure has a few words on it
    deal = "Israel and Hamas reached an agreement on Monday.\n\nTERMS\n"
    got = claims(deal + "- Aid: 200 trucks a day, plus fuel and cooking gas\n")
    assert ("israel", "humanitarian_aid", "accept") in got


def test_a_fact_box_line_under_a_deal_is_a_term_and_a_tally_is_not() -> None:
    deal = "Israel and Hamas reached an agreement on Monday.\n\n"
    got = claims(deal + "Aid trucks allowed daily: 600\n\nPrisoners freed per female soldier: 50")
    assert {
        ("israel", "humanitarian_aid", "accept"),
        ("israel", "prisoner_release", "accept"),
    } <= got
    for tally in ("Hostages freed so far: 12", "Foreign workers freed outside the formula: 5"):
        assert ("hamas", "hostage_release", "accept") not in claims(deal + tally)
    # (stop 39) a label the parser reads as a clause ("Hostages freed in the first truce"), in
    # a box of several lines, is a tally too; a rate "for each" stays a term
    box = "AT A GLANCE\nHostages still held: 90\nHostages freed in the first truce: 80\n"
    assert ("hamas", "hostage_release", "accept") not in claims(deal + box)
    got = claims(deal + "AT A GLANCE\nPrisoners freed for each soldier: 50\n")
    assert ("israel", "prisoner_release", "accept") in got


def test_a_truce_expected_to_begin_is_its_timing_not_a_term() -> None:
    got = claims(
        "Israel and Hamas reached an agreement on Monday. The fuel deliveries are expected "
        "to begin on Thursday."
    )
    assert ("israel", "humanitarian_aid", "accept") not in got


def test_a_tabled_package_is_an_offer_by_whoever_tables_it() -> None:
    got = claims("Egypt proposed a three-day ceasefire on Sunday.")
    assert ("egypt", "ceasefire", "offer") in got
    assert ("egypt", "ceasefire", "accept") not in got


def test_negated_agreement_is_a_rejection() -> None:
    got = claims("Hamas did not accept the ceasefire on Tuesday.")
    assert ("hamas", "ceasefire", "reject") in got
    assert ("hamas", "ceasefire", "accept") not in got


def test_an_agreement_under_a_condition_is_no_acceptance() -> None:
    got = claims("Officials said talks could start if Hamas agreed to the ceasefire.")
    assert ("hamas", "ceasefire", "accept") not in got


def test_unnamed_officials_keep_their_party_and_speak_as_described() -> None:
    ex = extract_document(
        Document(
            name="t.txt",
            text="Israeli officials said they reject a permanent ceasefire.",
            published="2024-06-03",
        )
    )
    got = [(c.actor, c.speaker) for c in ex.claims if c.stance == "reject"]
    assert got == [("israel", "Israeli officials")]


def test_an_office_speaks_for_its_holder() -> None:
    ex = extract_document(
        Document(
            name="t.txt",
            text="Prime Minister Benjamin Netanyahu's "
            "office said Israel rejects a permanent ceasefire.",
            published="2024-06-03",
        )
    )
    assert {(c.actor, c.speaker) for c in ex.claims} == {("israel", "Benjamin Netanyahu's office")}


def test_the_speaker_applies_only_to_what_is_reported() -> None:
    ex = extract_document(
        Document(
            name="t.txt",
            text="While Hamas accepted the ceasefire, "
            "Israeli officials said the terms were too broad.",
            published="2024-06-03",
        )
    )
    accepted = [c for c in ex.claims if c.stance == "accept"]
    assert accepted and all(c.speaker is None for c in accepted)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel released 200 prisoners on Saturday.", [("release", "actual")]),
        ("The truce is expected to begin on Thursday.", [("ceasefire_start", "planned")]),
        (
            "Two hostages were freed by Israeli troops in a raid.",
            [("military_operation", "actual")],
        ),
    ],
)
def test_events_read_mode_and_agent(text: str, expected: list[tuple[str, str]]) -> None:
    got = events(text)
    for item in expected:
        assert item in got


def test_demanded_or_conditional_releases_are_no_events() -> None:
    assert not [
        e for e in events("The families demanded the release of the hostages.") if e[0] == "release"
    ]
    assert not [
        e for e in events("Prisoners would be freed if the talks succeed.") if e[0] == "release"
    ]


def test_a_negated_acceptance_is_a_rejection_event() -> None:
    assert ("rejection", "actual") in events("Israel did not agree to the new proposal.")


def test_each_claim_and_event_has_a_mode() -> None:
    ex = extract_document(
        Document(
            name="t.txt",
            text="Hamas demanded a permanent ceasefire. "
            "Israel and Hamas agreed to a truce on Monday.",
            published="2024-06-03",
        )
    )
    assert {c.mode for c in ex.claims} <= {
        "actual",
        "planned",
        "demanded",
        "conditional",
        "hypothetical",
    }
    assert ("hamas", "demanded") in {(c.actor, c.mode) for c in ex.claims if c.stance == "demand"}
    assert all(e.mode in ("actual", "planned") for e in ex.events)


@pytest.mark.parametrize(
    ("published", "speaker"),
    [("2024-06-03", "Joe Biden"), ("2025-06-03", "Donald Trump"), (None, None)],
)
def test_a_title_is_resolved_by_the_term_in_office(
    published: str | None, speaker: str | None
) -> None:
    ex = extract_document(
        Document(
            name="t.txt",
            text="The US president said Hamas must release all hostages.",
            published=published,
        )
    )
    got = {c.speaker for c in ex.claims if c.actor == "united_states"}
    assert got == {speaker}


def test_a_bare_refusal_rejects_what_the_other_clause_names() -> None:
    got = claims("Hamas accepts the truce proposal, Israel rejects.")
    assert ("israel", "ceasefire", "reject") in got


def test_a_condition_attached_to_a_clause_makes_its_position_conditional() -> None:
    got = claims(
        "Israel said it would not reopen the crossings for aid until the captives are freed."
    )
    assert ("israel", "humanitarian_aid", "condition") in got


def test_a_demand_by_two_parties_is_held_by_each() -> None:
    got = claims("Disarming the group is a key demand by Israel and the United States.")
    assert {("israel", "hamas_rule", "demand"), ("united_states", "hamas_rule", "demand")} <= got


def test_an_ultimatum_demands_what_its_condition_names() -> None:
    got = claims(
        "The US president said there would be consequences unless all hostages "
        "are released by Saturday."
    )
    assert ("united_states", "hostage_release", "demand") in got


def test_a_joint_statement_speaks_for_each_party() -> None:
    got = claims(
        "Qatar, Egypt and the United States said in a joint statement that they "
        "want an immediate ceasefire."
    )
    assert {
        ("qatar", "ceasefire", "demand"),
        ("egypt", "ceasefire", "demand"),
        ("united_states", "ceasefire", "demand"),
    } <= got


def test_a_quote_takes_its_speaker_from_the_next_sentence() -> None:
    ex = extract_document(
        Document(
            name="t.txt",
            text="Reporters gathered outside the hall.\n\n"
            "“We reject a temporary truce and nothing will change "
            "that.”\n\nOsama Hamdan said so on Sunday.",
            published="2024-06-03",
        )
    )
    assert [q.speaker for q in ex.quotes if q.direct] == ["Osama Hamdan"]
    assert {(c.actor, c.speaker) for c in ex.claims if c.stance == "reject"} == {
        ("hamas", "Osama Hamdan")
    }


def test_an_exchange_under_the_truce_takes_the_truce_as_in_place() -> None:
    got = claims(
        "The second exchange under the four-day truce was delayed on Saturday. Israel is "
        "expected to free 39 Palestinian women before dawn."
    )
    assert ("israel", "prisoner_release", "accept") in got
    assert ("israel", "prisoner_release", "offer") not in got


def test_terms_under_a_proposal_stay_offers() -> None:
    got = claims(
        "The talks under the ceasefire proposal stalled on Saturday. Israel would free 39 "
        "Palestinian women."
    )
    assert ("israel", "prisoner_release", "accept") not in got


def test_each_side_of_a_deal_accepts_its_own_term_after_a_comma() -> None:
    got = claims(
        "Under the deal, Hamas is to release 50 women, and Israel is to free 150 Palestinian women."
    )
    assert {("hamas", "hostage_release", "accept"), ("israel", "prisoner_release", "accept")} <= got
    assert ("hamas", "prisoner_release", "demand") not in got


@pytest.mark.parametrize(
    "text",
    [
        # (stop 38) mediators listed as a deal's guarantors accept the guarantee issue
        "The guarantors who signed in Sharm el-Sheikh - the United States, Egypt and Qatar - "
        "now have to show that the deal holds.",
        "The families appealed to the guarantors of the agreement, the United States, Qatar "
        "and Egypt.",
    ],
)
def test_mediators_named_as_guarantors_accept_the_guarantee(text: str) -> None:
    got = claims(text)
    assert {
        ("qatar", "security_guarantees", "accept"),
        ("egypt", "security_guarantees", "accept"),
    } <= got
    assert ("israel", "security_guarantees", "accept") not in got


def test_guarantees_that_the_war_is_not_resumed_ask_for_its_end() -> None:
    # (stop 38) "not resume the war" names the war's end, asked for with the guarantees
    got = claims(
        "The movement wanted real guarantees that Israel would not resume the war once the "
        "hostages were back."
    )
    assert {("hamas", "security_guarantees", "demand"), ("hamas", "ceasefire", "demand")} <= got


def test_a_truce_prolonged_or_stretched_is_accepted_by_its_parties() -> None:
    for verb in ("prolonged", "stretched"):
        got = claims(f"The truce between Israel and Hamas was {verb} by another 24 hours.")
        assert {("israel", "ceasefire", "accept"), ("hamas", "ceasefire", "accept")} <= got


def test_an_extension_hoped_for_is_sought_not_agreed() -> None:
    got = claims("The envoy said he hoped the truce would be extended.")
    assert ("hamas", "ceasefire", "accept") not in got
    assert ("israel", "ceasefire", "accept") not in got


def test_a_truce_between_named_parties_taking_effect_is_accepted_by_them() -> None:
    got = claims(
        "A three-day pause in the fighting between Israel and Hamas will take effect at dawn "
        "on Sunday, the mediator said."
    )
    assert {("israel", "ceasefire", "accept"), ("hamas", "ceasefire", "accept")} <= got


def test_a_truce_no_one_is_named_in_taking_effect_is_no_acceptance() -> None:
    got = claims("A truce could take effect on Sunday, an analyst said.")
    assert ("israel", "ceasefire", "accept") not in got
