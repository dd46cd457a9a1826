"""A release to come is an event when its clause names its day (issue 9, stop 35), on
sentences written for these tests (no article text): "would be freed tonight", "expected to
be handed over on Monday", "the next handover is set for Saturday". Without a day of its own
("over six weeks", "in the first phase") a release to come is a term of a deal, and a plan
told with a perfect infinitive ("was supposed to have been freed") did not happen."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def releases(text: str) -> list[str]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-01-27"))
    return [e.mode for e in ex.events if e.type == "release"]


@pytest.mark.parametrize(
    "text",
    [
        "The prison service said 40 detainees would be released from Ketziot tonight.",
        "Officials expected another nine captives to be freed on Thursday.",
        "Two coffins were expected to be transferred on Wednesday.",
        "The next handover is set for next Sunday.",
    ],
)
def test_a_release_scheduled_for_a_day(text: str) -> None:
    assert releases(text) == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "The group said 40 captives would be released over six weeks in exchange for detainees.",
        "The militia will release 20 captives in the first phase.",
        "The envoy demanded that the group release the captives on Sunday.",
        "One captive was supposed to have been released Saturday.",
    ],
)
def test_no_release_without_a_day_of_its_own(text: str) -> None:
    assert releases(text) == []
