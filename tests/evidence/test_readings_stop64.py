"""Readings added in stop 64 (issue 9).

- An issue ahead of the word that tabled a package in the same sentence, outside that word's
  clause, is no term of the package.
- An issue a party's verb of asking governs is its ask, not a term of the package being told,
  whatever the verb's auxiliary; a package that "calls for" something sets out its terms.

Sentences written for these tests (no real article's text)."""

from __future__ import annotations

from .readings import claims, counts, events, read


def test_an_issue_before_the_tabling_word_in_another_clause_is_no_term_of_the_package() -> None:
    got = claims(
        "Qatar was seeking an agreement that would bring the release of all hostages, he said, "
        "and the mediators were sharing proposals with both sides."
    )
    assert ("qatar", "hostage_release", "demand") in got
    assert ("qatar", "hostage_release", "offer") not in got
    assert ("egypt", "hostage_release", "offer") not in got


def test_what_a_party_presses_for_beside_a_package_is_its_ask() -> None:
    text = (
        "Egypt put forward a new plan on Monday. Under it, Hamas would free 40 hostages in a "
        "first stage. The officials said Egypt would also press for far more aid to enter."
    )
    got = claims(text)
    assert ("egypt", "humanitarian_aid", "demand") in got
    assert ("egypt", "humanitarian_aid", "offer") not in got
    got = claims(
        "Egypt put forward a new plan on Monday. Under it, Hamas would free 40 hostages in a "
        "first stage. The United States wanted a longer pause, which would allow more aid in."
    )
    assert ("united_states", "humanitarian_aid", "offer") not in got


def test_a_package_that_calls_for_something_sets_out_its_terms() -> None:
    got = claims(
        "The United States tabled a new plan on Monday. The plan calls for the withdrawal of "
        "Israeli forces from the city."
    )
    assert ("united_states", "withdrawal", "offer") in got


def test_a_plan_of_force_approved_is_no_acceptance() -> None:
    for text in (
        "The security cabinet approved a plan to take control of the city on Friday.",
        "The defence minister approved the army's plan to capture the city.",
        "The cabinet has also approved a plan to expand the ground operation.",
    ):
        assert "acceptance" not in {e.type for e in read(text).events}, text
    # a plan for a truce approved is accepted
    got = read("Israel's cabinet approved the plan for a ceasefire on Friday.").events
    assert "acceptance" in {e.type for e in got}


def test_people_freed_by_troops_in_a_running_total_are_rescued() -> None:
    got = counts(
        "The rescue brings to seven the number of hostages freed alive by Israeli forces "
        "since October."
    )
    assert ("hostages_rescued", 7) in got
    got = counts("The handover brings to 50 the number of hostages freed by Hamas since Friday.")
    assert ("hostages_released", 50) in got


def test_the_day_that_opens_a_timeline_line_is_no_count() -> None:
    got = counts(
        "Hamas released hostages in eight handovers:\n"
        "• 19 January: three women, in exchange for 90 prisoners\n"
        "• 25 January: four female soldiers, for 200 prisoners\n"
    )
    assert not {v for _q, v in got} & {19, 25}
    assert ("prisoners_released", 90) in got


def test_an_act_denied_to_all_or_not_said_is_no_event() -> None:
    for text in (
        "Nobody has said yes to the same thing.",
        "Neither side has accepted the proposal.",
        "Israel's government has never said that it accepts the proposal.",
    ):
        assert not {e.type for e in read(text).events} & {"acceptance", "rejection"}, text
        assert not claims(text), text
    # an open question leaves only its detail unknown
    got = events("The office did not say when the truce would begin; it begins on Sunday.")
    assert got  # the truce's start is still told
    # a refusal said is one
    assert ("hamas", "ceasefire", "reject") in claims("Hamas said it had not agreed to the plan.")


def test_people_held_asked_for_by_number_are_their_release_asked_for() -> None:
    got = claims("An Israeli official said Israel had asked for 11 living hostages and 16 bodies.")
    assert ("israel", "hostage_release", "demand") in got
    assert ("israel", "hostage_release", "demand") in claims(
        "Israel wants 10 living hostages on the first day."
    )
    # the families of the people held are not the people
    assert not claims("The group asked the hostages' families to stay calm.")


def test_answers_labelled_a_with_a_full_stop_are_the_interviewees_named_before_the_interview() -> (
    None
):
    text = (
        "INTERVIEW\n\n"
        "The Harbour Review | June 13, 2024\n\n"
        "Hamas handed its response to the mediators on Tuesday, a week after President Joe "
        "Biden presented the plan. Anna Varga spent fourteen years in the foreign service. She "
        "spoke to The Harbour Review on Wednesday night.\n\n"
        "Q. What did Hamas say?\n\n"
        "A. It accepted the exchange of hostages for prisoners in the first phase.\n\n"
        "Q. Is that a rejection?\n\n"
        "A. It is not a rejection.\n"
    )
    got = {(c.actor, c.issue, c.stance): c.speaker for c in read(text).claims}
    assert got.get(("hamas", "hostage_release", "accept")) == "Anna Varga"


def test_a_rescue_of_people_held_is_an_operation_told_once() -> None:
    got = read(
        "The rescue of four hostages from Nuseirat on Saturday, in an operation the health "
        "ministry said killed 274 people, was the largest of the war."
    ).events
    assert [e.type for e in got] == ["military_operation"]
    assert got[0].location == "Nuseirat"
    # rescue teams digging for survivors carry out no operation of force
    assert "military_operation" not in events("Rescue teams searched the rubble for survivors.")


def test_a_figure_a_source_puts_at_its_own_number_is_the_figure_told_before() -> None:
    got = counts(
        "The health ministry said 274 people were killed during the operation; the military "
        "put the figure at under 100."
    )
    assert ("other", 100) in got
    got = counts(
        "Israel freed 1,968 Palestinian prisoners on Monday. The prisoners' society put the "
        "figure at 1,966."
    )
    assert ("prisoners_released", 1966) in got


def test_a_release_held_back_in_the_present_is_refused() -> None:
    assert ("israel", "prisoner_release", "reject") in claims(
        "Israel then holds back the release of 620 Palestinian prisoners."
    )


def test_it_in_a_report_is_its_reporter_not_the_last_party_named() -> None:
    got = claims(
        "A Hamas delegation arrived on Saturday, met Egyptian and Qatari officials, and left on "
        "Sunday, saying it would not accept new conditions."
    )
    assert ("hamas", "ceasefire", "reject") in got
    assert ("qatar", "ceasefire", "reject") not in got


def test_a_threat_of_ones_own_act_asks_nothing_of_the_condition() -> None:
    got = claims(
        "Two ministers have threatened to bring the government down if Israel ends the war."
    )
    assert ("israel", "ceasefire", "demand") not in got
    # a warning to an addressee to act asks that act of it
    got = claims("Trump warned Hamas to release all the hostages or face hell.")
    assert ("united_states", "hostage_release", "demand") in got


def test_a_package_described_as_agreed_before_is_no_acceptance_of_the_answer() -> None:
    got = read("Hamas delivered its reply late on Tuesday to the framework agreed in Paris.").events
    # the reply is the party's own package; "agreed in Paris" tells the framework's acceptance
    # (as the corpus annotates "the ceasefire deal agreed in January"), not the reply's
    assert "proposal" in [e.type for e in got]


def test_an_answer_judged_positive_in_its_own_words_accepts_what_was_put() -> None:
    got = claims(
        "Egypt and Qatar put forward a new proposal on Monday. Hamas said on Friday that it had "
        'responded "in a positive spirit".'
    )
    assert ("hamas", "ceasefire", "accept") in got
