"""A verb of seeking that asks for an act names a demand of what the act does, where the words
carry no stance cue (issue 9, claims recall). Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-03"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Qatar encouraged Hamas to free the hostages.", ("qatar", "hostage_release", "demand")),
        ("Israel aims to dismantle Hamas within a year.", ("israel", "hamas_rule", "demand")),
        (
            "The families pleaded with the government to bring the hostages home.",
            ("hostage_families", "hostage_release", "demand"),
        ),
    ],
)
def test_seeking_an_act_demands_its_issue(text: str, want: tuple[str, str, str]) -> None:
    assert want in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Qatar asked whether Israel would allow more aid into Gaza.",
        "Qatar did not encourage Hamas to free the hostages.",
    ],
)
def test_a_question_or_a_negated_seeking_demands_nothing(text: str) -> None:
    assert not {c for c in claims(text) if c[0] == "qatar" and c[2] == "demand"}


def test_a_pronoun_refers_back_past_issues_named_after_it() -> None:
    got = claims(
        "Egypt proposed a two-day truce on Sunday. Hamas rejected it and demanded a full "
        "withdrawal."
    )
    assert {("hamas", "ceasefire", "reject"), ("hamas", "withdrawal", "demand")} <= got


def test_an_issue_named_before_the_pronoun_is_what_it_stands_for() -> None:
    got = claims(
        "Egypt proposed a prisoner exchange on Sunday. Hamas studied the truce plan and "
        "rejected it."
    )
    assert ("hamas", "prisoner_release", "reject") not in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the people a release is of, as the object of a verb of wanting, ask for that release
        ("Israel says it wants all hostages at once.", ("israel", "hostage_release", "demand")),
        ("Hamas demanded the prisoners in return.", ("hamas", "prisoner_release", "demand")),
        (
            "Israel wants the captives and the disarmament of Hamas.",
            ("israel", "hostage_release", "demand"),
        ),
    ],
)
def test_wanting_the_people_of_a_release_asks_for_it(text: str, want: tuple[str, str, str]) -> None:
    assert want in claims(text)


@pytest.mark.parametrize(
    "text",
    ["Israel does not want the prisoners.", "Israel wants 50 men.", "Israel wants more tanks."],
)
def test_not_wanting_or_wanting_others_asks_for_no_release(text: str) -> None:
    assert not {c for c in claims(text) if c[1].endswith("_release") and c[2] == "demand"}
