"""Claims that survive paraphrase: the same position said in other general-English words keeps
its actor, issue, stance and mode (sentences written for these tests, no article text).

Families: stance-verb synonyms within a class (accept, reject, demand, offer), tense, aspect,
negation and modal forms, voice, issue synonyms from the lexicon's own alternatives. The last
test applies the edits that now hold to the corpus and the development news articles (held-out
ids never read) and asks that the claims come out the same.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document

from .extracted import extract_all
from .test_invariance import _articles


def claims(text: str) -> dict[tuple[str, str, str], str]:
    """(actor, issue, stance) -> mode."""
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-03"))
    return {(c.actor, c.issue, c.stance): c.mode for c in ex.claims}


ACCEPT = ("hamas", "ceasefire", "accept")
REJECT = ("israel", "ceasefire", "reject")
OFFER = ("egypt", "ceasefire", "offer")


@pytest.mark.parametrize(
    "verb",
    ["consented to", "embraced", "okayed", "gave its consent to", "accepted", "endorsed"],
)
def test_accept_synonyms_accept_the_package(verb: str) -> None:
    got = claims(f"Hamas {verb} the truce proposal.")
    assert got.get(ACCEPT) == "actual"
    assert ("hamas", "ceasefire", "offer") not in got  # the proposal is not the acceptor's


def test_a_headline_without_articles_backs_a_package() -> None:
    got = claims("Hamas backs Egypt, Qatar cease-fire proposal\n\nThe group said on Monday.")
    assert ACCEPT in got
    assert ("hamas", "ceasefire", "offer") not in got


def test_pushing_back_against_a_package_is_no_acceptance() -> None:
    assert ACCEPT not in claims("Hamas pushed back against the truce proposal.")


@pytest.mark.parametrize("verb", ["vetoed", "brushed aside", "declined", "rejected"])
def test_reject_synonyms_reject_the_package(verb: str) -> None:
    assert REJECT in claims(f"Israel {verb} the truce proposal.")


@pytest.mark.parametrize(
    "text",
    [
        "Israel refused to accept the truce proposal.",
        "Israel has refused to accept the truce proposal.",
        "Israel declined to sign the truce deal.",
    ],
)
def test_refusing_to_accept_is_a_rejection(text: str) -> None:
    got = claims(text)
    assert REJECT in got
    assert ("israel", "ceasefire", "accept") not in got


def test_declining_numbers_are_no_rejection() -> None:
    assert not claims("Israel said the number of trucks declined the week the truce began.")


@pytest.mark.parametrize("noun", ["proposal", "offer", "plan"])
def test_a_package_rejected_in_the_passive_is_the_agents_rejection(noun: str) -> None:
    got = claims(f"The truce {noun} was rejected by Israel.")
    assert REJECT in got
    assert ("israel", "ceasefire", "offer") not in got


@pytest.mark.parametrize(
    "text",
    [
        "Hamas sought a truce.",
        "Hamas requested a truce.",
        "Hamas is requesting a truce.",
    ],
)
def test_demand_synonyms_demand(text: str) -> None:
    assert claims(text).get(("hamas", "ceasefire", "demand")) == "demanded"


def test_asking_a_party_to_act_is_a_demand() -> None:
    got = claims("Israel asked Hamas to free all hostages.")
    assert ("israel", "hostage_release", "demand") in got


@pytest.mark.parametrize(
    "text",
    [
        "Egypt floated a two-day truce.",
        "Egypt laid out a ceasefire plan.",
        "Egypt put forward a plan for a truce.",
        "Egypt drafted a ceasefire plan.",
        "Egypt suggested a two-day truce.",
    ],
)
def test_offer_synonyms_offer(text: str) -> None:
    assert claims(text).get(OFFER) == "planned"


def test_suggesting_that_is_no_offer() -> None:
    assert OFFER not in claims("Israel said Egypt suggested that the truce talks resume.")


@pytest.mark.parametrize(
    "text", ["Israel won't withdraw its troops.", "Israel will not withdraw its troops."]
)
def test_contracted_and_full_negation_reject_alike(text: str) -> None:
    assert ("israel", "withdrawal", "reject") in claims(text)


@pytest.mark.parametrize("frame", ["will", "is set to", "is expected to"])
def test_a_periphrastic_future_sets_a_condition_like_will(frame: str) -> None:
    got = claims(
        f"Qatar {frame} resume its mediation when the parties show their willingness to "
        "end the war."
    )
    assert got.get(("qatar", "ceasefire", "condition")) == "conditional"


DEAL = "Ruritania and Hamas reached a truce deal on Monday. "


@pytest.mark.parametrize(
    "text",
    [
        DEAL + "Under the deal, Hamas will release 33 hostages.",
        DEAL + "Under the deal, Hamas is to release 33 hostages.",
        DEAL + "Under the deal, Hamas plans to release 33 hostages.",
        DEAL + "In the first phase, 33 hostages will be handed over.",
        DEAL + "In the first phase, 33 hostages are to be freed.",
        "Hamas set to free 33 hostages\n\nThe deal was reached on Monday.",
        "Hamas expected to free 33 hostages\n\nThe deal was reached on Monday.",
        "Hamas is set to free 33 hostages, a Hamas official said.",
        "Hamas is going to free 33 hostages, a Hamas official said.",
        "Hamas intends to free 33 hostages, a Hamas official said.",
    ],
)
def test_a_future_in_other_words_is_a_planned_acceptance(text: str) -> None:
    assert claims(text).get(("hamas", "hostage_release", "accept")) == "planned"


def test_no_commitment_where_none_is_made() -> None:
    got = claims("Hamas is not set to free any hostages, a Hamas official said.")
    assert ("hamas", "hostage_release", "accept") not in got


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said it would free the hostages only if the war ends.",
        "Hamas conditioned the release of the hostages on an end to the war.",
        "Hamas made the release of the hostages conditional on an end to the war.",
    ],
)
def test_a_condition_in_other_words(text: str) -> None:
    assert ("hamas", "hostage_release", "condition") in claims(text)


@pytest.mark.parametrize("modal", ["will", "would"])
def test_the_war_going_on_until_a_goal_is_met_is_a_condition(modal: str) -> None:
    got = claims(f"The war {modal} continue until all goals are met, the Israeli minister said.")
    assert ("israel", "ceasefire", "condition") in got


@pytest.mark.parametrize(
    "text",
    [
        "Hamas accepted the proposal and would free 33 hostages.",
        "Hamas accepted the proposal and will free 33 hostages.",
        "Hamas accepted the proposal, which would free 33 hostages.",
    ],
)
def test_a_delivery_accepted_for_later_is_planned(text: str) -> None:
    assert claims(text).get(("hamas", "hostage_release", "accept")) == "planned"


def test_a_delivery_done_stays_actual() -> None:
    got = claims("Hamas accepted a truce and freed 33 hostages.")
    assert got.get(("hamas", "hostage_release", "accept")) == "actual"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Hamas demanded a full pullout from the territory.", ("hamas", "withdrawal", "demand")),
        ("Hamas demanded a troop pullback.", ("hamas", "withdrawal", "demand")),
        (
            "Hamas demanded the exit of troops from the territory.",
            ("hamas", "withdrawal", "demand"),
        ),
        ("Hamas demanded a lull in the fighting.", ("hamas", "ceasefire", "demand")),
        ("Hamas demanded a cessation of fire.", ("hamas", "ceasefire", "demand")),
        ("Hamas demanded a sustainable calm.", ("hamas", "ceasefire", "demand")),
        ("Israel refused a cease fire.", ("israel", "ceasefire", "reject")),
        ("Israel demanded the release of the kidnapped.", ("israel", "hostage_release", "demand")),
        (
            "Hamas demanded the freeing of jailed Palestinians.",
            ("hamas", "prisoner_release", "demand"),
        ),
    ],
)
def test_issue_synonyms_name_the_issue(text: str, key: tuple[str, str, str]) -> None:
    assert key in claims(text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Israel demanded that all hostages be set free.", ("israel", "hostage_release", "demand")),
        ("Hamas demanded that the crossings be reopened.", ("hamas", "humanitarian_aid", "demand")),
        (
            "Hamas demanded the entry of more food and medicine.",
            ("hamas", "humanitarian_aid", "demand"),
        ),
        (
            "Hamas demanded that displaced people be allowed to go home.",
            ("hamas", "displaced_return", "demand"),
        ),
        ("Hamas demanded that the bombing stop.", ("hamas", "ceasefire", "demand")),
        ("Hamas demanded a halt to the offensive.", ("hamas", "ceasefire", "demand")),
        ("Hamas demanded a complete exit from the strip.", ("hamas", "withdrawal", "demand")),
        ("Israel demanded the demilitarisation of the strip.", ("israel", "hamas_rule", "demand")),
        ("Hamas's agreement to the truce was welcomed.", ACCEPT),
    ],
)
def test_issue_paraphrases_in_clauses_and_nouns(text: str, key: tuple[str, str, str]) -> None:
    assert key in claims(text)


def test_an_agreement_to_do_something_is_no_acceptance_by_itself() -> None:
    got = claims("Mediators are working on an agreement to pause the fighting.")
    assert not any(k[2] == "accept" for k in got)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Qatar hosted the talks on Monday. The Gulf state proposed a two-day truce.", "qatar"),
        ("Qatar hosted the talks on Monday. The emirate proposed a two-day truce.", "qatar"),
        ("Egypt hosted the talks on Monday. Egyptian officials proposed a two-day truce.", "egypt"),
        ("Israel sent envoys on Monday. The Israeli premier proposed a two-day truce.", "israel"),
    ],
)
def test_an_actor_by_description(text: str, key: str) -> None:
    assert (key, "ceasefire", "offer") in claims(text)


def test_gulf_states_are_no_one_mediator() -> None:
    assert not claims("Gulf states proposed a two-day truce.")


def test_the_captives_release_like_the_hostages_release() -> None:
    said = "{}\u2019 release will only come through stronger pressure, the Israeli minister said."
    hostages = claims(said.format("The hostages"))
    assert ("israel", "hostage_release", "condition") in hostages
    assert claims(said.format("The captives")) == hostages


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Hamas gave its blessing to the truce proposal.", ACCEPT),
        ("Hamas assented to the truce proposal.", ACCEPT),
        ("The truce proposal is acceptable, Hamas said.", ACCEPT),
        ("Israel shot down the truce proposal.", REJECT),
        ("Israel said the truce proposal was unacceptable.", REJECT),
        ("Israel said the truce proposal was a non-starter.", REJECT),
        ("The truce proposal is not acceptable, Israel said.", REJECT),
        ("Israel is not willing to withdraw its troops.", ("israel", "withdrawal", "reject")),
        ("Israel is unwilling to withdraw its troops.", ("israel", "withdrawal", "reject")),
        ("Israel has no intention of withdrawing its troops.", ("israel", "withdrawal", "reject")),
        ("Hamas lobbied for a permanent truce.", ("hamas", "ceasefire", "demand")),
        ("Egypt came up with a truce plan.", OFFER),
        ("Egypt pitched a two-day truce.", OFFER),
        (
            "Israel agreed to pull its troops out of the corridor.",
            ("israel", "withdrawal", "accept"),
        ),
        ("Israel agreed to pull back its troops.", ("israel", "withdrawal", "accept")),
    ],
)
def test_other_words_for_a_position(text: str, key: tuple[str, str, str]) -> None:
    got = claims(text)
    assert key in got
    opposite = {"accept": "reject", "reject": "offer", "offer": "reject", "demand": "reject"}
    assert (key[0], key[1], opposite[key[2]]) not in got


@pytest.mark.parametrize(
    "verb", ["is studying", "received", "is considering", "discussed", "said it was reviewing"]
)
def test_a_package_the_subject_only_handles_is_not_its_offer(verb: str) -> None:
    assert ("hamas", "ceasefire", "offer") not in claims(f"Hamas {verb} the truce proposal.")


@pytest.mark.parametrize(
    "text",
    [
        "Egypt sent a truce proposal to Hamas.",
        "Egypt made a truce proposal.",
        "Egypt handed Hamas a truce proposal.",
        "Egypt made an offer of a truce.",
        "Egypt circulated a truce proposal.",
    ],
)
def test_a_package_passed_on_is_the_senders_offer(text: str) -> None:
    assert OFFER in claims(text)


def test_a_package_backed_by_a_third_party_and_rejected() -> None:
    got = claims("The US-backed truce proposal was rejected by Hamas.")
    assert ("hamas", "ceasefire", "reject") in got
    assert ("hamas", "ceasefire", "accept") not in got


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Hamas gave a negative response to the truce proposal.", "reject"),
        ("Hamas responded negatively to the truce proposal.", "reject"),
        ("Hamas gave a positive response to the truce proposal.", "accept"),
    ],
)
def test_a_response_in_words(text: str, stance: str) -> None:
    got = claims(text)
    assert ("hamas", "ceasefire", stance) in got
    assert ("hamas", "ceasefire", "offer") not in got


def test_a_readiness_stays_an_offer() -> None:
    assert ("israel", "withdrawal", "offer") in claims("Israel is ready to withdraw its troops.")
    got = claims("Hamas expressed readiness to release 33 hostages.")
    assert ("hamas", "hostage_release", "offer") in got


# Edits from general English that keep every claim's label: the corpus and the development news
# must give the same claims after each (each edit changes at least one of those articles).
_DET = r"(?= (a|an|the|its|their)\b)"
PARAPHRASES: dict[str, Callable[[str], str]] = {
    "proposed -> floated": lambda t: re.sub(rf"\bproposed\b{_DET}", "floated", t),
    "outlined -> laid out": lambda t: re.sub(r"\boutlined\b", "laid out", t),
    "accepted -> consented to": lambda t: re.sub(rf"\baccepted\b{_DET}", "consented to", t),
    "accepted -> okayed": lambda t: re.sub(rf"\baccepted\b{_DET}", "okayed", t),
    "rejected -> vetoed": lambda t: re.sub(rf"\brejected\b{_DET}", "vetoed", t),
    "rejected -> brushed aside": lambda t: re.sub(rf"\brejected\b{_DET}", "brushed aside", t),
    "withdrawal -> pullout": lambda t: re.sub(r"\bwithdrawal\b", "pullout", t),
    "hostages -> captives": lambda t: re.sub(r"\bhostages\b", "captives", t),
    "will -> would": lambda t: re.sub(r"\bwill\b(?! not)", "would", t),
}


def _claim_keys(ex: Any) -> Counter[tuple[str, str, str, str]]:
    return Counter((c.actor, c.issue, c.stance, c.mode) for c in ex.claims)


@pytest.fixture(scope="module")
def news() -> tuple[list[Document], list[Counter[tuple[str, str, str, str]]]]:
    docs = _articles()
    if not docs:
        pytest.skip("no shared articles")
    return docs, [_claim_keys(ex) for ex in extract_all(docs)]


@pytest.mark.parametrize("name", list(PARAPHRASES))
def test_a_paraphrase_leaves_the_claims_as_they_were(
    name: str, news: tuple[list[Document], list[Counter[tuple[str, str, str, str]]]]
) -> None:
    docs, before = news
    edit = PARAPHRASES[name]
    edited = [Document(name=d.name, text=edit(d.text), published=d.published) for d in docs]
    assert any(e.text != d.text for e, d in zip(edited, docs, strict=True)), "edit changes nothing"
    changed = {
        d.name: (sorted((b - a).elements()), sorted((a - b).elements()))
        for d, a, b in zip(docs, before, map(_claim_keys, extract_all(edited)), strict=True)
        if a != b
    }
    assert not changed, f"{name} changed: {changed}"
