"""What describes a source is not what it reports (issue 9, stop 34), on sentences written for
these tests (no article text): "who asked not to be named", "who requested anonymity"."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str) -> dict[tuple[str, str, str], str | None]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-03"))
    return {(c.actor, c.issue, c.stance): c.speaker for c in ex.claims}


def test_asking_not_to_be_named_is_no_demand_and_keeps_the_speaker() -> None:
    got = claims(
        "An Israeli official who asked not to be named told reporters that Israel had warned "
        "Hamas that it would resume fighting at midnight if the hostages were not freed by then."
    )
    assert got[("israel", "hostage_release", "demand")] == "an Israeli official"
    assert got[("israel", "hostage_release", "threat")] == "an Israeli official"


def test_requesting_anonymity_is_no_demand() -> None:
    got = claims(
        "A Qatari diplomat, who requested anonymity, said the talks on the truce would resume."
    )
    assert not [k for k in got if k[1:] == ("ceasefire", "demand")]


def test_asking_for_a_release_is_still_a_demand() -> None:
    got = claims("Egypt asked Hamas to release the hostages.")
    assert got[("egypt", "hostage_release", "demand")] is None
