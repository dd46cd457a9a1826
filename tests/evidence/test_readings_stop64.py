"""Readings added in stop 64 (issue 9).

- An issue ahead of the word that tabled a package in the same sentence, outside that word's
  clause, is no term of the package.
- An issue a party's verb of asking governs is its ask, not a term of the package being told,
  whatever the verb's auxiliary; a package that "calls for" something sets out its terms.

Sentences written for these tests (no real article's text)."""

from __future__ import annotations

from .readings import claims, read


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
