"""Claim rules for classes of misses in the development news (issue 9, second pass), on
sentences written for these tests (no article text): talks made conditional or offered stand
for the package issue, mediators as guarantors, a deal as the subject opens its terms, and
an outcome worked for is a demand."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str, published: str | None = "2024-06-03") -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published=published))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


def test_talks_made_conditional_are_a_condition_on_the_package() -> None:
    got = claims("Israel would open negotiations on the new framework if Hamas signed it first.")
    assert ("israel", "ceasefire", "condition") in got


def test_refusing_envoys_to_talks_unless_is_a_condition() -> None:
    got = claims("Hamas will not send envoys to the talks in Doha unless Israel answers the list.")
    assert ("hamas", "ceasefire", "condition") in got


def test_readiness_to_enter_talks_offers_the_package() -> None:
    got = claims("Hamas affirmed its readiness to enter into negotiations on the details.")
    assert ("hamas", "ceasefire", "offer") in got


def test_talks_without_a_condition_are_no_position() -> None:
    got = claims("Israel opened negotiations on the new framework in Doha on Tuesday.")
    assert not any(issue == "ceasefire" for _a, issue, _s in got)


def test_mediators_committing_inside_a_deal_accept_the_guarantees() -> None:
    got = claims(
        "Israel and Hamas reached an agreement on Monday, the mediators said. Egypt, Qatar and "
        "the US will work to see that the agreement holds."
    )
    for mediator in ("egypt", "qatar", "united_states"):
        assert (mediator, "security_guarantees", "accept") in got


def test_mediators_committing_inside_a_package_offer_the_guarantees() -> None:
    got = claims(
        "The US president outlined Israel's new proposal on Friday. Qatar and Egypt would help "
        "to keep the negotiations going."
    )
    assert {
        ("qatar", "security_guarantees", "offer"),
        ("egypt", "security_guarantees", "offer"),
    } <= got


def test_mediators_working_without_a_deal_or_package_take_on_nothing() -> None:
    got = claims("Qatar and Egypt will work to bring the negotiations to a close.")
    assert not any(issue == "security_guarantees" for _a, issue, _s in got)


def test_a_deal_as_the_subject_opens_its_terms() -> None:
    got = claims(
        "Critics doubt it will hold. The deal will see 40 captives released over six weeks. "
        "Israel will withdraw its troops from the border towns."
    )
    assert ("hamas", "hostage_release", "accept") in got
    assert ("israel", "withdrawal", "accept") in got


def test_a_deal_looked_back_on_opens_no_terms() -> None:
    got = claims(
        "Critics doubt it will hold. The earlier deal outlined a process in which Israel would "
        "withdraw its troops from the border towns."
    )
    assert ("israel", "withdrawal", "accept") not in got


def test_a_deal_sought_opens_no_terms() -> None:
    got = claims("A deal is still far off. Israel will withdraw its troops from the border towns.")
    assert ("israel", "withdrawal", "accept") not in got


def test_working_to_attain_a_truce_is_a_demand_not_an_agreement() -> None:
    got = claims("Qatar is working to reach a truce in the enclave, its foreign ministry said.")
    assert ("qatar", "ceasefire", "demand") in got
    assert ("qatar", "ceasefire", "accept") not in got


def test_striving_to_achieve_a_release_is_a_demand() -> None:
    got = claims("Egypt strives to achieve the release of all the captives.")
    assert ("egypt", "hostage_release", "demand") in got
