"""Readings added in stop 66 (issue 9).

- A refusal bound by "without" on what it refuses ("will not allow a truce without X", "there
  will be no truce without X") is a conditional refusal: a threat event, and a condition with X
  asked for; so is a delivery bound by "only once" however the parse hangs "once".
- "Will not allow X without checks" makes X a condition even when the checks name no issue.
- "... he wrote on X. The minister said ...": the platform's name ends the sentence.
- The figures of an explainer's answer take the people its question counts ("How many
  inmates were freed?"), and "put it lower, at N" restates the figure before.

Sentences written for these tests (no real article's text)."""

from __future__ import annotations

from .readings import claims, counts, read


def _types(text: str) -> set[str]:
    return {e.type for e in read(text).events}


def test_a_refusal_bound_by_without_on_its_object_is_conditional() -> None:
    text = '"Israel will not allow a ceasefire without the release of our abductees," it said.'
    assert "threat" in _types(text)
    got = claims(text)
    assert ("israel", "ceasefire", "condition") in got
    assert ("israel", "hostage_release", "demand") in got
    assert ("israel", "ceasefire", "reject") not in got
    assert "threat" in _types("Hamas says there will be no second phase without a full withdrawal.")
    # a time is no term: "without delay"
    assert "threat" not in _types("Egypt said it will not open the crossing without delay.")


def test_a_delivery_bound_by_only_once_is_a_conditional_refusal() -> None:
    text = "Hamas says it will free the soldiers only once a permanent ceasefire has been declared."
    assert "threat" in _types(text)
    # a delivery done, not to come, is no refusal
    assert "threat" not in _types("Hamas freed the soldiers once the truce had begun.")


def test_a_refusal_without_checks_is_a_condition_though_the_checks_name_no_issue() -> None:
    got = claims("Israel would not allow a mass return to the north without security checks.")
    assert ("israel", "displaced_return", "condition") in got
    assert ("israel", "displaced_return", "reject") not in got
    # a gerund after "without" states an aim, not a term asked for
    got = claims('"We will not end this war without achieving its goals," the minister said.')
    assert ("israel", "ceasefire", "condition") not in got


def test_the_platform_x_ends_a_sentence() -> None:
    text = (
        '"We will not be part of it," Ben-Gvir wrote on X. Finance Minister Bezalel Smotrich '
        "said he would oppose any agreement that left Hamas in power."
    )
    got = {(c.actor, c.issue, c.stance): c.speaker for c in read(text).claims}
    assert got.get(("israel", "ceasefire", "reject")) == "Bezalel Smotrich"
    spans = {c.evidence.text for c in read(text).claims}
    assert all(not s.startswith('"We will') for s in spans)


def test_an_explainers_answer_counts_the_people_its_question_asks_about() -> None:
    text = (
        "How many inmates were freed?\n"
        "That depends on whom you ask. The prison service put the total at 1,777. The "
        'inmates\' society counted 1,778, and the group said "more than 1,790" had been freed.\n'
        "\n"
        "What happens next?\n"
        "Talks resume on day 16, with 12 rounds planned."
    )
    got = counts(text)
    assert {("prisoners_released", n) for n in (1777, 1778, 1790)} <= got
    assert not any(n == 12 for _q, n in got)  # past the answer's paragraph
    # a question that counts no people gives no role
    assert counts("How many days will the pause last?\nIt could last 42.") == set()


def test_put_it_lower_at_restates_the_figure_before() -> None:
    got = counts(
        "The group says 59 abductees are still held. Officials briefing reporters have put it "
        'lower, at "fewer than 50".'
    )
    assert {q for q, n in got if n == 50} == {q for q, n in got if n == 59}


def test_initials_of_a_hyphenated_name_label_its_turns() -> None:
    text = (
        "We spoke to Hana Abdel-Ghani, a retired ambassador, about the talks.\n\n"
        "Gulf Post: What did the group reject?\n\n"
        "Hana Abdel-Ghani: The paper offered a 45-day truce.\n\n"
        "GP: And the other side?\n\n"
        "HAG: The Egyptian proposal was for five living abductees to be released in exchange "
        "for a return to the truce.\n\n"
        "GP: Thank you.\n"
    )
    speakers = {c.speaker for c in read(text).claims if "Egyptian" in c.evidence.text}
    assert speakers == {"Hana Abdel-Ghani"}


def test_he_after_a_name_opening_a_reduced_relative_clause_is_that_name() -> None:
    text = (
        'Senior official Osama Hamdan told reporters in Beirut that the group "does not know" '
        "how many captives are alive.\n\n"
        "What is on the table?\n"
        "The three-phase plan President Joe Biden presented on May 31, which he described as an "
        "Israeli proposal:\n"
        '- Phase one, six weeks: a "full and complete ceasefire"; withdrawal from populated '
        "areas; release of women and the wounded in exchange for hundreds of prisoners.\n"
    )
    got = {c.speaker for c in read(text).claims if c.issue == "ceasefire"}
    assert got == {"Joe Biden"}


def test_a_report_set_off_by_commas_leaves_the_clause_its_subject() -> None:
    got = read("Hamas, an Israeli official said, had in effect rejected the proposal.").claims
    assert {(c.actor, c.issue, c.stance, c.speaker) for c in got} == {
        ("hamas", "ceasefire", "reject", "an Israeli official")
    }


def test_an_outlet_named_today_is_no_banner() -> None:
    from accord.evidence.date_header import header_date

    text = "Truce holds\nGulf Today – city bureau | Friday, 10 October 2025\n\nThe truce held."
    got = header_date(text, "a")
    assert got is not None and got[0].isoformat() == "2025-10-10"
    assert header_date("Today's paper | Friday, 10 October 2025\n\nThe truce held.", "a") is None


def test_no_one_resting_until_all_are_back_asks_for_them() -> None:
    got = claims('"No one will rest until every last abductee is back," Netanyahu said.')
    assert ("israel", "hostage_release", "demand") in got
    assert ("israel", "hostage_release", "condition") not in got


def test_a_vow_to_press_on_with_the_war_rejects_its_end() -> None:
    got = claims("The war cabinet decided unanimously to press on with the operation in the city.")
    assert ("israel", "ceasefire", "reject") in got
    assert ("israel", "ceasefire", "accept") not in got


def test_a_before_clause_the_parse_hangs_on_a_participle_bars_the_refusal() -> None:
    got = claims(
        "An Israeli official said Israel would not withdraw beyond the line set out in the first "
        "stage of the plan before all the abductees were returned."
    )
    assert ("israel", "withdrawal", "condition") in got
    assert ("israel", "hostage_release", "demand") in got


def test_a_box_line_of_n_of_the_m_counts_n_in_its_labels_role() -> None:
    got = counts(
        "The exchange in numbers:\n"
        "• Abductees released alive under the first phase: 25 of the 33 to be returned in it "
        "(besides five workers released outside the deal)\n"
    )
    assert ("hostages_released", 25) in got


def test_n_of_the_m_told_before_are_dead_breaks_down_those_held() -> None:
    got = counts("The army says 98 abductees remain held. Officials believe 36 of the 98 are dead.")
    assert ("hostages_held_dead", 36) in got


def test_a_counter_proposal_after_anothers_framework_is_not_the_frameworks() -> None:
    text = (
        "The group answered mediators who had asked it to respond to a framework agreed in Paris "
        "by the CIA director, Qatar's prime minister and Egypt's intelligence chief.\n\n"
        "According to a draft of the counter-proposal, Hamas envisages a truce of 135 days in "
        "three stages, during which all remaining abductees would be freed."
    )
    got = {c for c in claims(text) if c[2] == "offer"}
    assert ("hamas", "ceasefire", "offer") in got
    assert not {a for a, _i, _s in got} & {"qatar", "egypt", "united_states"}


def test_delegations_converging_on_a_city_are_talks() -> None:
    text = (
        "Delegations from Israel, Hamas, the United States and Qatar converged on Cairo on Tuesday."
    )
    assert "talks" in _types(text)


def test_a_deal_entered_is_its_object_not_any_word_of_the_sentence() -> None:
    assert "acceptance" in _types("The two sides entered into an agreement on Friday.")
    text = (
        "By evening, 630 trucks had entered, the agency said, above the 600 a day in the agreement."
    )
    assert "acceptance" not in _types(text)
