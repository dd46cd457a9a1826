"""Readings added in stop 60 (issue 9).

- A participle after its clause shares the clause's subject ("X sent its reply to the plan
  drawn up by the mediators, proposing a truce ..."): X tables what it proposes, and the
  package the reply answers does not make the proposal the mediators'.
- A relative clause on a package ("a proposal put forward by A and B, which would see ...")
  gives the package's terms, also when the parser hangs it on the last name of the agent: it
  is no pledge of the mediators to see a deal through.
- A verb of custody ("10,000 people are held in prisons") gives no term of a deal: it tells
  the people's state.
- One side accepting a package "put forward by A and B" leaves the package A's and B's: what
  follows of it are their offers, not terms both sides agreed.
- A list's bullet the tagger takes for a verb is no imperative, and the item it opens is the
  list's term like the others.

Sentences written for these tests, some adapted from the invented read sets (no real article's
text)."""

from __future__ import annotations

from .readings import claims


def test_a_participle_after_its_clause_tables_for_the_clauses_subject() -> None:
    got = claims(
        "Hamas has sent its response to a ceasefire framework drawn up by mediators in Paris, "
        "proposing a three-stage truce that would end with the release of all remaining "
        "captives, officials said."
    )
    assert ("hamas", "hostage_release", "offer") in got
    assert not {a for a, i, _s in got if i == "hostage_release"} & {
        "qatar",
        "egypt",
        "united_states",
    }


def test_a_relative_clause_on_a_package_is_no_pledge_of_its_authors() -> None:
    got = claims(
        "Hamas has accepted a new ceasefire proposal put forward by Egypt and Qatar, which "
        "would see half of the living captives freed during a 60-day truce, mediators said."
    )
    assert ("egypt", "hostage_release", "offer") in got
    assert not {c for c in got if c[1] == "security_guarantees"}


def test_people_held_in_prisons_are_no_term_of_a_deal() -> None:
    got = claims(
        "The deal was signed on Friday. Under the deal, more than 10,000 Palestinians are held "
        "in Israeli prisons."
    )
    assert not {c for c in got if c[1] == "prisoner_release"}


PACKAGE_LIST = """Hamas has accepted a new ceasefire proposal put forward by Egypt and Qatar, \
mediators said on Tuesday.

According to Egyptian sources familiar with the text, the proposal provides for:
\u2022 the release of 10 living captives and the remains of 18 others, in two batches
\u2022 a partial redeployment of Israeli troops toward the border area
"""


def test_a_package_one_side_accepts_stays_its_authors_offer() -> None:
    got = claims(PACKAGE_LIST)
    assert ("hamas", "ceasefire", "accept") in got
    assert {("egypt", "withdrawal", "offer"), ("qatar", "withdrawal", "offer")} <= got
    assert ("israel", "withdrawal", "accept") not in got


def test_a_bullet_is_no_imperative_and_its_item_is_a_term() -> None:
    got = claims(PACKAGE_LIST)
    assert ("egypt", "hostage_release", "demand") not in got
    assert {("egypt", "hostage_release", "offer"), ("qatar", "bodies_return", "offer")} <= got
