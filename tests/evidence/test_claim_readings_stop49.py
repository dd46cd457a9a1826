"""Terms a source says another party did not keep, and who holds a package named bare (issue
9, stop 49): "A said B had not met its obligation to release X" (or "did not respect", "had
failed to", "was not committed to", "ignored") is A's demand for X, not B's refusal; a halt
of X by B told inside A's report is A's complaint (a demand), while B's halt told as the
background of the story stays B's refusal; "the document demands ..." after a party tabled
a package is that party's demand, and the party asked ("demands that X withdraw") is not its
holder. Sentences written for these tests (no article text)."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def stances(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-02-03"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


@pytest.mark.parametrize(
    "text",
    [
        "Israel said Hamas had not met its obligation to release all the women hostages.",
        "Israel said on Monday that Hamas had not released the hostages named on the list.",
        "Israel said Hamas had failed to hand over the list of hostages to be freed on Friday.",
    ],
)
def test_a_term_the_source_says_was_not_kept_is_its_demand(text: str) -> None:
    got = stances(text)
    assert ("israel", "hostage_release", "demand") in got
    assert ("hamas", "hostage_release", "reject") not in got


def test_not_committed_to_the_agreed_aid_is_the_sources_demand() -> None:
    got = stances("Hamas said Israel was not committed to the agreed entry of aid trucks.")
    assert ("hamas", "humanitarian_aid", "demand") in got
    assert ("israel", "humanitarian_aid", "reject") not in got


def test_ignoring_the_agreed_order_of_releases_is_complained_of() -> None:
    got = stances(
        "Hamas said Israel had broken the terms of the pause by ignoring the agreed order of "
        "prisoner releases."
    )
    assert ("hamas", "prisoner_release", "demand") in got


def test_violating_the_truce_itself_names_no_term() -> None:
    got = stances("The army said Hamas had violated the truce by firing a rocket.")
    assert not any(issue == "ceasefire" and stance == "demand" for _a, issue, stance in got)


def test_a_refusal_to_come_stays_a_refusal() -> None:
    got = stances("Hamas said Israel would not withdraw from the corridor.")
    assert ("israel", "withdrawal", "reject") in got
    assert ("hamas", "withdrawal", "demand") not in got


def test_what_is_not_identified_is_no_complaint() -> None:
    got = stances("Israel says the body returned by Hamas is not the hostage it named.")
    assert ("israel", "bodies_return", "demand") not in got


def test_a_halt_told_by_another_party_is_its_complaint() -> None:
    got = stances(
        "Hamas postponed the handover on Saturday, saying Israel had held back aid trucks "
        "bound for the north."
    )
    assert ("hamas", "humanitarian_aid", "demand") in got
    assert ("israel", "humanitarian_aid", "reject") not in got


def test_a_halt_told_as_the_background_stays_the_halting_partys_refusal() -> None:
    got = stances(
        "The truce began three hours late after Hamas delayed handing over the names of the "
        "hostages to be freed, Israeli officials said."
    )
    assert ("israel", "hostage_release", "demand") not in got


def test_a_package_named_bare_is_its_tablers() -> None:
    got = stances(
        "Hamas delivered its reply to the mediators on Tuesday. According to a copy seen by "
        "reporters, the movement proposes a truce in three stages. The document also demands "
        "that Israel withdraw its troops from the whole Strip by the end of the third stage."
    )
    assert ("hamas", "withdrawal", "demand") in got
    assert ("israel", "withdrawal", "demand") not in got


def test_a_body_named_again_by_its_head_noun_holds_and_speaks() -> None:
    text = (
        "The Hostages and Missing Families Forum met the minister on Monday. The Forum also "
        "demands that the Red Cross be granted access to the hostages."
    )
    ex = extract_document(Document(name="t.txt", text=text, published="2025-02-03"))
    got = {(c.actor, c.issue, c.stance): c.speaker for c in ex.claims}
    key = ("hostage_families", "humanitarian_aid", "demand")
    assert key in got
    assert got[key] == "Hostages and Missing Families Forum"
    assert not any(actor == "icrc" for actor, _i, _s in got)


def test_a_head_noun_two_bodies_share_names_neither() -> None:
    from accord.evidence.actors import _head_nouns
    from accord.evidence.types import Mention, Span

    text = "The North Forum and the South Forum met. The Forum said it wants a truce."
    mentions = [
        Mention("a", Span("t", 4, 15, "North Forum"), "name"),
        Mention("b", Span("t", 24, 35, "South Forum"), "name"),
    ]
    assert _head_nouns(text, mentions) == []
    assert _head_nouns(text, mentions[:1]) == [
        (text.rindex("Forum"), text.rindex("Forum") + 5, "a")
    ]


def test_needing_something_said_of_oneself_is_a_demand() -> None:
    got = stances("Hamas officials say they need written guarantees from the mediators.")
    assert ("hamas", "security_guarantees", "demand") in got


@pytest.mark.parametrize(
    "opening",
    [
        "Egypt welcomed the agreement announced in Doha on Wednesday.",
        "Egypt will help with the implementation of the ceasefire agreement.",
        "Aid trucks are to enter daily, according to the terms of the deal.",
    ],
)
def test_a_deal_named_as_made_opens_a_frame_for_its_terms(opening: str) -> None:
    got = stances(opening + " In the first stage Hamas will release 33 hostages.")
    assert ("hamas", "hostage_release", "accept") in got


def test_a_deal_only_sought_opens_no_frame() -> None:
    got = stances("Egypt urged a deal. In the first stage Hamas will release 33 hostages.")
    assert ("hamas", "hostage_release", "accept") not in got


def test_an_obligation_laid_on_another_party_is_the_sources_demand() -> None:
    got = stances("Israeli officials rejected the idea, saying Hamas must give up its weapons.")
    assert ("israel", "hamas_rule", "demand") in got
    assert ("hamas", "hamas_rule", "demand") not in got


def test_an_obligation_a_party_lays_on_itself_is_its_own() -> None:
    got = stances("Israel said it must keep its troops on the border corridor.")
    assert not any(actor == "hamas" for actor, _i, _s in got)


def test_a_package_named_as_accepted_opens_a_frame_for_its_terms() -> None:
    got = stances(
        "The statement said the proposal Hamas accepted was far from what Israel needs. "
        "In the first stage, Hamas would free 33 hostages and Israel would release "
        "hundreds of prisoners."
    )
    assert ("hamas", "hostage_release", "accept") in got
    assert ("israel", "prisoner_release", "accept") in got


def test_a_package_named_as_refused_opens_no_frame() -> None:
    got = stances(
        "The statement said the proposal Hamas has not accepted was far from what Israel "
        "needs. In the first stage, Hamas would free 33 hostages."
    )
    assert ("hamas", "hostage_release", "accept") not in got


@pytest.mark.parametrize(
    "text",
    [
        '"Stop the fighting now," the Hostages and Missing Families Forum said.',
        'The Hostages and Missing Families Forum said: "Stop the war now."',
    ],
)
def test_an_issue_asked_for_in_the_imperative_is_the_sources_demand(text: str) -> None:
    assert ("hostage_families", "ceasefire", "demand") in stances(text)


def test_a_future_statement_is_no_imperative() -> None:
    got = stances("Hamas said it would stop the fighting on Sunday.")
    assert ("hamas", "ceasefire", "demand") not in got


@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops will pull back to an agreed line inside the Strip.",
        "Israeli forces would pull back to positions agreed with the mediators.",
    ],
)
def test_a_withdrawal_to_an_agreed_line_is_a_term_accepted(text: str) -> None:
    assert ("israel", "withdrawal", "accept") in stances(text)


def test_forces_that_will_not_pull_back_refuse() -> None:
    got = stances("Israeli troops will not pull back from the corridor.")
    assert ("israel", "withdrawal", "reject") in got
    assert ("israel", "withdrawal", "accept") not in got


def test_a_figure_with_a_thousands_separator_keeps_the_release_a_mention() -> None:
    got = stances("Israel is releasing close to 2,000 Palestinian prisoners under the deal.")
    assert ("israel", "prisoner_release", "accept") in got


@pytest.mark.parametrize(
    "text",
    [
        "A Hamas official said the group needs heavy equipment and more time to locate the bodies.",
        "Hamas said finding all the remains will take time.",
    ],
)
def test_means_the_giver_needs_before_it_delivers_are_its_condition(text: str) -> None:
    got = stances(text)
    assert ("hamas", "bodies_return", "condition") in got
    assert ("hamas", "bodies_return", "demand") not in got


def test_a_plain_promise_to_return_them_stays_an_acceptance() -> None:
    got = stances("Hamas said it will return the bodies on Thursday under the deal.")
    assert ("hamas", "bodies_return", "condition") not in got


@pytest.mark.parametrize(
    "text",
    [
        "Israel's prime minister's office said the cabinet would not meet until the mediators "
        "confirm that Hamas accepted every element.",
        "Israel's prime minister's office said the government would vote on the deal only once "
        "the details were settled.",
    ],
)
def test_a_step_on_the_deal_withheld_until_something_happens_is_a_condition(text: str) -> None:
    assert ("israel", "ceasefire", "condition") in stances(text)


def test_a_step_on_the_deal_announced_plainly_is_no_condition() -> None:
    got = stances("Israel's prime minister said the cabinet will meet on Friday to vote.")
    assert ("israel", "ceasefire", "condition") not in got


@pytest.mark.parametrize(
    "text",
    [
        '"From now on, Israel will act against Hamas with increasing military strength," the '
        "statement said.",
        "Israel was preparing to intensify the offensive if no deal was reached.",
    ],
)
def test_force_to_come_against_the_other_side_is_a_threat(text: str) -> None:
    assert ("israel", "ceasefire", "threat") in stances(text)


def test_an_offensive_stepped_up_in_the_past_is_no_threat() -> None:
    got = stances("The army intensified the offensive on Monday.")
    assert ("israel", "ceasefire", "threat") not in got


def test_a_party_helping_the_giver_deliver_offers_its_part() -> None:
    got = stances(
        "Egypt has sent engineering teams and heavy machinery into Gaza to help recover the "
        "bodies of deceased hostages."
    )
    assert ("egypt", "bodies_return", "offer") in got


def test_the_party_whose_clause_holds_the_cue_holds_the_position() -> None:
    got = stances(
        "Hamas insisted that any agreement must lead to a complete end of the war, the "
        "sources added."
    )
    assert ("hamas", "ceasefire", "demand") in got
    assert ("unattributed", "ceasefire", "demand") not in got


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said it was ready to deal constructively with any proposal based on a permanent "
        "ceasefire and a full withdrawal.",
        "Hamas said it was ready to engage on the basis of a permanent ceasefire and full "
        "withdrawal.",
    ],
)
def test_what_a_readiness_is_based_on_is_its_condition(text: str) -> None:
    got = stances(text)
    assert {("hamas", "ceasefire", "condition"), ("hamas", "withdrawal", "condition")} <= got
    assert ("hamas", "withdrawal", "demand") not in got
